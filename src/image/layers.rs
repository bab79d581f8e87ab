//! Streaming one layer: detect its compression by magic bytes, decompress,
//! walk its tar entries once, and hash as the bytes go by: the blob digest
//! over the stored bytes and the diff_id over the uncompressed tar (one hash
//! when the layer is stored uncompressed). Whiteouts become changes for the
//! [`FileTree`]; small files the scanner asks for are captured, bounded.

use crate::error::{Error, ErrorKind, Result};
use crate::image::digest::{truncate, Digest, LayerHasher};
use crate::image::fs::{FileTree, Node, NodeKind};
use crate::image::resolve::LayerRef;
use crate::image::source::{self, Store, READ_BUF};
use crate::image::targuard::{self, HeaderGuard, MAX_EXTENSION_HEADER};
use crate::image::visit::{Body, FileInfo, History, Visitor};
use crate::image::Limits;
use std::cell::{Cell, RefCell};
use std::io::{self, BufRead, BufReader, Read};
use std::rc::Rc;
use std::sync::Arc;

/// Compression of a layer blob, detected from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    pub fn as_str(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }

    pub fn detect(magic: &[u8]) -> Compression {
        if magic.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }
}

/// What one layer held.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LayerFacts {
    pub index: u32,
    /// The blob digest (what a registry stores).
    pub digest: Digest,
    /// The digest of the uncompressed tar (the config's `rootfs.diff_ids`).
    pub diff_id: Digest,
    pub media_type: Option<String>,
    pub compression: Compression,
    /// Bytes of the stored blob.
    pub size: u64,
    /// Bytes of the uncompressed tar stream.
    pub uncompressed_size: u64,
    /// Tar entries in the layer (whiteouts included).
    pub entries: u64,
    /// Regular files (and hard links) the layer adds.
    pub files: u64,
    pub directories: u64,
    pub symlinks: u64,
    /// Whiteout markers (`.wh.*`, opaque directories included).
    pub whiteouts: u64,
    /// Entries of lower layers this layer deleted or hid.
    pub removed_from_lower: u64,
}

/// A layer hash and byte count. The hasher is made on the first bytes, so
/// taking the state out (`mem::take`) or a hash never used (the diff_id of an
/// uncompressed layer) costs no host hasher.
#[derive(Default)]
struct HashState {
    hasher: Option<LayerHasher>,
    count: u64,
}

impl HashState {
    fn update(&mut self, data: &[u8]) {
        self.hasher
            .get_or_insert_with(LayerHasher::default)
            .update(data);
        self.count += data.len() as u64;
    }

    fn finish(self) -> std::result::Result<Digest, String> {
        self.hasher.unwrap_or_default().finish()
    }
}

/// Hashes and counts what passes through, into shared state that stays
/// reachable after the reader was boxed into a decoder.
struct SharedHash<R> {
    inner: R,
    state: Rc<RefCell<HashState>>,
}

impl<R: Read> Read for SharedHash<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.state.borrow_mut().update(&buf[..n]);
        Ok(n)
    }
}

/// Whether `out` uncompressed bytes from `comp` compressed ones break the
/// layer size or decompression ratio limits, and why.
fn bomb_check(out: u64, comp: u64, limits: &Limits) -> Option<String> {
    let comp = comp.max(1);
    if out > limits.max_layer_bytes {
        Some(format!(
            "uncompressed layer exceeds {} bytes",
            limits.max_layer_bytes
        ))
    } else if out > limits.bomb_ratio_floor && out / comp > limits.bomb_ratio {
        Some(format!(
            "decompression ratio above {}:1 ({out} bytes from {comp} compressed): a decompression bomb?",
            limits.bomb_ratio
        ))
    } else {
        None
    }
}

/// Stops a decompression bomb: fails once the uncompressed stream grows past
/// the absolute cap, or past `ratio` times the compressed bytes read so far
/// (once above `ratio_floor`). `out` also counts the holes of sparse files.
struct BombGuard<R> {
    inner: R,
    out: Rc<Cell<u64>>,
    compressed: Rc<RefCell<HashState>>,
    limits: Limits,
    tripped: Rc<RefCell<Option<String>>>,
}

