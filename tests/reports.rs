//! The report formats: SARIF validated against the official SARIF 2.1.0
//! schema, JUnit parsed back, Markdown capped and escaped, coloured text only
//! when asked, the JSON report against its shipped schema, several formats
//! from one scan (and written all-or-none by the component's CLI), and
//! snapshots of every format on the real bookworm and python images.

use crate::fixtures::*;
use crate::real_images::{corpus, images, lang_image};
use imagegate::report::{self, Diagnostic, Location, RenderOptions, Report, Severity, Verdict};
use imagegate::Format;
use jsonschema::Validator;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn validator(schema: &Value, formats: bool) -> Validator {
    jsonschema::options()
        .offline()
        .should_validate_formats(formats)
        .build(schema)
        .unwrap()
}

fn errors(v: &Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Errors against the official SARIF schema, formats asserted. The
/// schema's `run.language` pattern has a bare `]` (a literal in ECMA-262
/// regexes, refused by the `regex` format check of the draft-04
/// meta-schema); it is escaped in memory, with the same meaning. URIs are
/// also checked here as RFC 3986 references.
fn sarif_errors(doc: &Value) -> Vec<String> {
    let mut schema = load(&root().join("tests/schemas/sarif-2.1.0-rtm.5.json"));
    assert_eq!(escape_language_patterns(&mut schema), 2);
    let mut errs = errors(&validator(&schema, true), doc);
    let mut uris = Vec::new();
    collect_uris(doc, &mut uris);
    for u in uris {
        let ok = u
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b));
        if !ok || u.is_empty() {
            errs.push(format!("not a URI reference: {u:?}"));
        }
    }
    errs
}

/// Escape the bare `]` of the `language` patterns; returns how many.
fn escape_language_patterns(v: &mut Value) -> usize {
    const BARE: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match v {
        Value::Object(m) => m
            .iter_mut()
            .map(|(k, x)| {
                if k == "pattern" && x == BARE {
                    *x = BARE.replace("}]?", "}\\]?").into();
                    1
                } else {
                    escape_language_patterns(x)
                }
            })
            .sum(),
        Value::Array(a) => a.iter_mut().map(escape_language_patterns).sum(),
        _ => 0,
    }
}

fn collect_uris(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match x {
                    Value::String(s) if k == "uri" || k.ends_with("Uri") => out.push(s.clone()),
                    _ => collect_uris(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_uris(x, out)),
        _ => {}
    }
}

pub(crate) fn report_schema_errors(doc: &Value) -> Vec<String> {
    errors(
        &validator(
            &load(&root().join("schema/imagegate-report.schema.json")),
            true,
        ),
        doc,
    )
}

fn diag(
    code: &'static str,
    check: &'static str,
    severity: Severity,
    message: &str,
    location: Option<Location>,
) -> Diagnostic {
    Diagnostic {
        code,
        check,
        severity,
        message: message.to_string(),
        location,
        help: Some(format!("run `imagegate explain {code}`")),
    }
}

/// The synthetic image's report plus diagnostics of several checks, with
/// hostile text (markup, control characters, pipes) in messages and paths.
fn policy_report(dir: &Path) -> Report {
    let p = write_tar(
        dir,
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip).without_secrets()]),
    );
    let mut req = crate::fixtures::request(&p);
    req.tag = Some("app:1.0".into());
    let mut r = imagegate::scan_report(&req).unwrap();
    // Only the synthetic diagnostics below: not the default policy's.
    r.diagnostics.clear();
    r.summary.checks.clear();
    r.add_check("inventory");
    r.add_check("secrets");
    r.diagnostics.extend([
        diag(
            "package-db-corrupt",
            "inventory",
            Severity::Warning,
            "line 3: package <b>x</b> has no Version",
            Some(Location::file(0, "/var/lib/dpkg/status")),
        ),
        diag(
            "runs-as-root",
            "least-privilege",
            Severity::Error,
            "the image runs as root (no USER)",
            Some(Location::config("config.User")),
        ),
        diag(
            "setuid-file",
            "least-privilege",
            Severity::Error,
            "setuid file \u{1b}[31mred\u{1b}[0m & <script>alert(1)</script> | x",
            Some(Location::file(1, "/usr/bin/su do")),
        ),
        diag(
            "missing-healthcheck",
            "config-hygiene",
            Severity::Note,
            "no HEALTHCHECK\n::error::forged",
            None,
        ),
        diag(
            "package-db-corrupt",
            "inventory",
            Severity::Warning,
            "bad entry",
            Some(Location {
                package: Some("pkg:deb/debian/libc6@2.36?arch=amd64".into()),
                ..Location::default()
            }),
        ),
    ]);
    r.add_check("least-privilege");
    r.add_check("config-hygiene");
    r.summary.errors = 2;
    r.summary.warnings = 2;
    r.summary.notes = 1;
    r.verdict = Verdict::Fail;
    r
}

