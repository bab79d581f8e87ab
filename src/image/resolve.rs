//! Finding the one image to scan: detect the input format, read
//! `manifest.json` (docker-archive) or `index.json` (OCI), follow nested
//! indexes, pick by tag and platform, and read the verified manifest and
//! config. Every blob read here is checked against its size and sha256.

use crate::error::{Error, ErrorKind, Result};
use crate::image::digest::{truncate, Digest};
use crate::image::oci::*;
use crate::image::source::{normalize, Store};
use crate::image::Limits;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::io::Read;

/// The input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    DockerArchive,
    OciLayout,
    OciArchive,
    /// A `docker save` tarball extracted into a directory.
    DockerDirectory,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::DockerArchive => "docker-archive",
            Format::OciLayout => "oci-layout",
            Format::OciArchive => "oci-archive",
            Format::DockerDirectory => "docker-directory",
        }
    }
}

/// A requested platform, `os/arch[/variant]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformReq {
    pub os: String,
    pub arch: String,
    pub variant: Option<String>,
}

impl PlatformReq {
    pub fn parse(s: &str) -> Result<PlatformReq> {
        let parts: Vec<&str> = s.split('/').collect();
        let bad = || {
            Error::new(
                ErrorKind::Usage,
                "",
                format!(
                    "invalid platform {:?}: expected os/arch[/variant], e.g. linux/amd64",
                    truncate(s)
                ),
            )
        };
        match parts.as_slice() {
            [os, arch] if !os.is_empty() && !arch.is_empty() => Ok(PlatformReq {
                os: os.to_string(),
                arch: arch.to_string(),
                variant: None,
            }),
            [os, arch, v] if !os.is_empty() && !arch.is_empty() && !v.is_empty() => {
                Ok(PlatformReq {
                    os: os.to_string(),
                    arch: arch.to_string(),
                    variant: Some(v.to_string()),
                })
            }
            _ => Err(bad()),
        }
    }

    pub fn default_platform() -> PlatformReq {
        PlatformReq {
            os: "linux".into(),
            arch: "amd64".into(),
            variant: None,
        }
    }

    fn matches(&self, os: &str, arch: &str, variant: Option<&str>) -> bool {
        self.os == os
            && self.arch == arch
            && match (&self.variant, variant) {
                (Some(want), Some(have)) => want == have,
                (Some(_), None) => false,
                (None, _) => true,
            }
    }
}

impl std::fmt::Display for PlatformReq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.arch)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

/// A layer to stream: where its blob is and what it should hash to.
#[derive(Debug, Clone)]
pub struct LayerRef {
    pub path: String,
    /// Expected blob digest (OCI descriptor), if the format gives one.
    pub digest: Option<Digest>,
    /// Expected blob size, if the format gives one.
    pub size: Option<u64>,
    pub media_type: Option<String>,
}

/// The selected image, with its manifest and config verified.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub format: Format,
    pub references: Vec<String>,
    pub manifest_digest: Option<Digest>,
    pub manifest_media_type: Option<String>,
    pub annotations: BTreeMap<String, String>,
    pub config_digest: Digest,
    pub config: ImageConfig,
    pub layers: Vec<LayerRef>,
    /// cosign signatures of this manifest found in an OCI layout (its
    /// `sha256-<hex>.sig` tag); every blob on the way is digest-verified.
    pub signatures: Vec<super::cosign::SignatureInput>,
    /// Sigstore bundles signing this manifest, found in an OCI layout as
    /// referrers ([`crate::image::attached`], digest-verified).
    pub bundles: Vec<crate::image::attached::Attached>,
}

