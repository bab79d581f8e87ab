//! SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run, one
//! rule per diagnostic code used (documentation from [`crate::explain`]) and
//! one rule per advisory found, one result per finding, deterministic.
//!
//! Conventions (documented in docs/reports.md):
//! - A file in the image is an `artifactLocation` with `uriBaseId`
//!   `IMAGEROOT` (the root of the image's final filesystem) and the image
//!   path without its leading `/`, percent-encoded: `usr/bin/sudo`. A
//!   finding with no file (the image config, its reference) points at the
//!   scanned input by its name (`app.tar`). GitHub requires a location on
//!   every result; the region is always line 1 (images have no lines).
//! - Packages and config parts are `logicalLocations` (`kind` `package`,
//!   with the purl as `fullyQualifiedName`, or `resource` for the config).
//! - `partialFingerprints["imagegate/v1"]` is a sha256 over the rule id,
//!   the path, the package name (without its version) and the config part,
//!   so an alert survives a rebuild that moves a file to another layer or
//!   bumps a still-vulnerable package.
//! - Advisories (`report.vulnerabilities`) are results under a rule named
//!   after the advisory id, with `properties.security-severity` (the CVSS
//!   score, else a score for the level) so GitHub shows their severity. A
//!   diagnostic about one advisory (see [`Report::vulnerability_of`]) is
//!   folded into that result and gives it its level; other findings have
//!   level `warning`.
//! - `runAutomationDetails.id` is `imagegate/<image>/`, so the alerts of
//!   several images scanned in one repository do not close each other.

use crate::report::{Diagnostic, Report, Severity};
use crate::vulndb::matcher::Level;
use crate::vulndb::scan::Vulnerability;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Where rules link for their documentation.
pub const INFORMATION_URI: &str = "https://github.com/imagegate/imagegate";
/// GitHub code scanning keeps at most 25,000 results per run.
pub const MAX_RESULTS: usize = 25_000;
/// The `uriBaseId` of paths inside the image.
pub const IMAGE_ROOT: &str = "IMAGEROOT";
const FINGERPRINT_KEY: &str = "imagegate/v1";

pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&to_value(report))
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// A rule being collected: its id and everything but its index.
struct Rule {
    body: Map<String, Value>,
    level: Severity,
}

fn level(s: Severity) -> &'static str {
    s.as_str()
}

