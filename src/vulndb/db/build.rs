//! The DB builder: reads OSV records from the supported sources, drops
//! withdrawn ones, indexes them by (ecosystem, package), collects the
//! ratings each record gives its CVE ids (the rating table), and writes the
//! file format described in [`super`]. The output depends only on the
//! records, the source names and bytes, and the build time string.

use super::{
    normalise_package, put_str, put_varint, zip, DIGEST_AT, FORMAT_VERSION, HEADER_LEN, MAGIC,
    PRIORITY_FORMAT_VERSION,
};
use crate::vulndb::ecosystem::index_ecosystem;
use crate::vulndb::osv::SeverityEntry;
use crate::vulndb::priority::{self, Feed};
use crate::vulndb::severity::{self, Rating};
use crate::{Error, ErrorKind, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

/// Uncompressed size at which a record block is closed. Measured on the
/// corpus (8,480 records, native release, scattered lookups incl. JSON
/// check): 8 KiB → 3.28 MB, ~50 µs/lookup; 16 KiB → 2.86 MB, ~60 µs;
/// 32 KiB → 2.56 MB, ~88 µs; one deflate stream per record → 6.3 MB.
pub const RECORD_BLOCK_TARGET: usize = 16 << 10;
/// Uncompressed size at which a key block is closed.
pub const KEY_BLOCK_TARGET: usize = 4 << 10;
/// Uncompressed size at which a rating block is closed.
pub const RATING_BLOCK_TARGET: usize = 4 << 10;
/// Ratings kept per id and kind (CVSS, vendor): enough that a finding can
/// borrow from another record when the best one is its own.
const RATINGS_PER_KIND: usize = 2;

/// What a build did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildStats {
    /// Records stored (after dropping withdrawn and duplicate ones).
    pub records: u64,
    /// (ecosystem, package) keys indexed.
    pub keys: u64,
    /// Withdrawn records skipped.
    pub withdrawn: u64,
    /// Records seen more than once (same id); one copy is kept.
    pub duplicates: u64,
    /// Records without any `affected[].package`, not stored (nothing finds them).
    pub unindexed: u64,
    /// Ids (CVE, GHSA) in the rating table.
    pub rated_ids: u64,
    /// Bytes written.
    pub bytes: u64,
    /// KEV catalogue entries stored (none: no KEV input).
    pub kev: Option<u64>,
    /// EPSS scores stored (none: no EPSS input).
    pub epss: Option<u64>,
}

/// One input of the build, as named in the DB.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceInfo {
    pub name: String,
    /// sha256 of the source bytes (for a folder of records: of the sorted
    /// list of `name sha256` lines of its files).
    pub sha256: [u8; 32],
    /// Records read from it (withdrawn ones excluded).
    pub records: u64,
}

