//! X.509 certificates as Sigstore needs them: the Fulcio signing
//! certificate (its key, validity, key usage, the identity in its SAN and
//! Fulcio's OIDC-issuer extension, its embedded SCTs) and chains to a
//! trusted root's CA or TSA. Parsed with RustCrypto's `x509-cert`; only
//! ECDSA (P-256, P-384) and Ed25519 signatures verify.

use super::keys::{Hash, PubKey};
use der::asn1::ObjectIdentifier;
use der::{Decode as _, Encode as _};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAltName};

const OID_BASIC_CONSTRAINTS: &str = "2.5.29.19";
const OID_KEY_USAGE: &str = "2.5.29.15";
const OID_EXT_KEY_USAGE: &str = "2.5.29.37";
const OID_SAN: &str = "2.5.29.17";
const OID_SKI: &str = "2.5.29.14";
/// Embedded SCT list (RFC 6962).
pub const OID_SCT_LIST: &str = "1.3.6.1.4.1.11129.2.4.2";
/// Fulcio's OIDC issuer extensions (v1: raw string, v2: DER UTF8String).
const OID_FULCIO_ISSUER_V1: &str = "1.3.6.1.4.1.57264.1.1";
const OID_FULCIO_ISSUER_V2: &str = "1.3.6.1.4.1.57264.1.8";
pub const EKU_CODE_SIGNING: &str = "1.3.6.1.5.5.7.3.3";
pub const EKU_TIME_STAMPING: &str = "1.3.6.1.5.5.7.3.8";

/// A parsed certificate with what the checks read from it.
#[derive(Clone)]
pub struct Cert {
    pub der: Vec<u8>,
    pub cert: x509_cert::Certificate,
    pub tbs_der: Vec<u8>,
    pub key: PubKey,
    pub spki_der: Vec<u8>,
    pub subject_der: Vec<u8>,
    pub issuer_der: Vec<u8>,
    pub not_before: i64,
    pub not_after: i64,
}

impl std::fmt::Debug for Cert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cert")
            .field("subject", &self.cert.tbs_certificate.subject.to_string())
            .finish_non_exhaustive()
    }
}

fn secs(t: &x509_cert::time::Time) -> i64 {
    i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
}

impl Cert {
    /// Parse a DER certificate.
    pub fn parse(der: &[u8]) -> Result<Cert, String> {
        let cert = x509_cert::Certificate::from_der(der)
            .map_err(|e| format!("not a DER X.509 certificate: {e}"))?;
        let tbs = &cert.tbs_certificate;
        let enc = |r: der::Result<Vec<u8>>| r.map_err(|e| format!("certificate re-encoding: {e}"));
        let tbs_der = enc(tbs.to_der())?;
        let spki_der = enc(tbs.subject_public_key_info.to_der())?;
        let subject_der = enc(tbs.subject.to_der())?;
        let issuer_der = enc(tbs.issuer.to_der())?;
        let key = PubKey::from_spki(&spki_der)?;
        Ok(Cert {
            der: der.to_vec(),
            not_before: secs(&tbs.validity.not_before),
            not_after: secs(&tbs.validity.not_after),
            cert,
            tbs_der,
            key,
            spki_der,
            subject_der,
            issuer_der,
        })
    }

    fn extension(&self, oid: &str) -> Option<&x509_cert::ext::Extension> {
        self.cert
            .tbs_certificate
            .extensions
            .as_ref()?
            .iter()
            .find(|e| e.extn_id.to_string() == oid)
    }

    fn ext_value(&self, oid: &str) -> Option<&[u8]> {
        self.extension(oid).map(|e| e.extn_value.as_bytes())
    }

    /// Valid at `t` (both ends included).
    pub fn valid_at(&self, t: i64) -> bool {
        self.not_before <= t && t <= self.not_after
    }

    /// The basic constraints say CA.
    pub fn is_ca(&self) -> bool {
        self.ext_value(OID_BASIC_CONSTRAINTS)
            .and_then(|v| BasicConstraints::from_der(v).ok())
            .is_some_and(|b| b.ca)
    }

    /// Self-signed: the subject is the issuer and its own key verifies it.
    pub fn is_self_signed(&self) -> bool {
        self.subject_der == self.issuer_der && issued_by(self, self)
    }

