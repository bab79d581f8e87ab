//! Signatures over a real image: the bookworm OCI layout from
//! `tests/images/build.sh`, signed in test code the way `cosign sign --key`
//! signs (a simple-signing payload under the `sha256-<hex>.sig` tag), then
//! verified: good, wrong key, signature of another image, missing, detached
//! files, a tampered layer, and a legacy docker-archive with no manifest.

use crate::real_images::images;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use imagegate::signature::{
    payload_for, SignatureInput, SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE,
};
use imagegate::ErrorKind;
use p256::pkcs8::EncodePublicKey as _;
use serde_json::{json, Value};
use std::path::Path;

fn key(seed: u8) -> (p256::ecdsa::SigningKey, String) {
    let mut bytes = [0u8; 32];
    bytes[0] = 1;
    bytes[31] = seed;
    let sk = p256::ecdsa::SigningKey::from_bytes(&bytes.into()).unwrap();
    let pem = sk
        .verifying_key()
        .to_public_key_pem(p256::pkcs8::LineEnding::LF)
        .unwrap();
    (sk, pem)
}

fn sign(sk: &p256::ecdsa::SigningKey, payload: &[u8]) -> String {
    use p256::ecdsa::signature::Signer as _;
    let sig: p256::ecdsa::Signature = sk.sign(payload);
    B64.encode(sig.to_der().as_bytes())
}

fn put_blob(dir: &Path, bytes: &[u8]) -> (String, usize) {
    let hex = crate::fixtures::sha256_hex(bytes);
    std::fs::write(dir.join("blobs/sha256").join(&hex), bytes).unwrap();
    (format!("sha256:{hex}"), bytes.len())
}

/// A copy of the bookworm layout (blobs hard-linked) in `dir`; returns its manifest digest.
fn copy_layout(src: &Path, dir: &Path) -> String {
    std::fs::create_dir_all(dir.join("blobs/sha256")).unwrap();
    for e in std::fs::read_dir(src.join("blobs/sha256")).unwrap() {
        let e = e.unwrap();
        std::fs::hard_link(e.path(), dir.join("blobs/sha256").join(e.file_name()))
            .or_else(|_| {
                std::fs::copy(e.path(), dir.join("blobs/sha256").join(e.file_name())).map(|_| ())
            })
            .unwrap();
    }
    std::fs::copy(src.join("oci-layout"), dir.join("oci-layout")).unwrap();
    std::fs::copy(src.join("index.json"), dir.join("index.json")).unwrap();
    let index: Value =
        serde_json::from_slice(&std::fs::read(src.join("index.json")).unwrap()).unwrap();
    index["manifests"][0]["digest"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Add a cosign signature manifest for `signed_digest` under the tag of `tag_digest`.
fn add_signature(dir: &Path, tag_digest: &str, signed_digest: &str, sk: &p256::ecdsa::SigningKey) {
    let payload = payload_for("registry.example.com/team/bookworm", signed_digest);
    let (pd, ps) = put_blob(dir, &payload);
    let (cd, cs) = put_blob(
        dir,
        br#"{"architecture":"","os":"","config":{},"rootfs":{"type":"layers","diff_ids":[]}}"#,
    );
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cs},
        "layers": [{
            "mediaType": SIMPLE_SIGNING_MEDIA_TYPE, "digest": pd, "size": ps,
            "annotations": {SIGNATURE_ANNOTATION: sign(sk, &payload)}
        }]
    });
    let bytes = serde_json::to_vec(&manifest).unwrap();
    let (md, ms) = put_blob(dir, &bytes);
    let mut index: Value =
        serde_json::from_slice(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
    let tag = format!("sha256-{}.sig", tag_digest.trim_start_matches("sha256:"));
    index["manifests"].as_array_mut().unwrap().push(json!({
        "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md, "size": ms,
        "annotations": {"org.opencontainers.image.ref.name": tag}
    }));
    std::fs::write(dir.join("index.json"), serde_json::to_vec(&index).unwrap()).unwrap();
}

fn scan(dir: &Path, keys: &[&str]) -> Value {
    let mut req = crate::fixtures::request(dir);
    req.trusted_keys = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (format!("key{i}.pub"), k.to_string()))
        .collect();
    crate::scan_req(req)
}

