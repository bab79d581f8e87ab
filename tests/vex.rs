//! VEX on a real image: the python test image (`tests/images/build.sh`)
//! against the corpus's real PyPI advisories finds urllib3 1.26.5
//! (CVE-2023-43804 high, CVE-2023-45803 medium) and idna 3.4 (CVE-2024-3651
//! high); the scans here fail on medium, so each of them counts. One
//! document in each format (`tests/data/vex/python/`, written for this
//! image; the image's manifest digest is filled in at run time) takes out
//! exactly one of them, and each also holds statements for another version
//! (also by a GHSA alias), another product or image, or a range the package
//! is not in, which must not apply. All three together make the verdict
//! pass; a conflicting document makes it fail again.

use crate::real_images::{corpus, lang_image};
use imagegate::vex::VexFile;
use imagegate::{Format, ScanRequest};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The corpus DB (PyPI, Go, crates.io, Maven) plus one record for
/// `Debian:12`, a package no image has: the image's debs then map to an
/// ecosystem the DB has (no `vulnerability-db-no-data` gap), so the verdict
/// is decided by the real PyPI findings alone.
pub fn db(dir: &Path, corpus: &Path) -> PathBuf {
    let extra = dir.join("debian12-placeholder.jsonl");
    std::fs::write(
        &extra,
        r#"{"id":"DEBIAN-CVE-0000-00000","upstream":["CVE-0000-00000"],"affected":[{"package":{"ecosystem":"Debian:12","name":"imagegate-test-no-such-package"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0-1"}]}]}]}"#,
    )
    .unwrap();
    let mut sources: Vec<PathBuf> = ["Go", "PyPI", "crates.io", "Maven"]
        .iter()
        .map(|e| corpus.join(format!("osv/{e}.jsonl")))
        .collect();
    sources.push(extra);
    let db = dir.join("vex.db");
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&sources, &mut out, "2026-11-25T00:00:00Z").unwrap();
    db
}

pub struct Setup {
    pub image: PathBuf,
    pub db: PathBuf,
    pub digest: String,
    _dir: tempfile::TempDir,
}

pub fn setup() -> Option<Setup> {
    let corpus = corpus()?;
    let image = lang_image("python-oci")?;
    let dir = crate::fixtures::tempdir();
    let db = db(dir.path(), &corpus);
    let v = scan(&image, &db, &[], &[Format::Json]).0;
    let digest = v["image"]["manifest_digest"]
        .as_str()
        .expect("an OCI layout has a manifest digest")
        .to_string();
    Some(Setup {
        image,
        db,
        digest,
        _dir: dir,
    })
}

/// A document of `tests/data/vex/python/` with the image's digest filled in.
pub fn vex(s: &Setup, name: &str) -> VexFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/vex/python")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    VexFile {
        name: format!(".vex/{name}"),
        text: text.replace("@@MANIFEST_DIGEST@@", &s.digest.replace(':', "%3A")),
    }
}

