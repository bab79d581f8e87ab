//! The fuzz harnesses: one function per fuzz target, each feeding arbitrary
//! bytes through a part of the imagegate library that reads untrusted input.
//! A harness never panics by itself (except for the invariants it checks,
//! such as a version order being antisymmetric), so any panic, abort,
//! unbounded allocation or hang is a bug in the library.
//!
//! This file is the fuzz crate's library (`fuzz_targets/*.rs` call it) and is
//! also compiled into the stable test suite (`tests/fuzz_regressions.rs`
//! includes it with `#[path]`), so every saved crash input is replayed
//! through exactly the code the fuzzer ran.

use imagegate::image::digest::Digest;
use imagegate::image::fs::FileTree;
use imagegate::image::layers::LayerFacts;
use imagegate::image::resolve::{LayerRef, Selector};
use imagegate::image::source::Store;
use imagegate::image::Limits;
use imagegate::pipeline::Analysers;
use imagegate::secrets::{CompiledSecrets, CustomRule, Scanner, SecretsConfig};
use imagegate::vulndb::ecosystem::Query;
use imagegate::vulndb::version::Scheme;
use std::io::{BufRead, Cursor};
use std::sync::OnceLock;

/// A harness: takes the fuzz input, returns normally unless a bug shows.
pub type Harness = fn(&[u8]);

/// The fuzz targets, by name (the names of `fuzz_targets/*.rs` and of the
/// directories under `tests/fuzz-regressions/`).
pub const TARGETS: &[(&str, Harness)] = &[
    ("image", image),
    ("layer", layer),
    ("inventory", inventory),
    ("binary", binary),
    ("osv", osv),
    ("vulndb", vulndb),
    ("policy", policy),
    ("secrets", secrets),
    ("version", version),
];

/// The built-in secret rules, compiled once.
fn builtin() -> &'static CompiledSecrets {
    static RULES: OnceLock<CompiledSecrets> = OnceLock::new();
    RULES.get_or_init(CompiledSecrets::builtin)
}

/// The default limits, with the decompression-bomb thresholds lowered so a
/// small input cannot legitimately spend seconds inflating (the defaults
/// allow 1 GiB before the ratio check starts).
pub fn limits() -> Limits {
    Limits {
        max_layer_bytes: 256 << 20,
        bomb_ratio_floor: 16 << 20,
        ..Limits::default()
    }
}

/// A docker-archive or OCI archive: resolve, verify and walk every layer
/// (with the built-in secret rules), then build the inventory and facts.
pub fn image(data: &[u8]) {
    let Ok(scanned) = imagegate::pipeline::read_tar_bytes(
        data.to_vec(),
        "fuzz.tar",
        &Selector::default(),
        &limits(),
        Some(builtin()),
    ) else {
        return;
    };
    let _ = imagegate::image::facts::ImageFacts::from_image(&scanned.image);
}

/// One blob, served as the only file of an image.
struct OneBlob<'a>(&'a [u8]);

impl Store for OneBlob<'_> {
    fn exists(&self, path: &str) -> bool {
        path == "blob"
    }
    fn size(&self, _path: &str) -> imagegate::Result<u64> {
        Ok(self.0.len() as u64)
    }
    fn open(&self, _path: &str) -> imagegate::Result<Box<dyn BufRead + '_>> {
        Ok(Box::new(self.0))
    }
}

/// A layer blob (tar, gzip or zstd, detected by magic): walk it into a
/// file tree with the secret scanner on, then build the inventory from it
/// (every package-database and manifest parser the paths select).
pub fn layer(data: &[u8]) {
    let _ = walk_layer(data);
}

/// Walk one layer blob as the only layer of an image, with the scan's
/// analysers (the built-in secret rules on), and build the inventory from
/// what they found: the walk's result and the file tree it built. The tree is
/// only filled when the layer verifies, so a walk that reads the blob to its
/// end and fails only on the (unknowable) diff_id is repeated with the
/// diff_id it computed.
pub fn walk_layer(data: &[u8]) -> (imagegate::Result<LayerFacts>, FileTree) {
    let first = walk_layer_as(data, &Digest::of_bytes(b""));
    let computed = match &first.0 {
        Err(e) if e.message.starts_with("diff_id mismatch") => e
            .message
            .rsplit_once("hashes to ")
            .and_then(|(_, d)| Digest::parse(d, "diff_id").ok()),
        _ => None,
    };
    match computed {
        Some(diff_id) => walk_layer_as(data, &diff_id),
        None => first,
    }
}