/// What the builder reads of a record. Everything beyond `id` and the
/// package keys is read leniently (a field of an unexpected type is
/// ignored): it only feeds the rating table.
#[derive(Deserialize)]
struct Head {
    id: String,
    #[serde(default)]
    modified: Option<serde_json::Value>,
    #[serde(default)]
    withdrawn: Option<serde_json::Value>,
    #[serde(default)]
    affected: Option<Vec<Affected>>,
    #[serde(default)]
    summary: Option<serde_json::Value>,
    #[serde(default)]
    aliases: Option<serde_json::Value>,
    #[serde(default)]
    upstream: Option<serde_json::Value>,
    #[serde(default)]
    related: Option<serde_json::Value>,
    #[serde(default)]
    severity: Option<serde_json::Value>,
    #[serde(default)]
    database_specific: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Affected {
    #[serde(default)]
    package: Option<Package>,
    #[serde(default)]
    severity: Option<serde_json::Value>,
}

fn strings(v: Option<&serde_json::Value>) -> Vec<String> {
    v.and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn severity_entries(v: Option<&serde_json::Value>) -> Vec<SeverityEntry> {
    v.and_then(serde_json::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|e| {
                    Some(SeverityEntry {
                        kind: e.get("type")?.as_str()?.to_owned(),
                        score: e.get("score")?.as_str()?.to_owned(),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Deserialize)]
struct Package {
    #[serde(default)]
    ecosystem: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

struct Rec {
    keys: BTreeSet<(String, String)>,
    modified: String,
    /// The minified record, deflated (fast) while the build collects:
    /// keeps the builder's memory near the compressed size of the inputs.
    packed: Vec<u8>,
    len: usize,
}

#[derive(Default)]
struct Collector {
    recs: BTreeMap<String, Rec>,
    stats: BuildStats,
    sources: Vec<SourceInfo>,
    /// Every rating of every record (by record id, so a duplicate record
    /// replaces its ratings); the table is made from it at the end.
    ratings: BTreeMap<String, (Vec<String>, Vec<Rating>)>,
}

/// Remove insignificant whitespace from valid JSON, keeping key order and
/// number spelling exactly as written.
fn minify(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let mut in_str = false;
    let mut esc = false;
    for &b in json {
        if in_str {
            out.push(b);
            if esc {
                esc = false;
            } else if b == b'\\' {
                esc = true;
            } else if b == b'"' {
                in_str = false;
            }
        } else if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            if b == b'"' {
                in_str = true;
            }
            out.push(b);
        }
    }
    out
}

impl Collector {
    /// Add one record; returns whether it counts for its source.
    fn add(&mut self, json: &[u8], what: &str) -> Result<bool> {
        let head: Head = serde_json::from_slice(json).map_err(|e| {
            Error::new(
                ErrorKind::Malformed,
                what,
                format!("not an OSV record: {e}"),
            )
        })?;
        if head.withdrawn.as_ref().is_some_and(|w| !w.is_null()) {
            self.stats.withdrawn += 1;
            return Ok(false);
        }
        let mut keys = BTreeSet::new();
        let mut affected_severity = Vec::new();
        let mut first_eco = String::new();
        for a in head.affected.as_deref().unwrap_or_default() {
            affected_severity.extend(severity_entries(a.severity.as_ref()));
            if let Some(Package {
                ecosystem: Some(eco),
                name: Some(name),
            }) = &a.package
            {
                if !eco.is_empty() && !name.is_empty() {
                    if first_eco.is_empty() {
                        first_eco = eco.clone();
                    }
                    let name = normalise_package(eco, name).into_owned();
                    keys.insert((index_ecosystem(eco).into_owned(), name));
                }
            }
        }
        if keys.is_empty() {
            self.stats.unindexed += 1;
            return Ok(true);
        }
        let modified = match head.modified {
            Some(serde_json::Value::String(s)) => s,
            _ => String::new(),
        };
        // The ratings this record lends to its CVE and GHSA ids (only the
        // newest copy of a record counts: `recs` decides below).
        let aliases = strings(head.aliases.as_ref());
        let lend_to: Vec<String> = crate::vulndb::osv::cve_ids(
            &head.id,
            &aliases,
            &strings(head.upstream.as_ref()),
            &strings(head.related.as_ref()),
        )
        .into_iter()
        .chain(
            std::iter::once(head.id.clone())
                .chain(aliases)
                .filter(|a| a.starts_with("GHSA-")),
        )
        .collect();
        let sev = severity_entries(head.severity.as_ref());
        let lent: Vec<Rating> = if crate::vulndb::osv::is_security_id(&head.id) {
            severity::cvss(&sev, &head.id)
                .or_else(|| severity::cvss(&affected_severity, &head.id))
                .into_iter()
                .chain(severity::record_vendor(
                    &head.id,
                    head.summary.as_ref().and_then(serde_json::Value::as_str),
                    &sev,
                    head.database_specific.as_ref(),
                    &first_eco,
                ))
                .collect()
        } else {
            Vec::new()
        };
        let min = minify(json);
        let rec = Rec {
            keys,
            modified,
            packed: deflate(&min, flate2::Compression::fast()),
            len: min.len(),
        };
        match self.recs.get(&head.id) {
            Some(old) => {
                self.stats.duplicates += 1;
                // Keep the newest; ties broken by bytes, so input order never matters.
                if (&rec.modified, rec.len, &rec.packed) > (&old.modified, old.len, &old.packed) {
                    self.ratings.insert(head.id.clone(), (lend_to, lent));
                    self.recs.insert(head.id, rec);
                }
            }
            None => {
                if !lent.is_empty() && !lend_to.is_empty() {
                    self.ratings.insert(head.id.clone(), (lend_to, lent));
                }
                self.recs.insert(head.id, rec);
            }
        }
        Ok(true)
    }

    /// Read a JSONL file as it streams by; returns (records, sha256).
    fn add_jsonl(&mut self, path: &Path, name: &str) -> Result<(u64, [u8; 32])> {
        let f = std::fs::File::open(path).map_err(|e| Error::io(name, &e))?;
        let mut r = std::io::BufReader::with_capacity(64 << 10, f);
        let mut h = Sha256::new();
        let mut n = 0;
        let mut line = Vec::new();
        for i in 1.. {
            line.clear();
            if r.read_until(b'\n', &mut line)
                .map_err(|e| Error::io(name, &e))?
                == 0
            {
                break;
            }
            h.update(&line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            n += u64::from(self.add(&line, &format!("{name}: line {i}"))?);
        }
        Ok((n, h.finalize().into()))
    }

    fn add_zip(&mut self, path: &Path, name: &str) -> Result<()> {
        let display = path.display().to_string();
        let f = std::fs::File::open(path).map_err(|e| Error::io(&display, &e))?;
        let mut h = Sha256::new();
        std::io::copy(
            &mut std::io::BufReader::with_capacity(64 << 10, &f),
            &mut HashWriter(&mut h),
        )
        .map_err(|e| Error::io(&display, &e))?;
        let mut cur = std::io::BufReader::with_capacity(64 << 10, f);
        let mut members = zip::members(&mut cur, &display)?;
        members.sort_by(|a, b| a.name.cmp(&b.name));
        let mut n = 0;
        for m in &members {
            if !m.name.ends_with(".json") {
                continue;
            }
            let json = zip::read_member(&mut cur, &display, m)?;
            n += u64::from(self.add(&json, &format!("{display}: {}", m.name))?);
        }
        self.sources.push(SourceInfo {
            name: name.to_string(),
            sha256: h.finalize().into(),
            records: n,
        });
        Ok(())
    }

    fn add_path(&mut self, path: &Path) -> Result<()> {
        let display = path.display().to_string();
        let base = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| display.clone());
        let meta = std::fs::metadata(path).map_err(|e| Error::io(&display, &e))?;
        if meta.is_file() {
            if base.ends_with(".zip") {
                return self.add_zip(path, &base);
            }
            let (n, sha256) = self.add_jsonl(path, &display)?;
            self.sources.push(SourceInfo {
                name: base,
                sha256,
                records: n,
            });
            return Ok(());
        }
        // A mirror of the OSV export layout: `<Ecosystem>/all.zip`.
        let mut zips = Vec::new();
        for entry in list_dir(path)? {
            let z = entry.join("all.zip");
            if z.is_file() {
                let eco = entry
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                zips.push((format!("{eco}/all.zip"), z));
            }
        }
        if !zips.is_empty() {
            for (name, z) in zips {
                self.add_zip(&z, &name)?;
            }
            return Ok(());
        }
        // A folder of `<id>.json` records (searched recursively).
        let mut files = Vec::new();
        collect_json(path, &mut files, 0)?;
        if files.is_empty() {
            return Err(Error::new(
                ErrorKind::Usage,
                display,
                "no OSV records here: expected <Ecosystem>/all.zip, all.zip, *.json or *.jsonl",
            ));
        }
        let mut listing = String::new();
        let mut n = 0;
        for f in &files {
            let fd = f.display().to_string();
            let bytes = std::fs::read(f).map_err(|e| Error::io(&fd, &e))?;
            let rel = f.strip_prefix(path).unwrap_or(f).to_string_lossy();
            listing.push_str(&format!("{} {}\n", rel, hex(&Sha256::digest(&bytes))));
            n += u64::from(self.add(&bytes, &fd)?);
        }
        self.sources.push(SourceInfo {
            name: base,
            sha256: Sha256::digest(listing.as_bytes()).into(),
            records: n,
        });
        Ok(())
    }
}

pub(crate) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn list_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let d = dir.display().to_string();
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).map_err(|e| Error::io(&d, &e))? {
        v.push(e.map_err(|e| Error::io(&d, &e))?.path());
    }
    v.sort();
    Ok(v)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>, depth: u32) -> Result<()> {
    if depth > 16 {
        return Ok(());
    }
    for p in list_dir(dir)? {
        if p.is_dir() {
            collect_json(&p, out, depth + 1)?;
        } else if p.extension().is_some_and(|e| e == "json") {
            out.push(p);
        }
    }
    Ok(())
}

struct HashWriter<'a>(&'a mut Sha256);

impl Write for HashWriter<'_> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.update(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn inflate(packed: &[u8], len: usize, out: &mut Vec<u8>) -> Result<()> {
    let before = out.len();
    flate2::read::DeflateDecoder::new(packed)
        .read_to_end(out)
        .map_err(|e| Error::io("DB build", &e))?;
    if out.len() - before != len {
        return Err(Error::new(
            ErrorKind::Malformed,
            "DB build",
            "record lost in memory",
        ));
    }
    Ok(())
}

fn deflate(raw: &[u8], level: flate2::Compression) -> Vec<u8> {
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), level);
    // Writing to a Vec cannot fail.
    let _ = e.write_all(raw);
    e.finish().unwrap_or_default()
}

