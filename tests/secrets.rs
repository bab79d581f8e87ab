//! Secret detection on real images (`tests/images/build.sh`): the planted
//! fake secrets of `secrets-*` are all found with the right layer, path and
//! line, the deleted one with the layer that deleted it, the config ones
//! with their source; the clean images have none; and no report format
//! contains a planted value. Assertions never print a value: they compare
//! rule ids, locations and booleans. Skipped like the other real-image tests
//! when the images are missing (a failure with IMAGEGATE_REQUIRE_IMAGES=1).

use imagegate::Format;
use std::path::PathBuf;

fn images() -> Option<PathBuf> {
    let dir = std::env::var_os("IMAGEGATE_IMAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-images"));
    if dir.join("secrets-docker.tar").is_file() && dir.join("secrets-planted.txt").is_file() {
        return Some(dir);
    }
    if std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1") {
        panic!(
            "secrets test images missing in {}: run tests/images/build.sh",
            dir.display()
        );
    }
    eprintln!(
        "SKIP: secrets test images not found in {}; run tests/images/build.sh",
        dir.display()
    );
    None
}

/// (rule, source, layer, path or key, line, deleted_in_layer) of each finding.
type Row = (
    String,
    String,
    Option<u64>,
    String,
    Option<u64>,
    Option<u64>,
);

fn rows(v: &serde_json::Value) -> Vec<Row> {
    v["secrets"]
        .as_array()
        .expect("secrets array")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_string(),
                f["source"].as_str().unwrap_or("").to_string(),
                f["layer"].as_u64(),
                f["path"]
                    .as_str()
                    .or(f["key"].as_str())
                    .unwrap_or("")
                    .to_string(),
                f["line"].as_u64(),
                f["deleted_in_layer"].as_u64(),
            )
        })
        .collect()
}

fn row(
    rule: &str,
    source: &str,
    layer: Option<u64>,
    at: &str,
    line: Option<u64>,
    del: Option<u64>,
) -> Row {
    (rule.into(), source.into(), layer, at.into(), line, del)
}

#[test]
fn planted_secrets_found_in_every_layer_and_the_config() {
    let Some(dir) = images() else { return };
    let expected = vec![
        row("github-pat", "file", Some(1), "/app/.env", Some(2), None),
        row(
            "url-credentials",
            "file",
            Some(1),
            "/app/.env",
            Some(3),
            None,
        ),
        row(
            "aws-access-key-id",
            "file",
            Some(1),
            "/app/config/aws.ini",
            Some(2),
            Some(2),
        ),
        row(
            "aws-secret-access-key",
            "file",
            Some(1),
            "/app/config/aws.ini",
            Some(3),
            Some(2),
        ),
        row(
            "docker-config-auth",
            "file",
            Some(1),
            "/root/.docker/config.json",
            Some(4),
            None,
        ),
        row(
            "private-key",
            "file",
            Some(1),
            "/root/.ssh/id_rsa",
            Some(1),
            None,
        ),
        row("generic-secret", "env", None, "DB_PASSWORD", None, None),
        row("slack-token", "env", None, "SLACK_BOT_TOKEN", None, None),
        row(
            "npm-access-token",
            "history",
            None,
            "history[3]",
            None,
            None,
        ),
    ];
    for name in ["secrets-docker.tar", "secrets-oci"] {
        let v = crate::scan_json(&dir.join(name));
        assert_eq!(rows(&v), expected, "{name}");
        assert_eq!(v["verdict"], "fail");
        let secret_diags = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "secret-found" && d["severity"] == "error")
            .count();
        assert_eq!(secret_diags, expected.len());
        // Each file finding names its layer's diff_id.
        let layers = v["image"]["layers"].as_array().unwrap();
        for f in v["secrets"].as_array().unwrap() {
            if let Some(l) = f["layer"].as_u64() {
                assert_eq!(f["layer_diff_id"], layers[l as usize]["diff_id"]);
            }
            let fp = f["fingerprint"].as_str().unwrap();
            assert!(fp.starts_with("sha256:") && fp.len() == 71);
        }
        let deleted = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["message"]
                    .as_str()
                    .unwrap_or("")
                    .contains("present in layer 1, deleted in layer 2: still in the image")
            })
            .count();
        assert_eq!(deleted, 2);
    }
}

