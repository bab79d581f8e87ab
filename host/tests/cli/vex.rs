//! VEX through the host on a real image: the python test image
//! (`tests/images/build.sh`, an OCI layout) against the corpus's real PyPI
//! advisories (urllib3 CVE-2023-43804 and CVE-2023-45803, idna
//! CVE-2024-3651; `--fail-on medium` counts all three). `--vex FILE` and the
//! workspace's `.vex/` documents (the ones written for this image in
//! `tests/data/vex/python/`, one per format) take each finding out, byte for
//! byte as the native library decides; a bad document is exit 2 naming it.
//! `imagegate vex` exports the applied ignores and statements as OpenVEX,
//! identical to the native renderer and to the component's own CLI, and the
//! export fed back with `--vex` (no ignores) gives the same verdict and
//! takes out the same findings. Skipped (with a message) without the image
//! or the corpus.

use super::{bin, root, stderr};
use crate::fixtures::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

struct Real {
    image: PathBuf,
    db: PathBuf,
    digest: String,
    _dir: tempfile::TempDir,
}

fn real() -> Option<Real> {
    let images = std::env::var_os("IMAGEGATE_IMAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/test-images"));
    let corpus = std::env::var_os("IMAGEGATE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus"));
    let image = images.join("python-oci");
    if !image.is_dir() || !corpus.join("osv").is_dir() {
        if std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1") {
            panic!("python-oci or the corpus is missing");
        }
        eprintln!("SKIP: {} or the corpus is missing", image.display());
        return None;
    }
    let dir = tempdir();
    // The corpus's language advisories plus one Debian:12 record for a
    // package no image has, so the image's debs are covered (as tests/vex.rs).
    let extra = dir.path().join("debian12-placeholder.jsonl");
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
    let db = dir.path().join("vex.db");
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&sources, &mut out, "2026-11-25T00:00:00Z").unwrap();
    drop(out);
    let mut req = imagegate::ScanRequest::new(&image);
    req.db = Some(db.clone());
    req.now = imagegate::time::parse_now("2026-11-25");
    let v: Value = serde_json::from_str(imagegate::scan(&req).unwrap().report()).unwrap();
    let digest = v["image"]["manifest_digest"].as_str()?.to_string();
    Some(Real {
        image,
        db,
        digest,
        _dir: dir,
    })
}

/// A document of `tests/data/vex/python/` with the image's digest, written into `dir/rel`.
fn doc(r: &Real, name: &str, dir: &Path, rel: &str) -> PathBuf {
    let text = std::fs::read_to_string(root().join("tests/data/vex/python").join(name)).unwrap();
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(
        &p,
        text.replace("@@MANIFEST_DIGEST@@", &r.digest.replace(':', "%3A")),
    )
    .unwrap();
    p
}

fn run_in(cwd: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("run imagegate")
}

fn scan_args(r: &Real) -> Vec<&str> {
    vec![
        "scan",
        r.image.to_str().unwrap(),
        "--db",
        r.db.to_str().unwrap(),
        "--now",
        "2026-11-25",
        "--fail-on",
        "medium",
    ]
}

