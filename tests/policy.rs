//! The policy engine on real images: the data-driven cases in
//! `tests/cases/*.toml` (image + inline policy + expected verdict and
//! codes), plus snapshots of a bad policy's errors and a failing report.
//!
//! A case file:
//!
//! ```toml
//! description = "what it shows"
//! image = "policy-oci"        # a file/dir in $IMAGEGATE_IMAGES (tests/images/build.sh)
//! now = "2026-11-25"          # the host's date (optional)
//! reference = "reg/x:1"       # --reference (optional)
//! db = "PyPI"                 # build a DB from the corpus' osv/<db>.jsonl (optional);
//!                             # "PyPI+Debian:12" adds one Debian 12 record of a
//!                             # package no image has (Debian data, no finding)
//! fail-on = "critical"        # --fail-on (optional)
//! policy = """ ... """        # imagegate.toml text (optional: the default policy)
//! verdict = "fail"            # pass | fail | error
//! codes = ["root-user"]       # codes that must appear
//! absent = ["setuid-file"]    # codes that must not appear
//! messages = ["…"]            # substrings some diagnostic message must contain
//! absent-messages = ["…"]     # substrings no diagnostic message may contain
//! ```
//!
//! `@BOOKWORM_LAYER@` in a policy is replaced by the diff_id of the
//! bookworm-oci rootfs layer (it changes when the image is rebuilt).

use imagegate::policy::PolicyFile;
use imagegate::ScanRequest;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn images() -> Option<PathBuf> {
    let dir = std::env::var_os("IMAGEGATE_IMAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-images"));
    if dir.join("policy-oci").is_dir() {
        return Some(dir);
    }
    if std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1") {
        panic!(
            "policy test images missing in {}: run tests/images/build.sh",
            dir.display()
        );
    }
    eprintln!("SKIP: policy test images not built (tests/images/build.sh)");
    None
}

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("IMAGEGATE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    dir.join("README.md").is_file().then_some(dir)
}

/// A DB built once per run from the corpus' `osv/<eco>.jsonl`, plus
/// [`crate::fixtures::DEBIAN_12`] when `spec` ends in `+Debian:12`.
fn corpus_db(spec: &str) -> PathBuf {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().unwrap());
    let (eco, debian) = match spec.strip_suffix("+Debian:12") {
        Some(eco) => (eco, true),
        None => (spec, false),
    };
    let name = spec.replace([':', '+'], "-");
    let db = dir.path().join(format!("{name}.db"));
    if !db.is_file() {
        let corpus = corpus().expect("the case needs the corpus ($IMAGEGATE_CORPUS)");
        let tag = format!("{name}.{:?}", std::thread::current().id());
        let mut sources = vec![corpus.join(format!("osv/{eco}.jsonl"))];
        if debian {
            let extra = dir.path().join(format!("{tag}.jsonl"));
            std::fs::write(&extra, format!("{}\n", crate::fixtures::DEBIAN_12)).unwrap();
            sources.push(extra);
        }
        let tmp = dir.path().join(format!("{tag}.db"));
        let mut out = std::fs::File::create(&tmp).unwrap();
        imagegate::vulndb::db::build(&sources, &mut out, "2026-11-25T00:00:00Z").unwrap();
        drop(out);
        std::fs::rename(&tmp, &db).unwrap();
    }
    db
}

struct Case {
    name: String,
    req: ScanRequest,
    verdict: String,
    codes: Vec<String>,
    absent: Vec<String>,
    messages: Vec<String>,
    absent_messages: Vec<String>,
}

fn bookworm_layer(images: &Path) -> String {
    let r = imagegate::scan_report(&crate::fixtures::request(images.join("bookworm-oci"))).unwrap();
    r.image.layers[0].diff_id.to_string()
}

