//! Reading container images: docker-archive tarballs (legacy and Docker 25+
//! layouts), OCI image layout directories and OCI archives. The image is
//! resolved to one manifest and config, then each layer is streamed once,
//! verified against its digests, and merged into the final filesystem view.

pub mod attached;
pub mod cosign;
pub mod digest;
pub mod facts;
pub mod fs;
pub mod layers;
pub mod oci;
pub mod reference;
pub mod resolve;
pub mod source;
pub mod targuard;
pub mod visit;
pub mod zstd;

use crate::error::{Error, ErrorKind, Result};
use digest::Digest;
use fs::FileTree;
use layers::LayerFacts;
use resolve::{Format, Resolved, Selector};
use source::{DirStore, Store, TarStore};
use std::path::Path;
use visit::Visitor;

/// Bounds on what a hostile image can make the scanner do.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest manifest, index, config or `manifest.json` read into memory.
    pub max_json: u64,
    /// Largest file whose content is captured for analysis (each source
    /// sets its own, smaller cap: [`visit::Visitor::keep`]).
    pub max_capture: u64,
    /// Largest uncompressed layer.
    pub max_layer_bytes: u64,
    /// Largest decompression ratio allowed once past `bomb_ratio_floor` bytes.
    pub bomb_ratio: u64,
    pub bomb_ratio_floor: u64,
    pub max_layers: usize,
    pub max_entries_per_layer: u64,
    pub max_index_depth: usize,
    /// Most bytes of captured content shared with hard links, per image:
    /// each link to a captured file is parsed again, so without a bound a
    /// layer of links to one large manifest would multiply the work.
    pub max_linked_capture: u64,
    /// Most bytes of paths in an image's merged file tree: the tree keeps
    /// every path for the whole scan, so without a bound a layer of many
    /// long names would take memory out of proportion to its size.
    pub max_path_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_json: 8 << 20,
            max_capture: 256 << 20,
            max_layer_bytes: 64 << 30,
            bomb_ratio: 200,
            bomb_ratio_floor: 1 << 30,
            max_layers: 1024,
            max_entries_per_layer: 2_000_000,
            max_index_depth: 8,
            max_linked_capture: 64 << 20,
            max_path_bytes: 128 << 20,
        }
    }
}

/// A scanned image: what it is, its layers and its final filesystem.
pub struct Image {
    pub name: String,
    pub resolved: Resolved,
    pub layers: Vec<LayerFacts>,
    pub tree: FileTree,
}

enum Opened {
    Dir(DirStore, Format),
    Tar(TarStore, Format),
}

/// Detect the format of the input at `path` and open it.
fn open_store(path: &Path, name: &str) -> Result<Opened> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(name, &e))?;
    if meta.is_dir() {
        let store = DirStore::new(path);
        let format = if store.exists("manifest.json") {
            Format::DockerDirectory
        } else if store.exists("index.json") || store.exists("oci-layout") {
            Format::OciLayout
        } else {
            return Err(Error::new(
                ErrorKind::NotAnImage,
                name,
                "directory is not an OCI image layout (no index.json or oci-layout) nor an extracted docker-archive (no manifest.json)",
            ));
        };
        return Ok(Opened::Dir(store, format));
    }
    if !meta.is_file() {
        return Err(Error::new(
            ErrorKind::NotAnImage,
            name,
            "is not a regular file or directory",
        ));
    }
    let store = TarStore::open(path, name)?;
    let format = tar_format(&store, name)?;
    Ok(Opened::Tar(store, format))
}

/// Which image format an indexed tarball holds.
fn tar_format(store: &TarStore, name: &str) -> Result<Format> {
    if store.exists("manifest.json") {
        Ok(Format::DockerArchive)
    } else if store.exists("index.json") || store.exists("oci-layout") {
        Ok(Format::OciArchive)
    } else {
        Err(Error::new(
            ErrorKind::NotAnImage,
            name,
            "tar archive is not an image: no manifest.json (docker-archive) or index.json/oci-layout (OCI archive)",
        ))
    }
}

/// Open, verify and stream the image at `path`, building its file tree
/// only. `name` is used in errors.
pub fn read(path: &Path, name: &str, sel: &Selector, limits: &Limits) -> Result<Image> {
    read_with(path, name, sel, limits, &mut visit::NoVisitor)
}