/// Read a small JSON file whole (bounded by `limits.max_json`).
pub(crate) fn read_small(store: &dyn Store, path: &str, limit: u64) -> Result<Vec<u8>> {
    let size = store.size(path)?;
    if size > limit {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            path,
            format!("is {size} bytes; the limit for metadata files is {limit} bytes"),
        ));
    }
    let mut r = store.open(path)?;
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    r.by_ref()
        .take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::io(path, &e))?;
    if buf.len() as u64 != size {
        return Err(Error::new(
            ErrorKind::Malformed,
            path,
            format!("truncated: expected {size} bytes, read {}", buf.len()),
        ));
    }
    Ok(buf)
}

pub(crate) fn parse_json<T: DeserializeOwned>(bytes: &[u8], path: &str, what: &str) -> Result<T> {
    serde_json::from_slice(bytes)
        .map_err(|e| Error::new(ErrorKind::Malformed, path, format!("invalid {what}: {e}")))
}

/// Read a blob named by a descriptor, verifying its size and digest.
pub(crate) fn read_blob(
    store: &dyn Store,
    desc: &Descriptor,
    from: &str,
    limits: &Limits,
) -> Result<(Digest, Vec<u8>)> {
    let digest = Digest::parse(&desc.digest, from)?;
    let path = digest.blob_path();
    if desc.size > limits.max_json {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            &path,
            format!(
                "descriptor in {from} says {} bytes; the limit for manifests and configs is {} bytes",
                desc.size, limits.max_json
            ),
        ));
    }
    if !store.exists(&path) {
        return Err(Error::new(
            ErrorKind::Malformed,
            &path,
            format!("blob referenced by {from} is missing"),
        ));
    }
    let bytes = read_small(store, &path, limits.max_json)?;
    verify(&bytes, &digest, Some(desc.size), &path)?;
    Ok((digest, bytes))
}

fn verify(bytes: &[u8], digest: &Digest, size: Option<u64>, path: &str) -> Result<()> {
    if let Some(size) = size {
        if bytes.len() as u64 != size {
            return Err(Error::new(
                ErrorKind::DigestMismatch,
                path,
                format!(
                    "size mismatch: descriptor says {size} bytes, blob has {}",
                    bytes.len()
                ),
            ));
        }
    }
    let actual = Digest::of_bytes(bytes);
    if &actual != digest {
        return Err(Error::new(
            ErrorKind::DigestMismatch,
            path,
            format!("digest mismatch: expected {digest}, content hashes to {actual}"),
        ));
    }
    Ok(())
}

/// What the user asked to select.
#[derive(Debug, Clone, Default)]
pub struct Selector {
    pub tag: Option<String>,
    pub platform: Option<PlatformReq>,
}

/// Resolve a docker-archive (or extracted docker-save directory).
pub fn docker(
    store: &dyn Store,
    format: Format,
    sel: &Selector,
    limits: &Limits,
) -> Result<Resolved> {
    let bytes = read_small(store, "manifest.json", limits.max_json)?;
    let entries: Vec<DockerEntry> =
        parse_json(&bytes, "manifest.json", "docker-archive manifest.json")?;
    if entries.is_empty() {
        return Err(Error::new(
            ErrorKind::Malformed,
            "manifest.json",
            "lists no images",
        ));
    }
    let entry = match &sel.tag {
        Some(tag) => entries
            .iter()
            .find(|e| e.repo_tags.iter().flatten().any(|t| tag_matches(t, tag)))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Selection,
                    "manifest.json",
                    format!(
                        "no image tagged {:?}; the archive has: {}",
                        truncate(tag),
                        list_tags(&entries)
                    ),
                )
            })?,
        None if entries.len() > 1 => {
            return Err(Error::new(
                ErrorKind::Selection,
                "manifest.json",
                format!(
                    "the archive holds {} images; choose one with --tag: {}",
                    entries.len(),
                    list_tags(&entries)
                ),
            ))
        }
        None => &entries[0],
    };
    let config_path = normalize(&entry.config, "manifest.json: Config")?;
    let config_bytes = read_small(store, &config_path, limits.max_json)?;
    let config_digest = Digest::of_bytes(&config_bytes);
    if let Some(expected) = digest_from_path(&config_path) {
        verify(&config_bytes, &expected, None, &config_path)?;
    }
    let config: ImageConfig = parse_json(&config_bytes, &config_path, "image config")?;
    let mut layers = Vec::with_capacity(entry.layers.len());
    for l in &entry.layers {
        let path = normalize(l, "manifest.json: Layers")?;
        layers.push(LayerRef {
            digest: digest_from_path(&path),
            size: None,
            media_type: None,
            path,
        });
    }
    check_platform(&config, sel, &config_path)?;
    // Docker 25+ saves an OCI layout next to manifest.json: find the
    // manifest whose config is ours, to report the manifest digest.
    let (manifest_digest, manifest_media_type, annotations) =
        docker_oci_manifest(store, &config_digest, limits)?;
    Ok(Resolved {
        format,
        references: entry.repo_tags.clone().unwrap_or_default(),
        manifest_digest,
        manifest_media_type,
        annotations,
        config_digest,
        config,
        layers,
        signatures: Vec::new(),
        bundles: Vec::new(),
    })
}

