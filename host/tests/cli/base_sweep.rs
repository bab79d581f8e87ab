//! `imagegate base-check` and `imagegate sweep` against a REAL registry
//! (Debian's `docker-registry`, distribution 2.8, on loopback) holding real
//! test images pushed by `skopeo copy`: an app image annotated with its base's
//! digest is up to date until a new build of the base is pushed to the same
//! tag; a sweep scans what it has not seen, rescans kept reports against a
//! newer DB, records a broken image and goes on.

use super::registry::{images_dir, RealRegistry};
use super::{bin, stderr};
use crate::fixtures::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Output;

const BASE_NAME: &str = "org.opencontainers.image.base.name";
const BASE_DIGEST: &str = "org.opencontainers.image.base.digest";

fn sha(b: &[u8]) -> String {
    format!("sha256:{}", sha256_hex(b))
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap()
}

/// Write `bytes` as a blob of the layout `dst`; its digest.
fn put_blob(dst: &Path, bytes: &[u8]) -> String {
    let d = sha(bytes);
    std::fs::write(
        dst.join("blobs/sha256")
            .join(d.trim_start_matches("sha256:")),
        bytes,
    )
    .unwrap();
    d
}

/// Copy the first image of the OCI layout `src` into a new layout `dst`
/// tagged `tag`, letting `edit` change its manifest and config: the new
/// manifest digest.
pub fn edit_layout(
    src: &Path,
    dst: &Path,
    tag: &str,
    edit: impl FnOnce(&mut Value, &mut Value),
) -> String {
    std::fs::create_dir_all(dst.join("blobs/sha256")).unwrap();
    let index = read_json(&src.join("index.json"));
    let blob = |d: &str| {
        src.join("blobs/sha256")
            .join(d.trim_start_matches("sha256:"))
    };
    let mut manifest = read_json(&blob(index["manifests"][0]["digest"].as_str().unwrap()));
    let mut config = read_json(&blob(manifest["config"]["digest"].as_str().unwrap()));
    for l in manifest["layers"].as_array().unwrap() {
        let d = l["digest"].as_str().unwrap();
        std::fs::copy(
            blob(d),
            dst.join("blobs/sha256")
                .join(d.trim_start_matches("sha256:")),
        )
        .unwrap();
    }
    edit(&mut manifest, &mut config);
    let cbytes = serde_json::to_vec(&config).unwrap();
    manifest["config"]["digest"] = json!(put_blob(dst, &cbytes));
    manifest["config"]["size"] = json!(cbytes.len());
    write_layout(dst, tag, &manifest)
}

