//! Offline signature verification over the manifest digest, compatible with
//! cosign's key-based signatures.
//!
//! cosign signs a "simple signing" JSON payload whose
//! `critical.image.docker-manifest-digest` names the image manifest. The
//! signature is ECDSA P-256 over SHA-256 of the payload bytes (ASN.1 DER, or
//! the fixed 64-byte `r||s` form) or Ed25519 over the payload, stored base64.
//! Signatures come from files the user gives (`--signature` + `--payload`)
//! or from an OCI layout that holds cosign's `sha256-<hex>.sig` tag (see
//! [`crate::image::resolve`]). Every blob digest of the image is verified
//! while it is read, so a valid signature over the manifest digest covers
//! the exact config and layers that were scanned.
//!
//! Verification never fails the scan by itself: it yields a
//! [`Verification`] per signature; the policy decides (`require-signature`).

pub mod attestation;
pub mod bundle;
pub mod dsse;
pub mod keys;
pub mod sigstore;

// Where cosign keeps signatures in a layout, and the signatures found
// there, are the image layer's (`image::cosign`); kept here by name.
pub use crate::image::cosign::{
    is_cosign_tag, signature_tag, SignatureInput, SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE,
};

use base64::Engine as _;
use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// `critical.type` of a cosign container image signature.
pub const PAYLOAD_TYPE: &str = "cosign container image signature";
/// Payloads larger than this are refused (cosign's are a few hundred bytes).
pub const MAX_PAYLOAD: usize = 64 << 10;

/// The algorithm of a trusted key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKind {
    EcdsaP256,
    Ed25519,
}

#[derive(Clone)]
enum KeyInner {
    P256(p256::ecdsa::VerifyingKey),
    Ed25519(ed25519_dalek::VerifyingKey),
}

/// A trusted public key from the policy or `--public-key`.
#[derive(Clone)]
pub struct TrustedKey {
    /// The name it was given under (a file name or policy entry).
    pub name: String,
    pub kind: KeyKind,
    /// `sha256:<hex>` of the DER SubjectPublicKeyInfo: a stable key id.
    pub id: String,
    /// The DER SubjectPublicKeyInfo (Sigstore bundles check the log entry
    /// names it).
    spki_der: Vec<u8>,
    inner: KeyInner,
}

impl std::fmt::Debug for TrustedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustedKey")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("id", &self.id)
            .finish()
    }
}

impl TrustedKey {
    /// Parse a PEM `PUBLIC KEY` (SubjectPublicKeyInfo) holding an ECDSA
    /// P-256 or Ed25519 key. The error says what is wrong, without the key.
    pub fn from_pem(name: &str, pem: &str) -> Result<TrustedKey, String> {
        use p256::pkcs8::DecodePublicKey as _;
        let der = pem_to_der(pem)?;
        let id = format!("sha256:{}", hex(&Sha256::digest(&der)));
        if let Ok(k) = p256::ecdsa::VerifyingKey::from_public_key_der(&der) {
            return Ok(TrustedKey {
                name: name.to_string(),
                kind: KeyKind::EcdsaP256,
                id,
                spki_der: der.clone(),
                inner: KeyInner::P256(k),
            });
        }
        if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_der(&der) {
            return Ok(TrustedKey {
                name: name.to_string(),
                kind: KeyKind::Ed25519,
                id,
                spki_der: der.clone(),
                inner: KeyInner::Ed25519(k),
            });
        }
        Err("not an ECDSA P-256 or Ed25519 public key (SubjectPublicKeyInfo); RSA and other curves are not supported".to_string())
    }

