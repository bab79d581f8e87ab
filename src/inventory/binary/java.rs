//! Java archives (`.jar`, `.war`, `.ear`, `.par`, `.jpi`, `.hpi`) read as a
//! stream of ZIP local file headers, front to back, without the central
//! directory (which sits at the end, after the bytes have gone by).
//!
//! Each entry's data is delimited by the sizes in its local header, or, for
//! a deflated entry with a data descriptor (flag bit 3, sizes unknown up
//! front), by the end of its deflate stream; the descriptor after it is
//! skipped (with or without its signature, 32- or 64-bit sizes). A STORED
//! entry with a data descriptor cannot be delimited in a stream: that is a
//! warning and the end of that archive (what was found so far is kept).
//! The walk ends at the first central-directory record.
//!
//! Entries that matter:
//! * `…/pom.properties` (held in memory, at most [`MAX_SMALL`]):
//!   `groupId`, `artifactId`, `version` give the package `groupId:artifactId`;
//! * `…/MANIFEST.MF` (same cap): the fallback, used only when no
//!   pom.properties matches the archive's own file name, like Trivy without
//!   its Java DB ("offline"): group from `Implementation-Vendor-Id`,
//!   `Bundle-SymbolicName` (without its last dotted part),
//!   `Implementation-Vendor` or `Specification-Vendor`; artifact from
//!   `Implementation-Title`, `Specification-Title` or `Bundle-Name`; version
//!   from `Implementation-Version`, `Specification-Version` or
//!   `Bundle-Version` (main section only, continuation lines joined,
//!   `%placeholders` ignored);
//! * nested archives (`.jar`, `.war`, `.ear` entries, e.g. Spring Boot's
//!   `BOOT-INF/lib/*.jar`, a WAR's `WEB-INF/lib/*.jar`) are parsed
//!   recursively from the entry's decompressed bytes as they stream by, at
//!   most [`MAX_DEPTH`] levels deep; their packages carry the inner path
//!   (`BOOT-INF/lib/x.jar`, deeper levels joined with `!`).
//!
//! The file name (`name-1.2.3.jar`, Trivy's pattern) is used only to decide
//! whether a pom.properties is the archive's own; without a Java DB it
//! never yields a package by itself. Entries that do not matter are skipped
//! without being decompressed when their size is known.
//!
//! Errors of the underlying stream are returned as `Err`; anything wrong
//! with the archive's content is a warning.

use super::Inflate;
use crate::inventory::{Ecosystem, Found, Package};
use std::cell::Cell;
use std::io::{self, BufRead, Read};

/// Extensions of the Java archives read at the top level.
const EXTENSIONS: &[&str] = &[".jar", ".war", ".ear", ".par", ".jpi", ".hpi"];
/// How many archive levels below the file itself are read.
pub const MAX_DEPTH: u32 = 4;
/// Largest entry held in memory (pom.properties, MANIFEST.MF).
pub const MAX_SMALL: u64 = 64 << 10;
/// How far into a file a ZIP may start (executable jars with a launch script).
const MAX_PREAMBLE: usize = 1 << 20;
/// Buffer per archive level.
const BUF: usize = 64 << 10;

const SIG_LOCAL: &[u8] = b"PK\x03\x04";
const SIG_CENTRAL: &[u8] = b"PK\x01\x02";
const SIG_END: &[u8] = b"PK\x05\x06";
const SIG_END64: &[u8] = b"PK\x06\x06";
const SIG_DESCRIPTOR: &[u8] = b"PK\x07\x08";

/// Whether the file at `path` is read as a Java archive.
pub fn wants(path: &str) -> bool {
    EXTENSIONS.iter().any(|e| path.ends_with(e))
}

/// The underlying stream, noting whether it failed (so that its errors are
/// told apart from content errors raised by the ZIP and deflate layers).
struct Src<'a> {
    r: &'a mut dyn Read,
    failed: &'a Cell<bool>,
}

impl Read for Src<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.r.read(buf).inspect_err(|e| {
            if e.kind() != io::ErrorKind::Interrupted {
                self.failed.set(true);
            }
        })
    }
}

