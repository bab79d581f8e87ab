//! Attestations and signatures found next to the image, with no `--bundle`:
//! `attest --attach` into a REAL registry (`docker-registry`, distribution
//! 2.8, on loopback: no referrers API, so the referrers tag schema) holding
//! real test images, then `verify-attestation registry://...`; a referrer
//! about another image, an altered bundle pushed as a referrer and another
//! key each fail with a clear message. A tiny fake registry serves the real
//! OCI 1.1 referrers API (2.8 has none) and a blob that does not match its
//! digest. An OCI layout: the `.att` tag `--attach` wrote and an oras-style
//! referrer in `index.json`. `scan` finds Sigstore bundle signatures as
//! referrers, in a registry and in a layout.

use super::attest::{KEY, OTHER_PUB, PUB};
use super::base_sweep::edit_layout;
use super::registry::{images_dir, Fake, RealRegistry};
use super::{bin, stderr};
use crate::fixtures::*;
use imagegate::signature::dsse::{b64, b64_encode};
use serde_json::{json, Value};
use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::Output;
use std::sync::{Arc, Mutex};

const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const BUNDLE: &str = "application/vnd.dev.sigstore.bundle.v0.3+json";
const EMPTY: &str = "application/vnd.oci.empty.v1+json";

fn sha(b: &[u8]) -> String {
    format!("sha256:{}", sha256_hex(b))
}

fn out(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(o))
}

/// One HTTP/1.0 exchange with a loopback registry: (status, headers, body).
fn http(
    host: &str,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> (u16, String, Vec<u8>) {
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.0\r\nHost: {host}\r\nAccept: {OCI_MANIFEST}, {OCI_INDEX}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    s.write_all(body).unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let split = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&all[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head, all[split + 4..].to_vec())
}

/// Push a blob (POST, then one PUT to the upload's location): its digest.
fn push_blob(host: &str, repo: &str, bytes: &[u8]) -> String {
    let d = sha(bytes);
    let (st, head, _) = http(
        host,
        "POST",
        &format!("/v2/{repo}/blobs/uploads/"),
        "application/octet-stream",
        &[],
    );
    assert_eq!(st, 202, "blob upload: {head}");
    let location = head
        .lines()
        .find_map(|l| l.strip_prefix("Location: "))
        .unwrap()
        .trim();
    let path = location
        .strip_prefix(&format!("http://{host}"))
        .unwrap_or(location);
    let sep = if path.contains('?') { '&' } else { '?' };
    let (st, head, _) = http(
        host,
        "PUT",
        &format!("{path}{sep}digest={d}"),
        "application/octet-stream",
        bytes,
    );
    assert_eq!(st, 201, "blob upload: {head}");
    d
}

fn push_manifest(host: &str, repo: &str, reference: &str, media_type: &str, bytes: &[u8]) {
    let (st, head, _) = http(
        host,
        "PUT",
        &format!("/v2/{repo}/manifests/{reference}"),
        media_type,
        bytes,
    );
    assert_eq!(st, 201, "manifest put: {head}");
}

fn get_manifest(host: &str, repo: &str, reference: &str) -> Vec<u8> {
    let (st, head, body) = http(
        host,
        "GET",
        &format!("/v2/{repo}/manifests/{reference}"),
        "",
        &[],
    );
    assert_eq!(st, 200, "{head}");
    body
}

/// An OCI 1.1 referrer manifest holding `bundle` (already stored as `bundle_digest`).
fn referrer(subject: (&str, usize), bundle: &[u8], annotations: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "schemaVersion": 2, "mediaType": OCI_MANIFEST, "artifactType": BUNDLE,
        "config": {"mediaType": EMPTY, "digest": sha(b"{}"), "size": 2},
        "layers": [{"mediaType": BUNDLE, "digest": sha(bundle), "size": bundle.len()}],
        "subject": {"mediaType": OCI_MANIFEST, "digest": subject.0, "size": subject.1},
        "annotations": annotations,
    }))
    .unwrap()
}

