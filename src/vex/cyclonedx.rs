//! CycloneDX VEX (<https://cyclonedx.org/capabilities/vex/>): a BOM whose
//! `vulnerabilities[]` carry an `analysis` and `affects`. Each affects `ref`
//! is resolved to a purl: the `bom-ref` of a component of this document
//! (`metadata.component` or `components`, nested), else the ref itself or
//! the part of a BOM-Link (`urn:cdx:SERIAL/VERSION#REF`) after `#` when it
//! is a purl (the shape Trivy documents). `affects.versions[]` narrow it to
//! versions or `vers` ranges, each with its own status.
//!
//! States: `not_affected` and `false_positive` are not_affected, `resolved`
//! and `resolved_with_pedigree` fixed, `exploitable` affected, `in_triage`
//! under investigation. A version entry marked `affected` or `unknown`
//! overrides a suppressing state for those versions (affected, under
//! investigation).

use super::vers::Range;
use super::{purl_of, str_of, timestamp, Document, Format, Obj, Product, Statement, Status};
use serde_json::Value;
use std::collections::BTreeMap;

/// CycloneDX `analysis.justification` words.
pub const JUSTIFICATIONS: &[&str] = &[
    "code_not_present",
    "code_not_reachable",
    "requires_configuration",
    "requires_dependency",
    "requires_environment",
    "protected_by_compiler",
    "protected_at_runtime",
    "protected_at_perimeter",
    "protected_by_mitigating_control",
];

fn state(word: &str, at: &str) -> Result<Status, String> {
    Ok(match word {
        "not_affected" | "false_positive" => Status::NotAffected,
        "resolved" | "resolved_with_pedigree" => Status::Fixed,
        "exploitable" => Status::Affected,
        "in_triage" => Status::UnderInvestigation,
        other => return Err(format!(
            "{at}: unknown analysis.state {other:?}; expected resolved, resolved_with_pedigree, exploitable, in_triage, false_positive or not_affected"
        )),
    })
}

/// Every `bom-ref` of the document with a purl.
fn collect_refs(v: &Value, out: &mut BTreeMap<String, String>) {
    if let Some(o) = v.as_object() {
        if let (Some(r), Some(p)) = (str_of(o, "bom-ref"), str_of(o, "purl")) {
            out.insert(r.to_string(), p.to_string());
        }
        if let Some(Value::Array(cs)) = o.get("components") {
            for c in cs {
                collect_refs(c, out);
            }
        }
    }
}

