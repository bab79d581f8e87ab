//! Prioritisation on a real image: the python test image
//! (`tests/images/build.sh`) against the corpus's real PyPI advisories finds
//! urllib3 1.26.5 (CVE-2023-43804 high, CVE-2023-45803 medium) and idna 3.4
//! (CVE-2024-3651 high). The DB is built with the KEV and EPSS excerpts of
//! `tests/data/priority/` (published formats; see its README: the KEV entry
//! for CVE-2023-45803 and the EPSS scores are test values), so that
//! - `fail-on-kev` fails the medium CVE-2023-45803 under `fail-on = "critical"`;
//! - `fail-on-epss = 0.5` fails CVE-2024-3651 (0.61234) and nothing else;
//! - a policy asking for KEV or EPSS with a DB without them is `error`;
//! - findings are sorted KEV first, then severity, then EPSS.

use crate::real_images::{corpus, lang_image};
use imagegate::policy::PolicyFile;
use imagegate::{Format, ScanRequest};
use serde_json::Value;
use std::io::Write as _;
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/priority")
        .join(name)
}

/// The EPSS excerpt gzipped, as FIRST publishes it.
fn epss_gz(dir: &Path) -> PathBuf {
    let csv = std::fs::read(data("epss_scores-2025-11-25.csv")).unwrap();
    let p = dir.join("epss_scores-2025-11-25.csv.gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&csv).unwrap();
    std::fs::write(&p, gz.finish().unwrap()).unwrap();
    p
}

/// A DB of the corpus's PyPI advisories plus one Debian 12 record (so the
/// image's debs have data and cause no gap), with `kev` / `epss` when asked.
fn db(dir: &Path, corpus: &Path, kev: bool, epss: bool) -> PathBuf {
    let extra = dir.join("debian12.jsonl");
    std::fs::write(&extra, format!("{}\n", crate::fixtures::DEBIAN_12)).unwrap();
    let sources = [corpus.join("osv/PyPI.jsonl"), extra];
    let prio = imagegate::vulndb::db::Priority {
        kev: kev.then(|| data("known_exploited_vulnerabilities.json")),
        epss: epss.then(|| epss_gz(dir)),
    };
    let db = dir.join(format!("prio-{kev}-{epss}.db"));
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build_with(&sources, &prio, &mut out, "2026-11-25T00:00:00Z").unwrap();
    db
}

struct Setup {
    image: PathBuf,
    corpus: PathBuf,
    dir: tempfile::TempDir,
}

fn setup() -> Option<Setup> {
    let corpus = corpus()?;
    let image = lang_image("python-oci")?;
    Some(Setup {
        image,
        corpus,
        dir: crate::fixtures::tempdir(),
    })
}

fn request(image: &Path, db: &Path, policy: &str) -> ScanRequest {
    let mut req = ScanRequest::new(image);
    req.db = Some(db.to_path_buf());
    req.now = imagegate::time::parse_now("2026-11-25");
    req.policy = Some(PolicyFile {
        name: "imagegate.toml".into(),
        text: policy.into(),
    });
    req
}

fn scan(image: &Path, db: &Path, policy: &str, formats: &[Format]) -> (Value, Vec<String>) {
    let mut req = request(image, db, policy);
    let mut f = vec![Format::Json];
    f.extend(formats.iter().filter(|x| **x != Format::Json));
    req.formats = f;
    let out = imagegate::scan(&req).unwrap_or_else(|e| panic!("{e}"));
    let v: Value = serde_json::from_str(&out.reports[0].content).unwrap();
    (
        v,
        out.reports[1..].iter().map(|r| r.content.clone()).collect(),
    )
}

/// `(code, message)` of the error diagnostics of the vulnerabilities check.
fn errors(v: &Value) -> Vec<(String, String)> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error" && d["check"] == "vulnerabilities")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn ids(v: &Value) -> Vec<String> {
    v["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect()
}

const CRITICAL_ONLY: &str = "[vulnerabilities]\nfail-on = \"critical\"\n";

#[test]
fn kev_fails_a_medium_finding_below_fail_on() {
    let Some(s) = setup() else { return };
    let full = db(s.dir.path(), &s.corpus, true, true);
    // Without the rule: nothing is critical, the gate passes.
    let (v, _) = scan(&s.image, &full, CRITICAL_ONLY, &[]);
    assert_eq!(v["verdict"], "pass", "{:#?}", errors(&v));
    // Every finding carries what the DB knows, by its CVE id.
    let f = &v["vulnerabilities"][0];
    assert_eq!(f["id"], "CVE-2023-45803");
    assert_eq!(
        f["known_exploited"],
        serde_json::json!({"cve": "CVE-2023-45803", "date_added": "2025-11-20", "due_date": "2025-12-11", "ransomware_use": "Unknown"})
    );
    assert_eq!(
        f["epss"],
        serde_json::json!({"cve": "CVE-2023-45803", "score": 0.0008, "percentile": 0.24117})
    );
    let (v, _) = scan(
        &s.image,
        &full,
        &format!("{CRITICAL_ONLY}fail-on-kev = true\n"),
        &[],
    );
    assert_eq!(v["verdict"], "fail");
    assert_eq!(
        errors(&v),
        [(
            "vulnerability-known-exploited".to_string(),
            "CVE-2023-45803 (medium) affects urllib3@1.26.5: CVE-2023-45803 is in CISA's Known Exploited Vulnerabilities catalogue (added 2025-11-20, due 2025-12-11; fail-on-kev); fixed in 1.26.18".to_string()
        )]
    );
    // An ignore still applies first.
    let (v, _) = scan(
        &s.image,
        &full,
        &format!("{CRITICAL_ONLY}fail-on-kev = true\nignore = [{{ id = \"CVE-2023-45803\", reason = \"test\" }}]\n"),
        &[],
    );
    assert_eq!(v["verdict"], "pass", "{:#?}", errors(&v));
}

#[test]
fn epss_threshold_fails_what_reaches_it() {
    let Some(s) = setup() else { return };
    let full = db(s.dir.path(), &s.corpus, true, true);
    let (v, _) = scan(
        &s.image,
        &full,
        &format!("{CRITICAL_ONLY}fail-on-epss = 0.5\n"),
        &[],
    );
    assert_eq!(v["verdict"], "fail");
    assert_eq!(
        errors(&v),
        [(
            "vulnerability-epss".to_string(),
            "CVE-2024-3651 (high) affects idna@3.4: its EPSS score 0.61234 (percentile 0.98215, CVE-2024-3651) is at or above fail-on-epss = 0.5; fixed in 3.7".to_string()
        )]
    );
    // The threshold is inclusive; above every score nothing fails.
    let (v, _) = scan(
        &s.image,
        &full,
        &format!("{CRITICAL_ONLY}fail-on-epss = 0.61234\n"),
        &[],
    );
    assert_eq!(v["verdict"], "fail");
    let (v, _) = scan(
        &s.image,
        &full,
        &format!("{CRITICAL_ONLY}fail-on-epss = 0.7\n"),
        &[],
    );
    assert_eq!(v["verdict"], "pass", "{:#?}", errors(&v));
    // A threshold outside 0..1 is a policy error.
    let req = request(&s.image, &full, "[vulnerabilities]\nfail-on-epss = 5\n");
    let (kind, msg) = crate::scan_err(req);
    assert_eq!(kind, imagegate::ErrorKind::PolicyInvalid, "{msg}");
    assert!(
        msg.contains("`vulnerabilities.fail-on-epss` must be a number from 0 to 1"),
        "{msg}"
    );
}

#[test]
fn kev_and_epss_rules_without_the_data_are_undecided() {
    let Some(s) = setup() else { return };
    let bare = db(s.dir.path(), &s.corpus, false, false);
    let kev_only = db(s.dir.path(), &s.corpus, true, false);
    for (db, policy, code) in [
        (&bare, "fail-on-kev = true", "vulnerability-db-no-kev"),
        (&bare, "fail-on-epss = 0.1", "vulnerability-db-no-epss"),
        (&kev_only, "fail-on-epss = 0.1", "vulnerability-db-no-epss"),
    ] {
        let (v, _) = scan(&s.image, db, &format!("{CRITICAL_ONLY}{policy}\n"), &[]);
        assert_eq!(v["verdict"], "error", "{policy}");
        assert!(
            errors(&v).iter().any(|(c, _)| c == code),
            "{policy}: {:#?}",
            errors(&v)
        );
        // The findings carry no priority data the DB does not have.
        assert!(v["vulnerabilities"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f.get("epss").is_none()));
    }
    // KEV data alone is enough for fail-on-kev.
    let (v, _) = scan(
        &s.image,
        &kev_only,
        &format!("{CRITICAL_ONLY}fail-on-kev = true\n"),
        &[],
    );
    assert_eq!(v["verdict"], "fail");
    // A DB without priority data stays format 2 (older readers read it).
    let head = std::fs::read(&bare).unwrap();
    assert_eq!(head[4], 2);
    assert_eq!(std::fs::read(&kev_only).unwrap()[4], 3);
}

#[test]
fn findings_are_sorted_by_risk() {
    let Some(s) = setup() else { return };
    let bare = db(s.dir.path(), &s.corpus, false, false);
    let full = db(s.dir.path(), &s.corpus, true, true);
    let (v, _) = scan(&s.image, &bare, CRITICAL_ONLY, &[]);
    // Without priority data: severity, then id.
    assert_eq!(
        ids(&v),
        ["CVE-2023-43804", "CVE-2024-3651", "CVE-2023-45803"]
    );
    assert!(v["vulnerability_db"].get("kev").is_none());
    // KEV first (the medium one), then the highs by EPSS (0.61234 before 0.00187).
    let (v, _) = scan(&s.image, &full, CRITICAL_ONLY, &[]);
    assert_eq!(
        ids(&v),
        ["CVE-2023-45803", "CVE-2024-3651", "CVE-2023-43804"]
    );
    let db = &v["vulnerability_db"];
    assert_eq!(db["kev"]["version"], "2025.11.24");
    assert_eq!(db["kev"]["date"], "2025-11-24T17:02:51.1205Z");
    assert_eq!(db["kev"]["entries"], 3);
    assert_eq!(db["kev"]["source"], "known_exploited_vulnerabilities.json");
    assert_eq!(
        db["kev"]["sha256"],
        crate::fixtures::sha256_hex(
            &std::fs::read(data("known_exploited_vulnerabilities.json")).unwrap()
        )
    );
    assert_eq!(db["epss"]["version"], "v2025.03.14");
    assert_eq!(db["epss"]["date"], "2025-11-25T12:55:00Z");
    assert_eq!(db["epss"]["entries"], 5);
    assert_eq!(db["epss"]["source"], "epss_scores-2025-11-25.csv.gz");
    // The priority data adds only its own blocks (5 scores, 3 KEV entries).
    let (a, b) = (
        std::fs::metadata(&bare).unwrap().len(),
        std::fs::metadata(&full).unwrap().len(),
    );
    assert!(b > a && b - a < 1024, "{a} bytes without, {b} with");
    // Deterministic: the same bytes on a second scan.
    let again = scan(&s.image, &full, CRITICAL_ONLY, &[]).0;
    assert_eq!(v, again);
    let errs = crate::reports::report_schema_errors(&v);
    assert!(errs.is_empty(), "{errs:#?}");
}

#[test]
fn reports_show_kev_and_epss() {
    let Some(s) = setup() else { return };
    let full = db(s.dir.path(), &s.corpus, true, true);
    let (_, reports) = scan(
        &s.image,
        &full,
        &format!("{CRITICAL_ONLY}fail-on-kev = true\n"),
        &[Format::Text, Format::Markdown, Format::Sarif],
    );
    let lines = |r: &str, pat: &[&str]| -> String {
        r.lines()
            .filter(|l| pat.iter().any(|p| l.contains(p)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    insta::assert_snapshot!(
        "priority_text",
        lines(&reports[0], &["CVE-", "priority:", "verdict"])
    );
    insta::assert_snapshot!(
        "priority_markdown",
        lines(&reports[1], &["CVE-", "Sorted by risk", "| severity |"])
    );
    let sarif: Value = serde_json::from_str(&reports[2]).unwrap();
    let results: Vec<Value> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ruleId"].as_str().unwrap_or("").starts_with("CVE-"))
        .map(|r| {
            serde_json::json!({
                "ruleId": r["ruleId"],
                "level": r["level"],
                "message": r["message"]["text"],
                "knownExploited": r["properties"]["knownExploited"],
                "epss": r["properties"]["epss"],
            })
        })
        .collect();
    insta::assert_json_snapshot!("priority_sarif", results);
}

/// `db build --kev --epss` and `db info` through the component's command
/// line; a bad input names the file and leaves no DB.
#[test]
fn db_build_command_takes_kev_and_epss() {
    let Some(corpus) = corpus() else { return };
    let d = crate::fixtures::tempdir();
    let gz = epss_gz(d.path());
    let out = d.path().join("p.db");
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let run = |args: &[String]| {
        let (mut o, mut e) = (Vec::new(), Vec::new());
        let code = imagegate::cli::run(args, &mut o, &mut e);
        (
            code,
            String::from_utf8_lossy(&o).into_owned(),
            String::from_utf8_lossy(&e).into_owned(),
        )
    };
    let build = |kev: &Path, epss: &Path| {
        run(&[
            "db".into(),
            "build".into(),
            "--from".into(),
            s(&corpus.join("osv/crates.io.jsonl")),
            "-o".into(),
            s(&out),
            "--build-time".into(),
            "2026-11-25T00:00:00Z".into(),
            "--kev".into(),
            s(kev),
            "--epss".into(),
            s(epss),
        ])
    };
    let (code, o, e) = build(&data("known_exploited_vulnerabilities.json"), &gz);
    assert_eq!(code, 0, "{e}");
    assert!(o.contains(", 3 KEV entries, 5 EPSS scores, "), "{o}");
    let (code, o, _) = run(&["db".into(), "info".into(), s(&out)]);
    assert_eq!(code, 0);
    let kev_sha = crate::fixtures::sha256_hex(
        &std::fs::read(data("known_exploited_vulnerabilities.json")).unwrap(),
    );
    assert!(
        o.contains(&format!("kev: known_exploited_vulnerabilities.json sha256:{kev_sha} version 2025.11.24 date 2025-11-24T17:02:51.1205Z 3 entries")),
        "{o}"
    );
    assert!(
        o.contains("epss: epss_scores-2025-11-25.csv.gz sha256:"),
        "{o}"
    );
    assert!(
        o.contains("version v2025.03.14 date 2025-11-25T12:55:00Z 5 entries"),
        "{o}"
    );
    // A truncated EPSS download and a KEV file that is not the catalogue.
    let cut = d.path().join("cut.csv.gz");
    let bytes = std::fs::read(&gz).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() - 20]).unwrap();
    let not_kev = d.path().join("kev.json");
    std::fs::write(&not_kev, br#"{"vulnerabilities": []}"#).unwrap();
    for (kev, epss, want) in [
        (
            data("known_exploited_vulnerabilities.json"),
            cut.clone(),
            "cut.csv.gz",
        ),
        (not_kev.clone(), gz.clone(), "not a CISA KEV catalogue"),
    ] {
        std::fs::remove_file(&out).ok();
        let (code, _, e) = build(&kev, &epss);
        assert_eq!(code, 2, "{e}");
        assert!(e.contains(want), "{e}");
        assert!(!out.exists(), "a failed build left {}", out.display());
    }
}
