//! The RPM header blob as package databases store it (no lead, no magic):
//! `il` and `dl` (big-endian u32), `il` index entries of 16 bytes (tag,
//! type, offset, count) and a data store of `dl` bytes. The first entry may
//! be a region tag (61..=63) whose trailer, 16 bytes in the data store,
//! carries the negated size of the region's index; entries after the region
//! ("dribble" entries) replace region entries with the same tag.

use std::borrow::Cow;

/// Most index entries rpm accepts in one header (`HEADER_TAGS_MAX`).
const MAX_ENTRIES: u32 = 0xffff;
/// Largest data store rpm accepts (`HEADER_DATA_MAX`).
const MAX_DATA: u32 = 256 << 20;

const TYPE_INT32: u32 = 4;
const TYPE_STRING: u32 = 6;
const TYPE_BIN: u32 = 7;
const TYPE_STRING_ARRAY: u32 = 8;
const TYPE_I18NSTRING: u32 = 9;

/// Region tags: HEADER_IMAGE, HEADER_SIGNATURES, HEADER_IMMUTABLE.
const REGION_TAGS: std::ops::RangeInclusive<u32> = 61..=63;

#[derive(Debug, Clone, Copy)]
struct Entry {
    tag: u32,
    ty: u32,
    offset: u32,
    count: u32,
}

/// A parsed header: its index and a borrowed data store.
#[derive(Debug)]
pub struct Header<'a> {
    entries: Vec<Entry>,
    data: &'a [u8],
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

impl<'a> Header<'a> {
    /// Parse a header blob; the index and region trailer are checked, the
    /// values only when read.
    pub fn parse(blob: &'a [u8]) -> Result<Header<'a>, String> {
        let il = be32(blob, 0).ok_or("blob shorter than 8 bytes")?;
        let dl = be32(blob, 4).ok_or("blob shorter than 8 bytes")?;
        if il == 0 || il > MAX_ENTRIES {
            return Err(format!("bad index length {il}"));
        }
        if dl > MAX_DATA {
            return Err(format!("bad data length {dl}"));
        }
        // il <= 0xffff and dl <= 256 MiB: no overflow in usize (>= 32 bits).
        let index_end = 8 + il as usize * 16;
        let data_end = index_end + dl as usize;
        let data = blob
            .get(index_end..data_end)
            .ok_or_else(|| format!("blob of {} bytes, header needs {data_end}", blob.len()))?;
        let mut entries = Vec::with_capacity(il as usize);
        for i in 0..il as usize {
            let at = 8 + i * 16;
            let (Some(tag), Some(ty), Some(offset), Some(count)) = (
                be32(blob, at),
                be32(blob, at + 4),
                be32(blob, at + 8),
                be32(blob, at + 12),
            ) else {
                return Err(format!("index entry {i} truncated"));
            };
            if offset > dl {
                return Err(format!("tag {tag}: offset {offset} beyond data ({dl})"));
            }
            entries.push(Entry {
                tag,
                ty,
                offset,
                count,
            });
        }
        let h = Header { entries, data };
        h.check_region()?;
        Ok(h)
    }

    fn check_region(&self) -> Result<(), String> {
        let Some(first) = self.entries.first() else {
            return Ok(());
        };
        if !REGION_TAGS.contains(&first.tag) {
            return Ok(());
        }
        if first.ty != TYPE_BIN || first.count != 16 {
            return Err(format!("region tag {} with bad type/count", first.tag));
        }
        let at = first.offset as usize;
        let (Some(tag), Some(off)) = (be32(self.data, at), be32(self.data, at + 8)) else {
            return Err(format!("region tag {}: trailer beyond data", first.tag));
        };
        // The trailer's offset is -(entries in region * 16).
        let neg = (off as i32).checked_neg().unwrap_or(-1);
        if !REGION_TAGS.contains(&tag) || neg <= 0 || neg % 16 != 0 {
            return Err(format!("region tag {}: bad trailer", first.tag));
        }
        let ril = (neg / 16) as usize;
        if ril > self.entries.len() {
            return Err(format!(
                "region tag {}: region of {ril} entries in an index of {}",
                first.tag,
                self.entries.len()
            ));
        }
        Ok(())
    }

    /// The entry for `tag`; a later (dribble) entry wins over the region's.
    fn entry(&self, tag: u32) -> Option<Entry> {
        self.entries.iter().rev().find(|e| e.tag == tag).copied()
    }

    /// NUL-terminated strings starting at `offset`, `count` of them
    /// (invalid UTF-8, e.g. a Latin-1 file name, is replaced, not an error).
    fn strings(&self, e: Entry) -> Result<Vec<Cow<'a, str>>, String> {
        let data: &'a [u8] = self.data;
        let mut rest = data
            .get(e.offset as usize..)
            .ok_or_else(|| format!("tag {}: offset beyond data", e.tag))?;
        // Each string takes at least one byte: bounds the allocation.
        if e.count as usize > rest.len() {
            return Err(format!("tag {}: {} strings cannot fit", e.tag, e.count));
        }
        let mut out = Vec::with_capacity(e.count as usize);
        for _ in 0..e.count {
            let nul = rest
                .iter()
                .position(|&b| b == 0)
                .ok_or_else(|| format!("tag {}: unterminated string", e.tag))?;
            let (s, tail) = rest.split_at(nul);
            out.push(String::from_utf8_lossy(s));
            rest = tail.get(1..).unwrap_or_default();
        }
        Ok(out)
    }

