//! CSAF 2.0 VEX (<https://docs.oasis-open.org/csaf/csaf/v2.0/>): the
//! `product_tree` names products (branches, `full_product_names`,
//! `relationships`), each `vulnerabilities[]` entry lists product ids per
//! `product_status`. A product is identified by its
//! `product_identification_helper.purl` (CSAF 2.1: `purls`); a branch of
//! category `product_version_range` in `vers` syntax narrows the products
//! under it. A relationship (`default_component_of`, `installed_on`, …)
//! names its component inside its parent: the parent is the product, the
//! component its subcomponent, and both need a purl.
//!
//! Statuses: `known_not_affected` is not_affected (its justification from
//! `flags`, its reason from `threats` of category `impact`), `fixed` and
//! `first_fixed` fixed, `known_affected`, `first_affected` and
//! `last_affected` affected (the action from `remediations`),
//! `under_investigation` under investigation. `recommended` says which
//! versions to use, not how a product is affected, and is not a statement.
//! Each (vulnerability, status, product) is one statement, cited by the
//! vulnerability's position.

use super::vers::Range;
use super::{
    justification, purl_of, str_of, timestamp, Document, Format, Obj, Product, Statement, Status,
};
use serde_json::Value;
use std::collections::BTreeMap;

/// What a product id stands for.
#[derive(Debug, Clone)]
enum Node {
    /// A product with purls (and a range from its branch), or what it is called.
    Leaf(Result<Vec<super::Purl>, String>, Option<Range>),
    /// `component` as part of `parent` (product ids).
    Rel(String, String),
}

/// `Ok(Err)`: what the product is called (no purl, or under a version
/// range that is not `vers:`); `Err`: a malformed purl.
fn leaf(o: &Obj, range: Option<&Scope>) -> Result<Result<Vec<super::Purl>, String>, String> {
    let helper = o
        .get("product_identification_helper")
        .and_then(|h| h.as_object());
    let mut purls: Vec<&str> = Vec::new();
    if let Some(h) = helper {
        purls.extend(str_of(h, "purl"));
        if let Some(Value::Array(a)) = h.get("purls") {
            purls.extend(a.iter().filter_map(|p| p.as_str()));
        }
    }
    let name = str_of(o, "name")
        .or_else(|| str_of(o, "product_id"))
        .unwrap_or("?");
    if purls.is_empty() {
        let cpe = helper.and_then(|h| str_of(h, "cpe"));
        return Ok(Err(match cpe {
            Some(c) => format!("{name} ({c})"),
            None => name.to_string(),
        }));
    }
    if let Some(Scope::Unparsed(r)) = range {
        // Never the product at every version: a range imagegate cannot read
        // makes it unidentified.
        return Ok(Err(format!(
            "{name} (version range {r:?} is not in vers: syntax)"
        )));
    }
    let mut out = Vec::new();
    for p in purls {
        match purl_of(p).map_err(|e| format!("product {name}: {e}"))? {
            Ok(p) => out.push(p),
            Err(what) => return Ok(Err(what)),
        }
    }
    Ok(Ok(out))
}

/// The version range of a `product_version_range` branch.
#[derive(Debug, Clone)]
enum Scope {
    Vers(Range),
    /// Not `vers:` (`<=1.14.0`, as the CSAF examples write it).
    Unparsed(String),
}

fn branches(
    v: &Value,
    range: Option<&Scope>,
    out: &mut BTreeMap<String, Node>,
) -> Result<(), String> {
    let Some(list) = v.as_array() else {
        return Ok(());
    };
    for b in list {
        let Some(b) = b.as_object() else { continue };
        let mut r = range.cloned();
        if str_of(b, "category") == Some("product_version_range") {
            let n = str_of(b, "name").unwrap_or("");
            r = Some(if n.starts_with("vers:") {
                Scope::Vers(
                    Range::parse(n).map_err(|e| format!("product_version_range {n:?}: {e}"))?,
                )
            } else {
                Scope::Unparsed(n.to_string())
            });
        }
        if let Some(p) = b.get("product").and_then(|p| p.as_object()) {
            if let Some(id) = str_of(p, "product_id") {
                let range = match &r {
                    Some(Scope::Vers(v)) => Some(v.clone()),
                    _ => None,
                };
                out.insert(id.to_string(), Node::Leaf(leaf(p, r.as_ref())?, range));
            }
        }
        if let Some(sub) = b.get("branches") {
            branches(sub, r.as_ref(), out)?;
        }
    }
    Ok(())
}

