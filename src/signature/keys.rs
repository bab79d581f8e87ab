//! Private signing keys for attestations (`imagegate attest --key`):
//! ECDSA P-256 (signatures ECDSA-SHA256, ASN.1 DER, deterministic nonces per
//! RFC 6979) and Ed25519, read from PEM: PKCS#8 `PRIVATE KEY` (what
//! `openssl genpkey` writes) or SEC1 `EC PRIVATE KEY` (`openssl ecparam
//! -genkey`). Signing needs no randomness, so it runs inside the component.
//!
//! Key material is never printed: errors say what is wrong without quoting
//! the input, [`SigningKey`]'s `Debug` shows only the public key id, and the
//! secret scalars are zeroed when dropped (the curve crates do it).

use super::{hex, KeyKind, TrustedKey};
use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

enum Inner {
    P256(p256::ecdsa::SigningKey),
    Ed25519(ed25519_dalek::SigningKey),
}

/// A private key that signs attestations.
pub struct SigningKey {
    pub kind: KeyKind,
    /// Hex SHA-256 of the public key's DER SubjectPublicKeyInfo (the DSSE
    /// `keyid` and the bundle's `publicKey.hint`).
    pub id: String,
    public_pem: String,
    inner: Inner,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// The one PEM block of `pem`: its label and DER bytes (zeroed on drop).
fn pem_block(pem: &str) -> Result<(String, Zeroizing<Vec<u8>>), String> {
    let start = pem
        .find("-----BEGIN ")
        .ok_or("no PEM \"-----BEGIN ...-----\" line")?;
    let rest = &pem[start + "-----BEGIN ".len()..];
    let (label, body) = rest
        .split_once("-----")
        .ok_or("the PEM BEGIN line is not closed with -----")?;
    let label = label.to_string();
    if label.len() > 64 || !label.bytes().all(|b| b.is_ascii_uppercase() || b == b' ') {
        return Err("the PEM label is not a key type".into());
    }
    let end = format!("-----END {label}-----");
    let stop = body
        .find(&end)
        .ok_or_else(|| format!("the {label} block has no END line"))?;
    let text: Zeroizing<String> = Zeroizing::new(
        body[..stop]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect(),
    );
    use base64::Engine as _;
    let der = base64::engine::general_purpose::STANDARD
        .decode(text.as_bytes())
        .map_err(|_| format!("the {label} block is not valid base64"))?;
    Ok((label, Zeroizing::new(der)))
}

impl SigningKey {
    /// Parse a PEM private key. The error never quotes the key.
    pub fn from_pem(pem: &str) -> Result<SigningKey, String> {
        use p256::pkcs8::DecodePrivateKey as _;
        let (label, der) = pem_block(pem)?;
        let inner = match label.as_str() {
            "PRIVATE KEY" => {
                if let Ok(k) = p256::ecdsa::SigningKey::from_pkcs8_der(&der) {
                    Inner::P256(k)
                } else if let Ok(k) = ed25519_dalek::SigningKey::from_pkcs8_der(&der) {
                    Inner::Ed25519(k)
                } else {
                    return Err("the PRIVATE KEY is not an ECDSA P-256 or Ed25519 key (PKCS#8); RSA and other curves are not supported".into());
                }
            }
            "EC PRIVATE KEY" => {
                let sk = p256::SecretKey::from_sec1_der(&der)
                    .map_err(|_| "the EC PRIVATE KEY is not a P-256 key (SEC1)".to_string())?;
                Inner::P256(p256::ecdsa::SigningKey::from(sk))
            }
            "ENCRYPTED PRIVATE KEY" | "ENCRYPTED SIGSTORE PRIVATE KEY" | "ENCRYPTED COSIGN PRIVATE KEY" => {
                return Err(format!(
                    "an {label} is encrypted, which imagegate does not read; export it unencrypted to a protected file or secret (for PKCS#8: openssl pkcs8 -in KEY -nocrypt -out KEY.pem)"
                ))
            }
            "PUBLIC KEY" => return Err("this is a PUBLIC KEY; signing needs the private key".into()),
            _ => return Err(format!("a PEM {label} is not a private key imagegate reads (PRIVATE KEY or EC PRIVATE KEY)")),
        };
        let (kind, spki) = match &inner {
            Inner::P256(k) => {
                use p256::pkcs8::EncodePublicKey as _;
                let v = k.verifying_key();
                (
                    KeyKind::EcdsaP256,
                    v.to_public_key_der().map_err(|e| e.to_string())?,
                )
            }
            Inner::Ed25519(k) => {
                use ed25519_dalek::pkcs8::EncodePublicKey as _;
                (
                    KeyKind::Ed25519,
                    k.verifying_key()
                        .to_public_key_der()
                        .map_err(|e| e.to_string())?,
                )
            }
        };
        let public_pem = spki
            .to_pem("PUBLIC KEY", p256::pkcs8::LineEnding::LF)
            .map_err(|e| e.to_string())?;
        Ok(SigningKey {
            kind,
            id: hex(&Sha256::digest(spki.as_bytes())),
            public_pem,
            inner,
        })
    }

    /// Sign `message`: ECDSA-SHA256 as ASN.1 DER, or Ed25519 (64 bytes).
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        use p256::ecdsa::signature::Signer as _;
        match &self.inner {
            Inner::P256(k) => {
                let s: p256::ecdsa::Signature = k.sign(message);
                s.to_der().as_bytes().to_vec()
            }
            Inner::Ed25519(k) => k.sign(message).to_bytes().to_vec(),
        }
    }

    /// The public half, PEM `PUBLIC KEY` (for `verify-attestation --key`).
    pub fn public_key_pem(&self) -> &str {
        &self.public_pem
    }

    /// The public half as a trusted key.
    pub fn trusted(&self, name: &str) -> Result<TrustedKey, String> {
        TrustedKey::from_pem(name, &self.public_pem)
    }
}