fn render(r: &Report, f: Format) -> String {
    report::render(r, f, &RenderOptions::default())
}

#[test]
fn sarif_is_valid_with_rules_locations_and_stable_fingerprints() {
    let d = tempdir();
    let r = policy_report(d.path());
    let out = render(&r, Format::Sarif);
    let v: Value = serde_json::from_str(&out).unwrap();
    let errs = sarif_errors(&v);
    assert!(errs.is_empty(), "{errs:#?}");
    let run = &v["runs"][0];
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(run["tool"]["driver"]["name"], "imagegate");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "missing-healthcheck",
            "package-db-corrupt",
            "runs-as-root",
            "setuid-file"
        ],
        "one rule per code used, sorted"
    );
    let pdc = &rules[1];
    assert!(pdc["fullDescription"]["text"]
        .as_str()
        .unwrap()
        .starts_with("A package database or manifest could not be parsed"));
    assert_eq!(pdc["defaultConfiguration"]["level"], "warning");
    assert_eq!(rules[3]["defaultConfiguration"]["level"], "error");
    assert!(pdc["helpUri"].as_str().unwrap().starts_with("https://"));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    for res in results {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], res["ruleId"]);
        assert!(res["partialFingerprints"]["imagegate/v1"].is_string());
        assert!(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
    }
    let setuid = results
        .iter()
        .find(|x| x["ruleId"] == "setuid-file")
        .unwrap();
    assert_eq!(setuid["level"], "error");
    let loc = &setuid["locations"][0];
    assert_eq!(
        loc["physicalLocation"]["artifactLocation"],
        serde_json::json!({"uri": "usr/bin/su%20do", "uriBaseId": "IMAGEROOT"})
    );
    let root_user = results
        .iter()
        .find(|x| x["ruleId"] == "runs-as-root")
        .unwrap();
    assert_eq!(
        root_user["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "app.tar",
        "config findings point at the scanned input"
    );
    assert_eq!(
        root_user["locations"][0]["logicalLocations"][0]["name"],
        "config.User"
    );
    assert_eq!(run["automationDetails"]["id"], "imagegate/app:1.0/");
    // A rebuild that moves the file to another layer keeps the fingerprint.
    let mut moved = r.clone();
    for d in &mut moved.diagnostics {
        if let Some(l) = &mut d.location {
            l.layer = l.layer.map(|x| x + 3);
        }
    }
    let w: Value = serde_json::from_str(&render(&moved, Format::Sarif)).unwrap();
    let fp = |v: &Value| -> Vec<Value> {
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["partialFingerprints"].clone())
            .collect()
    };
    assert_eq!(fp(&v), fp(&w));
    // A missing required field is caught by the schema (the test can fail).
    let mut broken = v.clone();
    broken["runs"][0]["results"][0]["message"] = serde_json::json!({});
    assert!(!sarif_errors(&broken).is_empty());
}

/// A minimal pull parser check of the JUnit XML: well-formed, counts right.
#[derive(Default, Debug)]
struct Junit {
    suites: usize,
    cases: Vec<String>,
    failures: Vec<(String, String)>,
    outs: Vec<String>,
    suite_attrs: Vec<(String, String)>,
}