/// Read the Java archive streaming from `r` (the file at `path`).
pub fn analyze(path: &str, r: &mut dyn Read) -> io::Result<Found> {
    let failed = Cell::new(false);
    let mut src = Src { r, failed: &failed };
    let mut input = Buf::new(&mut src);
    let mut found = Found::default();
    let ctx = Ctx { failed: &failed };
    let res = match find_start(&mut input) {
        Ok(true) => parse_archive(&mut input, base_name(path), "", 0, &ctx, &mut found),
        Ok(false) => Ok(()),
        Err(e) => Err(e),
    };
    if let Err(e) = res {
        if failed.get() {
            return Err(e);
        }
        found.warnings.push(e.to_string());
    }
    dedup(&mut found.packages);
    Ok(found)
}

/// Position `input` at the first local header: at the start, or after a
/// launch script of at most [`MAX_PREAMBLE`] bytes. `Ok(false)` for an empty file.
fn find_start(input: &mut Buf<'_>) -> io::Result<bool> {
    let head = input.peek(4)?;
    if head.is_empty() {
        return Ok(false);
    }
    if head == SIG_LOCAL || head == SIG_END {
        return Ok(true);
    }
    let mut skipped = 0usize;
    while skipped < MAX_PREAMBLE {
        let avail = input.fill_buf()?;
        if avail.is_empty() {
            break;
        }
        let n = avail
            .iter()
            .skip(1)
            .position(|&b| b == b'P')
            .map_or(avail.len(), |i| i.saturating_add(1));
        input.consume(n);
        skipped = skipped.saturating_add(n);
        if input.peek(4)? == SIG_LOCAL {
            return Ok(true);
        }
    }
    Err(content("not a ZIP archive"))
}

/// An error about the archive's content.
fn content(msg: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.into())
}

fn base_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// State shared by all levels of one file.
struct Ctx<'a> {
    failed: &'a Cell<bool>,
}

/// A buffered reader that can peek a few bytes ahead (across its refills).
struct Buf<'a> {
    inner: &'a mut dyn Read,
    buf: Box<[u8]>,
    start: usize,
    end: usize,
}

impl<'a> Buf<'a> {
    fn new(inner: &'a mut dyn Read) -> Buf<'a> {
        Buf {
            inner,
            buf: vec![0u8; BUF].into_boxed_slice(),
            start: 0,
            end: 0,
        }
    }

    /// Up to `n` (≤ the buffer size) bytes ahead, fewer only at the end of the stream.
    fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.end.saturating_sub(self.start) < n {
            if self.start > 0 {
                self.buf.copy_within(self.start..self.end, 0);
                self.end = self.end.saturating_sub(self.start);
                self.start = 0;
            }
            let Some(free) = self.buf.get_mut(self.end..) else {
                break;
            };
            if free.is_empty() {
                break;
            }
            let k = loop {
                match self.inner.read(free) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    other => break other?,
                }
            };
            if k == 0 {
                break;
            }
            self.end = self.end.saturating_add(k).min(self.buf.len());
        }
        let stop = self.end.min(self.start.saturating_add(n));
        Ok(self.buf.get(self.start..stop).unwrap_or(&[]))
    }

    /// Read exactly `N` bytes; a short read is a truncated archive.
    fn array<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let mut a = [0u8; N];
        self.read_exact(&mut a).map_err(truncated)?;
        Ok(a)
    }

    /// Skip exactly `n` bytes.
    fn skip(&mut self, n: u64) -> io::Result<()> {
        let got = io::copy(&mut self.take(n), &mut io::sink())?;
        if got < n {
            return Err(truncated(io::ErrorKind::UnexpectedEof.into()));
        }
        Ok(())
    }
}

impl Read for Buf<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        if let (Some(d), Some(s)) = (out.get_mut(..n), avail.get(..n)) {
            d.copy_from_slice(s);
        }
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for Buf<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.start >= self.end {
            self.start = 0;
            self.end = 0;
            let k = loop {
                match self.inner.read(&mut self.buf) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    other => break other?,
                }
            };
            self.end = k.min(self.buf.len());
        }
        Ok(self.buf.get(self.start..self.end).unwrap_or(&[]))
    }

    fn consume(&mut self, n: usize) {
        self.start = self.start.saturating_add(n).min(self.end);
    }
}

