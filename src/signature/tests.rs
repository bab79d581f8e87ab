//! Signatures made in test code with fixed keys, checked the way cosign's
//! are: good, wrong key, wrong digest, altered payload, bad encodings.

use super::*;
use base64::engine::general_purpose::STANDARD as B64;
use p256::pkcs8::EncodePublicKey as _;

const DIGEST: &str = "sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270";
const OTHER: &str = "sha256:0000000000000000000000000000000000000000000000000000000000000001";

pub(crate) fn p256_key(seed: u8) -> (p256::ecdsa::SigningKey, String) {
    let mut bytes = [0u8; 32];
    bytes[31] = seed;
    bytes[0] = 1;
    let sk = p256::ecdsa::SigningKey::from_bytes(&bytes.into()).expect("fixed key");
    let pem = sk
        .verifying_key()
        .to_public_key_pem(p256::pkcs8::LineEnding::LF)
        .expect("pem");
    (sk, pem)
}

pub(crate) fn sign_p256(sk: &p256::ecdsa::SigningKey, payload: &[u8]) -> String {
    use p256::ecdsa::signature::Signer as _;
    let sig: p256::ecdsa::Signature = sk.sign(payload);
    B64.encode(sig.to_der().as_bytes())
}

fn ed_key(seed: u8) -> (ed25519_dalek::SigningKey, String) {
    use ed25519_dalek::pkcs8::EncodePublicKey as _;
    let sk = ed25519_dalek::SigningKey::from_bytes(&[seed; 32]);
    let pem = sk
        .verifying_key()
        .to_public_key_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
        .expect("pem");
    (sk, pem)
}

fn input(payload: Vec<u8>, signature: String) -> SignatureInput {
    SignatureInput {
        source: "app.sig".into(),
        payload,
        signature,
    }
}

#[test]
fn ecdsa_p256_good_signature_verifies() {
    let (sk, pem) = p256_key(7);
    let key = TrustedKey::from_pem("cosign.pub", &pem).expect("key");
    assert_eq!(key.kind, KeyKind::EcdsaP256);
    assert!(key.id.starts_with("sha256:") && key.id.len() == 71);
    let payload = payload_for("registry.example.com/team/app", DIGEST);
    let v = verify(
        DIGEST,
        &input(payload.clone(), sign_p256(&sk, &payload)),
        std::slice::from_ref(&key),
    );
    assert_eq!(
        v.outcome,
        Outcome::Verified {
            key: "cosign.pub".into(),
            key_id: key.id.clone()
        }
    );
    assert_eq!(
        v.signed_reference.as_deref(),
        Some("registry.example.com/team/app")
    );
    assert!(v.reason().contains("verified with trusted key cosign.pub"));
}

#[test]
fn ed25519_good_signature_verifies() {
    use ed25519_dalek::Signer as _;
    let (sk, pem) = ed_key(3);
    let key = TrustedKey::from_pem("ed.pub", &pem).expect("key");
    assert_eq!(key.kind, KeyKind::Ed25519);
    let payload = payload_for("app", DIGEST);
    let sig = B64.encode(sk.sign(&payload).to_bytes());
    assert!(verify(DIGEST, &input(payload, sig), &[key]).verified());
}

#[test]
fn wrong_key_is_untrusted() {
    let (sk, _) = p256_key(7);
    let (_, other_pem) = p256_key(8);
    let (_, ed_pem) = ed_key(1);
    let keys = [
        TrustedKey::from_pem("other.pub", &other_pem).expect("key"),
        TrustedKey::from_pem("ed.pub", &ed_pem).expect("key"),
    ];
    let payload = payload_for("app", DIGEST);
    let v = verify(
        DIGEST,
        &input(payload.clone(), sign_p256(&sk, &payload)),
        &keys,
    );
    assert_eq!(v.outcome, Outcome::UntrustedKey);
    assert!(v.reason().contains("no trusted key verifies"));
    // No keys at all: nothing can vouch for it.
    assert_eq!(
        verify(
            DIGEST,
            &input(payload.clone(), sign_p256(&sk, &payload)),
            &[]
        )
        .outcome,
        Outcome::UntrustedKey
    );
}

#[test]
fn signature_for_another_image_is_wrong_digest() {
    let (sk, pem) = p256_key(7);
    let key = TrustedKey::from_pem("cosign.pub", &pem).expect("key");
    let payload = payload_for("app", OTHER);
    let v = verify(
        DIGEST,
        &input(payload.clone(), sign_p256(&sk, &payload)),
        &[key],
    );
    assert_eq!(
        v.outcome,
        Outcome::WrongDigest {
            signed: OTHER.into()
        }
    );
    assert!(v.reason().contains("not this image"));
}