type ManifestInfo = (Option<Digest>, Option<String>, BTreeMap<String, String>);

fn docker_oci_manifest(
    store: &dyn Store,
    config_digest: &Digest,
    limits: &Limits,
) -> Result<ManifestInfo> {
    if !store.exists("index.json") {
        return Ok((None, None, BTreeMap::new()));
    }
    let bytes = read_small(store, "index.json", limits.max_json)?;
    let index: Index = parse_json(&bytes, "index.json", "OCI index")?;
    for d in index.manifests.iter().take(64) {
        if is_index(&d.media_type) {
            continue;
        }
        let (digest, mbytes) = read_blob(store, d, "index.json", limits)?;
        if let Ok(m) = serde_json::from_slice::<Manifest>(&mbytes) {
            if Digest::parse(&m.config.digest, "manifest").ok().as_ref() == Some(config_digest) {
                return Ok((
                    Some(digest),
                    Some(media_type_of(d, &m)),
                    m.annotations.unwrap_or_default(),
                ));
            }
        }
    }
    Ok((None, None, BTreeMap::new()))
}

fn list_tags(entries: &[DockerEntry]) -> String {
    let tags: Vec<String> = entries
        .iter()
        .map(|e| match &e.repo_tags {
            Some(t) if !t.is_empty() => t.join(", "),
            _ => format!("<untagged {}>", truncate(&e.config)),
        })
        .collect();
    tags.join("; ")
}

/// Does reference `have` match the user's `want`? Exact, ignoring the
/// `docker.io/` and `docker.io/library/` prefixes, with `:latest` implied.
pub fn tag_matches(have: &str, want: &str) -> bool {
    fn canon(s: &str) -> String {
        let s = s
            .strip_prefix("docker.io/library/")
            .or_else(|| s.strip_prefix("docker.io/"))
            .unwrap_or(s);
        let last = s.rsplit('/').next().unwrap_or(s);
        if last.contains(':') || s.contains('@') {
            s.to_string()
        } else {
            format!("{s}:latest")
        }
    }
    have == want || canon(have) == canon(want)
}

/// `blobs/sha256/<hex>` or `<hex>.json`/`<hex>.tar` names carry a digest.
fn digest_from_path(path: &str) -> Option<Digest> {
    if let Some(hex) = path.strip_prefix("blobs/sha256/") {
        return Digest::from_hex(hex);
    }
    let stem = path.strip_suffix(".json")?;
    Digest::from_hex(stem)
}

fn is_index(mt: &str) -> bool {
    mt == MT_OCI_INDEX || mt == MT_DOCKER_LIST
}

fn media_type_of(d: &Descriptor, m: &Manifest) -> String {
    m.media_type
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| d.media_type.clone())
}