    /// Key usage includes digitalSignature.
    pub fn digital_signature(&self) -> bool {
        self.ext_value(OID_KEY_USAGE)
            .and_then(|v| KeyUsage::from_der(v).ok())
            .is_some_and(|k| k.digital_signature())
    }

    /// Extended key usage includes `oid`.
    pub fn has_eku(&self, oid: &str) -> bool {
        self.ext_value(OID_EXT_KEY_USAGE)
            .and_then(|v| ExtendedKeyUsage::from_der(v).ok())
            .is_some_and(|e| e.0.iter().any(|o| o.to_string() == oid))
    }

    /// The subject key identifier, if present.
    pub fn subject_key_id(&self) -> Option<Vec<u8>> {
        let v = self.ext_value(OID_SKI)?;
        der::asn1::OctetString::from_der(v)
            .ok()
            .map(|o| o.as_bytes().to_vec())
    }

    /// The identities of the subject alternative name: URIs, e-mail
    /// addresses, and UTF8String other names (Fulcio's username form).
    pub fn san_identities(&self) -> Vec<String> {
        let Some(v) = self.ext_value(OID_SAN) else {
            return Vec::new();
        };
        let Ok(san) = SubjectAltName::from_der(v) else {
            return Vec::new();
        };
        san.0
            .iter()
            .filter_map(|n| match n {
                GeneralName::UniformResourceIdentifier(s) | GeneralName::Rfc822Name(s) => {
                    Some(s.to_string())
                }
                GeneralName::OtherName(o) => o
                    .value
                    .decode_as::<der::asn1::Utf8StringRef<'_>>()
                    .ok()
                    .map(|s| s.as_str().to_string()),
                _ => None,
            })
            .collect()
    }

    /// The OIDC issuer Fulcio recorded (the v2 extension, else the v1 one).
    pub fn oidc_issuer(&self) -> Option<String> {
        if let Some(v) = self.ext_value(OID_FULCIO_ISSUER_V2) {
            return der::asn1::Utf8StringRef::from_der(v)
                .ok()
                .map(|s| s.as_str().to_string());
        }
        self.ext_value(OID_FULCIO_ISSUER_V1)
            .and_then(|v| std::str::from_utf8(v).ok())
            .map(str::to_string)
    }

    /// The TBS certificate without the SCT list extension, DER: what a CT
    /// log signed for a precertificate.
    pub fn precert_tbs(&self) -> Result<Vec<u8>, String> {
        let mut tbs = self.cert.tbs_certificate.clone();
        if let Some(exts) = tbs.extensions.as_mut() {
            exts.retain(|e| e.extn_id.to_string() != OID_SCT_LIST);
        }
        tbs.to_der()
            .map_err(|e| format!("certificate re-encoding: {e}"))
    }

    /// The raw SCT list (TLS encoding), if the certificate embeds one.
    pub fn sct_list(&self) -> Option<Vec<u8>> {
        let v = self.ext_value(OID_SCT_LIST)?;
        der::asn1::OctetString::from_der(v)
            .ok()
            .map(|o| o.as_bytes().to_vec())
    }

    /// The hash of this certificate's signature algorithm (`None`: Ed25519;
    /// `Err`: an algorithm imagegate does not verify).
    fn sig_hash(&self) -> Result<Option<Hash>, ()> {
        let oid: &ObjectIdentifier = &self.cert.signature_algorithm.oid;
        if oid.to_string() == "1.3.101.112" {
            return Ok(None);
        }
        Hash::of_ecdsa_oid(oid).map(Some).ok_or(())
    }
}

/// `child` names `parent` as its issuer and `parent`'s key signed it.
pub fn issued_by(child: &Cert, parent: &Cert) -> bool {
    if child.issuer_der != parent.subject_der {
        return false;
    }
    let Ok(hash) = child.sig_hash() else {
        return false;
    };
    let Some(sig) = child.cert.signature.as_bytes() else {
        return false;
    };
    match (&parent.key, hash) {
        (PubKey::Ed25519(_), None) => parent.key.verify(&child.tbs_der, sig, None),
        (PubKey::P256(_) | PubKey::P384(_), Some(h)) => {
            parent.key.verify_prehash(&h.digest(&child.tbs_der), sig)
        }
        _ => false,
    }
}