/// The SARIF log as a JSON value (keys sorted, so the output is stable).
pub fn to_value(report: &Report) -> Value {
    let mut rules: BTreeMap<String, Rule> = BTreeMap::new();
    let mut results: Vec<(String, Value)> = Vec::new();
    // Diagnostics folded into an advisory's result: advisory index -> diagnostics.
    let vulns: &[Vulnerability] = report.vulnerabilities.as_deref().unwrap_or(&[]);
    let mut folded: BTreeMap<usize, Vec<&Diagnostic>> = BTreeMap::new();
    for d in &report.diagnostics {
        if let Some(v) = report.vulnerability_of(d) {
            let i = vulns
                .iter()
                .position(|x| std::ptr::eq(x, v))
                .unwrap_or_default();
            folded.entry(i).or_default().push(d);
            continue;
        }
        let rule = rules.entry(d.code.to_string()).or_insert_with(|| Rule {
            body: code_rule(d),
            level: d.severity,
        });
        rule.level = rule.level.min(d.severity);
        results.push((d.code.to_string(), diagnostic_result(report, d)));
    }
    for (i, v) in vulns.iter().enumerate() {
        let ds = folded.get(&i).map(Vec::as_slice).unwrap_or(&[]);
        let sev = ds
            .iter()
            .map(|d| d.severity)
            .min()
            .unwrap_or(Severity::Warning);
        let id = v.finding.id.clone();
        let rule = rules.entry(id.clone()).or_insert_with(|| Rule {
            body: vulnerability_rule(v),
            level: sev,
        });
        rule.level = rule.level.min(sev);
        results.push((id, vulnerability_result(v, ds, sev)));
    }
    // Rules sorted by id; results point at them by index.
    let index: BTreeMap<&str, usize> = rules
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let total = results.len();
    let results: Vec<Value> = results
        .into_iter()
        .take(MAX_RESULTS)
        .map(|(id, mut r)| {
            if let (Some(o), Some(&i)) = (r.as_object_mut(), index.get(id.as_str())) {
                o.insert("ruleIndex".into(), json!(i));
            }
            r
        })
        .collect();
    let rules: Vec<Value> = rules
        .into_values()
        .map(|r| {
            let mut body = r.body;
            body.insert(
                "defaultConfiguration".into(),
                json!({ "level": level(r.level) }),
            );
            Value::Object(body)
        })
        .collect();
    let image = report
        .image
        .references
        .first()
        .cloned()
        .unwrap_or_else(|| report.source.name.clone());
    let mut props = json!({
        "verdict": report.verdict.as_str(),
        "source": report.source.name,
        "configDigest": report.image.config_digest,
        "errors": report.summary.errors,
        "warnings": report.summary.warnings,
        "notes": report.summary.notes,
    });
    if total > MAX_RESULTS {
        props["truncatedResults"] = json!(total - MAX_RESULTS);
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": report.tool.name,
                    "version": report.tool.version,
                    "semanticVersion": report.tool.version,
                    "informationUri": INFORMATION_URI,
                    "rules": rules,
                }
            },
            "automationDetails": { "id": format!("imagegate/{}/", image) },
            "originalUriBaseIds": {
                IMAGE_ROOT: {
                    "uri": "file:///",
                    "description": { "text": "The root of the scanned image's final filesystem." }
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": props,
        }]
    })
}

/// The first sentence of a documentation paragraph.
fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

fn code_rule(d: &Diagnostic) -> Map<String, Value> {
    let doc = crate::explain::explain(d.code);
    let full = doc.unwrap_or("A finding of imagegate; see the diagnostic's message.");
    let short = doc.map(first_sentence).unwrap_or(d.code);
    // Instance-specific help stays in each result's message.
    let help = format!("{full}\n\nRun `imagegate explain {}`.", d.code);
    let mut m = Map::new();
    m.insert("id".into(), json!(d.code));
    m.insert("name".into(), json!(d.code));
    m.insert("shortDescription".into(), json!({ "text": short }));
    m.insert("fullDescription".into(), json!({ "text": full }));
    m.insert("help".into(), json!({ "text": help, "markdown": help }));
    m.insert(
        "helpUri".into(),
        json!(format!("{INFORMATION_URI}#diagnostic-codes")),
    );
    m.insert(
        "properties".into(),
        json!({ "tags": ["security", d.check], "check": d.check }),
    );
    m
}

/// GitHub's scale: critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low 0.1–3.9.
fn security_severity(v: &Vulnerability) -> Option<String> {
    let s = &v.finding.severity;
    let score = match (s.score, s.level) {
        (Some(x), _) if x > 0.0 => x,
        (_, Level::Critical) => 9.5,
        (_, Level::High) => 8.0,
        (_, Level::Medium) => 5.5,
        (_, Level::Low) => 2.0,
        (_, Level::Unknown) => return None,
    };
    Some(format!("{score:.1}"))
}