fn codes(v: &Value) -> Vec<(String, String)> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["check"] == "signatures")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn signed_layout_verifies_with_the_trusted_key_only() {
    let Some(images) = images() else { return };
    let tmp = crate::fixtures::tempdir();
    let dir = tmp.path().join("signed");
    let digest = copy_layout(&images.join("bookworm-oci"), &dir);
    let (sk, pem) = key(1);
    let (_, other) = key(2);
    add_signature(&dir, &digest, &digest, &sk);

    // The .sig tag is not an image: no --tag needed, and the scan is the image's.
    let v = scan(&dir, &[&pem]);
    assert_eq!(v["verdict"], "pass", "{}", v["diagnostics"]);
    assert_eq!(codes(&v), [("signature-verified".into(), "note".into())]);
    // The check is listed in the summary when it reports something only.
    let listed = &v["summary"]["checks"]["signatures"];
    assert_eq!(
        (&listed["enabled"], &listed["notes"]),
        (&json!(true), &json!(1))
    );
    let s = &v["signatures"];
    assert_eq!(s["verified"], true);
    assert_eq!(s["manifest_digest"], digest.as_str());
    assert_eq!(s["checked"][0]["status"], "verified");
    assert_eq!(
        s["checked"][0]["signed_reference"],
        "registry.example.com/team/bookworm"
    );
    assert!(s["checked"][0]["source"]
        .as_str()
        .unwrap()
        .ends_with(".sig layer 0"));
    let unsigned = scan(&images.join("bookworm-oci"), &[]);
    assert_eq!(
        v["packages"].as_array().unwrap().len(),
        unsigned["packages"].as_array().unwrap().len()
    );
    assert!(unsigned["summary"]["checks"].get("signatures").is_none());
    assert!(unsigned.get("signatures").is_none());

    // Another key: the signature does not count, and a signature is required.
    let v = scan(&dir, &[&other]);
    assert_eq!(v["verdict"], "fail");
    assert_eq!(codes(&v), [("signature-invalid".into(), "error".into())]);
    assert_eq!(v["signatures"]["checked"][0]["status"], "untrusted-key");

    // No keys: the signature is still checked and reported, not required.
    let v = scan(&dir, &[]);
    assert_eq!(v["verdict"], "pass");
    assert_eq!(codes(&v), [("signature-invalid".into(), "warning".into())]);
}

#[test]
fn signature_of_another_image_and_missing_signature_fail() {
    let Some(images) = images() else { return };
    let tmp = crate::fixtures::tempdir();
    let (sk, pem) = key(1);
    let dir = tmp.path().join("other");
    let digest = copy_layout(&images.join("bookworm-oci"), &dir);
    let other = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    add_signature(&dir, &digest, other, &sk);
    let v = scan(&dir, &[&pem]);
    assert_eq!(v["verdict"], "fail");
    assert_eq!(v["signatures"]["checked"][0]["status"], "wrong-digest");
    assert_eq!(v["signatures"]["checked"][0]["signed"], other);

    let v = scan(&images.join("bookworm-oci"), &[&pem]);
    assert_eq!(v["verdict"], "fail");
    assert_eq!(codes(&v), [("signature-missing".into(), "error".into())]);
}

#[test]
fn detached_signature_files_verify() {
    let Some(images) = images() else { return };
    let (sk, pem) = key(1);
    let index: Value =
        serde_json::from_slice(&std::fs::read(images.join("bookworm-oci/index.json")).unwrap())
            .unwrap();
    let digest = index["manifests"][0]["digest"].as_str().unwrap();
    let payload = payload_for("app", digest);
    let mut req = crate::fixtures::request(images.join("bookworm-oci"));
    req.trusted_keys = vec![("cosign.pub".into(), pem.clone())];
    req.signatures = vec![SignatureInput {
        source: "app.sig".into(),
        signature: sign(&sk, &payload),
        payload,
    }];
    let v = crate::scan_req(req);
    assert_eq!(v["verdict"], "pass");
    assert_eq!(v["signatures"]["checked"][0]["key"], "cosign.pub");

    // The same image as a legacy docker-archive has no manifest to sign.
    let mut req = crate::fixtures::request(images.join("bookworm-docker.tar"));
    req.trusted_keys = vec![("cosign.pub".into(), pem)];
    let v = crate::scan_req(req);
    assert_eq!(v["verdict"], "fail");
    assert_eq!(
        codes(&v),
        [("signature-unverifiable".into(), "error".into())]
    );
}