/// Check that `leaf` chains through `chain` (issuer first, self-signed root
/// last) with every certificate valid at `t` and every issuer a CA.
pub fn verify_chain(leaf: &Cert, chain: &[Cert], t: i64) -> Result<(), String> {
    let mut child = leaf;
    for (i, parent) in chain.iter().enumerate() {
        if !parent.is_ca() {
            return Err(format!("chain certificate {i} is not a CA"));
        }
        if !parent.valid_at(t) {
            return Err(format!(
                "chain certificate {i} is not valid at {}",
                rfc3339(t)
            ));
        }
        if !issued_by(child, parent) {
            return Err(format!(
                "the certificate is not signed by chain certificate {i}"
            ));
        }
        child = parent;
    }
    match chain.last() {
        Some(root) if root.is_self_signed() => Ok(()),
        Some(_) => Err("the chain does not end in a self-signed root".into()),
        None => Err("empty chain".into()),
    }
}

/// A time for messages.
pub fn rfc3339(t: i64) -> String {
    crate::time::rfc3339(u64::try_from(t).unwrap_or(0))
}

/// One SCT of an SCT list.
#[derive(Debug, Clone)]
pub struct Sct {
    pub log_id: [u8; 32],
    pub timestamp_ms: u64,
    pub extensions: Vec<u8>,
    pub hash_alg: u8,
    pub sig_alg: u8,
    pub signature: Vec<u8>,
}

/// Parse a TLS-encoded `SignedCertificateTimestampList`.
pub fn parse_scts(list: &[u8]) -> Result<Vec<Sct>, String> {
    fn take<'a>(b: &mut &'a [u8], n: usize) -> Result<&'a [u8], String> {
        if b.len() < n {
            return Err("truncated SCT list".into());
        }
        let (h, t) = b.split_at(n);
        *b = t;
        Ok(h)
    }
    fn u16v(b: &mut &[u8]) -> Result<usize, String> {
        let h = take(b, 2)?;
        Ok(usize::from(u16::from_be_bytes([h[0], h[1]])))
    }
    let mut b = list;
    let total = u16v(&mut b)?;
    if total != b.len() {
        return Err("SCT list length does not match".into());
    }
    let mut out = Vec::new();
    while !b.is_empty() {
        let n = u16v(&mut b)?;
        let mut s = take(&mut b, n)?;
        let version = take(&mut s, 1)?[0];
        if version != 0 {
            return Err(format!("SCT version {version} is unknown"));
        }
        let mut log_id = [0u8; 32];
        log_id.copy_from_slice(take(&mut s, 32)?);
        let ts = take(&mut s, 8)?;
        let mut t8 = [0u8; 8];
        t8.copy_from_slice(ts);
        let ext_len = u16v(&mut s)?;
        let extensions = take(&mut s, ext_len)?.to_vec();
        let algs = take(&mut s, 2)?;
        let sig_len = u16v(&mut s)?;
        let signature = take(&mut s, sig_len)?.to_vec();
        if !s.is_empty() {
            return Err("trailing bytes in an SCT".into());
        }
        out.push(Sct {
            log_id,
            timestamp_ms: u64::from_be_bytes(t8),
            extensions,
            hash_alg: algs[0],
            sig_alg: algs[1],
            signature,
        });
    }
    Ok(out)
}

/// The bytes a CT log signs for a precertificate SCT (RFC 6962 3.2).
pub fn sct_signed_data(sct: &Sct, issuer_key_hash: &[u8; 32], tbs: &[u8]) -> Option<Vec<u8>> {
    let tbs_len = u32::try_from(tbs.len()).ok().filter(|l| *l < (1 << 24))?;
    let ext_len = u16::try_from(sct.extensions.len()).ok()?;
    let mut d = Vec::with_capacity(tbs.len() + 64);
    d.push(0); // v1
    d.push(0); // certificate_timestamp
    d.extend_from_slice(&sct.timestamp_ms.to_be_bytes());
    d.extend_from_slice(&1u16.to_be_bytes()); // precert_entry
    d.extend_from_slice(issuer_key_hash);
    d.extend_from_slice(&tbs_len.to_be_bytes()[1..]);
    d.extend_from_slice(tbs);
    d.extend_from_slice(&ext_len.to_be_bytes());
    d.extend_from_slice(&sct.extensions);
    Some(d)
}
