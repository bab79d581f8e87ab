//! Where image files come from: an OCI layout directory on disk, or the
//! entries of a tarball (docker-archive, OCI archive) indexed once by their
//! offsets so each blob can be read by seeking, without extracting anything.
//!
//! Paths handed to a [`Store`] are archive-relative. Anything absolute or with
//! `..` is refused, and links inside a tarball are followed only while they
//! stay inside the archive.

use crate::error::{Error, ErrorKind, Result};
use crate::image::digest::truncate;
use crate::image::targuard::{self, HeaderGuard, MAX_EXTENSION_HEADER};
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Read buffer size: large reads matter under WASI (one host call per read).
pub const READ_BUF: usize = 256 * 1024;

/// An archive path without `.` and empty components (a leading `/` is an
/// empty component); `None` when it has a `..` component. The one path
/// normalisation of the image readers: [`normalize`] for the files of an
/// image source, the layer walk for the entries of a layer.
pub fn clean(path: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for c in path.split('/') {
        match c {
            "" | "." => {}
            ".." => return None,
            c => out.push(c),
        }
    }
    Some(out.join("/"))
}

/// Normalise an archive path ([`clean`]), refusing absolute paths and `..`.
pub fn normalize(path: &str, what: &str) -> Result<String> {
    if path.starts_with('/') {
        return Err(Error::new(
            ErrorKind::UnsafePath,
            what,
            format!("absolute path {:?} is not allowed here", truncate(path)),
        ));
    }
    clean(path).ok_or_else(|| {
        Error::new(
            ErrorKind::UnsafePath,
            what,
            format!("path {:?} uses '..' (path traversal)", truncate(path)),
        )
    })
}

/// Read-only access to the files of an image source.
pub trait Store {
    /// Whether a (normalised) path names a readable file.
    fn exists(&self, path: &str) -> bool;
    /// Size in bytes of the file at `path`.
    fn size(&self, path: &str) -> Result<u64>;
    /// Open the file at `path` for streaming, with a large buffer.
    fn open(&self, path: &str) -> Result<Box<dyn BufRead + '_>>;
}

/// An OCI image layout directory.
pub struct DirStore {
    root: PathBuf,
    canonical_root: Option<PathBuf>,
}

impl DirStore {
    pub fn new(root: &Path) -> DirStore {
        // Under WASI the preopen already confines every path; natively we also
        // check that a resolved path stays below the canonical root.
        let canonical_root = std::fs::canonicalize(root).ok();
        DirStore {
            root: root.to_path_buf(),
            canonical_root,
        }
    }

    fn full(&self, path: &str) -> Result<PathBuf> {
        let rel = normalize(path, path)?;
        let full = self.root.join(&rel);
        if let Some(root) = &self.canonical_root {
            if let Ok(real) = std::fs::canonicalize(&full) {
                if !real.starts_with(root) {
                    return Err(Error::new(
                        ErrorKind::UnsafePath,
                        rel,
                        "is a link that leaves the image directory",
                    ));
                }
            }
        }
        Ok(full)
    }
}

impl Store for DirStore {
    fn exists(&self, path: &str) -> bool {
        self.full(path).map(|p| p.is_file()).unwrap_or(false)
    }

    fn size(&self, path: &str) -> Result<u64> {
        let full = self.full(path)?;
        let meta = std::fs::metadata(&full).map_err(|e| Error::io(path, &e))?;
        if !meta.is_file() {
            return Err(Error::new(
                ErrorKind::Malformed,
                path,
                "is not a regular file",
            ));
        }
        Ok(meta.len())
    }

    fn open(&self, path: &str) -> Result<Box<dyn BufRead + '_>> {
        let full = self.full(path)?;
        let f = File::open(&full).map_err(|e| Error::io(path, &e))?;
        Ok(Box::new(BufReader::with_capacity(READ_BUF, f)))
    }
}

#[derive(Debug, Clone)]
enum TarKind {
    File {
        offset: u64,
        size: u64,
    },
    Dir,
    Symlink(String),
    Hardlink(String),
    /// A GNU sparse file: its data is not stored contiguously.
    Sparse,
    Other,
}

/// Where a [`TarStore`]'s bytes live.
enum Backing {
    /// A tarball on disk, reopened for each blob.
    File(PathBuf),
    /// A tarball held in memory (fuzzing, tests).
    Bytes(Vec<u8>),
}

/// The entries of an outer tarball, indexed by normalised path.
pub struct TarStore {
    backing: Backing,
    entries: HashMap<String, TarKind>,
}

/// Most links followed when resolving one path inside an archive.
const MAX_LINK_HOPS: usize = 16;