fn walk_layer_as(data: &[u8], diff_id: &Digest) -> (imagegate::Result<LayerFacts>, FileTree) {
    let layer = LayerRef {
        path: "blob".to_string(),
        digest: None,
        size: None,
        media_type: None,
    };
    let mut tree = FileTree::default();
    let mut analysers = Analysers::new(Some(builtin()));
    let facts = imagegate::image::layers::walk(
        &OneBlob(data),
        &layer,
        diff_id,
        0,
        &mut tree,
        &limits(),
        &mut analysers,
    );
    let _ = analysers.inventory(&tree);
    (facts, tree)
}

/// Each text or database parser of `src/inventory`, chosen by the first byte.
pub fn inventory(data: &[u8]) {
    use imagegate::inventory::{apk, dpkg, lang, rpm};
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    match which % 9 {
        0 => drop(dpkg::parse_status(&text)),
        1 => drop(apk::parse(&text)),
        2 => drop(rpm::parse(rest)),
        3 => drop(lang::python::parse(rest)),
        4 => drop(lang::npm::parse(rest)),
        5 => drop(lang::ruby::parse(rest)),
        6 => drop(lang::php::parse(rest)),
        7 => drop(lang::dotnet::parse(rest)),
        _ => drop(imagegate::image::facts::parse_os_release(&text)),
    }
}

/// The streaming binary analysers: an executable (Go build info,
/// cargo-auditable data) or a Java archive (nested jars, pom.properties,
/// manifests), chosen by the first byte.
pub fn binary(data: &[u8]) {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let path = if which & 1 == 0 {
        "usr/bin/app"
    } else {
        "app/app.jar"
    };
    let mut r = rest;
    let _ = imagegate::inventory::binary::analyze(path, rest.len() as u64, 0o755, &mut r);
}

/// An OSV record: parse it, then match each affected package at the
/// versions its own events and lists name (and a few others), and score it.
pub fn osv(data: &[u8]) {
    use imagegate::vulndb::matcher;
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(record) = imagegate::vulndb::osv::parse(text) else {
        return;
    };
    use imagegate::vulndb::severity;
    let _ = severity::record_cvss(&record, None);
    for affected in record.affected.iter().take(8) {
        let _ = severity::record_cvss(&record, Some(affected));
        let _ = severity::vendor(&record, affected);
        let mut versions: Vec<&str> = vec!["0", "1.0.0", "", "v1.2.3-rc.1+x", "1:2.3-4"];
        for range in affected.ranges.iter().take(4) {
            versions.extend(range.events.iter().take(8).map(|e| e.version()));
        }
        versions.extend(affected.versions.iter().take(8).map(String::as_str));
        for v in versions {
            let _ = matcher::affects(affected, v);
            let query = Query {
                ecosystem: affected.ecosystem.clone(),
                name: affected.name.clone(),
                version: v.to_string(),
            };
            if let Ok(Some(m)) = matcher::match_record(&record, &query) {
                let mut none = |_: &str| Vec::new();
                let _ = matcher::group(&query, &[m], &severity::Kind::DEFAULT_ORDER, &mut none);
            }
        }
    }
}

/// The vulnerability DB reader (first byte even) or the OSV `all.zip`
/// reader (odd). For the DB, the file length and the header digest are
/// fixed up first, so the fuzzer gets past them into the directory and
/// blocks (it cannot compute SHA-256).
pub fn vulndb(data: &[u8]) {
    use imagegate::vulndb::db::{zip, Db};
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    if which & 1 == 1 {
        let mut r = Cursor::new(rest);
        let Ok(members) = zip::members(&mut r, "all.zip") else {
            return;
        };
        for m in members.iter().take(16) {
            let _ = zip::read_member(&mut r, "all.zip", m);
        }
        return;
    }
    let mut bytes = rest.to_vec();
    fix_db_header(&mut bytes);
    let Ok(mut db) = Db::open(Cursor::new(bytes)) else {
        return;
    };
    let _ = db.info();
    let keys = db.keys().unwrap_or_default();
    for (eco, pkg) in keys.iter().take(16) {
        let _ = db.lookup(eco, pkg);
    }
    let _ = db.lookup("PyPI", "Django");
    let _ = db.lookup("", "");
    let ecos: Vec<String> = db
        .ecosystems()
        .iter()
        .take(4)
        .map(|(e, _)| e.clone())
        .collect();
    for e in &ecos {
        let _ = db.has_ecosystem(e);
    }
    for id in ["CVE-2021-44228", "", "GHSA-jfh8-c2jp-5v3q", "zzzz"] {
        let _ = db.ratings(id);
    }
}

