//! Scoped ignores and the OpenVEX export on a real image: the python test
//! image (`tests/images/build.sh`: layer 0 Debian minbase + python3, layer 1
//! the pip wheels) against the corpus's real PyPI advisories has urllib3
//! 1.26.5 (CVE-2023-43804, CVE-2023-45803) and idna 3.4 (CVE-2024-3651),
//! all in layer 1; the scans fail on medium, so each counts (see
//! `tests/vex.rs`). Each scope kind is tried with one entry that names
//! findings and one that names none: exactly the named findings leave the
//! verdict, every report says which entry did it (index, owner, reason),
//! and an entry that named nothing gets `vulnerability-ignore-unused`.
//! The export (`imagegate vex`) round-trips: fed back as `--vex` with no
//! ignores, the same findings are out and the verdict is the same.

use crate::vex::{codes, counted, findings, setup, vex, Setup};
use imagegate::policy::PolicyFile;
use imagegate::vex::VexFile;
use imagegate::{Format, ScanRequest};
use serde_json::Value;
use std::collections::BTreeSet;

const URLLIB3_A: &str = "CVE-2023-43804";
const URLLIB3_B: &str = "CVE-2023-45803";
const IDNA: &str = "CVE-2024-3651";
const ALL: [&str; 3] = [URLLIB3_A, URLLIB3_B, IDNA];

fn request(s: &Setup, policy: &str, vex: &[VexFile], formats: &[Format]) -> ScanRequest {
    let mut req = ScanRequest::new(&s.image);
    req.db = Some(s.db.clone());
    req.now = imagegate::time::parse_now("2026-11-25");
    req.vex = vex.to_vec();
    req.fail_on = Some(imagegate::vulndb::matcher::Level::Medium);
    req.policy = Some(PolicyFile {
        name: "imagegate.toml".into(),
        text: policy.to_string(),
    });
    let mut f = vec![Format::Json];
    f.extend(formats.iter().filter(|x| **x != Format::Json));
    req.formats = f;
    req
}

fn scan(s: &Setup, policy: &str, vex: &[VexFile], formats: &[Format]) -> (Value, Vec<String>) {
    let out = imagegate::scan(&request(s, policy, vex, formats)).unwrap_or_else(|e| panic!("{e}"));
    let v: Value = serde_json::from_str(&out.reports[0].content).unwrap();
    (
        v,
        out.reports[1..].iter().map(|r| r.content.clone()).collect(),
    )
}

/// Ids of the findings a policy ignore took out (`ignored` in the JSON).
fn ignored(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f.get("ignored").is_some())
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

fn layer(v: &Value, i: usize, key: &str) -> String {
    v["image"]["layers"][i][key].as_str().unwrap().to_string()
}

/// One entry per case; `names` = the findings it must take out (none: it is unused).
struct Case {
    what: &'static str,
    entry: String,
    extra: String,
    names: &'static [&'static str],
}