/// The rating table: for each id, the best [`RATINGS_PER_KIND`] CVSS and
/// vendor ratings of different records (best first; ties by record id).
fn rating_table(
    ratings: BTreeMap<String, (Vec<String>, Vec<Rating>)>,
) -> BTreeMap<String, Vec<Rating>> {
    let mut table: BTreeMap<String, Vec<Rating>> = BTreeMap::new();
    // Records in id order, so ties always resolve the same way.
    for (_, (ids, lent)) in ratings {
        for id in ids {
            let list = table.entry(id).or_default();
            for r in &lent {
                list.push(r.clone());
            }
        }
    }
    for list in table.values_mut() {
        let key = |r: &Rating| {
            (
                !r.is_cvss(),
                std::cmp::Reverse(r.level),
                std::cmp::Reverse(r.score.map(|s| (s * 10.0) as i64)),
                r.record.clone(),
            )
        };
        list.sort_by_key(key);
        let (mut cvss, mut vendor) = (0, 0);
        list.retain(|r| {
            let n = if r.is_cvss() { &mut cvss } else { &mut vendor };
            *n += 1;
            *n <= RATINGS_PER_KIND
        });
    }
    table.retain(|_, l| !l.is_empty());
    table
}

/// A block of the rating and priority tables: (first id, offset in the
/// data, compressed length, raw length, crc32, entries).
type Block = (String, u64, u64, u64, u32, u64);