#[test]
fn altered_payload_fails_and_is_not_read() {
    let (sk, pem) = p256_key(7);
    let key = TrustedKey::from_pem("cosign.pub", &pem).expect("key");
    let payload = payload_for("app", OTHER);
    let sig = sign_p256(&sk, &payload);
    // Swap the signed digest for this image's: the signature no longer matches.
    let forged = String::from_utf8(payload)
        .expect("utf8")
        .replace(OTHER, DIGEST);
    let v = verify(DIGEST, &input(forged.into_bytes(), sig), &[key]);
    assert_eq!(v.outcome, Outcome::UntrustedKey);
}

#[test]
fn authentic_but_malformed_payloads_are_bad_payloads() {
    let (sk, pem) = p256_key(7);
    let key = TrustedKey::from_pem("cosign.pub", &pem).expect("key");
    for (payload, want) in [
        (b"not json".to_vec(), "invalid JSON"),
        (
            br#"{"critical":{"image":{"docker-manifest-digest":"x"},"type":"something else"}}"#
                .to_vec(),
            "critical.type",
        ),
        (
            br#"{"critical":{"type":"cosign container image signature"}}"#.to_vec(),
            "invalid JSON",
        ),
    ] {
        let v = verify(
            DIGEST,
            &input(payload.clone(), sign_p256(&sk, &payload)),
            std::slice::from_ref(&key),
        );
        match &v.outcome {
            Outcome::BadPayload { reason } => assert!(reason.contains(want), "{reason}"),
            other => panic!("expected bad payload, got {other:?}"),
        }
    }
    let big = vec![b' '; MAX_PAYLOAD + 1];
    assert!(matches!(
        verify(DIGEST, &input(big, "AAAA".into()), &[key]).outcome,
        Outcome::BadPayload { .. }
    ));
}

#[test]
fn bad_signature_encodings() {
    let (_, pem) = p256_key(7);
    let key = TrustedKey::from_pem("cosign.pub", &pem).expect("key");
    let payload = payload_for("app", DIGEST);
    for (sig, want) in [("%%%not base64", "not base64"), ("", "0 bytes")] {
        match verify(
            DIGEST,
            &input(payload.clone(), sig.into()),
            std::slice::from_ref(&key),
        )
        .outcome
        {
            Outcome::BadSignature { reason } => assert!(reason.contains(want), "{reason}"),
            other => panic!("expected bad signature, got {other:?}"),
        }
    }
    // Valid base64 of garbage: no key verifies it.
    assert_eq!(
        verify(DIGEST, &input(payload, B64.encode([1u8; 70])), &[key]).outcome,
        Outcome::UntrustedKey
    );
}

#[test]
fn key_parse_errors_say_what_is_wrong() {
    assert!(TrustedKey::from_pem("k", "hello")
        .unwrap_err()
        .contains("BEGIN PUBLIC KEY"));
    assert!(
        TrustedKey::from_pem("k", "-----BEGIN PUBLIC KEY-----\nAAAA")
            .unwrap_err()
            .contains("END")
    );
    assert!(TrustedKey::from_pem(
        "k",
        "-----BEGIN PUBLIC KEY-----\n!!\n-----END PUBLIC KEY-----"
    )
    .unwrap_err()
    .contains("base64"));
    let not_a_key = format!(
        "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----",
        B64.encode([0u8; 40])
    );
    assert!(TrustedKey::from_pem("k", &not_a_key)
        .unwrap_err()
        .contains("not an ECDSA P-256 or Ed25519"));
}

#[test]
fn cosign_tags() {
    let hex = "5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270";
    assert!(is_cosign_tag(&format!("sha256-{hex}.sig")));
    assert!(is_cosign_tag(&format!(
        "registry.example.com/app:sha256-{hex}.att"
    )));
    assert!(is_cosign_tag(&format!("sha256-{hex}.sbom")));
    assert!(!is_cosign_tag(&format!("sha256-{hex}.txt")));
    assert!(!is_cosign_tag("sha256-abc.sig"));
    assert!(!is_cosign_tag("latest"));
    assert_eq!(
        signature_tag(DIGEST).as_deref(),
        Some(format!("sha256-{hex}.sig").as_str())
    );
}