pub(super) fn parse(name: &str, o: &Obj) -> Result<Document, String> {
    let mut refs = BTreeMap::new();
    if let Some(c) = o.get("metadata").and_then(|m| m.get("component")) {
        collect_refs(c, &mut refs);
    }
    if let Some(Value::Array(cs)) = o.get("components") {
        for c in cs {
            collect_refs(c, &mut refs);
        }
    }
    let doc_time = o
        .get("metadata")
        .and_then(|m| m.as_object())
        .and_then(|m| str_of(m, "timestamp"))
        .and_then(timestamp);
    let list = match o.get("vulnerabilities") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err("`vulnerabilities` is not an array".into()),
        None => return Err("the BOM has no `vulnerabilities`: it holds no VEX statement".into()),
    };
    let mut statements = Vec::new();
    for (i, v) in list.iter().enumerate() {
        let index = i + 1;
        let at = format!("vulnerabilities[{i}] (statement {index})");
        let v = v.as_object().ok_or(format!("{at} is not an object"))?;
        let id = str_of(v, "id").ok_or(format!("{at} names no vulnerability (no `id`)"))?;
        let aliases: Vec<String> = v
            .get("references")
            .and_then(|r| r.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|r| r.as_object().and_then(|r| str_of(r, "id")))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let analysis = v
            .get("analysis")
            .and_then(|a| a.as_object())
            .ok_or(format!(
                "{at} has no analysis: without analysis.state it is not a VEX statement"
            ))?;
        let st = str_of(analysis, "state").ok_or(format!("{at} has no analysis.state"))?;
        let status = state(st, &at)?;
        let justification = match str_of(analysis, "justification") {
            Some(j) if JUSTIFICATIONS.contains(&j) => Some(j.to_string()),
            Some(j) => {
                return Err(format!(
                    "{at}: unknown analysis.justification {j:?}; expected one of {}",
                    JUSTIFICATIONS.join(", ")
                ))
            }
            None => None,
        };
        let response: Vec<&str> = analysis
            .get("response")
            .and_then(|r| r.as_array())
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
            .unwrap_or_default();
        let detail = str_of(analysis, "detail").map(str::to_string);
        let affects = v
            .get("affects")
            .and_then(|a| a.as_array())
            .filter(|a| !a.is_empty())
            .ok_or(format!("{at} names no product (no `affects`)"))?;
        let time = str_of(analysis, "lastUpdated")
            .or_else(|| str_of(analysis, "firstIssued"))
            .or_else(|| str_of(v, "updated"))
            .or_else(|| str_of(v, "published"))
            .and_then(timestamp)
            .or(doc_time);
        // Products per effective status (a version entry may override it).
        let mut by_status: BTreeMap<Status, Vec<Product>> = BTreeMap::new();
        let mut unidentified = Vec::new();
        for a in affects {
            let Some(r) = a.as_object().and_then(|a| str_of(a, "ref")) else {
                return Err(format!("{at}: an affects entry has no `ref`"));
            };
            let resolved = refs.get(r).map(String::as_str).or_else(|| {
                let frag = r.rsplit_once('#').map(|(_, f)| f).unwrap_or(r);
                Some(frag).filter(|f| f.to_ascii_lowercase().starts_with("pkg:"))
            });
            let purl = match resolved
                .map(purl_of)
                .transpose()
                .map_err(|e| format!("{at}: {e}"))?
            {
                Some(Ok(p)) => p,
                Some(Err(what)) => {
                    unidentified.push(what);
                    continue;
                }
                None => {
                    unidentified.push(r.to_string());
                    continue;
                }
            };
            let versions = a.get("versions").and_then(|x| x.as_array());
            match versions.filter(|vs| !vs.is_empty()) {
                None => by_status.entry(status).or_default().push(Product {
                    purl,
                    subcomponents: Vec::new(),
                    range: None,
                }),
                Some(vs) => {
                    for ve in vs {
                        let ve = ve
                            .as_object()
                            .ok_or(format!("{at}: a version entry is not an object"))?;
                        let range = match (str_of(ve, "version"), str_of(ve, "range")) {
                            (Some(v), None) => Range::exact(v),
                            (None, Some(r)) => {
                                Range::parse(r).map_err(|e| format!("{at}: range {r:?}: {e}"))?
                            }
                            _ => {
                                return Err(format!(
                                "{at}: a version entry needs exactly one of `version` or `range`"
                            ))
                            }
                        };
                        let effective = match str_of(ve, "status") {
                            None => status,
                            Some("unaffected") if status.suppresses() => status,
                            Some("unaffected") => Status::NotAffected,
                            Some("affected") => Status::Affected,
                            Some("unknown") => Status::UnderInvestigation,
                            Some(other) => {
                                return Err(format!(
                                    "{at}: unknown version status {other:?}; expected affected, unaffected or unknown"
                                ))
                            }
                        };
                        by_status.entry(effective).or_default().push(Product {
                            purl: purl.clone(),
                            subcomponents: Vec::new(),
                            range: Some(range),
                        });
                    }
                }
            }
        }
        let action = (!response.is_empty()).then(|| response.join(", "));
        if by_status.is_empty() {
            by_status.insert(status, Vec::new());
        }
        for (st, products) in by_status {
            statements.push(Statement {
                index,
                id: str_of(v, "bom-ref").map(str::to_string),
                vulnerability: id.to_string(),
                aliases: aliases.clone(),
                products,
                unidentified: unidentified.clone(),
                status: st,
                justification: justification.clone(),
                impact: detail.clone(),
                action: action.clone(),
                timestamp: time,
            });
        }
    }
    Ok(Document {
        name: name.to_string(),
        format: Format::CycloneDx,
        id: str_of(o, "serialNumber").map(str::to_string),
        count: list.len(),
        statements,
    })
}