fn parse_junit(xml: &str) -> Junit {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut j = Junit::default();
    let mut in_failure = false;
    let mut in_out = false;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let attrs: Vec<(String, String)> = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                            a.unescape_value().unwrap().into_owned(),
                        )
                    })
                    .collect();
                let get = |k: &str| {
                    attrs
                        .iter()
                        .find(|(n, _)| n == k)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default()
                };
                match e.name().as_ref() {
                    b"testsuite" => {
                        j.suites += 1;
                        j.suite_attrs = attrs.clone();
                    }
                    b"testcase" => j.cases.push(get("name")),
                    b"failure" => {
                        j.failures.push((get("message"), String::new()));
                        in_failure = true;
                    }
                    b"system-out" => {
                        j.outs.push(String::new());
                        in_out = true;
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                let s = t.decode().unwrap().into_owned();
                let s = quick_xml::escape::unescape(&s).unwrap().into_owned();
                if in_failure {
                    j.failures.last_mut().unwrap().1.push_str(&s);
                } else if in_out {
                    j.outs.last_mut().unwrap().push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap().into_owned();
                let s = quick_xml::escape::unescape(&format!("&{name};"))
                    .unwrap()
                    .into_owned();
                if in_failure {
                    j.failures.last_mut().unwrap().1.push_str(&s);
                } else if in_out {
                    j.outs.last_mut().unwrap().push_str(&s);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"failure" => in_failure = false,
                b"system-out" => in_out = false,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    j
}

#[test]
fn junit_parses_back_with_one_case_per_check() {
    let d = tempdir();
    let r = policy_report(d.path());
    let xml = render(&r, Format::Junit);
    assert!(
        !xml.chars()
            .any(|c| (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r')),
        "no raw control characters in XML"
    );
    let j = parse_junit(&xml);
    assert_eq!(j.suites, 1);
    assert_eq!(
        j.cases,
        ["config-hygiene", "inventory", "least-privilege", "secrets"],
        "one testcase per check that ran"
    );
    assert_eq!(j.failures.len(), 1, "{j:?}");
    let (msg, body) = &j.failures[0];
    assert_eq!(msg, "2 errors in check least-privilege");
    assert!(body.contains("error[runs-as-root] [config.User]: the image runs as root"));
    assert!(
        body.contains("\\u{1b}[31mred\\u{1b}[0m & <script>alert(1)</script> | x"),
        "{body}"
    );
    assert_eq!(j.outs.len(), 2, "warnings and notes go to system-out");
    assert!(j
        .outs
        .iter()
        .any(|o| o.contains("package <b>x</b> has no Version")));
    let attr = |k: &str| {
        j.suite_attrs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(attr("tests"), Some("4"));
    assert_eq!(attr("failures"), Some("1"));
    assert_eq!(attr("name"), Some("imagegate: app.tar"));
    // A non-passing verdict with no failing check is still not green.
    let mut odd = r.clone();
    odd.diagnostics.retain(|d| d.severity != Severity::Error);
    let j = parse_junit(&render(&odd, Format::Junit));
    assert!(j.cases.contains(&"verdict".to_string()));
}

#[test]
fn markdown_puts_the_verdict_first_escapes_and_stays_under_the_cap() {
    let d = tempdir();
    let mut r = policy_report(d.path());
    let md = render(&r, Format::Markdown);
    assert!(md.starts_with("# ❌ imagegate: FAIL\n"), "{md}");
    assert!(md.contains("| least-privilege | ❌ fail | 2 | 0 | 0 |"));
    assert!(md.contains("<details><summary>least-privilege (2)</summary>"));
    assert!(!md.contains("<script>") && !md.contains("<b>x"));
    assert!(md.contains("&lt;script&gt;"));
    assert!(!md.contains('\u{1b}'));
    assert!(!md.contains("\n::error::"), "no forged log commands");
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
    // 30,000 long diagnostics do not fit in a step summary: truncated with a note.
    let long = "x".repeat(200);
    for i in 0..30_000 {
        r.diagnostics.push(diag(
            "setuid-file",
            "least-privilege",
            Severity::Error,
            &format!("{i} {long}"),
            Some(Location::file(1, format!("/bin/f{i}"))),
        ));
    }
    let md = render(&r, Format::Markdown);
    assert!(md.len() <= 1024 * 1024, "{}", md.len());
    assert!(md.len() > 900 * 1024, "uses the room it has: {}", md.len());
    assert!(md.contains("> Truncated: "), "says it was truncated");
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
}

#[test]
fn text_is_coloured_only_when_asked() {
    let d = tempdir();
    let r = policy_report(d.path());
    let plain = render(&r, Format::Text);
    assert!(!plain.contains('\u{1b}'), "no colours by default");
    assert!(plain.contains("verdict: FAIL (2 errors"));
    let color = report::render(&r, Format::Text, &RenderOptions { color: true });
    assert!(
        color.contains("verdict: \u{1b}[1;31mFAIL\u{1b}[0m"),
        "{color}"
    );
    assert!(color.contains("\u{1b}[31mError\u{1b}[0m[runs-as-root]"));
    // Image-controlled escapes stay escaped even with colours on.
    assert!(color.contains("\\u{1b}[31mred"));
}

#[test]
fn one_scan_renders_every_requested_format() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip)]),
    );
    let mut req = crate::fixtures::request(&p);
    req.tag = Some("app:1.0".into());
    req.formats = vec![Format::Sarif, Format::Json, Format::Markdown];
    let out = imagegate::scan(&req).unwrap();
    let got: Vec<Format> = out.reports.iter().map(|r| r.format).collect();
    assert_eq!(got, req.formats, "in the requested order");
    for r in &out.reports {
        let mut one = req.clone();
        one.formats = vec![r.format];
        assert_eq!(imagegate::scan(&one).unwrap().report(), r.content);
    }
    req.formats = vec![Format::Json, Format::Json];
    let (kind, msg) = crate::scan_err(req.clone());
    assert_eq!(kind, imagegate::ErrorKind::Usage, "{msg}");
    req.formats = vec![];
    assert_eq!(crate::scan_err(req).0, imagegate::ErrorKind::Usage);
    assert_eq!(
        Format::parse_list("json, sarif,junit").unwrap(),
        [Format::Json, Format::Sarif, Format::Junit]
    );
    assert!(Format::parse_list("json,xml").is_err());
    assert!(Format::parse_list("json,json").is_err());
}

#[test]
fn component_cli_writes_every_format_into_the_output_dir() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip).without_secrets()]),
    );
    let out_dir = d.path().join("out");
    let args = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let image = p.to_str().unwrap();
    let dir = out_dir.to_str().unwrap();
    let all = Format::ALL.map(Format::name).join(",");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = imagegate::cli::run(
        &args(&[
            "scan",
            image,
            "--tag",
            "app:1.0",
            "--format",
            &all,
            "--output-dir",
            dir,
            "--skip-vulnerabilities",
        ]),
        &mut out,
        &mut err,
    );
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    assert!(out.is_empty(), "nothing on stdout");
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "imagegate.cdx.json",
            "imagegate.json",
            "imagegate.junit.xml",
            "imagegate.md",
            "imagegate.sarif",
            "imagegate.spdx.json",
            "imagegate.txt"
        ],
        "one file per format, no temporary files left"
    );
    let sarif = load(&out_dir.join("imagegate.sarif"));
    assert!(sarif_errors(&sarif).is_empty());
    // Several formats need a directory; --output and --output-dir exclude each other.
    for bad in [
        &["scan", image, "--format", "json,sarif"][..],
        &["scan", image, "--output", "x", "--output-dir", dir],
        &["scan", image, "--format", "json,bogus", "--output-dir", dir],
    ] {
        let mut err = Vec::new();
        assert_eq!(
            imagegate::cli::run(&args(bad), &mut Vec::new(), &mut err),
            2
        );
        assert!(String::from_utf8_lossy(&err).contains("error[usage]"));
    }
    // A scan that cannot decide writes nothing.
    let empty = d.path().join("empty");
    let broken = d.path().join("broken.tar");
    std::fs::write(&broken, b"not a tar").unwrap();
    let code = imagegate::cli::run(
        &args(&[
            "scan",
            broken.to_str().unwrap(),
            "--format",
            "json,sarif",
            "--output-dir",
            empty.to_str().unwrap(),
        ]),
        &mut Vec::new(),
        &mut Vec::new(),
    );
    assert_eq!(code, 2);
    assert!(!empty.exists());
}

