//! Verdict attestations made and checked with fixed keys: good (P-256 and
//! Ed25519, PKCS#8 and SEC1), every byte of a bundle changed, wrong key,
//! another image, a failing verdict, stale scans and DBs, newest decides.

use super::*;
use crate::signature::keys::SigningKey;

const DIGEST: &str = "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270";
const OTHER: &str = "sha256:0000000000000000000000000000000000000000000000000000000000000001";
/// 2026-12-07T00:00:00Z
const NOW: u64 = 1_796_601_600;

fn p256_pem(seed: u8) -> String {
    use p256::pkcs8::EncodePrivateKey as _;
    let mut bytes = [0u8; 32];
    bytes[0] = 1;
    bytes[31] = seed;
    let sk = p256::SecretKey::from_bytes(&bytes.into()).expect("fixed key");
    sk.to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
        .expect("pem")
        .to_string()
}

fn sec1_pem(seed: u8) -> String {
    let mut bytes = [0u8; 32];
    bytes[0] = 2;
    bytes[31] = seed;
    let sk = p256::SecretKey::from_bytes(&bytes.into()).expect("fixed key");
    sk.to_sec1_pem(p256::pkcs8::LineEnding::LF)
        .expect("pem")
        .to_string()
}

fn ed_pem(seed: u8) -> String {
    use ed25519_dalek::pkcs8::EncodePrivateKey as _;
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
        .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
        .expect("pem")
        .to_string()
}

fn report(verdict: &str, digest: Option<&str>) -> String {
    serde_json::json!({
        "schema": "imagegate.report/v1",
        "source": {"name": "registry.example/app:1", "format": "oci-layout"},
        "verdict": verdict,
        "policy": {"source": "imagegate.toml"},
        "summary": {"errors": 1, "warnings": 2, "notes": 3, "checks": {}},
        "image": {"manifest_digest": digest},
        "vulnerability_db": {"build_time": "2026-12-06T00:00:00Z", "records": 42, "sources": []},
        "vulnerabilities": [
            {"id": "CVE-1", "severity": {"level": "high"}},
            {"id": "CVE-2", "severity": {"level": "high"}},
            {"id": "CVE-3", "severity": {"level": "low"}}
        ],
        "secrets": []
    })
    .to_string()
}

fn input(verdict: &str, digest: &str, time: u64) -> AttestInput {
    AttestInput {
        report_json: report(verdict, Some(digest)),
        report_schema: crate::report::SCHEMA,
        subject_name: None,
        policy_digest: Some(format!("sha256:{}", "b".repeat(64))),
        db_digest: Some(format!("sha256:{}", "c".repeat(64))),
        component_digest: format!("sha256:{}", "d".repeat(64)),
        component_version: "imagegate 0.1.0".into(),
        time,
    }
}

fn att(source: &str, bundle: &str) -> AttestationInput {
    AttestationInput {
        source: source.into(),
        bytes: bundle.as_bytes().to_vec(),
    }
}

fn made(pem: &str, verdict: &str, digest: &str, time: u64) -> (Made, TrustedKey) {
    let key = SigningKey::from_pem(pem).expect("key");
    let m = make(&input(verdict, digest, time), &key).expect("made");
    (m, key.trusted("k.pub").expect("public"))
}

#[test]
fn attestations_made_with_each_key_type_verify() {
    for pem in [p256_pem(1), sec1_pem(1), ed_pem(1)] {
        let (m, key) = made(&pem, "pass", DIGEST, NOW - 60);
        let r = verify(
            DIGEST,
            &[att("a.json", &m.bundle)],
            &[key],
            None,
            &Requirements::default(),
            NOW,
        );
        assert!(r.verified, "{}", r.text());
        assert_eq!(r.checked[0].outcome, Outcome::Satisfied);
        let p = r.checked[0].predicate.as_ref().expect("predicate");
        assert_eq!(p.verdict, "pass");
        assert_eq!(p.counts.vulnerabilities.get("high"), Some(&2));
        assert_eq!(p.counts.vulnerabilities.get("low"), Some(&1));
        assert_eq!(p.counts.diagnostics.get("warning"), Some(&2));
        assert_eq!(p.db.as_ref().map(|d| d.records), Some(42));
        assert_eq!(p.scanned_at, "2026-12-06T23:59:00Z");
        assert!(r.text().contains("result: PASS"));
        // The statement is what the envelope carries.
        let st: Statement<Predicate> = serde_json::from_str(&m.statement).expect("statement");
        assert_eq!(
            st.subject[0].digest.get("sha256").map(String::as_str),
            Some(&DIGEST[7..])
        );
        assert_eq!(st.subject[0].name, "registry.example/app:1");
        assert_eq!(st.predicate_type, PREDICATE_TYPE);
    }
}