fn vulnerability_rule(v: &Vulnerability) -> Map<String, Value> {
    let f = &v.finding;
    let short = f
        .summary
        .clone()
        .unwrap_or_else(|| format!("{} in {}", f.id, f.package));
    let mut text = format!(
        "{}: {}\n\nPackage {} ({}), severity {} (rated by {}); {}.",
        f.id,
        short,
        f.package,
        f.ecosystem,
        f.severity.level.as_str(),
        f.severity.describe(),
        f.fix_text()
    );
    if !f.aliases.is_empty() {
        text.push_str(&format!("\n\nAlso known as: {}.", f.aliases.join(", ")));
    }
    if !f.references.is_empty() {
        text.push_str("\n\nReferences:");
        for r in &f.references {
            text.push_str(&format!("\n- {r}"));
        }
    }
    let mut props = json!({
        "tags": ["security", "vulnerability", f.ecosystem],
        "check": "vulnerabilities",
        "aliases": f.aliases,
    });
    if let Some(s) = security_severity(v) {
        props["security-severity"] = json!(s);
    }
    let mut m = Map::new();
    m.insert("id".into(), json!(f.id));
    m.insert("name".into(), json!(f.id));
    m.insert("shortDescription".into(), json!({ "text": short }));
    m.insert("fullDescription".into(), json!({ "text": short }));
    m.insert("help".into(), json!({ "text": text, "markdown": text }));
    m.insert(
        "helpUri".into(),
        json!(format!("https://osv.dev/vulnerability/{}", pct(&f.id))),
    );
    m.insert("properties".into(), props);
    m
}

/// Percent-encode everything but RFC 3986 unreserved characters and `/`.
fn pct(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            o.push(char::from(b));
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

/// The artifact location of a path in the image, or of the scanned input.
fn artifact(report: &Report, path: Option<&str>) -> Value {
    match path
        .map(|p| p.trim_start_matches('/'))
        .filter(|p| !p.is_empty())
    {
        Some(p) => json!({ "uri": pct(p), "uriBaseId": IMAGE_ROOT }),
        None => json!({ "uri": pct(&report.source.name) }),
    }
}

/// A package location's name without its version (`name@1.0` → `name`,
/// `pkg:deb/debian/x@1?arch=amd64` → `pkg:deb/debian/x`).
fn unversioned(p: &str) -> &str {
    match p.rsplit_once('@') {
        Some((name, _)) if !name.is_empty() => name,
        _ => p,
    }
}

fn fingerprint(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn diagnostic_result(report: &Report, d: &Diagnostic) -> Value {
    let loc = d.location.clone().unwrap_or_default();
    let mut logical = Vec::new();
    if let Some(p) = &loc.package {
        logical.push(json!({ "name": p, "fullyQualifiedName": p, "kind": "package" }));
    }
    if let Some(c) = &loc.config {
        logical.push(json!({ "name": c, "fullyQualifiedName": c, "kind": "resource" }));
    }
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": artifact(report, loc.path.as_deref()),
            "region": { "startLine": 1 },
        }
    });
    if !logical.is_empty() {
        location["logicalLocations"] = json!(logical);
    }
    if let Some(l) = loc.layer {
        location["message"] = json!({ "text": format!("layer {l}") });
    }
    let mut props = json!({ "check": d.check });
    if let Some(l) = loc.layer {
        props["layer"] = json!(l);
    }
    let mut text = d.message.clone();
    if let Some(h) = &d.help {
        text = format!("{text} ({h})");
    }
    json!({
        "ruleId": d.code,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [location],
        "partialFingerprints": {
            FINGERPRINT_KEY: fingerprint(&[
                d.code,
                loc.path.as_deref().unwrap_or(""),
                loc.package.as_deref().map(unversioned).unwrap_or(""),
                loc.config.as_deref().unwrap_or(""),
            ])
        },
        "properties": props,
    })
}