#[test]
fn each_scope_kind_ignores_exactly_what_it_names_on_a_real_image() {
    let Some(s) = setup() else { return };
    let (base, _) = scan(&s, "", &[], &[]);
    assert_eq!(counted(&base).len(), 3, "{:#}", base["diagnostics"]);
    let l0 = layer(&base, 0, "diff_id");
    let l1 = layer(&base, 1, "diff_id");
    let l1_blob = layer(&base, 1, "digest");
    let paths: BTreeSet<String> = base["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        paths
            .iter()
            .all(|p| p.starts_with("/usr/local/lib/python3.11/dist-packages/")),
        "{paths:?}"
    );
    let base_digest = format!("sha256:{}", "b".repeat(64));
    let base_images = |ids: &[&str]| {
        format!(
            "[base]\nenabled = false\n[[base.images]]\nname = \"python-base\"\ndiff-ids = {ids:?}\ndigest = \"{base_digest}\"\n"
        )
    };
    let both = base_images(&[&l0, &l1]);
    let lower = base_images(&[&l0]);
    let cases = vec![
        Case {
            what: "id",
            entry: format!("id = \"{IDNA}\""),
            extra: String::new(),
            names: &[IDNA],
        },
        Case {
            what: "id (alias)",
            entry: "id = \"PYSEC-2024-60\"".into(),
            extra: String::new(),
            names: &[IDNA],
        },
        Case {
            what: "id unmatched",
            entry: "id = \"CVE-2099-0001\"".into(),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "purl",
            entry: "id = \"*\", purl = \"pkg:pypi/urllib3\"".into(),
            extra: String::new(),
            names: &[URLLIB3_A, URLLIB3_B],
        },
        Case {
            what: "purl + id",
            entry: format!("id = \"{URLLIB3_A}\", purl = \"pkg:pypi/URLLib3@1.26.5\""),
            extra: String::new(),
            names: &[URLLIB3_A],
        },
        Case {
            what: "purl unmatched (another version)",
            entry: "id = \"*\", purl = \"pkg:pypi/urllib3@1.26.6\"".into(),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "package + versions",
            entry: "id = \"*\", package = \"urllib3\", versions = \"<1.26.17\"".into(),
            extra: String::new(),
            names: &[URLLIB3_A, URLLIB3_B],
        },
        Case {
            what: "purl + vers range",
            entry: "id = \"*\", purl = \"pkg:pypi/idna\", versions = \"vers:pypi/>=3.0|<3.7\""
                .into(),
            extra: String::new(),
            names: &[IDNA],
        },
        Case {
            what: "package + versions unmatched (not in range)",
            entry: "id = \"*\", package = \"urllib3\", versions = \">=1.26.17\"".into(),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "package + versions unmatched (a range of another scheme)",
            entry: "id = \"*\", package = \"idna\", versions = \"vers:deb/<9\"".into(),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "path",
            entry: "id = \"*\", path = \"/usr/local/lib/python3.11/dist-packages/idna-*/**\""
                .into(),
            extra: String::new(),
            names: &[IDNA],
        },
        Case {
            what: "path unmatched",
            entry: "id = \"*\", path = \"/usr/lib/python3/dist-packages/**\"".into(),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "layer (diff_id)",
            entry: format!("id = \"{URLLIB3_B}\", layer = \"{l1}\""),
            extra: String::new(),
            names: &[URLLIB3_B],
        },
        Case {
            what: "layer (blob digest)",
            entry: format!("id = \"*\", layer = \"{l1_blob}\""),
            extra: String::new(),
            names: &ALL,
        },
        Case {
            what: "layer unmatched",
            entry: format!("id = \"*\", layer = \"{l0}\""),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "base-image",
            entry: format!("id = \"*\", base-image = \"{base_digest}\""),
            extra: both.clone(),
            names: &ALL,
        },
        Case {
            what: "base-image unmatched (the findings are above the base's layers)",
            entry: format!("id = \"*\", base-image = \"{base_digest}\""),
            extra: lower,
            names: &[],
        },
        Case {
            what: "base-image unmatched (another base digest)",
            entry: format!("id = \"*\", base-image = \"sha256:{}\"", "c".repeat(64)),
            extra: both,
            names: &[],
        },
        Case {
            what: "base-image unmatched (no [[base.images]])",
            entry: format!("id = \"*\", base-image = \"{base_digest}\""),
            extra: String::new(),
            names: &[],
        },
        Case {
            what: "every key must hold (id + path of another package)",
            entry: format!(
                "id = \"{URLLIB3_A}\", path = \"/usr/local/lib/python3.11/dist-packages/idna-*/**\""
            ),
            extra: String::new(),
            names: &[],
        },
    ];
    for c in &cases {
        let policy = format!(
            "{}[vulnerabilities]\nignore = [\n  {{ {}, owner = \"team-api\", reason = \"accepted for the test\", expires = 2026-12-31 }},\n]\n",
            c.extra, c.entry
        );
        let (v, rendered) = scan(
            &s,
            &policy,
            &[],
            &[Format::Text, Format::Markdown, Format::Junit, Format::Sarif],
        );
        if c.what == "purl" {
            insta::assert_snapshot!("python_ignored_text", &rendered[0]);
            // The JSON report with `ignored` fits its shipped schema.
            let schema: Value = serde_json::from_str(
                &std::fs::read_to_string(
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("schema/imagegate-report.schema.json"),
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
            let f = &v["vulnerabilities"][0]["ignored"];
            assert_eq!(f["owner"], "team-api");
            assert_eq!(f["scope"], "purl pkg:pypi/urllib3");
        }
        let want: Vec<String> = {
            let mut w: Vec<String> = c.names.iter().map(|x| x.to_string()).collect();
            w.sort();
            w
        };
        assert_eq!(ignored(&v), want, "{}: {policy}", c.what);
        let counted_ids: Vec<String> = counted(&v).into_iter().map(|x| x.0).collect();
        let rest: Vec<String> = {
            let mut r: Vec<String> = ALL
                .iter()
                .filter(|x| !c.names.contains(x))
                .map(|x| x.to_string())
                .collect();
            r.sort();
            r
        };
        assert_eq!(counted_ids, rest, "{}", c.what);
        let notes = codes(&v, "vulnerability-ignored");
        assert_eq!(notes.len(), c.names.len(), "{}: {notes:?}", c.what);
        for n in &notes {
            assert!(
                n.contains("is ignored by vulnerabilities.ignore[0] (owner team-api) until 2026-12-31: accepted for the test"),
                "{}: {n}",
                c.what
            );
        }
        let unused = codes(&v, "vulnerability-ignore-unused");
        if c.names.is_empty() {
            assert_eq!(unused.len(), 1, "{}: {unused:?}", c.what);
            if c.what.contains("no [[base.images]]") {
                assert!(unused[0].contains("[[base.images]]"), "{}", unused[0]);
            }
        } else {
            assert!(unused.is_empty(), "{}: {unused:?}", c.what);
            // Every report says which entry took each finding out.
            let cite = "ignored by vulnerabilities.ignore[0] (owner team-api) until 2026-12-31: accepted for the test";
            for (name, r) in ["text", "markdown", "junit", "sarif"].iter().zip(&rendered) {
                let want = if *name == "markdown" {
                    imagegate::report::markdown::escape(cite)
                } else {
                    cite.to_string()
                };
                assert!(
                    r.contains(&want),
                    "{}: {name} does not cite the ignore",
                    c.what
                );
            }
            let sarif: Value = serde_json::from_str(&rendered[3]).unwrap();
            let suppressed = sarif["runs"][0]["results"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["suppressions"][0]["kind"] == "external")
                .count();
            assert_eq!(suppressed, c.names.len(), "{}", c.what);
        }
        assert_eq!(
            v["verdict"],
            if rest.is_empty() { "pass" } else { "fail" },
            "{}",
            c.what
        );
    }
}

#[test]
fn expired_and_overlapping_ignores() {
    let Some(s) = setup() else { return };
    // Expired: a warning, the finding counts; the second entry also names
    // idna but the first decides, and neither is unused.
    let policy = format!(
        "[vulnerabilities]\nignore = [\n  {{ id = \"{IDNA}\", reason = \"r0\" }},\n  {{ id = \"*\", package = \"idna\", reason = \"r1\", expires = 2026-12-31 }},\n  {{ id = \"{URLLIB3_A}\", reason = \"old\", expires = 2026-01-31 }},\n]\n"
    );
    let (v, _) = scan(&s, &policy, &[], &[]);
    assert_eq!(ignored(&v), [IDNA]);
    let f = v["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == IDNA)
        .unwrap();
    assert_eq!(f["ignored"]["index"], 0);
    assert_eq!(f["ignored"]["reason"], "r0");
    assert!(codes(&v, "vulnerability-ignore-unused").is_empty());
    let expired = codes(&v, "vulnerability-ignore-expired");
    assert!(
        expired.len() == 1 && expired[0].contains("expired on 2026-01-31"),
        "{expired:?}"
    );
    let counted_ids: Vec<String> = counted(&v).into_iter().map(|x| x.0).collect();
    assert_eq!(counted_ids, [URLLIB3_A, URLLIB3_B]);
}

#[test]
fn bad_ignore_entries_are_policy_errors_with_positions() {
    let text = r#"[vulnerabilities]
ignore = [
  { id = "CVE-1", reason = "r", expires = "2026-13-01" },
  { id = "CVE-2", reason = "r", pakage = "openssl" },
  { id = "*", reason = "r", expires = 2026-12-31 },
  { id = "*", reason = "r", purl = "pkg:deb/debian/openssl" },
  { id = "CVE-3", reason = "r", purl = "deb/openssl" },
  { id = "CVE-4", reason = "r", purl = "pkg:oci/app@sha256:abc" },
  { id = "CVE-5", reason = "r", package = "a", versions = "<=" },
  { id = "CVE-6", reason = "r", versions = "<1.0" },
  { id = "CVE-7", reason = "r", layer = "sha256:12" },
  { id = "CVE-8", reason = "r", base-image = "latest" },
  { id = "CVE-9", reason = "r", path = "usr/lib/**" },
  { id = "CVE-10", reason = "r", justification = "because" },
  { id = "CVE-11", reason = "r", purl = "pkg:deb/debian/a", package = "a" },
  { id = "CVE-12", reason = "r", owner = "" },
  { id = "CVE-13", reason = "r", package = "a", versions = "vers:nosuch/<1" },
]
"#;
    let err = imagegate::policy::Policy::load(
        Some(&PolicyFile {
            name: "imagegate.toml".into(),
            text: text.into(),
        }),
        None,
    )
    .expect_err("the policy is invalid");
    assert_eq!(err.kind, imagegate::ErrorKind::PolicyInvalid);
    let msg = err.to_string();
    for want in [
        "15 errors in the policy file",
        "imagegate.toml:3:43: `vulnerabilities.ignore[0].expires` = \"2026-13-01\" is not a date",
        "imagegate.toml:4:33: unknown key `pakage` in `vulnerabilities.ignore[1]`",
        "imagegate.toml:5:10: `vulnerabilities.ignore[2].id` = \"*\" ignores every advisory: it needs a scope",
        "imagegate.toml:6:10: `vulnerabilities.ignore[3].id` = \"*\" needs an `expires` date",
        "imagegate.toml:7:40: `vulnerabilities.ignore[4].purl` \"deb/openssl\" is not a valid purl",
        "imagegate.toml:8:40: `vulnerabilities.ignore[5].purl` \"pkg:oci/app@sha256:abc\" names an image",
        "imagegate.toml:9:59: `vulnerabilities.ignore[6].versions` \"<=\" is not a version range",
        "imagegate.toml:10:44: `vulnerabilities.ignore[7].versions` needs the package it is about",
        "imagegate.toml:11:41: `vulnerabilities.ignore[8].layer`: \"sha256:12\" is not a sha256:<64 hex> digest",
        "imagegate.toml:12:46: `vulnerabilities.ignore[9].base-image`: \"latest\" is not a sha256:<64 hex> digest",
        "imagegate.toml:13:40: `vulnerabilities.ignore[10].path`: glob \"usr/lib/**\" is invalid",
        "imagegate.toml:14:50: `vulnerabilities.ignore[11].justification` \"because\" is not an OpenVEX justification",
        "imagegate.toml:15:71: `vulnerabilities.ignore[12]` has both `purl` and `package`",
        "imagegate.toml:16:42: `vulnerabilities.ignore[13].owner` is empty",
        "imagegate.toml:17:60: `vulnerabilities.ignore[14].versions`: imagegate has no version ordering for the scheme \"nosuch\"",
    ] {
        assert!(msg.contains(want), "missing {want:?} in\n{msg}");
    }
    // `*` with a scope but no expiry, and `*` with neither.
    for (entry, want) in [
        (
            "{ id = \"*\", reason = \"r\", expires = 2026-12-31 }",
            "ignores every advisory: it needs a scope",
        ),
        (
            "{ id = \"*\", reason = \"r\", path = \"/x/**\" }",
            "needs an `expires` date",
        ),
        // A date TOML itself rejects: an error with its position too.
        (
            "{ id = \"CVE-1\", reason = \"r\", expires = 2026-02-30 }",
            "p.toml:2:",
        ),
    ] {
        let text = format!("[vulnerabilities]\nignore = [ {entry} ]\n");
        let e = imagegate::policy::Policy::load(
            Some(&PolicyFile {
                name: "p.toml".into(),
                text,
            }),
            None,
        )
        .expect_err("invalid")
        .to_string();
        assert!(e.contains(want), "{e}");
    }
}

/// What a structural check of an OpenVEX v0.2.0 document finds wrong: the
/// required fields and enums of the OpenVEX JSON schema (openvex/spec
/// `openvex_json_schema.json`), no other keys, a justification or an impact
/// statement (one of the two) for `not_affected`, an action statement for
/// `affected`, purls that parse.
fn openvex_problems(doc: &Value) -> Vec<String> {
    let mut p = Vec::new();
    let obj = doc.as_object().expect("an object");
    for k in obj.keys() {
        if ![
            "@context",
            "@id",
            "author",
            "role",
            "timestamp",
            "last_updated",
            "version",
            "tooling",
            "statements",
        ]
        .contains(&k.as_str())
        {
            p.push(format!("unknown key {k}"));
        }
    }
    for k in ["@context", "@id", "author", "timestamp"] {
        if obj.get(k).and_then(Value::as_str).unwrap_or("").is_empty() {
            p.push(format!("{k} missing"));
        }
    }
    if doc["@context"] != "https://openvex.dev/ns/v0.2.0" {
        p.push("not the v0.2.0 context".into());
    }
    if imagegate::time::parse_rfc3339(doc["timestamp"].as_str().unwrap_or("")).is_none() {
        p.push("timestamp is not RFC 3339".into());
    }
    if !doc["@id"]
        .as_str()
        .is_some_and(|s| s.contains(':') && !s.contains(' '))
    {
        p.push("@id is not an IRI".into());
    }
    if doc["version"].as_u64().unwrap_or(0) < 1 {
        p.push("version must be an integer >= 1".into());
    }
    let Some(statements) = doc["statements"].as_array().filter(|s| !s.is_empty()) else {
        p.push("statements must be a non-empty array".into());
        return p;
    };
    let purl_ok = |c: &Value, p: &mut Vec<String>, at: &str| {
        let id = c["@id"].as_str().unwrap_or("");
        if imagegate::vex::purl::Purl::parse(id).is_err() || c["identifiers"]["purl"] != id {
            p.push(format!("{at}: component {c}"));
        }
        for k in c.as_object().into_iter().flat_map(|o| o.keys()) {
            if !["@id", "identifiers", "hashes", "subcomponents"].contains(&k.as_str()) {
                p.push(format!("{at}: unknown component key {k}"));
            }
        }
    };
    for (i, s) in statements.iter().enumerate() {
        let at = format!("statement {i}");
        for k in s.as_object().unwrap().keys() {
            if ![
                "@id",
                "version",
                "vulnerability",
                "timestamp",
                "last_updated",
                "products",
                "status",
                "supplier",
                "status_notes",
                "justification",
                "impact_statement",
                "action_statement",
                "action_statement_timestamp",
            ]
            .contains(&k.as_str())
            {
                p.push(format!("{at}: unknown key {k}"));
            }
        }
        if s["vulnerability"]["name"].as_str().unwrap_or("").is_empty() {
            p.push(format!("{at}: vulnerability.name"));
        }
        if let Some(a) = s["vulnerability"]["aliases"].as_array() {
            let set: BTreeSet<&str> = a.iter().filter_map(Value::as_str).collect();
            if set.len() != a.len() {
                p.push(format!("{at}: aliases not unique strings"));
            }
        }
        let status = s["status"].as_str().unwrap_or("");
        if !["not_affected", "affected", "fixed", "under_investigation"].contains(&status) {
            p.push(format!("{at}: status {status:?}"));
        }
        let has = |k: &str| {
            s.get(k)
                .is_some_and(|v| v.as_str().is_some_and(|x| !x.is_empty()))
        };
        if status == "not_affected" && has("justification") == has("impact_statement") {
            p.push(format!(
                "{at}: not_affected needs exactly one of justification, impact_statement"
            ));
        }
        if status == "affected" && !has("action_statement") {
            p.push(format!("{at}: affected needs an action_statement"));
        }
        if let Some(j) = s["justification"].as_str() {
            if !imagegate::vex::JUSTIFICATIONS.contains(&j) {
                p.push(format!("{at}: justification {j}"));
            }
        }
        for prod in s["products"].as_array().into_iter().flatten() {
            purl_ok(prod, &mut p, &at);
            for sub in prod["subcomponents"].as_array().into_iter().flatten() {
                purl_ok(sub, &mut p, &at);
            }
        }
    }
    p
}

/// `(id, package, out of the verdict)` per finding, by VEX or by an ignore.
fn decided(v: &Value) -> Vec<(String, String, bool)> {
    let mut out: Vec<(String, String, bool)> = v["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["purl"].as_str().unwrap().to_string(),
                f["vex"]["suppressed"].as_bool().unwrap_or(false) || f.get("ignored").is_some(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_openvex_export_round_trips_on_a_real_image() {
    let Some(s) = setup() else { return };
    // urllib3 CVE-2023-43804 by a scoped ignore with a justification, idna
    // by a path ignore (its reason becomes the impact statement), urllib3
    // CVE-2023-45803 by the CycloneDX document.
    let policy = format!(
        r#"[vulnerabilities]
vex-author = "security@example.com"
ignore = [
  {{ id = "{URLLIB3_A}", purl = "pkg:pypi/urllib3", versions = "<1.26.17", owner = "team-api",
     justification = "vulnerable_code_not_in_execute_path", reason = "no cookies on redirects", expires = 2026-12-31 }},
  {{ id = "*", path = "/usr/local/lib/python3.11/dist-packages/idna-*/**", reason = "only fixed host names", expires = 2026-12-31 }},
  {{ id = "CVE-2099-0001", reason = "stale" }},
]
"#
    );
    let cdx = vex(&s, "python.cdx.json");
    let mut req = request(&s, &policy, std::slice::from_ref(&cdx), &[]);
    req.formats = vec![Format::Json, Format::OpenVex];
    let out = imagegate::scan(&req).unwrap();
    let v: Value = serde_json::from_str(&out.reports[0].content).unwrap();
    assert_eq!(v["verdict"], "pass", "{:#}", v["diagnostics"]);
    let doc_text = out.reports[1].content.clone();
    // Deterministic for the same inputs.
    assert_eq!(imagegate::scan(&req).unwrap().reports[1].content, doc_text);
    let doc: Value = serde_json::from_str(&doc_text).unwrap();
    let id = doc["@id"].as_str().unwrap().to_string();
    insta::assert_snapshot!(
        "python_openvex",
        doc_text
            .replace(&id, "urn:imagegate:vex:sha256:<content hash>")
            .replace(s.digest.trim_start_matches("sha256:"), "<manifest digest>")
            .replace(env!("CARGO_PKG_VERSION"), "<version>")
    );
    let problems = openvex_problems(&doc);
    assert!(problems.is_empty(), "{problems:#?}\n{doc_text}");
    assert_eq!(doc["author"], "security@example.com");
    assert_eq!(doc["timestamp"], "2026-11-25T00:00:00Z");
    let statements = doc["statements"].as_array().unwrap();
    assert_eq!(statements.len(), 3, "{doc_text}");
    // The product is the image by its manifest digest (purl-encoded).
    let at = format!("@{}", s.digest.replace(':', "%3A"));
    for st in statements {
        let product = st["products"][0]["@id"].as_str().unwrap();
        assert!(
            product.starts_with("pkg:oci/") && product.contains(&at),
            "{product}"
        );
    }
    let by_id = |id: &str| {
        statements
            .iter()
            .find(|st| st["vulnerability"]["name"] == id)
            .unwrap()
    };
    let a = by_id(URLLIB3_A);
    assert_eq!(a["status"], "not_affected");
    assert_eq!(a["justification"], "vulnerable_code_not_in_execute_path");
    assert!(a["status_notes"]
        .as_str()
        .unwrap()
        .contains("imagegate.toml: vulnerabilities.ignore[0] (owner team-api), until 2026-12-31"));
    assert!(a["status_notes"]
        .as_str()
        .unwrap()
        .contains("reason: no cookies on redirects"));
    assert_eq!(
        a["products"][0]["subcomponents"][0]["@id"],
        "pkg:pypi/urllib3@1.26.5"
    );
    let i = by_id(IDNA);
    assert_eq!(i["impact_statement"], "only fixed host names");
    assert!(i["vulnerability"]["aliases"]
        .as_array()
        .unwrap()
        .contains(&"PYSEC-2024-60".into()));
    let b = by_id(URLLIB3_B);
    assert!(b["status_notes"]
        .as_str()
        .unwrap()
        .contains(".vex/python.cdx.json statement 1"));

    // Fed back with no ignores: the same findings are out, the same verdict.
    let exported = VexFile {
        name: "exported.openvex.json".into(),
        text: doc_text.clone(),
    };
    let (back, _) = scan(&s, "", std::slice::from_ref(&exported), &[]);
    assert_eq!(back["verdict"], v["verdict"]);
    assert_eq!(decided(&back), decided(&v));
    assert!(decided(&back).iter().all(|d| d.2));
    assert!(back["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f.get("ignored").is_none()));
    assert!(codes(&back, "vex-statements-unused").is_empty());

    // A partial set round-trips too: the verdict stays fail, idna counts.
    let partial = "[vulnerabilities]\nignore = [ { id = \"*\", purl = \"pkg:pypi/urllib3\", reason = \"r\", expires = 2026-12-31 } ]\n";
    let mut req = request(&s, partial, &[], &[]);
    req.formats = vec![Format::Json, Format::OpenVex];
    let out = imagegate::scan(&req).unwrap();
    let v: Value = serde_json::from_str(&out.reports[0].content).unwrap();
    assert_eq!(v["verdict"], "fail");
    let doc: Value = serde_json::from_str(&out.reports[1].content).unwrap();
    assert!(openvex_problems(&doc).is_empty());
    assert!(doc["author"].as_str().unwrap().starts_with("unknown"));
    let (back, _) = scan(
        &s,
        "",
        &[VexFile {
            name: "partial.openvex.json".into(),
            text: out.reports[1].content.clone(),
        }],
        &[],
    );
    assert_eq!(back["verdict"], "fail");
    assert_eq!(decided(&back), decided(&v));
    let still: Vec<String> = counted(&back).into_iter().map(|x| x.0).collect();
    assert_eq!(still, [IDNA]);
    let _ = findings(&back);
}