#[test]
fn tampered_layer_stops_the_scan_before_any_signature_counts() {
    let Some(images) = images() else { return };
    let tmp = crate::fixtures::tempdir();
    let dir = tmp.path().join("tampered");
    let digest = copy_layout(&images.join("bookworm-oci"), &dir);
    let (sk, pem) = key(1);
    add_signature(&dir, &digest, &digest, &sk);
    // Flip one byte of the layer blob (a copy, never the shared hard link).
    let manifest: Value = serde_json::from_slice(
        &std::fs::read(
            dir.join("blobs/sha256")
                .join(digest.trim_start_matches("sha256:")),
        )
        .unwrap(),
    )
    .unwrap();
    let layer = manifest["layers"][0]["digest"]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string();
    let path = dir.join("blobs/sha256").join(&layer);
    let mut bytes = std::fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0xff;
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let mut req = crate::fixtures::request(&dir);
    req.trusted_keys = vec![("cosign.pub".into(), pem)];
    let (kind, msg) = crate::scan_err(req);
    assert!(
        matches!(kind, ErrorKind::DigestMismatch | ErrorKind::Malformed),
        "{kind:?}: {msg}"
    );
    assert!(
        msg.contains(&layer[..12]) || msg.contains("tampered"),
        "{msg}"
    );
}

#[test]
fn bad_public_key_is_a_usage_error_naming_it() {
    let Some(images) = images() else { return };
    let mut req = crate::fixtures::request(images.join("bookworm-oci"));
    req.trusted_keys = vec![("team.pub".into(), "not a key".into())];
    let (kind, msg) = crate::scan_err(req);
    assert_eq!(kind, ErrorKind::Usage);
    assert!(
        msg.contains("team.pub") && msg.contains("BEGIN PUBLIC KEY"),
        "{msg}"
    );
}

/// `[signatures]` in the policy: inline trusted keys verify like
/// `--public-key`; `require = true` without a signature fails; a bad key is
/// `policy-invalid` at its position.
#[test]
fn policy_signatures_section() {
    let Some(images) = images() else { return };
    let tmp = crate::fixtures::tempdir();
    let dir = tmp.path().join("signed");
    let digest = copy_layout(&images.join("bookworm-oci"), &dir);
    let (sk, pem) = key(1);
    add_signature(&dir, &digest, &digest, &sk);
    let with_policy = |image: &Path, text: String| {
        let mut req = crate::fixtures::request(image);
        req.policy = Some(imagegate::policy::PolicyFile {
            name: "p.toml".into(),
            text,
        });
        imagegate::scan(&req)
    };
    let keyed = format!("[signatures]\nrequire = true\ntrusted-keys = ['''\n{pem}''']\n");
    let out = with_policy(&dir, keyed.clone()).unwrap();
    let v: Value = serde_json::from_str(out.report()).unwrap();
    assert_eq!(v["signatures"]["verified"], true, "{}", v["diagnostics"]);
    assert_eq!(v["signatures"]["trusted_keys"][0]["name"], "policy key 1");
    // The unsigned layout under the same policy fails.
    let out = with_policy(&images.join("bookworm-oci"), keyed).unwrap();
    let v: Value = serde_json::from_str(out.report()).unwrap();
    assert_eq!(v["verdict"], "fail");
    assert_eq!(codes(&v), [("signature-missing".into(), "error".into())]);
    // require = true and no key at all: nothing can vouch, the gate fails.
    let out = with_policy(&dir, "[signatures]\nrequire = true\n".into()).unwrap();
    let v: Value = serde_json::from_str(out.report()).unwrap();
    assert_eq!(v["verdict"], "fail");
    // A bad key: policy-invalid at the key's position.
    let Err(e) = with_policy(&dir, "[signatures]\ntrusted-keys = [\"nope\"]\n".into()) else {
        panic!("a bad key must be a policy error")
    };
    assert_eq!(e.kind, ErrorKind::PolicyInvalid);
    assert!(e.to_string().contains("p.toml:2:17"), "{e}");
}