fn scan(image: &Path, db: &Path, vex: &[VexFile], formats: &[Format]) -> (Value, Vec<String>) {
    let mut req = ScanRequest::new(image);
    req.db = Some(db.to_path_buf());
    req.now = imagegate::time::parse_now("2026-11-25");
    req.vex = vex.to_vec();
    // Every finding counts (CVE-2023-45803 is medium).
    req.fail_on = Some(imagegate::vulndb::matcher::Level::Medium);
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

/// `(id, package, suppressed)` of every finding.
pub fn findings(v: &Value) -> Vec<(String, String, bool)> {
    let mut out: Vec<(String, String, bool)> = v["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["package"].as_str().unwrap().to_string(),
                f["vex"]["suppressed"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    out.sort();
    out
}

pub fn codes(v: &Value, code: &str) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == code)
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect()
}

pub fn suppressed(v: &Value) -> Vec<String> {
    findings(v)
        .into_iter()
        .filter(|f| f.2)
        .map(|f| f.0)
        .collect()
}

/// `(id, severity)` of every `vulnerability` diagnostic (the findings that
/// count toward the verdict), sorted.
pub fn counted(v: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "vulnerability")
        .map(|d| {
            let m = d["message"].as_str().unwrap();
            (
                m.split(' ').next().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn each_format_suppresses_exactly_what_it_names_on_a_real_image() {
    let Some(s) = setup() else { return };
    let (v, _) = scan(&s.image, &s.db, &[], &[]);
    assert_eq!(
        findings(&v),
        [
            ("CVE-2023-43804".into(), "urllib3".into(), false),
            ("CVE-2023-45803".into(), "urllib3".into(), false),
            ("CVE-2024-3651".into(), "idna".into(), false),
        ]
    );
    assert_eq!(v["verdict"], "fail");
    let all = [
        ("CVE-2023-43804", "error"),
        ("CVE-2023-45803", "error"),
        ("CVE-2024-3651", "error"),
    ];
    assert_eq!(counted(&v), pairs(&all));
    assert!(v.get("vex").is_none());

    for (doc, want, note, unused_note) in [
        (
            "python.openvex.json",
            "CVE-2023-43804",
            ".vex/python.openvex.json statement 1 (https://example.com/imagegate-tests/vex/python-1#urllib3-proxy): vulnerable_code_not_in_execute_path: The app never follows redirects with cookies set by hand.",
            Some("2 of 3 statements named no finding of this image (statement 2, 3)"),
        ),
        (
            "python.cdx.json",
            "CVE-2023-45803",
            ".vex/python.cdx.json statement 1: code_not_reachable: The app sends no request body on redirects.",
            Some("1 of 2 statements named no finding of this image (statement 2)"),
        ),
        (
            "python.csaf.json",
            "CVE-2024-3651",
            ".vex/python.csaf.json statement 1 (known_not_affected IMAGE:IDNA): vulnerable_code_cannot_be_controlled_by_adversary: Only fixed host names reach idna.encode.",
            Some("2 of 3 statements named no finding of this image (statement 2, 3)"),
        ),
    ] {
        let (v, _) = scan(&s.image, &s.db, &[vex(&s, doc)], &[]);
        // Exactly that finding is out; the others count as before.
        assert_eq!(suppressed(&v), [want], "{doc}");
        let rest: Vec<(&str, &str)> = all.iter().copied().filter(|(id, _)| *id != want).collect();
        assert_eq!(counted(&v), pairs(&rest), "{doc}");
        assert_eq!(v["verdict"], "fail", "{doc}");
        let notes = codes(&v, "vulnerability-vex-suppressed");
        assert_eq!(notes.len(), 1, "{doc}: {notes:?}");
        assert!(notes[0].starts_with(want) && notes[0].contains(note), "{doc}: {}", notes[0]);
        // The statements for another version, product or range applied to nothing.
        let unused = codes(&v, "vex-statements-unused");
        match unused_note {
            Some(n) => assert!(unused.len() == 1 && unused[0].contains(n), "{doc}: {unused:?}"),
            None => assert!(unused.is_empty(), "{doc}: {unused:?}"),
        }
        assert_eq!(v["vex"]["documents"][0]["applied"], 1, "{doc}");
        assert!(codes(&v, "vex-statement-unevaluated").is_empty(), "{doc}");
    }

    // `affected` alone keeps the finding and shows the statement.
    let (v, rendered) = scan(
        &s.image,
        &s.db,
        &[vex(&s, "conflict.openvex.json")],
        &[Format::Text],
    );
    assert!(suppressed(&v).is_empty());
    assert_eq!(counted(&v), pairs(&all));
    let notes = codes(&v, "vulnerability-vex-status");
    assert!(
        notes.len() == 1 && notes[0].starts_with("CVE-2023-43804 in urllib3@1.26.5 is affected per VEX .vex/conflict.openvex.json statement 1: Upgrade urllib3 to 1.26.17 or later."),
        "{notes:?}"
    );
    assert!(
        rendered[0].contains("[VEX affected: .vex/conflict.openvex.json statement 1]"),
        "{}",
        rendered[0]
    );
}

#[test]
fn all_three_formats_pass_the_gate_in_every_report_and_a_conflict_fails_it() {
    let Some(s) = setup() else { return };
    let docs: Vec<VexFile> = ["python.openvex.json", "python.cdx.json", "python.csaf.json"]
        .iter()
        .map(|d| vex(&s, d))
        .collect();
    let (v, rendered) = scan(
        &s.image,
        &s.db,
        &docs,
        &[Format::Text, Format::Markdown, Format::Junit, Format::Sarif],
    );
    assert_eq!(
        suppressed(&v),
        ["CVE-2023-43804", "CVE-2023-45803", "CVE-2024-3651"]
    );
    assert_eq!(v["verdict"], "pass", "{:#}", v["diagnostics"]);
    assert_eq!(v["summary"]["errors"], 0);
    // Every report says which document and statement took each finding out.
    let [text, md, junit, sarif] = &rendered[..] else {
        panic!()
    };
    for (name, r) in [
        ("text", text),
        ("markdown", md),
        ("junit", junit),
        ("sarif", sarif),
    ] {
        for cite in [
            ".vex/python.openvex.json statement 1",
            ".vex/python.cdx.json statement 1",
            ".vex/python.csaf.json statement 1",
        ] {
            assert!(r.contains(cite), "{name} does not cite {cite}");
        }
    }
    assert!(
        text.contains("vulnerabilities: 0, 3 more not affected per VEX"),
        "{text}"
    );
    assert!(
        text.contains(
            "vex:         .vex/python.csaf.json (csaf, 1 of 3 statements named a finding)"
        ),
        "{text}"
    );
    let sarif: Value = serde_json::from_str(sarif).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let suppressed_results = results
        .iter()
        .filter(|r| r["suppressions"][0]["kind"] == "external")
        .count();
    assert_eq!(suppressed_results, 3);
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/imagegate-report.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    // Another team says urllib3 is affected by CVE-2023-43804: the gate
    // does not pick one, the finding counts again.
    let mut with_conflict = docs.clone();
    with_conflict.push(vex(&s, "conflict.openvex.json"));
    let (v, _) = scan(&s.image, &s.db, &with_conflict, &[]);
    assert_eq!(suppressed(&v), ["CVE-2023-45803", "CVE-2024-3651"]);
    assert_eq!(v["verdict"], "fail");
    let c = codes(&v, "vulnerability-vex-conflict");
    assert!(
        c.len() == 1
            && c[0].contains(".vex/conflict.openvex.json statement 1: affected")
            && c[0].contains(".vex/python.openvex.json statement 1"),
        "{c:?}"
    );
}

#[test]
fn a_bad_or_unusable_document_stops_the_scan() {
    let Some(s) = setup() else { return };
    let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/vex/spec/csaf-2022-evd-uc-01-na-001.json");
    for (f, want) in [
        (
            VexFile {
                name: "csaf-2022-evd-uc-01-na-001.json".into(),
                text: std::fs::read_to_string(spec).unwrap(),
            },
            "names no product imagegate can identify",
        ),
        (
            VexFile {
                name: ".vex/broken.json".into(),
                text: vex(&s, "python.openvex.json")
                    .text
                    .replace("\"not_affected\"", "\"not_afected\""),
            },
            "statement 1: unknown status \"not_afected\"",
        ),
    ] {
        let mut req = ScanRequest::new(&s.image);
        req.db = Some(s.db.clone());
        req.vex = vec![vex(&s, "python.cdx.json"), f.clone()];
        let (kind, msg) = crate::scan_err(req);
        assert_eq!(kind, imagegate::ErrorKind::VexInvalid);
        assert!(msg.contains(&f.name) && msg.contains(want), "{msg}");
    }
}