impl<R: Read> Read for BombGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out.set(self.out.get() + n as u64);
        let comp = self.compressed.borrow().count;
        if let Some(why) = bomb_check(self.out.get(), comp, &self.limits) {
            *self.tripped.borrow_mut() = Some(why.clone());
            return Err(io::Error::other(why));
        }
        Ok(n)
    }
}

/// Normalise a path inside a layer: leading `/` and `./` are dropped (both
/// occur in real layers); `..` is refused, as no correct layer needs it.
fn layer_path(raw: &str, what: &str) -> Result<String> {
    source::clean(raw).ok_or_else(|| {
        Error::new(
            ErrorKind::UnsafePath,
            what,
            format!("entry {:?} uses '..' (path traversal)", truncate(raw)),
        )
    })
}

/// The readers one layer's entries come through: the blob (hashed),
/// decompressed (and hashed again), bomb-guarded, header-guarded.
type LayerTar<'a> = HeaderGuard<BufReader<BombGuard<Box<dyn Read + 'a>>>>;

/// The state shared with the readers of one layer's stream: the blob and
/// diff_id hashes, the uncompressed byte count and why the bomb guard
/// tripped, if it did.
struct Stream {
    /// `layer N (path)`, for errors.
    what: String,
    compression: Compression,
    blob: Rc<RefCell<HashState>>,
    diff: Rc<RefCell<HashState>>,
    out: Rc<Cell<u64>>,
    tripped: Rc<RefCell<Option<String>>>,
}

impl Stream {
    /// Open the layer's blob, detect its compression by magic bytes and
    /// stack the readers: hash, decompress, hash, guard, buffer, tar.
    fn open<'a>(
        store: &'a dyn Store,
        layer: &LayerRef,
        what: String,
        limits: &Limits,
    ) -> Result<(Stream, tar::Archive<LayerTar<'a>>)> {
        let raw = store.open(&layer.path)?;
        let blob_state = Rc::new(RefCell::new(HashState::default()));
        let mut blob = BufReader::with_capacity(
            READ_BUF,
            SharedHash {
                inner: raw,
                state: blob_state.clone(),
            },
        );
        let magic = blob.fill_buf().map_err(|e| Error::io(what.clone(), &e))?;
        let compression = Compression::detect(magic);
        let tripped = Rc::new(RefCell::new(None));
        let diff_state = Rc::new(RefCell::new(HashState::default()));
        let decoded: Box<dyn Read + 'a> = match compression {
            Compression::None => Box::new(blob),
            Compression::Gzip => Box::new(SharedHash {
                inner: flate2::bufread::MultiGzDecoder::new(blob),
                state: diff_state.clone(),
            }),
            Compression::Zstd => Box::new(SharedHash {
                inner: super::zstd::decoder(blob),
                state: diff_state.clone(),
            }),
        };
        let out = Rc::new(Cell::new(0u64));
        let guarded = BombGuard {
            inner: decoded,
            out: out.clone(),
            compressed: blob_state.clone(),
            limits: limits.clone(),
            tripped: tripped.clone(),
        };
        // A decoder's output is buffered for the tar reader's small reads. An
        // uncompressed layer is already buffered (`blob`): a second buffer would
        // only copy every byte once more (a capacity of 0 passes reads through).
        let tar_buffer = match compression {
            Compression::None => 0,
            Compression::Gzip | Compression::Zstd => 64 * 1024,
        };
        let archive = tar::Archive::new(HeaderGuard::new(
            BufReader::with_capacity(tar_buffer, guarded),
            MAX_EXTENSION_HEADER,
        ));
        let stream = Stream {
            what,
            compression,
            blob: blob_state,
            diff: diff_state,
            out,
            tripped,
        };
        Ok((stream, archive))
    }

    /// The error of a failed read: the bomb guard's limit, an oversized
    /// tar extension header, or a truncated or corrupt stream.
    fn error(&self, e: io::Error) -> Error {
        let what = self.what.clone();
        if let Some(why) = self.tripped.borrow().clone() {
            return Error::new(ErrorKind::LimitExceeded, what, why);
        }
        if let Some(t) = targuard::too_large(&e) {
            return Error::new(ErrorKind::Malformed, what, t.to_string());
        }
        let msg = match (self.compression, e.kind()) {
            (_, io::ErrorKind::UnexpectedEof) => {
                "truncated layer (unexpected end of data)".to_string()
            }
            (Compression::Gzip, _) => format!("corrupt gzip stream or tar data: {e}"),
            (Compression::Zstd, _) => format!("corrupt zstd stream or tar data: {e}"),
            (Compression::None, _) => format!("corrupt tar data: {e}"),
        };
        Error::new(ErrorKind::Malformed, what, msg)
    }

    /// Read what follows the end-of-archive marker so both digests cover
    /// every byte of the blob, and record the sizes and digests in `facts`.
    fn finish<R: Read>(&self, archive: tar::Archive<R>, facts: &mut LayerFacts) -> Result<()> {
        let mut rest = archive.into_inner();
        io::copy(&mut rest, &mut io::sink()).map_err(|e| self.error(e))?;
        drop(rest);
        let blob = std::mem::take(&mut *self.blob.borrow_mut());
        facts.size = blob.count;
        let host_hash_err = |e: String| Error::new(ErrorKind::Io, self.what.clone(), e);
        facts.digest = blob.finish().map_err(host_hash_err)?;
        if self.compression == Compression::None {
            facts.uncompressed_size = facts.size;
            facts.diff_id = facts.digest.clone();
        } else {
            let d = std::mem::take(&mut *self.diff.borrow_mut());
            facts.uncompressed_size = d.count;
            facts.diff_id = d.finish().map_err(host_hash_err)?;
        }
        Ok(())
    }
}

