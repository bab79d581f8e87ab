//! The vulnerability DB file: raw OSV records indexed by (ecosystem,
//! package), built once (`imagegate db build`) and read by seeking, never
//! loaded whole. This module only stores and retrieves records; OSV
//! semantics (ranges, matching) live elsewhere.
//!
//! # Format, versions 2 and 3
//!
//! All integers are little-endian; `varint` is unsigned LEB128 (≤ 10 bytes);
//! `str` is `varint len` + UTF-8 bytes. Offsets are absolute unless noted.
//!
//! ```text
//! header (96 bytes)
//!   0  "IGDB"               magic
//!   4  u32 format version   (2)
//!   8  u64 file length      (detects truncation)
//!  16  u64 dir offset (=96), 24 u64 dir length
//!  32  u64 data offset,      40 u64 data length (dir end = data offset, data end = file end)
//!  48  [32] sha256 of header bytes 0..48 followed by the whole directory
//!  80  [16] zero (reserved)
//! directory (uncompressed, loaded at open)
//!   str build time; varint records, keys, withdrawn-skipped
//!   varint n sources;     each: str name, [32] sha256, varint records
//!   varint n ecosystems;  each: str ecosystem (as indexed), varint keys
//!   varint n key blocks;  each: str ecosystem, str package (first key of the block),
//!                         varint offset (in data), varint compressed len,
//!                         varint raw len, u32 crc32 (of the compressed bytes), varint n keys
//!   varint n record blocks; each: varint offset (in data), varint compressed len,
//!                         varint raw len, u32 crc32, varint n records
//!   varint n rating blocks; each: str id (first id of the block), varint offset,
//!                         varint compressed len, varint raw len, u32 crc32, varint n ids
//!   version 3 only (a DB built with KEV or EPSS data; without, the builder
//!   writes version 2, which older readers read):
//!   u8 has KEV;  if 1: str source, [32] sha256, str catalogVersion, str dateReleased, varint entries
//!   u8 has EPSS; if 1: str source, [32] sha256, str model_version, str score_date, varint entries
//!   varint n priority blocks; each: str id (first CVE id of the block), varint offset,
//!                         varint compressed len, varint raw len, u32 crc32, varint n ids
//! data: key blocks, record blocks, rating blocks, then priority blocks, each raw-deflate compressed
//!   key block raw:    per key, sorted by (ecosystem, package) bytes:
//!                     str ecosystem, str package, varint n refs, n × (varint block, varint slot)
//!   record block raw: varint n, n × varint len, then the n minified JSON records
//!   rating block raw: per id, sorted by bytes: str id, varint n, n × rating
//!                     (str record, str source, u8 level, u16 score×10+1 or 0, str vector)
//!   priority block raw: per CVE id, sorted by bytes: str id, u8 flags (1 KEV, 2 EPSS),
//!                     KEV: str dateAdded, str dueDate, str knownRansomwareCampaignUse;
//!                     EPSS: varint epss×10⁹, varint percentile×10⁹ (exact for
//!                     the 5 or 9 decimals FIRST publishes)
//! ```
//!
//! Keys are the `affected[].package` (ecosystem, name) pairs, the ecosystem
//! folded as the matcher queries it
//! ([`crate::vulndb::ecosystem::index_ecosystem`]: `Ubuntu:22.04:LTS` →
//! `Ubuntu:22.04`, `Red Hat:enterprise_linux:9::baseos` →
//! `Red Hat:enterprise_linux:9`) and PyPI names PEP 503-normalised
//! (lowercase, runs of `-_.` → `-`); [`Db::lookup`] normalises the query
//! the same way. Records themselves are stored as OSV wrote them. The
//! directory lists every indexed ecosystem ([`Db::ecosystems`]), so a scan
//! knows which releases the DB has data for.
//!
//! The rating table ([`Db::ratings`]) holds, for every CVE id (and GHSA
//! id) of a record, the best ratings other records give it, at most two
//! CVSS and two vendor ratings per id, from different records
//! ([`crate::vulndb::severity`]): what a finding borrows when its own
//! records rate nothing. Records are grouped into blocks of
//! about 16 KiB by their first key, so one package's records usually share
//! one block. A lookup is: binary search in the in-memory sparse index, one
//! seek + inflate of a ~4 KiB key block, then one seek + inflate per record
//! block referenced. Withdrawn records are dropped at build time; for
//! duplicate ids the newest `modified` wins.
//!
//! The priority table ([`Db::priority`]) holds the KEV catalogue and the
//! EPSS scores given to the build ([`crate::vulndb::priority`]) by CVE id;
//! [`DbInfo::kev`] and [`DbInfo::epss`] say which versions they are, so a
//! policy that needs them can tell when a DB has none.
//!
//! Opening checks the magic, version, file length, section bounds and the
//! directory digest; each block read checks its CRC-32 and sizes. A corrupt
//! or truncated DB is an error, never a panic or an unbounded allocation.