/// End of data where more was expected.
fn truncated(e: io::Error) -> io::Error {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        io::Error::new(io::ErrorKind::UnexpectedEof, "archive is truncated")
    } else {
        e
    }
}

/// One entry's data, decompressed as it is read.
enum Entry<'b, 'a> {
    Stored(io::Take<&'b mut Buf<'a>>),
    Deflated(Inflate<io::Take<&'b mut Buf<'a>>>),
    /// Deflated with a data descriptor: ends where the deflate stream ends.
    DeflatedOpen(Inflate<&'b mut Buf<'a>>),
}

impl Read for Entry<'_, '_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self {
            Entry::Stored(r) => r.read(out),
            Entry::Deflated(r) => r.read(out),
            Entry::DeflatedOpen(r) => r.read(out),
        }
    }
}

impl Entry<'_, '_> {
    /// Move past the rest of the entry (and its data descriptor).
    fn finish(self) -> io::Result<()> {
        let rest = match self {
            Entry::Stored(t) => t,
            // Skip the compressed rest without inflating it.
            Entry::Deflated(inf) => inf.into_inner(),
            Entry::DeflatedOpen(mut inf) => {
                io::copy(&mut inf, &mut io::sink())?;
                return skip_descriptor(inf.into_inner());
            }
        };
        let want = rest.limit();
        let mut rest = rest;
        let got = io::copy(&mut rest, &mut io::sink())?;
        if got < want {
            return Err(truncated(io::ErrorKind::UnexpectedEof.into()));
        }
        Ok(())
    }
}

/// Skip a data descriptor: optional signature, CRC, then 32- or 64-bit sizes.
fn skip_descriptor(input: &mut Buf<'_>) -> io::Result<()> {
    if input.peek(4)? == SIG_DESCRIPTOR {
        input.consume(4);
    }
    input.skip(12)?;
    let next = input.peek(4)?;
    if !next.is_empty() && !is_signature(next) {
        input.skip(8)?;
    }
    Ok(())
}

fn is_signature(b: &[u8]) -> bool {
    [SIG_LOCAL, SIG_CENTRAL, SIG_END, SIG_END64].contains(&b)
}

/// What the entries of one archive level said about the archive itself.
#[derive(Default)]
struct Level {
    poms: Vec<Props>,
    manifest: Manifest,
}

/// groupId, artifactId, version.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Props {
    group: String,
    artifact: String,
    version: String,
}

impl Props {
    fn valid(&self) -> bool {
        !self.group.is_empty() && !self.artifact.is_empty() && !self.version.is_empty()
    }

    fn package(&self, inner: &str) -> Package {
        let mut p = Package::new(
            Ecosystem::Maven,
            format!("{}:{}", self.group, self.artifact),
            self.version.clone(),
        );
        p.path = inner.to_owned();
        p
    }
}

/// Parse one archive level from `input` (positioned at a local header).
/// `name` is the archive's file name, `inner` its path inside the file
/// (empty for the file itself). Packages go to `found` even when an error
/// stops the walk part-way.
fn parse_archive(
    input: &mut Buf<'_>,
    name: &str,
    inner: &str,
    depth: u32,
    ctx: &Ctx<'_>,
    found: &mut Found,
) -> io::Result<()> {
    let mut level = Level::default();
    let res = walk(input, inner, depth, ctx, found, &mut level);
    let own = file_name_props(name);
    let mut own_pom = false;
    for p in &level.poms {
        if p.valid() {
            found.packages.push(p.package(inner));
            if p.artifact == own.artifact && p.version == own.version {
                own_pom = true;
            }
        }
    }
    if !own_pom {
        let m = level.manifest.props();
        if m.valid() {
            found.packages.push(m.package(inner));
        }
    }
    res
}