fn check_platform(config: &ImageConfig, sel: &Selector, path: &str) -> Result<()> {
    if let Some(p) = &sel.platform {
        let os = config.os.as_deref().unwrap_or("");
        let arch = config.architecture.as_deref().unwrap_or("");
        if !p.matches(os, arch, config.variant.as_deref()) {
            return Err(Error::new(
                ErrorKind::Selection,
                path,
                format!("the image is for {os}/{arch}, not the requested platform {p}"),
            ));
        }
    }
    Ok(())
}

/// Resolve an OCI image layout (directory or archive).
pub fn oci(store: &dyn Store, format: Format, sel: &Selector, limits: &Limits) -> Result<Resolved> {
    if store.exists("oci-layout") {
        let bytes = read_small(store, "oci-layout", limits.max_json)?;
        let layout: LayoutFile = parse_json(&bytes, "oci-layout", "oci-layout file")?;
        if !layout.image_layout_version.starts_with("1.") {
            return Err(Error::new(
                ErrorKind::Unsupported,
                "oci-layout",
                format!(
                    "image layout version {:?} is not supported",
                    truncate(&layout.image_layout_version)
                ),
            ));
        }
    }
    let bytes = read_small(store, "index.json", limits.max_json)?;
    let index: Index = parse_json(&bytes, "index.json", "OCI index")?;
    if index.manifests.is_empty() {
        return Err(Error::new(
            ErrorKind::Malformed,
            "index.json",
            "lists no manifests",
        ));
    }
    // Top level: choose by tag (ref name annotation).
    let candidates: Vec<&Descriptor> = match &sel.tag {
        Some(tag) => {
            let c: Vec<&Descriptor> = index
                .manifests
                .iter()
                .filter(|d| ref_matches(d, tag))
                .collect();
            if c.is_empty() {
                return Err(Error::new(
                    ErrorKind::Selection,
                    "index.json",
                    format!(
                        "no image with tag {:?}; the layout has: {}",
                        truncate(tag),
                        list_refs(&index.manifests)
                    ),
                ));
            }
            c
        }
        // cosign's companion tags (signatures, attestations, SBOMs) are not
        // images to scan.
        // Neither are OCI 1.1 artifacts (referrers say so in `artifactType`).
        None => {
            let images: Vec<&Descriptor> = index
                .manifests
                .iter()
                .filter(|d| {
                    !ref_name(d).is_some_and(super::cosign::is_cosign_tag)
                        && d.artifact_type.is_none()
                })
                .collect();
            if images.is_empty() {
                index.manifests.iter().collect()
            } else {
                images
            }
        }
    };
    let mut refs: Vec<&str> = candidates.iter().filter_map(|d| ref_name(d)).collect();
    refs.sort_unstable();
    refs.dedup();
    if refs.len() > 1 {
        let msg = match &sel.tag {
            None => format!(
                "the layout holds {} images; choose one with --tag: {}",
                refs.len(),
                list_refs(&index.manifests)
            ),
            Some(tag) => format!(
                "tag {:?} matches several images ({}); give the full name",
                truncate(tag),
                refs.join(", ")
            ),
        };
        return Err(Error::new(ErrorKind::Selection, "index.json", msg));
    }
    let mut seen = Vec::new();
    let desc = choose(store, &candidates, sel, "index.json", limits, 0, &mut seen)?;
    let mut references: Vec<String> = candidates
        .iter()
        .filter(|d| d.digest == desc.top_digest || candidates.len() == 1)
        .flat_map(|d| {
            [
                d.annotation("io.containerd.image.name"),
                d.annotation("org.opencontainers.image.ref.name"),
            ]
        })
        .flatten()
        .map(str::to_string)
        .collect();
    references.sort();
    references.dedup();
    let manifest = desc.manifest;
    if manifest.schema_version.is_some_and(|v| v != 2) {
        return Err(Error::new(
            ErrorKind::Unsupported,
            desc.digest.blob_path(),
            "manifest schemaVersion is not 2",
        ));
    }
    let from = desc.digest.blob_path();
    let mut signatures = Vec::new();
    if let Some(tag) = super::cosign::signature_tag(&desc.digest.to_string()) {
        for d in &index.manifests {
            let name = ref_name(d).unwrap_or_default();
            if name == tag || name.ends_with(&format!(":{tag}")) {
                signatures.extend(read_signatures(store, d, &tag, limits)?);
            }
        }
    }
    let bundles = crate::image::attached::find(
        store,
        &desc.digest,
        crate::image::attached::Want::Signatures,
        limits,
    )?;
    let (config_digest, config_bytes) = read_blob(store, &manifest.config, &from, limits)?;
    let config_path = config_digest.blob_path();
    let config: ImageConfig = parse_json(&config_bytes, &config_path, "image config")?;
    check_platform(&config, sel, &config_path)?;
    let mut layers = Vec::with_capacity(manifest.layers.len());
    for l in &manifest.layers {
        let digest = Digest::parse(&l.digest, &from)?;
        let path = digest.blob_path();
        if !store.exists(&path) {
            return Err(Error::new(
                ErrorKind::Malformed,
                &path,
                format!("layer blob referenced by {from} is missing"),
            ));
        }
        layers.push(LayerRef {
            path,
            digest: Some(digest),
            size: Some(l.size),
            media_type: Some(l.media_type.clone()),
        });
    }
    Ok(Resolved {
        format,
        references,
        manifest_digest: Some(desc.digest),
        manifest_media_type: Some(desc.media_type),
        annotations: manifest.annotations.unwrap_or_default(),
        config_digest,
        config,
        layers,
        signatures,
        bundles,
    })
}

