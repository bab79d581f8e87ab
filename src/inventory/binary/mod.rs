//! Packages found in files as they stream through the layer walk, without
//! keeping the file: Go build info in binaries, cargo-auditable data in Rust
//! binaries, and Java archives (including nested jars). Only bounded
//! prefixes and windows are held in memory.
//!
//! [`analyze`] is called for every regular file the walk does not capture
//! and decides cheaply:
//!
//! * a path ending `.jar`, `.war`, `.ear`, `.par`, `.jpi` or `.hpi` is
//!   streamed as a ZIP archive by [`java`];
//! * a file without any execute bit costs nothing: not a byte is read
//!   (Trivy's Go and Rust binary analysers also look only at executables);
//! * an executable costs a 4-byte prefix read; only ELF, PE and Mach-O
//!   magics go on to the single pass of [`scan_executable`], which looks
//!   for Go build info ([`go`]) and cargo-auditable data ([`rust`]) in the
//!   same pass over a sliding window, and stops reading at the first hit.

pub mod go;
pub mod java;
pub mod rust;

use super::Found;
use flate2::{Decompress, FlushDecompress, Status};
use std::io::{self, BufRead, Read};

/// Analyse one regular file of a layer while its bytes stream by. `r` yields
/// the file's content (`size` bytes); read what is needed (or nothing).
/// Returns what was found, if anything. An `Err` is a failure of the layer
/// stream itself (it aborts the scan); problems with the file's own content
/// go into `Found::warnings`.
pub fn analyze(path: &str, size: u64, mode: u32, r: &mut dyn Read) -> io::Result<Option<Found>> {
    let found = if java::wants(path) {
        java::analyze(path, r)?
    } else {
        if mode & 0o111 == 0 || size < 4 {
            return Ok(None);
        }
        let mut prefix = [0u8; 4];
        if read_full(r, &mut prefix)? < prefix.len() || !is_executable_magic(&prefix) {
            return Ok(None);
        }
        scan_executable(&prefix, r)?
    };
    if found.packages.is_empty() && found.warnings.is_empty() {
        Ok(None)
    } else {
        Ok(Some(found))
    }
}

/// ELF, PE (`MZ`), Mach-O (both byte orders, 32/64-bit) and universal
/// Mach-O binaries.
fn is_executable_magic(p: &[u8; 4]) -> bool {
    matches!(
        p,
        b"\x7fELF"
            | [b'M', b'Z', _, _]
            | [0xfe, 0xed, 0xfa, 0xce | 0xcf]
            | [0xce | 0xcf, 0xfa, 0xed, 0xfe]
            | [0xca, 0xfe, 0xba, 0xbe]
    )
}

/// Read until `buf` is full or the stream ends; returns how many bytes were read.
pub(crate) fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        let Some(rest) = buf.get_mut(n..) else { break };
        match r.read(rest) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// How many bytes after a candidate position the scan keeps in view before
/// deciding about it (Go header + lengths, a zlib test inflation).
const LOOKAHEAD: usize = 1024;
/// How much is read from the stream at a time.
const CHUNK: usize = 64 << 10;

/// A sliding window over a stream: `buf` holds the bytes from file offset
/// `base`; positions before the scan point are dropped as it advances, so
/// memory stays at about `CHUNK + LOOKAHEAD` unless a parser asks for more
/// (bounded by that parser's own cap).
pub(crate) struct Window<'a> {
    r: &'a mut dyn Read,
    pub(crate) buf: Vec<u8>,
    pub(crate) base: u64,
    pub(crate) eof: bool,
}