/// Walk the local headers of one archive level.
fn walk(
    input: &mut Buf<'_>,
    inner: &str,
    depth: u32,
    ctx: &Ctx<'_>,
    found: &mut Found,
    level: &mut Level,
) -> io::Result<()> {
    let mut depth_warned = false;
    loop {
        let sig = input.peek(4)?;
        if sig.len() < 4 {
            return Err(content("archive ends before its central directory"));
        }
        if sig != SIG_LOCAL {
            if is_signature(sig) {
                return Ok(());
            }
            return Err(content("unexpected data between archive entries"));
        }
        input.consume(4);
        let h: [u8; 26] = input.array()?;
        let u16_at = |i: usize| u16::from_le_bytes([h[i], h[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes([h[i], h[i + 1], h[i + 2], h[i + 3]]);
        let flags = u16_at(2);
        let method = u16_at(4);
        let mut csize = u64::from(u32_at(14));
        let mut usize_ = u64::from(u32_at(18));
        let name_len = u16_at(22);
        let extra_len = u16_at(24);
        let mut name = vec![0u8; usize::from(name_len)];
        input.read_exact(&mut name).map_err(truncated)?;
        let mut extra = vec![0u8; usize::from(extra_len)];
        input.read_exact(&mut extra).map_err(truncated)?;
        zip64_sizes(&extra, &mut usize_, &mut csize);
        let name = String::from_utf8_lossy(&name).into_owned();
        let descriptor = flags & 8 != 0;
        let encrypted = flags & 1 != 0;

        let kind = classify(&name);
        if (encrypted || !matches!(method, 0 | 8)) && !descriptor {
            input.skip(csize).map_err(truncated)?;
            continue;
        }
        if encrypted || !matches!(method, 0 | 8) {
            return Err(content(format!(
                "entry {name}: cannot find the end of an encrypted or method-{method} entry with a data descriptor"
            )));
        }
        if method == 0 && descriptor {
            return Err(content(format!(
                "entry {name}: a STORED entry with a data descriptor cannot be delimited in a stream; rest of the archive skipped"
            )));
        }
        if kind == Kind::Other && !descriptor {
            input.skip(csize).map_err(truncated)?;
            continue;
        }
        let mut entry = match (method, descriptor) {
            (0, _) => Entry::Stored((&mut *input).take(csize)),
            (_, false) => Entry::Deflated(Inflate::new((&mut *input).take(csize), false)),
            (_, true) => Entry::DeflatedOpen(Inflate::new(&mut *input, false)),
        };
        let res = read_entry(&mut entry, &name, kind, inner, depth, ctx, found, level);
        match res {
            Ok(Some(w)) => {
                if w == DEPTH_WARNING {
                    if !depth_warned {
                        found.warnings.push(w);
                    }
                    depth_warned = true;
                } else {
                    found.warnings.push(w);
                }
            }
            Ok(None) => {}
            Err(e) => return Err(annotate(e, &name)),
        }
        entry.finish().map_err(|e| annotate(truncated(e), &name))?;
    }
}

const DEPTH_WARNING: &str = "archives nested more than 4 levels deep are not read";

/// Say which entry an error is about (deflate errors do not).
fn annotate(e: io::Error, name: &str) -> io::Error {
    if e.kind() == io::ErrorKind::InvalidData && !e.to_string().starts_with("entry ") {
        io::Error::new(e.kind(), format!("entry {name}: {e}"))
    } else {
        e
    }
}

/// Which entries are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    PomProperties,
    Manifest,
    Nested,
    Other,
}

fn classify(name: &str) -> Kind {
    let base = base_name(name);
    if name.ends_with('/') {
        Kind::Other
    } else if base == "pom.properties" {
        Kind::PomProperties
    } else if base == "MANIFEST.MF" {
        Kind::Manifest
    } else if [".jar", ".war", ".ear"].iter().any(|e| base.ends_with(e)) {
        Kind::Nested
    } else {
        Kind::Other
    }
}

/// Read one entry that matters. Returns a warning that does not stop the
/// walk (a nested archive's own problems); an `Err` stops this level.
#[allow(clippy::too_many_arguments)]
fn read_entry(
    entry: &mut Entry<'_, '_>,
    name: &str,
    kind: Kind,
    inner: &str,
    depth: u32,
    ctx: &Ctx<'_>,
    found: &mut Found,
    level: &mut Level,
) -> io::Result<Option<String>> {
    match kind {
        Kind::Other => Ok(None),
        Kind::PomProperties | Kind::Manifest => {
            let mut data = Vec::new();
            (&mut *entry).take(MAX_SMALL + 1).read_to_end(&mut data)?;
            if data.len() as u64 > MAX_SMALL {
                return Ok(Some(format!(
                    "entry {name} is larger than 64 KiB and was skipped"
                )));
            }
            let text = String::from_utf8_lossy(&data);
            if kind == Kind::PomProperties {
                level.poms.push(pom_properties(&text));
            } else {
                level.manifest = Manifest::parse(&text);
            }
            Ok(None)
        }
        Kind::Nested => {
            if depth >= MAX_DEPTH {
                return Ok(Some(DEPTH_WARNING.into()));
            }
            let path = if inner.is_empty() {
                name.to_owned()
            } else {
                format!("{inner}!{name}")
            };
            let mut nested = Buf::new(entry);
            let head = nested.peek(4)?;
            if head.is_empty() {
                return Ok(None);
            }
            if !is_signature(head) {
                return Ok(Some(format!("{path}: not a ZIP archive")));
            }
            let res = parse_archive(
                &mut nested,
                base_name(name),
                &path,
                depth.saturating_add(1),
                ctx,
                found,
            );
            match res {
                Ok(()) => Ok(None),
                Err(e) if ctx.failed.get() => Err(e),
                // If the outer entry's own data is broken, `Entry::finish`
                // fails next and stops the outer level too.
                Err(e) => Ok(Some(format!("{path}: {e}"))),
            }
        }
    }
}

/// Read the 64-bit sizes from a ZIP64 extra field where the header says so.
fn zip64_sizes(extra: &[u8], usize_: &mut u64, csize: &mut u64) {
    let mut rest = extra;
    while let [a, b, c, d, tail @ ..] = rest {
        let id = u16::from_le_bytes([*a, *b]);
        let len = usize::from(u16::from_le_bytes([*c, *d]));
        let Some(body) = tail.get(..len) else { return };
        if id == 1 {
            let mut fields = body.chunks_exact(8).map(|c| {
                let mut x = [0u8; 8];
                x.copy_from_slice(c);
                u64::from_le_bytes(x)
            });
            if *usize_ == u64::from(u32::MAX) {
                if let Some(v) = fields.next() {
                    *usize_ = v;
                }
            }
            if *csize == u64::from(u32::MAX) {
                if let Some(v) = fields.next() {
                    *csize = v;
                }
            }
            return;
        }
        rest = tail.get(len..).unwrap_or(&[]);
    }
}

/// `groupId=`, `artifactId=`, `version=` lines (as Trivy reads them).
fn pom_properties(text: &str) -> Props {
    let mut p = Props::default();
    for line in text.lines() {
        let line = line.trim();
        if let Some(v) = line.strip_prefix("groupId=") {
            p.group = v.to_owned();
        } else if let Some(v) = line.strip_prefix("artifactId=") {
            p.artifact = v.to_owned();
        } else if let Some(v) = line.strip_prefix("version=") {
            p.version = v.to_owned();
        }
    }
    p
}

/// artifactId and version from a file name like `spring-core-5.3.4-SNAPSHOT.jar`
/// (Trivy's `^([a-zA-Z0-9\._-]*[^-*])-(\d\S*(?:-SNAPSHOT)?).jar$`).
fn file_name_props(name: &str) -> Props {
    let none = Props::default();
    // `.jar` in the pattern is any character followed by `jar`.
    let Some(stem) = name.strip_suffix("jar") else {
        return none;
    };
    let mut chars = stem.chars();
    if chars.next_back().is_none() {
        return none;
    }
    let stem = chars.as_str();
    // The artifact part is greedy: try the last `-` first.
    for (i, _) in stem.rmatch_indices('-') {
        let (Some(artifact), Some(version)) = (stem.get(..i), stem.get(i + 1..)) else {
            continue;
        };
        let version_ok = version.starts_with(|c: char| c.is_ascii_digit())
            && !version.chars().any(char::is_whitespace);
        let mut a = artifact.chars();
        let artifact_ok = match a.next_back() {
            Some(last) => {
                last != '-'
                    && last != '*'
                    && a.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            }
            None => false,
        };
        if version_ok && artifact_ok {
            return Props {
                group: String::new(),
                artifact: artifact.to_owned(),
                version: version.to_owned(),
            };
        }
    }
    none
}

/// The main-section attributes of a MANIFEST.MF that Trivy uses.
#[derive(Debug, Default)]
struct Manifest {
    implementation_version: String,
    implementation_title: String,
    implementation_vendor: String,
    implementation_vendor_id: String,
    specification_title: String,
    specification_version: String,
    specification_vendor: String,
    bundle_name: String,
    bundle_version: String,
    bundle_symbolic_name: String,
}

impl Manifest {
    fn parse(text: &str) -> Manifest {
        let mut m = Manifest::default();
        let mut attr = String::new();
        // Lines end with CRLF, LF or a lone CR.
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for line in text.split('\n') {
            if line.is_empty() {
                break;
            }
            if let Some(cont) = line.strip_prefix(' ') {
                attr.push_str(cont);
                continue;
            }
            m.add(&attr);
            attr.clear();
            attr.push_str(line);
        }
        m.add(&attr);
        m
    }

    fn add(&mut self, line: &str) {
        let mut fields = line.split_whitespace();
        match (fields.next(), fields.next()) {
            (Some(_), Some(v)) if !v.starts_with('%') => {}
            _ => return,
        }
        let slots: [(&str, &mut String); 10] = [
            ("Implementation-Version:", &mut self.implementation_version),
            ("Implementation-Title:", &mut self.implementation_title),
            ("Implementation-Vendor:", &mut self.implementation_vendor),
            (
                "Implementation-Vendor-Id:",
                &mut self.implementation_vendor_id,
            ),
            ("Specification-Version:", &mut self.specification_version),
            ("Specification-Title:", &mut self.specification_title),
            ("Specification-Vendor:", &mut self.specification_vendor),
            ("Bundle-Version:", &mut self.bundle_version),
            ("Bundle-Name:", &mut self.bundle_name),
            ("Bundle-SymbolicName:", &mut self.bundle_symbolic_name),
        ];
        for (key, slot) in slots {
            if let Some(v) = line.strip_prefix(key) {
                *slot = v.to_owned();
                return;
            }
        }
    }

    fn props(&self) -> Props {
        let first = |vals: &[&String]| {
            vals.iter()
                .find(|v| !v.is_empty())
                .map(|v| v.trim().to_owned())
        };
        let group = if !self.implementation_vendor_id.is_empty() {
            Some(self.implementation_vendor_id.trim().to_owned())
        } else if !self.bundle_symbolic_name.is_empty() {
            let s = &self.bundle_symbolic_name;
            Some(
                s.rsplit_once('.')
                    .map_or(s.as_str(), |(g, _)| g)
                    .trim()
                    .to_owned(),
            )
        } else {
            first(&[&self.implementation_vendor, &self.specification_vendor])
        };
        let artifact = first(&[
            &self.implementation_title,
            &self.specification_title,
            &self.bundle_name,
        ]);
        let version = first(&[
            &self.implementation_version,
            &self.specification_version,
            &self.bundle_version,
        ]);
        match (group, artifact, version) {
            (Some(group), Some(artifact), Some(version)) => Props {
                group,
                artifact,
                version,
            },
            _ => Props::default(),
        }
    }
}

/// Drop exact repeats (same name, version and path), keeping the first.
fn dedup(pkgs: &mut Vec<Package>) {
    let mut seen = std::collections::HashSet::new();
    pkgs.retain(|p| seen.insert((p.name.clone(), p.version.clone(), p.path.clone())));
}

#[cfg(test)]
mod tests;