/// Read the simple-signing layers of one cosign signature manifest.
fn read_signatures(
    store: &dyn Store,
    desc: &Descriptor,
    tag: &str,
    limits: &Limits,
) -> Result<Vec<super::cosign::SignatureInput>> {
    use super::cosign::{SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE};
    let (digest, bytes) = read_blob(store, desc, "index.json", limits)?;
    let from = digest.blob_path();
    let manifest: Manifest = parse_json(&bytes, &from, "signature manifest")?;
    let mut out = Vec::new();
    for (i, layer) in manifest.layers.iter().enumerate() {
        if layer.media_type != SIMPLE_SIGNING_MEDIA_TYPE {
            continue;
        }
        let (_, payload) = read_blob(store, layer, &from, limits)?;
        out.push(super::cosign::SignatureInput {
            source: format!("index.json: {tag} layer {i}"),
            payload,
            signature: layer
                .annotation(SIGNATURE_ANNOTATION)
                .unwrap_or_default()
                .to_string(),
        });
    }
    Ok(out)
}

pub(crate) fn ref_name(d: &Descriptor) -> Option<&str> {
    d.annotation("org.opencontainers.image.ref.name")
        .or_else(|| d.annotation("io.containerd.image.name"))
}

fn ref_matches(d: &Descriptor, tag: &str) -> bool {
    let short = |s: &str| -> bool {
        s == tag || tag_matches(s, tag) || s.rsplit_once(':').is_some_and(|(_, t)| t == tag)
    };
    d.annotation("org.opencontainers.image.ref.name")
        .is_some_and(short)
        || d.annotation("io.containerd.image.name").is_some_and(short)
}

fn list_refs(ds: &[Descriptor]) -> String {
    let mut v: Vec<String> = ds
        .iter()
        .map(|d| {
            ref_name(d)
                .map(str::to_string)
                .unwrap_or_else(|| format!("<untagged {}>", truncate(&d.digest)))
        })
        .collect();
    v.sort();
    v.dedup();
    v.join(", ")
}

struct Chosen {
    top_digest: String,
    digest: Digest,
    media_type: String,
    manifest: Manifest,
}