/// Stream one layer into `tree`, verifying its blob digest and diff_id, and
/// hand each file to `visitor` as it streams by (see [`super::visit`]).
pub fn walk(
    store: &dyn Store,
    layer: &LayerRef,
    diff_id: &Digest,
    index: u32,
    tree: &mut FileTree,
    limits: &Limits,
    visitor: &mut dyn Visitor,
) -> Result<LayerFacts> {
    let what = format!("layer {index} ({})", layer.path);
    let (stream, mut archive) = Stream::open(store, layer, what, limits)?;
    let facts = LayerFacts {
        index,
        digest: diff_id.clone(),
        diff_id: diff_id.clone(),
        media_type: layer.media_type.clone(),
        compression: stream.compression,
        size: 0,
        uncompressed_size: 0,
        entries: 0,
        files: 0,
        directories: 0,
        symlinks: 0,
        whiteouts: 0,
        removed_from_lower: 0,
    };
    // Entries go into `tree` as they stream by (whiteouts only remove what
    // lower layers wrote), so the largest layer is never held twice.
    let mut w = Entries {
        stream: &stream,
        index,
        tree,
        limits,
        visitor,
        facts,
        removed: 0,
    };
    let entries = archive.entries().map_err(|e| stream.error(e))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| stream.error(e))?;
        w.add(&mut entry)?;
    }
    let (mut facts, removed) = (w.facts, w.removed);
    stream.finish(archive, &mut facts)?;
    verify(layer, diff_id, &facts, &stream.what)?;
    facts.removed_from_lower = removed;
    Ok(facts)
}

/// The blob's size and digest against its descriptor, the diff_id against
/// the config's.
fn verify(layer: &LayerRef, diff_id: &Digest, facts: &LayerFacts, what: &str) -> Result<()> {
    if let Some(size) = layer.size {
        if size != facts.size {
            return Err(Error::new(
                ErrorKind::DigestMismatch,
                what,
                format!(
                    "size mismatch: descriptor says {size} bytes, blob has {}",
                    facts.size
                ),
            ));
        }
    }
    if let Some(expected) = &layer.digest {
        if expected != &facts.digest {
            return Err(Error::new(
                ErrorKind::DigestMismatch,
                what,
                format!(
                    "blob digest mismatch: expected {expected}, content hashes to {}",
                    facts.digest
                ),
            ));
        }
    }
    if &facts.diff_id != diff_id {
        return Err(Error::new(
            ErrorKind::DigestMismatch,
            what,
            format!(
                "diff_id mismatch: the config says {diff_id}, the uncompressed layer hashes to {}",
                facts.diff_id
            ),
        ));
    }
    Ok(())
}

