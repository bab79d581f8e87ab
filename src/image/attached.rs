//! What is attached to an image in an OCI layout (directory or archive):
//! cosign's `sha256-<hex>.att` tag (its layers are DSSE envelopes) and OCI
//! 1.1 referrers, manifests listed in `index.json` whose `subject` is the
//! image and whose layers are Sigstore bundles (as `oras attach` and cosign
//! write them). Only bytes and where they came from: every blob on the way
//! is digest-verified, a referrer whose subject is another image is not
//! taken, and the signature module decides what each one is worth.

use crate::error::{Error, ErrorKind, Result};
use crate::image::digest::Digest;
use crate::image::oci::{Descriptor, Index, MT_DOCKER_MANIFEST, MT_OCI_MANIFEST};
use crate::image::resolve::{parse_json, read_blob, read_small, ref_name};
use crate::image::source::Store;
use crate::image::Limits;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The media type of a DSSE envelope (cosign's `.att` layers).
pub const MT_DSSE: &str = "application/vnd.dsse.envelope.v1+json";
/// Every Sigstore bundle media type starts so (`…bundle.v0.3+json`,
/// `…bundle+json;version=0.2`).
pub const MT_BUNDLE_PREFIX: &str = "application/vnd.dev.sigstore.bundle";
/// The predicate type of cosign 3's image signatures (a DSSE statement).
pub const COSIGN_SIGN_PREDICATE: &str = "https://sigstore.dev/cosign/sign/v1";
/// The referrer annotation saying what a bundle holds: `message-signature`
/// or `dsse-envelope`.
pub const CONTENT_ANNOTATION: &str = "dev.sigstore.bundle.content";
/// The referrer annotation naming a DSSE bundle's predicate type.
pub const PREDICATE_ANNOTATION: &str = "dev.sigstore.bundle.predicateType";
/// Most attachments taken from one layout; more is an error (fail closed:
/// a skipped attestation could be the newest).
pub const MAX_ATTACHED: usize = 64;
/// Most untagged manifests read while looking for referrers.
pub const MAX_REFERRER_READS: usize = 256;

/// What to look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want<'a> {
    /// Attestations: the `.att` tag's envelopes and bundle referrers that
    /// are not signatures; with `Some(type)`, those annotated with another
    /// predicate type are skipped unread.
    Attestations(Option<&'a str>),
    /// Image signatures: bundle referrers holding a message signature or a
    /// cosign signing statement (or not saying what they hold).
    Signatures,
}

/// One attached blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    /// Where it was found, e.g. `index.json: referrer sha256:… layer 0`.
    pub source: String,
    pub bytes: Vec<u8>,
}

/// A manifest read as a possible referrer (an OCI 1.1 artifact manifest).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Referrer {
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    artifact_type: Option<String>,
    #[serde(default)]
    config: Option<Descriptor>,
    #[serde(default)]
    layers: Vec<Descriptor>,
    #[serde(default)]
    subject: Option<Descriptor>,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
}

/// Is `mt` a Sigstore bundle's media type (any version)?
pub fn is_bundle(mt: &str) -> bool {
    mt.starts_with(MT_BUNDLE_PREFIX)
}

/// Does a referrer with these annotations hold what `want` asks for?
/// (Annotations are not signed: they only choose what is read; what is
/// read is verified for what it is.)
pub fn wanted(want: Want<'_>, ann: &BTreeMap<String, String>) -> bool {
    let content = ann.get(CONTENT_ANNOTATION).map(String::as_str);
    let predicate = ann.get(PREDICATE_ANNOTATION).map(String::as_str);
    match want {
        Want::Attestations(p) => {
            content != Some("message-signature")
                && predicate != Some(COSIGN_SIGN_PREDICATE)
                && match (p, predicate) {
                    (Some(p), Some(q)) => p == q,
                    _ => true,
                }
        }
        Want::Signatures => match (content, predicate) {
            (Some("message-signature"), _) => true,
            (_, Some(p)) => p == COSIGN_SIGN_PREDICATE,
            (Some(_), None) => false,
            (None, None) => true,
        },
    }
}

fn too_many() -> Error {
    Error::new(
        ErrorKind::LimitExceeded,
        "index.json",
        format!("more than {MAX_ATTACHED} attestations or signatures are attached to the image; none is trusted when some would be left unread"),
    )
}

