//! The admission recipe of docs/admission.md, run as written: the script
//! step is extracted from the page and run against real images in a loopback
//! `docker-registry`, attested by `imagegate attest registry://... --attach`
//! and checked straight from the registry: a fresh pass deploys; a failing
//! verdict, a stale scan, another key, another image's attestation and an
//! image with nothing attached do not. The page's Kyverno policy (and the scheduled
//! pipelines' YAML in the adapters' READMEs) are parsed as YAML.

use super::attest::{KEY, OTHER_PUB, PUB};
use super::registry::{images_dir, RealRegistry};
use super::{bin, root, stderr};
use crate::fixtures::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fenced block of `lang` that follows the first line containing `marker`.
fn block_after(page: &str, marker: &str, lang: &str) -> String {
    let at = page
        .find(marker)
        .unwrap_or_else(|| panic!("{marker:?} not in the page"));
    let rest = &page[at..];
    let open = format!("```{lang}\n");
    let start = rest.find(&open).expect("a fenced block after the marker") + open.len();
    let len = rest[start..].find("\n```").expect("the block ends");
    rest[start..start + len + 1].to_string()
}

/// Every fenced `lang` block of a page.
fn blocks(page: &str, lang: &str) -> Vec<String> {
    let open = format!("```{lang}\n");
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(s) = rest.find(&open) {
        let body = &rest[s + open.len()..];
        let Some(len) = body.find("\n```") else { break };
        out.push(body[..len + 1].to_string());
        rest = &body[len..];
    }
    out
}

fn db_built(dir: &Path, name: &str, build_time: &str) -> PathBuf {
    let unrelated = r#"{"id":"TEST-0","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]},{"package":{"ecosystem":"Debian:12","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}"#;
    let src = dir.join(format!("{name}.jsonl"));
    std::fs::write(&src, unrelated).unwrap();
    let db = dir.join(format!("{name}.db"));
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&[&src], &mut out, build_time).unwrap();
    db
}

