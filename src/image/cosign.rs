//! cosign's companion artifacts in an OCI layout, as plain data: the tag
//! names (`sha256-<hex>.sig|.att|.sbom`), the simple-signing layer's media
//! type and signature annotation, and the [`SignatureInput`] the layout's
//! `.sig` tag yields ([`crate::image::resolve`] reads them with every blob
//! digest-verified). Verifying them is `crate::signature`'s job, which
//! re-exports these names.

/// Media type of cosign's simple-signing payload layer.
pub const SIMPLE_SIGNING_MEDIA_TYPE: &str = "application/vnd.dev.cosign.simplesigning.v1+json";
/// Annotation on the payload layer that holds the base64 signature.
pub const SIGNATURE_ANNOTATION: &str = "dev.cosignproject.cosign/signature";

/// One signature to check: the exact payload bytes and the base64 signature.
#[derive(Debug, Clone)]
pub struct SignatureInput {
    /// Where it came from, for messages: a file name or `index.json: <tag>`.
    pub source: String,
    pub payload: Vec<u8>,
    pub signature: String,
}

/// Is `name` (a tag, or a full reference ending in a tag) one of cosign's
/// companion tags, `sha256-<64 hex>.sig|.att|.sbom`? Those are signatures,
/// attestations and SBOMs of an image, not images to scan.
pub fn is_cosign_tag(name: &str) -> bool {
    let tag = name.rsplit_once(':').map_or(name, |(_, t)| t);
    let Some(rest) = tag.strip_prefix("sha256-") else {
        return false;
    };
    let Some((hex, suffix)) = rest.split_once('.') else {
        return false;
    };
    hex.len() == 64
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(suffix, "sig" | "att" | "sbom")
}

/// The cosign signature tag of a manifest digest: `sha256-<hex>.sig`.
pub fn signature_tag(manifest_digest: &str) -> Option<String> {
    manifest_digest
        .strip_prefix("sha256:")
        .map(|h| format!("sha256-{h}.sig"))
}
