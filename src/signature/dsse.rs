//! DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1): the
//! envelope that carries in-toto statements in Sigstore bundles and cosign
//! attestations. A signature is over the pre-authentication encoding
//! `PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body`,
//! never over the payload alone, so the payload type is signed too.

use super::keys::SigningKey;
use super::TrustedKey;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The payload type of an in-toto statement.
pub const IN_TOTO_PAYLOAD_TYPE: &str = "application/vnd.in-toto+json";
/// Envelopes larger than this are refused (ours are a few KiB).
pub const MAX_ENVELOPE: usize = 4 << 20;

/// The pre-authentication encoding that DSSE signs.
pub fn pae(payload_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + payload_type.len() + 32);
    out.extend_from_slice(b"DSSEv1 ");
    out.extend_from_slice(payload_type.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload_type.as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload.len().to_string().as_bytes());
    out.push(b' ');
    out.extend_from_slice(payload);
    out
}

/// One signature of an envelope (base64 `sig`, optional `keyid`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeSignature {
    pub sig: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub keyid: String,
}

/// A DSSE envelope as JSON (`payload` and `sig` in standard base64).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Envelope {
    pub payload: String,
    pub payload_type: String,
    pub signatures: Vec<EnvelopeSignature>,
}

/// Decode standard base64 (padding and canonical trailing bits required).
pub fn b64(s: &str) -> Result<Vec<u8>, String> {
    base64::engine::general_purpose::STANDARD
        .decode(s.as_bytes())
        .map_err(|e| format!("not base64: {e}"))
}

/// Encode standard base64.
pub fn b64_encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl Envelope {
    /// Sign `payload` of `payload_type` with `key`; the signature's `keyid`
    /// is the key's id.
    pub fn sign(payload_type: &str, payload: &[u8], key: &SigningKey) -> Envelope {
        let sig = key.sign(&pae(payload_type, payload));
        Envelope {
            payload: b64_encode(payload),
            payload_type: payload_type.to_string(),
            signatures: vec![EnvelopeSignature {
                sig: b64_encode(&sig),
                keyid: key.id.clone(),
            }],
        }
    }

    /// The decoded payload.
    pub fn payload_bytes(&self) -> Result<Vec<u8>, String> {
        b64(&self.payload).map_err(|e| format!("the envelope's payload is {e}"))
    }
}

/// What checking an envelope against trusted keys found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvelopeCheck {
    /// A signature verified with this key (its `name`); the payload.
    Verified {
        key: Box<TrustedKey>,
        payload: Vec<u8>,
    },
    /// No trusted key verifies any signature.
    Untrusted,
    /// Malformed: no signature, bad base64.
    Malformed(String),
}

impl PartialEq for TrustedKey {
    fn eq(&self, other: &TrustedKey) -> bool {
        self.id == other.id && self.name == other.name
    }
}
impl Eq for TrustedKey {}

/// Verify `env` with `keys`. With `strict_keyid`, a signature that names a
/// key id must be verified by exactly that key (our own attestations name
/// theirs; Sigstore treats key ids as hints and so does the non-strict mode).
pub fn verify(env: &Envelope, keys: &[TrustedKey], strict_keyid: bool) -> EnvelopeCheck {
    if env.signatures.is_empty() {
        return EnvelopeCheck::Malformed("the envelope has no signature".into());
    }
    let payload = match env.payload_bytes() {
        Ok(p) => p,
        Err(e) => return EnvelopeCheck::Malformed(e),
    };
    let message = pae(&env.payload_type, &payload);
    for s in &env.signatures {
        let raw = match b64(&s.sig) {
            Ok(r) if !r.is_empty() && r.len() <= 1024 => r,
            Ok(r) => {
                return EnvelopeCheck::Malformed(format!(
                    "a signature of {} bytes is not an ECDSA or Ed25519 signature",
                    r.len()
                ))
            }
            Err(e) => return EnvelopeCheck::Malformed(format!("a signature is {e}")),
        };
        for k in keys {
            if strict_keyid && !s.keyid.is_empty() && k.id != format!("sha256:{}", s.keyid) {
                continue;
            }
            if k.verifies(&message, &raw) {
                return EnvelopeCheck::Verified {
                    key: Box::new(k.clone()),
                    payload,
                };
            }
        }
    }
    EnvelopeCheck::Untrusted
}
