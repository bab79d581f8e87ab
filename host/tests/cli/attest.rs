//! `imagegate attest` and `imagegate verify-attestation` through the host
//! and the real component: a passing and a failing image attested with a
//! key from a file and from an environment variable, then verified; a
//! changed bundle, another key, another image, an old scan, a legacy
//! archive, a bad key: each a failed check (exit 1) or an error (exit 2),
//! never a pass, and the key never printed.

use super::{bin, image, stderr};
use crate::fixtures::*;
use std::path::Path;
use std::process::Output;

/// A P-256 test key (made for these tests; it protects nothing).
pub const KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgYlXqNyI2/aveHTUm
nYd52tWXsCvZ7dpwASYLb5BDdAChRANCAAQQYeqd3ZNn0JB71atmGI9chRWY4VQk
+xkdSfGzaL6zRQlg/kzclDi5YpneHsWm3YGRZRnZi3Z32+XQvVwEdybb
-----END PRIVATE KEY-----
";
pub const PUB: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEGHqnd2TZ9CQe9WrZhiPXIUVmOFU
JPsZHUnxs2i+s0UJYP5M3JQ4uWKZ3h7Fpt2BkWUZ2Yt2d9vl0L1cBHcm2w==
-----END PUBLIC KEY-----
";
pub const OTHER_PUB: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEeN+uX/Ld8NPgfMWkveea6cqg8vAb
hwvk+nCyk5dVVB1hucz0c+91VOCl44UN+xC2PQPDiP5CIfVOhYv0nG1P6g==
-----END PUBLIC KEY-----
";
/// The key's body, which no output may contain.
const KEY_BODY: &str = "YlXqNyI2/aveHTUm";

fn run(args: &[&str]) -> Output {
    let o = bin().args(args).output().expect("run imagegate");
    let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    assert!(!all.contains(KEY_BODY), "the private key reached an output");
    o
}

fn verify(img: &Path, key: &Path, bundle: &Path, extra: &[&str]) -> Output {
    let mut a = vec![
        "verify-attestation",
        img.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
        "--bundle",
        bundle.to_str().unwrap(),
    ];
    a.extend(extra);
    run(&a)
}