/// Compress `raw` (`n` entries from `first` on) into `data` as the next of
/// `blocks`, and start the next block.
fn flush_block(
    blocks: &mut Vec<Block>,
    first: Option<&str>,
    raw: &mut Vec<u8>,
    n: &mut u64,
    data: &mut Vec<u8>,
) {
    if let Some(f) = first {
        let comp = deflate(raw, flate2::Compression::best());
        blocks.push((
            f.to_string(),
            data.len() as u64,
            comp.len() as u64,
            raw.len() as u64,
            crc32(&comp),
            *n,
        ));
        data.extend_from_slice(&comp);
    }
    raw.clear();
    *n = 0;
}

fn crc32(b: &[u8]) -> u32 {
    let mut c = flate2::Crc::new();
    c.update(b);
    c.sum()
}

/// The optional prioritisation inputs of a build (files in their published
/// formats, see [`crate::vulndb::priority`]).
#[derive(Debug, Clone, Default)]
pub struct Priority {
    /// CISA's `known_exploited_vulnerabilities.json`.
    pub kev: Option<PathBuf>,
    /// FIRST's `epss_scores-YYYY-MM-DD.csv.gz` (or the plain CSV).
    pub epss: Option<PathBuf>,
}

/// Read a prioritisation input whole (bounded), named by its file name.
fn read_input(path: &Path, max: u64) -> Result<(String, Vec<u8>)> {
    let display = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| Error::io(&display, &e))?;
    let mut bytes = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(&display, &e))?;
    if bytes.len() as u64 > max {
        return Err(Error::new(
            ErrorKind::Malformed,
            display,
            format!("larger than {} MiB", max >> 20),
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(display);
    Ok((name, bytes))
}

/// The priority inputs: KEV and EPSS by CVE id, and their metadata.
struct PriorityTable {
    kev: Option<Feed>,
    epss: Option<Feed>,
    kev_entries: priority::KevTable,
    epss_scores: priority::EpssTable,
}

fn priority_table(p: &Priority) -> Result<PriorityTable> {
    let mut t = PriorityTable {
        kev: None,
        epss: None,
        kev_entries: BTreeMap::new(),
        epss_scores: BTreeMap::new(),
    };
    if let Some(path) = &p.kev {
        let (name, bytes) = read_input(path, priority::MAX_KEV_BYTES)?;
        let (mut feed, map) = priority::read_kev(&bytes, &path.display().to_string())?;
        feed.source = name;
        t.kev = Some(feed);
        t.kev_entries = map;
    }
    if let Some(path) = &p.epss {
        let (name, bytes) = read_input(path, priority::MAX_EPSS_BYTES)?;
        let (mut feed, map) = priority::read_epss(&bytes, &path.display().to_string())?;
        feed.source = name;
        t.epss = Some(feed);
        t.epss_scores = map;
    }
    Ok(t)
}

/// One row of the priority table: CVE id, KEV entry, EPSS score.
type PriorityRow<'a> = (
    &'a str,
    Option<&'a (String, String, String)>,
    Option<(u32, u32)>,
);

/// Every CVE id of either table, in order, with its KEV entry and EPSS score.
fn merged(t: &PriorityTable) -> Vec<PriorityRow<'_>> {
    let mut out = Vec::with_capacity(t.epss_scores.len() + t.kev_entries.len());
    let mut kev = t.kev_entries.iter().peekable();
    let mut epss = t.epss_scores.iter().peekable();
    loop {
        let take_kev = match (kev.peek(), epss.peek()) {
            (None, None) => break,
            (Some(_), None) => Some(true),
            (None, Some(_)) => Some(false),
            (Some((a, _)), Some((b, _))) => match a.cmp(b) {
                std::cmp::Ordering::Less => Some(true),
                std::cmp::Ordering::Greater => Some(false),
                std::cmp::Ordering::Equal => None,
            },
        };
        match take_kev {
            Some(true) => {
                if let Some((id, e)) = kev.next() {
                    out.push((id.as_str(), Some(e), None));
                }
            }
            Some(false) => {
                if let Some((id, s)) = epss.next() {
                    out.push((id.as_str(), None, Some(*s)));
                }
            }
            None => {
                if let (Some((id, e)), Some((_, s))) = (kev.next(), epss.next()) {
                    out.push((id.as_str(), Some(e), Some(*s)));
                }
            }
        }
    }
    out
}

