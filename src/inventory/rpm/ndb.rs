//! rpm's own "ndb" package database (`Packages.db`, SUSE), read-only.
//!
//! All numbers little-endian. A 32-byte header (`RpmP`, version 0,
//! generation, number of 4 KiB slot pages) is followed by the rest of the
//! slot pages: 16-byte slots (`Slot`, package index, block offset, block
//! count; offset 0 means free). Blocks are 16 bytes; a blob starts with a
//! head (`BlbS`, package index, timestamp, length), then the header blob,
//! padding, and a 12-byte tail (Adler-32 of head+blob+padding, length, `BlbE`).

pub(super) const MAGIC: &[u8; 4] = b"RpmP";
const SLOT_MAGIC: &[u8; 4] = b"Slot";
const HEAD_MAGIC: &[u8; 4] = b"BlbS";
const TAIL_MAGIC: &[u8; 4] = b"BlbE";
const PAGE: usize = 4096;
const BLK: usize = 16;

fn le32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Adler-32 (RFC 1950).
fn adler32(parts: &[&[u8]]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for part in parts {
        for chunk in part.chunks(5552) {
            for &x in chunk {
                a += u32::from(x);
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
    }
    (b << 16) | a
}

/// One blob at `blkoff`/`blkcnt` for package `pkgidx`.
fn blob(data: &[u8], pkgidx: u32, blkoff: u32, blkcnt: u32) -> Result<&[u8], String> {
    let start = (blkoff as usize)
        .checked_mul(BLK)
        .ok_or("block offset overflows")?;
    let len = (blkcnt as usize)
        .checked_mul(BLK)
        .ok_or("block count overflows")?;
    let block = start
        .checked_add(len)
        .and_then(|end| data.get(start..end))
        .ok_or_else(|| format!("blob at block {blkoff} (+{blkcnt}) beyond end of file"))?;
    let head = block.get(..16).ok_or("blob shorter than its head")?;
    if head.get(..4) != Some(HEAD_MAGIC.as_slice()) {
        return Err("bad blob magic".into());
    }
    if le32(head, 4) != Some(pkgidx) {
        return Err("blob belongs to another package".into());
    }
    let bloblen = le32(head, 12).unwrap_or(0) as usize;
    let tail_at = len.checked_sub(12).ok_or("blob shorter than its tail")?;
    if bloblen
        .checked_add(16 + 12)
        .is_none_or(|n| n > len || n + BLK <= len)
    {
        return Err(format!(
            "blob length {bloblen} does not match {blkcnt} blocks"
        ));
    }
    let tail = block.get(tail_at..).ok_or("blob tail missing")?;
    if tail.get(8..12) != Some(TAIL_MAGIC.as_slice()) || le32(tail, 4) != Some(bloblen as u32) {
        return Err("bad blob tail".into());
    }
    let body = block.get(16..tail_at).ok_or("blob body missing")?;
    if le32(tail, 0) != Some(adler32(&[head, body])) {
        return Err("blob checksum mismatch".into());
    }
    body.get(..bloblen)
        .ok_or_else(|| "blob body truncated".into())
}

/// Hand each header blob (with its package index) to `sink`; problems go to `problems`.
pub(super) fn read(data: &[u8], sink: &mut dyn FnMut(u64, &[u8]), problems: &mut Vec<String>) {
    if data.get(..4) != Some(MAGIC.as_slice()) {
        problems.push("not an ndb database".into());
        return;
    }
    if le32(data, 4) != Some(0) {
        problems.push("unsupported ndb version".into());
        return;
    }
    let slot_pages = le32(data, 12).unwrap_or(0) as usize;
    if slot_pages == 0 {
        problems.push("no slot pages".into());
        return;
    }
    let slots_end = slot_pages.saturating_mul(PAGE);
    if slots_end > data.len() {
        problems.push(format!(
            "truncated: {slot_pages} slot pages in a {} byte file",
            data.len()
        ));
    }
    // The first two slots are the file header; slots never end past the file.
    let mut at = 32;
    while at + 16 <= slots_end.min(data.len()) {
        let slot = at / 16;
        let entry = data.get(at..at + 16).unwrap_or_default();
        at += 16;
        if entry.get(..4) != Some(SLOT_MAGIC.as_slice()) {
            problems.push(format!("slot {slot}: bad magic, remaining slots skipped"));
            return;
        }
        let (pkgidx, blkoff, blkcnt) = (
            le32(entry, 4).unwrap_or(0),
            le32(entry, 8).unwrap_or(0),
            le32(entry, 12).unwrap_or(0),
        );
        if blkoff == 0 {
            continue;
        }
        if (blkoff as usize).saturating_mul(BLK) < slots_end {
            problems.push(format!("header {pkgidx}: blob inside the slot pages"));
            continue;
        }
        match blob(data, pkgidx, blkoff, blkcnt) {
            Ok(b) => sink(u64::from(pkgidx), b),
            Err(e) => problems.push(format!("header {pkgidx}: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adler32_known_value() {
        assert_eq!(adler32(&[b"Wikipedia"]), 0x11E6_0398);
    }

    #[test]
    fn rejects_garbage() {
        let mut p = Vec::new();
        read(b"RpmP\0\0\0\0", &mut |_, _| {}, &mut p);
        assert!(!p.is_empty());
    }
}
