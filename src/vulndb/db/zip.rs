//! A small, bounded reader for ZIP archives (the OSV `all.zip` exports): it
//! walks the central directory (ZIP64 included) and inflates stored or
//! deflated members, checking each member's CRC-32. Nothing else of ZIP is
//! supported (no encryption, no multi-disk, no other compression methods).

use crate::{Error, ErrorKind, Result};
use std::io::{Read, Seek, SeekFrom};

/// Largest member we inflate (one OSV record is a few KiB; this only stops bombs).
pub const MAX_MEMBER: u64 = 64 << 20;
/// Largest central directory we read.
const MAX_CDIR: u64 = 256 << 20;

/// One member of the archive, as the central directory describes it.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    method: u16,
    crc: u32,
    comp_size: u64,
    size: u64,
    local_offset: u64,
}

fn bad(file: &str, msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Malformed, file, msg)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

fn read_at<R: Read + Seek>(r: &mut R, file: &str, off: u64, len: u64) -> Result<Vec<u8>> {
    r.seek(SeekFrom::Start(off))
        .map_err(|e| Error::io(file, &e))?;
    let mut buf = Vec::new();
    r.take(len)
        .read_to_end(&mut buf)
        .map_err(|e| Error::io(file, &e))?;
    if buf.len() as u64 != len {
        return Err(bad(file, "truncated zip archive"));
    }
    Ok(buf)
}

/// List the members of the archive from its central directory.
pub fn members<R: Read + Seek>(r: &mut R, file: &str) -> Result<Vec<Member>> {
    let len = r.seek(SeekFrom::End(0)).map_err(|e| Error::io(file, &e))?;
    let tail_len = len.min(22 + 65535);
    let tail = read_at(r, file, len - tail_len, tail_len)?;
    let eocd = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| tail.get(i..i + 4) == Some(b"PK\x05\x06"))
        .ok_or_else(|| bad(file, "not a zip archive (no end of central directory)"))?;
    let eocd_pos = len - tail_len + eocd as u64;
    let e = tail.get(eocd..).unwrap_or_default();
    let field = |v: Option<u64>| v.ok_or_else(|| bad(file, "truncated end of central directory"));
    let mut count = field(u16_at(e, 10).map(u64::from))?;
    let mut cd_size = field(u32_at(e, 12).map(u64::from))?;
    let mut cd_off = field(u32_at(e, 16).map(u64::from))?;
    if count == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_off == 0xFFFF_FFFF {
        // ZIP64: the locator sits just before the classic record.
        let loc_pos = eocd_pos
            .checked_sub(20)
            .ok_or_else(|| bad(file, "missing ZIP64 locator"))?;
        let loc = read_at(r, file, loc_pos, 20)?;
        if loc.get(0..4) != Some(b"PK\x06\x07") {
            return Err(bad(file, "missing ZIP64 locator"));
        }
        let z_off = field(u64_at(&loc, 8))?;
        let z = read_at(r, file, z_off, 56)?;
        if z.get(0..4) != Some(b"PK\x06\x06") {
            return Err(bad(file, "bad ZIP64 end of central directory"));
        }
        count = field(u64_at(&z, 32))?;
        cd_size = field(u64_at(&z, 40))?;
        cd_off = field(u64_at(&z, 48))?;
    }
    if cd_size > MAX_CDIR || cd_off.checked_add(cd_size).is_none_or(|end| end > len) {
        return Err(bad(file, "central directory out of bounds"));
    }
    let cd = read_at(r, file, cd_off, cd_size)?;
    let mut out = Vec::new();
    let mut p = 0usize;
    for _ in 0..count {
        let h = cd
            .get(p..p + 46)
            .ok_or_else(|| bad(file, "truncated central directory"))?;
        if h.get(0..4) != Some(b"PK\x01\x02") {
            return Err(bad(file, "bad central directory entry"));
        }
        let g = |v: Option<u64>| v.ok_or_else(|| bad(file, "truncated central directory"));
        let flags = g(u16_at(h, 8).map(u64::from))?;
        let method = g(u16_at(h, 10).map(u64::from))? as u16;
        let crc = g(u32_at(h, 16).map(u64::from))? as u32;
        let mut comp_size = g(u32_at(h, 20).map(u64::from))?;
        let mut size = g(u32_at(h, 24).map(u64::from))?;
        let name_len = g(u16_at(h, 28).map(u64::from))? as usize;
        let extra_len = g(u16_at(h, 30).map(u64::from))? as usize;
        let comment_len = g(u16_at(h, 32).map(u64::from))? as usize;
        let mut local_offset = g(u32_at(h, 42).map(u64::from))?;
        let name_bytes = cd
            .get(p + 46..p + 46 + name_len)
            .ok_or_else(|| bad(file, "truncated central directory"))?;
        let extra = cd
            .get(p + 46 + name_len..p + 46 + name_len + extra_len)
            .ok_or_else(|| bad(file, "truncated central directory"))?;
        // ZIP64 extended information: present fields follow in a fixed order.
        let mut x = 0usize;
        while let (Some(id), Some(sz)) = (u16_at(extra, x), u16_at(extra, x + 2)) {
            let body = extra.get(x + 4..x + 4 + sz as usize).unwrap_or_default();
            if id == 1 {
                let mut q = 0usize;
                for v in [&mut size, &mut comp_size, &mut local_offset] {
                    if *v == 0xFFFF_FFFF {
                        *v = u64_at(body, q).ok_or_else(|| bad(file, "bad ZIP64 extra field"))?;
                        q += 8;
                    }
                }
            }
            x += 4 + sz as usize;
        }
        if flags & 1 != 0 {
            return Err(Error::new(
                ErrorKind::Unsupported,
                file,
                "encrypted zip member",
            ));
        }
        out.push(Member {
            name: String::from_utf8_lossy(name_bytes).into_owned(),
            method,
            crc,
            comp_size,
            size,
            local_offset,
        });
        p += 46 + name_len + extra_len + comment_len;
    }
    Ok(out)
}

/// Read and inflate one member, checking its size and CRC-32.
pub fn read_member<R: Read + Seek>(r: &mut R, file: &str, m: &Member) -> Result<Vec<u8>> {
    let what = format!("{file}: {}", m.name);
    if m.size > MAX_MEMBER || m.comp_size > MAX_MEMBER {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            what,
            "zip member too large",
        ));
    }
    let lh = read_at(r, &what, m.local_offset, 30)?;
    if lh.get(0..4) != Some(b"PK\x03\x04") {
        return Err(bad(&what, "bad local file header"));
    }
    let skip = u16_at(&lh, 26).unwrap_or(0) as u64 + u16_at(&lh, 28).unwrap_or(0) as u64;
    let start = m
        .local_offset
        .checked_add(30 + skip)
        .ok_or_else(|| bad(&what, "member offset out of bounds"))?;
    let data = read_at(r, &what, start, m.comp_size)?;
    let out = match m.method {
        0 => data,
        8 => {
            let mut out = Vec::new();
            flate2::read::DeflateDecoder::new(data.as_slice())
                .take(m.size + 1)
                .read_to_end(&mut out)
                .map_err(|e| bad(&what, format!("bad deflate data: {e}")))?;
            out
        }
        other => {
            return Err(Error::new(
                ErrorKind::Unsupported,
                what,
                format!("zip compression method {other} (only stored and deflate)"),
            ))
        }
    };
    let mut crc = flate2::Crc::new();
    crc.update(&out);
    if out.len() as u64 != m.size || crc.sum() != m.crc {
        return Err(bad(&what, "zip member size or CRC-32 mismatch"));
    }
    Ok(out)
}
