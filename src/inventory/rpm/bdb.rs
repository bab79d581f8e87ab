//! Berkeley DB hash databases (`Packages` of RHEL/CentOS 5-8), read-only.
//!
//! Page 0 is the hash metadata page (magic 0x061561 at byte 12, page size at
//! 20, last page number at 32; little- or big-endian as written). Hash pages
//! (type 13, or 2 on old databases) hold an array of u16 item offsets after
//! the 26-byte page header, in key/value pairs; an item is either inline
//! (`H_KEYDATA`, type 1: the bytes up to the previous item) or a reference to
//! a chain of overflow pages (`H_OFFPAGE`, type 3: page number and total
//! length), each overflow page (type 7) holding its used length at byte 22.
//! The key is the rpm header number (u32); key 0 holds rpm's next-instance
//! counter, not a header.

pub(super) const MAGIC: u32 = 0x0006_1561;

const PAGE_HEADER: usize = 26;
const META_PAGE: u8 = 8;
const HASH_PAGE: u8 = 13;
const HASH_UNSORTED_PAGE: u8 = 2;
const OVERFLOW_PAGE: u8 = 7;
const H_KEYDATA: u8 = 1;
const H_OFFPAGE: u8 = 3;

/// Whether `data` starts like a Berkeley DB hash database.
pub(super) fn is_bdb(data: &[u8]) -> bool {
    let Some(m) = data.get(12..16) else {
        return false;
    };
    let le = u32::from_le_bytes([m[0], m[1], m[2], m[3]]);
    le == MAGIC || le.swap_bytes() == MAGIC
}

struct Db<'a> {
    data: &'a [u8],
    page_size: usize,
    big_endian: bool,
}

impl<'a> Db<'a> {
    fn u16_at(&self, b: &[u8], at: usize) -> Option<u16> {
        let s = b.get(at..at.checked_add(2)?)?;
        let v = [s[0], s[1]];
        Some(if self.big_endian {
            u16::from_be_bytes(v)
        } else {
            u16::from_le_bytes(v)
        })
    }

    fn u32_at(&self, b: &[u8], at: usize) -> Option<u32> {
        let s = b.get(at..at.checked_add(4)?)?;
        let v = [s[0], s[1], s[2], s[3]];
        Some(if self.big_endian {
            u32::from_be_bytes(v)
        } else {
            u32::from_le_bytes(v)
        })
    }

    fn page(&self, n: u32) -> Option<&'a [u8]> {
        let start = (n as usize).checked_mul(self.page_size)?;
        self.data.get(start..start.checked_add(self.page_size)?)
    }

    /// Follow an overflow chain from `pgno`, expecting `len` bytes in total.
    fn overflow(&self, mut pgno: u32, len: u32) -> Result<Vec<u8>, String> {
        let pages = self.data.len() / self.page_size;
        if len as usize > self.data.len() {
            return Err(format!(
                "value of {len} bytes in a {} byte file",
                self.data.len()
            ));
        }
        let mut out = Vec::new();
        // A chain visits each page at most once: more steps mean a cycle.
        let mut steps = 0usize;
        while pgno != 0 {
            steps += 1;
            if steps > pages {
                return Err(format!("overflow chain loops (at page {pgno})"));
            }
            let page = self
                .page(pgno)
                .ok_or_else(|| format!("overflow page {pgno} beyond end of file"))?;
            if page.get(25) != Some(&OVERFLOW_PAGE) {
                return Err(format!("page {pgno} is not an overflow page"));
            }
            let used = self.u16_at(page, 22).unwrap_or(0) as usize;
            let chunk = page
                .get(PAGE_HEADER..PAGE_HEADER.saturating_add(used))
                .ok_or_else(|| format!("overflow page {pgno}: bad length {used}"))?;
            if out.len().saturating_add(chunk.len()) > len as usize {
                return Err(format!("overflow chain longer than {len} bytes"));
            }
            out.extend_from_slice(chunk);
            pgno = self.u32_at(page, 16).unwrap_or(0);
        }
        if out.len() != len as usize {
            return Err(format!(
                "overflow chain of {} bytes, expected {len}",
                out.len()
            ));
        }
        Ok(out)
    }
}