fn vulnerability_result(v: &Vulnerability, ds: &[&Diagnostic], sev: Severity) -> Value {
    let f = &v.finding;
    // The installed package (binary, with its source when they differ): two
    // binaries of one source are two results, never merged by fingerprint.
    let label = v.package_label();
    let mut text = format!(
        "{} ({}) in {} {} ({})",
        f.id,
        f.severity.level.as_str(),
        label,
        f.installed,
        f.fix_text()
    );
    text.push_str(&v.priority_text());
    for d in ds {
        text.push_str(&format!("; {}: {}", d.code, d.message));
    }
    let path = v.path.trim_start_matches('/');
    let mut r = json!({
        "ruleId": f.id,
        "level": level(sev),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": pct(path), "uriBaseId": IMAGE_ROOT },
                "region": { "startLine": 1 },
            },
            "logicalLocations": [{
                "name": format!("{}@{}", f.package, f.installed),
                "fullyQualifiedName": v.purl,
                "kind": "package",
            }],
            "message": { "text": format!("layer {}", v.layer) },
        }],
        "partialFingerprints": {
            FINGERPRINT_KEY: fingerprint(&[&f.id, &f.ecosystem, &label, &v.path])
        },
        "properties": {
            "check": "vulnerabilities",
            "layer": v.layer,
            "package": f.package,
            "installedVersion": f.installed,
            "fixedVersions": f.fixed,
            "status": f.status.as_str(),
            "severity": f.severity.level.as_str(),
            "severitySource": f.severity.describe(),
            "aliases": f.aliases,
            "purl": v.purl,
        },
    });
    // CISA KEV and FIRST EPSS data, when the DB has them for this finding.
    if let Some(p) = r.get_mut("properties").and_then(|p| p.as_object_mut()) {
        if let Some(k) = &v.known_exploited {
            p.insert(
                "knownExploited".into(),
                json!({
                    "cve": k.cve,
                    "dateAdded": k.date_added,
                    "dueDate": k.due_date,
                    "knownRansomwareCampaignUse": k.ransomware_use,
                }),
            );
        }
        if let Some(e) = &v.epss {
            p.insert(
                "epss".into(),
                json!({ "cve": e.cve, "score": e.score, "percentile": e.percentile }),
            );
        }
    }
    // A finding VEX takes out of the verdict is a suppressed result (SARIF
    // `suppressions`, kind external): viewers hide it and say why.
    if let (Some(d), Some(o)) = (&v.vex, r.as_object_mut()) {
        if let Some(p) = o.get_mut("properties").and_then(|p| p.as_object_mut()) {
            p.insert("vexStatus".into(), json!(d.status.as_str()));
        }
        if d.suppressed {
            let why: Vec<String> = d
                .statements
                .iter()
                .map(|a| {
                    let w = a.why();
                    if w.is_empty() {
                        format!("{}: {}", a.cite(), a.status.as_str())
                    } else {
                        format!("{}: {} ({w})", a.cite(), a.status.as_str())
                    }
                })
                .collect();
            o.insert(
                "suppressions".into(),
                json!([{ "kind": "external", "status": "accepted", "justification": format!("VEX {}", why.join("; ")) }]),
            );
        }
    }
    // So is one the policy ignores (the entry, its owner and reason).
    if let (Some(ig), Some(o)) = (&v.ignored, r.as_object_mut()) {
        if let Some(p) = o.get_mut("properties").and_then(|p| p.as_object_mut()) {
            p.insert(
                "ignoredBy".into(),
                json!(format!("vulnerabilities.ignore[{}]", ig.index)),
            );
        }
        if !o.contains_key("suppressions") {
            o.insert(
                "suppressions".into(),
                json!([{ "kind": "external", "status": "accepted", "justification": format!("ignored by {}", ig.cite()) }]),
            );
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_and_versions() {
        assert_eq!(pct("usr/lib/a b#c%.so"), "usr/lib/a%20b%23c%25.so");
        assert_eq!(pct("é"), "%C3%A9");
        assert_eq!(unversioned("libc6@2.36"), "libc6");
        assert_eq!(unversioned("@babel/core@7.0"), "@babel/core");
        assert_eq!(unversioned("@babel/core"), "@babel/core");
        assert_eq!(
            unversioned("pkg:deb/debian/libc6@2.36?arch=amd64"),
            "pkg:deb/debian/libc6"
        );
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_ne!(fingerprint(&["a", "bc"]), fingerprint(&["ab", "c"]));
    }
}
