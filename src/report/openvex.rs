//! OpenVEX v0.2.0 export (`imagegate vex`): the triage decisions of one
//! scan as a VEX document for the image, so they travel with it.
//!
//! One statement per finding (advisory × package) that a decision speaks
//! for, in report order:
//! - a VEX statement that took it out of the verdict (`not_affected`,
//!   `fixed`): its status, justification, impact and action statements;
//! - else a policy ignore: `not_affected`, with the entry's justification
//!   (and its reason in `status_notes`) or its reason as the impact
//!   statement (the OpenVEX schema takes one of the two);
//! - else a VEX statement that keeps it and agrees with every other
//!   (`under_investigation`, `affected` with an action statement).
//!
//! The product is the image (`pkg:oci/NAME@sha256:…`, its manifest digest,
//! else its config digest, with `repository_url` when the image carries a
//! name), the subcomponent the package's purl, exactly as the scan found it:
//! fed back with `--vex`, every statement names the same finding and the
//! same decision results. `status_notes` says where each decision came from.
//! Deterministic: the `@id` is a hash of the content, the timestamp is the
//! host's time of the scan.

use super::Report;
use crate::vulndb::scan::Vulnerability;
use serde_json::{json, Map, Value};
use sha2::{Digest as _, Sha256};

/// The OpenVEX context the document declares.
pub const CONTEXT: &str = "https://openvex.dev/ns/v0.2.0";

/// What the renderer needs beyond the report (set by `lib::scan_report`).
#[derive(Debug, Clone, Default)]
pub struct Export {
    /// `--author`, else the policy's `vex-author`.
    pub author: Option<String>,
    /// The host's time of the scan (Unix seconds), the document's timestamp.
    pub issued: Option<u64>,
}

/// `pkg:oci/NAME@DIGEST[?repository_url=REGISTRY/REPO]` of the scanned image.
pub fn image_purl(r: &Report) -> String {
    let digest = r
        .image
        .manifest_digest
        .as_ref()
        .map(|d| d.to_string())
        .unwrap_or_else(|| r.image.config_digest.to_string());
    // The first name the image carries, without tag or digest.
    let repo = r.image.references.first().map(|n| {
        let n = n.split('@').next().unwrap_or(n);
        match n.rsplit_once('/') {
            Some((dir, last)) => format!("{dir}/{}", last.split(':').next().unwrap_or(last)),
            None => n.split(':').next().unwrap_or(n).to_string(),
        }
    });
    let name = repo
        .as_deref()
        .and_then(|r| r.rsplit('/').next())
        .filter(|n| !n.is_empty())
        .unwrap_or(&r.source.name)
        .to_ascii_lowercase();
    let q: Vec<(&str, &str)> = repo
        .as_deref()
        .filter(|r| r.contains('/'))
        .map(|r| ("repository_url", r))
        .into_iter()
        .collect();
    // The purl specification's form: the digest's `:` percent-encoded.
    let bare = crate::inventory::purl::build("oci", None, &name, "", &q);
    let at = format!("@{}", digest.replace(':', "%3A"));
    match bare.find('?') {
        Some(i) => format!("{}{at}{}", &bare[..i], &bare[i..]),
        None => format!("{bare}{at}"),
    }
}

fn component(purl: &str) -> Value {
    json!({ "@id": purl, "identifiers": { "purl": purl } })
}

/// The OpenVEX justification of a label (OpenVEX's and CSAF's own words,
/// or the CycloneDX `analysis.justification` that means the same).
fn openvex_justification(label: &str) -> Option<&'static str> {
    if let Some(j) = crate::vex::JUSTIFICATIONS.iter().find(|j| **j == label) {
        return Some(j);
    }
    Some(match label {
        "code_not_present" => "vulnerable_code_not_present",
        "code_not_reachable" => "vulnerable_code_not_in_execute_path",
        "protected_by_mitigating_control"
        | "protected_at_runtime"
        | "protected_at_perimeter"
        | "protected_by_compiler" => "inline_mitigations_already_exist",
        _ => return None,
    })
}

