//! A framing guard for tar streams read with the `tar` crate.
//!
//! The crate reads a GNU long name (`L`), long link name (`K`) or PAX
//! extended header (`x`) whole into memory, whatever size its header
//! claims. [`HeaderGuard`] sits between the crate and the bytes, follows the
//! archive's 512-byte header blocks as they pass, and fails the read that
//! completes such a header when it claims more than a cap: a clean error
//! ([`HeaderTooLarge`]) before anything is allocated. It also records whether
//! the archive ended with its end-of-archive marker (a zero block) or simply
//! stopped, which is how a tarball cut at an entry boundary is told apart
//! from a complete one.
//!
//! The guard frames entries exactly as `tar` 0.4 does (the header's size or
//! a preceding PAX `size` record, GNU sparse extension blocks, data padded
//! to 512 bytes), using the crate's own header parsing. On anything the crate
//! itself rejects (a bad checksum, an unreadable size) it stops tracking and
//! lets the crate's error through; it never rejects what the crate accepts,
//! except an oversized extension header.

use std::io::{self, Read, Seek, SeekFrom};

/// Largest GNU long name, long link name or PAX extended header accepted.
/// Real ones are a few hundred bytes (paths are at most 4 KiB on Linux; PAX
/// headers also carry xattrs of at most 64 KiB each).
pub const MAX_EXTENSION_HEADER: u64 = 1 << 20;

/// Longest entry name or link target accepted (Linux's `PATH_MAX`): every
/// name is kept in memory for the whole scan, so names up to the extension
/// header cap would let a tiny layer pin gigabytes.
pub const MAX_NAME: usize = 4096;

const BLOCK: u64 = 512;

/// `None` if `name` fits in [`MAX_NAME`], else why not (`what`: "entry
/// name", "link target").
pub fn name_too_long(what: &str, name: &[u8]) -> Option<String> {
    (name.len() > MAX_NAME).then(|| {
        let start = String::from_utf8_lossy(&name[..60]);
        format!(
            "{what} \"{start}...\" is {} bytes, longer than {MAX_NAME} (Linux's PATH_MAX)",
            name.len()
        )
    })
}

/// An extension header claimed more bytes than the cap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderTooLarge {
    /// `L`, `K` or `x`.
    pub kind: u8,
    /// The size the header claims.
    pub size: u64,
    pub cap: u64,
    /// Offset of the header in the (uncompressed) tar stream.
    pub offset: u64,
}

impl std::fmt::Display for HeaderTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.kind {
            b'L' => "GNU long name",
            b'K' => "GNU long link name",
            _ => "PAX extended header",
        };
        write!(
            f,
            "tar extension header too large: a {what} of {} bytes at offset {} (the limit is {} bytes)",
            self.size, self.offset, self.cap
        )
    }
}

impl std::error::Error for HeaderTooLarge {}

/// The [`HeaderTooLarge`] inside an I/O error returned through the `tar` crate, if any.
pub fn too_large(e: &io::Error) -> Option<&HeaderTooLarge> {
    e.get_ref()?.downcast_ref::<HeaderTooLarge>()
}