/// Hand each header blob (with its header number) to `sink`; problems go to `problems`.
pub(super) fn read(data: &[u8], sink: &mut dyn FnMut(u64, &[u8]), problems: &mut Vec<String>) {
    let Some(m) = data.get(12..16) else {
        problems.push("not a Berkeley DB file".into());
        return;
    };
    let big_endian = u32::from_le_bytes([m[0], m[1], m[2], m[3]]) != MAGIC;
    let mut db = Db {
        data,
        page_size: 512,
        big_endian,
    };
    let page_size = db.u32_at(data, 20).unwrap_or(0);
    if !(512..=65536).contains(&page_size) || !page_size.is_power_of_two() {
        problems.push(format!("bad page size {page_size}"));
        return;
    }
    db.page_size = page_size as usize;
    if data.get(24) != Some(&0) {
        problems.push("encrypted database".into());
        return;
    }
    if data.get(25) != Some(&META_PAGE) {
        problems.push("page 0 is not a hash metadata page".into());
        return;
    }
    let last = db.u32_at(data, 32).unwrap_or(0);
    let pages = data.len() / db.page_size;
    if last as usize >= pages {
        problems.push(format!(
            "truncated: last page {last}, file holds {pages} pages"
        ));
    }
    let end = (last as usize).min(pages.saturating_sub(1));
    let mut ordinal = 0u64;
    for pgno in 1..=end {
        let Some(page) = db.page(pgno as u32) else {
            break;
        };
        let ty = page.get(25).copied().unwrap_or(0);
        if ty != HASH_PAGE && ty != HASH_UNSORTED_PAGE {
            continue;
        }
        let n = db.u16_at(page, 20).unwrap_or(0) as usize;
        if !n.is_multiple_of(2) || PAGE_HEADER + n * 2 > db.page_size {
            problems.push(format!("page {pgno}: bad entry count {n}"));
            continue;
        }
        let offsets: Vec<usize> = (0..n)
            .map(|i| db.u16_at(page, PAGE_HEADER + i * 2).unwrap_or(0) as usize)
            .collect();
        // Item i spans from its offset to the previous item's (or the page end).
        let item = |i: usize| -> Option<&[u8]> {
            let start = *offsets.get(i)?;
            let end = if i == 0 {
                db.page_size
            } else {
                *offsets.get(i - 1)?
            };
            page.get(start..end).filter(|s| !s.is_empty())
        };
        for pair in 0..n / 2 {
            ordinal += 1;
            let (Some(key), Some(value)) = (item(pair * 2), item(pair * 2 + 1)) else {
                problems.push(format!("page {pgno}: bad item offsets"));
                break;
            };
            let key_num = match key {
                [H_KEYDATA, a, b, c, d] => {
                    let v = [*a, *b, *c, *d];
                    Some(if big_endian {
                        u32::from_be_bytes(v)
                    } else {
                        u32::from_le_bytes(v)
                    })
                }
                _ => None,
            };
            if key_num == Some(0) {
                continue; // rpm's instance counter
            }
            let label = key_num.map_or(ordinal, u64::from);
            match value.first() {
                Some(&H_OFFPAGE) => {
                    let (Some(vpg), Some(len)) = (db.u32_at(value, 4), db.u32_at(value, 8)) else {
                        problems.push(format!("header {label}: truncated off-page item"));
                        continue;
                    };
                    match db.overflow(vpg, len) {
                        Ok(blob) => sink(label, &blob),
                        Err(e) => problems.push(format!("header {label}: {e}")),
                    }
                }
                Some(&H_KEYDATA) => sink(label, value.get(1..).unwrap_or_default()),
                Some(t) => problems.push(format!("header {label}: unsupported item type {t}")),
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_garbage() {
        let mut p = Vec::new();
        read(&[0u8; 100], &mut |_, _| {}, &mut p);
        assert!(!p.is_empty());
        assert!(!is_bdb(b"SQLite format 3\0"));
    }
}