/// Set a DB header's length field to the real length and its digest to the
/// SHA-256 of header bytes 0..48 and the directory, when the offsets allow.
fn fix_db_header(b: &mut [u8]) {
    use sha2::{Digest as _, Sha256};
    if b.len() < 96 {
        return;
    }
    let len = b.len() as u64;
    b[8..16].copy_from_slice(&len.to_le_bytes());
    let u64_at = |b: &[u8], at: usize| {
        let mut x = [0u8; 8];
        x.copy_from_slice(&b[at..at + 8]);
        u64::from_le_bytes(x)
    };
    let (dir_off, dir_len) = (u64_at(b, 16), u64_at(b, 24));
    let Some(end) = dir_off.checked_add(dir_len).filter(|&e| e <= len) else {
        return;
    };
    let (Ok(start), Ok(end)) = (usize::try_from(dir_off), usize::try_from(end)) else {
        return;
    };
    let mut h = Sha256::new();
    h.update(&b[..48]);
    h.update(&b[start..end]);
    let digest = h.finalize();
    b[48..80].copy_from_slice(&digest);
}

/// A policy file (TOML, every section, custom secret rules compiled).
pub fn policy(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = imagegate::policy::cfg::parse("imagegate.toml", text);
    }
}

/// The secret scanner. First byte: bit 0 scans as a config value (every
/// rule) instead of a file; bit 1 puts the input just before a chunk
/// boundary (it straddles the overlap); bit 2 takes a custom rule from the
/// input (`regex\nkeyword\ncontent`); bits 3-7 set the piece size the input
/// is fed in.
pub fn secrets(data: &[u8]) {
    use imagegate::secrets::scanner::{CHUNK, OVERLAP};
    let Some((&flags, mut rest)) = data.split_first() else {
        return;
    };
    let custom;
    let rules = if flags & 4 != 0 {
        let mut parts = rest.splitn(3, |&b| b == b'\n');
        let (Some(re), Some(kw)) = (parts.next(), parts.next()) else {
            return;
        };
        let cfg = SecretsConfig {
            custom_rules: vec![CustomRule {
                id: "fuzz-rule".to_string(),
                title: "Fuzz rule".to_string(),
                severity: imagegate::secrets::Severity::High,
                regex: String::from_utf8_lossy(re).into_owned(),
                keywords: vec![String::from_utf8_lossy(kw).into_owned()],
            }],
            ..SecretsConfig::default()
        };
        rest = parts.next().unwrap_or_default();
        match cfg.compile() {
            Ok(c) => {
                custom = c;
                &custom
            }
            Err(_) => return,
        }
    } else {
        builtin()
    };
    let mut s = Scanner::new(rules);
    let pad = if flags & 2 != 0 {
        CHUNK + OVERLAP - rest.len().min(CHUNK) / 2
    } else {
        0
    };
    if flags & 1 != 0 {
        s.begin_text();
    } else if !s.begin_file("app/config.env", (pad + rest.len()) as u64) {
        return;
    }
    if pad > 0 {
        s.feed(&vec![b' '; pad]);
    }
    let piece = usize::from(flags >> 3) * 97 + 1;
    for c in rest.chunks(piece) {
        s.feed(c);
    }
    let _ = s.finish();
}

/// Version ordering: the first byte picks the scheme, the rest is two
/// versions split at the first NUL. The order must be reflexive and
/// antisymmetric (`compare(a, b) == compare(b, a).reverse()`): sorting and
/// range matching rely on it.
pub fn version(data: &[u8]) {
    use imagegate::vulndb::version::compare;
    const SCHEMES: [Scheme; 10] = [
        Scheme::Dpkg,
        Scheme::Apk,
        Scheme::Rpm,
        Scheme::Pep440,
        Scheme::Semver,
        Scheme::Go,
        Scheme::Maven,
        Scheme::RubyGems,
        Scheme::NuGet,
        Scheme::Packagist,
    ];
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let scheme = SCHEMES[usize::from(which) % SCHEMES.len()];
    let mut parts = rest.splitn(2, |&b| b == 0);
    let a = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let b = String::from_utf8_lossy(parts.next().unwrap_or_default());
    assert_eq!(
        compare(scheme, &a, &a),
        std::cmp::Ordering::Equal,
        "{scheme:?}: {a:?} != itself"
    );
    assert_eq!(
        compare(scheme, &a, &b),
        compare(scheme, &b, &a).reverse(),
        "{scheme:?}: {a:?} vs {b:?} is not antisymmetric"
    );
}