/// Build a DB from `sources` (paths: an OSV export mirror directory, `all.zip`
/// files, folders of `<id>.json` records, JSONL files) into `out`.
pub fn build<P: AsRef<Path>>(
    sources: &[P],
    out: &mut impl Write,
    build_time: &str,
) -> Result<BuildStats> {
    build_with(sources, &Priority::default(), out, build_time)
}

/// [`build`] with the KEV catalogue and EPSS scores of `prio` (when given,
/// the DB is format [`PRIORITY_FORMAT_VERSION`]).
pub fn build_with<P: AsRef<Path>>(
    sources: &[P],
    prio: &Priority,
    out: &mut impl Write,
    build_time: &str,
) -> Result<BuildStats> {
    // The small inputs first: a bad KEV or EPSS file fails before the OSV read.
    let prio_table = priority_table(prio)?;
    let mut c = Collector::default();
    for s in sources {
        c.add_path(s.as_ref())?;
    }
    let Collector {
        recs,
        mut stats,
        sources,
        ratings,
    } = c;
    let table = rating_table(ratings);
    stats.rated_ids = table.len() as u64;

    // Records are ordered by their first key, then id, so one package's
    // records share a block.
    let mut order: Vec<(&(String, String), &String, &Rec)> = recs
        .iter()
        .filter_map(|(id, r)| r.keys.first().map(|k| (k, id, r)))
        .collect();
    order.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));

    // The data section, in this order: records, keys, ratings, priorities.
    let mut data = Vec::new();
    let (records, refs) = record_blocks(&order, &mut data)?;
    stats.records = order.len() as u64;
    stats.keys = refs.len() as u64;
    let keys = key_blocks(&refs, &mut data);
    let ratings = rating_blocks(&table, &mut data);
    let priority = priority_blocks(&merged(&prio_table), &mut data);
    let blocks = Blocks {
        keys,
        records,
        ratings,
        priority,
    };
    let (kev, epss) = (prio_table.kev.as_ref(), prio_table.epss.as_ref());
    let with_priority = kev.is_some() || epss.is_some();
    let dir = directory(build_time, &stats, &sources, &refs, &blocks, &[kev, epss]);
    stats.kev = kev.map(|f| f.entries);
    stats.epss = epss.map(|f| f.entries);

    let header = header(&dir, data.len(), with_priority);
    let io = |e: std::io::Error| Error::io("DB output", &e);
    out.write_all(&header).map_err(io)?;
    out.write_all(&dir).map_err(io)?;
    out.write_all(&data).map_err(io)?;
    out.flush().map_err(io)?;
    stats.bytes = HEADER_LEN as u64 + dir.len() as u64 + data.len() as u64;
    Ok(stats)
}