/// Write `manifest` and an index.json naming it `tag`: its digest.
fn write_layout(dst: &Path, tag: &str, manifest: &Value) -> String {
    let mbytes = serde_json::to_vec(manifest).unwrap();
    let digest = put_blob(dst, &mbytes);
    let index = json!({"schemaVersion": 2, "manifests": [{
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "digest": digest, "size": mbytes.len(),
        "annotations": {"org.opencontainers.image.ref.name": tag}}]});
    std::fs::write(dst.join("index.json"), index.to_string()).unwrap();
    std::fs::write(dst.join("oci-layout"), r#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
    digest
}

fn base_check(args: &[&str]) -> (Output, Value) {
    let mut a = vec!["base-check", "--format", "json"];
    a.extend(args);
    let o = bin().args(&a).output().unwrap();
    let v = serde_json::from_slice(&o.stdout).unwrap_or(Value::Null);
    (o, v)
}

fn diff_ids(layout: &Path) -> Vec<String> {
    let index = read_json(&layout.join("index.json"));
    let blob = |d: &str| {
        layout
            .join("blobs/sha256")
            .join(d.trim_start_matches("sha256:"))
    };
    let m = read_json(&blob(index["manifests"][0]["digest"].as_str().unwrap()));
    let c = read_json(&blob(m["config"]["digest"].as_str().unwrap()));
    c["rootfs"]["diff_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn base_check_reports_a_rebuild_after_a_new_base_is_pushed() {
    let Some(reg) = RealRegistry::empty() else {
        return;
    };
    let images = images_dir();
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    // The base: bookworm as built, pushed as base/deb:12.
    let base1 = edit_layout(&images.join("bookworm-oci"), &p("base1"), "12", |_, _| {});
    reg.push(&p("base1"), "12", "base/deb:12");
    let base_name = format!("{}/base/deb:12", reg.host);
    // The app: multilayer (bookworm's layer + 2), annotated with the base.
    let app = edit_layout(&images.join("multilayer-oci"), &p("app"), "1", |m, _| {
        m["annotations"] = json!({BASE_NAME: base_name, BASE_DIGEST: base1});
    });
    reg.push(&p("app"), "1", "team/app:1");
    let app_ref = format!("registry://{}/team/app:1", reg.host);

    let (o, v) = base_check(&[&app_ref]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(v["status"], "up-to-date");
    assert_eq!(v["image"]["digest"], app.as_str());
    assert_eq!(v["base"]["reference"], base_name.as_str());
    assert_eq!(v["base"]["digest"], base1.as_str());
    assert_eq!(v["base"]["source"], "manifest annotations");
    assert_eq!(v["current"]["digest"], base1.as_str());
    assert_eq!(v["current"]["platform"], "linux/amd64");
    // The one-line text, and the local layout of the same image.
    let o = bin().args(["base-check", &app_ref]).output().unwrap();
    let line = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(0));
    assert!(
        line.starts_with("up to date: ") && line.contains(&base1) && line.lines().count() == 1,
        "{line}"
    );
    let (o, v) = base_check(&[p("app").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(v["image"]["digest"], app.as_str());

    // No annotations: fail closed (exit 2, base-unknown), unless the policy's
    // [[base.images]] names the base by its layers.
    reg.push(&images.join("multilayer-oci"), "multi", "team/plain:1");
    let plain = format!("registry://{}/team/plain:1", reg.host);
    let (o, v) = base_check(&[&plain]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(v["status"], "error");
    assert_eq!(v["error"]["code"], "base-unknown");
    assert!(stderr(&o).contains("error[base-unknown]"), "{}", stderr(&o));
    let policy = p("policy.toml");
    let layer0 = diff_ids(&images.join("bookworm-oci"))[0].clone();
    std::fs::write(
        &policy,
        format!("[[base.images]]\nname = \"{base_name}\"\ndiff-ids = [\"{layer0}\"]\ndigest = \"{base1}\"\n"),
    )
    .unwrap();
    let (o, v) = base_check(&[&plain, "--policy", policy.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(v["base"]["source"], "policy [[base.images]] entry 1");

    // A new build of the base, pushed to the same tag: both say rebuild.
    let base2 = edit_layout(&images.join("bookworm-oci"), &p("base2"), "12", |_, c| {
        c["config"]["Labels"]["org.opencontainers.image.version"] = json!("12-build2");
    });
    assert_ne!(base1, base2);
    reg.push(&p("base2"), "12", "base/deb:12");
    let (o, v) = base_check(&[&app_ref]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(v["status"], "rebuild-needed");
    assert_eq!(v["base"]["digest"], base1.as_str());
    assert_eq!(v["current"]["digest"], base2.as_str());
    let o = bin().args(["base-check", &app_ref]).output().unwrap();
    let line = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        line.starts_with("rebuild needed: ") && line.contains(&base2),
        "{line}"
    );
    let (o, _) = base_check(&[&plain, "--policy", policy.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));

    // The base tag is gone: exit 2 with the registry's error, never "up to date".
    let gone = edit_layout(&images.join("multilayer-oci"), &p("gone"), "1", |m, _| {
        m["annotations"] =
            json!({BASE_NAME: format!("{}/base/deb:11", reg.host), BASE_DIGEST: base1});
    });
    assert!(gone.starts_with("sha256:"));
    let (o, v) = base_check(&[p("gone").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(v["error"]["code"], "registry-not-found");
    // A hostile annotation never reaches the output raw.
    edit_layout(&images.join("multilayer-oci"), &p("evil"), "1", |m, _| {
        m["annotations"] = json!({BASE_NAME: "x\n::error::pwned\u{1b}[31m", BASE_DIGEST: base1});
    });
    let o = bin()
        .args(["base-check", p("evil").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    assert!(all.contains("base-unknown"), "{all}");
    assert!(
        !all.contains('\u{1b}') && !all.contains("\n::error::"),
        "{all:?}"
    );
    // Bad input: exit 2 naming it.
    let (o, _) = base_check(&[p("nothing-here").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing-here"), "{}", stderr(&o));
}

/// A DB built from OSV records (the rescan test's records).
fn db_of(dir: &Path, name: &str, records: &str) -> PathBuf {
    let src = dir.join(format!("{name}.jsonl"));
    std::fs::write(&src, records).unwrap();
    let db = dir.join(format!("{name}.db"));
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&[&src], &mut out, "2026-11-25T00:00:00Z").unwrap();
    db
}

#[test]
fn a_sweep_scans_new_digests_rescans_kept_reports_and_survives_a_broken_image() {
    let Some(reg) = RealRegistry::empty() else {
        return;
    };
    let images = images_dir();
    if !images.join("python-oci/index.json").is_file() {
        assert!(!super::registry::required(), "python-oci is not built");
        eprintln!("SKIP: python-oci is not built");
        return;
    }
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    let base1 = edit_layout(&images.join("bookworm-oci"), &p("base1"), "12", |_, _| {});
    reg.push(&p("base1"), "12", "base/deb:12");
    let app = edit_layout(&images.join("multilayer-oci"), &p("app"), "1", |m, _| {
        m["annotations"] =
            json!({BASE_NAME: format!("{}/base/deb:12", reg.host), BASE_DIGEST: base1});
    });
    reg.push(&p("app"), "1", "team/app:1");
    reg.push(&p("app"), "1", "team/app:latest");
    // A cosign-style companion tag is not an image to judge.
    reg.push(
        &p("app"),
        "1",
        &format!("team/app:sha256-{}.sig", app.trim_start_matches("sha256:")),
    );
    reg.push(&images.join("python-oci"), "python", "team/py:1");
    reg.push(&images.join("secrets-oci"), "secrets", "team/secrets:1");
    // A broken image: its layer claims gzip and is not.
    let broken = p("broken");
    std::fs::create_dir_all(broken.join("blobs/sha256")).unwrap();
    let garbage = b"this is not a gzip stream".to_vec();
    let layer = put_blob(&broken, &garbage);
    let config = serde_json::to_vec(&json!({"architecture": "amd64", "os": "linux",
        "rootfs": {"type": "layers", "diff_ids": [layer]}}))
    .unwrap();
    let cdigest = put_blob(&broken, &config);
    write_layout(
        &broken,
        "1",
        &json!({"schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cdigest, "size": config.len()},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": layer, "size": garbage.len()}]}),
    );
    reg.push(&broken, "1", "team/broken:1");

    let unrelated = r#"{"id":"TEST-0","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]},{"package":{"ecosystem":"Debian:12","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}"#;
    let idna = r#"{"id":"TEST-IDNA","modified":"2026-11-20T00:00:00Z","database_specific":{"severity":"HIGH"},"affected":[{"package":{"ecosystem":"PyPI","name":"idna"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"99"}]}]}]}"#;
    let old = db_of(d.path(), "old", unrelated);
    let new = db_of(d.path(), "new", &format!("{unrelated}\n{idna}\n"));
    let state = p("state");
    let sweep = |db: &Path| {
        bin()
            .args([
                "sweep",
                &format!("{}/team", reg.host),
                "--state",
                state.to_str().unwrap(),
                "--db",
                db.to_str().unwrap(),
                "--now",
                "2026-11-25",
                "--page-size",
                "2",
            ])
            .output()
            .unwrap()
    };
    let by_repo = |v: &Value, repo: &str| -> Value {
        v["images"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["repository"] == repo)
            .cloned()
            .unwrap_or(Value::Null)
    };

    // The registry pages its catalog at n=2 (so the sweep below must follow Link headers).
    {
        use std::io::{Read as _, Write as _};
        let mut s = std::net::TcpStream::connect(&reg.host).unwrap();
        write!(
            s,
            "GET /v2/_catalog?n=2 HTTP/1.0\r\nHost: {}\r\n\r\n",
            reg.host
        )
        .unwrap();
        let mut head = String::new();
        s.read_to_string(&mut head).unwrap();
        assert!(head.contains("Link: </v2/_catalog?last="), "{head}");
    }
    // First sweep: everything is new, so scanned; the broken image is an error
    // and the others are still judged.
    let o = sweep(&old);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(state.join("sweep.json").is_file(), "{}", stderr(&o));
    let v = read_json(&state.join("sweep.json"));
    assert_eq!(v["schema"], "imagegate.sweep/v1");
    let repos: Vec<&str> = v["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["repository"].as_str().unwrap())
        .collect();
    assert_eq!(
        repos,
        ["team/app", "team/broken", "team/py", "team/secrets"],
        "the prefix keeps base/ out; pages of 2 are followed"
    );
    let a = by_repo(&v, "team/app");
    assert_eq!(
        a["tags"],
        json!(["1", "latest"]),
        "one digest, two tags, no .sig tag"
    );
    assert_eq!(a["digest"], app.as_str());
    assert_eq!(
        (
            a["action"].as_str(),
            a["verdict"].as_str(),
            a["base"].as_str()
        ),
        (Some("scanned"), Some("pass"), Some("up-to-date"))
    );
    let b = by_repo(&v, "team/broken");
    assert_eq!(b["verdict"], "error");
    assert!(!b["errors"].as_array().unwrap().is_empty(), "{b}");
    let s = by_repo(&v, "team/secrets");
    assert_eq!(s["verdict"], "fail");
    assert_eq!(s["base"], "unknown", "no annotations: listed as unknown");
    assert_eq!(by_repo(&v, "team/py")["verdict"], "pass");
    assert!(v["errored"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n.as_str().unwrap().contains("team/broken")));
    let kept = state
        .join("reports")
        .join(format!("{}.json", app.replace(':', "-")));
    assert!(kept.is_file(), "the app's report is kept by digest");
    let md = std::fs::read_to_string(state.join("sweep.md")).unwrap();
    assert!(
        md.contains("| team/py@") && md.contains("**1 fail**"),
        "{md}"
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("4 images: 1 fail, 0 need a rebuild, 1 errored"),
        "{out}"
    );

    // Second sweep with a newer DB and a new base build: the kept reports are
    // rescanned (the python image now has TEST-IDNA), the app needs a rebuild.
    let base2 = edit_layout(&images.join("bookworm-oci"), &p("base2"), "12", |_, c| {
        c["config"]["Labels"]["org.opencontainers.image.version"] = json!("12-build2");
    });
    assert_ne!(base1, base2);
    reg.push(&p("base2"), "12", "base/deb:12");
    let o = sweep(&new);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let v = read_json(&state.join("sweep.json"));
    let py = by_repo(&v, "team/py");
    assert_eq!(
        (py["action"].as_str(), py["verdict"].as_str()),
        (Some("rescanned"), Some("fail"))
    );
    assert_eq!(py["new_advisories"], json!(["TEST-IDNA"]));
    let a = by_repo(&v, "team/app");
    assert_eq!(
        (
            a["action"].as_str(),
            a["verdict"].as_str(),
            a["base"].as_str()
        ),
        (Some("rescanned"), Some("pass"), Some("rebuild-needed"))
    );
    assert_eq!(a["base_check"]["current"]["digest"], base2.as_str());
    assert_eq!(
        by_repo(&v, "team/broken")["action"],
        "scanned",
        "an undecided scan is not kept: retried"
    );
    assert_eq!(v["rebuild_needed"].as_array().map(Vec::len), Some(1));

    // Without the broken image the worst is a failure: exit 1.
    let o = bin()
        .args([
            "sweep",
            &format!("{}/team/app", reg.host),
            "--state",
            state.to_str().unwrap(),
            "--db",
            new.to_str().unwrap(),
            "--output-dir",
            p("out").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(p("out/sweep.json").is_file() && p("out/sweep.md").is_file());
    // A registry that is not there: exit 2, nothing judged.
    let o = bin()
        .args([
            "sweep",
            "127.0.0.1:9/x",
            "--state",
            p("s2").to_str().unwrap(),
            "--skip-vulnerabilities",
        ])
        .env("IMAGEGATE_DB_BACKOFF_MS", "0")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("registry-error"), "{}", stderr(&o));
}