#[test]
fn the_documented_script_step_deploys_only_a_fresh_trusted_pass() {
    let Some(reg) = RealRegistry::empty() else {
        return;
    };
    let images = images_dir();
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    reg.push(&images.join("multilayer-oci"), "multi", "team/app:1");
    reg.push(&images.join("secrets-oci"), "secrets", "team/bad:1");
    // Two more builds (other digests): one scanned long ago, one never.
    for (name, tag) in [("stale", "team/stale:1"), ("none", "team/none:1")] {
        super::base_sweep::edit_layout(&images.join("multilayer-oci"), &p(name), name, |_, c| {
            c["author"] = serde_json::json!(name)
        });
        reg.push(&p(name), name, tag);
    }
    std::fs::write(p("key.pem"), KEY).unwrap();
    std::fs::write(p("key.pub"), PUB).unwrap();
    std::fs::write(p("other.pub"), OTHER_PUB).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let fresh = db_built(d.path(), "fresh", &imagegate::time::rfc3339(now - 3600));
    let old_now = now - 10 * 86400;
    let old = db_built(d.path(), "old", &imagegate::time::rfc3339(old_now - 3600));
    let attest = |image: &str, db: &Path, at: u64, out: &str| -> Output {
        bin()
            .args([
                "attest",
                &format!("registry://{}/{image}", reg.host),
                "--db",
                db.to_str().unwrap(),
                "--now",
                &at.to_string(),
                "--key",
                p("key.pem").to_str().unwrap(),
                "-o",
                p(out).to_str().unwrap(),
                "--attach",
            ])
            .output()
            .unwrap()
    };
    let o = attest("team/app:1", &fresh, now, "good.att.json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = attest("team/bad:1", &fresh, now, "bad.att.json");
    assert_eq!(
        o.status.code(),
        Some(1),
        "a failing verdict is attested: {}",
        stderr(&o)
    );
    let o = attest("team/stale:1", &old, old_now, "stale.att.json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // The script, as the page shows it.
    let page = std::fs::read_to_string(root().join("docs/admission.md")).unwrap();
    let script = block_after(&page, "host/tests/cli/admission.rs extracts", "sh");
    assert!(
        script.contains("imagegate verify-attestation \"registry://$IMAGE\"")
            && script.contains("--require verdict=pass --max-age 7d")
    );
    std::fs::write(p("admission-check.sh"), &script).unwrap();
    let exe = Path::new(env!("CARGO_BIN_EXE_imagegate"));
    let path = format!(
        "{}:{}",
        exe.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let template = bin();
    let deploy = |image: &str, attestation: &str, key: &str| -> (Output, bool) {
        let marker = p("deployed");
        let _ = std::fs::remove_file(&marker);
        let mut c = Command::new("sh");
        for (k, v) in template.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        let o = c
            .arg(p("admission-check.sh"))
            .args(["touch", marker.to_str().unwrap()])
            .env("PATH", &path)
            .env("IMAGE", format!("{}/{image}", reg.host))
            .env(
                "ATTESTATION",
                if attestation.is_empty() {
                    PathBuf::new()
                } else {
                    p(attestation)
                },
            )
            .env("KEY", p(key))
            .output()
            .unwrap();
        (o, marker.exists())
    };
    for att in ["", "good.att.json"] {
        let (o, deployed) = deploy("team/app:1", att, "key.pub");
        assert!(
            o.status.success() && deployed,
            "a fresh trusted pass deploys (bundle file {att:?}): {}",
            stderr(&o)
        );
    }
    for (image, att, key, why) in [
        ("team/bad:1", "", "key.pub", "a failing verdict"),
        ("team/stale:1", "", "key.pub", "a scan 10 days old"),
        ("team/app:1", "", "other.pub", "another key"),
        (
            "team/none:1",
            "good.att.json",
            "key.pub",
            "another image's attestation",
        ),
        ("team/none:1", "", "key.pub", "nothing attached"),
        (
            "team/app:1",
            "missing.att.json",
            "key.pub",
            "no attestation file",
        ),
        (
            "team/nope:1",
            "",
            "key.pub",
            "an image the registry does not have",
        ),
    ] {
        let (o, deployed) = deploy(image, att, key);
        assert!(
            !o.status.success() && !deployed,
            "{why} must not deploy: {}",
            stderr(&o)
        );
    }
}

/// Parse YAML with python3's PyYAML into JSON, or None when it is missing.
fn yaml(text: &str) -> Option<Value> {
    let have = Command::new("python3")
        .args(["-c", "import yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert!(
            !super::registry::required(),
            "python3 with PyYAML is needed to parse the docs' YAML"
        );
        return None;
    }
    let mut child = Command::new("python3")
        .args([
            "-c",
            "import json, sys, yaml\nprint(json.dumps([d for d in yaml.safe_load_all(sys.stdin)]))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "not YAML: {}\n{text}", stderr(&o));
    let docs: Value = serde_json::from_slice(&o.stdout).unwrap();
    docs.get(0).cloned()
}

#[test]
fn the_documented_kyverno_policy_and_pipelines_are_yaml() {
    let page = std::fs::read_to_string(root().join("docs/admission.md")).unwrap();
    let policy = block_after(
        &page,
        "host/tests/cli/admission.rs parses this block",
        "yaml",
    );
    let Some(v) = yaml(&policy) else {
        eprintln!("SKIP: python3 with PyYAML is not available");
        return;
    };
    assert_eq!(v["kind"], "ClusterPolicy");
    assert_eq!(v["spec"]["validationFailureAction"], "Enforce");
    let rule = &v["spec"]["rules"][0]["verifyImages"][0];
    assert_eq!(rule["required"], true);
    let att = &rule["attestations"][0];
    assert_eq!(
        att["type"],
        imagegate::signature::attestation::PREDICATE_TYPE,
        "the predicate type imagegate attest writes"
    );
    let keys = &att["attestors"][0]["entries"][0]["keys"];
    assert!(keys["publicKeys"]
        .as_str()
        .is_some_and(|k| k.contains("BEGIN PUBLIC KEY")));
    let all = att["conditions"][0]["all"].as_array().unwrap();
    let cond = |k: &str| {
        all.iter()
            .find(|c| c["key"] == k)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(cond("{{ verdict }}")["value"], "pass");
    assert_eq!(
        cond("{{ time_since('', db.buildTime, '') }}")["operator"],
        "DurationLessThanOrEquals"
    );
    assert_eq!(cond("{{ time_since('', scannedAt, '') }}")["value"], "168h");
    // The predicate fields the conditions read are the ones attest writes.
    let doc = std::fs::read_to_string(root().join("docs/attestations.md")).unwrap();
    for field in ["\"verdict\"", "\"scannedAt\"", "\"buildTime\""] {
        assert!(
            doc.contains(field),
            "{field} is in the documented statement"
        );
    }
    // Every YAML block of the adapters' READMEs parses (the scheduled pipelines).
    for readme in ["pipelines/github/README.md", "pipelines/azure/README.md"] {
        let text = std::fs::read_to_string(root().join(readme)).unwrap();
        let found = blocks(&text, "yaml");
        assert!(!found.is_empty(), "{readme} has YAML examples");
        for b in found {
            yaml(&b);
        }
        assert!(
            text.contains("imagegate base-check"),
            "{readme} shows the scheduled base check"
        );
    }
}

/// GET a path of a loopback registry: (status, body).
fn http_get(host: &str, path: &str, accept: &str) -> (u16, Vec<u8>) {
    use std::io::{Read as _, Write as _};
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.0\r\nHost: {host}\r\nAccept: {accept}\r\n\r\n"
    )
    .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let split = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&all[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, all[split + 4..].to_vec())
}

fn json_of(b: &[u8]) -> Value {
    serde_json::from_slice(b).unwrap_or(Value::Null)
}

#[test]
fn attest_attach_puts_the_attestation_next_to_the_image() {
    let Some(reg) = RealRegistry::empty() else {
        return;
    };
    let images = images_dir();
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    reg.push(&images.join("multilayer-oci"), "multi", "team/app:1");
    std::fs::write(p("key.pem"), KEY).unwrap();
    std::fs::write(p("key.pub"), PUB).unwrap();
    let attest = |image: &str, now: &str, out: &str| -> Output {
        bin()
            .args([
                "attest",
                image,
                "--skip-vulnerabilities",
                "--now",
                now,
                "--key",
                p("key.pem").to_str().unwrap(),
                "-o",
                p(out).to_str().unwrap(),
                "--report",
                p("report.json").to_str().unwrap(),
                "--attach",
            ])
            .output()
            .unwrap()
    };
    let image = format!("registry://{}/team/app:1", reg.host);
    let o = attest(&image, "2026-11-25", "att1.json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("attached to") && stderr(&o).contains("referrers tag sha256-"),
        "{}",
        stderr(&o)
    );
    let digest = json_of(&std::fs::read(p("report.json")).unwrap())["image"]["manifest_digest"]
        .as_str()
        .unwrap()
        .to_string();
    let hexpart = digest.trim_start_matches("sha256:");
    let bundle1 = std::fs::read(p("att1.json")).unwrap();
    const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
    const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";

    // distribution 2.8 has no referrers API: the referrers tag schema holds an index.
    let (st, _) = http_get(
        &reg.host,
        &format!("/v2/team/app/referrers/{digest}"),
        OCI_INDEX,
    );
    assert_eq!(
        st, 404,
        "this registry has no referrers API, so the fallback is what is tested"
    );
    let (st, idx) = http_get(
        &reg.host,
        &format!("/v2/team/app/manifests/sha256-{hexpart}"),
        OCI_INDEX,
    );
    assert_eq!(st, 200);
    let idx = json_of(&idx);
    assert_eq!(
        idx["manifests"][0]["artifactType"],
        "application/vnd.dev.sigstore.bundle.v0.3+json"
    );
    let rdigest = idx["manifests"][0]["digest"].as_str().unwrap().to_string();
    let (st, m) = http_get(
        &reg.host,
        &format!("/v2/team/app/manifests/{rdigest}"),
        OCI_MANIFEST,
    );
    assert_eq!(st, 200);
    let m = json_of(&m);
    assert_eq!(
        m["subject"]["digest"],
        digest.as_str(),
        "the referrer's subject is the image"
    );
    assert_eq!(
        m["annotations"]["dev.sigstore.bundle.predicateType"],
        imagegate::signature::attestation::PREDICATE_TYPE
    );
    let layer = m["layers"][0]["digest"].as_str().unwrap();
    let (st, blob) = http_get(&reg.host, &format!("/v2/team/app/blobs/{layer}"), "*/*");
    assert_eq!(
        (st, blob.as_slice()),
        (200, bundle1.as_slice()),
        "the referrer's layer is the bundle"
    );
    // The bundle fetched back verifies against a pulled copy of the image.
    std::fs::write(p("fetched.json"), &blob).unwrap();
    let o = bin()
        .args([
            "pull",
            &format!("{}/team/app:1", reg.host),
            "-o",
            p("pulled").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = bin()
        .args([
            "verify-attestation",
            p("pulled").to_str().unwrap(),
            "--key",
            p("key.pub").to_str().unwrap(),
            "--bundle",
            p("fetched.json").to_str().unwrap(),
            "--now",
            "2026-11-26",
        ])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        stderr(&o)
    );

    // cosign's .att tag: the DSSE envelope as a layer.
    let att = |host: &str| {
        let (st, m) = http_get(
            host,
            &format!("/v2/team/app/manifests/sha256-{hexpart}.att"),
            OCI_MANIFEST,
        );
        assert_eq!(st, 200);
        json_of(&m)
    };
    let a = att(&reg.host);
    assert_eq!(
        a["layers"][0]["mediaType"],
        "application/vnd.dsse.envelope.v1+json"
    );
    assert_eq!(
        a["layers"][0]["annotations"]["predicateType"],
        imagegate::signature::attestation::PREDICATE_TYPE
    );
    let (_, env) = http_get(
        &reg.host,
        &format!(
            "/v2/team/app/blobs/{}",
            a["layers"][0]["digest"].as_str().unwrap()
        ),
        "*/*",
    );
    assert_eq!(json_of(&env), json_of(&bundle1)["dsseEnvelope"]);

    // A second attestation is added, not swapped in.
    let o = attest(&image, "2026-11-26", "att2.json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (_, idx) = http_get(
        &reg.host,
        &format!("/v2/team/app/manifests/sha256-{hexpart}"),
        OCI_INDEX,
    );
    assert_eq!(json_of(&idx)["manifests"].as_array().map(Vec::len), Some(2));
    assert_eq!(att(&reg.host)["layers"].as_array().map(Vec::len), Some(2));
    // The image is unchanged and still scans as before (companion tags are not images).
    let o = bin()
        .args([
            "scan",
            "--skip-vulnerabilities",
            "--now",
            "2026-11-25",
            &image,
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // An OCI layout: the .att tag is added to index.json; the layout still scans.
    let layout = p("layout");
    let ldigest =
        super::base_sweep::edit_layout(&images.join("multilayer-oci"), &layout, "multi", |_, _| {});
    let o = attest(layout.to_str().unwrap(), "2026-11-25", "att3.json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let index = json_of(&std::fs::read(layout.join("index.json")).unwrap());
    let tag = format!("sha256-{}.att", ldigest.trim_start_matches("sha256:"));
    let entry = index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["annotations"]["org.opencontainers.image.ref.name"] == tag.as_str())
        .cloned()
        .expect("the .att tag is in index.json");
    let blob = |d: &str| {
        std::fs::read(
            layout
                .join("blobs/sha256")
                .join(d.trim_start_matches("sha256:")),
        )
        .unwrap()
    };
    let am = json_of(&blob(entry["digest"].as_str().unwrap()));
    let env = json_of(&blob(am["layers"][0]["digest"].as_str().unwrap()));
    assert_eq!(
        env,
        json_of(&std::fs::read(p("att3.json")).unwrap())["dsseEnvelope"]
    );
    let o = bin()
        .args([
            "scan",
            "--skip-vulnerabilities",
            "--now",
            "2026-11-25",
            layout.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A tarball cannot take it: exit 2 before anything is signed.
    let tar = images.join("bookworm-docker.tar");
    let o = attest(tar.to_str().unwrap(), "2026-11-25", "att4.json");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--attach") && !p("att4.json").exists(),
        "{}",
        stderr(&o)
    );
}