#[test]
fn attest_then_verify_and_every_bad_input_fails() {
    let d = tempdir();
    let img = image(d.path());
    let key = d.path().join("key.pem");
    let public = d.path().join("key.pub");
    let other = d.path().join("other.pub");
    std::fs::write(&key, KEY).unwrap();
    std::fs::write(&public, PUB).unwrap();
    std::fs::write(&other, OTHER_PUB).unwrap();
    let att = d.path().join("att.json");
    let report = d.path().join("report.json");
    let o = run(&[
        "attest",
        img.to_str().unwrap(),
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        "--key",
        key.to_str().unwrap(),
        "-o",
        att.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("attested verdict pass"),
        "{}",
        stderr(&o)
    );
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    let digest = r["image"]["manifest_digest"].as_str().unwrap().to_string();
    let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&att).unwrap()).unwrap();
    assert_eq!(
        bundle["mediaType"],
        "application/vnd.dev.sigstore.bundle.v0.3+json"
    );

    // Verified as of the scan's day; an old scan fails --max-age.
    let o = verify(&img, &public, &att, &["--now", "2026-11-25"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        text.contains(&digest) && text.contains("result: PASS"),
        "{text}"
    );
    let o = verify(
        &img,
        &public,
        &att,
        &["--now", "2026-12-25", "--max-age", "7d"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("the scan is 30d 0h old"));
    // It records a pass: requiring a fail fails.
    let o = verify(
        &img,
        &public,
        &att,
        &["--now", "2026-11-25", "--require", "verdict=fail"],
    );
    assert_eq!(o.status.code(), Some(1));
    // No DB was used: a DB age requirement fails.
    let o = verify(
        &img,
        &public,
        &att,
        &["--now", "2026-11-25", "--max-db-age", "7d", "-f", "json"],
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["verified"], false);
    assert_eq!(v["checked"][0]["status"], "unsatisfied");
    // Another key.
    let o = verify(&img, &other, &att, &["--now", "2026-11-25"]);
    assert_eq!(o.status.code(), Some(1));
    // A changed byte in the signed payload.
    let mut changed = bundle.clone();
    let payload = changed["dsseEnvelope"]["payload"]
        .as_str()
        .unwrap()
        .to_string();
    let mid = payload.len() / 2;
    let flipped = if &payload[mid..=mid] == "A" { "B" } else { "A" };
    changed["dsseEnvelope"]["payload"] =
        format!("{}{flipped}{}", &payload[..mid], &payload[mid + 1..]).into();
    let bad = d.path().join("bad.json");
    std::fs::write(&bad, changed.to_string()).unwrap();
    let o = verify(&img, &public, &bad, &["--now", "2026-11-25"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("no trusted key verifies it"));
    // Not JSON at all: a failed check, not a pass.
    std::fs::write(&bad, b"garbage\x1b[31m\n::error::x").unwrap();
    let o = verify(&img, &public, &bad, &["--now", "2026-11-25"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&o.stdout).contains('\x1b'));
    // Another image: the attestation's subject is not its digest.
    let other_img = write_tar(
        d.path(),
        "other.tar",
        &oci_files(&[Img::standard(Comp::None).without_secrets()]),
    );
    let o = verify(&other_img, &public, &att, &["--now", "2026-11-25"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("not this image"));
    // No attestation at all.
    let o = run(&[
        "verify-attestation",
        img.to_str().unwrap(),
        "--key",
        public.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_failing_image_is_attested_as_failing_and_never_verifies() {
    let d = tempdir();
    // The standard fixture holds a planted secret: the verdict is fail.
    let img = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip)]),
    );
    let att = d.path().join("att.json");
    let public = d.path().join("key.pub");
    std::fs::write(&public, PUB).unwrap();
    let o = bin()
        .env("IMAGEGATE_TEST_SIGNING_KEY", KEY)
        .args([
            "attest",
            img.to_str().unwrap(),
            "--skip-vulnerabilities",
            "--key",
            "env://IMAGEGATE_TEST_SIGNING_KEY",
            "-o",
            att.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("attested verdict fail"));
    assert!(!stderr(&o).contains(KEY_BODY));
    let o = verify(&img, &public, &att, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("the verdict is fail, pass is required"));
    let o = verify(&img, &public, &att, &["--require", "verdict=any"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn bad_keys_and_undecidable_images_are_errors() {
    let d = tempdir();
    let img = image(d.path());
    let att = d.path().join("att.json");
    let attest = |key: &str, img: &Path| {
        run(&[
            "attest",
            img.to_str().unwrap(),
            "--skip-vulnerabilities",
            "--key",
            key,
            "-o",
            att.to_str().unwrap(),
        ])
    };
    // A damaged key: exit 2, the key not quoted, nothing written.
    let broken = d.path().join("broken.pem");
    std::fs::write(&broken, KEY.replace("nYd52", "!!!!!")).unwrap();
    let o = attest(broken.to_str().unwrap(), &img);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("signing key"), "{}", stderr(&o));
    // The key is checked before the scan: reported even for a missing image.
    let o = attest(broken.to_str().unwrap(), &d.path().join("missing.tar"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("signing key"), "{}", stderr(&o));
    let o = attest("env://IMAGEGATE_NO_SUCH_VARIABLE", &img);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("IMAGEGATE_NO_SUCH_VARIABLE is not set"));
    let public = d.path().join("key.pub");
    std::fs::write(&public, PUB).unwrap();
    let o = attest(public.to_str().unwrap(), &img);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("PUBLIC KEY"));
    // A legacy docker-archive has no manifest digest to attest.
    let key = d.path().join("key.pem");
    std::fs::write(&key, KEY).unwrap();
    let legacy = write_tar(
        d.path(),
        "legacy.tar",
        &docker_files(
            &[Img::standard(Comp::None).without_secrets()],
            DockerStyle::Legacy,
        ),
    );
    let o = attest(key.to_str().unwrap(), &legacy);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no manifest digest"), "{}", stderr(&o));
    assert!(!att.exists(), "nothing is written on an error");
}

/// The Sigstore conformance case bundle and the public-good root, or `None`
/// (skipped; required with IMAGEGATE_REQUIRE_CORPUS=1).
fn sigstore_inputs() -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = std::env::var_os("IMAGEGATE_CORPUS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus"));
    let bundle =
        corpus.join("sigstore/bundle-verify/happy-path-intoto-in-dsse-v3/bundle.sigstore.json");
    let trusted = std::env::var_os("IMAGEGATE_SIGSTORE_PROD_ROOT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target/tools/sigstore-prod/trusted_root.json"));
    if bundle.is_file() && trusted.is_file() {
        return Some((bundle, trusted));
    }
    assert!(
        std::env::var("IMAGEGATE_REQUIRE_CORPUS").as_deref() != Ok("1"),
        "IMAGEGATE_REQUIRE_CORPUS=1 but {} or {} is missing",
        bundle.display(),
        trusted.display()
    );
    eprintln!("SKIP: the Sigstore corpus case or the production trusted root is missing");
    None
}

const ISSUER: &str = "https://token.actions.githubusercontent.com";
const IDENTITY: &str = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";

/// Keyless Sigstore bundles through the host: `verify-attestation
/// --trusted-root` and `scan --signature-bundle` verify a real keyless
/// bundle (from the conformance suite) in the component and reject it for
/// this image (it signs another digest), with its code; a trusted root
/// without an identity is a bad request.
#[test]
fn keyless_sigstore_bundles_through_the_host() {
    let Some((bundle, trusted)) = sigstore_inputs() else {
        return;
    };
    let d = tempdir();
    let img = image(d.path());
    let (img, bundle, trusted) = (
        img.to_str().unwrap(),
        bundle.to_str().unwrap(),
        trusted.to_str().unwrap(),
    );
    let o = run(&[
        "verify-attestation",
        img,
        "--bundle",
        bundle,
        "--trusted-root",
        trusted,
        "--certificate-oidc-issuer",
        ISSUER,
        "--certificate-identity",
        IDENTITY,
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    assert!(out.contains("[sigstore-artifact-mismatch]"), "{out}");
    let o = run(&[
        "verify-attestation",
        img,
        "--bundle",
        bundle,
        "--trusted-root",
        trusted,
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--certificate-identity"),
        "{}",
        stderr(&o)
    );
    // scan: the identities in the policy make a signature required.
    let policy = d.path().join("imagegate.toml");
    std::fs::write(
        &policy,
        format!("[signatures]\ntrusted-root = {trusted:?}\nidentities = [{{ issuer = {ISSUER:?}, subject-regexp = 'https://github\\.com/sigstore-conformance/.*' }}]\n"),
    )
    .unwrap();
    let o = run(&[
        "scan",
        img,
        "--skip-vulnerabilities",
        "--policy",
        policy.to_str().unwrap(),
        "--signature-bundle",
        bundle,
        "--format",
        "json",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let checked = &v["signatures"]["checked"][0];
    assert_eq!(checked["status"], "rejected", "{checked}");
    assert_eq!(checked["code"], "sigstore-artifact-mismatch", "{checked}");
    // Identities without a trusted root: the policy is refused.
    std::fs::write(
        &policy,
        format!("[signatures]\nidentities = [{{ issuer = {ISSUER:?}, subject = {IDENTITY:?} }}]\n"),
    )
    .unwrap();
    let o = run(&[
        "scan",
        img,
        "--skip-vulnerabilities",
        "--policy",
        policy.to_str().unwrap(),
        "--signature-bundle",
        bundle,
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("trusted root"), "{}", stderr(&o));
}