/// A referrers index (the referrers API's answer, or the referrers tag).
fn referrers_index(entries: &[(&[u8], &str)]) -> Vec<u8> {
    let list: Vec<Value> = entries
        .iter()
        .map(|(m, at)| json!({"mediaType": OCI_MANIFEST, "digest": sha(m), "size": m.len(), "artifactType": at}))
        .collect();
    serde_json::to_vec(&json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": list}))
        .unwrap()
}

fn attestation_annotations() -> Value {
    json!({"dev.sigstore.bundle.content": "dsse-envelope",
           "dev.sigstore.bundle.predicateType": imagegate::signature::attestation::PREDICATE_TYPE})
}

/// The bundle with one bit of its DSSE signature flipped (still valid JSON and base64).
fn altered(bundle: &[u8]) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(bundle).unwrap();
    let sig = v["dsseEnvelope"]["signatures"][0]["sig"].as_str().unwrap();
    let mut raw = b64(sig).unwrap();
    let n = raw.len() - 1;
    raw[n] ^= 1;
    v["dsseEnvelope"]["signatures"][0]["sig"] = json!(b64_encode(&raw));
    serde_json::to_vec(&v).unwrap()
}

fn keys(dir: &Path) {
    std::fs::write(dir.join("key.pem"), KEY).unwrap();
    std::fs::write(dir.join("key.pub"), PUB).unwrap();
    std::fs::write(dir.join("other.pub"), OTHER_PUB).unwrap();
}

fn attest(dir: &Path, image: &str, now: &str, out: &str, attach: bool) -> (Output, String) {
    let report = dir.join(format!("{out}.report.json"));
    let mut a = vec![
        "attest".to_string(),
        image.to_string(),
        "--skip-vulnerabilities".into(),
        "--now".into(),
        now.into(),
        "--key".into(),
        dir.join("key.pem").display().to_string(),
        "-o".into(),
        dir.join(out).display().to_string(),
        "--report".into(),
        report.display().to_string(),
    ];
    if attach {
        a.push("--attach".into());
    }
    let o = bin().args(&a).output().unwrap();
    let digest = serde_json::from_slice::<Value>(&std::fs::read(&report).unwrap_or_default())
        .ok()
        .and_then(|v| v["image"]["manifest_digest"].as_str().map(str::to_string))
        .unwrap_or_default();
    (o, digest)
}

fn verify(dir: &Path, image: &str, key: &str, now: &str, extra: &[&str]) -> Output {
    let key = dir.join(key);
    let mut a = vec![
        "verify-attestation",
        image,
        "--key",
        key.to_str().unwrap(),
        "--now",
        now,
    ];
    a.extend(extra);
    bin().args(&a).output().unwrap()
}

/// Lines of the text report for attestations that verified.
fn verified_lines(o: &Output) -> usize {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter(|l| l.contains(": verified"))
        .count()
}

