//! The Sigstore client conformance suite's bundle-verification cases
//! (`$IMAGEGATE_CORPUS/sigstore/bundle-verify/`, 53 cases): a case whose
//! name ends in `_fail` must fail, every other must pass, with the case's
//! artifact (default `../a.txt`), identity, issuer, `key.pub` and
//! `trusted_root.json`. Cases without a trusted root use the Sigstore
//! public-good production root, which ships in the PyPI `sigstore` wheel:
//! scripts/test.sh extracts it to `target/tools/sigstore-prod/trusted_root.json`
//! (or set `$IMAGEGATE_SIGSTORE_PROD_ROOT`).

use imagegate::signature::sigstore::{
    self, Artifact, Identity, Options, Subject, TrustedRoot, VerifierKey,
};
use std::path::{Path, PathBuf};

const DEFAULT_IDENTITY: &str = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
const DEFAULT_ISSUER: &str = "https://token.actions.githubusercontent.com";

fn require() -> bool {
    std::env::var("IMAGEGATE_REQUIRE_CORPUS").is_ok_and(|v| v == "1")
}

fn prod_root() -> Option<PathBuf> {
    let p = std::env::var_os("IMAGEGATE_SIGSTORE_PROD_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/tools/sigstore-prod/trusted_root.json")
        });
    p.is_file().then_some(p)
}

fn read_opt(dir: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(name))
        .ok()
        .map(|s| s.trim().to_string())
}

/// Run one case: Ok(()) verified, Err(code: message) failed.
fn run_case(dir: &Path, prod: Option<&Path>, now: i64) -> Result<Result<(), String>, String> {
    let bundle = std::fs::read(dir.join("bundle.sigstore.json")).map_err(|e| e.to_string())?;
    let artifact_path = if dir.join("artifact").is_file() {
        dir.join("artifact")
    } else {
        // The suite's default artifact sits next to bundle-verify/.
        dir.join("../../a.txt")
    };
    let artifact = std::fs::read(&artifact_path).map_err(|e| e.to_string())?;
    let root_path = if dir.join("trusted_root.json").is_file() {
        dir.join("trusted_root.json")
    } else {
        match prod {
            Some(p) => p.to_path_buf(),
            None => return Err("needs the production trusted root".into()),
        }
    };
    let root_bytes = std::fs::read(&root_path).map_err(|e| e.to_string())?;
    let root = match TrustedRoot::parse(&root_bytes) {
        Ok(r) => r,
        Err(e) => return Ok(Err(format!("{}: {e}", sigstore::E_TRUST_ROOT))),
    };
    let key = match read_opt(dir, "key.pub") {
        Some(pem) => match VerifierKey::from_pem(&pem) {
            Ok(k) => Some(k),
            Err(e) => return Ok(Err(format!("key: {e}"))),
        },
        None => None,
    };
    let identities = vec![Identity {
        issuer: read_opt(dir, "issuer").unwrap_or_else(|| DEFAULT_ISSUER.into()),
        subject: Subject::Exact(
            read_opt(dir, "identity").unwrap_or_else(|| DEFAULT_IDENTITY.into()),
        ),
    }];
    let opts = Options {
        root: Some(&root),
        key: key.as_ref(),
        identities: &identities,
        now,
    };
    Ok(sigstore::verify(&bundle, Artifact::Bytes(&artifact), &opts)
        .map(|_| ())
        .map_err(|e| {
            assert!(
                imagegate::explain::explain(e.code).is_some(),
                "{} has no explain entry",
                e.code
            );
            e.to_string()
        }))
}

#[test]
fn sigstore_conformance_bundle_verify() {
    let Some(corpus) = crate::real_images::corpus() else {
        return;
    };
    let base = corpus.join("sigstore/bundle-verify");
    let prod = prod_root();
    if prod.is_none() {
        let msg = "the Sigstore production trusted root is missing (run scripts/test.sh, or set IMAGEGATE_SIGSTORE_PROD_ROOT to sigstore/_store/prod/trusted_root.json of the PyPI sigstore wheel)";
        assert!(!require(), "IMAGEGATE_REQUIRE_CORPUS=1 but {msg}");
        eprintln!("SKIP (cases without their own root): {msg}");
    }
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&base)
        .unwrap_or_else(|e| panic!("{}: {e}", base.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 53, "the suite has 53 cases");
    let (mut good, mut skipped) = (0, 0);
    let mut wrong = Vec::new();
    println!("| case | expected | result | detail |\n|---|---|---|---|");
    for name in &names {
        let expect_pass = !name.ends_with("_fail");
        let expected = if expect_pass { "pass" } else { "fail" };
        match run_case(&base.join(name), prod.as_deref(), now) {
            Err(why) => {
                skipped += 1;
                println!("| {name} | {expected} | SKIP | {why} |");
            }
            Ok(r) => {
                let passed = r.is_ok();
                let detail = r.err().unwrap_or_default();
                let ok = passed == expect_pass;
                if ok {
                    good += 1;
                } else {
                    wrong.push(name.clone());
                }
                println!(
                    "| {name} | {expected} | {}{} | {} |",
                    if passed { "pass" } else { "fail" },
                    if ok { "" } else { " WRONG" },
                    detail.replace('|', "\\|")
                );
            }
        }
    }
    println!("{good}/{} as expected, {skipped} skipped", names.len());
    assert!(wrong.is_empty(), "cases with the wrong result: {wrong:?}");
    assert!(skipped == 0 || !require(), "{skipped} cases skipped");
}

