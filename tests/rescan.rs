//! Rescans of stored reports against a newer DB: the python test image is
//! scanned with a DB that lacks one real advisory (PYSEC-2024-60, idna 3.4,
//! CVE-2024-3651), the JSON report is kept, and the rescan with the full
//! corpus DB reports exactly that advisory as new; the other way round it is
//! gone. A report of an older imagegate that named findings by record id is
//! matched by any id. The DBs also cover Debian 12 (one record of a package
//! the image does not have): a release without data makes a rescan `error`.

use crate::real_images::{corpus, lang_image};
use imagegate::ErrorKind;
use serde_json::Value;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::fixtures::DEBIAN_12;

/// A DB of the PyPI corpus records (plus [`DEBIAN_12`] when `debian`),
/// without the record `skip` when given.
fn pypi_db(dir: &Path, name: &str, skip: Option<&str>) -> PathBuf {
    pypi_db_with(dir, name, skip, true)
}

fn pypi_db_with(dir: &Path, name: &str, skip: Option<&str>, debian: bool) -> PathBuf {
    let corpus = corpus().expect("corpus");
    let src = dir.join(format!("{name}.jsonl"));
    let mut out = std::fs::File::create(&src).unwrap();
    let f = std::io::BufReader::new(std::fs::File::open(corpus.join("osv/PyPI.jsonl")).unwrap());
    for line in f.lines() {
        let line = line.unwrap();
        if skip.is_some_and(|id| line.contains(&format!("\"id\": \"{id}\""))) {
            continue;
        }
        writeln!(out, "{line}").unwrap();
    }
    if debian {
        writeln!(out, "{DEBIAN_12}").unwrap();
    }
    drop(out);
    let db = dir.join(format!("{name}.db"));
    let mut f = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&[src], &mut f, "2026-11-25T00:00:00Z").unwrap();
    db
}

fn run(args: &[&str]) -> (u8, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = imagegate::cli::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn rescan_reports_new_and_gone_advisories() {
    let (Some(_), Some(python)) = (corpus(), lang_image("python-docker.tar")) else {
        return;
    };
    let d = crate::fixtures::tempdir();
    let old_db = pypi_db(d.path(), "old", Some("PYSEC-2024-60"));
    let new_db = pypi_db(d.path(), "new", None);
    // The scan at deploy time, with the older DB; its JSON report is kept.
    let mut req = crate::fixtures::request(&python);
    req.db = Some(old_db.clone());
    req.skip_vulnerabilities = req.db.is_none();
    let stored = imagegate::scan(&req).unwrap().report().to_string();
    assert!(!stored.contains("PYSEC-2024-60") && stored.contains("PYSEC-2023-192"));
    assert!(!stored.contains("CVE-2024-3651") && stored.contains("CVE-2023-43804"));
    let report = d.path().join("python.json");
    std::fs::write(&report, &stored).unwrap();
    let r = report.to_str().unwrap();

    let (code, out, err) = run(&[
        "rescan",
        r,
        "--db",
        new_db.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "a new high advisory fails: {err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "imagegate.rescan/v1");
    let img = &v["images"][0];
    assert_eq!(img["source"], "python-docker.tar");
    assert_eq!(img["report"], "python.json");
    assert_eq!(img["scanned_with_db"], "2026-11-25T00:00:00Z");
    let new: Vec<&str> = img["new"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(new, ["CVE-2024-3651"]);
    assert_eq!(img["new"][0]["records"][0], "PYSEC-2024-60");
    assert_eq!(img["new"][0]["package"], "idna");
    assert_eq!(img["new"][0]["installed"], "3.4");
    let still: Vec<&str> = img["still"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(still.len(), 2, "{still:?}");
    assert!(img["gone"].as_array().unwrap().is_empty());

    // With a threshold above the new advisory's severity, it passes.
    let (code, text, _) = run(&[
        "rescan",
        r,
        "--db",
        new_db.to_str().unwrap(),
        "--fail-on",
        "critical",
    ]);
    assert_eq!(code, 0);
    assert!(
        text.contains("NEW high     CVE-2024-3651 idna@3.4 (fixed in 3.7)"),
        "{text}"
    );

    // A report made with the full DB, rescanned with the older one: gone.
    let mut req = crate::fixtures::request(&python);
    req.db = Some(new_db.clone());
    req.skip_vulnerabilities = req.db.is_none();
    let full = d.path().join("full.json");
    std::fs::write(&full, imagegate::scan(&req).unwrap().report()).unwrap();
    let (code, out, _) = run(&[
        "rescan",
        full.to_str().unwrap(),
        "--db",
        old_db.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["images"][0]["gone"][0], "CVE-2024-3651 idna@3.4");
    assert!(v["images"][0]["new"].as_array().unwrap().is_empty());

    // An older report that named findings by record id (PYSEC-…, its CVE an
    // alias) is the same finding: nothing new, nothing gone.
    let mut old: Value = serde_json::from_str(&stored).unwrap();
    for f in old["vulnerabilities"].as_array_mut().unwrap() {
        let record = f["records"][0].clone();
        let cve = f["id"].clone();
        f["id"] = record;
        f["aliases"] = serde_json::json!([cve]);
    }
    let older = d.path().join("older.json");
    std::fs::write(&older, old.to_string()).unwrap();
    let (code, out, err) = run(&[
        "rescan",
        older.to_str().unwrap(),
        "--db",
        old_db.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["images"][0]["new"].as_array().unwrap().is_empty(),
        "{out}"
    );
    assert!(
        v["images"][0]["gone"].as_array().unwrap().is_empty(),
        "{out}"
    );
    assert_eq!(v["images"][0]["still"].as_array().unwrap().len(), 2);

    // A DB without Debian 12 data cannot recheck the image's debs: error.
    let no_debian = pypi_db_with(d.path(), "nodeb", None, false);
    let (code, text, _) = run(&["rescan", r, "--db", no_debian.to_str().unwrap()]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("rescan: ERROR") && text.contains("NOT CHECKED [vulnerability-db-no-data]"),
        "{text}"
    );
}

#[test]
fn rescan_rejects_what_is_not_a_report() {
    let Some(_) = corpus() else { return };
    let d = crate::fixtures::tempdir();
    let db = pypi_db(d.path(), "db", None);
    let bad = d.path().join("sbom.json");
    std::fs::write(&bad, br#"{"bomFormat":"CycloneDX"}"#).unwrap();
    let (code, _, err) = run(&[
        "rescan",
        bad.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("sbom.json") && err.contains("not an imagegate JSON report"),
        "{err}"
    );
    let (code, _, err) = run(&["rescan", "--db", db.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("error[usage]"), "{err}");
    let _ = ErrorKind::Malformed;
}