fn strs(v: &toml::Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(|a| a.as_array())
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

fn load_case(path: &Path, images: &Path) -> Case {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(path).unwrap();
    let v: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let image = s("image").unwrap_or_else(|| panic!("{name}: no image"));
    let mut req = crate::fixtures::request(images.join(&image));
    req.now = s("now").map(|d| imagegate::time::parse_now(&d).unwrap());
    req.reference = s("reference");
    req.fail_on = s("fail-on")
        .map(|f| imagegate::policy::checks::vulnerabilities::cfg::parse_severity(&f).unwrap());
    req.db = s("db").map(|e| corpus_db(&e));
    // A case without a DB switches vulnerability checking off explicitly,
    // unless it says otherwise (`skip-vulnerabilities = false`).
    req.skip_vulnerabilities = v
        .get("skip-vulnerabilities")
        .and_then(|x| x.as_bool())
        .unwrap_or(req.db.is_none());
    req.policy = s("policy").map(|text| PolicyFile {
        name: format!("{name}.toml"),
        text: if text.contains("@BOOKWORM_LAYER@") {
            text.replace("@BOOKWORM_LAYER@", &bookworm_layer(images))
        } else {
            text
        },
    });
    Case {
        req,
        verdict: s("verdict").unwrap_or_else(|| panic!("{name}: no verdict")),
        codes: strs(&v, "codes"),
        absent: strs(&v, "absent"),
        messages: strs(&v, "messages"),
        absent_messages: strs(&v, "absent-messages"),
        name,
    }
}

#[test]
fn policy_cases() {
    let Some(images) = images() else { return };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 15, "only {} cases", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let case = load_case(f, &images);
        let report = match imagegate::scan_report(&case.req) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{}: scan failed: {e}", case.name));
                continue;
            }
        };
        let got: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        let mut problems = Vec::new();
        if report.verdict.as_str() != case.verdict {
            problems.push(format!(
                "verdict {} (expected {})",
                report.verdict.as_str(),
                case.verdict
            ));
        }
        for c in &case.codes {
            if !got.contains(&c.as_str()) {
                problems.push(format!("missing code {c}"));
            }
        }
        for c in &case.absent {
            if got.contains(&c.as_str()) {
                problems.push(format!("unexpected code {c}"));
            }
        }
        for m in &case.messages {
            if !report
                .diagnostics
                .iter()
                .any(|d| d.message.contains(m.as_str()))
            {
                problems.push(format!("no message contains {m:?}"));
            }
        }
        for m in &case.absent_messages {
            if let Some(d) = report
                .diagnostics
                .iter()
                .find(|d| d.message.contains(m.as_str()))
            {
                problems.push(format!("unexpected message {:?}", d.message));
            }
        }
        if !problems.is_empty() {
            let diags: Vec<String> = report
                .diagnostics
                .iter()
                .map(|d| format!("    {:?}[{}] {}", d.severity, d.code, d.message))
                .collect();
            failures.push(format!(
                "{}: {}\n{}",
                case.name,
                problems.join("; "),
                diags.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn policy_error(text: &str) -> String {
    let Some(images) = images() else {
        return String::new();
    };
    let mut req = crate::fixtures::request(images.join("policy-oci"));
    req.policy = Some(PolicyFile {
        name: "imagegate.toml".into(),
        text: text.into(),
    });
    match imagegate::scan(&req) {
        Ok(_) => panic!("a bad policy was accepted"),
        Err(e) => {
            assert_eq!(e.code(), "policy-invalid");
            assert_eq!(e.exit_code(), 2);
            e.to_string()
        }
    }
}

/// Every problem of a bad policy, each with file:line:column, in one error.
#[test]
fn bad_policy_lists_every_error_with_positions() {
    let text = r#"# a policy with many mistakes
[vulnerabilities]
fail-on = "severe"
ignore-unfixed = "yes"
max-db-age = -3
ignore = [
  { id = "CVE-2024-1", expires = "2026-02-30" },
  { id = "CVE-2024-2", reason = "ok", expires = "soon" },
  { reason = "no id", until = 2026-01-01 },
]

[registries]
allowed = ["", "registry.example.com/team/*"]
latest = "deny"

[least-privilege]
root-user = "error"
allowed-setuid = ["usr/bin/passwd"]

[files]
allowed-executables = ["/app/**x"]

[base]
allowed-os = ["Debian 12"]
allowed-digests = ["sha256:abc"]

[secrets]
allow-fingerprints = ["md5:00"]
[[secrets.rules]]
id = "Bad_Id"
regex = ""

[sbom]
enabled = true
"#;
    let e = policy_error(text);
    if e.is_empty() {
        return;
    }
    insta::assert_snapshot!("bad_policy", e);
}

#[test]
fn unknown_keys_are_errors() {
    let e = policy_error(
        "[vulnerabilities]\nfial-on = \"high\"\n[least-privilege]\nroot = \"error\"\n",
    );
    if e.is_empty() {
        return;
    }
    assert!(
        e.contains(
            "imagegate.toml:2:1: unknown key `fial-on` in `vulnerabilities`; expected one of: "
        ),
        "{e}"
    );
    assert!(e.contains("fail-on"), "{e}");
    assert!(
        e.contains("imagegate.toml:4:1: unknown key `root` in `least-privilege`"),
        "{e}"
    );
    let e = policy_error("x = 1\n");
    assert!(
        e.contains("imagegate.toml:1:1: unknown key `x` at the top level"),
        "{e}"
    );
    let e = policy_error("[vulnerabilities\n");
    assert!(
        e.contains("imagegate.toml:1:") && e.contains("TOML syntax"),
        "{e}"
    );
}

/// The text report of a failing policy, as a reviewed snapshot.
#[test]
fn failing_policy_text_report() {
    let Some(images) = images() else { return };
    let mut req = crate::fixtures::request(images.join("policy-oci"));
    req.formats = vec![imagegate::Format::Text];
    req.now = imagegate::time::parse_now("2026-11-25");
    req.reference = Some("docker.io/imagegate-test/policy:latest".into());
    req.policy = Some(PolicyFile {
        name: "imagegate.toml".into(),
        text: r#"
[registries]
allowed = ["registry.example.com/"]
[least-privilege]
setuid = "error"
world-writable = "error"
[files]
allowed-executables = ["/usr/local/bin/*"]
[config]
required-labels = ["org.opencontainers.image.source", "org.opencontainers.image.version"]
healthcheck = "warning"
"#
        .into(),
    });
    let out = imagegate::scan(&req).unwrap();
    assert_eq!(out.verdict, imagegate::Verdict::Fail);
    assert_eq!(out.verdict.exit_code(), 1);
    // Only the verdict and diagnostics: the image facts are snapshotted elsewhere.
    let head: String = out.report().split("\n\n").next().unwrap().to_string();
    insta::assert_snapshot!("failing_policy_text", head);
}

/// The summary counts per check, and the JSON carries the policy source.
#[test]
fn summary_counts_per_check() {
    let Some(images) = images() else { return };
    let mut req = crate::fixtures::request(images.join("python-docker.tar"));
    req.now = imagegate::time::parse_now("2026-11-25");
    let r = imagegate::scan_report(&req).unwrap();
    assert_eq!(r.policy.source, "default");
    let lp = &r.summary.checks["least-privilege"];
    assert!(lp.enabled);
    let count = |check: &str, sev| {
        r.diagnostics
            .iter()
            .filter(|d| d.check == check && d.severity == sev)
            .count()
    };
    use imagegate::report::Severity;
    assert_eq!(lp.warnings, count("least-privilege", Severity::Warning));
    assert_eq!(lp.notes, count("least-privilege", Severity::Note));
    // root-user, and mmdebstrap's 8 /dev nodes.
    assert_eq!(lp.warnings, 9, "{lp:?}");
    let v = &r.summary.checks["vulnerabilities"];
    assert_eq!((v.errors, v.warnings), (0, 1), "no DB: {v:?}");
    let total: usize = r
        .summary
        .checks
        .values()
        .map(|c| c.errors + c.warnings + c.notes)
        .sum();
    assert_eq!(total, r.diagnostics.len());
    let json: serde_json::Value =
        serde_json::from_str(&imagegate::report::json::render(&r)).unwrap();
    assert_eq!(json["policy"]["source"], "default");
    assert_eq!(json["summary"]["checks"]["least-privilege"]["warnings"], 9);
    assert_eq!(json["verdict"], "pass");
}

/// The `[secrets]` section drives the scanner: a custom rule's level sets
/// its findings' severity, `allow-paths` drops them, and a bad regex is a
/// `policy-invalid` error at the regex's position, before the image is read.
#[test]
fn secrets_section_drives_the_scanner() {
    let Some(dir) = images() else { return };
    let scan = |policy: &str| {
        let mut req = crate::fixtures::request(dir.join("bookworm-docker.tar"));
        req.now = imagegate::time::parse_now("2026-11-25");
        req.policy = Some(PolicyFile {
            name: "p.toml".into(),
            text: policy.into(),
        });
        imagegate::scan_report(&req)
    };
    let rule = "[[secrets.rules]]\nid = \"codename\"\ntitle = \"Debian codename\"\nseverity = \"note\"\nregex = 'VERSION_CODENAME=(bookworm)'\nkeywords = [\"VERSION_CODENAME\"]\n";
    let r = scan(rule).unwrap();
    let found: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "secret-found")
        .collect();
    assert!(!found.is_empty(), "the custom rule finds os-release");
    assert!(found
        .iter()
        .all(|d| d.severity == imagegate::report::Severity::Note));
    let listed = &r.summary.checks["secrets"];
    assert!(listed.enabled && listed.notes == found.len() && listed.errors == 0);
    assert_eq!(r.verdict, imagegate::Verdict::Pass);
    let allowed = format!("[secrets]\nallow-paths = [\"/usr/lib/**\", \"/etc/**\"]\n\n{rule}");
    let r = scan(&allowed).unwrap();
    assert!(!r.diagnostics.iter().any(|d| d.code == "secret-found"));
    // Nothing found: the summary does not list the check (as before it was one).
    assert!(!r.summary.checks.contains_key("secrets"));
    let bad = "[[secrets.rules]]\nid = \"broken\"\ntitle = \"x\"\nseverity = \"error\"\nregex = 'a(b'\nkeywords = [\"a\"]\n";
    let e = scan(bad).unwrap_err();
    assert_eq!(e.kind, imagegate::ErrorKind::PolicyInvalid);
    let msg = e.to_string();
    assert!(
        msg.contains("p.toml:5:9") && msg.contains("`secrets`"),
        "{msg}"
    );
}

/// The example policy in docs/policy.md is valid (every key it shows exists).
#[test]
fn docs_example_policy_is_valid() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/policy.md"))
        .expect("docs/policy.md");
    let start = doc
        .find("## Example `imagegate.toml`")
        .expect("the example heading");
    let body = &doc[start..];
    let open = body.find("```toml\n").expect("a toml block") + "```toml\n".len();
    let close = body[open..].find("\n```").expect("its end") + open;
    let policy = PolicyFile {
        name: "docs/policy.md example".into(),
        text: body[open..close].to_string(),
    };
    if let Err(e) = imagegate::policy::Policy::load(Some(&policy), None) {
        panic!("{e}");
    }
}

/// `severity-sources`, `unknown-severity` words and `[vulnerabilities.status]`.
#[test]
fn vulnerability_rating_and_status_keys() {
    let ok = imagegate::policy::Policy::load(
        Some(&PolicyFile {
            name: "imagegate.toml".into(),
            text: r#"
[vulnerabilities]
unknown-severity = "warn"
severity-sources = ["cvss", "vendor"]
ignore-unfixed = true
[vulnerabilities.status]
end-of-life = "check"
"#
            .into(),
        }),
        None,
    );
    let cfg = match ok {
        Ok(p) => p.config.vulnerabilities,
        Err(e) => panic!("{e}"),
    };
    use imagegate::vulndb::matcher::Status;
    use imagegate::vulndb::severity::Kind;
    assert_eq!(cfg.severity_sources, [Kind::Cvss, Kind::Vendor]);
    assert!(cfg.judges(Status::Fixed) && cfg.judges(Status::EndOfLife));
    assert!(!cfg.judges(Status::Unfixed) && !cfg.judges(Status::Unimportant));
    assert_eq!(
        cfg.unknown_severity,
        imagegate::policy::diag::Level::Warning
    );
    // The default fails closed on unrated findings.
    let d = imagegate::policy::checks::vulnerabilities::cfg::Config::default();
    assert_eq!(d.unknown_severity, imagegate::policy::diag::Level::Error);
    assert_eq!(d.severity_sources, Kind::DEFAULT_ORDER);
    let Err(e) = imagegate::policy::Policy::load(
        Some(&PolicyFile {
            name: "imagegate.toml".into(),
            text: r#"
[vulnerabilities]
unknown-severity = "maybe"
severity-sources = ["vendor", "nvd", "vendor"]
[vulnerabilities.status]
unfixed = "fail"
fixed = "ignore"
"#
            .into(),
        }),
        None,
    ) else {
        panic!("a bad policy was accepted")
    };
    let e = e.to_string();
    for want in [
        "3:20: `vulnerabilities.unknown-severity` = \"maybe\" is not valid",
        "4:31: `vulnerabilities.severity-sources` = \"nvd\" is not a source",
        "4:38: `vulnerabilities.severity-sources` names \"vendor\" twice",
        "6:11: `vulnerabilities.status.unfixed` = \"fail\" is not valid; expected one of \"check\", \"ignore\"",
        "7:1: unknown key `fixed` in `vulnerabilities.status`",
    ] {
        assert!(e.contains(want), "{want:?} not in {e}");
    }
}