/// A record block: (offset in the data, compressed length, raw length,
/// crc32, records).
type RecBlock = (u64, u64, u64, u32, u64);
/// A key block: (first key, offset, compressed length, raw length, crc32, keys).
type KeyBlock = ((String, String), u64, u64, u64, u32, u64);
/// Where each (ecosystem, package) key's records are: (block, slot).
type Refs<'a> = BTreeMap<&'a (String, String), Vec<(u64, u64)>>;

/// Every block written to the data section, as the directory lists them.
struct Blocks {
    keys: Vec<KeyBlock>,
    records: Vec<RecBlock>,
    ratings: Vec<Block>,
    /// Written to the directory only when a priority input was given.
    priority: Vec<Block>,
}

/// Write the records, in `order`, into blocks of about
/// [`RECORD_BLOCK_TARGET`] raw bytes; returns the blocks and where each
/// key's records are.
fn record_blocks<'a>(
    order: &[(&'a (String, String), &String, &'a Rec)],
    data: &mut Vec<u8>,
) -> Result<(Vec<RecBlock>, Refs<'a>)> {
    let mut blocks = Vec::new();
    let mut refs: Refs<'a> = BTreeMap::new();
    let mut pending: Vec<&Rec> = Vec::new();
    let mut pending_len = 0usize;
    for (_, _, r) in order {
        let slot = pending.len() as u64;
        let block = blocks.len() as u64;
        for k in &r.keys {
            refs.entry(k).or_default().push((block, slot));
        }
        pending.push(r);
        pending_len += r.len;
        if pending_len >= RECORD_BLOCK_TARGET {
            flush_records(&mut pending, data, &mut blocks)?;
            pending_len = 0;
        }
    }
    flush_records(&mut pending, data, &mut blocks)?;
    Ok((blocks, refs))
}

/// Compress the `pending` records into `data` as the next of `blocks`.
fn flush_records(
    pending: &mut Vec<&Rec>,
    data: &mut Vec<u8>,
    blocks: &mut Vec<RecBlock>,
) -> Result<()> {
    if pending.is_empty() {
        return Ok(());
    }
    let mut raw = Vec::new();
    put_varint(&mut raw, pending.len() as u64);
    for r in pending.iter() {
        put_varint(&mut raw, r.len as u64);
    }
    for r in pending.iter() {
        inflate(&r.packed, r.len, &mut raw)?;
    }
    let comp = deflate(&raw, flate2::Compression::best());
    blocks.push((
        data.len() as u64,
        comp.len() as u64,
        raw.len() as u64,
        crc32(&comp),
        pending.len() as u64,
    ));
    data.extend_from_slice(&comp);
    pending.clear();
    Ok(())
}