/// The production root and the corpus directory, or `None` (skipped).
fn prod_and_base() -> Option<(TrustedRoot, PathBuf)> {
    let corpus = crate::real_images::corpus()?;
    let Some(p) = prod_root() else {
        assert!(
            !require(),
            "IMAGEGATE_REQUIRE_CORPUS=1 but the Sigstore production trusted root is missing"
        );
        eprintln!("SKIP: the Sigstore production trusted root is missing");
        return None;
    };
    let root = TrustedRoot::parse(&std::fs::read(p).unwrap()).expect("the production root parses");
    Some((root, corpus.join("sigstore/bundle-verify")))
}

fn now() -> i64 {
    i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap()
}

/// The identity policy decides on a valid keyless bundle: exact subject,
/// a regular expression matched whole, the issuer, and no policy at all.
#[test]
fn sigstore_identity_policy_decides() {
    let Some((root, base)) = prod_and_base() else {
        return;
    };
    let bundle = std::fs::read(base.join("happy-path-v0.3/bundle.sigstore.json")).unwrap();
    let artifact = std::fs::read(base.join("../a.txt")).unwrap();
    let check = |ids: &[Identity]| {
        let opts = Options {
            root: Some(&root),
            key: None,
            identities: ids,
            now: now(),
        };
        sigstore::verify(&bundle, Artifact::Bytes(&artifact), &opts)
    };
    let exact = |issuer: &str, subject: &str| Identity {
        issuer: issuer.into(),
        subject: Subject::Exact(subject.into()),
    };
    let v =
        check(&[exact(DEFAULT_ISSUER, DEFAULT_IDENTITY)]).expect("the suite's identity verifies");
    assert_eq!(v.signer, DEFAULT_IDENTITY);
    assert_eq!(v.issuer.as_deref(), Some(DEFAULT_ISSUER));
    assert_eq!(v.tlog_entries, 1);
    assert!(!v.times.is_empty());
    let re = Identity::regex(
        DEFAULT_ISSUER,
        r"https://github\.com/sigstore-conformance/.*@refs/heads/main",
    )
    .unwrap();
    assert!(check(&[re]).is_ok());
    // One of several identities is enough.
    assert!(check(&[
        exact(DEFAULT_ISSUER, "https://example.com/other"),
        exact(DEFAULT_ISSUER, DEFAULT_IDENTITY)
    ])
    .is_ok());
    for (ids, what) in [
        (
            vec![exact(
                DEFAULT_ISSUER,
                "https://github.com/sigstore-conformance/other.yml@refs/heads/main",
            )],
            "another subject",
        ),
        (
            vec![exact("https://accounts.google.com", DEFAULT_IDENTITY)],
            "another issuer",
        ),
        (
            vec![Identity::regex(DEFAULT_ISSUER, "sigstore-conformance").unwrap()],
            "a regexp that matches only part",
        ),
        (vec![], "no identity at all"),
    ] {
        let e = check(&ids).expect_err(what);
        assert_eq!(e.code, sigstore::E_IDENTITY, "{what}: {e}");
    }
    // Keyless without a trusted root fails closed.
    let ids = [exact(DEFAULT_ISSUER, DEFAULT_IDENTITY)];
    let opts = Options {
        root: None,
        key: None,
        identities: &ids,
        now: now(),
    };
    let e = sigstore::verify(&bundle, Artifact::Bytes(&artifact), &opts).unwrap_err();
    assert_eq!(e.code, sigstore::E_TRUST_ROOT);
    // The artifact, changed by one byte.
    let mut other = artifact.clone();
    other[0] ^= 1;
    let opts = Options {
        root: Some(&root),
        key: None,
        identities: &ids,
        now: now(),
    };
    assert!(sigstore::verify(&bundle, Artifact::Bytes(&other), &opts).is_err());
    // Any byte of the bundle's signature changed.
    let text = String::from_utf8(bundle.clone()).unwrap();
    let sig = "MEUCICYFq/4bTEdlurgqVuNmwCcIWu3NKOCgveWAJBiezJ0uAiEA2i7U18+aRpFxLYksr5HKBQQy08zE050WIc0RzKunDIA=";
    assert!(text.contains(sig));
    let tampered = text.replace(sig, &sig.replacen('C', "D", 1));
    let e = sigstore::verify(tampered.as_bytes(), Artifact::Bytes(&artifact), &opts).unwrap_err();
    assert_eq!(e.code, sigstore::E_SIGNATURE, "{e}");
}

