//! RPM packages: the rpm database in `var/lib/rpm/` or `usr/lib/sysimage/rpm/`
//! as Berkeley DB hash (`Packages`), ndb (`Packages.db`) or SQLite
//! (`rpmdb.sqlite`), told apart by magic bytes. Each database yields header
//! blobs ([`header`]); each blob becomes one package (name, VERSION-RELEASE,
//! epoch, arch, source rpm, license, owned files). `gpg-pubkey`
//! pseudo-packages (imported signing keys) are skipped.

mod bdb;
pub mod header;
mod ndb;
mod sqlite;

use super::{Ecosystem, Inventory, Package, Warning};
use crate::image::fs::{FileTree, NodeKind};
use header::Header;

const DIRS: [&str; 2] = ["var/lib/rpm/", "usr/lib/sysimage/rpm/"];
/// Database file names, in the order rpm's backends are preferred when a
/// directory holds more than one (a converted database leaves the old file).
const NAMES: [&str; 3] = ["rpmdb.sqlite", "Packages.db", "Packages"];

const TAG_NAME: u32 = 1000;
const TAG_VERSION: u32 = 1001;
const TAG_RELEASE: u32 = 1002;
const TAG_EPOCH: u32 = 1003;
const TAG_LICENSE: u32 = 1014;
const TAG_ARCH: u32 = 1022;
const TAG_OLDFILENAMES: u32 = 1027;
const TAG_SOURCERPM: u32 = 1044;
const TAG_DIRINDEXES: u32 = 1116;
const TAG_BASENAMES: u32 = 1117;
const TAG_DIRNAMES: u32 = 1118;

/// Whether the layer walk should capture `path` (a possible rpm database).
pub fn wants(path: &str) -> bool {
    DIRS.iter().any(|d| {
        path.strip_prefix(d)
            .is_some_and(|name| NAMES.contains(&name))
    })
}

/// The database formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    BerkeleyDb,
    Ndb,
    Sqlite,
}

/// The format of a database, by its magic bytes.
pub fn detect(data: &[u8]) -> Option<Format> {
    if data.starts_with(sqlite::MAGIC) {
        Some(Format::Sqlite)
    } else if data.starts_with(ndb::MAGIC) {
        Some(Format::Ndb)
    } else if bdb::is_bdb(data) {
        Some(Format::BerkeleyDb)
    } else {
        None
    }
}

/// How many bytes of file paths one database may produce: file lists are
/// built from shared directory names, so a hostile header could otherwise
/// multiply a long name by many entries.
fn file_budget(db_len: usize) -> usize {
    (64usize << 20).saturating_add(db_len.saturating_mul(2))
}

/// Parse an rpm database of any format. Returns the packages and problems,
/// each naming the entry ("header 12: ...") or the database part.
pub fn parse(data: &[u8]) -> (Vec<Package>, Vec<String>) {
    let mut pkgs = Vec::new();
    let mut problems = Vec::new();
    let Some(format) = detect(data) else {
        problems.push("not an rpm database (unknown format)".to_string());
        return (pkgs, problems);
    };
    let mut budget = file_budget(data.len());
    let mut header_problems = Vec::new();
    let mut sink = |id: u64, blob: &[u8]| match package_of(blob, &mut budget) {
        Ok((Some(p), None)) => pkgs.push(p),
        Ok((Some(p), Some(w))) => {
            header_problems.push(format!("header {id}: {w}"));
            pkgs.push(p);
        }
        Ok((None, _)) => {}
        Err(e) => header_problems.push(format!("header {id}: {e}")),
    };
    match format {
        Format::BerkeleyDb => bdb::read(data, &mut sink, &mut problems),
        Format::Ndb => ndb::read(data, &mut sink, &mut problems),
        Format::Sqlite => sqlite::read(data, &mut sink, &mut problems),
    }
    problems.append(&mut header_problems);
    (pkgs, problems)
}