/// The key index: each key with the (block, slot) of its records, in
/// blocks of about [`KEY_BLOCK_TARGET`] raw bytes.
fn key_blocks(refs: &Refs<'_>, data: &mut Vec<u8>) -> Vec<KeyBlock> {
    let mut blocks = Vec::new();
    let mut raw = Vec::new();
    let mut first: Option<&(String, String)> = None;
    let mut n = 0u64;
    let mut flush = |raw: &mut Vec<u8>,
                     first: &mut Option<&(String, String)>,
                     n: &mut u64,
                     data: &mut Vec<u8>| {
        if let Some(f) = first.take() {
            let comp = deflate(raw, flate2::Compression::best());
            blocks.push((
                f.clone(),
                data.len() as u64,
                comp.len() as u64,
                raw.len() as u64,
                crc32(&comp),
                *n,
            ));
            data.extend_from_slice(&comp);
        }
        raw.clear();
        *n = 0;
    };
    for (k, list) in refs {
        if first.is_none() {
            first = Some(*k);
        }
        put_str(&mut raw, &k.0);
        put_str(&mut raw, &k.1);
        put_varint(&mut raw, list.len() as u64);
        for (b, s) in list {
            put_varint(&mut raw, *b);
            put_varint(&mut raw, *s);
        }
        n += 1;
        if raw.len() >= KEY_BLOCK_TARGET {
            flush(&mut raw, &mut first, &mut n, data);
        }
    }
    flush(&mut raw, &mut first, &mut n, data);
    blocks
}

/// The rating table in blocks of about [`RATING_BLOCK_TARGET`] raw bytes.
fn rating_blocks(table: &BTreeMap<String, Vec<Rating>>, data: &mut Vec<u8>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut raw = Vec::new();
    let mut first_id: Option<&String> = None;
    let mut n = 0u64;
    for (id, list) in table {
        if first_id.is_none() {
            first_id = Some(id);
        }
        put_str(&mut raw, id);
        put_varint(&mut raw, list.len() as u64);
        for r in list {
            r.encode(&mut raw);
        }
        n += 1;
        if raw.len() >= RATING_BLOCK_TARGET {
            let first = first_id.take().map(String::as_str);
            flush_block(&mut blocks, first, &mut raw, &mut n, data);
        }
    }
    let first = first_id.take().map(String::as_str);
    flush_block(&mut blocks, first, &mut raw, &mut n, data);
    blocks
}

