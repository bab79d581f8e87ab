//! OpenVEX (<https://github.com/openvex/spec>, v0.2.0 and the earlier
//! v0.0.x form where `vulnerability` and `products` are plain strings and
//! `subcomponents` sit on the statement). A product is identified by
//! `identifiers.purl`, else by an `@id` that is a purl; a statement's
//! `last_updated`, else `timestamp`, else the document's, orders it.

use super::{
    justification, purl_of, str_of, timestamp, Document, Format, Obj, Product, Statement, Status,
};
use serde_json::Value;

fn status(word: &str, at: &str) -> Result<Status, String> {
    Ok(match word {
        "not_affected" => Status::NotAffected,
        "affected" => Status::Affected,
        "fixed" => Status::Fixed,
        "under_investigation" => Status::UnderInvestigation,
        other => {
            return Err(format!(
                "{at}: unknown status {other:?}; expected not_affected, affected, fixed or under_investigation"
            ))
        }
    })
}

/// A component (`"pkg:…"`, or `{"@id", "identifiers": {"purl"}}`): its purl,
/// or what it was called; `Err`: a malformed purl.
fn component(v: &Value) -> Result<Result<super::Purl, String>, String> {
    match v {
        Value::String(s) => purl_of(s),
        Value::Object(o) => {
            let ids = o.get("identifiers").and_then(|i| i.as_object());
            if let Some(p) = ids.and_then(|i| str_of(i, "purl")) {
                return purl_of(p);
            }
            match str_of(o, "@id") {
                Some(id) => purl_of(id),
                None => Ok(Err(ids
                    .and_then(|i| str_of(i, "cpe23").or_else(|| str_of(i, "cpe22")))
                    .unwrap_or("a product with no @id or identifiers")
                    .to_string())),
            }
        }
        other => Ok(Err(format!("{other}"))),
    }
}

pub(super) fn parse(name: &str, o: &Obj) -> Result<Document, String> {
    let doc_time = str_of(o, "last_updated")
        .or_else(|| str_of(o, "timestamp"))
        .and_then(timestamp);
    let list = match o.get("statements") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err("`statements` is not an array".into()),
        None => return Err("the document has no `statements`".into()),
    };
    let mut statements = Vec::new();
    for (i, s) in list.iter().enumerate() {
        let index = i + 1;
        let at = format!("statement {index}");
        let s = s.as_object().ok_or(format!("{at} is not an object"))?;
        let (vulnerability, aliases) = match s.get("vulnerability") {
            Some(Value::String(v)) if !v.trim().is_empty() => (v.trim().to_string(), Vec::new()),
            Some(Value::Object(v)) => {
                let name =
                    str_of(v, "name").ok_or(format!("{at}: the vulnerability has no name"))?;
                let aliases = v
                    .get("aliases")
                    .and_then(|a| a.as_array())
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str())
                            .map(|x| x.trim().to_string())
                            .filter(|x| !x.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                (name.to_string(), aliases)
            }
            _ => return Err(format!("{at} names no vulnerability")),
        };
        let st = str_of(s, "status").ok_or(format!("{at} has no status"))?;
        let status = status(st, &at)?;
        let justification = str_of(s, "justification")
            .map(|j| justification(j, &at))
            .transpose()?;
        let products_v = s
            .get("products")
            .and_then(|p| p.as_array())
            .filter(|p| !p.is_empty())
            .ok_or(format!("{at} names no product"))?;
        // v0.0.x: subcomponents on the statement apply to every product.
        let shared_subs: Vec<&Value> = s
            .get("subcomponents")
            .and_then(|x| x.as_array())
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let mut products = Vec::new();
        let mut unidentified = Vec::new();
        for p in products_v {
            let purl = match component(p).map_err(|e| format!("{at}: {e}"))? {
                Ok(purl) => purl,
                Err(what) => {
                    unidentified.push(what);
                    continue;
                }
            };
            let subs: Vec<&Value> = p
                .get("subcomponents")
                .and_then(|x| x.as_array())
                .map(|a| a.iter().collect())
                .unwrap_or_else(|| shared_subs.clone());
            let mut subcomponents = Vec::new();
            let mut unknown_subs = Vec::new();
            for sc in subs {
                match component(sc).map_err(|e| format!("{at}: {e}"))? {
                    Ok(p) => subcomponents.push(p),
                    Err(what) => unknown_subs.push(what),
                }
            }
            if subcomponents.is_empty() && !unknown_subs.is_empty() {
                // Narrowed to parts imagegate cannot identify: never the whole product.
                unidentified.push(format!("{} in {purl}", unknown_subs.join(", ")));
                continue;
            }
            products.push(Product {
                purl,
                subcomponents,
                range: None,
            });
        }
        statements.push(Statement {
            index,
            id: str_of(s, "@id").map(str::to_string),
            vulnerability,
            aliases,
            products,
            unidentified,
            status,
            justification,
            impact: str_of(s, "impact_statement").map(str::to_string),
            action: str_of(s, "action_statement").map(str::to_string),
            timestamp: str_of(s, "last_updated")
                .or_else(|| str_of(s, "timestamp"))
                .and_then(timestamp)
                .or(doc_time),
        });
    }
    Ok(Document {
        name: name.to_string(),
        format: Format::OpenVex,
        id: str_of(o, "@id").map(str::to_string),
        count: statements.len(),
        statements,
    })
}