    fn verifies(&self, payload: &[u8], sig: &[u8]) -> bool {
        match &self.inner {
            KeyInner::P256(k) => {
                use p256::ecdsa::signature::Verifier as _;
                let parsed = p256::ecdsa::Signature::from_der(sig)
                    .or_else(|_| p256::ecdsa::Signature::from_slice(sig));
                match parsed {
                    // Accept high-S signatures too (Go's ecdsa does).
                    Ok(s) => {
                        let s = s.normalize_s().unwrap_or(s);
                        k.verify(payload, &s).is_ok()
                    }
                    Err(_) => false,
                }
            }
            KeyInner::Ed25519(k) => match ed25519_dalek::Signature::from_slice(sig) {
                Ok(s) => k.verify_strict(payload, &s).is_ok(),
                Err(_) => false,
            },
        }
    }
}

/// Decode a single PEM block of type `PUBLIC KEY`.
fn pem_to_der(pem: &str) -> Result<Vec<u8>, String> {
    const BEGIN: &str = "-----BEGIN PUBLIC KEY-----";
    const END: &str = "-----END PUBLIC KEY-----";
    let start = pem
        .find(BEGIN)
        .ok_or_else(|| "no \"-----BEGIN PUBLIC KEY-----\" block".to_string())?;
    let rest = &pem[start + BEGIN.len()..];
    let end = rest
        .find(END)
        .ok_or_else(|| "the PUBLIC KEY block has no END line".to_string())?;
    let body: String = rest[..end].chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(body.as_bytes())
        .map_err(|e| format!("the PUBLIC KEY block is not valid base64: {e}"))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// A Sigstore bundle given as an image signature.
#[derive(Debug, Clone)]
pub struct BundleInput {
    /// Where it came from, for messages (a file name).
    pub source: String,
    pub bytes: Vec<u8>,
}

/// What a scan checks signatures with.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// cosign simple-signing signatures (files, and the layout's `.sig` tag).
    pub signatures: &'a [SignatureInput],
    /// Sigstore bundles.
    pub bundles: &'a [BundleInput],
    pub keys: &'a [TrustedKey],
    /// The trusted root and identities for keyless bundles.
    pub keyless: Option<&'a sigstore::Keyless>,
    /// Now (Unix seconds), for log entries' integrated times.
    pub now: Option<i64>,
}

/// Verify one Sigstore bundle over `manifest_digest`: key-signed ones with
/// each trusted key (and the trusted root's logs when there is one),
/// keyless ones against the trusted root and identities.
pub fn verify_bundle(manifest_digest: &str, b: &BundleInput, inputs: &Inputs<'_>) -> Verification {
    let rejected = |e: sigstore::Error| Verification {
        source: b.source.clone(),
        signed_reference: None,
        outcome: Outcome::Rejected {
            code: e.code.to_string(),
            reason: e.message,
        },
    };
    let Some(digest) = sigstore::sha256_digest(manifest_digest) else {
        return rejected(sigstore::Error {
            code: sigstore::E_ARTIFACT,
            message: "the manifest digest is not sha256".into(),
        });
    };
    let artifact = sigstore::Artifact::Sha256(digest);
    // Without the host's clock no integrated time is "in the future".
    let now = inputs.now.unwrap_or(i64::MAX);
    let verified = |key: String, key_id: String| Verification {
        source: b.source.clone(),
        signed_reference: None,
        outcome: Outcome::Verified { key, key_id },
    };
    if sigstore::is_keyless(&b.bytes) {
        let Some(kl) = inputs.keyless else {
            return rejected(sigstore::Error {
                code: sigstore::E_TRUST_ROOT,
                message: "a keyless bundle, but no Sigstore trusted root and identities (`signatures.trusted-root` and `signatures.identities`, or --trusted-root)".into(),
            });
        };
        return match sigstore::verify(&b.bytes, artifact, &kl.options(now)) {
            Ok(v) => verified(
                format!("keyless {}", logsafe_short(&v.signer)),
                format!("issuer {}", logsafe_short(&v.issuer.unwrap_or_default())),
            ),
            Err(e) => rejected(e),
        };
    }
    let mut last = sigstore::Error {
        code: sigstore::E_SIGNATURE,
        message:
            "a key-signed bundle, but no trusted key (--public-key or `signatures.trusted-keys`)"
                .into(),
    };
    for k in inputs.keys {
        let Ok(vk) = sigstore::VerifierKey::from_der(&k.spki_der) else {
            continue;
        };
        let opts = sigstore::Options {
            root: inputs.keyless.map(|kl| &kl.root),
            key: Some(&vk),
            identities: &[],
            now,
        };
        match sigstore::verify(&b.bytes, artifact, &opts) {
            Ok(_) => return verified(k.name.clone(), k.id.clone()),
            Err(e) => last = e,
        }
    }
    rejected(last)
}