/// A DB built from the corpus's OSV files (as `real_images` does).
fn corpus_db(dir: &Path) -> Option<PathBuf> {
    let corpus = corpus()?;
    let db = dir.join("corpus.db");
    let sources: Vec<PathBuf> = ["Go", "PyPI", "crates.io", "Maven"]
        .iter()
        .map(|e| corpus.join(format!("osv/{e}.jsonl")))
        .collect();
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&sources, &mut out, "2026-11-25T00:00:00Z").unwrap();
    Some(db)
}

#[test]
fn json_reports_match_the_shipped_schema() {
    let d = tempdir();
    let r = policy_report(d.path());
    let v: Value = serde_json::from_str(&render(&r, Format::Json)).unwrap();
    let errs = report_schema_errors(&v);
    assert!(errs.is_empty(), "{errs:#?}");
    let mut bad = v.clone();
    bad["verdict"] = "maybe".into();
    bad["diagnostics"][0]["severity"] = "fatal".into();
    assert_eq!(report_schema_errors(&bad).len(), 2);
    let Some(dir) = images() else { return };
    let v = crate::scan_json(&dir.join("bookworm-docker.tar"));
    let errs = report_schema_errors(&v);
    assert!(errs.is_empty(), "bookworm: {errs:#?}");
    let (Some(python), Some(db)) = (lang_image("python-docker.tar"), corpus_db(d.path())) else {
        return;
    };
    let mut req = crate::fixtures::request(&python);
    req.db = Some(db);
    req.skip_vulnerabilities = req.db.is_none();
    let v = crate::scan_req(req);
    assert!(!v["vulnerabilities"].as_array().unwrap().is_empty());
    let errs = report_schema_errors(&v);
    assert!(errs.is_empty(), "python: {errs:#?}");
}