/// The walk over one layer's entries: each goes into the tree and, for a
/// file, to the visitor.
struct Entries<'w> {
    stream: &'w Stream,
    index: u32,
    tree: &'w mut FileTree,
    limits: &'w Limits,
    visitor: &'w mut dyn Visitor,
    facts: LayerFacts,
    /// Entries of lower layers this layer deleted or hid.
    removed: u64,
}

impl Entries<'_> {
    fn limit(&self, why: String) -> Error {
        Error::new(ErrorKind::LimitExceeded, self.stream.what.clone(), why)
    }

    /// One tar entry.
    fn add<R: Read>(&mut self, entry: &mut tar::Entry<'_, R>) -> Result<()> {
        self.facts.entries += 1;
        if self.facts.entries > self.limits.max_entries_per_layer {
            return Err(self.limit(format!(
                "more than {} entries in one layer",
                self.limits.max_entries_per_layer
            )));
        }
        let Some(path) = self.path(entry)? else {
            return Ok(());
        };
        if self.whiteout(&path) {
            return Ok(());
        }
        self.visitor.written(self.index, &path);
        let header = entry.header();
        let entry_type = header.entry_type();
        let mode = header.mode().unwrap_or(0);
        let uid = header.uid().unwrap_or(0);
        let gid = header.gid().unwrap_or(0);
        let kind = self.kind(entry, entry_type)?;
        let size = entry.size();
        if entry_type == tar::EntryType::GNUSparse {
            self.sparse_holes(entry, size, &path)?;
        }
        // Capture only what an analyser asks for, bounded.
        let keep = self.visitor.keep(&path);
        let cap = keep.capture.map(|c| c.min(self.limits.max_capture));
        let (content, over_budget) = self.capture(entry, &kind, cap, size)?;
        // Every regular file's bytes go to the visitor once: from the
        // captured content or as they stream by, never kept.
        let info = FileInfo {
            layer: self.index,
            path: &path,
            size,
            mode,
            kind: &kind,
        };
        let body = match (&kind, cap, &content) {
            (NodeKind::Hardlink(target), Some(_), None) => Some(Body::LinkNotKept {
                target,
                over_budget: over_budget.then_some(self.limits.max_linked_capture),
            }),
            (NodeKind::File, _, Some(c)) => Some(Body::Kept(c)),
            (NodeKind::File, Some(cap), None) => Some(Body::TooLarge { cap, rest: entry }),
            (NodeKind::File, None, None) => Some(Body::Stream(entry)),
            _ => None,
        };
        if let Some(body) = body {
            let stream = self.stream;
            self.visitor
                .file(&info, body)
                .map_err(|e| stream.error(e))?;
        }
        // Chosen files: every version is kept (per-layer ownership).
        if kind == NodeKind::File {
            match keep.history {
                History::Content => self.tree.record(&path, self.index, content.clone()),
                History::Layer => self.tree.record(&path, self.index, None),
                History::Nothing => {}
            }
        }
        self.removed += self.tree.insert(
            path,
            Node {
                layer: self.index,
                kind,
                mode,
                uid,
                gid,
                size,
                content,
            },
        ) as u64;
        if self.tree.path_bytes() > self.limits.max_path_bytes {
            return Err(self.limit(format!(
                "the image's file names take more than {} bytes (entry {})",
                self.limits.max_path_bytes, self.facts.entries
            )));
        }
        Ok(())
    }

    /// The entry's path in the layer, bounded and normalised; `None` for the
    /// layer's root.
    fn path<R: Read>(&self, entry: &tar::Entry<'_, R>) -> Result<Option<String>> {
        let what = &self.stream.what;
        let raw = entry.path_bytes();
        let long = targuard::name_too_long("entry name", &raw).or_else(|| {
            entry
                .link_name_bytes()
                .and_then(|l| targuard::name_too_long("link target", &l))
        });
        if let Some(why) = long {
            return Err(Error::new(ErrorKind::Malformed, what.clone(), why));
        }
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let path = layer_path(&raw, what)?;
        Ok((!path.is_empty()).then_some(path))
    }

    /// Apply a whiteout (`.wh.<name>`, or `.wh..wh..opq` for a whole
    /// directory) to the tree; `false` when `path` is not one.
    fn whiteout(&mut self, path: &str) -> bool {
        let (dir, base) = match path.rsplit_once('/') {
            Some((d, b)) => (d, b),
            None => ("", path),
        };
        if base == ".wh..wh..opq" {
            self.facts.whiteouts += 1;
            self.visitor.deleted(self.index, dir, true);
            self.removed += self.tree.opaque(self.index, dir) as u64;
            return true;
        }
        let Some(name) = base.strip_prefix(".wh.") else {
            return false;
        };
        self.facts.whiteouts += 1;
        let target = if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        };
        self.visitor.deleted(self.index, &target, false);
        self.removed += self.tree.whiteout(self.index, &target) as u64;
        true
    }

    /// The node kind of an entry, counted in the layer's facts.
    fn kind<R: Read>(
        &mut self,
        entry: &tar::Entry<'_, R>,
        entry_type: tar::EntryType,
    ) -> Result<NodeKind> {
        let link = entry
            .link_name_bytes()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let facts = &mut self.facts;
        Ok(match entry_type {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                facts.files += 1;
                NodeKind::File
            }
            // A GNU sparse file reads as the file GNU tar would extract;
            // its holes count as decompressed bytes for the bomb limits.
            tar::EntryType::GNUSparse => {
                facts.files += 1;
                NodeKind::File
            }
            tar::EntryType::Directory => {
                facts.directories += 1;
                NodeKind::Dir
            }
            tar::EntryType::Symlink => {
                facts.symlinks += 1;
                NodeKind::Symlink(link.into_boxed_str())
            }
            tar::EntryType::Link => {
                facts.files += 1;
                NodeKind::Hardlink(layer_path(&link, &self.stream.what)?.into_boxed_str())
            }
            tar::EntryType::Char => NodeKind::CharDevice,
            tar::EntryType::Block => NodeKind::BlockDevice,
            tar::EntryType::Fifo => NodeKind::Fifo,
            _ => NodeKind::Other,
        })
    }

    /// Count the holes of a GNU sparse file (its size beyond the stored
    /// bytes) as decompressed bytes, against the bomb limits.
    fn sparse_holes<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        size: u64,
        path: &str,
    ) -> Result<()> {
        let stored = match entry.pax_extensions() {
            Ok(Some(exts)) => targuard::pax_size(exts),
            _ => None,
        }
        .or_else(|| entry.header().entry_size().ok())
        .unwrap_or(0);
        let out = &self.stream.out;
        out.set(out.get().saturating_add(size.saturating_sub(stored)));
        if let Some(why) = bomb_check(out.get(), self.stream.blob.borrow().count, self.limits) {
            return Err(self.limit(format!("{why} (counting the holes of sparse file /{path})")));
        }
        Ok(())
    }

    /// The content the tree keeps of an entry: a file within the capture
    /// limit `cap`, or a hard link's share of its captured target within
    /// the image's budget for linked content (`true`: over that budget).
    fn capture<R: Read>(
        &mut self,
        entry: &mut tar::Entry<'_, R>,
        kind: &NodeKind,
        cap: Option<u64>,
        size: u64,
    ) -> Result<(Option<Arc<[u8]>>, bool)> {
        let mut over_budget = false;
        let content = match cap {
            Some(cap) if *kind == NodeKind::File && size <= cap => {
                let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
                entry
                    .by_ref()
                    .take(cap)
                    .read_to_end(&mut buf)
                    .map_err(|e| self.stream.error(e))?;
                Some(Arc::from(buf))
            }
            // A hard link to a captured file shares its content (same
            // layer, earlier in the stream, or a lower layer), within
            // the image's budget for linked content.
            Some(_) => match kind {
                NodeKind::Hardlink(target) => {
                    let tree = &mut *self.tree;
                    let max = self.limits.max_linked_capture;
                    tree.get(target)
                        .and_then(|n| n.content.clone())
                        .filter(|c| {
                            let after = tree.linked_bytes.saturating_add(c.len() as u64);
                            let fits = after <= max;
                            if fits {
                                tree.linked_bytes = after;
                            } else {
                                over_budget = true;
                            }
                            fits
                        })
                }
                _ => None,
            },
            _ => None,
        };
        Ok((content, over_budget))
    }
}