fn logsafe_short(s: &str) -> String {
    sigstore::shown(s)
}

/// The result of checking one signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Outcome {
    /// A trusted key signed a payload naming this manifest digest.
    Verified { key: String, key_id: String },
    /// No trusted key verifies the signature (wrong key, or altered payload).
    UntrustedKey,
    /// Authentic, but signs another manifest: not this image.
    WrongDigest { signed: String },
    /// The signature is not base64 or not a signature at all.
    BadSignature { reason: String },
    /// Authentic, but the payload is not a cosign image-signature payload.
    BadPayload { reason: String },
    /// A Sigstore bundle that failed verification (`code`: a `sigstore-*` code).
    Rejected { code: String, reason: String },
}

/// One signature and what came of it.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub source: String,
    /// The docker reference the payload names, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed_reference: Option<String>,
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl Verification {
    pub fn verified(&self) -> bool {
        matches!(self.outcome, Outcome::Verified { .. })
    }

    /// A one-line reason for humans.
    pub fn reason(&self) -> String {
        match &self.outcome {
            Outcome::Verified { key, key_id } => {
                format!("{}: verified with trusted key {key} ({key_id})", self.source)
            }
            Outcome::UntrustedKey => format!(
                "{}: no trusted key verifies this signature (signed with another key, or the payload was altered)",
                self.source
            ),
            Outcome::WrongDigest { signed } => format!(
                "{}: a valid signature, but for manifest {signed}, not this image",
                self.source
            ),
            Outcome::BadSignature { reason } => {
                format!("{}: not a usable signature: {reason}", self.source)
            }
            Outcome::BadPayload { reason } => {
                format!("{}: signed payload is not a cosign image signature: {reason}", self.source)
            }
            Outcome::Rejected { code, reason } => {
                format!("{}: Sigstore bundle not verified [{code}]: {reason}", self.source)
            }
        }
    }
}

#[derive(serde::Deserialize)]
struct Payload {
    critical: Critical,
}

#[derive(serde::Deserialize)]
struct Critical {
    #[serde(default)]
    identity: Option<Identity>,
    image: PayloadImage,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(serde::Deserialize)]
struct Identity {
    #[serde(rename = "docker-reference", default)]
    docker_reference: Option<String>,
}

#[derive(serde::Deserialize)]
struct PayloadImage {
    #[serde(rename = "docker-manifest-digest")]
    docker_manifest_digest: String,
}

