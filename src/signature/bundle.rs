//! The Sigstore bundle (protobuf-specs `dev.sigstore.bundle.v1.Bundle` in
//! its JSON form, media types v0.1, v0.2 and v0.3): what a signature or an
//! attestation carries to be verified offline. Parsed strictly: an unknown
//! field anywhere is an error (a verifier that skips what it does not know
//! could be made to skip a check), bytes are standard base64 and int64s are
//! decimal strings (or JSON numbers) as protobuf's JSON mapping writes them.

use super::dsse::{b64, Envelope};
use serde::{Deserialize, Deserializer, Serialize};

/// The media type imagegate writes.
pub const MEDIA_TYPE_V03: &str = "application/vnd.dev.sigstore.bundle.v0.3+json";
/// Bundles larger than this are refused.
pub const MAX_BUNDLE: usize = 8 << 20;

/// Bundle versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Version {
    V01,
    V02,
    V03,
}

impl Version {
    /// The version of a bundle media type, or `None` for an unknown one.
    pub fn of(media_type: &str) -> Option<Version> {
        match media_type {
            "application/vnd.dev.sigstore.bundle+json;version=0.1" => Some(Version::V01),
            "application/vnd.dev.sigstore.bundle+json;version=0.2"
            | "application/vnd.dev.sigstore.bundle.v0.2+json" => Some(Version::V02),
            "application/vnd.dev.sigstore.bundle+json;version=0.3"
            | "application/vnd.dev.sigstore.bundle.v0.3+json" => Some(Version::V03),
            _ => None,
        }
    }
}

/// An int64 as protobuf's JSON mapping writes it: a decimal string, or a number.
fn int64<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum N {
        S(String),
        I(i64),
    }
    match N::deserialize(d)? {
        N::I(i) => Ok(i),
        N::S(s) => s
            .parse::<i64>()
            .map_err(|_| serde::de::Error::custom("an int64 is a decimal string")),
    }
}

fn int64_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    int64(d).map(Some)
}

fn ser_int64<S: serde::Serializer>(v: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&v.to_string())
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBytes {
    #[serde(rename = "rawBytes")]
    pub raw_bytes: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateChain {
    #[serde(default)]
    pub certificates: Vec<RawBytes>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeyIdentifier {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hint: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LogId {
    pub key_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindVersion {
    pub kind: String,
    pub version: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct InclusionPromise {
    pub signed_entry_timestamp: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    pub envelope: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct InclusionProof {
    #[serde(deserialize_with = "int64", serialize_with = "ser_int64")]
    pub log_index: i64,
    pub root_hash: String,
    #[serde(deserialize_with = "int64", serialize_with = "ser_int64")]
    pub tree_size: i64,
    #[serde(default)]
    pub hashes: Vec<String>,
    pub checkpoint: Option<Checkpoint>,
}

/// One transparency log entry (Rekor v1 or v2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TlogEntry {
    #[serde(deserialize_with = "int64", serialize_with = "ser_int64")]
    pub log_index: i64,
    pub log_id: LogId,
    pub kind_version: KindVersion,
    /// Rekor v1 only (v2 entries have none: their time comes from a TSA).
    #[serde(
        default,
        deserialize_with = "int64_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub integrated_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inclusion_promise: Option<InclusionPromise>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inclusion_proof: Option<InclusionProof>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub canonicalized_body: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SignedTimestamp {
    pub signed_timestamp: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TimestampVerificationData {
    #[serde(default)]
    pub rfc3161_timestamps: Vec<SignedTimestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct VerificationMaterial {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<PublicKeyIdentifier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x509_certificate_chain: Option<CertificateChain>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<RawBytes>,
    #[serde(default)]
    pub tlog_entries: Vec<TlogEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp_verification_data: Option<TimestampVerificationData>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageDigest {
    pub algorithm: String,
    pub digest: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct MessageSignature {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_digest: Option<MessageDigest>,
    pub signature: String,
}

/// A Sigstore bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Bundle {
    pub media_type: String,
    pub verification_material: VerificationMaterial,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_signature: Option<MessageSignature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dsse_envelope: Option<Envelope>,
}

impl Bundle {
    /// Parse and check the shape: a known version, exactly one of a message
    /// signature or a DSSE envelope, one kind of verification material.
    pub fn parse(bytes: &[u8]) -> Result<(Bundle, Version), String> {
        if bytes.len() > MAX_BUNDLE {
            return Err(format!("{} bytes; the limit is {MAX_BUNDLE}", bytes.len()));
        }
        let b: Bundle =
            serde_json::from_slice(bytes).map_err(|e| format!("not a Sigstore bundle: {e}"))?;
        let version = Version::of(&b.media_type).ok_or_else(|| {
            format!(
                "unknown bundle media type {:?}",
                crate::image::digest::truncate(&b.media_type)
            )
        })?;
        match (&b.message_signature, &b.dsse_envelope) {
            (Some(_), Some(_)) => {
                return Err("the bundle holds both a message signature and a DSSE envelope".into())
            }
            (None, None) => return Err("the bundle holds no signature".into()),
            _ => {}
        }
        let vm = &b.verification_material;
        let kinds = usize::from(vm.public_key.is_some())
            + usize::from(vm.x509_certificate_chain.is_some())
            + usize::from(vm.certificate.is_some());
        if kinds != 1 {
            return Err(format!(
                "the bundle's verification material must hold exactly one of a public key, a certificate chain or a certificate (it holds {kinds})"
            ));
        }
        if vm.certificate.is_some() && version < Version::V03 {
            return Err("a single `certificate` is a v0.3 field".into());
        }
        Ok((b, version))
    }

    /// The bundle imagegate writes: a DSSE envelope signed with a key (named
    /// by its id), no transparency log entry.
    pub fn for_key(envelope: Envelope, key_id: &str) -> Bundle {
        Bundle {
            media_type: MEDIA_TYPE_V03.to_string(),
            verification_material: VerificationMaterial {
                public_key: Some(PublicKeyIdentifier {
                    hint: key_id.to_string(),
                }),
                ..VerificationMaterial::default()
            },
            message_signature: None,
            dsse_envelope: Some(envelope),
        }
    }

    /// Certificates of the verification material, DER (leaf first).
    pub fn certificates(&self) -> Result<Vec<Vec<u8>>, String> {
        let vm = &self.verification_material;
        let raw: Vec<&RawBytes> = match (&vm.certificate, &vm.x509_certificate_chain) {
            (Some(c), _) => vec![c],
            (None, Some(chain)) => chain.certificates.iter().collect(),
            (None, None) => Vec::new(),
        };
        raw.into_iter()
            .map(|r| b64(&r.raw_bytes).map_err(|e| format!("a certificate is {e}")))
            .collect()
    }
}