mod build;
pub mod zip;

#[cfg(test)]
mod tests;

use crate::vulndb::priority::{Entry, Feed};
use crate::{Error, ErrorKind, Result};
pub use build::{build, build_with, BuildStats, Priority, SourceInfo};
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::io::{Read, Seek, SeekFrom};

pub const MAGIC: &[u8; 4] = b"IGDB";
/// The format written when the build has no KEV or EPSS input (and read).
pub const FORMAT_VERSION: u32 = 2;
/// The format written with KEV or EPSS data (and read).
pub const PRIORITY_FORMAT_VERSION: u32 = 3;
const HEADER_LEN: usize = 96;
const DIGEST_AT: usize = 48;
/// Upper bounds the reader accepts (far above any real DB; they only stop
/// a corrupt file from asking for huge allocations).
const MAX_DIR: u64 = 512 << 20;
const MAX_BLOCK: u64 = 64 << 20;

/// The key under which a package is indexed: PyPI names PEP 503-normalised,
/// every other name as written.
pub fn normalise_package<'a>(ecosystem: &str, name: &'a str) -> Cow<'a, str> {
    if ecosystem == "PyPI" || ecosystem.starts_with("PyPI:") {
        Cow::Owned(crate::inventory::pep503(name))
    } else {
        Cow::Borrowed(name)
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// A bounds-checked cursor over a decoded section.
pub(crate) struct Cur<'a> {
    b: &'a [u8],
    p: usize,
    what: &'static str,
}

impl<'a> Cur<'a> {
    pub(crate) fn new(b: &'a [u8], what: &'static str) -> Self {
        Cur { b, p: 0, what }
    }
    fn err(&self) -> Error {
        corrupt(format!("{} is corrupt (at byte {})", self.what, self.p))
    }
    fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for i in 0..10 {
            let byte = *self.b.get(self.p).ok_or_else(|| self.err())?;
            self.p += 1;
            if i == 9 && byte > 1 {
                return Err(self.err());
            }
            v |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.err())
    }
    /// A count of items that each take at least `min` bytes: bounded by what is left.
    fn count(&mut self, min: usize) -> Result<usize> {
        let n = self.varint()?;
        let left = (self.b.len() - self.p.min(self.b.len())) / min.max(1);
        if n > left as u64 {
            return Err(self.err());
        }
        Ok(n as usize)
    }
    fn bytes(&mut self, n: u64) -> Result<&'a [u8]> {
        let end = usize::try_from(n)
            .ok()
            .and_then(|n| self.p.checked_add(n))
            .ok_or_else(|| self.err())?;
        let s = self.b.get(self.p..end).ok_or_else(|| self.err())?;
        self.p = end;
        Ok(s)
    }
    pub(crate) fn str(&mut self) -> Result<&'a str> {
        let n = self.varint()?;
        let b = self.bytes(n)?;
        std::str::from_utf8(b).map_err(|_| self.err())
    }
    pub(crate) fn u8(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }
    pub(crate) fn u16(&mut self) -> Result<u16> {
        let b = self.bytes(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        self.bytes(N as u64)?.try_into().map_err(|_| self.err())
    }
    fn done(&self) -> bool {
        self.p >= self.b.len()
    }
}