/// Check one signature against the manifest digest (`sha256:<hex>`) of the
/// scanned image and the trusted keys. Authenticity first: a payload is only
/// read once a trusted key vouches for it.
pub fn verify(manifest_digest: &str, sig: &SignatureInput, keys: &[TrustedKey]) -> Verification {
    let done = |outcome, signed_reference| Verification {
        source: sig.source.clone(),
        signed_reference,
        outcome,
    };
    if sig.payload.len() > MAX_PAYLOAD {
        return done(
            Outcome::BadPayload {
                reason: format!("{} bytes; the limit is {MAX_PAYLOAD}", sig.payload.len()),
            },
            None,
        );
    }
    let text: String = sig
        .signature
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let raw = match base64::engine::general_purpose::STANDARD.decode(text.as_bytes()) {
        Ok(r) => r,
        Err(e) => {
            return done(
                Outcome::BadSignature {
                    reason: format!("not base64: {e}"),
                },
                None,
            )
        }
    };
    if raw.is_empty() || raw.len() > 512 {
        return done(
            Outcome::BadSignature {
                reason: format!("{} bytes is not an ECDSA or Ed25519 signature", raw.len()),
            },
            None,
        );
    }
    let Some(key) = keys.iter().find(|k| k.verifies(&sig.payload, &raw)) else {
        return done(Outcome::UntrustedKey, None);
    };
    let payload: Payload = match serde_json::from_slice(&sig.payload) {
        Ok(p) => p,
        Err(e) => {
            return done(
                Outcome::BadPayload {
                    reason: format!("invalid JSON: {e}"),
                },
                None,
            )
        }
    };
    let reference = payload
        .critical
        .identity
        .and_then(|i| i.docker_reference)
        .filter(|r| !r.is_empty());
    if payload.critical.kind != PAYLOAD_TYPE {
        return done(
            Outcome::BadPayload {
                reason: format!(
                    "critical.type is {:?}, expected {PAYLOAD_TYPE:?}",
                    crate::image::digest::truncate(&payload.critical.kind)
                ),
            },
            reference,
        );
    }
    let signed = payload.critical.image.docker_manifest_digest;
    if signed != manifest_digest {
        return done(
            Outcome::WrongDigest {
                signed: crate::image::digest::truncate(&signed),
            },
            reference,
        );
    }
    done(
        Outcome::Verified {
            key: key.name.clone(),
            key_id: key.id.clone(),
        },
        reference,
    )
}

/// The payload cosign signs for `manifest_digest` (used by tests and docs).
pub fn payload_for(reference: &str, manifest_digest: &str) -> Vec<u8> {
    serde_json::json!({
        "critical": {
            "identity": { "docker-reference": reference },
            "image": { "docker-manifest-digest": manifest_digest },
            "type": PAYLOAD_TYPE,
        },
        "optional": null,
    })
    .to_string()
    .into_bytes()
}

/// A trusted key as shown in reports (never the key material).
#[derive(Debug, Clone, Serialize)]
pub struct KeyInfo {
    pub name: String,
    pub kind: KeyKind,
    pub id: String,
}

/// The signature section of a report.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureReport {
    /// The digest the signatures must name; `None` for a legacy
    /// docker-archive, which has no manifest.
    pub manifest_digest: Option<String>,
    pub required: bool,
    pub trusted_keys: Vec<KeyInfo>,
    pub checked: Vec<Verification>,
    /// At least one signature verified with a trusted key.
    pub verified: bool,
    /// How many signatures and bundles were found or given (without a
    /// manifest digest none is checked, but they were there). Not in the
    /// JSON report.
    #[serde(skip)]
    pub given: usize,
}

/// Check every signature (given files first, then those found in the
/// layout, then the bundles) over the manifest digest. The result is facts
/// only; the policy's `signatures` check turns it into diagnostics.
/// `required`: a valid signature is required (a trusted key or identity was
/// given, or the policy requires one).
pub fn evaluate(
    manifest_digest: Option<String>,
    all: &Inputs<'_>,
    required: bool,
) -> SignatureReport {
    let keys = all.keys;
    let checked: Vec<Verification> = match &manifest_digest {
        Some(d) => all
            .signatures
            .iter()
            .map(|s| verify(d, s, keys))
            .chain(all.bundles.iter().map(|b| verify_bundle(d, b, all)))
            .collect(),
        None => Vec::new(),
    };
    let verified = checked.iter().any(Verification::verified);
    SignatureReport {
        manifest_digest,
        required,
        trusted_keys: keys
            .iter()
            .map(|k| KeyInfo {
                name: k.name.clone(),
                kind: k.kind,
                id: k.id.clone(),
            })
            .collect(),
        given: all.signatures.len() + all.bundles.len(),
        checked,
        verified,
    }
}

#[cfg(test)]
mod tests;