/// The products one product id stands for; `Err`: why it cannot be identified.
fn resolve(id: &str, nodes: &BTreeMap<String, Node>, depth: u8) -> Result<Vec<Product>, String> {
    if depth > 8 {
        return Err(format!("{id} (relationships nested too deep)"));
    }
    match nodes.get(id) {
        None => Err(format!("{id} (not in the product tree)")),
        Some(Node::Leaf(purls, range)) => purls.clone().map(|ps| {
            ps.into_iter()
                .map(|purl| Product {
                    purl,
                    subcomponents: Vec::new(),
                    range: range.clone(),
                })
                .collect()
        }),
        Some(Node::Rel(component, parent)) => {
            let comps = resolve(component, nodes, depth + 1)
                .map_err(|e| format!("{e} as a component of {parent}"))?;
            let parents = resolve(parent, nodes, depth + 1)
                .map_err(|e| format!("{component} as a component of {e}"))?;
            Ok(parents
                .into_iter()
                .map(|p| Product {
                    purl: p.purl,
                    subcomponents: comps.iter().map(|c| c.purl.clone()).collect(),
                    range: comps.iter().find_map(|c| c.range.clone()),
                })
                .collect())
        }
    }
}

const STATUSES: &[(&str, Option<Status>)] = &[
    ("known_not_affected", Some(Status::NotAffected)),
    ("fixed", Some(Status::Fixed)),
    ("first_fixed", Some(Status::Fixed)),
    ("known_affected", Some(Status::Affected)),
    ("first_affected", Some(Status::Affected)),
    ("last_affected", Some(Status::Affected)),
    ("under_investigation", Some(Status::UnderInvestigation)),
    ("recommended", None),
];

fn ids_of(v: &Value, groups: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let o = v.as_object();
    let mut out: Vec<String> = o
        .and_then(|o| o.get("product_ids"))
        .and_then(|p| p.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    for g in o
        .and_then(|o| o.get("group_ids"))
        .and_then(|p| p.as_array())
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str())
    {
        out.extend(groups.get(g).cloned().unwrap_or_default());
    }
    out
}