/// Mask what follows the Debian mirror rather than imagegate: digests,
/// sizes and entry counts, package versions.
fn mask(s: &str, versions: &[String]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("sha256:") {
        out.push_str(&rest[..i + 7]);
        let tail = &rest[i + 7..];
        if tail.len() >= 64 && tail[..64].bytes().all(|b| b.is_ascii_hexdigit()) {
            out.push_str("[digest]");
            rest = &tail[64..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    // The SPDX namespace ends in the config digest's hex, the CycloneDX
    // serial number is a UUID derived from it.
    let mut out = mask_after(&out, "-", 64, "[hex]");
    out = mask_after(&out, "urn:uuid:", 36, "[uuid]");
    for v in versions {
        out = out.replace(&format!("\"{v}\""), "\"[version]\"");
        out = out.replace(&format!("@{v}"), "@[version]");
        out = out.replace(&format!("%40{v}"), "%40[version]");
    }
    out
}

/// Replace the `len` hex digits or dashes after each `marker`.
fn mask_after(s: &str, marker: &str, len: usize, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(marker) {
        let cut = i + marker.len();
        out.push_str(&rest[..cut]);
        let tail = &rest[cut..];
        let is_hex = |b: u8| b.is_ascii_hexdigit() || (len == 36 && b == b'-');
        if tail.len() >= len && tail.as_bytes()[..len].iter().all(|&b| is_hex(b)) {
            out.push_str(with);
            rest = &tail[len..];
        } else {
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Mask the numbers on size/count lines of the text report and JSON fields.
fn mask_numbers(s: &str) -> String {
    const KEYS: [&str; 11] = [
        "size",
        "uncompressed_size",
        "entries",
        "files",
        "directories",
        "symlinks",
        "removed_from_lower",
        "final_entries",
        "final_files",
        "file_count",
        "point_release",
    ];
    s.lines()
        .map(|l| {
            let t = l.trim_start();
            let json_key = KEYS.iter().any(|k| t.starts_with(&format!("\"{k}\": ")));
            let text_line = t.starts_with("layers:")
                || t.starts_with('#')
                || t.starts_with("packages:")
                || t.starts_with("os:");
            if json_key || text_line {
                l.chars()
                    .map(|c| if c.is_ascii_digit() { '0' } else { c })
                    .collect()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn real_image_snapshots_of_every_format() {
    let Some(dir) = images() else { return };
    let mut req = crate::fixtures::request(dir.join("bookworm-docker.tar"));
    req.formats = Format::ALL.to_vec();
    let first = imagegate::scan(&req).unwrap();
    let again = imagegate::scan(&req).unwrap();
    assert_eq!(
        first.reports, again.reports,
        "byte-identical on a second run"
    );
    let report = imagegate::scan_report(&req).unwrap();
    let mut versions: Vec<String> = report
        .packages
        .iter()
        .flat_map(|p| {
            [
                p.version.clone(),
                p.source_version.clone().unwrap_or_default(),
            ]
        })
        .filter(|v| !v.is_empty())
        // purls carry the version without its epoch (`epoch=1` qualifier).
        .flat_map(|v| match v.split_once(':') {
            Some((_, bare)) => vec![v.clone(), bare.to_string()],
            None => vec![v],
        })
        .collect();
    // Longest first, so no version masks part of a longer one.
    versions.sort_by_key(|v| std::cmp::Reverse(v.len()));
    versions.dedup();
    for r in &first.reports {
        let name = format!("bookworm_{}", r.format.name());
        insta::assert_snapshot!(name, mask_numbers(&mask(&r.content, &versions)));
        if r.format == Format::Sarif {
            let errs = sarif_errors(&serde_json::from_str(&r.content).unwrap());
            assert!(errs.is_empty(), "{errs:#?}");
        }
    }
    let d = tempdir();
    let (Some(python), Some(db)) = (lang_image("python-docker.tar"), corpus_db(d.path())) else {
        return;
    };
    let mut req = crate::fixtures::request(&python);
    req.db = Some(db);
    req.skip_vulnerabilities = req.db.is_none();
    req.formats = vec![
        Format::Sarif,
        Format::Junit,
        Format::Markdown,
        Format::Text,
        Format::Json,
    ];
    let out = imagegate::scan(&req).unwrap();
    for r in out.reports.iter().filter(|r| r.format != Format::Json) {
        let name = format!("python_db_{}", r.format.name());
        insta::assert_snapshot!(name, mask_numbers(&mask(&r.content, &[])));
    }
    // The JSON report with findings (ids, records, status, severity source) fits the schema.
    let json: Value = serde_json::from_str(&out.reports[4].content).unwrap();
    let errs = report_schema_errors(&json);
    assert!(errs.is_empty(), "{errs:#?}");
    assert_eq!(json["vulnerabilities"][0]["status"], "fixed");
    let sarif: Value = serde_json::from_str(&out.reports[0].content).unwrap();
    let errs = sarif_errors(&sarif);
    assert!(errs.is_empty(), "{errs:#?}");
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    let advisories = results
        .iter()
        .filter(|r| r["ruleId"].as_str().unwrap().starts_with("CVE-"))
        .count();
    assert_eq!(advisories, 3, "one result per advisory");
    let rule = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "CVE-2024-3651")
        .expect("a rule per advisory");
    // The rule lists the advisory's other ids (the PYSEC record).
    assert!(
        rule["properties"]["aliases"]
            .as_array()
            .unwrap()
            .contains(&"PYSEC-2024-60".into()),
        "{rule}"
    );
    assert!(
        rule["properties"]["security-severity"].is_string(),
        "{rule}"
    );
    assert!(rule["properties"]["tags"]
        .as_array()
        .unwrap()
        .contains(&"security".into()));
    // A policy diagnostic about an advisory folds into that advisory's result.
    let mut r = imagegate::scan_report(&req).unwrap();
    let v = r.vulnerabilities.as_ref().unwrap()[0].clone();
    r.diagnostics.push(Diagnostic {
        code: "vulnerability",
        check: "vulnerabilities",
        severity: Severity::Error,
        message: format!("{} is at or above fail-on", v.finding.id),
        location: Some(Location {
            layer: Some(v.layer),
            path: Some(v.path.clone()),
            package: Some(v.purl.clone()),
            config: None,
        }),
        help: None,
    });
    let folded: Value = serde_json::from_str(&render(&r, Format::Sarif)).unwrap();
    let results = folded["runs"][0]["results"].as_array().unwrap();
    let advisories = results
        .iter()
        .filter(|r| r["ruleId"].as_str().unwrap().starts_with("CVE-"))
        .count();
    assert_eq!(
        advisories, 3,
        "a diagnostic about an advisory folds into its result"
    );
    let hit = results
        .iter()
        .find(|x| x["ruleId"] == v.finding.id.as_str())
        .unwrap();
    assert_eq!(hit["level"], "error");
    assert!(sarif_errors(&folded).is_empty());
    // A diagnostic naming the advisory by another id (its PYSEC record)
    // folds into the same result.
    let mut r = imagegate::scan_report(&req).unwrap();
    let v = r.vulnerabilities.as_ref().unwrap()[0].clone();
    let alias = v.finding.records[0].clone();
    assert_ne!(alias, v.finding.id);
    r.diagnostics.push(Diagnostic {
        code: "vulnerability-ignored",
        check: "vulnerabilities",
        severity: Severity::Note,
        message: format!("{alias} is ignored: not reachable"),
        location: Some(Location {
            layer: Some(v.layer),
            path: Some(v.path.clone()),
            package: Some(v.purl.clone()),
            config: None,
        }),
        help: None,
    });
    let folded: Value = serde_json::from_str(&render(&r, Format::Sarif)).unwrap();
    let results = folded["runs"][0]["results"].as_array().unwrap();
    assert!(results
        .iter()
        .all(|x| x["ruleId"] != "vulnerability-ignored"));
    let hit = results
        .iter()
        .find(|x| x["ruleId"] == v.finding.id.as_str())
        .unwrap();
    assert!(hit["message"]["text"]
        .as_str()
        .unwrap()
        .contains("vulnerability-ignored"));
}

#[test]
fn policy_report_snapshots() {
    let d = tempdir();
    let r = policy_report(d.path());
    for f in [Format::Sarif, Format::Junit, Format::Markdown, Format::Text] {
        let name = format!("policy_{}", f.name());
        insta::assert_snapshot!(name, mask(&render(&r, f), &[]));
    }
}

/// The JS hosts' report formats and file names (`REPORT_FILES` in
/// pipelines/shared/gate.js, the one place the adapters define them) are the
/// component's: `Format::ALL`, its names and its `--output-dir` file names.
#[test]
fn js_hosts_name_report_files_as_the_component_does() {
    let js = std::fs::read_to_string(root().join("pipelines/shared/gate.js")).unwrap();
    let block = js
        .split_once("export const REPORT_FILES = Object.freeze({")
        .and_then(|(_, rest)| rest.split_once("});"))
        .map(|(block, _)| block)
        .expect("REPORT_FILES in gate.js");
    let js_files: Vec<(String, String)> = block
        .lines()
        .filter_map(|l| {
            let (k, v) = l.trim().trim_end_matches(',').split_once(": ")?;
            Some((k.to_string(), v.trim_matches('\'').to_string()))
        })
        .collect();
    let component: Vec<(String, String)> = Format::ALL
        .iter()
        .map(|f| (f.name().to_string(), f.file_name().to_string()))
        .collect();
    assert_eq!(js_files, component);
}
