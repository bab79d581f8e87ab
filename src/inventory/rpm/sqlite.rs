//! A minimal read-only SQLite reader for `rpmdb.sqlite` (RHEL 9, Fedora):
//! finds the `Packages` table's root page in `sqlite_master` (page 1) and
//! walks its table b-tree (interior pages 0x05, leaf pages 0x0D), decoding
//! each row's record (`hnum INTEGER PRIMARY KEY, blob BLOB`) and following
//! overflow chains for large blobs. Recursion depth and pages are bounded:
//! a page reached twice (a cycle, or a page shared by two parents) is an
//! error, so a corrupt file cannot loop. WAL files are not read.

pub(super) const MAGIC: &[u8; 16] = b"SQLite format 3\0";

const INTERIOR_TABLE: u8 = 0x05;
const LEAF_TABLE: u8 = 0x0d;
/// Deepest b-tree walked (real trees of a few million rows are < 10 deep).
const MAX_DEPTH: usize = 32;

fn be16(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_be_bytes([s[0], s[1]]))
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

/// A varint at `at`: (value, bytes used).
fn varint(b: &[u8], at: usize) -> Option<(u64, usize)> {
    let mut v = 0u64;
    for i in 0..9 {
        let byte = *b.get(at.checked_add(i)?)?;
        if i == 8 {
            return Some(((v << 8) | u64::from(byte), 9));
        }
        v = (v << 7) | u64::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
}

/// A value of a record column.
#[derive(Debug, PartialEq)]
enum Value<'a> {
    Null,
    Int(i64),
    Bytes(&'a [u8]),
    Other,
}

/// Decode the columns of a record (the header's serial types, then the body).
fn record(payload: &[u8]) -> Result<Vec<Value<'_>>, String> {
    let (hlen, n) = varint(payload, 0).ok_or("record header truncated")?;
    let hlen = usize::try_from(hlen).map_err(|_| "record header too long")?;
    if hlen > payload.len() {
        return Err("record header beyond payload".into());
    }
    let mut at = n;
    let mut body = hlen;
    let mut out = Vec::new();
    while at < hlen {
        let (ty, n) = varint(payload, at).ok_or("record header truncated")?;
        at += n;
        let size: usize = match ty {
            0 | 8 | 9 => 0,
            1..=4 => ty as usize,
            5 => 6,
            6 | 7 => 8,
            10 | 11 => return Err("reserved serial type".into()),
            _ => usize::try_from((ty - 12) / 2).map_err(|_| "column too large")?,
        };
        let bytes = body
            .checked_add(size)
            .and_then(|end| payload.get(body..end))
            .ok_or("column beyond payload")?;
        body += size;
        out.push(match ty {
            0 => Value::Null,
            8 => Value::Int(0),
            9 => Value::Int(1),
            1..=6 => {
                let mut v: i64 = if bytes.first().is_some_and(|b| b & 0x80 != 0) {
                    -1
                } else {
                    0
                };
                for b in bytes {
                    v = (v << 8) | i64::from(*b);
                }
                Value::Int(v)
            }
            7 => Value::Other,
            _ => Value::Bytes(bytes),
        });
    }
    Ok(out)
}

struct Db<'a> {
    data: &'a [u8],
    page_size: usize,
    usable: usize,
    pages: usize,
}

/// A walk over one table: pages seen so far, shared with its overflow chains.
struct Walk {
    seen: Vec<bool>,
}

impl Walk {
    fn visit(&mut self, pgno: u32) -> Result<(), String> {
        match self.seen.get_mut(pgno as usize) {
            None => Err(format!("page {pgno} beyond end of file")),
            Some(true) => Err(format!("page {pgno} reached twice (cycle)")),
            Some(s) => {
                *s = true;
                Ok(())
            }
        }
    }
}