/// The package of one header blob: None for `gpg-pubkey`; a non-fatal
/// problem (e.g. a broken file list) comes with the package.
fn package_of(
    blob: &[u8],
    budget: &mut usize,
) -> Result<(Option<Package>, Option<String>), String> {
    let h = Header::parse(blob)?;
    let name = h.string(TAG_NAME)?.ok_or("no NAME")?;
    let name = name.as_ref();
    if name == "gpg-pubkey" {
        return Ok((None, None));
    }
    let version = h.string(TAG_VERSION)?.ok_or("no VERSION")?;
    let release = h.string(TAG_RELEASE)?.ok_or("no RELEASE")?;
    if name.is_empty() || version.is_empty() {
        return Err("empty NAME or VERSION".into());
    }
    let mut p = Package::new(Ecosystem::Rpm, name, format!("{version}-{release}"));
    p.epoch = h.int32_array(TAG_EPOCH)?.first().map(|&e| u64::from(e));
    p.arch = h.string(TAG_ARCH)?.map(String::from);
    if let Some(srpm) = h.string(TAG_SOURCERPM)? {
        if let Some((sn, sv)) = split_source_rpm(&srpm) {
            p.source_name = Some(sn.to_string());
            p.source_version = Some(sv.to_string());
        }
    }
    if let Some(l) = h.string(TAG_LICENSE)?.filter(|l| !l.is_empty()) {
        p.licenses = vec![l.to_string()];
    }
    let problem = files_of(&h, &mut p, budget).err();
    Ok((Some(p), problem))
}

/// Fill `files`/`file_count` from BASENAMES+DIRNAMES+DIRINDEXES (or
/// OLDFILENAMES), within the byte `budget`.
fn files_of(h: &Header, p: &mut Package, budget: &mut usize) -> Result<(), String> {
    let base = h.string_array(TAG_BASENAMES)?;
    let dirs = h.string_array(TAG_DIRNAMES)?;
    let old;
    let paths: Vec<(&str, &str)> = if base.is_empty() {
        old = h.string_array(TAG_OLDFILENAMES)?;
        old.iter().map(|f| ("", f.as_ref())).collect()
    } else {
        let idx = h.int32_array(TAG_DIRINDEXES)?;
        if idx.len() != base.len() {
            return Err(format!(
                "{} basenames but {} dir indexes",
                base.len(),
                idx.len()
            ));
        }
        let mut v = Vec::with_capacity(base.len());
        for (b, i) in base.iter().zip(&idx) {
            let d = dirs
                .get(*i as usize)
                .ok_or_else(|| format!("dir index {i} beyond {} dirnames", dirs.len()))?;
            v.push((d.as_ref(), b.as_ref()));
        }
        v
    };
    p.file_count = paths.len();
    for (d, b) in paths {
        let len = d.len().saturating_add(b.len()).saturating_add(1);
        if len > *budget {
            return Err("file list too large, truncated".into());
        }
        *budget -= len;
        let mut f = String::with_capacity(len);
        if !d.starts_with('/') && !b.starts_with('/') {
            f.push('/');
        }
        f.push_str(d);
        f.push_str(b);
        p.files.push(f);
    }
    Ok(())
}

/// `bash-5.1.8-6.el9.src.rpm` → (`bash`, `5.1.8-6.el9`).
pub fn split_source_rpm(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_suffix(".rpm")?;
    let (s, _arch) = s.rsplit_once('.')?;
    let (rest, _release) = s.rsplit_once('-')?;
    let (name, _version) = rest.rsplit_once('-')?;
    let ver = s.get(name.len() + 1..)?;
    (!name.is_empty()).then_some((name, ver))
}

/// Packages of every rpm database in the final tree.
pub fn collect(tree: &FileTree, inv: &mut Inventory) {
    for dir in DIRS {
        // The preferred database of this directory with a known format.
        let mut unknown = Vec::new();
        let found = NAMES.iter().find_map(|name| {
            let path = format!("{dir}{name}");
            let node = tree
                .get(&path)
                .filter(|n| matches!(n.kind, NodeKind::File | NodeKind::Hardlink(_)))?;
            let data = node.content.as_deref()?;
            if detect(data).is_none() {
                unknown.push(path);
                return None;
            }
            Some((path, node.layer, data))
        });
        let Some((path, layer, data)) = found else {
            for path in unknown {
                inv.warnings.push(Warning {
                    code: "package-db-corrupt",
                    path: format!("/{path}"),
                    message: "not an rpm database (unknown format)".into(),
                });
            }
            continue;
        };
        let (pkgs, problems) = parse(data);
        for msg in problems {
            inv.warnings.push(Warning {
                code: "package-db-corrupt",
                path: format!("/{path}"),
                message: msg,
            });
        }
        for mut p in pkgs {
            p.layer = layer;
            p.path = format!("/{path}");
            inv.packages.push(p);
        }
    }
}

#[cfg(test)]
mod tests;