impl<'a> Window<'a> {
    pub(crate) fn new(prefix: &[u8], r: &'a mut dyn Read) -> Window<'a> {
        Window {
            r,
            buf: prefix.to_vec(),
            base: 0,
            eof: false,
        }
    }

    /// Read one more chunk; returns how many bytes came.
    pub(crate) fn read_more(&mut self) -> io::Result<usize> {
        if self.eof {
            return Ok(0);
        }
        let old = self.buf.len();
        self.buf.resize(old.saturating_add(CHUNK), 0);
        let res = match self.buf.get_mut(old..) {
            Some(tail) => read_full(self.r, tail),
            None => Ok(0),
        };
        let n = *res.as_ref().unwrap_or(&0);
        self.buf.truncate(old.saturating_add(n));
        let n = res?;
        if n == 0 {
            self.eof = true;
        }
        Ok(n)
    }

    /// Make sure `buf` holds at least `len` bytes unless the stream ends first.
    pub(crate) fn fill_to(&mut self, len: usize) -> io::Result<()> {
        while self.buf.len() < len && !self.eof {
            self.read_more()?;
        }
        Ok(())
    }

    /// Forget the bytes before `idx`.
    fn discard_before(&mut self, idx: usize) {
        let idx = idx.min(self.buf.len());
        self.buf.drain(..idx);
        self.base = self.base.saturating_add(idx as u64);
    }
}

/// One pass over an executable looking for Go build info and
/// cargo-auditable data.
///
/// The window advances chunk by chunk; every position is examined once, and
/// only when `LOOKAHEAD` bytes after it are in view (or the stream has
/// ended), so a magic split across reads is seen whole. At a `0xff` the Go
/// build-info magic is compared; at a `0x78` followed by a valid zlib FCHECK
/// byte, a test inflation decides whether a cargo-auditable JSON starts
/// there. The first hit is parsed (it may read further, bounded) and the
/// scan stops: the walker skips whatever is left of the file.
fn scan_executable(prefix: &[u8], r: &mut dyn Read) -> io::Result<Found> {
    let mut win = Window::new(prefix, r);
    let mut probe = rust::Probe::new();
    let mut pos = 0usize;
    let mut found = Found::default();
    loop {
        if !win.eof && win.buf.len() < pos.saturating_add(LOOKAHEAD).saturating_add(1) {
            win.read_more()?;
            continue;
        }
        let limit = if win.eof {
            win.buf.len()
        } else {
            win.buf.len().saturating_sub(LOOKAHEAD)
        };
        // The next Go build-info magic starting before `limit`: one
        // substring search (0xff, its first byte, is among the commonest
        // bytes of machine code; stopping at each cost more than the rest
        // of the scan).
        let mut go_at = None;
        while pos < limit {
            let go_next = match go_at {
                Some(g) if g >= pos => g,
                _ => {
                    let end = limit.saturating_add(go::MAGIC.len() - 1).min(win.buf.len());
                    let g = win
                        .buf
                        .get(pos..end)
                        .and_then(|s| memchr::memmem::find(s, go::MAGIC))
                        .map_or(limit, |r| pos.saturating_add(r));
                    go_at = Some(g);
                    g
                }
            };
            let zlib_next = win
                .buf
                .get(pos..go_next)
                .and_then(|s| memchr::memchr(0x78, s))
                .map(|r| pos.saturating_add(r));
            pos = match zlib_next {
                Some(z) => z,
                None if go_next < limit => go_next,
                None => {
                    pos = limit;
                    break;
                }
            };
            let here = win.buf.get(pos..).unwrap_or(&[]);
            if here.starts_with(go::MAGIC) {
                let offset = win.base.saturating_add(pos as u64);
                match go::parse_at(&mut win, pos, offset)? {
                    go::Outcome::NotBuildInfo => {}
                    go::Outcome::Found(f) => return Ok(f),
                }
            } else if rust::is_zlib_header(here) && probe.is_dep_info(here) {
                let mut f = rust::extract(&mut win, pos)?;
                found.packages.append(&mut f.packages);
                found.warnings.append(&mut f.warnings);
                return Ok(found);
            }
            pos = pos.saturating_add(1);
        }
        if win.eof {
            return Ok(found);
        }
        win.discard_before(pos);
        pos = 0;
    }
}

/// A `Read` over a raw deflate (or zlib) stream held in a `BufRead` that
/// consumes exactly the compressed bytes, so the data after the stream stays
/// in `inner`. A stream that ends before its final block is an
/// `UnexpectedEof` error, corrupt data an `InvalidData` error.
pub(crate) struct Inflate<B> {
    inner: B,
    d: Decompress,
    done: bool,
}

impl<B: BufRead> Inflate<B> {
    /// `zlib`: whether the stream has a zlib header and trailer.
    pub(crate) fn new(inner: B, zlib: bool) -> Inflate<B> {
        Inflate {
            inner,
            d: Decompress::new(zlib),
            done: false,
        }
    }