impl TarStore {
    /// Index the tarball at `path`: one pass over the headers, seeking past
    /// the data. `name` is the display name used in errors.
    pub fn open(path: &Path, name: &str) -> Result<TarStore> {
        let file = File::open(path).map_err(|e| Error::io(name, &e))?;
        let len = file.metadata().map_err(|e| Error::io(name, &e))?.len();
        let entries = index(file, len, name)?;
        Ok(TarStore {
            backing: Backing::File(path.to_path_buf()),
            entries,
        })
    }

    /// Index a tarball held in memory, with the same checks as
    /// [`TarStore::open`] (the fuzz targets and their regression tests read
    /// images this way).
    pub fn from_bytes(bytes: Vec<u8>, name: &str) -> Result<TarStore> {
        let entries = index(io::Cursor::new(bytes.as_slice()), bytes.len() as u64, name)?;
        Ok(TarStore {
            backing: Backing::Bytes(bytes),
            entries,
        })
    }

    /// Follow links until a regular file; refuse links that leave the archive.
    fn resolve(&self, path: &str) -> Result<(u64, u64)> {
        let mut cur = normalize(path, path)?;
        for _ in 0..MAX_LINK_HOPS {
            match self.entries.get(&cur) {
                None => {
                    return Err(Error::new(
                        ErrorKind::Malformed,
                        cur,
                        "missing from the archive",
                    ))
                }
                Some(TarKind::File { offset, size }) => return Ok((*offset, *size)),
                Some(TarKind::Sparse) => {
                    return Err(Error::new(
                        ErrorKind::Unsupported,
                        cur,
                        "is a GNU sparse file in the outer archive; image tools never write one (re-create the archive without --sparse)",
                    ))
                }
                Some(TarKind::Symlink(target)) => {
                    cur = join_link(&cur, target)?;
                }
                Some(TarKind::Hardlink(target)) => {
                    cur = normalize(target, &cur).map_err(|_| {
                        Error::new(
                            ErrorKind::UnsafePath,
                            cur.clone(),
                            format!("hard link to {:?} leaves the archive", truncate(target)),
                        )
                    })?;
                }
                Some(_) => {
                    return Err(Error::new(
                        ErrorKind::Malformed,
                        cur,
                        "is not a regular file",
                    ))
                }
            }
        }
        Err(Error::new(
            ErrorKind::UnsafePath,
            path,
            format!("more than {MAX_LINK_HOPS} links to follow (a link loop?)"),
        ))
    }
}

/// One pass over the headers of a tarball of `len` bytes, seeking past the
/// data: every entry by normalised path. `name` is the display name in errors.
fn index<R: Read + Seek>(file: R, len: u64, name: &str) -> Result<HashMap<String, TarKind>> {
    if len == 0 {
        return Err(Error::new(
            ErrorKind::NotAnImage,
            name,
            "empty file: expected an image tarball or an OCI layout directory",
        ));
    }
    let mut magic = [0u8; 4];
    let mut f = file;
    let got = read_prefix(&mut f, &mut magic).map_err(|e| Error::io(name, &e))?;
    let magic = &magic[..got];
    if magic.starts_with(&[0x1f, 0x8b]) || magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        return Err(Error::new(
            ErrorKind::Unsupported,
            name,
            "compressed tarball: decompress it first (e.g. `gunzip` or `zstd -d`); imagegate reads uncompressed docker-archive and OCI-archive tarballs",
        ));
    }
    if len < 512 {
        return Err(Error::new(
            ErrorKind::NotAnImage,
            name,
            format!("not a tar archive ({len} bytes, shorter than one tar header)"),
        ));
    }
    f.seek(SeekFrom::Start(0))
        .map_err(|e| Error::io(name, &e))?;
    let mut archive = tar::Archive::new(HeaderGuard::new(f, MAX_EXTENSION_HEADER));
    let mut entries: HashMap<String, TarKind> = HashMap::new();
    let iter = archive
        .entries_with_seek()
        .map_err(|e| tar_error(name, &e, true))?;
    let mut first = true;
    for entry in iter {
        let entry = entry.map_err(|e| tar_error(name, &e, first))?;
        first = false;
        let raw = entry.path_bytes();
        let long = targuard::name_too_long("entry name", &raw).or_else(|| {
            entry
                .link_name_bytes()
                .and_then(|l| targuard::name_too_long("link target", &l))
        });
        if let Some(why) = long {
            return Err(Error::new(ErrorKind::Malformed, name, why));
        }
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let norm = normalize(&raw, &format!("{name}: entry {}", truncate(&raw)))?;
        if norm.is_empty() {
            continue;
        }
        let header = entry.header();
        let size = entry.size();
        let offset = entry.raw_file_position();
        let kind = match header.entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                if offset.saturating_add(size) > len {
                    return Err(Error::new(
                        ErrorKind::Malformed,
                        format!("{name}: {norm}"),
                        format!(
                            "truncated archive: entry needs {size} bytes at offset {offset}, the file has {len}"
                        ),
                    ));
                }
                TarKind::File { offset, size }
            }
            tar::EntryType::Directory => TarKind::Dir,
            tar::EntryType::Symlink => TarKind::Symlink(link_name(&entry)),
            tar::EntryType::Link => TarKind::Hardlink(link_name(&entry)),
            tar::EntryType::GNUSparse => TarKind::Sparse,
            _ => TarKind::Other,
        };
        let is_dir = matches!(kind, TarKind::Dir);
        if let Some(prev) = entries.insert(norm.clone(), kind) {
            if !(is_dir && matches!(prev, TarKind::Dir)) {
                return Err(Error::new(
                    ErrorKind::Malformed,
                    format!("{name}: {norm}"),
                    "duplicate entry in archive: refusing to guess which one is the image",
                ));
            }
        }
    }
    if entries.is_empty() {
        return Err(Error::new(
            ErrorKind::NotAnImage,
            name,
            "not a tar archive, or an empty one",
        ));
    }
    // Every tar writer ends the archive with zero blocks; a file that
    // stops at an entry boundary was cut (a partial download or copy).
    if !archive.into_inner().ended() {
        return Err(Error::new(
            ErrorKind::Malformed,
            name,
            "truncated archive: it ends without the end-of-archive marker (cut at an entry boundary?)",
        ));
    }
    Ok(entries)
}