/// Ids of the findings out of the verdict (by VEX or by an ignore), sorted.
fn out_of_verdict(v: &Value) -> Vec<String> {
    let mut ids: Vec<String> = v["vulnerabilities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["vex"]["suppressed"] == true || f.get("ignored").is_some())
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn vex_documents_through_the_host_on_a_real_image() {
    let Some(r) = real() else { return };
    let ws = tempdir();
    let none = run_in(ws.path(), &scan_args(&r));
    assert_eq!(none.status.code(), Some(1), "{}", stderr(&none));
    let v: Value = serde_json::from_slice(&none.stdout).unwrap();
    assert!(out_of_verdict(&v).is_empty());

    // --vex FILE, one per format: all three findings out, the verdict pass,
    // the report byte-identical to the native library's.
    let files: Vec<PathBuf> = [
        ("python.openvex.json", "sec/a.openvex.json"),
        ("python.cdx.json", "sec/b.cdx.json"),
        ("python.csaf.json", "sec/c.csaf.json"),
    ]
    .iter()
    .map(|(n, rel)| doc(&r, n, ws.path(), rel))
    .collect();
    let mut args = scan_args(&r);
    for f in &files {
        args.extend(["--vex", f.to_str().unwrap()]);
    }
    let o = run_in(ws.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        out_of_verdict(&v),
        ["CVE-2023-43804", "CVE-2023-45803", "CVE-2024-3651"]
    );
    let names: Vec<&str> = v["vex"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["sec/a.openvex.json", "sec/b.cdx.json", "sec/c.csaf.json"]
    );
    let mut req = imagegate::ScanRequest::new(&r.image);
    req.db = Some(r.db.clone());
    req.now = imagegate::time::parse_now("2026-11-25");
    req.fail_on = Some(imagegate::vulndb::matcher::Level::Medium);
    req.vex = imagegate::vex::read(&files, Some(ws.path())).unwrap();
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        imagegate::scan(&req).unwrap().report()
    );

    // No --vex: the workspace's documents by convention (.vex/*.json).
    let conv = tempdir();
    doc(&r, "python.cdx.json", conv.path(), ".vex/python.cdx.json");
    let o = run_in(conv.path(), &scan_args(&r));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(out_of_verdict(&v), ["CVE-2023-45803"]);
    assert_eq!(v["vex"]["documents"][0]["name"], ".vex/python.cdx.json");

    // A bad document: exit 2 naming it, no report.
    let bad = ws.path().join("bad.vex.json");
    std::fs::write(
        &bad,
        std::fs::read_to_string(&files[0])
            .unwrap()
            .replace("\"not_affected\"", "\"not_afected\""),
    )
    .unwrap();
    let mut args = scan_args(&r);
    args.extend(["--vex", bad.to_str().unwrap()]);
    let o = run_in(ws.path(), &args);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let e = stderr(&o);
    assert!(
        e.contains("bad.vex.json") && e.contains("not_afected"),
        "{e}"
    );
}

#[test]
fn vex_export_through_the_host_round_trips_on_a_real_image() {
    let Some(r) = real() else { return };
    let ws = tempdir();
    let policy = ws.path().join("imagegate.toml");
    std::fs::write(
        &policy,
        r#"[vulnerabilities]
ignore = [
  { id = "CVE-2023-43804", purl = "pkg:pypi/urllib3", versions = "<1.26.17", owner = "team-api",
    justification = "vulnerable_code_not_in_execute_path", reason = "no cookies on redirects", expires = 2026-12-31 },
  { id = "*", path = "/usr/local/lib/python3.11/dist-packages/idna-*/**", reason = "only fixed host names", expires = 2026-12-31 },
]
"#,
    )
    .unwrap();
    let cdx = doc(&r, "python.cdx.json", ws.path(), "sec/python.cdx.json");
    let out = ws.path().join("exported.openvex.json");
    let mut args = scan_args(&r);
    args[0] = "vex";
    args.extend([
        "--policy",
        policy.to_str().unwrap(),
        "--vex",
        cdx.to_str().unwrap(),
        "--author",
        "security@example.com",
        "-o",
        out.to_str().unwrap(),
    ]);
    let o = run_in(ws.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    // The native renderer's document, byte for byte.
    let mut req = imagegate::ScanRequest::new(&r.image);
    req.db = Some(r.db.clone());
    req.now = imagegate::time::parse_now("2026-11-25");
    req.fail_on = Some(imagegate::vulndb::matcher::Level::Medium);
    req.policy = Some(imagegate::policy::PolicyFile {
        name: "imagegate.toml".into(),
        text: std::fs::read_to_string(&policy).unwrap(),
    });
    req.vex = imagegate::vex::read(std::slice::from_ref(&cdx), Some(ws.path())).unwrap();
    req.vex_author = Some("security@example.com".into());
    req.formats = vec![imagegate::Format::OpenVex];
    assert_eq!(text, imagegate::scan(&req).unwrap().report());
    let doc_v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc_v["author"], "security@example.com");
    assert_eq!(doc_v["statements"].as_array().unwrap().len(), 3);

    // The component's own CLI writes the same document.
    let dir_arg = format!("{}::/w", ws.path().display());
    let img_arg = format!("{}::/img", r.image.display());
    let db_arg = format!("{}::/db", r.db.parent().unwrap().display());
    let o = bin()
        .args([
            "wasi-run",
            "--dir",
            &dir_arg,
            "--dir",
            &img_arg,
            "--dir",
            &db_arg,
            "--",
            "vex",
            "/img",
            "--db",
            &format!("/db/{}", r.db.file_name().unwrap().to_str().unwrap()),
            "--now",
            "2026-11-25",
            "--fail-on",
            "medium",
            "--policy",
            "/w/imagegate.toml",
            "--vex",
            "/w/sec/python.cdx.json",
            "--author",
            "security@example.com",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let wasi: Value = serde_json::from_slice(&o.stdout).unwrap();
    // Same statements (document names differ only by how each host names the file).
    assert_eq!(
        wasi["statements"].as_array().unwrap().len(),
        doc_v["statements"].as_array().unwrap().len()
    );
    assert_eq!(wasi["statements"][0], doc_v["statements"][0]);

    // Fed back with --vex and no ignores: the same verdict, the same findings out.
    let with_policy = {
        let mut a = scan_args(&r);
        a.extend([
            "--policy",
            policy.to_str().unwrap(),
            "--vex",
            cdx.to_str().unwrap(),
        ]);
        run_in(ws.path(), &a)
    };
    let empty = ws.path().join("empty.toml");
    std::fs::write(&empty, "").unwrap();
    let back = {
        let mut a = scan_args(&r);
        a.extend([
            "--policy",
            empty.to_str().unwrap(),
            "--vex",
            out.to_str().unwrap(),
        ]);
        run_in(ws.path(), &a)
    };
    assert_eq!(
        with_policy.status.code(),
        Some(0),
        "{}",
        stderr(&with_policy)
    );
    assert_eq!(
        back.status.code(),
        with_policy.status.code(),
        "{}",
        stderr(&back)
    );
    let a: Value = serde_json::from_slice(&with_policy.stdout).unwrap();
    let b: Value = serde_json::from_slice(&back.stdout).unwrap();
    assert_eq!(a["verdict"], b["verdict"]);
    assert_eq!(out_of_verdict(&a), out_of_verdict(&b));
    assert_eq!(out_of_verdict(&b).len(), 3);

    // Nothing applied: exit 0, nothing written. No DB: exit 2, nothing written.
    let nothing = ws.path().join("nothing.json");
    let mut a = scan_args(&r);
    a[0] = "vex";
    a.extend([
        "--policy",
        empty.to_str().unwrap(),
        "-o",
        nothing.to_str().unwrap(),
    ]);
    let o = run_in(tempdir().path(), &a);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!nothing.exists());
    assert!(
        stderr(&o).contains("no VEX document written"),
        "{}",
        stderr(&o)
    );
    let o = run_in(
        ws.path(),
        &[
            "vex",
            r.image.to_str().unwrap(),
            "--offline",
            "--policy",
            policy.to_str().unwrap(),
            "-o",
            nothing.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!nothing.exists());
}