#[test]
fn any_changed_byte_of_a_bundle_fails() {
    for pem in [p256_pem(3), ed_pem(3)] {
        let (m, key) = made(&pem, "pass", DIGEST, NOW);
        let bytes = m.bundle.as_bytes();
        let mut passed = Vec::new();
        for i in 0..bytes.len() {
            for flip in [0x01u8, 0x20] {
                let mut b = bytes.to_vec();
                b[i] ^= flip;
                let r = verify(
                    DIGEST,
                    &[AttestationInput {
                        source: "t".into(),
                        bytes: b,
                    }],
                    std::slice::from_ref(&key),
                    None,
                    &Requirements::default(),
                    NOW,
                );
                if r.verified {
                    passed.push((i, flip));
                }
            }
        }
        assert!(
            passed.is_empty(),
            "changed bundles still verified at {passed:?}"
        );
    }
}

#[test]
fn wrong_key_other_image_and_failing_verdicts_never_pass() {
    let (m, _) = made(&p256_pem(1), "pass", DIGEST, NOW);
    let (_, other_key) = made(&p256_pem(2), "pass", DIGEST, NOW);
    let r = verify(
        DIGEST,
        &[att("a", &m.bundle)],
        std::slice::from_ref(&other_key),
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified);
    assert_eq!(r.checked[0].outcome, Outcome::UntrustedKey);

    let (m, key) = made(&p256_pem(1), "pass", OTHER, NOW);
    let r = verify(
        DIGEST,
        &[att("a", &m.bundle)],
        std::slice::from_ref(&key),
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified);
    assert!(
        matches!(r.checked[0].outcome, Outcome::WrongSubject { .. }),
        "{:?}",
        r.checked[0]
    );

    let (m, key) = made(&p256_pem(1), "fail", DIGEST, NOW);
    let r = verify(
        DIGEST,
        &[att("a", &m.bundle)],
        std::slice::from_ref(&key),
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified);
    assert!(
        r.text().contains("the verdict is fail, pass is required"),
        "{}",
        r.text()
    );
    let mut any = Requirements::default();
    any.add("verdict=any").expect("req");
    assert!(verify(DIGEST, &[att("a", &m.bundle)], &[key], None, &any, NOW).verified);

    let r = verify(
        DIGEST,
        &[],
        &[other_key],
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified && r.text().contains("no attestation found"));
}

#[test]
fn the_newest_attestation_decides() {
    let (old_pass, key) = made(&p256_pem(1), "pass", DIGEST, NOW - 3600);
    let (new_fail, _) = made(&p256_pem(1), "fail", DIGEST, NOW - 60);
    let r = verify(
        DIGEST,
        &[att("new", &new_fail.bundle), att("old", &old_pass.bundle)],
        &[key],
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified);
    assert!(matches!(r.checked[0].outcome, Outcome::Unsatisfied { .. }));
    assert_eq!(r.checked[1].outcome, Outcome::Superseded);
}

