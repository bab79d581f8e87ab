//! Integration tests of the imagegate library (one test binary):
//! every input format, selection, whiteouts, redaction, hostile inputs, the
//! real images built by `tests/images/build.sh`, the SBOMs and secrets.

// Tests unwrap, expect and print (the crate denies them outside tests).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

mod fixtures;

mod docs;
mod formats;
mod fuzz_regressions;
mod hostile;
mod ignores;
mod inventory;
mod layers;
mod policy;
mod priority;
mod real_images;
mod reports;
mod rescan;
mod sbom;
mod secrets;
mod signatures;
mod sigstore_conformance;
mod vex;
mod vuln_images;

use imagegate::{ErrorKind, ScanRequest};
use std::path::Path;

/// Scan and return the JSON report as a value.
pub fn scan_json(path: &Path) -> serde_json::Value {
    scan_req(crate::fixtures::request(path))
}

pub fn scan_req(req: ScanRequest) -> serde_json::Value {
    let out = imagegate::scan(&req)
        .unwrap_or_else(|e| panic!("scan of {} failed: {e}", req.image.display()));
    serde_json::from_str(out.report()).expect("report is JSON")
}

/// Scan expecting an error; returns (kind, rendered message).
pub fn scan_err(req: ScanRequest) -> (ErrorKind, String) {
    match imagegate::scan(&req) {
        Ok(_) => panic!("scan of {} unexpectedly succeeded", req.image.display()),
        Err(e) => (e.kind, e.to_string()),
    }
}

/// Every error code is unique, explained by `imagegate explain` and in the
/// hand-written tables of docs/cli.md (error codes) and docs/policy.md
/// (diagnostic codes); docs/codes.md is generated (tests/docs.rs).
#[test]
fn error_codes_are_documented() {
    let doc = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let cli_doc = doc("cli.md");
    let policy_doc = doc("policy.md");
    let mut seen = std::collections::HashSet::new();
    for kind in ErrorKind::ALL {
        let code = kind.code();
        assert!(seen.insert(code), "duplicate code {code}");
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{code} is not kebab-case"
        );
        assert!(
            imagegate::explain::explain(code).is_some(),
            "{code} has no explain entry"
        );
        assert!(
            cli_doc.contains(&format!("| `{code}` |")),
            "{code} is not in the error code table of docs/cli.md"
        );
    }
    assert_eq!(
        imagegate::explain::CODES.len(),
        ErrorKind::ALL.len(),
        "explain documents unknown codes"
    );
    let policy_codes: Vec<&str> = imagegate::policy::codes().map(|c| c.code).collect();
    assert!(policy_codes.len() >= 30, "{policy_codes:?}");
    for code in imagegate::explain::DIAGNOSTIC_CODES
        .iter()
        .map(|(c, _)| *c)
        .chain(policy_codes)
    {
        assert!(seen.insert(code), "duplicate code {code}");
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{code} is not kebab-case"
        );
        assert!(imagegate::explain::explain(code).is_some());
        assert!(
            policy_doc.contains(&format!("| `{code}` |")),
            "{code} is not in the diagnostic code table of docs/policy.md"
        );
    }
}

/// The component's own command line (its wasi:cli/run), natively.
#[test]
fn component_cli_parses_and_reports() {
    let args = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let mut out = Vec::new();
    let mut err = Vec::new();
    assert_eq!(imagegate::cli::run(&args(&["scan"]), &mut out, &mut err), 2);
    assert!(String::from_utf8_lossy(&err).contains("error[usage]"));
    assert_eq!(
        imagegate::cli::run(&args(&["scan", "a", "--bogus"]), &mut out, &mut err),
        2
    );
    assert_eq!(
        imagegate::cli::run(&args(&["explain", "nope"]), &mut out, &mut err),
        2
    );
    let mut out = Vec::new();
    assert_eq!(
        imagegate::cli::run(&args(&["explain", "unsafe-path"]), &mut out, &mut err),
        0
    );
    assert!(String::from_utf8_lossy(&out).starts_with("unsafe-path: "));
    let d = fixtures::tempdir();
    let f = d.path().join("x");
    std::fs::write(&f, b"").unwrap();
    let mut out = Vec::new();
    assert_eq!(
        imagegate::cli::run(&args(&["digest", f.to_str().unwrap()]), &mut out, &mut err),
        0
    );
    assert!(String::from_utf8_lossy(&out)
        .starts_with("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  "));
    let p = fixtures::write_tar(
        d.path(),
        "app.tar",
        &fixtures::oci_files(&[fixtures::Img::standard(fixtures::Comp::Gzip)]),
    );
    let mut out = Vec::new();
    assert_eq!(
        imagegate::cli::run(
            &args(&[
                "scan",
                p.to_str().unwrap(),
                "--format=text",
                "--tag",
                "app:1.0",
                "--skip-vulnerabilities"
            ]),
            &mut out,
            &mut err
        ),
        1
    );
    // The fixture's ENV DB_PASSWORD is a planted secret: exit 1.
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("verdict: FAIL"));
    assert!(!text.contains("hunter2"));
}

/// The JavaScript hosts read a DB's build time from its header to decide
/// whether their cached DB is fresh (pipelines/shared/db.js): they must know
/// the format the component writes, or every run would fetch the DB anew.
#[test]
fn js_hosts_read_the_db_format_the_component_writes() {
    let js = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("pipelines/shared/db.js"),
    )
    .unwrap();
    let want = format!(
        "export const DB_FORMAT = {};",
        imagegate::vulndb::db::FORMAT_VERSION
    );
    assert!(js.contains(&want), "pipelines/shared/db.js lacks {want:?}");
}