#[test]
fn verify_attestation_finds_what_attest_attached_in_a_real_registry() {
    let Some(reg) = RealRegistry::empty() else {
        return;
    };
    let images = images_dir();
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    keys(d.path());
    reg.push(&images.join("multilayer-oci"), "multi", "team/app:1");
    // Another image in the same repository, never attested.
    edit_layout(
        &images.join("multilayer-oci"),
        &p("other"),
        "other",
        |_, c| c["author"] = json!("another build"),
    );
    reg.push(&p("other"), "other", "team/app:2");
    let other_digest = sha(&get_manifest(&reg.host, "team/app", "2"));
    let app = format!("registry://{}/team/app:1", reg.host);
    let app2 = format!("registry://{}/team/app:2", reg.host);

    // Nothing attached yet: exit 1, and it says so.
    let o = verify(d.path(), &app, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        out(&o).contains("no attestation found for this image")
            && stderr(&o).contains("0 attestation(s) attached"),
        "{}",
        out(&o)
    );

    let (o, digest) = attest(d.path(), &app, "2026-11-25", "att1.json", true);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(digest.starts_with("sha256:") && digest != other_digest);

    // Found with no --bundle: the referrer (through the referrers tag) and
    // the .att tag's envelope are one attestation, listed once.
    let o = verify(d.path(), &app, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        text.contains(&format!("attestations for {digest}"))
            && text.contains("referrer sha256:")
            && text.contains("requirements met"),
        "{text}"
    );
    assert_eq!(verified_lines(&o), 1, "{text}");
    // By digest, and with the same bundle given as a file too (still once).
    let by_digest = format!("registry://{}/team/app@{digest}", reg.host);
    let o = verify(
        d.path(),
        &by_digest,
        "key.pub",
        "2026-11-26",
        &["--bundle", p("att1.json").to_str().unwrap(), "-f", "json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["manifest_digest"], digest.as_str());
    assert_eq!(v["checked"].as_array().map(Vec::len), Some(1), "{v}");
    assert_eq!(v["checked"][0]["source"], "att1.json");
    // Another key: found, not trusted.
    let o = verify(d.path(), &app, "other.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        out(&o).contains("no trusted key verifies it") && out(&o).contains("referrer sha256:"),
        "{}",
        out(&o)
    );
    // The .att tag alone (cosign's layout) is found too: the referrers tag removed.
    let hexpart = digest.trim_start_matches("sha256:");
    let saved_tag = get_manifest(&reg.host, "team/app", &format!("sha256-{hexpart}"));
    push_manifest(
        &reg.host,
        "team/app",
        &format!("sha256-{hexpart}"),
        OCI_INDEX,
        &referrers_index(&[]),
    );
    let o = verify(d.path(), &app, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        out(&o).contains(&format!("sha256-{hexpart}.att layer 0")),
        "{}",
        out(&o)
    );
    push_manifest(
        &reg.host,
        "team/app",
        &format!("sha256-{hexpart}"),
        OCI_INDEX,
        &saved_tag,
    );

    // A registry that lists app:1's referrer for app:2: the referrer's
    // subject is app:1, so it is ignored with a note; app:2 is not verified.
    let index: Value = serde_json::from_slice(&saved_tag).unwrap();
    let rdigest = index["manifests"][0]["digest"]
        .as_str()
        .unwrap()
        .to_string();
    let rbytes = get_manifest(&reg.host, "team/app", &rdigest);
    let other_hex = other_digest.trim_start_matches("sha256:");
    push_manifest(
        &reg.host,
        "team/app",
        &format!("sha256-{other_hex}"),
        OCI_INDEX,
        &referrers_index(&[(rbytes.as_slice(), BUNDLE)]),
    );
    let o = verify(d.path(), &app2, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        stderr(&o).contains(&format!(
            "referrer {rdigest} is about {digest}, not this image ({other_digest}): ignored"
        )) && out(&o).contains("no attestation found for this image"),
        "{}",
        out(&o)
    );

    // An attestation of app:2, altered and pushed as its referrer: found,
    // and it fails (no key verifies the changed bytes).
    let (o, d2) = attest(d.path(), &app2, "2026-11-25", "att2.json", false);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(d2, other_digest);
    let bad = altered(&std::fs::read(p("att2.json")).unwrap());
    push_blob(&reg.host, "team/app", b"{}");
    push_blob(&reg.host, "team/app", &bad);
    let app2_manifest = get_manifest(&reg.host, "team/app", &other_digest);
    let r = referrer(
        (&other_digest, app2_manifest.len()),
        &bad,
        attestation_annotations(),
    );
    push_manifest(&reg.host, "team/app", &sha(&r), OCI_MANIFEST, &r);
    push_manifest(
        &reg.host,
        "team/app",
        &format!("sha256-{other_hex}"),
        OCI_INDEX,
        &referrers_index(&[(r.as_slice(), BUNDLE)]),
    );
    let o = verify(d.path(), &app2, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        out(&o).contains(&format!(
            "referrer {} layer 0: no trusted key verifies it",
            sha(&r)
        )) && out(&o).contains("no authentic verdict attestation"),
        "{}",
        out(&o)
    );
    // The unaltered attestation as a second referrer: now it verifies.
    let good = std::fs::read(p("att2.json")).unwrap();
    push_blob(&reg.host, "team/app", &good);
    let r2 = referrer(
        (&other_digest, app2_manifest.len()),
        &good,
        attestation_annotations(),
    );
    push_manifest(&reg.host, "team/app", &sha(&r2), OCI_MANIFEST, &r2);
    push_manifest(
        &reg.host,
        "team/app",
        &format!("sha256-{other_hex}"),
        OCI_INDEX,
        &referrers_index(&[(r.as_slice(), BUNDLE), (r2.as_slice(), BUNDLE)]),
    );
    let o = verify(d.path(), &app2, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    // A tag the registry does not have: exit 2.
    let o = verify(
        d.path(),
        &format!("registry://{}/team/app:nope", reg.host),
        "key.pub",
        "2026-11-26",
        &[],
    );
    assert_eq!(o.status.code(), Some(2), "{}", out(&o));
    assert!(stderr(&o).contains("no such image/tag"), "{}", out(&o));
}

/// What the fake registry serves for a request, by mode.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Good,
    Tampered,
    OtherSubject,
}

#[test]
fn the_referrers_api_of_a_registry_that_has_one_and_a_registry_that_lies() {
    let images = images_dir();
    let layout = images.join("multilayer-oci");
    if !layout.join("index.json").is_file() {
        assert!(
            !super::registry::required(),
            "the real test images are needed"
        );
        eprintln!("SKIP: the real test images are not built");
        return;
    }
    let d = tempdir();
    keys(d.path());
    let (o, digest) = attest(
        d.path(),
        layout.to_str().unwrap(),
        "2026-11-25",
        "att.json",
        false,
    );
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let manifest = std::fs::read(
        layout
            .join("blobs/sha256")
            .join(digest.trim_start_matches("sha256:")),
    )
    .unwrap();
    let bundle = std::fs::read(d.path().join("att.json")).unwrap();
    let good = referrer(
        (&digest, manifest.len()),
        &bundle,
        attestation_annotations(),
    );
    let elsewhere = referrer(
        (
            "sha256:0000000000000000000000000000000000000000000000000000000000000001",
            manifest.len(),
        ),
        &bundle,
        attestation_annotations(),
    );
    // An SBOM referrer: not a bundle, never fetched.
    let sbom = br#"{"schemaVersion":2,"artifactType":"application/spdx+json"}"#.to_vec();
    let mode = Arc::new(Mutex::new(Mode::Good));
    let m2 = mode.clone();
    let (digest2, manifest2) = (digest.clone(), manifest.clone());
    let (sbom_digest, bundle_digest) = (sha(&sbom), sha(&bundle));
    let fake = Fake::start(Box::new(move |path, _head| {
        let mode = *m2.lock().unwrap();
        let r = if mode == Mode::OtherSubject {
            &elsewhere
        } else {
            &good
        };
        let ok = |ct: &str, body: Vec<u8>| -> (u16, Vec<(String, String)>, Vec<u8>) {
            (
                200,
                vec![("Content-Type".to_string(), ct.to_string())],
                body,
            )
        };
        if path == "/v2/team/app/manifests/1" || path == format!("/v2/team/app/manifests/{digest2}")
        {
            return ok(OCI_MANIFEST, manifest2.clone());
        }
        if path.starts_with(&format!("/v2/team/app/referrers/{digest2}")) {
            return ok(
                OCI_INDEX,
                referrers_index(&[
                    (r.as_slice(), BUNDLE),
                    (sbom.as_slice(), "application/spdx+json"),
                ]),
            );
        }
        if path == format!("/v2/team/app/manifests/{}", sha(r)) {
            return ok(OCI_MANIFEST, r.clone());
        }
        if path == format!("/v2/team/app/blobs/{}", sha(&bundle)) {
            let mut b = bundle.clone();
            if mode == Mode::Tampered {
                let n = b.len() / 2;
                b[n] ^= 0x20;
            }
            return ok("application/octet-stream", b);
        }
        (
            404,
            vec![],
            br#"{"errors":[{"code":"MANIFEST_UNKNOWN"}]}"#.to_vec(),
        )
    }));
    let image = format!("registry://{}/team/app:1", fake.host);
    let o = verify(d.path(), &image, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(verified_lines(&o), 1, "{}", out(&o));
    let log = fake.log.lock().unwrap().join("\n");
    let hexpart = digest.trim_start_matches("sha256:");
    assert!(
        log.contains(&format!("GET /v2/team/app/referrers/{digest}")),
        "{log}"
    );
    assert!(
        !log.contains(&format!("/manifests/sha256-{hexpart} ")),
        "the referrers API answered: the referrers tag is not read\n{log}"
    );
    assert!(
        !log.contains(&sbom_digest),
        "an SBOM referrer is not fetched\n{log}"
    );

    // The registry serves other bytes for the bundle's digest: an error (exit 2), never a pass.
    *mode.lock().unwrap() = Mode::Tampered;
    let o = verify(d.path(), &image, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", out(&o));
    assert!(
        stderr(&o).contains("digest-mismatch") && stderr(&o).contains(&bundle_digest),
        "{}",
        out(&o)
    );
    // It lists a referrer whose subject is another image: ignored, not verified.
    *mode.lock().unwrap() = Mode::OtherSubject;
    let o = verify(d.path(), &image, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(
        stderr(&o).contains("not this image") && stderr(&o).contains("ignored"),
        "{}",
        out(&o)
    );
}

/// An OCI layout: the `.att` tag `attest --attach` writes and an oras-style
/// referrer (a manifest in `index.json` whose subject is the image) are found.
#[test]
fn verify_attestation_finds_attestations_in_an_oci_layout() {
    let images = images_dir();
    if !images.join("multilayer-oci/index.json").is_file() {
        assert!(
            !super::registry::required(),
            "the real test images are needed"
        );
        eprintln!("SKIP: the real test images are not built");
        return;
    }
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    keys(d.path());
    let layout = p("layout");
    let ldigest = edit_layout(&images.join("multilayer-oci"), &layout, "multi", |_, _| {});
    let l = layout.to_str().unwrap();
    let o = verify(d.path(), l, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(out(&o).contains("no attestation found"), "{}", out(&o));
    let (o, digest) = attest(d.path(), l, "2026-11-25", "att1.json", true);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(digest, ldigest);
    let tag = format!("sha256-{}.att", ldigest.trim_start_matches("sha256:"));
    let o = verify(d.path(), l, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        out(&o).contains(&format!("index.json: {tag} layer 0: verified")),
        "{}",
        out(&o)
    );
    let o = verify(d.path(), l, "other.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    // Given as a file too: one attestation.
    let o = verify(
        d.path(),
        l,
        "key.pub",
        "2026-11-26",
        &["--bundle", p("att1.json").to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(verified_lines(&o), 1, "{}", out(&o));

    // A newer attestation as a referrer in index.json (as oras writes it).
    let (o, _) = attest(d.path(), l, "2026-11-27", "att2.json", false);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let bundle = std::fs::read(p("att2.json")).unwrap();
    let manifest = std::fs::read(
        layout
            .join("blobs/sha256")
            .join(ldigest.trim_start_matches("sha256:")),
    )
    .unwrap();
    let put =
        |b: &[u8]| std::fs::write(layout.join("blobs/sha256").join(sha256_hex(b)), b).unwrap();
    put(b"{}");
    put(&bundle);
    let r = referrer(
        (&ldigest, manifest.len()),
        &bundle,
        attestation_annotations(),
    );
    put(&r);
    let mut index: Value =
        serde_json::from_slice(&std::fs::read(layout.join("index.json")).unwrap()).unwrap();
    index["manifests"].as_array_mut().unwrap().push(json!({
        "mediaType": OCI_MANIFEST, "digest": sha(&r), "size": r.len(), "artifactType": BUNDLE,
        "annotations": attestation_annotations(),
    }));
    std::fs::write(layout.join("index.json"), index.to_string()).unwrap();
    let o = verify(d.path(), l, "key.pub", "2026-11-28", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        text.contains(&format!(
            "index.json: referrer {} layer 0: verified",
            sha(&r)
        )) && text.contains("requirements met")
            && text.contains("superseded by a newer attestation"),
        "the newer referrer decides: {text}"
    );
    // The layout still scans (the referrer is not an image to pick).
    let o = bin()
        .args(["scan", "--skip-vulnerabilities", "--now", "2026-11-25", l])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    // The referrer's bundle blob altered on disk: digest-mismatch, exit 2.
    let blob = layout.join("blobs/sha256").join(sha256_hex(&bundle));
    let mut changed = bundle.clone();
    let n = changed.len() / 2;
    changed[n] ^= 0x20;
    std::fs::write(&blob, &changed).unwrap();
    let o = verify(d.path(), l, "key.pub", "2026-11-28", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", out(&o));
    assert!(stderr(&o).contains("digest-mismatch"), "{}", out(&o));
}

/// A key-signed Sigstore bundle (v0.3, message signature) over `manifest`.
fn signature_bundle(manifest: &[u8]) -> Vec<u8> {
    let key = imagegate::signature::keys::SigningKey::from_pem(KEY).unwrap();
    let sig = key.sign(manifest);
    let digest = {
        use sha2::Digest as _;
        sha2::Sha256::digest(manifest).to_vec()
    };
    serde_json::to_vec(&json!({
        "mediaType": BUNDLE,
        "verificationMaterial": {"publicKey": {"hint": key.id}, "tlogEntries": []},
        "messageSignature": {
            "messageDigest": {"algorithm": "SHA2_256", "digest": b64_encode(&digest)},
            "signature": b64_encode(&sig),
        },
    }))
    .unwrap()
}

fn signature_status(o: &Output) -> (String, String) {
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or(Value::Null);
    let c = &v["signatures"]["checked"][0];
    (
        c["source"].as_str().unwrap_or_default().to_string(),
        c["status"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn scan_finds_sigstore_bundle_signatures_as_referrers() {
    let Some(reg) = RealRegistry::empty() else {
        return;
    };
    let images = images_dir();
    let d = tempdir();
    let p = |n: &str| d.path().join(n);
    keys(d.path());
    reg.push(&images.join("multilayer-oci"), "multi", "team/sig:1");
    let image = format!("registry://{}/team/sig:1", reg.host);
    let scan = |image: &str| {
        bin()
            .args([
                "scan",
                "--skip-vulnerabilities",
                "--now",
                "2026-11-25",
                "--public-key",
                p("key.pub").to_str().unwrap(),
                "--format",
                "json",
                image,
            ])
            .output()
            .unwrap()
    };
    let o = scan(&image);
    assert_eq!(o.status.code(), Some(1), "unsigned: {}", stderr(&o));
    let manifest = get_manifest(&reg.host, "team/sig", "1");
    let digest = sha(&manifest);
    let bundle = signature_bundle(&manifest);
    push_blob(&reg.host, "team/sig", b"{}");
    push_blob(&reg.host, "team/sig", &bundle);
    let r = referrer(
        (&digest, manifest.len()),
        &bundle,
        json!({"dev.sigstore.bundle.content": "message-signature"}),
    );
    push_manifest(&reg.host, "team/sig", &sha(&r), OCI_MANIFEST, &r);
    push_manifest(
        &reg.host,
        "team/sig",
        &format!("sha256-{}", digest.trim_start_matches("sha256:")),
        OCI_INDEX,
        &referrers_index(&[(r.as_slice(), BUNDLE)]),
    );
    let o = scan(&image);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        signature_status(&o),
        (
            format!("referrer {} layer 0", sha(&r)),
            "verified".to_string()
        )
    );
    // verify-attestation does not take a signature for an attestation.
    let o = verify(d.path(), &image, "key.pub", "2026-11-26", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(out(&o).contains("no attestation found"), "{}", out(&o));

    // The same in an OCI layout: a referrer in index.json.
    let layout = p("layout");
    let ldigest = edit_layout(&images.join("multilayer-oci"), &layout, "multi", |_, _| {});
    let l = layout.to_str().unwrap();
    let o = scan(l);
    assert_eq!(o.status.code(), Some(1), "unsigned: {}", stderr(&o));
    let lmanifest = std::fs::read(
        layout
            .join("blobs/sha256")
            .join(ldigest.trim_start_matches("sha256:")),
    )
    .unwrap();
    let lbundle = signature_bundle(&lmanifest);
    let put =
        |b: &[u8]| std::fs::write(layout.join("blobs/sha256").join(sha256_hex(b)), b).unwrap();
    put(b"{}");
    put(&lbundle);
    let lr = referrer(
        (&ldigest, lmanifest.len()),
        &lbundle,
        json!({"dev.sigstore.bundle.content": "message-signature"}),
    );
    put(&lr);
    let mut index: Value =
        serde_json::from_slice(&std::fs::read(layout.join("index.json")).unwrap()).unwrap();
    index["manifests"].as_array_mut().unwrap().push(json!({
        "mediaType": OCI_MANIFEST, "digest": sha(&lr), "size": lr.len(), "artifactType": BUNDLE,
    }));
    std::fs::write(layout.join("index.json"), index.to_string()).unwrap();
    let o = scan(l);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        signature_status(&o),
        (
            format!("index.json: referrer {} layer 0", sha(&lr)),
            "verified".to_string()
        )
    );
    // Another key's bundle is found and rejected: the scan fails.
    std::fs::copy(p("other.pub"), p("key.pub")).unwrap();
    let o = scan(l);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(signature_status(&o).1, "rejected");
}