#[test]
fn ages_and_exact_requirements() {
    let (m, key) = made(&p256_pem(1), "pass", DIGEST, NOW - 8 * 86_400);
    let inputs = [att("a", &m.bundle)];
    let keys = [key];
    let mut req = Requirements {
        max_age: crate::time::parse_duration("7d"),
        ..Requirements::default()
    };
    let r = verify(DIGEST, &inputs, &keys, None, &req, NOW);
    assert!(
        !r.verified && r.text().contains("the scan is 8d 0h old"),
        "{}",
        r.text()
    );
    req.max_age = crate::time::parse_duration("9d");
    assert!(verify(DIGEST, &inputs, &keys, None, &req, NOW).verified);
    // The DB was built on 2026-12-06: a day old.
    req.max_db_age = crate::time::parse_duration("12h");
    let r = verify(DIGEST, &inputs, &keys, None, &req, NOW);
    assert!(
        !r.verified && r.text().contains("the DB was built 1d 0h before now"),
        "{}",
        r.text()
    );
    req.max_db_age = crate::time::parse_duration("2d");
    assert!(verify(DIGEST, &inputs, &keys, None, &req, NOW).verified);
    req.add(&format!("policy-digest=sha256:{}", "b".repeat(64)))
        .expect("req");
    assert!(verify(DIGEST, &inputs, &keys, None, &req, NOW).verified);
    req.add("component-version=imagegate 9").expect("req");
    let r = verify(DIGEST, &inputs, &keys, None, &req, NOW);
    assert!(!r.verified && r.text().contains("component-version is imagegate 0.1.0"));
    assert!(
        req.add("nonsense=1").is_err()
            && req.add("verdict=maybe").is_err()
            && req.add("x").is_err()
    );

    // Signed in the future: refused.
    let (m, key) = made(&p256_pem(1), "pass", DIGEST, NOW + 3600);
    let r = verify(
        DIGEST,
        &[att("a", &m.bundle)],
        &[key],
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified && r.text().contains("in the future"));
}

#[test]
fn bare_envelopes_verify_and_other_predicates_are_ignored() {
    let sk = SigningKey::from_pem(&ed_pem(9)).expect("key");
    let key = sk.trusted("ed.pub").expect("pub");
    let m = make(&input("pass", DIGEST, NOW), &sk).expect("made");
    let b: serde_json::Value = serde_json::from_str(&m.bundle).expect("json");
    let env = b["dsseEnvelope"].to_string();
    assert!(
        verify(
            DIGEST,
            &[att("env", &env)],
            std::slice::from_ref(&key),
            None,
            &Requirements::default(),
            NOW
        )
        .verified
    );

    // An SBOM attestation of the same image, same key: not a verdict.
    let st = serde_json::json!({
        "_type": STATEMENT_TYPE,
        "subject": [{"name": "x", "digest": {"sha256": &DIGEST[7..]}}],
        "predicateType": "https://cyclonedx.org/bom",
        "predicate": {}
    });
    let env = Envelope::sign(IN_TOTO_PAYLOAD_TYPE, st.to_string().as_bytes(), &sk);
    let r = verify(
        DIGEST,
        &[att("sbom", &serde_json::to_string(&env).expect("json"))],
        &[key],
        None,
        &Requirements::default(),
        NOW,
    );
    assert!(!r.verified);
    assert!(matches!(
        r.checked[0].outcome,
        Outcome::OtherPredicate { .. }
    ));
}

#[test]
fn undecided_scans_and_legacy_archives_are_not_attested() {
    let sk = SigningKey::from_pem(&p256_pem(1)).expect("key");
    let mut i = input("error", DIGEST, NOW);
    assert!(make(&i, &sk).is_err_and(|e| e.contains("never attested")));
    i.report_json = report("pass", None);
    assert!(make(&i, &sk).is_err_and(|e| e.contains("no manifest digest")));
    i.report_json = "{".into();
    assert!(make(&i, &sk).is_err());
}

#[test]
fn keys_are_never_printed() {
    let pem = p256_pem(5);
    let sk = SigningKey::from_pem(&pem).expect("key");
    let body: String = pem.lines().nth(1).unwrap_or_default().to_string();
    assert!(!format!("{sk:?}").contains(&body[..20]));
    let broken = pem.replace(&body[10..14], "!!!!");
    let e = SigningKey::from_pem(&broken).expect_err("broken");
    assert!(!e.contains(&body[..20]), "{e}");
    for (text, want) in [
        ("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n", "encrypted"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "PUBLIC KEY"),
        ("nothing", "no PEM"),
        ("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "not an ECDSA P-256 or Ed25519"),
    ] {
        let e = SigningKey::from_pem(text).expect_err(text);
        assert!(e.contains(want), "{e}");
    }
}