#[test]
fn policy_allows_by_path_fingerprint_and_rule() {
    let Some(dir) = images() else { return };
    let v = crate::scan_json(&dir.join("secrets-docker.tar"));
    let fp_of = |rule: &str| {
        v["secrets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .and_then(|f| f["fingerprint"].as_str())
            .unwrap_or("")
            .to_string()
    };
    let mut req = crate::fixtures::request(dir.join("secrets-docker.tar"));
    req.secrets.allow_paths = vec!["/app/config/*.ini".into(), "/root/.ssh/**".into()];
    req.secrets.allow_fingerprints = vec![fp_of("slack-token")];
    req.secrets.disabled_rules = vec!["npm-access-token".into()];
    let v = crate::scan_req(req);
    let left: Vec<String> = rows(&v).into_iter().map(|r| r.0).collect();
    assert_eq!(
        left,
        vec![
            "github-pat",
            "url-credentials",
            "docker-config-auth",
            "generic-secret"
        ]
    );
}

#[test]
fn clean_images_have_no_findings() {
    let Some(dir) = images() else { return };
    for name in [
        "bookworm-docker.tar",
        "multilayer-docker.tar",
        "python-docker.tar",
        "node-docker.tar",
        "go-docker.tar",
        "rust-docker.tar",
    ] {
        let p = dir.join(name);
        if !p.exists() {
            eprintln!("SKIP: {name} not built (tests/images/build.sh without --no-extra)");
            continue;
        }
        let v = crate::scan_json(&p);
        let found: Vec<(String, String)> = rows(&v).into_iter().map(|r| (r.0, r.3)).collect();
        assert_eq!(found, Vec::<(String, String)>::new(), "{name}");
        assert_eq!(v["verdict"], "pass", "{name}");
    }
}

#[test]
fn no_report_format_contains_a_planted_value() {
    let Some(dir) = images() else { return };
    let planted: Vec<String> = std::fs::read_to_string(dir.join("secrets-planted.txt"))
        .expect("secrets-planted.txt")
        .lines()
        .map(str::to_string)
        .filter(|l| l.len() >= 8)
        .collect();
    assert_eq!(planted.len(), 9);
    let formats = vec![
        Format::Json,
        Format::Text,
        Format::Cyclonedx,
        Format::Spdx,
        Format::Sarif,
        Format::Junit,
        Format::Markdown,
    ];
    for name in ["secrets-docker.tar", "secrets-oci"] {
        let mut req = crate::fixtures::request(dir.join(name));
        req.formats = formats.clone();
        let outcome = imagegate::scan(&req).expect("scan");
        assert_eq!(outcome.reports.len(), formats.len());
        for r in &outcome.reports {
            let leaked = planted
                .iter()
                .filter(|p| r.content.contains(p.as_str()))
                .count();
            assert!(
                leaked == 0,
                "{name} {:?}: {leaked} planted value(s) in the report",
                r.format
            );
        }
    }
    // The component's command line (what CI logs show): report and stderr.
    let mut out = Vec::new();
    let mut err = Vec::new();
    let args: Vec<String> = [
        "scan",
        dir.join("secrets-docker.tar").to_str().unwrap(),
        "--format=text",
        "--skip-vulnerabilities",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(imagegate::cli::run(&args, &mut out, &mut err), 1);
    let all = [out, err].concat();
    let all = String::from_utf8_lossy(&all);
    let leaked = planted.iter().filter(|p| all.contains(p.as_str())).count();
    assert!(
        leaked == 0,
        "{leaked} planted value(s) on the command line output"
    );
}

/// The trap corpus: every file of real Debian packages that look like they
/// hold secrets and don't (`tests/secrets-trap/fetch.sh`: Ruby's
/// `uri/generic.rb` and its copies, webrick, rack, bundler, axios,
/// botocore's docs with AWS's example keys, PyJWT, requests, jQuery), scanned
/// as the layer walk would (same path rules), must give no finding. Skipped
/// when the corpus is missing (a failure with IMAGEGATE_REQUIRE_IMAGES=1).
#[test]
fn trap_corpus_has_no_findings() {
    use imagegate::secrets::{CompiledSecrets, Scanner};
    let dir = std::env::var_os("IMAGEGATE_SECRETS_TRAP")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/secrets-trap"));
    if !dir.join("libruby3.1").is_dir() {
        if std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1") {
            panic!(
                "trap corpus missing in {}: run tests/secrets-trap/fetch.sh",
                dir.display()
            );
        }
        eprintln!(
            "SKIP: trap corpus not found in {}; run tests/secrets-trap/fetch.sh",
            dir.display()
        );
        return;
    }
    let cs = CompiledSecrets::builtin();
    let mut scanner = Scanner::new(&cs);
    let mut files = 0usize;
    let mut scanned = 0usize;
    let mut found: Vec<(String, String, u32)> = Vec::new();
    let mut stack = vec![dir.clone()];
    let mut packages = 0;
    while let Some(d) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&d)
            .expect("read_dir")
            .filter_map(|e| e.ok())
            .collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if d == dir && name.starts_with('.') {
                continue;
            }
            let ft = e.file_type().expect("file type");
            if ft.is_dir() {
                if d == dir {
                    packages += 1;
                }
                stack.push(p);
                continue;
            }
            if !ft.is_file() {
                continue;
            }
            files += 1;
            // The path inside the package (as in an image): drop the package dir.
            let rel = p.strip_prefix(&dir).expect("under dir");
            let rel: PathBuf = rel.components().skip(1).collect();
            let rel = rel.to_string_lossy().into_owned();
            let data = std::fs::read(&p).expect("read");
            if !scanner.begin_file(&rel, data.len() as u64) {
                continue;
            }
            scanned += 1;
            for piece in data.chunks(64 << 10) {
                scanner.feed(piece);
                if !scanner.wants_more() {
                    break;
                }
            }
            for h in scanner.finish() {
                found.push((cs.rules[h.rule].id.clone(), rel.clone(), h.line));
            }
        }
    }
    assert!(
        packages >= 9,
        "expected the 9 trap packages, found {packages}"
    );
    assert!(scanned > 1000, "only {scanned} of {files} files scanned");
    eprintln!(
        "trap corpus: {files} files, {scanned} scanned, {} findings",
        found.len()
    );
    assert_eq!(
        found,
        Vec::<(String, String, u32)>::new(),
        "findings in the trap corpus"
    );
}