fn corrupt(msg: impl Into<String>) -> Error {
    Error::new(
        ErrorKind::Malformed,
        "",
        format!(
            "{}: the vulnerability DB is corrupt; rebuild it with `imagegate db build`",
            msg.into()
        ),
    )
}

/// What `db info` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbInfo {
    pub format_version: u32,
    pub build_time: String,
    pub records: u64,
    pub keys: u64,
    pub withdrawn_skipped: u64,
    pub sources: Vec<SourceInfo>,
    /// Every indexed ecosystem with its key count, sorted.
    pub ecosystems: Vec<(String, u64)>,
    /// Ids in the rating table.
    pub rated_ids: u64,
    pub file_len: u64,
    /// The KEV catalogue the DB was built with, if any.
    pub kev: Option<Feed>,
    /// The EPSS scores the DB was built with, if any.
    pub epss: Option<Feed>,
}

#[derive(Debug, Clone)]
struct Block {
    off: u64,
    comp: u64,
    raw: u64,
    crc: u32,
    n: u64,
}

/// An inflated record block: its index, each record's byte range, the bytes.
type CachedBlock = (u64, Vec<(usize, usize)>, Vec<u8>);

/// An open DB. Holds the header and directory; reads blocks on demand.
pub struct Db<R> {
    r: R,
    info: DbInfo,
    data_off: u64,
    data_len: u64,
    /// First key of each key block, with the block.
    key_blocks: Vec<(String, String, Block)>,
    rec_blocks: Vec<Block>,
    /// First id of each rating block, with the block.
    rating_blocks: Vec<(String, Block)>,
    /// The last inflated record block (index, slot offsets, bytes).
    cache: Option<CachedBlock>,
    /// The last inflated rating block (index, bytes).
    rating_cache: Option<(usize, Vec<u8>)>,
    /// First id of each priority block, with the block.
    prio_blocks: Vec<(String, Block)>,
    /// The last inflated priority block (index, bytes).
    prio_cache: Option<(usize, Vec<u8>)>,
}

