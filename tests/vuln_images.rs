//! Vulnerability verdicts on real images (`tests/images/build.sh`), each
//! checked against an oracle the build wrote with the distribution's own
//! tools, never with imagegate's code:
//! - file ownership per layer (`owned-*`): `dpkg-query -S` says which
//!   manifests and binaries dpkg owns;
//! - AlmaLinux 10 (`alma10`): real ALSA errata of the corpus, the rpm
//!   database built with rpm, affected or not by `rpm.vercmp`;
//! - Debian 11 (`bullseye`): the real DSA/DLA lists of the corpus (converted
//!   to OSV records here, the way osv.dev's Debian converter does), affected
//!   or not by `dpkg --compare-versions`.

use crate::real_images::{corpus, lang_image};
use imagegate::ScanRequest;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn packages(v: &Value) -> &Vec<Value> {
    v["packages"].as_array().expect("packages")
}

fn scan(image: &Path) -> Value {
    crate::scan_req(ScanRequest::new(image))
}

/// Non-OS packages as `(ecosystem, name@version, path, layer)`.
fn lang_packages(v: &Value) -> BTreeSet<(String, String, String, u64)> {
    packages(v)
        .iter()
        .filter(|p| !matches!(p["ecosystem"].as_str(), Some("deb" | "apk" | "rpm")))
        .map(|p| {
            (
                p["ecosystem"].as_str().unwrap_or("").to_string(),
                format!(
                    "{}@{}",
                    p["name"].as_str().unwrap_or(""),
                    p["version"].as_str().unwrap_or("")
                ),
                p["path"].as_str().unwrap_or("").to_string(),
                p["layer"].as_u64().unwrap_or(99),
            )
        })
        .collect()
}