/// The statement fields (status and its reasons) for one finding, if a decision speaks for it.
fn decision(v: &Vulnerability, policy: &str) -> Option<Map<String, Value>> {
    let mut m = Map::new();
    let mut put = |k: &str, val: Option<&str>| {
        if let Some(x) = val.map(str::trim).filter(|x| !x.is_empty()) {
            m.insert(k.to_string(), json!(x));
        }
    };
    let vex_ok = v.vex.as_ref().filter(|d| {
        d.suppressed
            || (d.reason.is_none()
                && match d.status {
                    crate::vex::Status::UnderInvestigation => true,
                    crate::vex::Status::Affected => d
                        .statements
                        .first()
                        .is_some_and(|a| a.action_statement.is_some()),
                    _ => false,
                })
    });
    match (vex_ok, &v.ignored) {
        (Some(d), ig) if d.suppressed || ig.is_none() => {
            let a = d.statements.first()?;
            put("status", Some(d.status.as_str()));
            let notes = format!(
                "from VEX {}",
                d.statements
                    .iter()
                    .filter(|s| s.status == d.status)
                    .map(|s| s.cite())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            // A CycloneDX label becomes OpenVEX's where one means the same;
            // else it is kept in words.
            let (label, impact) = match a.justification.as_deref() {
                None => (None, a.impact_statement.clone()),
                Some(j) => match openvex_justification(j) {
                    Some(o) => (Some(o), a.impact_statement.clone()),
                    None => (
                        None,
                        Some(match &a.impact_statement {
                            Some(i) => format!("{j}: {i}"),
                            None => j.to_string(),
                        }),
                    ),
                },
            };
            // The schema takes a justification or an impact statement, not both.
            match (label, impact) {
                (Some(j), Some(i)) if d.status == crate::vex::Status::NotAffected => {
                    put("justification", Some(j));
                    put("status_notes", Some(&format!("{notes}; impact: {i}")));
                }
                (j, i) => {
                    put("justification", j);
                    put("impact_statement", i.as_deref());
                    put("status_notes", Some(&notes));
                }
            }
            put("action_statement", a.action_statement.as_deref());
        }
        (_, Some(ig)) => {
            put("status", Some("not_affected"));
            let from = format!(
                "from the imagegate policy {policy}: vulnerabilities.ignore[{}]{}{}{}",
                ig.index,
                ig.owner
                    .as_deref()
                    .map(|o| format!(" (owner {o})"))
                    .unwrap_or_default(),
                ig.expires
                    .as_deref()
                    .map(|d| format!(", until {d}"))
                    .unwrap_or_default(),
                ig.scope
                    .as_deref()
                    .map(|s| format!(", scope {s}"))
                    .unwrap_or_default(),
            );
            match &ig.justification {
                Some(j) => {
                    put("justification", Some(j));
                    put(
                        "status_notes",
                        Some(&format!("{from}; reason: {}", ig.reason)),
                    );
                }
                None => {
                    put("impact_statement", Some(&ig.reason));
                    put("status_notes", Some(&from));
                }
            }
        }
        _ => return None,
    }
    Some(m)
}

/// The OpenVEX document (its `statements` may be empty: `imagegate vex`
/// then writes nothing, as the OpenVEX schema wants at least one).
pub fn render(r: &Report) -> String {
    let image = image_purl(r);
    let mut statements: Vec<Value> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for v in r.vulnerabilities.iter().flatten() {
        if !seen.insert((v.finding.id.clone(), v.purl.clone())) {
            continue;
        }
        let Some(mut s) = decision(v, &r.policy.source) else {
            continue;
        };
        let mut aliases: Vec<&String> = v
            .finding
            .aliases
            .iter()
            .filter(|a| **a != v.finding.id)
            .collect();
        aliases.sort();
        aliases.dedup();
        let mut vuln = json!({ "name": v.finding.id });
        if !aliases.is_empty() {
            vuln["aliases"] = json!(aliases);
        }
        let mut product = component(&image);
        product["subcomponents"] = json!([component(&v.purl)]);
        s.insert("vulnerability".into(), vuln);
        s.insert("products".into(), json!([product]));
        statements.push(Value::Object(s));
    }
    let body = serde_json::to_string(&json!([image, statements])).unwrap_or_default();
    let id = format!(
        "urn:imagegate:vex:sha256:{:x}",
        Sha256::digest(body.as_bytes())
    );
    let author = r.export.author.clone().unwrap_or_else(|| {
        format!(
            "unknown (exported by imagegate from the policy {})",
            r.policy.source
        )
    });
    let doc = json!({
        "@context": CONTEXT,
        "@id": id,
        "author": author,
        "timestamp": crate::time::rfc3339(r.export.issued.unwrap_or(0)),
        "version": 1,
        "tooling": format!("imagegate {}", env!("CARGO_PKG_VERSION")),
        "statements": statements,
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// How many statements a rendered document holds (`imagegate vex` refuses
/// to write an empty one).
pub fn statement_count(doc: &str) -> usize {
    serde_json::from_str::<Value>(doc)
        .ok()
        .and_then(|v| v["statements"].as_array().map(Vec::len))
        .unwrap_or(0)
}