    pub(crate) fn into_inner(self) -> B {
        self.inner
    }
}

impl<B: BufRead> Read for Inflate<B> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.done || out.is_empty() {
            return Ok(0);
        }
        loop {
            let input = self.inner.fill_buf()?;
            let eof = input.is_empty();
            let (in0, out0) = (self.d.total_in(), self.d.total_out());
            let flush = if eof {
                FlushDecompress::Finish
            } else {
                FlushDecompress::None
            };
            let status = self
                .d
                .decompress(input, out, flush)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
            let consumed = usize::try_from(self.d.total_in().saturating_sub(in0)).unwrap_or(0);
            let produced = usize::try_from(self.d.total_out().saturating_sub(out0)).unwrap_or(0);
            self.inner.consume(consumed);
            if status == Status::StreamEnd {
                self.done = true;
                return Ok(produced);
            }
            if produced > 0 {
                return Ok(produced);
            }
            if eof {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "compressed stream is truncated",
                ));
            }
            if consumed == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "compressed stream makes no progress",
                ));
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    //! Readers for tests: small reads and counted reads.
    use std::io::{self, Read};

    /// Returns at most `n` bytes per read, to split magics across reads.
    pub struct Dribble<R> {
        pub inner: R,
        pub n: usize,
        pub total: usize,
    }

    impl<R: Read> Read for Dribble<R> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let k = buf.len().min(self.n);
            let got = self.inner.read(&mut buf[..k])?;
            self.total += got;
            Ok(got)
        }
    }

    pub fn dribble(data: &[u8], n: usize) -> Dribble<&[u8]> {
        Dribble {
            inner: data,
            n,
            total: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::dribble;
    use super::*;

    #[test]
    fn text_file_without_exec_bit_reads_nothing() {
        let data = b"just some text\n".repeat(100);
        let mut r = dribble(&data, 7);
        let got = analyze("etc/motd", data.len() as u64, 0o644, &mut r).unwrap();
        assert_eq!(got, None);
        assert_eq!(r.total, 0);
    }

    #[test]
    fn script_costs_a_prefix_read() {
        let data = b"#!/bin/sh\necho hello\n".repeat(1000);
        let mut r = dribble(&data, 4096);
        let got = analyze("usr/bin/hello", data.len() as u64, 0o755, &mut r).unwrap();
        assert_eq!(got, None);
        assert_eq!(r.total, 4);
    }

    #[test]
    fn plain_elf_is_scanned_to_the_end_and_yields_nothing() {
        let mut data = b"\x7fELF\x02\x01\x01".to_vec();
        data.extend((0..300_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
        let mut r = dribble(&data, 7);
        let got = analyze("usr/lib/x.so", data.len() as u64, 0o755, &mut r).unwrap();
        assert_eq!(got, None);
        assert_eq!(r.total, data.len());
    }

    #[test]
    fn inflate_reports_truncation() {
        use flate2::{write::DeflateEncoder, Compression};
        use std::io::Write;
        let mut e = DeflateEncoder::new(Vec::new(), Compression::default());
        e.write_all(&b"hello world ".repeat(500)).unwrap();
        let z = e.finish().unwrap();
        let mut whole = Vec::new();
        Inflate::new(&z[..], false).read_to_end(&mut whole).unwrap();
        assert_eq!(whole.len(), 6000);
        let cut = &z[..z.len() / 2];
        let err = Inflate::new(cut, false).read_to_end(&mut Vec::new());
        assert!(err.is_err());
    }
}