fn debs(v: &Value) -> BTreeSet<(String, String, u64)> {
    packages(v)
        .iter()
        .filter(|p| p["ecosystem"] == "deb")
        .map(|p| {
            (
                p["name"].as_str().unwrap_or("").to_string(),
                p["version"].as_str().unwrap_or("").to_string(),
                p["file_count"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn ownership_is_decided_per_layer_on_real_images() {
    let (Some(over), Some(deleted)) = (
        lang_image("owned-overwrite-oci"),
        lang_image("owned-deleted-lists-oci"),
    ) else {
        return;
    };
    let oracle_file = over.with_file_name("owned-dpkg-owned.txt");
    let owned: BTreeSet<String> = std::fs::read_to_string(&oracle_file)
        .unwrap_or_else(|e| panic!("{}: {e}", oracle_file.display()))
        .lines()
        .map(str::to_string)
        .collect();
    assert!(owned.len() > 10, "{owned:?}");

    // A later layer replaced two dpkg-owned files: exactly their packages
    // appear, from layer 1; every other file dpkg owns stays hidden.
    let v = scan(&over);
    let langs = lang_packages(&v);
    let lodash = (
        "npm".to_string(),
        "lodash@4.17.15".to_string(),
        "/usr/share/nodejs/lodash/package.json".to_string(),
        1,
    );
    assert!(langs.contains(&lodash), "{langs:#?}");
    let fzf: Vec<_> = langs.iter().filter(|p| p.2 == "/usr/bin/fzf").collect();
    assert!(
        fzf.iter().any(|p| p.1.starts_with("golang.org/x/sys@"))
            && fzf.iter().any(|p| p.1.starts_with("stdlib@"))
            && fzf.iter().all(|p| p.0 == "golang" && p.3 == 1),
        "{fzf:#?}"
    );
    let replaced = ["/usr/share/nodejs/lodash/package.json", "/usr/bin/fzf"];
    for p in &langs {
        assert!(
            !owned.contains(&p.2) || replaced.contains(&p.2.as_str()),
            "{p:?} is owned by dpkg in its layer and must not be reported"
        );
    }
    assert_eq!(langs.len(), 1 + fzf.len(), "{langs:#?}");
    assert!(debs(&v).iter().any(|d| d.0 == "node-lodash"));
    assert!(debs(&v).iter().any(|d| d.0 == "fzf"));

    // A later layer deleted every dpkg file list: the packages still own
    // their files (no language package twice), with the same file counts.
    let w = scan(&deleted);
    let langs = lang_packages(&w);
    for p in &langs {
        assert!(!owned.contains(&p.2), "{p:?} is owned by dpkg");
    }
    assert!(langs.is_empty(), "{langs:#?}");
    assert_eq!(debs(&w), debs(&v), "same packages and file counts");
    assert!(
        debs(&w).iter().all(|d| d.2 > 0 || d.0.starts_with("lib")),
        "file lists restored"
    );
    eprintln!(
        "ownership: {} dpkg-owned manifests/binaries hidden; overwrite image reports {} language packages, deleted-lists image 0; {} debs",
        owned.len(),
        lang_packages(&v).len(),
        debs(&w).len()
    );
}

/// A DB of `jsonl` written to `dir`.
fn db_of(dir: &Path, name: &str, sources: &[PathBuf]) -> PathBuf {
    let db = dir.join(name);
    let mut f = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(sources, &mut f, "2026-11-25T00:00:00Z").unwrap();
    db
}

/// The oracle lines `NAME INSTALLED ADVISORY FIXED AFFECTED` (affected only).
fn oracle(path: &Path) -> (usize, BTreeSet<(String, String)>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut all = 0;
    let mut affected = BTreeSet::new();
    for l in text.lines() {
        let f: Vec<&str> = l.split(' ').collect();
        assert_eq!(f.len(), 5, "{l}");
        all += 1;
        if f[4] == "1" {
            affected.insert((f[0].to_string(), f[2].to_string()));
        }
    }
    (all, affected)
}

/// `(package, record)` for every record of every finding.
fn found_pairs(v: &Value) -> BTreeSet<(String, String)> {
    v["vulnerabilities"]
        .as_array()
        .expect("vulnerabilities")
        .iter()
        .flat_map(|f| {
            let pkg = f["package"].as_str().unwrap_or("").to_string();
            f["records"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |r| (pkg.clone(), r.as_str().unwrap_or("").to_string()))
        })
        .collect()
}

#[test]
fn almalinux_image_against_real_errata() {
    let (Some(corpus), Some(image)) = (corpus(), lang_image("alma10-oci")) else {
        return;
    };
    let d = crate::fixtures::tempdir();
    let db = db_of(
        d.path(),
        "alma.db",
        &[corpus.join("osv-os/AlmaLinux-8-and-10.jsonl")],
    );
    let mut req = ScanRequest::new(&image);
    req.db = Some(db);
    req.now = imagegate::time::parse_now("2026-11-25");
    let v = crate::scan_req(req);
    let (pairs, want) = oracle(&image.with_file_name("alma10-expected.txt"));
    let got = found_pairs(&v);
    assert_eq!(got, want, "findings differ from rpm.vercmp");
    let vulns = v["vulnerabilities"].as_array().unwrap();
    // Rated from the errata, never unknown; CVE ids listed.
    for f in vulns {
        assert_eq!(f["severity"]["source"], "almalinux", "{f}");
        assert_ne!(f["severity"]["level"], "unknown", "{f}");
        let id = f["id"].as_str().unwrap();
        let aliases: Vec<&str> = f["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a.as_str())
            .collect();
        assert!(
            id.starts_with("CVE-") && aliases.iter().any(|a| a.starts_with("ALSA-")),
            "{f}"
        );
        assert_eq!(f["status"], "fixed");
    }
    assert_eq!(
        v["verdict"], "fail",
        "the default policy fails on Important errata"
    );
    assert!(v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["code"] != "vulnerability-unknown-severity"));
    let high = vulns
        .iter()
        .filter(|f| matches!(f["severity"]["level"].as_str(), Some("high" | "critical")))
        .count();
    eprintln!(
        "alma10: {pairs} (package, erratum) pairs checked against rpm.vercmp, {} affected, {} findings ({high} high or critical)",
        want.len(),
        vulns.len()
    );
    assert!(want.len() > 50 && pairs > want.len());
}

/// Debian's tracker lists (`data/DSA/list`, `data/DLA/list`) as OSV
/// records for one release, the way osv.dev's `convert_debian.py` turns
/// them into DSA/DLA records: one record per advisory, `upstream` naming
/// its DEBIAN-CVE ids, one `affected` entry per fixed package of the
/// release. Lines without a version (`<unfixed>`, `<not-affected>`,
/// `<end-of-life>`) are left out, as the oracle leaves them out.
fn debian_records(list: &str, release: &str, number: &str) -> String {
    let mut out = String::new();
    let mut flush = |id: &str, summary: &str, cves: &[String], affected: &[(String, String)]| {
        if id.is_empty() || affected.is_empty() {
            return;
        }
        let rec = serde_json::json!({
            "id": id,
            "summary": summary,
            "upstream": cves.iter().map(|c| format!("DEBIAN-{c}")).collect::<Vec<_>>(),
            "affected": affected.iter().map(|(p, v)| serde_json::json!({
                "package": {"ecosystem": format!("Debian:{number}"), "name": p},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": v}]}],
            })).collect::<Vec<_>>(),
        });
        out.push_str(&rec.to_string());
        out.push('\n');
    };
    let (mut id, mut summary, mut cves, mut affected) =
        (String::new(), String::new(), Vec::new(), Vec::new());
    let tag = format!("[{release}]");
    for line in list.lines() {
        if line.starts_with('[') {
            flush(&id, &summary, &cves, &affected);
            let rest = line.split_once(']').map(|(_, r)| r.trim()).unwrap_or("");
            let (i, s) = rest.split_once(' ').unwrap_or((rest, ""));
            id = i.to_string();
            summary = s.to_string();
            cves.clear();
            affected.clear();
        } else if let Some(c) = line.trim().strip_prefix('{') {
            cves.extend(
                c.trim_end_matches('}')
                    .split_whitespace()
                    .map(str::to_string),
            );
        } else if let Some(rest) = line.trim().strip_prefix(&tag) {
            let parts: Vec<&str> = rest.split_whitespace().collect();
            if let ["-", pkg, ver, ..] = parts[..] {
                if !ver.starts_with('<') {
                    affected.push((pkg.to_string(), ver.to_string()));
                }
            }
        }
    }
    flush(&id, &summary, &cves, &affected);
    out
}

#[test]
fn debian_bullseye_against_real_dsa_and_dla() {
    let (Some(corpus), Some(image)) = (corpus(), lang_image("bullseye-oci")) else {
        return;
    };
    let d = crate::fixtures::tempdir();
    let mut sources = Vec::new();
    for list in ["DSA-list.txt", "DLA-list.txt"] {
        let text = std::fs::read_to_string(corpus.join("debian").join(list)).unwrap();
        let p = d.path().join(format!("{list}.jsonl"));
        std::fs::write(&p, debian_records(&text, "bullseye", "11")).unwrap();
        sources.push(p);
    }
    let db = db_of(d.path(), "debian.db", &sources);
    let mut req = ScanRequest::new(&image);
    req.db = Some(db);
    req.now = imagegate::time::parse_now("2026-11-25");
    let v = crate::scan_req(req);
    let (pairs, want) = oracle(&image.with_file_name("bullseye-expected.txt"));
    let got = found_pairs(&v);
    assert_eq!(got, want, "findings differ from dpkg --compare-versions");
    // Every finding carries its CVE ids; the OS release has data: no gap.
    for f in v["vulnerabilities"].as_array().unwrap() {
        assert!(
            f["id"].as_str().is_some_and(|i| i.starts_with("CVE-")),
            "{f}"
        );
    }
    let codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(!codes.contains(&"vulnerability-db-no-data"), "{codes:?}");
    assert!(
        !codes.contains(&"vulnerability-os-unsupported"),
        "{codes:?}"
    );
    eprintln!(
        "bullseye: {pairs} (source package, advisory) pairs checked against dpkg --compare-versions, {} affected",
        want.len()
    );
    assert!(pairs >= 10, "{pairs}");
}
