//! VEX parsing and matching, on the formats' own example documents
//! (`tests/data/vex/spec/`, see its README for where each comes from) and
//! on documents written here.

use super::apply::{apply, Image};
use super::*;
use crate::vulndb::matcher::{Finding, Severity};
use crate::vulndb::scan::Vulnerability;

fn spec(name: &str) -> VexFile {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/vex/spec")
        .join(name);
    VexFile {
        name: name.to_string(),
        text: std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

fn doc(name: &str, text: &str) -> VexFile {
    VexFile {
        name: name.to_string(),
        text: text.to_string(),
    }
}

fn err(f: &VexFile) -> String {
    match parse(f) {
        Ok(d) => panic!("{} parsed: {d:?}", f.name),
        Err(e) => {
            assert_eq!(e.code(), "vex-invalid");
            e.to_string()
        }
    }
}

#[test]
fn the_formats_own_examples() {
    // OpenVEX v0.2.0 (vexctl's demo): a fixed statement for two apk purls.
    let d = parse(&spec("openvex-demo.vex.json")).unwrap();
    assert_eq!(d.format, Format::OpenVex);
    assert_eq!(d.statements.len(), 1);
    let s = &d.statements[0];
    assert_eq!(
        (s.vulnerability.as_str(), s.status),
        ("CVE-2014-123456", Status::Fixed)
    );
    assert_eq!(s.products.len(), 2);
    assert_eq!(
        s.products[1]
            .purl
            .qualifiers
            .get("arch")
            .map(String::as_str),
        Some("x86_64")
    );
    assert!(s.timestamp.is_some());
    // The v0.0.x form: strings for the vulnerability and products.
    let d = parse(&spec("openvex-v001-1.vex.json")).unwrap();
    let s = &d.statements[0];
    assert_eq!(
        (s.vulnerability.as_str(), s.status),
        ("CVE-1234-5678", Status::UnderInvestigation)
    );
    assert_eq!(s.products[0].purl.name, "bash");
    let d = parse(&spec("openvex-v020-1.vex.json")).unwrap();
    assert_eq!(d.statements[0].vulnerability, "CVE-9876-54321");
    // CSAF VEX with a purl (vexctl's example): known_not_affected with its impact.
    let d = parse(&spec("csaf-vexctl-example.json")).unwrap();
    assert_eq!(d.format, Format::Csaf);
    let s = &d.statements[0];
    assert_eq!(
        (s.vulnerability.as_str(), s.status),
        ("CVE-2009-4487", Status::NotAffected)
    );
    assert_eq!(
        s.products[0].purl.to_canonical(),
        "pkg:generic/component1@1.3.4"
    );
    assert_eq!(
        s.impact.as_deref(),
        Some("Class with vulnerable code was removed before shipping.")
    );
    // The CISA use cases name products only by name: nothing imagegate can
    // match, so the document is refused rather than silently doing nothing.
    let e = err(&spec("csaf-2022-evd-uc-01-na-001.json"));
    assert!(
        e.contains("names no product imagegate can identify")
            && e.contains("Example Company ABC 4.2"),
        "{e}"
    );
    let e = err(&spec("cyclonedx-case1-not_affected.json"));
    assert!(
        e.contains("cyclonedx-case1-not_affected.json") && e.contains("product-ABC"),
        "{e}"
    );
}

/// The examples of the OpenVEX specification (openvex/spec) and of
/// CycloneDX's VEX examples (CycloneDX/bom-examples), applied to findings
/// they do and do not name.
#[test]
fn the_specifications_examples_apply_to_exactly_what_they_name() {
    // The spec's minimal document: git 2.39.0-r1 fixed, for two arches.
    let d = parse(&spec("openvex-spec-minimal.json")).unwrap();
    assert_eq!(
        d.id.as_deref(),
        Some("https://openvex.dev/docs/example/vex-9fb3463de1b57")
    );
    assert_eq!(d.statements[0].timestamp, timestamp("2023-01-09T00:02:03Z"));
    let git = |id: &str, purl: &str, v: &str| finding(id, &[], purl, "git", v);
    let mut vs = vec![
        git(
            "CVE-2023-12345",
            "pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64",
            "2.39.0-r1",
        ),
        git(
            "CVE-2023-12345",
            "pkg:apk/wolfi/git@2.39.0-r1?arch=aarch64",
            "2.39.0-r1",
        ),
        git(
            "CVE-2023-12345",
            "pkg:apk/wolfi/git@2.39.0-r2?arch=x86_64",
            "2.39.0-r2",
        ),
        git(
            "CVE-2023-12345",
            "pkg:apk/alpine/git@2.39.0-r1?arch=x86_64",
            "2.39.0-r1",
        ),
        git(
            "CVE-2023-99999",
            "pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64",
            "2.39.0-r1",
        ),
    ];
    apply(&[d], &image(), &[], &mut vs);
    let suppressed: Vec<bool> = vs.iter().map(|v| v.suppressed_by_vex()).collect();
    // Only the x86_64 build of that version in wolfi, for that CVE.
    assert_eq!(suppressed, [true, false, false, false, false]);
    assert_eq!(vs[0].vex.as_ref().map(|d| d.status), Some(Status::Fixed));
    assert!(vs[1..].iter().all(|v| v.vex.is_none()));
    // under_investigation keeps the finding and shows the statement.
    let d = parse(&spec("openvex-spec-inheritance-1.json")).unwrap();
    let mut vs = vec![git(
        "CVE-2023-12345",
        "pkg:apk/wolfi/git@2.39.0-r1?arch=armv7",
        "2.39.0-r1",
    )];
    apply(&[d], &image(), &[], &mut vs);
    let dec = vs[0].vex.as_ref().unwrap();
    assert_eq!(
        (dec.status, dec.suppressed),
        (Status::UnderInvestigation, false)
    );
    assert_eq!(
        dec.statements[0].cite(),
        "openvex-spec-inheritance-1.json statement 1"
    );
    // Two of the spec's examples are not valid JSON (trailing commas, a
    // missing comma): refused, naming the file and the place.
    for (f, at) in [
        ("openvex-spec-inheritance-2.json", "line 16"),
        ("openvex-spec-spring.json", "line 23"),
    ] {
        let e = err(&spec(f));
        assert!(
            e.contains(f) && e.contains("not valid JSON") && e.contains(at),
            "{e}"
        );
    }
    // CycloneDX's VEX example: a BOM-Link to a maven purl with `type=jar`
    // (the maven default, so it names imagegate's `pkg:maven/...` purl).
    let d = parse(&spec("cyclonedx-vex.json")).unwrap();
    assert_eq!(d.format, Format::CycloneDx);
    let s = &d.statements[0];
    assert_eq!(
        (s.vulnerability.as_str(), s.status),
        ("CVE-2020-25649", Status::NotAffected)
    );
    assert_eq!(s.aliases, ["SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302"]);
    assert_eq!(s.justification.as_deref(), Some("code_not_reachable"));
    let jd = |v: &str| {
        finding(
            "CVE-2020-25649",
            &["GHSA-288c-cq4h-88gq"],
            &format!("pkg:maven/com.fasterxml.jackson.core/jackson-databind@{v}"),
            "com.fasterxml.jackson.core:jackson-databind",
            v,
        )
    };
    let mut vs = vec![
        jd("2.10.0"),
        jd("2.10.5.1"),
        finding(
            "CVE-2020-25649",
            &[],
            "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.0?type=pom",
            "x",
            "2.10.0",
        ),
    ];
    apply(&[d], &image(), &[], &mut vs);
    let suppressed: Vec<bool> = vs.iter().map(|v| v.suppressed_by_vex()).collect();
    assert_eq!(suppressed, [true, false, false]);
    let why = vs[0].vex.as_ref().unwrap().statements[0].why();
    assert!(
        why.starts_with("code_not_reachable: Automated dataflow analysis"),
        "{why}"
    );
}

#[test]
fn bad_documents_are_errors_naming_the_file_and_statement() {
    let ov = |stmt: &str| {
        doc(
            "bad.openvex.json",
            &format!(
                r#"{{"@context":"https://openvex.dev/ns/v0.2.0","@id":"x","author":"a","timestamp":"2024-01-01T00:00:00Z","version":1,"statements":[{stmt}]}}"#
            ),
        )
    };
    let cases = [
        (doc("a.json", "{not json"), "not valid JSON"),
        (doc("a.json", "[]"), "not a JSON object"),
        (doc("a.json", r#"{"hello":1}"#), "not an OpenVEX"),
        (
            ov(
                r#"{"vulnerability":{"name":"CVE-1"},"products":[{"@id":"pkg:pypi/a@1"}],"status":"maybe"}"#,
            ),
            "statement 1: unknown status \"maybe\"",
        ),
        (
            ov(r#"{"vulnerability":{"name":"CVE-1"},"status":"fixed"}"#),
            "statement 1 names no product",
        ),
        (
            ov(r#"{"vulnerability":{"name":"CVE-1"},"products":[],"status":"fixed"}"#),
            "statement 1 names no product",
        ),
        (
            ov(r#"{"products":[{"@id":"pkg:pypi/a@1"}],"status":"fixed"}"#),
            "statement 1 names no vulnerability",
        ),
        (
            ov(
                r#"{"vulnerability":{"name":"CVE-1"},"products":[{"@id":"pkg:pypi/a@1"}],"status":"not_affected","justification":"because"}"#,
            ),
            "unknown justification \"because\"",
        ),
        (
            ov(
                r#"{"vulnerability":{"name":"CVE-1"},"products":[{"@id":"cpe:/a:x:y:1"}],"status":"fixed"}"#,
            ),
            "names no product imagegate can identify",
        ),
        (
            ov(
                r#"{"vulnerability":{"name":"CVE-1"},"products":[{"@id":"pkg:%zz/a"}],"status":"fixed"}"#,
            ),
            "statement 1: \"pkg:%zz/a\" is not a valid purl",
        ),
        (
            ov(
                r#"{"vulnerability":{"name":"CVE-1"},"products":[{"@id":"pkg:pypi/a@1"},{"@id":"pkg:/a"}],"status":"fixed"}"#,
            ),
            "statement 1: \"pkg:/a\" is not a valid purl",
        ),
        (
            doc(
                "c.json",
                r#"{"bomFormat":"CycloneDX","specVersion":"1.5","vulnerabilities":[{"id":"CVE-1","analysis":{"state":"wontfix"},"affects":[{"ref":"pkg:pypi/a@1"}]}]}"#,
            ),
            "unknown analysis.state \"wontfix\"",
        ),
        (
            doc(
                "c.json",
                r#"{"bomFormat":"CycloneDX","specVersion":"1.5","vulnerabilities":[{"id":"CVE-1","affects":[{"ref":"pkg:pypi/a@1"}]}]}"#,
            ),
            "has no analysis",
        ),
        (
            doc(
                "c.json",
                r#"{"bomFormat":"CycloneDX","specVersion":"1.5","vulnerabilities":[{"id":"CVE-1","analysis":{"state":"not_affected"}}]}"#,
            ),
            "names no product",
        ),
        (
            doc(
                "c.json",
                r#"{"bomFormat":"CycloneDX","specVersion":"1.5","vulnerabilities":[{"id":"CVE-1","analysis":{"state":"not_affected"},"affects":[{"ref":"pkg:pypi/a","versions":[{"range":"<1.0"}]}]}]}"#,
            ),
            "a version range must start with `vers:`",
        ),
        (
            doc(
                "s.json",
                r#"{"document":{"category":"csaf_vex","csaf_version":"2.0"},"product_tree":{"full_product_names":[{"product_id":"P","name":"a","product_identification_helper":{"purl":"pkg:pypi/a@1"}}]},"vulnerabilities":[{"cve":"CVE-1","product_status":{"known_maybe":["P"]}}]}"#,
            ),
            "unknown product_status \"known_maybe\"",
        ),
        (
            doc(
                "s.json",
                r#"{"document":{"category":"csaf_vex","csaf_version":"2.0"},"vulnerabilities":[{"cve":"CVE-1"}]}"#,
            ),
            "has no product_status",
        ),
    ];
    for (f, want) in cases {
        let e = err(&f);
        assert!(e.contains(&f.name) && e.contains(want), "{e} (want {want})");
    }
}

fn finding(id: &str, aliases: &[&str], purl: &str, package: &str, version: &str) -> Vulnerability {
    Vulnerability {
        finding: Finding {
            id: id.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            records: Vec::new(),
            ecosystem: "PyPI".into(),
            package: package.into(),
            installed: version.into(),
            fixed: vec!["9.9".into()],
            status: crate::vulndb::matcher::Status::Fixed,
            fix_availability: None,
            severity: Severity::unknown(),
            summary: None,
            references: Vec::new(),
        },
        purl: purl.into(),
        layer: 1,
        path: "/x".into(),
        known_exploited: None,
        epss: None,
        vex: None,
        ignored: None,
    }
}

const DIGEST: &str = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

fn image() -> Image {
    Image {
        manifest_digest: Some(DIGEST.into()),
        config_digest: "sha256:2222222222222222222222222222222222222222222222222222222222222222"
            .into(),
        references: vec!["registry.example.com/team/app:1.0".into()],
    }
}

fn openvex(statements: &str) -> VexFile {
    doc(
        "app.openvex.json",
        &format!(
            r#"{{"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://example.com/vex/1","author":"sec@example.com","timestamp":"2024-05-01T10:00:00Z","version":1,"statements":[{statements}]}}"#
        ),
    )
}

#[test]
fn statements_apply_only_to_what_they_name() {
    let img = format!("pkg:oci/app@{}", DIGEST.replace(':', "%3A"));
    let d = parse(&openvex(&format!(
        r#"{{"vulnerability":{{"name":"CVE-2023-43804"}},"products":[{{"@id":"{img}","subcomponents":[{{"@id":"pkg:pypi/urllib3@1.26.5"}}]}}],"status":"not_affected","justification":"vulnerable_code_not_in_execute_path"}},
           {{"vulnerability":{{"name":"GHSA-g4mx-q9vg-27p4"}},"products":[{{"@id":"pkg:pypi/urllib3@1.26.5"}}],"status":"fixed"}},
           {{"vulnerability":{{"name":"CVE-2024-3651"}},"products":[{{"@id":"pkg:pypi/idna@3.7"}}],"status":"not_affected","justification":"component_not_present"}},
           {{"vulnerability":{{"name":"CVE-2024-3651"}},"products":[{{"@id":"pkg:oci/app@sha256%3A3333333333333333333333333333333333333333333333333333333333333333","subcomponents":[{{"@id":"pkg:pypi/idna"}}]}}],"status":"not_affected","justification":"component_not_present"}},
           {{"vulnerability":{{"name":"CVE-2099-0001"}},"products":[{{"@id":"pkg:oci/app?repository_url=registry.example.com/team/app"}}],"status":"affected","action_statement":"upgrade"}}"#
    )))
    .unwrap();
    let mut vulns = vec![
        finding(
            "CVE-2023-43804",
            &["PYSEC-2023-192", "GHSA-v845-jxx5-vc9f"],
            "pkg:pypi/urllib3@1.26.5",
            "urllib3",
            "1.26.5",
        ),
        finding(
            "CVE-2023-45803",
            &["GHSA-g4mx-q9vg-27p4"],
            "pkg:pypi/urllib3@1.26.5",
            "urllib3",
            "1.26.5",
        ),
        finding("CVE-2024-3651", &[], "pkg:pypi/idna@3.4", "idna", "3.4"),
        finding("CVE-2099-0001", &[], "pkg:pypi/idna@3.4", "idna", "3.4"),
    ];
    let out = apply(&[d], &image(), &[], &mut vulns);
    let got: Vec<(bool, Option<&str>)> = vulns
        .iter()
        .map(|v| {
            (
                v.vex.as_ref().is_some_and(|d| d.suppressed),
                v.vex.as_ref().map(|d| d.status.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (true, Some("not_affected")), // the image's subcomponent, by digest
            (true, Some("fixed")),        // by an alias of the finding
            (false, None),                // another version, another image: not named
            (false, Some("affected")),    // the image by repository: kept
        ]
    );
    let a = &vulns[0].vex.as_ref().unwrap().statements[0];
    assert_eq!(a.cite(), "app.openvex.json statement 1");
    assert_eq!(
        a.justification.as_deref(),
        Some("vulnerable_code_not_in_execute_path")
    );
    assert_eq!(out.documents[0].unused, [3, 4]);
    assert_eq!(out.documents[0].applied, 3);
}

#[test]
fn conflicts_keep_the_finding_and_later_statements_win() {
    let p = "pkg:pypi/urllib3@1.26.5";
    let v = || vec![finding("CVE-2023-43804", &[], p, "urllib3", "1.26.5")];
    let st = |status: &str, ts: &str| {
        format!(
            r#"{{"vulnerability":{{"name":"CVE-2023-43804"}},"products":[{{"@id":"{p}"}}],"status":"{status}","timestamp":"{ts}","justification":"component_not_present","action_statement":"x"}}"#
        )
    };
    // One document: the later statement decides.
    let d = parse(&openvex(
        &[
            st("under_investigation", "2024-01-01T00:00:00Z"),
            st("not_affected", "2024-02-01T00:00:00+01:00"),
        ]
        .join(","),
    ))
    .unwrap();
    let mut vs = v();
    apply(&[d], &image(), &[], &mut vs);
    assert!(vs[0].vex.as_ref().unwrap().suppressed);
    let d = parse(&openvex(
        &[
            st("not_affected", "2024-03-01T00:00:00Z"),
            st("affected", "2024-02-01T00:00:00Z"),
        ]
        .join(","),
    ))
    .unwrap();
    let mut vs = v();
    apply(&[d], &image(), &[], &mut vs);
    assert!(
        vs[0].vex.as_ref().unwrap().suppressed,
        "the earlier affected is replaced"
    );
    // Same date, different statuses: a conflict, kept.
    let d = parse(&openvex(
        &[
            st("not_affected", "2024-03-01T00:00:00Z"),
            st("affected", "2024-03-01T00:00:00Z"),
        ]
        .join(","),
    ))
    .unwrap();
    let mut vs = v();
    apply(&[d], &image(), &[], &mut vs);
    let dec = vs[0].vex.as_ref().unwrap();
    assert!(
        !dec.suppressed
            && dec
                .reason
                .as_deref()
                .is_some_and(|r| r.contains("conflicting")),
        "{dec:?}"
    );
    assert_eq!(dec.status, Status::Affected);
    // Two documents that disagree: kept, whatever the dates.
    let a = parse(&openvex(&st("not_affected", "2024-03-01T00:00:00Z"))).unwrap();
    let mut b = parse(&openvex(&st("affected", "2020-01-01T00:00:00Z"))).unwrap();
    b.name = "other.openvex.json".into();
    let mut vs = v();
    apply(&[a, b], &image(), &[], &mut vs);
    let dec = vs[0].vex.as_ref().unwrap();
    assert!(
        !dec.suppressed
            && dec
                .reason
                .as_deref()
                .is_some_and(|r| r.contains("other.openvex.json")),
        "{dec:?}"
    );
    // not_affected with no justification and no impact statement does not suppress.
    let d = parse(&openvex(&format!(r#"{{"vulnerability":{{"name":"CVE-2023-43804"}},"products":[{{"@id":"{p}"}}],"status":"not_affected"}}"#))).unwrap();
    let mut vs = v();
    apply(&[d], &image(), &[], &mut vs);
    let dec = vs[0].vex.as_ref().unwrap();
    assert!(
        !dec.suppressed
            && dec
                .reason
                .as_deref()
                .is_some_and(|r| r.contains("without a justification"))
    );
}

#[test]
fn cyclonedx_and_csaf_ranges_and_relationships() {
    let cdx = doc(
        "app.cdx.json",
        r#"{"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79","version":1,
            "components":[{"bom-ref":"idna","type":"library","name":"idna","purl":"pkg:pypi/idna"}],
            "vulnerabilities":[
              {"id":"CVE-2024-3651","analysis":{"state":"not_affected","justification":"code_not_reachable","detail":"no untrusted input"},
               "affects":[{"ref":"idna","versions":[{"range":"vers:pypi/>=3.0|<3.7","status":"unaffected"},{"version":"2.8","status":"affected"}]}]},
              {"id":"CVE-2023-43804","analysis":{"state":"resolved"},"affects":[{"ref":"urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:pypi/urllib3@1.26.5"}]},
              {"id":"CVE-2023-45803","analysis":{"state":"not_affected","justification":"code_not_present"},"affects":[{"ref":"idna","versions":[{"range":"vers:deb/<9"}]}]}
            ]}"#,
    );
    let d = parse(&cdx).unwrap();
    assert_eq!(d.format, Format::CycloneDx);
    let mut vs = vec![
        finding("CVE-2024-3651", &[], "pkg:pypi/idna@3.4", "idna", "3.4"),
        finding("CVE-2024-3651", &[], "pkg:pypi/idna@2.8", "idna", "2.8"),
        finding(
            "CVE-2023-43804",
            &[],
            "pkg:pypi/urllib3@1.26.5",
            "urllib3",
            "1.26.5",
        ),
        finding("CVE-2023-45803", &[], "pkg:pypi/idna@3.4", "idna", "3.4"),
    ];
    let out = apply(&[d], &image(), &[], &mut vs);
    let got: Vec<Option<(bool, Status)>> = vs
        .iter()
        .map(|v| v.vex.as_ref().map(|d| (d.suppressed, d.status)))
        .collect();
    assert_eq!(
        got,
        [
            Some((true, Status::NotAffected)),
            Some((false, Status::Affected)),
            Some((true, Status::Fixed)),
            None
        ]
    );
    assert_eq!(out.unevaluated.len(), 1, "{:?}", out.unevaluated);
    assert!(
        out.unevaluated[0].contains("another kind of package"),
        "{:?}",
        out.unevaluated
    );
    // CSAF: a package as a component of the image (by digest), flags and threats per product.
    let img = format!("pkg:oci/app@{}", DIGEST.replace(':', "%3A"));
    let csaf = doc(
        "app.csaf.json",
        &format!(
            r#"{{"document":{{"category":"csaf_vex","csaf_version":"2.0","tracking":{{"id":"APP-VEX-1","current_release_date":"2024-05-01T00:00:00Z"}}}},
               "product_tree":{{"branches":[{{"category":"vendor","name":"Example","branches":[
                  {{"category":"product_name","name":"app","product":{{"product_id":"APP","name":"app image","product_identification_helper":{{"purl":"{img}"}}}}}},
                  {{"category":"product_version_range","name":"vers:pypi/<3.7","product":{{"product_id":"IDNA","name":"idna","product_identification_helper":{{"purl":"pkg:pypi/idna"}}}}}},
                  {{"category":"product_name","name":"urllib3","product":{{"product_id":"U3","name":"urllib3","product_identification_helper":{{"purl":"pkg:pypi/urllib3@1.26.5"}}}}}}]}}],
                 "relationships":[{{"category":"default_component_of","product_reference":"U3","relates_to_product_reference":"APP","full_product_name":{{"product_id":"APP:U3","name":"urllib3 in app"}}}}]}},
               "vulnerabilities":[
                 {{"cve":"CVE-2023-43804","product_status":{{"known_not_affected":["APP:U3"]}},"flags":[{{"label":"vulnerable_code_not_in_execute_path","product_ids":["APP:U3"]}}]}},
                 {{"cve":"CVE-2024-3651","product_status":{{"known_affected":["IDNA"]}},"remediations":[{{"category":"vendor_fix","details":"upgrade idna","product_ids":["IDNA"]}}]}}]}}"#
        ),
    );
    let d = parse(&csaf).unwrap();
    assert_eq!(d.id.as_deref(), Some("APP-VEX-1"));
    let mut vs = vec![
        finding(
            "CVE-2023-43804",
            &[],
            "pkg:pypi/urllib3@1.26.5",
            "urllib3",
            "1.26.5",
        ),
        finding("CVE-2024-3651", &[], "pkg:pypi/idna@3.4", "idna", "3.4"),
        finding("CVE-2024-3651", &[], "pkg:pypi/idna@3.7", "idna", "3.7"),
    ];
    apply(&[d], &image(), &[], &mut vs);
    let v0 = vs[0].vex.as_ref().unwrap();
    assert!(v0.suppressed);
    assert_eq!(
        v0.statements[0].justification.as_deref(),
        Some("vulnerable_code_not_in_execute_path")
    );
    assert_eq!(
        v0.statements[0].statement,
        "statement 1 (known_not_affected APP:U3)"
    );
    let v1 = vs[1].vex.as_ref().unwrap();
    assert!(!v1.suppressed && v1.status == Status::Affected);
    assert_eq!(
        v1.statements[0].action_statement.as_deref(),
        Some("vendor_fix: upgrade idna")
    );
    assert!(vs[2].vex.is_none(), "3.7 is outside the range");
}

#[test]
fn discovery_convention() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    std::fs::create_dir(root.join(".vex")).unwrap();
    for f in [
        ".vex/b.json",
        ".vex/a.json",
        ".vex/notes.txt",
        "app.openvex.json",
        "x.vex.json",
        "imagegate.toml",
        "other.json",
    ] {
        std::fs::write(root.join(f), "{}").unwrap();
    }
    let found: Vec<String> = discover(root)
        .unwrap()
        .iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    assert_eq!(
        found,
        [
            ".vex/a.json",
            ".vex/b.json",
            "app.openvex.json",
            "x.vex.json"
        ]
    );
    assert!(discover(&root.join("nope")).unwrap().is_empty());
}

#[test]
fn timestamps() {
    assert_eq!(timestamp("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(timestamp("1970-01-01T01:00:00+01:00"), Some(0));
    assert_eq!(
        timestamp("2023-12-04T21:55:19.945014473-06:00"),
        timestamp("2023-12-05T03:55:19Z")
    );
    for bad in [
        "2024-01-01",
        "2024-01-01T25:00:00Z",
        "2024-01-01T00:00:00",
        "x",
    ] {
        assert_eq!(timestamp(bad), None, "{bad}");
    }
}