/// The PAX `size` record, read as the `tar` crate reads it (the first
/// `size` key; nothing if a record before it is malformed).
pub fn pax_size<'a>(exts: impl Iterator<Item = io::Result<tar::PaxExtension<'a>>>) -> Option<u64> {
    for ext in exts {
        let ext = ext.ok()?;
        if ext.key() != Ok("size") {
            continue;
        }
        return ext.value().ok()?.parse().ok();
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// The next block at `next` is a header.
    Header,
    /// The next block is a GNU sparse extension block; the entry's data
    /// (`size` bytes) follows the last one.
    SparseExt { size: u64 },
    /// A zero block: the end-of-archive marker.
    Ended,
    /// The crate will fail on this stream (or the guard lost the framing):
    /// stop tracking.
    Lost,
}

/// A PAX extended header's data, collected as it passes.
struct Capture {
    start: u64,
    end: u64,
    buf: Vec<u8>,
}

/// See the module documentation.
pub struct HeaderGuard<R> {
    inner: R,
    cap: u64,
    /// Stream offset of the next byte `inner` returns.
    pos: u64,
    /// Offset of the next header or sparse extension block.
    next: u64,
    block: [u8; 512],
    fill: usize,
    state: State,
    capture: Option<Capture>,
    /// The last PAX extended header's data, for the next entry's `size`.
    pax: Option<Vec<u8>>,
    tripped: Option<HeaderTooLarge>,
}

impl<R> HeaderGuard<R> {
    /// Guard a stream positioned at the start of a tar archive.
    pub fn new(inner: R, cap: u64) -> Self {
        HeaderGuard {
            inner,
            cap,
            pos: 0,
            next: 0,
            block: [0; 512],
            fill: 0,
            state: State::Header,
            capture: None,
            pax: None,
            tripped: None,
        }
    }

    /// Whether the archive's end-of-archive marker went by.
    pub fn ended(&self) -> bool {
        self.state == State::Ended
    }

    /// Follow the framing over `data`, the bytes at `self.pos`.
    fn observe(&mut self, data: &[u8]) -> Result<(), HeaderTooLarge> {
        let mut i = 0;
        while i < data.len() && matches!(self.state, State::Header | State::SparseExt { .. }) {
            let at = self.pos + i as u64;
            if at < self.next {
                let avail = (data.len() - i) as u64;
                let take = usize::try_from((self.next - at).min(avail)).unwrap_or(data.len() - i);
                if let Some(c) = self.capture.as_mut() {
                    let lo = at.max(c.start);
                    let hi = (at + take as u64).min(c.end);
                    if lo < hi {
                        let a = usize::try_from(lo - at).unwrap_or(0);
                        let b = usize::try_from(hi - at).unwrap_or(0);
                        c.buf.extend_from_slice(&data[i + a..i + b]);
                    }
                }
                i += take;
                continue;
            }
            let take = (512 - self.fill).min(data.len() - i);
            self.block[self.fill..self.fill + take].copy_from_slice(&data[i..i + take]);
            self.fill += take;
            i += take;
            if self.fill == 512 {
                self.fill = 0;
                self.on_block()?;
            }
        }
        Ok(())
    }

    fn on_block(&mut self) -> Result<(), HeaderTooLarge> {
        let offset = self.next;
        self.next += BLOCK;
        if let State::SparseExt { size } = self.state {
            // GnuExtSparseHeader: 21 sparse records of 24 bytes, then `isextended`.
            if self.block[504] != 1 {
                self.state = State::Header;
                self.advance(size);
            }
            return Ok(());
        }
        if let Some(c) = self.capture.take() {
            self.pax = (c.buf.len() as u64 == c.end - c.start).then_some(c.buf);
        }
        if self.block.iter().all(|&b| b == 0) {
            self.state = State::Ended;
            return Ok(());
        }
        let mut h = tar::Header::new_old();
        h.as_mut_bytes().copy_from_slice(&self.block);
        let sum: u32 = self.block[..148]
            .iter()
            .chain(&self.block[156..])
            .map(|&b| u32::from(b))
            .sum::<u32>()
            + 8 * 32;
        if h.cksum().ok() != Some(sum) {
            self.state = State::Lost;
            return Ok(());
        }
        let ty = h.entry_type();
        let extension = ty.is_gnu_longname()
            || ty.is_gnu_longlink()
            || ty.is_pax_local_extensions()
            || ty.is_pax_global_extensions();
        let Ok(mut size) = h.entry_size() else {
            self.state = State::Lost;
            return Ok(());
        };
        if !extension {
            if let Some(s) = self
                .pax
                .as_deref()
                .and_then(|p| pax_size(tar::PaxExtensions::new(p)))
            {
                size = s;
            }
        }
        let recognized = h.as_gnu().is_some() || h.as_ustar().is_some();
        let read_whole = recognized
            && (ty.is_gnu_longname() || ty.is_gnu_longlink() || ty.is_pax_local_extensions());
        if read_whole {
            if size > self.cap {
                let t = HeaderTooLarge {
                    kind: h.as_bytes()[156],
                    size,
                    cap: self.cap,
                    offset,
                };
                self.tripped = Some(t.clone());
                return Err(t);
            }
            if ty.is_pax_local_extensions() {
                self.capture = Some(Capture {
                    start: self.next,
                    end: self.next + size,
                    buf: Vec::with_capacity(usize::try_from(size).unwrap_or(0)),
                });
            }
        } else {
            self.pax = None;
            if ty.is_gnu_sparse() && h.as_gnu().is_some_and(|g| g.is_extended()) {
                self.state = State::SparseExt { size };
                return Ok(());
            }
        }
        self.advance(size);
        Ok(())
    }

    /// Skip `size` bytes of entry data, padded to a block.
    fn advance(&mut self, size: u64) {
        match size
            .checked_add(BLOCK - 1)
            .and_then(|s| self.next.checked_add(s & !(BLOCK - 1)))
        {
            Some(n) => self.next = n,
            None => self.state = State::Lost,
        }
    }
}

impl<R: Read> Read for HeaderGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(t) = &self.tripped {
            return Err(io::Error::new(io::ErrorKind::InvalidData, t.clone()));
        }
        let n = self.inner.read(buf)?;
        let r = self.observe(&buf[..n]);
        self.pos += n as u64;
        match r {
            Ok(()) => Ok(n),
            Err(t) => Err(io::Error::new(io::ErrorKind::InvalidData, t)),
        }
    }
}

