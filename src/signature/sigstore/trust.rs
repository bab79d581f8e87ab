//! The trusted root (`trusted_root.json`, protobuf-specs
//! `dev.sigstore.trustrootroot.v1.TrustedRoot` in JSON): the transparency
//! logs, certificate authorities (Fulcio), CT logs and timestamp authorities
//! a keyless signature is checked against, each with the time range it is
//! trusted for. Parsed into validated types: a key or certificate that does
//! not parse makes the whole root invalid (never silently dropped).

use super::keys::PubKey;
use super::x509::Cert;
use crate::signature::dsse::b64;
use serde::Deserialize;

/// A closed time range in Unix seconds (`end` `None`: still valid).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    pub start: i64,
    pub end: Option<i64>,
}

impl Validity {
    /// `t` within the range, both ends included.
    pub fn contains(&self, t: i64) -> bool {
        t >= self.start && self.end.is_none_or(|e| t <= e)
    }
}

/// A transparency log or CT log.
#[derive(Debug, Clone)]
pub struct Log {
    pub base_url: String,
    /// The log id (SHA-256 of the key's DER for ECDSA logs; for Ed25519
    /// Rekor v2 logs the signed-note key id).
    pub key_id: Vec<u8>,
    pub key: PubKey,
    pub validity: Validity,
}

/// A certificate authority or timestamp authority: its chain, leaf (or
/// intermediate) first and root last.
#[derive(Debug, Clone)]
pub struct Authority {
    pub uri: String,
    pub chain: Vec<Cert>,
    pub validity: Validity,
}

/// A parsed trusted root.
#[derive(Debug, Clone, Default)]
pub struct TrustedRoot {
    pub tlogs: Vec<Log>,
    pub ctlogs: Vec<Log>,
    pub cas: Vec<Authority>,
    pub tsas: Vec<Authority>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawRoot {
    media_type: String,
    #[serde(default)]
    tlogs: Vec<RawLog>,
    #[serde(default)]
    certificate_authorities: Vec<RawAuthority>,
    #[serde(default)]
    ctlogs: Vec<RawLog>,
    #[serde(default)]
    timestamp_authorities: Vec<RawAuthority>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawLog {
    #[serde(default)]
    base_url: String,
    public_key: RawKey,
    log_id: RawLogId,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawLogId {
    key_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawKey {
    #[serde(default)]
    raw_bytes: String,
    valid_for: Option<RawValidity>,
}

#[derive(Deserialize)]
struct RawValidity {
    start: Option<String>,
    end: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawAuthority {
    #[serde(default)]
    uri: String,
    cert_chain: RawChain,
    valid_for: Option<RawValidity>,
}

#[derive(Deserialize)]
struct RawChain {
    #[serde(default)]
    certificates: Vec<RawCert>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawCert {
    raw_bytes: String,
}

fn validity(v: Option<&RawValidity>, what: &str) -> Result<Validity, String> {
    let v = v.ok_or_else(|| format!("{what}: no validFor"))?;
    let start = v
        .start
        .as_deref()
        .ok_or_else(|| format!("{what}: validFor has no start"))?;
    let start = crate::time::parse_rfc3339(start)
        .ok_or_else(|| format!("{what}: validFor.start is not an RFC 3339 time"))?;
    let end = match v.end.as_deref() {
        None => None,
        Some(e) => Some(
            crate::time::parse_rfc3339(e)
                .ok_or_else(|| format!("{what}: validFor.end is not an RFC 3339 time"))?,
        ),
    };
    Ok(Validity { start, end })
}

fn log(raw: &RawLog, what: &str) -> Result<Log, String> {
    let key_id = b64(&raw.log_id.key_id).map_err(|e| format!("{what}: logId.keyId is {e}"))?;
    let der =
        b64(&raw.public_key.raw_bytes).map_err(|e| format!("{what}: publicKey.rawBytes is {e}"))?;
    // An RSA CT key is stored as PKCS#1, not SPKI: it is kept as a key that
    // verifies nothing rather than failing the whole root.
    let key = PubKey::from_spki(&der).unwrap_or(PubKey::Unsupported);
    Ok(Log {
        base_url: raw.base_url.clone(),
        key_id,
        key,
        validity: validity(raw.public_key.valid_for.as_ref(), what)?,
    })
}

fn authority(raw: &RawAuthority, what: &str) -> Result<Authority, String> {
    let mut chain = Vec::new();
    for (i, c) in raw.cert_chain.certificates.iter().enumerate() {
        let der = b64(&c.raw_bytes).map_err(|e| format!("{what}: certificate {i} is {e}"))?;
        chain.push(Cert::parse(&der).map_err(|e| format!("{what}: certificate {i}: {e}"))?);
    }
    if chain.is_empty() {
        return Err(format!("{what}: empty certChain"));
    }
    Ok(Authority {
        uri: raw.uri.clone(),
        chain,
        validity: validity(raw.valid_for.as_ref(), what)?,
    })
}

impl TrustedRoot {
    /// Parse `trusted_root.json`. The error names the entry at fault.
    pub fn parse(bytes: &[u8]) -> Result<TrustedRoot, String> {
        let raw: RawRoot = serde_json::from_slice(bytes)
            .map_err(|e| format!("not a Sigstore trusted root: {e}"))?;
        if !raw
            .media_type
            .starts_with("application/vnd.dev.sigstore.trustedroot")
        {
            return Err(format!(
                "unknown trusted root media type {:?}",
                super::shown(&raw.media_type)
            ));
        }
        let mut root = TrustedRoot::default();
        for (i, l) in raw.tlogs.iter().enumerate() {
            root.tlogs.push(log(l, &format!("tlogs[{i}]"))?);
        }
        for (i, l) in raw.ctlogs.iter().enumerate() {
            root.ctlogs.push(log(l, &format!("ctlogs[{i}]"))?);
        }
        for (i, a) in raw.certificate_authorities.iter().enumerate() {
            root.cas
                .push(authority(a, &format!("certificateAuthorities[{i}]"))?);
        }
        for (i, a) in raw.timestamp_authorities.iter().enumerate() {
            root.tsas
                .push(authority(a, &format!("timestampAuthorities[{i}]"))?);
        }
        Ok(root)
    }

    /// The transparency log with this log id.
    pub fn tlog(&self, key_id: &[u8]) -> Option<&Log> {
        self.tlogs.iter().find(|l| l.key_id == key_id)
    }
}