/// The priority table (KEV entry and EPSS score per CVE id) in blocks of
/// the rating blocks' size.
fn priority_blocks(rows: &[PriorityRow<'_>], data: &mut Vec<u8>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut raw = Vec::new();
    let mut n = 0u64;
    let mut first_id: Option<&str> = None;
    for (id, kev_entry, score) in rows {
        if first_id.is_none() {
            first_id = Some(id);
        }
        put_str(&mut raw, id);
        raw.push(u8::from(kev_entry.is_some()) | (u8::from(score.is_some()) << 1));
        if let Some((added, due, ransomware)) = kev_entry {
            put_str(&mut raw, added);
            put_str(&mut raw, due);
            put_str(&mut raw, ransomware);
        }
        if let Some((score, pct)) = score {
            // Billionths: exact for the 5 or 9 decimals FIRST publishes.
            put_varint(&mut raw, u64::from(*score));
            put_varint(&mut raw, u64::from(*pct));
        }
        n += 1;
        if raw.len() >= RATING_BLOCK_TARGET {
            flush_block(&mut blocks, first_id.take(), &mut raw, &mut n, data);
        }
    }
    flush_block(&mut blocks, first_id.take(), &mut raw, &mut n, data);
    blocks
}

/// The directory: build metadata, sources, indexed ecosystems, then every
/// block list; with a priority input (`feeds`: KEV, EPSS) also the feeds
/// and the priority blocks.
fn directory(
    build_time: &str,
    stats: &BuildStats,
    sources: &[SourceInfo],
    refs: &Refs<'_>,
    blocks: &Blocks,
    feeds: &[Option<&Feed>; 2],
) -> Vec<u8> {
    let mut dir = Vec::new();
    put_str(&mut dir, build_time);
    put_varint(&mut dir, stats.records);
    put_varint(&mut dir, stats.keys);
    put_varint(&mut dir, stats.withdrawn);
    put_varint(&mut dir, sources.len() as u64);
    for s in sources {
        put_str(&mut dir, &s.name);
        dir.extend_from_slice(&s.sha256);
        put_varint(&mut dir, s.records);
    }
    // Indexed ecosystems.
    let mut ecosystems: BTreeMap<&str, u64> = BTreeMap::new();
    for (eco, _) in refs.keys() {
        *ecosystems.entry(eco.as_str()).or_default() += 1;
    }
    put_varint(&mut dir, ecosystems.len() as u64);
    for (eco, keys) in &ecosystems {
        put_str(&mut dir, eco);
        put_varint(&mut dir, *keys);
    }
    put_varint(&mut dir, blocks.keys.len() as u64);
    for (k, off, comp, rawl, crc, n) in &blocks.keys {
        put_str(&mut dir, &k.0);
        put_str(&mut dir, &k.1);
        put_block(&mut dir, (*off, *comp, *rawl, *crc, *n));
    }
    put_varint(&mut dir, blocks.records.len() as u64);
    for b in &blocks.records {
        put_block(&mut dir, *b);
    }
    put_named_blocks(&mut dir, &blocks.ratings);
    if feeds.iter().any(Option::is_some) {
        for feed in feeds {
            put_feed(&mut dir, *feed);
        }
        put_named_blocks(&mut dir, &blocks.priority);
    }
    dir
}

/// One block's place in the data: offset, compressed and raw length, crc32
/// and entries.
fn put_block(dir: &mut Vec<u8>, (off, comp, rawl, crc, n): RecBlock) {
    put_varint(dir, off);
    put_varint(dir, comp);
    put_varint(dir, rawl);
    dir.extend_from_slice(&crc.to_le_bytes());
    put_varint(dir, n);
}

/// A list of rating or priority blocks, each with its first id.
fn put_named_blocks(dir: &mut Vec<u8>, blocks: &[Block]) {
    put_varint(dir, blocks.len() as u64);
    for (id, off, comp, rawl, crc, n) in blocks {
        put_str(dir, id);
        put_block(dir, (*off, *comp, *rawl, *crc, *n));
    }
}

/// A priority feed's metadata, or `0` for a feed not given.
fn put_feed(dir: &mut Vec<u8>, feed: Option<&Feed>) {
    let Some(f) = feed else {
        dir.push(0);
        return;
    };
    dir.push(1);
    put_str(dir, &f.source);
    let mut sha = [0u8; 32];
    for (i, b) in sha.iter_mut().enumerate() {
        *b = f
            .sha256
            .get(2 * i..2 * i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
    }
    dir.extend_from_slice(&sha);
    put_str(dir, &f.version);
    put_str(dir, &f.date);
    put_varint(dir, f.entries);
}

/// The fixed-size header: magic, format version, the sections' offsets and
/// lengths, and the SHA-256 of the header so far and the directory.
fn header(dir: &[u8], data_len: usize, with_priority: bool) -> Vec<u8> {
    let dir_off = HEADER_LEN as u64;
    let data_off = dir_off + dir.len() as u64;
    let file_len = data_off + data_len as u64;
    let mut header = Vec::with_capacity(HEADER_LEN);
    header.extend_from_slice(MAGIC);
    let version = if with_priority {
        PRIORITY_FORMAT_VERSION
    } else {
        FORMAT_VERSION
    };
    header.extend_from_slice(&version.to_le_bytes());
    for v in [
        file_len,
        dir_off,
        dir.len() as u64,
        data_off,
        data_len as u64,
    ] {
        header.extend_from_slice(&v.to_le_bytes());
    }
    debug_assert_eq!(header.len(), DIGEST_AT);
    let mut h = Sha256::new();
    h.update(&header);
    h.update(dir);
    header.extend_from_slice(&h.finalize());
    header.resize(HEADER_LEN, 0);
    header
}