/// A keyless DSSE bundle binds its statement's subject: the artifact's
/// digest passes, another digest is `sigstore-artifact-mismatch`.
#[test]
fn sigstore_dsse_bundle_binds_the_subject_digest() {
    let Some((root, base)) = prod_and_base() else {
        return;
    };
    let bundle =
        std::fs::read(base.join("happy-path-intoto-in-dsse-v3/bundle.sigstore.json")).unwrap();
    let artifact = std::fs::read(base.join("../a.txt")).unwrap();
    let ids = [Identity {
        issuer: DEFAULT_ISSUER.into(),
        subject: Subject::Exact(DEFAULT_IDENTITY.into()),
    }];
    let opts = Options {
        root: Some(&root),
        key: None,
        identities: &ids,
        now: now(),
    };
    let digest: [u8; 32] = <sha2::Sha256 as sha2::Digest>::digest(&artifact).into();
    let v = sigstore::verify(&bundle, Artifact::Sha256(digest), &opts).expect("verifies by digest");
    assert_eq!(
        v.dsse.as_ref().map(|d| d.0.as_str()),
        Some("application/vnd.in-toto+json")
    );
    let e = sigstore::verify(&bundle, Artifact::Sha256([7; 32]), &opts).unwrap_err();
    assert_eq!(e.code, sigstore::E_ARTIFACT, "{e}");
}

/// `verify-attestation` with a trusted root and an identity: a keyless
/// DSSE bundle of the suite verifies end to end (it is authentic, about the
/// digest, and not an imagegate verdict, so it is listed and does not
/// decide); with another identity it is rejected with its code.
#[test]
fn verify_attestation_takes_keyless_bundles() {
    let Some((_, base)) = prod_and_base() else {
        return;
    };
    let root = std::fs::read_to_string(prod_root().unwrap()).unwrap();
    let bundle =
        std::fs::read(base.join("happy-path-intoto-in-dsse-v3/bundle.sigstore.json")).unwrap();
    let artifact = std::fs::read(base.join("../a.txt")).unwrap();
    let digest = format!(
        "sha256:{}",
        <sha2::Sha256 as sha2::Digest>::digest(&artifact)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let req = |subject: &str| imagegate::VerifyAttestationRequest {
        image: None,
        display_name: None,
        tag: None,
        platform: None,
        manifest_digest: Some(digest.clone()),
        attestations: vec![imagegate::signature::attestation::AttestationInput {
            source: "intoto.sigstore.json".into(),
            bytes: bundle.clone(),
        }],
        trusted_keys: Vec::new(),
        trusted_root: Some(root.clone()),
        identities: vec![sigstore::IdentitySpec {
            issuer: DEFAULT_ISSUER.into(),
            subject: subject.into(),
            regexp: false,
        }],
        requirements: Default::default(),
        now: u64::try_from(now()).unwrap(),
        limits: Default::default(),
    };
    let r = imagegate::verify_attestation(&req(DEFAULT_IDENTITY)).expect("a valid request");
    assert!(!r.verified);
    let v = serde_json::to_value(&r.checked[0]).unwrap();
    assert_eq!(v["status"], "other-predicate", "{v}");
    assert_eq!(
        v["key"],
        format!("keyless {DEFAULT_IDENTITY} ({DEFAULT_ISSUER})")
    );
    let r = imagegate::verify_attestation(&req("https://example.com/someone-else")).unwrap();
    let v = serde_json::to_value(&r.checked[0]).unwrap();
    assert_eq!(v["status"], "rejected", "{v}");
    assert_eq!(v["code"], sigstore::E_IDENTITY);
    assert!(
        r.text().contains("[sigstore-identity-mismatch]"),
        "{}",
        r.text()
    );
    // A trusted root without identities is a bad request.
    let mut bad = req(DEFAULT_IDENTITY);
    bad.identities.clear();
    assert!(imagegate::verify_attestation(&bad).is_err());
}
