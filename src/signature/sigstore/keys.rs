//! Public keys as Sigstore uses them (certificates, trusted roots, logs):
//! a DER SubjectPublicKeyInfo holding ECDSA P-256 or P-384, or Ed25519, and
//! the one verification routine every check goes through. Any other key
//! (RSA, other curves) parses into [`PubKey::Unsupported`] and verifies
//! nothing: fail closed.

use sha2::{Digest as _, Sha256, Sha384, Sha512};

/// A hash algorithm an ECDSA signature is computed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    pub fn digest(self, data: &[u8]) -> Vec<u8> {
        match self {
            Hash::Sha256 => Sha256::digest(data).to_vec(),
            Hash::Sha384 => Sha384::digest(data).to_vec(),
            Hash::Sha512 => Sha512::digest(data).to_vec(),
        }
    }

    /// The hash of a digest-algorithm OID (NIST SHA-2).
    pub fn of_oid(oid: &der::asn1::ObjectIdentifier) -> Option<Hash> {
        match oid.to_string().as_str() {
            "2.16.840.1.101.3.4.2.1" => Some(Hash::Sha256),
            "2.16.840.1.101.3.4.2.2" => Some(Hash::Sha384),
            "2.16.840.1.101.3.4.2.3" => Some(Hash::Sha512),
            _ => None,
        }
    }

    /// The hash of an `ecdsa-with-SHA*` signature-algorithm OID.
    pub fn of_ecdsa_oid(oid: &der::asn1::ObjectIdentifier) -> Option<Hash> {
        match oid.to_string().as_str() {
            "1.2.840.10045.4.3.2" => Some(Hash::Sha256),
            "1.2.840.10045.4.3.3" => Some(Hash::Sha384),
            "1.2.840.10045.4.3.4" => Some(Hash::Sha512),
            _ => None,
        }
    }
}

/// A public key.
#[derive(Clone)]
pub enum PubKey {
    P256(p256::ecdsa::VerifyingKey),
    P384(p384::ecdsa::VerifyingKey),
    Ed25519(ed25519_dalek::VerifyingKey),
    /// A key of another algorithm: it verifies nothing.
    Unsupported,
}

impl std::fmt::Debug for PubKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PubKey::P256(_) => "P256",
            PubKey::P384(_) => "P384",
            PubKey::Ed25519(_) => "Ed25519",
            PubKey::Unsupported => "Unsupported",
        })
    }
}

impl PubKey {
    /// Parse a DER SubjectPublicKeyInfo. `Err` only when it is not one at all.
    pub fn from_spki(der: &[u8]) -> Result<PubKey, String> {
        use p256::pkcs8::DecodePublicKey as _;
        if let Ok(k) = p256::ecdsa::VerifyingKey::from_public_key_der(der) {
            return Ok(PubKey::P256(k));
        }
        if let Ok(k) = p384::ecdsa::VerifyingKey::from_public_key_der(der) {
            return Ok(PubKey::P384(k));
        }
        if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
            return Ok(PubKey::Ed25519(k));
        }
        use der::Decode as _;
        x509_cert::spki::SubjectPublicKeyInfoRef::from_der(der)
            .map(|_| PubKey::Unsupported)
            .map_err(|_| "not a DER SubjectPublicKeyInfo".to_string())
    }

    /// The hash this key signs messages with in Sigstore (P-256: SHA-256,
    /// P-384: SHA-384); `None` for Ed25519 (it signs the message itself).
    pub fn default_hash(&self) -> Option<Hash> {
        match self {
            PubKey::P384(_) => Some(Hash::Sha384),
            PubKey::P256(_) => Some(Hash::Sha256),
            _ => None,
        }
    }

    /// Verify `sig` over `msg`; ECDSA hashes with `hash` (the key's default
    /// when `None`). ECDSA signatures are ASN.1 DER; high-S is accepted.
    pub fn verify(&self, msg: &[u8], sig: &[u8], hash: Option<Hash>) -> bool {
        match self {
            PubKey::Ed25519(k) => match ed25519_dalek::Signature::from_slice(sig) {
                Ok(s) => k.verify_strict(msg, &s).is_ok(),
                Err(_) => false,
            },
            PubKey::P256(_) | PubKey::P384(_) => {
                let Some(h) = hash.or(self.default_hash()) else {
                    return false;
                };
                self.verify_prehash(&h.digest(msg), sig)
            }
            PubKey::Unsupported => false,
        }
    }

    /// Verify an ECDSA signature over a message digest (Ed25519: never).
    pub fn verify_prehash(&self, digest: &[u8], sig: &[u8]) -> bool {
        use p256::ecdsa::signature::hazmat::PrehashVerifier as _;
        match self {
            PubKey::P256(k) => match p256::ecdsa::Signature::from_der(sig) {
                Ok(s) => {
                    let s = s.normalize_s().unwrap_or(s);
                    k.verify_prehash(digest, &s).is_ok()
                }
                Err(_) => false,
            },
            PubKey::P384(k) => match p384::ecdsa::Signature::from_der(sig) {
                Ok(s) => {
                    let s = s.normalize_s().unwrap_or(s);
                    k.verify_prehash(digest, &s).is_ok()
                }
                Err(_) => false,
            },
            _ => false,
        }
    }
}

/// Decode every PEM block labelled `label` (e.g. `CERTIFICATE`).
pub fn pem_blocks(text: &str, label: &str) -> Vec<Vec<u8>> {
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(s) = rest.find(&begin) {
        let after = &rest[s + begin.len()..];
        let Some(e) = after.find(&end) else { break };
        let body: String = after[..e].chars().filter(|c| !c.is_whitespace()).collect();
        if let Ok(der) = super::super::dsse::b64(&body) {
            out.push(der);
        }
        rest = &after[e + end.len()..];
    }
    out
}