/// Pick one manifest from descriptors, descending into nested indexes.
fn choose(
    store: &dyn Store,
    candidates: &[&Descriptor],
    sel: &Selector,
    from: &str,
    limits: &Limits,
    depth: usize,
    seen: &mut Vec<String>,
) -> Result<Chosen> {
    if depth > limits.max_index_depth {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            from,
            format!("indexes nested more than {} deep", limits.max_index_depth),
        ));
    }
    let want = sel
        .platform
        .clone()
        .unwrap_or_else(PlatformReq::default_platform);
    // Skip attestation manifests (platform unknown/unknown).
    let usable: Vec<&Descriptor> = candidates
        .iter()
        .copied()
        .filter(|d| {
            d.platform.as_ref().is_none_or(|p| p.os != "unknown")
                && d.annotation("vnd.docker.reference.type") != Some("attestation-manifest")
        })
        .collect();
    let picked: &Descriptor = if usable.len() == 1 {
        let d = usable[0];
        if let (Some(p), Some(_)) = (&d.platform, &sel.platform) {
            if !want.matches(&p.os, &p.architecture, p.variant.as_deref()) {
                return Err(no_platform(from, &want, &usable));
            }
        }
        d
    } else {
        let matching: Vec<&Descriptor> = usable
            .iter()
            .copied()
            .filter(|d| {
                d.platform
                    .as_ref()
                    .is_some_and(|p| want.matches(&p.os, &p.architecture, p.variant.as_deref()))
            })
            .collect();
        match matching.first() {
            Some(d) => d,
            None if usable.is_empty() => {
                return Err(Error::new(
                    ErrorKind::Malformed,
                    from,
                    "lists no usable image manifests",
                ))
            }
            None => return Err(no_platform(from, &want, &usable)),
        }
    };
    let digest = Digest::parse(&picked.digest, from)?;
    if seen.contains(&picked.digest) {
        return Err(Error::new(
            ErrorKind::Malformed,
            digest.blob_path(),
            "index refers back to itself (a cycle of indexes)",
        ));
    }
    seen.push(picked.digest.clone());
    let (digest, bytes) = read_blob(store, picked, from, limits)?;
    let path = digest.blob_path();
    let value: serde_json::Value = parse_json(&bytes, &path, "manifest or index JSON")?;
    let nested = is_index(&picked.media_type)
        || value
            .get("mediaType")
            .and_then(|v| v.as_str())
            .is_some_and(is_index)
        || (value.get("manifests").is_some() && value.get("layers").is_none());
    if nested {
        let index: Index = parse_json(&bytes, &path, "image index")?;
        let sub: Vec<&Descriptor> = index.manifests.iter().collect();
        let mut chosen = choose(store, &sub, sel, &path, limits, depth + 1, seen)?;
        chosen.top_digest = picked.digest.clone();
        return Ok(chosen);
    }
    let manifest: Manifest = parse_json(&bytes, &path, "image manifest")?;
    let media_type = media_type_of(picked, &manifest);
    if !media_type.is_empty() && media_type != MT_OCI_MANIFEST && media_type != MT_DOCKER_MANIFEST {
        return Err(Error::new(
            ErrorKind::Unsupported,
            path,
            format!(
                "manifest media type {:?} is not supported",
                truncate(&media_type)
            ),
        ));
    }
    Ok(Chosen {
        top_digest: picked.digest.clone(),
        digest,
        media_type,
        manifest,
    })
}

fn no_platform(from: &str, want: &PlatformReq, ds: &[&Descriptor]) -> Error {
    let mut have: Vec<String> = ds
        .iter()
        .filter_map(|d| d.platform.as_ref())
        .map(|p| match &p.variant {
            Some(v) => format!("{}/{}/{v}", p.os, p.architecture),
            None => format!("{}/{}", p.os, p.architecture),
        })
        .collect();
    have.sort();
    have.dedup();
    Error::new(
        ErrorKind::Selection,
        from,
        format!(
            "no image for platform {want}; available: {} (choose with --platform)",
            if have.is_empty() {
                "none declared".to_string()
            } else {
                have.join(", ")
            }
        ),
    )
}