pub(super) fn parse(name: &str, o: &Obj) -> Result<Document, String> {
    let document = o
        .get("document")
        .and_then(|d| d.as_object())
        .ok_or("`document` is not an object")?;
    let category = str_of(document, "category").unwrap_or("");
    let tracking = document.get("tracking").and_then(|t| t.as_object());
    let doc_time = tracking
        .and_then(|t| str_of(t, "current_release_date"))
        .and_then(timestamp);
    let mut nodes = BTreeMap::new();
    let tree = o.get("product_tree").and_then(|t| t.as_object());
    if let Some(t) = tree {
        if let Some(b) = t.get("branches") {
            branches(b, None, &mut nodes)?;
        }
        for p in t
            .get("full_product_names")
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_object())
        {
            if let Some(id) = str_of(p, "product_id") {
                nodes.insert(id.to_string(), Node::Leaf(leaf(p, None)?, None));
            }
        }
        for r in t
            .get("relationships")
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_object())
        {
            let id = r
                .get("full_product_name")
                .and_then(|f| f.as_object())
                .and_then(|f| str_of(f, "product_id"));
            if let (Some(id), Some(c), Some(p)) = (
                id,
                str_of(r, "product_reference"),
                str_of(r, "relates_to_product_reference"),
            ) {
                nodes.insert(id.to_string(), Node::Rel(c.to_string(), p.to_string()));
            }
        }
    }
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for g in tree
        .and_then(|t| t.get("product_groups"))
        .and_then(|g| g.as_array())
        .into_iter()
        .flatten()
        .filter_map(|g| g.as_object())
    {
        if let Some(id) = str_of(g, "group_id") {
            groups.insert(
                id.to_string(),
                ids_of(&Value::Object(g.clone()), &BTreeMap::new()),
            );
        }
    }
    let list = match o.get("vulnerabilities") {
        Some(Value::Array(a)) => a,
        _ => return Err("the document has no `vulnerabilities`".into()),
    };
    let mut statements = Vec::new();
    let mut count = 0;
    for (i, v) in list.iter().enumerate() {
        let index = i + 1;
        let at = format!("vulnerabilities[{i}] (statement {index})");
        let v = v.as_object().ok_or(format!("{at} is not an object"))?;
        let mut ids: Vec<String> = str_of(v, "cve").map(str::to_string).into_iter().collect();
        ids.extend(
            v.get("ids")
                .and_then(|x| x.as_array())
                .into_iter()
                .flatten()
                .filter_map(|x| x.as_object().and_then(|x| str_of(x, "text")))
                .map(str::to_string),
        );
        if ids.is_empty() {
            return Err(format!("{at} names no vulnerability (no `cve` or `ids`)"));
        }
        let vulnerability = ids.remove(0);
        let Some(ps) = v.get("product_status").and_then(|p| p.as_object()) else {
            if category == "csaf_vex" {
                return Err(format!("{at} has no product_status: it names no product"));
            }
            continue;
        };
        for k in ps.keys() {
            if !STATUSES.iter().any(|(w, _)| w == k) {
                return Err(format!(
                    "{at}: unknown product_status {k:?}; expected one of {}",
                    STATUSES
                        .iter()
                        .map(|(w, _)| *w)
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        // Per product id: justification (flags), impact (threats), action (remediations).
        let mut just: BTreeMap<String, String> = BTreeMap::new();
        for f in v
            .get("flags")
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(label) = f.as_object().and_then(|f| str_of(f, "label")) {
                let label = justification(label, &at)?;
                for id in ids_of(f, &groups) {
                    just.insert(id, label.clone());
                }
            }
        }
        let mut impact: BTreeMap<String, String> = BTreeMap::new();
        for t in v
            .get("threats")
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
        {
            let Some(t) = t.as_object() else { continue };
            if str_of(t, "category") == Some("impact") {
                if let Some(d) = str_of(t, "details") {
                    for id in ids_of(&Value::Object(t.clone()), &groups) {
                        impact.insert(id, d.to_string());
                    }
                }
            }
        }
        let mut action: BTreeMap<String, String> = BTreeMap::new();
        for r in v
            .get("remediations")
            .and_then(|f| f.as_array())
            .into_iter()
            .flatten()
        {
            let Some(r) = r.as_object() else { continue };
            if let Some(d) = str_of(r, "details") {
                let text = match str_of(r, "category") {
                    Some(c) => format!("{c}: {d}"),
                    None => d.to_string(),
                };
                for id in ids_of(&Value::Object(r.clone()), &groups) {
                    action.insert(id, text.clone());
                }
            }
        }
        let mut named = false;
        for (key, status) in STATUSES {
            let Some(status) = status else { continue };
            let Some(pids) = ps.get(*key).and_then(|x| x.as_array()) else {
                continue;
            };
            for pid in pids.iter().filter_map(|x| x.as_str()) {
                named = true;
                let (products, unidentified) = match resolve(pid, &nodes, 0) {
                    Ok(p) => (p, Vec::new()),
                    Err(why) => (Vec::new(), vec![why]),
                };
                statements.push(Statement {
                    index,
                    id: Some(format!("{key} {pid}")),
                    vulnerability: vulnerability.clone(),
                    aliases: ids.clone(),
                    products,
                    unidentified,
                    status: *status,
                    justification: just.get(pid).cloned(),
                    impact: impact.get(pid).cloned(),
                    action: action.get(pid).cloned(),
                    timestamp: doc_time,
                });
            }
        }
        if !named && category == "csaf_vex" {
            return Err(format!("{at} names no product in its product_status"));
        }
        count += 1;
    }
    Ok(Document {
        name: name.to_string(),
        format: Format::Csaf,
        id: tracking.and_then(|t| str_of(t, "id")).map(str::to_string),
        count,
        statements,
    })
}