/// The attachments of the image `image` (its manifest digest) in the
/// layout `store`, in `index.json` order: the `.att` tag's layers first,
/// then referrers.
pub fn find(
    store: &dyn Store,
    image: &Digest,
    want: Want<'_>,
    limits: &Limits,
) -> Result<Vec<Attached>> {
    if !store.exists("index.json") {
        return Ok(Vec::new());
    }
    let bytes = read_small(store, "index.json", limits.max_json)?;
    let index: Index = parse_json(&bytes, "index.json", "OCI index")?;
    let att_tag = format!("sha256-{}.att", image.hex());
    let image_digest = image.to_string();
    let mut out = Vec::new();
    if let Want::Attestations(predicate) = want {
        for d in &index.manifests {
            let name = ref_name(d).unwrap_or_default();
            if name != att_tag && !name.ends_with(&format!(":{att_tag}")) {
                continue;
            }
            let (digest, mbytes) = read_blob(store, d, "index.json", limits)?;
            let from = digest.blob_path();
            let m: Referrer = parse_json(&mbytes, &from, "attestation manifest")?;
            for (i, layer) in m.layers.iter().enumerate() {
                let other = layer
                    .annotation("predicateType")
                    .zip(predicate)
                    .is_some_and(|(q, p)| q != p);
                if layer.media_type != MT_DSSE || other {
                    continue;
                }
                if out.len() >= MAX_ATTACHED {
                    return Err(too_many());
                }
                let (_, blob) = read_blob(store, layer, &from, limits)?;
                out.push(Attached {
                    source: format!("index.json: {att_tag} layer {i}"),
                    bytes: blob,
                });
            }
        }
    }
    // Referrers: manifests that say they are artifacts, or carry no tag.
    let mut reads = 0usize;
    for d in &index.manifests {
        let manifest_type = d.media_type.is_empty()
            || d.media_type == MT_OCI_MANIFEST
            || d.media_type == MT_DOCKER_MANIFEST;
        let maybe = d.artifact_type.as_deref().is_some_and(is_bundle)
            || (d.artifact_type.is_none() && ref_name(d).is_none());
        if !manifest_type || !maybe || d.digest == image_digest {
            continue;
        }
        if d.annotations.as_ref().is_some_and(|a| !wanted(want, a)) {
            continue;
        }
        // An untagged manifest that does not say it is an artifact is only
        // a guess: one whose blob the layout lacks is not read (a descriptor
        // that says it is a bundle referrer must be there).
        let present =
            Digest::parse(&d.digest, "index.json").is_ok_and(|g| store.exists(&g.blob_path()));
        if d.artifact_type.is_none() && !present {
            continue;
        }
        reads += 1;
        if reads > MAX_REFERRER_READS {
            return Err(Error::new(
                ErrorKind::LimitExceeded,
                "index.json",
                format!("more than {MAX_REFERRER_READS} untagged manifests to search for referrers of the image"),
            ));
        }
        let (digest, mbytes) = read_blob(store, d, "index.json", limits)?;
        let from = digest.blob_path();
        // Not a manifest (an index, say): not a referrer.
        let Ok(m) = serde_json::from_slice::<Referrer>(&mbytes) else {
            continue;
        };
        let about = m.subject.as_ref().is_some_and(|s| s.digest == image_digest);
        let kind = m
            .artifact_type
            .as_deref()
            .or(m.config.as_ref().map(|c| c.media_type.as_str()))
            .unwrap_or_default();
        let manifest = m.media_type.as_deref().is_none_or(|t| t == MT_OCI_MANIFEST);
        if !about || !manifest || !is_bundle(kind) || !wanted(want, &m.annotations) {
            continue;
        }
        for (i, layer) in m.layers.iter().enumerate() {
            if !is_bundle(&layer.media_type) {
                continue;
            }
            if out.len() >= MAX_ATTACHED {
                return Err(too_many());
            }
            let (_, blob) = read_blob(store, layer, &from, limits)?;
            out.push(Attached {
                source: format!("index.json: referrer {digest} layer {i}"),
                bytes: blob,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::source::DirStore;
    use serde_json::json;
    use std::path::Path;

    const IMAGE: &str = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    const OTHER: &str = "sha256:2222222222222222222222222222222222222222222222222222222222222222";
    const VERDICT: &str = "https://imagegate.dev/attestation/verdict/v1";

    fn put(dir: &Path, bytes: &[u8]) -> (String, usize) {
        let d = Digest::of_bytes(bytes);
        std::fs::write(dir.join(d.blob_path()), bytes).expect("write blob");
        (d.to_string(), bytes.len())
    }

    fn referrer(
        dir: &Path,
        subject: &str,
        bundle: &[u8],
        ann: serde_json::Value,
    ) -> (String, usize) {
        let (bd, bs) = put(dir, bundle);
        let (cd, cs) = put(dir, b"{}");
        let m = json!({"schemaVersion": 2, "mediaType": MT_OCI_MANIFEST,
            "artifactType": "application/vnd.dev.sigstore.bundle.v0.3+json",
            "config": {"mediaType": "application/vnd.oci.empty.v1+json", "digest": cd, "size": cs},
            "layers": [{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "digest": bd, "size": bs}],
            "subject": {"mediaType": MT_OCI_MANIFEST, "digest": subject, "size": 1},
            "annotations": ann});
        put(dir, m.to_string().as_bytes())
    }

    /// A layout with the image's `.att` tag (a verdict envelope and an SBOM
    /// one), a verdict referrer, a signature referrer and a referrer of
    /// another image.
    fn layout(dir: &Path) -> Vec<(String, usize)> {
        std::fs::create_dir_all(dir.join("blobs/sha256")).expect("mkdir");
        let (e1, s1) = put(dir, b"{\"payload\":\"verdict\"}");
        let (e2, s2) = put(dir, b"{\"payload\":\"sbom\"}");
        let (cd, cs) = put(dir, b"{\"rootfs\":{}}");
        let att = json!({"schemaVersion": 2, "mediaType": MT_OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cs},
        "layers": [
            {"mediaType": MT_DSSE, "digest": e1, "size": s1, "annotations": {"predicateType": VERDICT}},
            {"mediaType": MT_DSSE, "digest": e2, "size": s2, "annotations": {"predicateType": "https://spdx.dev/Document"}},
        ]});
        let (ad, asz) = put(dir, att.to_string().as_bytes());
        let verdict = referrer(
            dir,
            IMAGE,
            b"verdict bundle",
            json!({CONTENT_ANNOTATION: "dsse-envelope", PREDICATE_ANNOTATION: VERDICT}),
        );
        let sig = referrer(
            dir,
            IMAGE,
            b"signature bundle",
            json!({CONTENT_ANNOTATION: "message-signature"}),
        );
        let other = referrer(dir, OTHER, b"other bundle", json!({}));
        let att_tag = format!("sha256-{}.att", &IMAGE[7..]);
        let mut manifests = vec![
            json!({"mediaType": MT_OCI_MANIFEST, "digest": ad, "size": asz,
            "annotations": {"org.opencontainers.image.ref.name": att_tag}}),
        ];
        for (d, s) in [&verdict, &sig, &other] {
            manifests.push(json!({"mediaType": MT_OCI_MANIFEST, "digest": d, "size": s,
                "artifactType": "application/vnd.dev.sigstore.bundle.v0.3+json"}));
        }
        let index = json!({"schemaVersion": 2, "manifests": manifests});
        std::fs::write(dir.join("index.json"), index.to_string()).expect("index");
        vec![verdict, sig, other]
    }

    fn sources(found: &[Attached]) -> Vec<(String, String)> {
        found
            .iter()
            .map(|a| {
                (
                    a.source.clone(),
                    String::from_utf8_lossy(&a.bytes).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn finds_what_is_asked_about_this_image_only() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let refs = layout(tmp.path());
        let store = DirStore::new(tmp.path());
        let image = Digest::parse(IMAGE, "test").expect("digest");
        let limits = Limits::default();
        let att = find(&store, &image, Want::Attestations(Some(VERDICT)), &limits).expect("find");
        let att_tag = format!("sha256-{}.att", &IMAGE[7..]);
        assert_eq!(
            sources(&att),
            vec![
                (
                    format!("index.json: {att_tag} layer 0"),
                    "{\"payload\":\"verdict\"}".to_string()
                ),
                (
                    format!("index.json: referrer {} layer 0", refs[0].0),
                    "verdict bundle".to_string()
                ),
            ]
        );
        let all = find(&store, &image, Want::Attestations(None), &limits).expect("find");
        assert_eq!(all.len(), 3, "the SBOM envelope too: {:?}", sources(&all));
        let sigs = find(&store, &image, Want::Signatures, &limits).expect("find");
        assert_eq!(
            sources(&sigs),
            vec![(
                format!("index.json: referrer {} layer 0", refs[1].0),
                "signature bundle".to_string()
            )]
        );
        let other = Digest::parse(OTHER, "test").expect("digest");
        let found = find(&store, &other, Want::Attestations(None), &limits).expect("find");
        assert_eq!(found.len(), 1, "only the referrer whose subject is OTHER");
        // A changed bundle blob is an error, never skipped or trusted.
        let changed = Digest::of_bytes(b"verdict bundle").blob_path();
        std::fs::write(tmp.path().join(changed), b"verdict bundlE").expect("write");
        let e = find(&store, &image, Want::Attestations(None), &limits).expect_err("tampered");
        assert_eq!(e.kind, ErrorKind::DigestMismatch);
    }

    #[test]
    fn annotations_choose_what_is_read() {
        let ann = |c: Option<&str>, p: Option<&str>| {
            let mut m = BTreeMap::new();
            if let Some(c) = c {
                m.insert(CONTENT_ANNOTATION.to_string(), c.to_string());
            }
            if let Some(p) = p {
                m.insert(PREDICATE_ANNOTATION.to_string(), p.to_string());
            }
            m
        };
        let v = Want::Attestations(Some(VERDICT));
        assert!(wanted(v, &ann(None, None)));
        assert!(wanted(v, &ann(Some("dsse-envelope"), Some(VERDICT))));
        assert!(!wanted(
            v,
            &ann(
                Some("dsse-envelope"),
                Some("https://slsa.dev/provenance/v1")
            )
        ));
        assert!(!wanted(v, &ann(Some("message-signature"), None)));
        assert!(!wanted(
            v,
            &ann(Some("dsse-envelope"), Some(COSIGN_SIGN_PREDICATE))
        ));
        let s = Want::Signatures;
        assert!(wanted(s, &ann(None, None)));
        assert!(wanted(s, &ann(Some("message-signature"), None)));
        assert!(wanted(
            s,
            &ann(Some("dsse-envelope"), Some(COSIGN_SIGN_PREDICATE))
        ));
        assert!(!wanted(s, &ann(Some("dsse-envelope"), Some(VERDICT))));
        assert!(!wanted(s, &ann(Some("dsse-envelope"), None)));
    }
}