/// Resolve a symlink `target` found at archive path `at`, staying inside the archive.
fn join_link(at: &str, target: &str) -> Result<String> {
    let escape = || {
        Error::new(
            ErrorKind::UnsafePath,
            at,
            format!("symlink to {:?} leaves the archive", truncate(target)),
        )
    };
    if target.starts_with('/') {
        return Err(escape());
    }
    let mut parts: Vec<&str> = at.split('/').collect();
    parts.pop();
    for c in target.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(escape());
                }
            }
            c => parts.push(c),
        }
    }
    Ok(parts.join("/"))
}

fn link_name<R: Read>(entry: &tar::Entry<'_, R>) -> String {
    entry
        .link_name_bytes()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn tar_error(name: &str, e: &io::Error, first: bool) -> Error {
    if let Some(t) = targuard::too_large(e) {
        Error::new(ErrorKind::Malformed, name, t.to_string())
    } else if first {
        Error::new(
            ErrorKind::NotAnImage,
            name,
            format!("not a tar archive ({e})"),
        )
    } else if e.kind() == io::ErrorKind::UnexpectedEof {
        Error::new(
            ErrorKind::Malformed,
            name,
            "truncated archive (unexpected end of file)",
        )
    } else {
        Error::new(
            ErrorKind::Malformed,
            name,
            format!("corrupt tar archive: {e}"),
        )
    }
}

fn read_prefix(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

impl Store for TarStore {
    fn exists(&self, path: &str) -> bool {
        self.resolve(path).is_ok()
    }

    fn size(&self, path: &str) -> Result<u64> {
        Ok(self.resolve(path)?.1)
    }

    fn open(&self, path: &str) -> Result<Box<dyn BufRead + '_>> {
        let (offset, size) = self.resolve(path)?;
        match &self.backing {
            Backing::File(file) => {
                let display = file.display().to_string();
                let mut f = File::open(file).map_err(|e| Error::io(display.clone(), &e))?;
                f.seek(SeekFrom::Start(offset))
                    .map_err(|e| Error::io(display, &e))?;
                Ok(Box::new(BufReader::with_capacity(READ_BUF, f.take(size))))
            }
            Backing::Bytes(bytes) => {
                // `index` checked that every file entry lies inside the bytes.
                let start = usize::try_from(offset).unwrap_or(usize::MAX);
                let end = start.saturating_add(usize::try_from(size).unwrap_or(usize::MAX));
                let data = bytes.get(start..end).ok_or_else(|| {
                    Error::new(ErrorKind::Malformed, path, "entry lies outside the archive")
                })?;
                Ok(Box::new(data))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_refuses_traversal() {
        assert_eq!(normalize("./a//b/./c", "x").unwrap(), "a/b/c");
        assert_eq!(
            normalize("/etc/passwd", "x").unwrap_err().kind,
            ErrorKind::UnsafePath
        );
        assert_eq!(
            normalize("a/../../b", "x").unwrap_err().kind,
            ErrorKind::UnsafePath
        );
    }

    #[test]
    fn links_stay_inside() {
        assert_eq!(join_link("abc/layer.tar", "../def.tar").unwrap(), "def.tar");
        assert!(join_link("abc/layer.tar", "../../etc/passwd").is_err());
        assert!(join_link("abc/layer.tar", "/etc/passwd").is_err());
    }
}