impl<R: Seek> Seek for HeaderGuard<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        if let Some(t) = &self.tripped {
            return Err(io::Error::new(io::ErrorKind::InvalidData, t.clone()));
        }
        let p = self.inner.seek(pos)?;
        // The crate seeks only forward over entry data, to the next header.
        if matches!(self.state, State::Header | State::SparseExt { .. })
            && (p < self.pos || p > self.next || (self.fill > 0 && p != self.pos))
        {
            self.state = State::Lost;
        }
        self.pos = p;
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(name: &str, kind: u8, size: u64) -> [u8; 512] {
        let mut h = tar::Header::new_gnu();
        h.as_mut_bytes()[..name.len()].copy_from_slice(name.as_bytes());
        h.set_entry_type(tar::EntryType::new(kind));
        h.set_size(size);
        h.set_mode(0o644);
        h.set_cksum();
        let mut b = [0u8; 512];
        b.copy_from_slice(h.as_bytes());
        b
    }

    fn entry(out: &mut Vec<u8>, name: &str, kind: u8, data: &[u8]) {
        out.extend_from_slice(&header(name, kind, data.len() as u64));
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }

    /// Read through the guard with the crate, in small reads.
    fn names(bytes: &[u8]) -> (io::Result<Vec<String>>, bool) {
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(7).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut a = tar::Archive::new(HeaderGuard::new(Trickle(bytes), 4096));
        let r = (|| {
            let mut v = Vec::new();
            for e in a.entries()? {
                let e = e?;
                v.push(String::from_utf8_lossy(&e.path_bytes()).into_owned());
            }
            Ok(v)
        })();
        let ended = a.into_inner().ended();
        (r, ended)
    }

    #[test]
    fn follows_long_names_and_pax_sizes() {
        let mut t = Vec::new();
        let long = "d/".repeat(200) + "file";
        entry(
            &mut t,
            "././@LongLink",
            b'L',
            format!("{long}\0").as_bytes(),
        );
        entry(&mut t, "short", b'0', b"abc");
        // A PAX size overrides the header's (here: 0) for the next entry.
        let rec = "13 size=1000\n";
        entry(&mut t, "pax", b'x', rec.as_bytes());
        t.extend_from_slice(&header("big", b'0', 0));
        t.extend_from_slice(&[b'L'; 1024]); // data that looks like anything
        entry(&mut t, "after", b'0', b"z");
        t.extend_from_slice(&[0; 1024]);
        let (r, ended) = names(&t);
        assert_eq!(r.unwrap(), vec![long, "big".into(), "after".into()]);
        assert!(ended);
        // Without the end-of-archive marker.
        let (r, ended) = names(&t[..t.len() - 1024]);
        assert_eq!(r.unwrap().len(), 3);
        assert!(!ended);
    }

    #[test]
    fn refuses_oversized_extension_headers() {
        for kind in [b'L', b'K', b'x'] {
            let mut t = Vec::new();
            entry(&mut t, "ok", b'0', b"x");
            t.extend_from_slice(&header("././@LongLink", kind, 1 << 30));
            t.extend_from_slice(&[b'a'; 8192]);
            let (r, _) = names(&t);
            let e = r.unwrap_err();
            let tl = too_large(&e).expect("a HeaderTooLarge error");
            assert_eq!((tl.kind, tl.size, tl.offset), (kind, 1 << 30, 1024));
        }
        // At the cap: read normally.
        let mut t = Vec::new();
        entry(&mut t, "././@LongLink", b'L', &[b'n'; 4096]);
        entry(&mut t, "x", b'0', b"");
        t.extend_from_slice(&[0; 1024]);
        assert_eq!(names(&t).0.unwrap()[0].len(), 4096);
    }
}