impl<'a> Db<'a> {
    fn open(data: &'a [u8]) -> Result<Db<'a>, String> {
        if data.get(..16) != Some(MAGIC.as_slice()) {
            return Err("not an SQLite database".into());
        }
        let page_size = match be16(data, 16).unwrap_or(0) {
            1 => 65536,
            n if n >= 512 && n.is_power_of_two() => usize::from(n),
            n => return Err(format!("bad page size {n}")),
        };
        let reserved = usize::from(data.get(20).copied().unwrap_or(0));
        let usable = page_size - reserved;
        if usable < 480 {
            return Err(format!("usable page size {usable} too small"));
        }
        Ok(Db {
            data,
            page_size,
            usable,
            pages: data.len() / page_size,
        })
    }

    /// Page `pgno` (1-based) and where its b-tree header starts.
    fn page(&self, pgno: u32) -> Result<(&'a [u8], usize), String> {
        let start = (pgno as usize)
            .checked_sub(1)
            .and_then(|i| i.checked_mul(self.page_size))
            .ok_or_else(|| format!("bad page number {pgno}"))?;
        let page = self
            .data
            .get(start..start + self.page_size)
            .ok_or_else(|| format!("page {pgno} beyond end of file"))?;
        Ok((page, if pgno == 1 { 100 } else { 0 }))
    }

    /// The payload of a table-leaf cell at `at`: (rowid, payload).
    fn cell(&self, page: &[u8], at: usize, walk: &mut Walk) -> Result<(i64, Vec<u8>), String> {
        let (size, n) = varint(page, at).ok_or("cell truncated")?;
        let (rowid, m) = varint(page, at + n).ok_or("cell truncated")?;
        let rowid = rowid as i64;
        if size > self.data.len() as u64 {
            return Err(format!(
                "row {rowid}: payload of {size} bytes in a smaller file"
            ));
        }
        let size = size as usize;
        let start = at + n + m;
        // Local part as in SQLite's file format, section "Cell Payload Overflow Pages".
        let u = self.usable;
        let x = u - 35;
        let local = if size <= x {
            size
        } else {
            let mm = ((u - 12) * 32 / 255) - 23;
            let k = mm + (size - mm) % (u - 4);
            if k <= x {
                k
            } else {
                mm
            }
        };
        let mut out = Vec::with_capacity(local);
        out.extend_from_slice(
            page.get(start..start + local)
                .ok_or_else(|| format!("row {rowid}: cell beyond page"))?,
        );
        if local < size {
            let mut next = be32(page, start + local)
                .ok_or_else(|| format!("row {rowid}: overflow pointer beyond page"))?;
            while out.len() < size {
                if next == 0 {
                    return Err(format!("row {rowid}: overflow chain ends early"));
                }
                walk.visit(next).map_err(|e| format!("row {rowid}: {e}"))?;
                let (ov, _) = self.page(next).map_err(|e| format!("row {rowid}: {e}"))?;
                let take = (size - out.len()).min(u - 4);
                out.extend_from_slice(
                    ov.get(4..4 + take)
                        .ok_or_else(|| format!("row {rowid}: overflow page {next} too short"))?,
                );
                next = be32(ov, 0).unwrap_or(0);
            }
        }
        Ok((rowid, out))
    }

    /// Walk the table b-tree rooted at `root`, handing every row's payload to
    /// `row`; damaged rows and pages are reported to `problems` and skipped.
    fn walk_table(&self, root: u32, row: &mut dyn FnMut(i64, &[u8]), problems: &mut Vec<String>) {
        let mut walk = Walk {
            seen: vec![false; self.pages + 1],
        };
        // (page, depth); a stack instead of recursion.
        let mut stack = vec![(root, 0usize)];
        while let Some((pgno, depth)) = stack.pop() {
            if depth > MAX_DEPTH {
                problems.push(format!("page {pgno}: b-tree deeper than {MAX_DEPTH}"));
                continue;
            }
            if let Err(e) = walk.visit(pgno) {
                problems.push(e);
                continue;
            }
            let (page, h) = match self.page(pgno) {
                Ok(p) => p,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            let kind = page.get(h).copied().unwrap_or(0);
            let ncells = usize::from(be16(page, h + 3).unwrap_or(0));
            let ptrs = h + if kind == INTERIOR_TABLE { 12 } else { 8 };
            if ptrs + ncells * 2 > page.len() {
                problems.push(format!("page {pgno}: {ncells} cells cannot fit"));
                continue;
            }
            let cells = (0..ncells).map(|i| usize::from(be16(page, ptrs + i * 2).unwrap_or(0)));
            match kind {
                INTERIOR_TABLE => {
                    let mut children = Vec::with_capacity(ncells + 1);
                    for at in cells {
                        match be32(page, at) {
                            Some(c) => children.push(c),
                            None => problems.push(format!("page {pgno}: cell beyond page")),
                        }
                    }
                    match be32(page, h + 8) {
                        Some(c) => children.push(c),
                        None => problems.push(format!("page {pgno}: no right child")),
                    }
                    // Pushed in reverse so that rows come out in rowid order.
                    stack.extend(children.into_iter().rev().map(|c| (c, depth + 1)));
                }
                LEAF_TABLE => {
                    for at in cells {
                        match self.cell(page, at, &mut walk) {
                            Ok((rowid, payload)) => row(rowid, &payload),
                            Err(e) => problems.push(format!("page {pgno}: {e}")),
                        }
                    }
                }
                k => problems.push(format!("page {pgno}: not a table page (type {k})")),
            }
        }
    }
}

/// Hand each header blob (with its `hnum`) to `sink`; problems go to `problems`.
pub(super) fn read(data: &[u8], sink: &mut dyn FnMut(u64, &[u8]), problems: &mut Vec<String>) {
    let db = match Db::open(data) {
        Ok(db) => db,
        Err(e) => {
            problems.push(e);
            return;
        }
    };
    if let Some(enc) = be32(data, 56) {
        if enc > 1 {
            problems.push(format!("text encoding {enc} (UTF-16) not supported"));
            return;
        }
    }
    // The page count in the header is valid when its "version-valid-for"
    // matches the change counter; a shorter file was cut off.
    let counter = be32(data, 24);
    let in_header = be32(data, 28).unwrap_or(0) as usize;
    if counter.is_some() && counter == be32(data, 92) && in_header > db.pages {
        problems.push(format!(
            "truncated: {in_header} pages expected, file holds {}",
            db.pages
        ));
    } else if !data.len().is_multiple_of(db.page_size) {
        problems.push(format!(
            "truncated: file size {} is not a multiple of the page size",
            data.len()
        ));
    }
    // sqlite_master: type, name, tbl_name, rootpage, sql.
    let mut root = None;
    db.walk_table(
        1,
        &mut |_, payload| {
            if let Ok(cols) = record(payload) {
                if let (
                    Some(Value::Bytes(b"table")),
                    Some(Value::Bytes(b"Packages")),
                    Some(Value::Int(r)),
                ) = (cols.first(), cols.get(1), cols.get(3))
                {
                    root = u32::try_from(*r).ok();
                }
            }
        },
        problems,
    );
    let Some(root) = root else {
        problems.push("no Packages table".into());
        return;
    };
    let mut bad_rows = Vec::new();
    db.walk_table(
        root,
        &mut |rowid, payload| match record(payload) {
            Ok(cols) => match (cols.first(), cols.get(1)) {
                (Some(Value::Null | Value::Int(_)), Some(Value::Bytes(blob))) => {
                    sink(rowid as u64, blob)
                }
                _ => bad_rows.push(format!("header {rowid}: row is not (hnum, blob)")),
            },
            Err(e) => bad_rows.push(format!("header {rowid}: {e}")),
        },
        problems,
    );
    problems.append(&mut bad_rows);
}