/// [`read`], handing every file of every layer to `visitor` as it streams.
pub fn read_with(
    path: &Path,
    name: &str,
    sel: &Selector,
    limits: &Limits,
    visitor: &mut dyn Visitor,
) -> Result<Image> {
    let opened = open_store(path, name)?;
    let (store, format): (&dyn Store, Format) = match &opened {
        Opened::Dir(s, f) => (s, *f),
        Opened::Tar(s, f) => (s, *f),
    };
    read_store(store, format, name, sel, limits, visitor).map_err(|e| e.within(name))
}

/// Resolve the image at `path` to its manifest and config (both digest-
/// verified) without reading its layers: what a check of signatures or
/// attestations over the manifest digest needs.
pub fn resolve_only(path: &Path, name: &str, sel: &Selector, limits: &Limits) -> Result<Resolved> {
    let opened = open_store(path, name)?;
    let (store, format): (&dyn Store, Format) = match &opened {
        Opened::Dir(s, f) => (s, *f),
        Opened::Tar(s, f) => (s, *f),
    };
    match format {
        Format::DockerArchive | Format::DockerDirectory => {
            resolve::docker(store, format, sel, limits)
        }
        Format::OciLayout | Format::OciArchive => resolve::oci(store, format, sel, limits),
    }
    .map_err(|e| e.within(name))
}

/// [`resolve_only`], and what is attached to the image in its OCI layout or
/// archive ([`attached::find`]; nothing for a docker-archive).
pub fn resolve_attached(
    path: &Path,
    name: &str,
    sel: &Selector,
    limits: &Limits,
    want: attached::Want<'_>,
) -> Result<(Resolved, Vec<attached::Attached>)> {
    let opened = open_store(path, name)?;
    let (store, format): (&dyn Store, Format) = match &opened {
        Opened::Dir(s, f) => (s, *f),
        Opened::Tar(s, f) => (s, *f),
    };
    let found = match format {
        Format::DockerArchive | Format::DockerDirectory => {
            resolve::docker(store, format, sel, limits).map(|r| (r, Vec::new()))
        }
        Format::OciLayout | Format::OciArchive => resolve::oci(store, format, sel, limits)
            .and_then(|r| {
                let found = match &r.manifest_digest {
                    Some(d) => attached::find(store, d, want, limits)?,
                    None => Vec::new(),
                };
                Ok((r, found))
            }),
    };
    found.map_err(|e| e.within(name))
}

/// [`read_with`] for a docker-archive or OCI archive held in memory (the
/// fuzz targets and their regression tests use this; scans read files).
pub fn read_tar_bytes(
    bytes: Vec<u8>,
    name: &str,
    sel: &Selector,
    limits: &Limits,
    visitor: &mut dyn Visitor,
) -> Result<Image> {
    let store = TarStore::from_bytes(bytes, name)?;
    let format = tar_format(&store, name)?;
    read_store(&store, format, name, sel, limits, visitor).map_err(|e| e.within(name))
}

fn read_store(
    store: &dyn Store,
    format: Format,
    name: &str,
    sel: &Selector,
    limits: &Limits,
    visitor: &mut dyn Visitor,
) -> Result<Image> {
    let resolved = match format {
        Format::DockerArchive | Format::DockerDirectory => {
            resolve::docker(store, format, sel, limits)?
        }
        Format::OciLayout | Format::OciArchive => resolve::oci(store, format, sel, limits)?,
    };
    let diff_ids = &resolved.config.rootfs.diff_ids;
    if resolved.layers.len() > limits.max_layers {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            "manifest",
            format!(
                "{} layers; the limit is {}",
                resolved.layers.len(),
                limits.max_layers
            ),
        ));
    }
    if diff_ids.len() != resolved.layers.len() {
        return Err(Error::new(
            ErrorKind::Malformed,
            resolved.config_digest.blob_path(),
            format!(
                "config lists {} diff_ids but the manifest has {} layers",
                diff_ids.len(),
                resolved.layers.len()
            ),
        ));
    }
    let diff_ids: Vec<Digest> = diff_ids
        .iter()
        .map(|d| Digest::parse(d, "config rootfs.diff_ids"))
        .collect::<Result<_>>()?;
    let mut tree = FileTree::default();
    let mut layers = Vec::with_capacity(resolved.layers.len());
    for (i, (layer, diff_id)) in resolved.layers.iter().zip(&diff_ids).enumerate() {
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        layers.push(layers::walk(
            store, layer, diff_id, index, &mut tree, limits, visitor,
        )?);
    }
    Ok(Image {
        name: name.to_string(),
        resolved,
        layers,
        tree,
    })
}