    /// A string tag (STRING, I18NSTRING, or the first of a STRING_ARRAY).
    pub fn string(&self, tag: u32) -> Result<Option<Cow<'a, str>>, String> {
        let Some(e) = self.entry(tag) else {
            return Ok(None);
        };
        match e.ty {
            TYPE_STRING | TYPE_I18NSTRING | TYPE_STRING_ARRAY if e.count >= 1 => {
                let one = Entry { count: 1, ..e };
                Ok(self.strings(one)?.into_iter().next())
            }
            _ => Err(format!("tag {tag}: type {} is not a string", e.ty)),
        }
    }

    /// A STRING_ARRAY tag (empty when absent).
    pub fn string_array(&self, tag: u32) -> Result<Vec<Cow<'a, str>>, String> {
        let Some(e) = self.entry(tag) else {
            return Ok(Vec::new());
        };
        if e.ty != TYPE_STRING_ARRAY {
            return Err(format!("tag {tag}: type {} is not a string array", e.ty));
        }
        self.strings(e)
    }

    /// An INT32 array tag (empty when absent).
    pub fn int32_array(&self, tag: u32) -> Result<Vec<u32>, String> {
        let Some(e) = self.entry(tag) else {
            return Ok(Vec::new());
        };
        if e.ty != TYPE_INT32 {
            return Err(format!("tag {tag}: type {} is not INT32", e.ty));
        }
        let start = e.offset as usize;
        let bytes = (e.count as usize)
            .checked_mul(4)
            .and_then(|n| n.checked_add(start))
            .and_then(|end| self.data.get(start..end))
            .ok_or_else(|| format!("tag {tag}: {} integers beyond data", e.count))?;
        Ok(bytes
            .chunks_exact(4)
            .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A header blob builder for tests: (tag, type, count, data) with
    /// INT32 data aligned to 4 and a HEADER_IMMUTABLE region around all entries.
    pub(crate) fn build(tags: &[(u32, u32, u32, Vec<u8>)]) -> Vec<u8> {
        let mut data = Vec::new();
        let mut index = Vec::new();
        let il = tags.len() as u32 + 1;
        for (tag, ty, count, bytes) in tags {
            if *ty == TYPE_INT32 {
                while !data.len().is_multiple_of(4) {
                    data.push(0);
                }
            }
            index.push((*tag, *ty, data.len() as u32, *count));
            data.extend_from_slice(bytes);
        }
        let trailer = data.len() as u32;
        data.extend_from_slice(&63u32.to_be_bytes());
        data.extend_from_slice(&TYPE_BIN.to_be_bytes());
        data.extend_from_slice(&(-(il as i32 * 16)).to_be_bytes());
        data.extend_from_slice(&16u32.to_be_bytes());
        let mut blob = Vec::new();
        blob.extend_from_slice(&il.to_be_bytes());
        blob.extend_from_slice(&(data.len() as u32).to_be_bytes());
        for (tag, ty, off, count) in std::iter::once((63, TYPE_BIN, trailer, 16)).chain(index) {
            for v in [tag, ty, off, count] {
                blob.extend_from_slice(&v.to_be_bytes());
            }
        }
        blob.extend_from_slice(&data);
        blob
    }

    pub(crate) fn s(tag: u32, v: &str) -> (u32, u32, u32, Vec<u8>) {
        let mut b = v.as_bytes().to_vec();
        b.push(0);
        (tag, TYPE_STRING, 1, b)
    }

    pub(crate) fn sa(tag: u32, v: &[&str]) -> (u32, u32, u32, Vec<u8>) {
        let mut b = Vec::new();
        for x in v {
            b.extend_from_slice(x.as_bytes());
            b.push(0);
        }
        (tag, TYPE_STRING_ARRAY, v.len() as u32, b)
    }

    pub(crate) fn i32s(tag: u32, v: &[u32]) -> (u32, u32, u32, Vec<u8>) {
        let b = v.iter().flat_map(|x| x.to_be_bytes()).collect();
        (tag, TYPE_INT32, v.len() as u32, b)
    }

    #[test]
    fn reads_values() {
        let blob = build(&[
            s(1000, "bash"),
            i32s(1003, &[7]),
            sa(1118, &["/usr/bin/", "/etc/"]),
        ]);
        let h = Header::parse(&blob).unwrap();
        assert_eq!(h.string(1000).unwrap().as_deref(), Some("bash"));
        assert_eq!(h.int32_array(1003).unwrap(), vec![7]);
        assert_eq!(h.string_array(1118).unwrap(), vec!["/usr/bin/", "/etc/"]);
        assert_eq!(h.string(1001).unwrap(), None);
        assert!(h.string(1003).is_err());
        let latin1 = build(&[(1000, TYPE_STRING, 1, b"caf\xe9\0".to_vec())]);
        let h = Header::parse(&latin1).unwrap();
        assert_eq!(h.string(1000).unwrap().as_deref(), Some("caf\u{fffd}"));
    }

    #[test]
    fn rejects_bad_blobs() {
        assert!(Header::parse(&[]).is_err());
        assert!(Header::parse(&[0, 0, 0, 1, 0, 0, 0, 0]).is_err());
        assert!(Header::parse(&[0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]).is_err());
        let mut blob = build(&[s(1000, "bash")]);
        // Break the region trailer's negative offset.
        let n = blob.len();
        blob[n - 8] = 0;
        assert!(Header::parse(&blob).is_err());
    }
}