impl<R: Read + Seek> Db<R> {
    /// Open a DB: read and check the header and the directory.
    pub fn open(mut r: R) -> Result<Db<R>> {
        let io = |e: std::io::Error| Error::io("vulnerability DB", &e);
        let file_len = r.seek(SeekFrom::End(0)).map_err(io)?;
        r.seek(SeekFrom::Start(0)).map_err(io)?;
        let mut header = [0u8; HEADER_LEN];
        let got = read_full(&mut r, &mut header).map_err(io)?;
        if got < 8 || header[..4] != MAGIC[..] {
            return Err(Error::new(
                ErrorKind::Malformed,
                "",
                "not an imagegate DB (bad magic); build one with `imagegate db build`",
            ));
        }
        let version = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        if version != FORMAT_VERSION && version != PRIORITY_FORMAT_VERSION {
            return Err(Error::new(
                ErrorKind::Unsupported,
                "",
                format!(
                    "DB format {version}, this imagegate reads {FORMAT_VERSION} and {PRIORITY_FORMAT_VERSION}: rebuild with `imagegate db build`"
                ),
            ));
        }
        if got < HEADER_LEN {
            return Err(corrupt(format!(
                "truncated: {file_len} bytes, shorter than the header"
            )));
        }
        let u64_at = |at: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&header[at..at + 8]);
            u64::from_le_bytes(b)
        };
        let (want_len, dir_off, dir_len, data_off, data_len) =
            (u64_at(8), u64_at(16), u64_at(24), u64_at(32), u64_at(40));
        if want_len != file_len {
            return Err(corrupt(if file_len < want_len {
                format!("truncated: {file_len} bytes of {want_len}")
            } else {
                format!("{file_len} bytes, the header says {want_len}")
            }));
        }
        if dir_off != HEADER_LEN as u64
            || dir_len > MAX_DIR
            || dir_off.checked_add(dir_len) != Some(data_off)
            || data_off.checked_add(data_len) != Some(file_len)
            || header[DIGEST_AT + 32..].iter().any(|&b| b != 0)
        {
            return Err(corrupt("bad header"));
        }
        let mut dir = vec![0u8; dir_len as usize];
        r.seek(SeekFrom::Start(dir_off)).map_err(io)?;
        if read_full(&mut r, &mut dir).map_err(io)? != dir.len() {
            return Err(corrupt("truncated directory"));
        }
        let mut h = Sha256::new();
        h.update(&header[..DIGEST_AT]);
        h.update(&dir);
        if h.finalize()[..] != header[DIGEST_AT..DIGEST_AT + 32] {
            return Err(corrupt("header or directory checksum mismatch"));
        }
        let mut c = Cur::new(&dir, "DB directory");
        let build_time = c.str()?.to_string();
        let (records, keys, withdrawn) = (c.varint()?, c.varint()?, c.varint()?);
        let mut sources = Vec::new();
        for _ in 0..c.count(34)? {
            sources.push(SourceInfo {
                name: c.str()?.to_string(),
                sha256: c.array::<32>()?,
                records: c.varint()?,
            });
        }
        let mut ecosystems = Vec::new();
        for _ in 0..c.count(2)? {
            ecosystems.push((c.str()?.to_string(), c.varint()?));
        }
        let block = |c: &mut Cur| -> Result<Block> {
            let b = Block {
                off: c.varint()?,
                comp: c.varint()?,
                raw: c.varint()?,
                crc: c.u32()?,
                n: c.varint()?,
            };
            if b.raw > MAX_BLOCK
                || b.comp > MAX_BLOCK
                || b.off.checked_add(b.comp).is_none_or(|end| end > data_len)
            {
                return Err(c.err());
            }
            Ok(b)
        };
        let mut key_blocks = Vec::new();
        for _ in 0..c.count(9)? {
            let eco = c.str()?.to_string();
            let pkg = c.str()?.to_string();
            key_blocks.push((eco, pkg, block(&mut c)?));
        }
        let mut rec_blocks = Vec::new();
        for _ in 0..c.count(8)? {
            rec_blocks.push(block(&mut c)?);
        }
        let mut rating_blocks = Vec::new();
        let mut rated_ids = 0u64;
        for _ in 0..c.count(9)? {
            let id = c.str()?.to_string();
            let b = block(&mut c)?;
            rated_ids = rated_ids.saturating_add(b.n);
            rating_blocks.push((id, b));
        }
        let (mut kev, mut epss, mut prio_blocks) = (None, None, Vec::new());
        if version == PRIORITY_FORMAT_VERSION {
            let feed = |c: &mut Cur| -> Result<Option<Feed>> {
                Ok(match c.u8()? {
                    0 => None,
                    1 => Some(Feed {
                        source: c.str()?.to_string(),
                        sha256: build::hex(&c.array::<32>()?),
                        version: c.str()?.to_string(),
                        date: c.str()?.to_string(),
                        entries: c.varint()?,
                    }),
                    _ => return Err(c.err()),
                })
            };
            kev = feed(&mut c)?;
            epss = feed(&mut c)?;
            for _ in 0..c.count(9)? {
                let id = c.str()?.to_string();
                prio_blocks.push((id, block(&mut c)?));
            }
        }
        if !c.done() {
            return Err(c.err());
        }
        Ok(Db {
            r,
            info: DbInfo {
                format_version: version,
                build_time,
                records,
                keys,
                withdrawn_skipped: withdrawn,
                sources,
                ecosystems,
                rated_ids,
                file_len,
                kev,
                epss,
            },
            data_off,
            data_len,
            key_blocks,
            rec_blocks,
            rating_blocks,
            cache: None,
            rating_cache: None,
            prio_blocks,
            prio_cache: None,
        })
    }

    /// The KEV entry and EPSS score stored for a CVE id (none: the DB has
    /// no priority data for it, or none at all: see [`DbInfo::kev`]).
    pub fn priority(&mut self, id: &str) -> Result<Option<Entry>> {
        let i = self
            .prio_blocks
            .partition_point(|(first, _)| first.as_str() <= id);
        let Some(i) = i.checked_sub(1) else {
            return Ok(None);
        };
        if self.prio_cache.as_ref().is_none_or(|(j, _)| *j != i) {
            let Some((_, block)) = self.prio_blocks.get(i).cloned() else {
                return Ok(None);
            };
            let raw = self.read_block(&block, "priority block")?;
            self.prio_cache = Some((i, raw));
        }
        let Some((_, raw)) = self.prio_cache.as_ref() else {
            return Ok(None);
        };
        let n = self.prio_blocks.get(i).map(|(_, b)| b.n).unwrap_or(0);
        let mut c = Cur::new(raw, "priority block");
        for _ in 0..n {
            let this = c.str()?;
            let flags = c.u8()?;
            let mut e = Entry::default();
            if flags & 1 != 0 {
                e.kev = Some((
                    c.str()?.to_string(),
                    c.str()?.to_string(),
                    c.str()?.to_string(),
                ));
            }
            if flags & 2 != 0 {
                let (score, pct) = (c.varint()?, c.varint()?);
                if score > 1_000_000_000 || pct > 1_000_000_000 {
                    return Err(c.err());
                }
                e.epss = Some((score as f64 / 1e9, pct as f64 / 1e9));
            }
            if this == id {
                return Ok(Some(e));
            }
            if this > id {
                break;
            }
        }
        Ok(None)
    }

    /// Build time, sources and counts.
    pub fn info(&self) -> &DbInfo {
        &self.info
    }

    /// Every indexed ecosystem (as [`crate::vulndb::ecosystem::index_ecosystem`]
    /// folds it) with its key count.
    pub fn ecosystems(&self) -> &[(String, u64)] {
        &self.info.ecosystems
    }

    /// Whether the DB indexes any package of `ecosystem`.
    pub fn has_ecosystem(&self, ecosystem: &str) -> bool {
        self.info
            .ecosystems
            .binary_search_by(|(e, _)| e.as_str().cmp(ecosystem))
            .is_ok()
    }

    /// The ratings stored for `id` (a CVE or GHSA id), best first per kind.
    pub fn ratings(&mut self, id: &str) -> Result<Vec<crate::vulndb::severity::Rating>> {
        let i = self
            .rating_blocks
            .partition_point(|(first, _)| first.as_str() <= id);
        let Some(i) = i.checked_sub(1) else {
            return Ok(Vec::new());
        };
        if self.rating_cache.as_ref().is_none_or(|(j, _)| *j != i) {
            let Some((_, block)) = self.rating_blocks.get(i).cloned() else {
                return Ok(Vec::new());
            };
            let raw = self.read_block(&block, "rating block")?;
            self.rating_cache = Some((i, raw));
        }
        let Some((_, raw)) = self.rating_cache.as_ref() else {
            return Ok(Vec::new());
        };
        let n = self.rating_blocks.get(i).map(|(_, b)| b.n).unwrap_or(0);
        let mut c = Cur::new(raw, "rating block");
        for _ in 0..n {
            let this = c.str()?;
            let k = c.count(6)?;
            let found = this == id;
            let mut out = Vec::new();
            for _ in 0..k {
                let r = crate::vulndb::severity::Rating::decode(&mut c)?;
                if found {
                    out.push(r);
                }
            }
            if found {
                return Ok(out);
            }
            if this > id {
                break;
            }
        }
        Ok(Vec::new())
    }

    fn read_block(&mut self, b: &Block, what: &'static str) -> Result<Vec<u8>> {
        let io = |e: std::io::Error| Error::io("vulnerability DB", &e);
        if b.off.checked_add(b.comp).is_none_or(|e| e > self.data_len) {
            return Err(corrupt(format!("{what} out of bounds")));
        }
        self.r
            .seek(SeekFrom::Start(self.data_off + b.off))
            .map_err(io)?;
        let mut comp = vec![0u8; b.comp as usize];
        if read_full(&mut self.r, &mut comp).map_err(io)? != comp.len() {
            return Err(corrupt(format!("truncated {what}")));
        }
        let mut crc = flate2::Crc::new();
        crc.update(&comp);
        if crc.sum() != b.crc {
            return Err(corrupt(format!("{what} checksum mismatch")));
        }
        let mut raw = Vec::with_capacity(b.raw as usize);
        flate2::read::DeflateDecoder::new(comp.as_slice())
            .take(b.raw + 1)
            .read_to_end(&mut raw)
            .map_err(|e| corrupt(format!("{what}: {e}")))?;
        if raw.len() as u64 != b.raw {
            return Err(corrupt(format!("{what} has the wrong size")));
        }
        Ok(raw)
    }

    /// The (block, slot) references stored for a key, or none.
    fn refs(&mut self, ecosystem: &str, package: &str) -> Result<Vec<(u64, u64)>> {
        let key = (ecosystem, package);
        // The last block whose first key is <= the query.
        let i = self
            .key_blocks
            .partition_point(|(e, p, _)| (e.as_str(), p.as_str()) <= key);
        let Some(i) = i.checked_sub(1) else {
            return Ok(Vec::new());
        };
        let Some((_, _, block)) = self.key_blocks.get(i).cloned() else {
            return Ok(Vec::new());
        };
        let raw = self.read_block(&block, "key block")?;
        let mut c = Cur::new(&raw, "key block");
        for _ in 0..block.n {
            let (e, p) = (c.str()?, c.str()?);
            let n = c.count(2)?;
            let found = (e, p) == key;
            let mut refs = Vec::new();
            for _ in 0..n {
                let (b, s) = (c.varint()?, c.varint()?);
                if found {
                    refs.push((b, s));
                }
            }
            if found {
                return Ok(refs);
            }
            if (e, p) > key {
                break;
            }
        }
        Ok(Vec::new())
    }

    /// The raw (minified) JSON records indexed under (ecosystem, package),
    /// in storage order. PyPI names are normalised first.
    pub fn lookup(&mut self, ecosystem: &str, package: &str) -> Result<Vec<Vec<u8>>> {
        let package = normalise_package(ecosystem, package);
        let ecosystem = crate::vulndb::ecosystem::index_ecosystem(ecosystem);
        let refs = self.refs(&ecosystem, &package)?;
        let mut out = Vec::with_capacity(refs.len());
        for (b, s) in refs {
            if self.cache.as_ref().is_none_or(|(i, _, _)| *i != b) {
                let block = self
                    .rec_blocks
                    .get(usize::try_from(b).unwrap_or(usize::MAX))
                    .cloned()
                    .ok_or_else(|| corrupt("key block refers to a missing record block"))?;
                let raw = self.read_block(&block, "record block")?;
                let mut c = Cur::new(&raw, "record block");
                let n = c.count(1)?;
                if n as u64 != block.n {
                    return Err(c.err());
                }
                let mut slots = Vec::with_capacity(n);
                let mut lens = Vec::with_capacity(n);
                for _ in 0..n {
                    lens.push(c.varint()?);
                }
                for len in lens {
                    let start = c.p;
                    c.bytes(len)?;
                    slots.push((start, c.p));
                }
                if !c.done() {
                    return Err(c.err());
                }
                self.cache = Some((b, slots, raw));
            }
            let rec = self.cache.as_ref().and_then(|(_, slots, raw)| {
                let (a, z) = *slots.get(usize::try_from(s).ok()?)?;
                raw.get(a..z)
            });
            out.push(
                rec.ok_or_else(|| corrupt("key block refers to a missing record"))?
                    .to_vec(),
            );
        }
        Ok(out)
    }

    /// Every indexed key, in order (reads every key block: for tests, tools
    /// and benchmarks, not for scanning).
    pub fn keys(&mut self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        for (_, _, block) in self.key_blocks.clone() {
            let raw = self.read_block(&block, "key block")?;
            let mut c = Cur::new(&raw, "key block");
            for _ in 0..block.n {
                let (e, p) = (c.str()?.to_string(), c.str()?.to_string());
                for _ in 0..c.count(2)? {
                    c.varint()?;
                    c.varint()?;
                }
                out.push((e, p));
            }
        }
        Ok(out)
    }
}

fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
