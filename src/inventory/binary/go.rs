//! Go build info (`debug/buildinfo`) read from a binary as it streams by.
//!
//! Go binaries carry a 32-byte header that starts with the magic
//! `\xff Go buildinf:`, followed by the pointer size and a flag byte. Since
//! Go 1.18 (flag `2`, "version inline") the header is followed by two
//! uvarint-length-prefixed strings: the Go version and the module info,
//! which sits between two 16-byte sentinels and holds the lines of
//! `runtime/debug.BuildInfo` (`path`, `mod`, `dep`, `=>`, `build`). The
//! scan in the parent module finds the magic; [`parse_at`] reads the
//! strings from the window (reading further if needed, at most
//! [`MAX_MODINFO`]). Older binaries (pointer format) point into the data
//! segment, which a single forward pass cannot follow: they get a warning.
//!
//! Packages follow Trivy's Go binary parser: a `stdlib` package with the Go
//! version as `v1.21.5` (anything after a space, e.g. ` X:boringcrypto`,
//! dropped); each `dep` by the module that replaces it if there is a `=>`
//! line; the main module (`mod`) when present, with `(devel)` versions
//! reported as empty and, for an empty or `v0.0.0-` pseudo version, the
//! version stamped with `-ldflags "-X ….version=…"` when exactly one such
//! semver is found in the best category.

use super::Window;
use crate::inventory::{Ecosystem, Found, Package};
use std::collections::BTreeMap;
use std::io;

/// The build-info magic.
pub const MAGIC: &[u8] = b"\xff Go buildinf:";
/// Size of the header that starts with [`MAGIC`].
const HEADER: usize = 32;
/// Largest Go version string read.
const MAX_VERSION: u64 = 1024;
/// Largest module info read.
pub const MAX_MODINFO: u64 = 4 << 20;
/// Length of each sentinel around the module info.
const SENTINEL: usize = 16;

/// What was at a magic.
pub enum Outcome {
    /// Not a build-info header after all (e.g. the magic as a string
    /// constant in a program that reads build info): keep scanning.
    NotBuildInfo,
    /// Build info: the scan is over.
    Found(Found),
}

/// Parse the build info whose magic is at `pos` in the window (`offset` in
/// the file). Reads more of the stream if the strings reach past the window.
pub(crate) fn parse_at(win: &mut Window<'_>, pos: usize, offset: u64) -> io::Result<Outcome> {
    win.fill_to(pos.saturating_add(HEADER).saturating_add(20))?;
    let Some(hdr) = win.buf.get(pos..pos.saturating_add(HEADER)) else {
        return Ok(Outcome::NotBuildInfo);
    };
    let (ptr_size, flags) = match (hdr.get(14), hdr.get(15)) {
        (Some(&p), Some(&f)) => (p, f),
        _ => return Ok(Outcome::NotBuildInfo),
    };
    if !(ptr_size == 4 || ptr_size == 8) || flags & !3 != 0 {
        return Ok(Outcome::NotBuildInfo);
    }
    if flags & 2 == 0 {
        // Pointer format: only trust a header at the 16-byte alignment Go uses.
        if !offset.is_multiple_of(16) {
            return Ok(Outcome::NotBuildInfo);
        }
        return Ok(Outcome::Found(Found {
            packages: Vec::new(),
            warnings: vec!["Go build info before Go 1.18 is not read".into()],
            ..Found::default()
        }));
    }
    let mut at = pos.saturating_add(HEADER);
    let Some(version) = read_string(win, &mut at, MAX_VERSION)? else {
        return Ok(Outcome::NotBuildInfo);
    };
    let version = match String::from_utf8(version) {
        Ok(v) if v.starts_with("go") || v.starts_with("devel") => v,
        _ => return Ok(Outcome::NotBuildInfo),
    };
    let mut found = Found::default();
    let modinfo = match read_string(win, &mut at, MAX_MODINFO)? {
        Some(m) => m,
        None => {
            found
                .warnings
                .push("Go module info is truncated or larger than 4 MiB".into());
            Vec::new()
        }
    };
    let modinfo = String::from_utf8_lossy(strip_sentinels(&modinfo));
    let info = parse_modinfo(&modinfo, &mut found.warnings);
    found.packages = packages(&version, &info);
    Ok(Outcome::Found(found))
}

/// Read a uvarint-prefixed string at `*at`, at most `cap` bytes long.
/// `None` when the length is malformed, too large, or the stream ends.
fn read_string(win: &mut Window<'_>, at: &mut usize, cap: u64) -> io::Result<Option<Vec<u8>>> {
    win.fill_to(at.saturating_add(10))?;
    let Some((len, n)) = uvarint(win.buf.get(*at..).unwrap_or(&[])) else {
        return Ok(None);
    };
    if len > cap {
        return Ok(None);
    }
    let Ok(len) = usize::try_from(len) else {
        return Ok(None);
    };
    let start = at.saturating_add(n);
    let end = start.saturating_add(len);
    win.fill_to(end)?;
    let Some(s) = win.buf.get(start..end) else {
        return Ok(None);
    };
    *at = end;
    Ok(Some(s.to_vec()))
}

/// Decode an unsigned LEB128 varint: (value, bytes used).
fn uvarint(b: &[u8]) -> Option<(u64, usize)> {
    let mut x: u64 = 0;
    for (i, &byte) in b.iter().enumerate().take(10) {
        let shift = u32::try_from(i).ok()?.checked_mul(7)?;
        let part = u64::from(byte & 0x7f).checked_shl(shift)?;
        x |= part;
        if byte & 0x80 == 0 {
            return Some((x, i.checked_add(1)?));
        }
    }
    None
}

/// The module info without its sentinels (empty when they are missing, as
/// `debug/buildinfo` does).
fn strip_sentinels(b: &[u8]) -> &[u8] {
    let n = b.len();
    if n > 2 * SENTINEL && b.get(n - SENTINEL - 1) == Some(&b'\n') {
        b.get(SENTINEL..n - SENTINEL).unwrap_or(&[])
    } else {
        &[]
    }
}

/// A module line: path, version and the module replacing it, if any.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Module {
    path: String,
    version: String,
    replace: Option<(String, String)>,
}

/// The parts of `runtime/debug.BuildInfo` that matter here.
#[derive(Debug, Default)]
struct BuildInfo {
    main: Module,
    deps: Vec<Module>,
    /// The `-ldflags` build setting, unquoted.
    ldflags: Option<String>,
}

/// Parse the module info lines (lenient: a malformed line is skipped with a warning).
fn parse_modinfo(text: &str, warnings: &mut Vec<String>) -> BuildInfo {
    #[derive(Clone, Copy)]
    enum Last {
        None,
        Main,
        Dep,
    }
    let mut info = BuildInfo::default();
    let mut last = Last::None;
    let mut bad = 0usize;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("mod\t") {
            match module(rest) {
                Some(m) => {
                    info.main = m;
                    last = Last::Main;
                }
                None => bad += 1,
            }
        } else if let Some(rest) = line.strip_prefix("dep\t") {
            match module(rest) {
                Some(m) => {
                    info.deps.push(m);
                    last = Last::Dep;
                }
                None => bad += 1,
            }
        } else if let Some(rest) = line.strip_prefix("=>\t") {
            let f: Vec<&str> = rest.split('\t').collect();
            let target = match last {
                Last::Main => Some(&mut info.main),
                Last::Dep => info.deps.last_mut(),
                Last::None => None,
            };
            match (f.as_slice(), target) {
                ([path, version, _sum], Some(m)) => {
                    m.replace = Some(((*path).to_owned(), (*version).to_owned()));
                }
                _ => bad += 1,
            }
            last = Last::None;
        } else if let Some(rest) = line.strip_prefix("build\t") {
            let (key, value) = build_setting(rest);
            if key == "-ldflags" {
                info.ldflags = Some(value);
            }
        }
    }
    if bad > 0 {
        warnings.push(format!("{bad} malformed line(s) in Go module info skipped"));
    }
    info
}

/// `path\tversion[\tsum]`.
fn module(rest: &str) -> Option<Module> {
    let f: Vec<&str> = rest.split('\t').collect();
    match f.as_slice() {
        [path, version] | [path, version, _] => Some(Module {
            path: (*path).to_owned(),
            version: (*version).to_owned(),
            replace: None,
        }),
        _ => None,
    }
}

/// `key=value` of a `build` line; key and value may be Go-quoted.
fn build_setting(rest: &str) -> (String, String) {
    let (key, value) = if rest.starts_with('"') {
        match quoted_prefix(rest) {
            Some((k, after)) => (k, after.strip_prefix('=').unwrap_or(after).to_owned()),
            None => (rest.to_owned(), String::new()),
        }
    } else {
        match rest.split_once('=') {
            Some((k, v)) => (k.to_owned(), v.to_owned()),
            None => (rest.to_owned(), String::new()),
        }
    };
    let value = if value.starts_with('"') {
        quoted_prefix(&value)
            .map(|(v, _)| v)
            .unwrap_or(value.clone())
    } else {
        value
    };
    (key, value)
}

/// Unquote the Go string literal at the start of `s`; returns it and the rest.
fn quoted_prefix(s: &str) -> Option<(String, &str)> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, s.get(i + 1..)?)),
            '\\' => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\x07'),
                    'b' => out.push('\x08'),
                    'f' => out.push('\x0c'),
                    'v' => out.push('\x0b'),
                    'x' | 'u' | 'U' => {
                        let n = match e {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let mut v = 0u32;
                        for _ in 0..n {
                            let d = chars.next()?.1.to_digit(16)?;
                            v = v.checked_mul(16)?.checked_add(d)?;
                        }
                        out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                    }
                    other => out.push(other),
                }
            }
            c => out.push(c),
        }
    }
    None
}

/// Trivy's package list for one binary.
fn packages(go_version: &str, info: &BuildInfo) -> Vec<Package> {
    let stdlib = go_version.strip_prefix("go").unwrap_or(go_version);
    let stdlib = stdlib.split(' ').next().unwrap_or(stdlib);
    let mut out = vec![Package::new(
        Ecosystem::Golang,
        "stdlib",
        format!("v{stdlib}"),
    )];
    for dep in &info.deps {
        if dep.path.is_empty() {
            continue;
        }
        let (path, version) = match &dep.replace {
            Some((p, v)) => (p.as_str(), v.as_str()),
            None => (dep.path.as_str(), dep.version.as_str()),
        };
        out.push(Package::new(Ecosystem::Golang, path, devel_empty(version)));
    }
    if !info.main.path.is_empty() {
        let mut version = devel_empty(&info.main.version).to_owned();
        let stamped = info
            .ldflags
            .as_deref()
            .map(|f| ldflags_version(&info.main.path, f))
            .unwrap_or_default();
        if version.is_empty() || (version.starts_with("v0.0.0") && !stamped.is_empty()) {
            version = stamped;
        }
        out.push(Package::new(Ecosystem::Golang, &info.main.path, version));
    }
    out
}

/// `(devel)` is no version.
fn devel_empty(v: &str) -> &str {
    if v == "(devel)" {
        ""
    } else {
        v
    }
}

/// The version stamped with `-X key=value` in `-ldflags`, chosen the way
/// Trivy does: keys ending `.version`/`.ver` with a semver value, in three
/// categories (`<module>/cmd/…`, a `main`/`common`/`version`/`cmd` package,
/// others); the first non-empty category wins if it has exactly one.
fn ldflags_version(module: &str, ldflags: &str) -> String {
    let words = shell_words(ldflags);
    let mut x: BTreeMap<String, String> = BTreeMap::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        let value = if w == "-X" {
            it.next().map(String::as_str)
        } else if let Some(v) = w.strip_prefix("-X=") {
            Some(v)
        } else {
            w.strip_prefix("-X").filter(|v| !v.is_empty())
        };
        let Some(value) = value else { continue };
        for pair in value.split(',') {
            if let Some((k, v)) = pair.split_once('=') {
                x.insert(k.to_owned(), v.to_owned());
            }
        }
    }
    let mut cats: [Vec<&str>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let cmd_prefix = format!("{module}/cmd/");
    for (k, v) in &x {
        let key = k.trim_start_matches('\'');
        let val = v.trim_end_matches('\'');
        let lower = key.to_ascii_lowercase();
        if !(lower.ends_with(".version") || lower.ends_with(".ver")) {
            continue;
        }
        if !(is_semver(val) || is_semver(&format!("v{val}"))) {
            continue;
        }
        let cat = if key.starts_with(&cmd_prefix) {
            0
        } else if ["main", "common", "version", "cmd"].contains(&version_prefix(key).as_str()) {
            1
        } else {
            2
        };
        if let Some(c) = cats.get_mut(cat) {
            c.push(val);
        }
    }
    for c in &cats {
        match c.as_slice() {
            [] => continue,
            [one] => return (*one).to_owned(),
            _ => return String::new(),
        }
    }
    String::new()
}

/// The package name in front of the variable of an `-X` key, lowercased:
/// `github.com/x/y/internal/version.ver` → `version`.
fn version_prefix(key: &str) -> String {
    let s = match key.rfind('/') {
        Some(i) if i > 0 => key.get(i + 1..).unwrap_or(key),
        _ => key,
    };
    s.split('.').next().unwrap_or(s).to_ascii_lowercase()
}

/// Split a command line the way a POSIX shell would (quotes, backslashes).
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => {
                if let Some(n) = chars.next() {
                    if !matches!(n, '"' | '\\' | '$' | '`') {
                        cur.push('\\');
                    }
                    cur.push(n);
                }
            }
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

/// `golang.org/x/mod/semver.IsValid`: `vMAJOR[.MINOR[.PATCH[-pre][+build]]]`.
fn is_semver(v: &str) -> bool {
    fn num(s: &str) -> Option<&str> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (n, rest) = s.split_at(end);
        if n.is_empty() || (n.len() > 1 && n.starts_with('0')) {
            return None;
        }
        Some(rest)
    }
    fn idents(s: &str, numeric_rule: bool) -> bool {
        s.split('.').all(|id| {
            !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !(numeric_rule
                    && id.len() > 1
                    && id.starts_with('0')
                    && id.chars().all(|c| c.is_ascii_digit()))
        })
    }
    let Some(rest) = v.strip_prefix('v') else {
        return false;
    };
    let Some(rest) = num(rest) else { return false };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('.').and_then(num) else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(mut rest) = rest.strip_prefix('.').and_then(num) else {
        return false;
    };
    if let Some(pre) = rest.strip_prefix('-') {
        let end = pre.find('+').unwrap_or(pre.len());
        let (p, r) = pre.split_at(end);
        if !idents(p, true) {
            return false;
        }
        rest = r;
    }
    if let Some(build) = rest.strip_prefix('+') {
        return idents(build, false);
    }
    rest.is_empty()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::analyze;
    use super::super::testutil::dribble;
    use super::*;

    const START: &[u8; 16] = b"0w\xaf\x0c\x92t\x08\x02A\xe1\xc1\x07\xe6\xd6\x18\xe6";
    const END: &[u8; 16] = b"\xf92C1\x86\x18 r\x00\x82B\x10A\x16\xd8\xf2";

    fn put_uvarint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    /// An inline (Go 1.18+) build-info blob.
    pub fn blob(version: &str, modinfo: &str) -> Vec<u8> {
        let mut b = MAGIC.to_vec();
        b.push(8);
        b.push(2);
        b.resize(32, 0);
        put_uvarint(&mut b, version.len() as u64);
        b.extend_from_slice(version.as_bytes());
        let mut m = START.to_vec();
        m.extend_from_slice(modinfo.as_bytes());
        m.extend_from_slice(END);
        put_uvarint(&mut b, m.len() as u64);
        b.extend_from_slice(&m);
        b
    }

    fn garbage(n: usize, seed: u32) -> Vec<u8> {
        (0..n as u32)
            .map(|i| (i.wrapping_add(seed).wrapping_mul(2_654_435_761) >> 11) as u8)
            .collect()
    }

    /// Fake ELF: header, garbage, the magic as a decoy string, garbage, the
    /// blob at a 16-byte aligned offset, garbage.
    fn fake_elf(blob: &[u8]) -> Vec<u8> {
        let mut f = b"\x7fELF\x02\x01\x01\x00".to_vec();
        f.extend(garbage(70_001, 1));
        f.extend_from_slice(MAGIC);
        f.extend_from_slice(b"not a Go executable");
        f.extend(garbage(50_000, 2));
        while !f.len().is_multiple_of(16) {
            f.push(0);
        }
        f.extend_from_slice(blob);
        f.extend(garbage(90_000, 3));
        f
    }

    const MODINFO: &str = "path\texample.com/app/cmd/app\n\
        mod\texample.com/app\t(devel)\t\n\
        dep\tgithub.com/a/b\tv1.2.3\th1:abc=\n\
        dep\tgolang.org/x/net\tv0.1.0\th1:def=\n\
        =>\tgithub.com/fork/net\tv0.2.0\th1:ghi=\n\
        dep\t\t(devel)\t\n\
        build\t-buildmode=exe\n\
        build\t-ldflags=\"-s -w -X main.version=1.4.2 -X 'example.com/app/internal/build.Commit=abc'\"\n\
        build\tGOOS=linux\n";

    fn names(found: &Found) -> Vec<(String, String)> {
        found
            .packages
            .iter()
            .map(|p| (p.name.clone(), p.version.clone()))
            .collect()
    }

    #[test]
    fn inline_buildinfo_split_across_small_reads() {
        let data = fake_elf(&blob("go1.21.5 X:boringcrypto", MODINFO));
        let mut r = dribble(&data, 7);
        let found = analyze("usr/bin/app", data.len() as u64, 0o755, &mut r)
            .unwrap()
            .unwrap();
        assert!(found.warnings.is_empty(), "{:?}", found.warnings);
        assert_eq!(
            names(&found),
            vec![
                ("stdlib".into(), "v1.21.5".into()),
                ("github.com/a/b".into(), "v1.2.3".into()),
                ("github.com/fork/net".into(), "v0.2.0".into()),
                ("example.com/app".into(), "1.4.2".into()),
            ]
        );
        assert!(found
            .packages
            .iter()
            .all(|p| p.ecosystem == Ecosystem::Golang));
        // The scan stops after the build info; the rest is left to the walker.
        assert!(r.total < data.len());
    }

    #[test]
    fn every_split_point_of_the_magic_is_found() {
        let b = blob("go1.22.0", "mod\tex.com/m\tv1.0.0\t\n");
        for pad in 0..16 {
            let mut data = b"\x7fELF".to_vec();
            data.extend(garbage(CHUNK_SPLIT - 4 - 16 * 3 + pad * 16, 9));
            while !data.len().is_multiple_of(16) {
                data.push(0);
            }
            data.extend_from_slice(&b);
            data.extend(garbage(100, 5));
            for n in [1, 7, 13, 4096] {
                let mut r = dribble(&data, n);
                let found = analyze("b", data.len() as u64, 0o700, &mut r)
                    .unwrap()
                    .unwrap();
                assert_eq!(found.packages.len(), 2, "pad {pad} read {n}");
                assert_eq!(found.packages[1].version, "v1.0.0");
            }
        }
    }
    const CHUNK_SPLIT: usize = 64 << 10;

    #[test]
    fn pseudo_version_main_uses_ldflags_and_real_version_wins() {
        let m = "mod\tex.com/m\tv0.0.0-20240101-abcdef\t\n\
                 build\t-ldflags=\"-X ex.com/m/cmd/m/version.Version=v2.0.0 -X main.version=1.0.0\"\n";
        let info = parse_modinfo(m, &mut Vec::new());
        let p = packages("go1.22.1", &info);
        assert_eq!(p[1].version, "v2.0.0");
        let m = "mod\tex.com/m\tv1.5.0\th1:x\nbuild\t-ldflags=\"-X main.version=1.0.0\"\n";
        let p = packages("go1.22.1", &parse_modinfo(m, &mut Vec::new()));
        assert_eq!(p[1].version, "v1.5.0");
        // Two candidates in the winning category: no version.
        let m = "mod\tex.com/m\t(devel)\t\nbuild\t-ldflags=\"-X main.version=1.0.0 -X cmd.version=1.1.0\"\n";
        let p = packages("go1.22.1", &parse_modinfo(m, &mut Vec::new()));
        assert_eq!(p[1].version, "");
    }

    #[test]
    fn pointer_format_is_a_warning_and_bad_headers_are_skipped() {
        let mut data = b"\x7fELF".to_vec();
        data.resize(64, 0);
        // A magic with a bad pointer size first, then a pointer-format header.
        data.extend_from_slice(MAGIC);
        data.extend_from_slice(&[3, 0]);
        data.resize(128, 0);
        data.extend_from_slice(MAGIC);
        data.extend_from_slice(&[8, 0]);
        data.resize(4096, 0);
        let mut r = dribble(&data, 7);
        let found = analyze("b", data.len() as u64, 0o755, &mut r)
            .unwrap()
            .unwrap();
        assert!(found.packages.is_empty());
        assert_eq!(
            found.warnings,
            vec!["Go build info before Go 1.18 is not read"]
        );
    }

    #[test]
    fn truncated_blob_and_huge_lengths_are_harmless() {
        let b = blob("go1.21.0", MODINFO);
        let mut data = b"\x7fELF".to_vec();
        data.resize(256, 0);
        data.extend_from_slice(&b[..b.len() - 40]);
        let found = analyze("b", 0xffff, 0o755, &mut &data[..])
            .unwrap()
            .unwrap();
        assert_eq!(names(&found), vec![("stdlib".into(), "v1.21.0".into())]);
        assert_eq!(found.warnings.len(), 1);
        // A version length of 2^63: not build info; nothing allocated.
        let mut data = b"\x7fELF".to_vec();
        data.resize(256, 0);
        data.extend_from_slice(MAGIC);
        data.extend_from_slice(&[8, 2]);
        data.resize(256 + 32, 0);
        data.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
        data.resize(2000, 0);
        assert_eq!(analyze("b", 2000, 0o755, &mut &data[..]).unwrap(), None);
    }

    #[test]
    fn semver_and_words() {
        for ok in ["v1", "v1.2", "v1.2.3", "v1.2.3-rc.1+b.5", "v0.0.0-2024-abc"] {
            assert!(is_semver(ok), "{ok}");
        }
        for bad in ["1.2.3", "v01.2.3", "v1.2-rc1", "v1.2.3-01", "v1.2.3.4", "v"] {
            assert!(!is_semver(bad), "{bad}");
        }
        assert_eq!(
            shell_words(r#"-s -X 'a.b=c d' -X "e.f=\"g\"" h\ i"#),
            vec!["-s", "-X", "a.b=c d", "-X", "e.f=\"g\"", "h i"]
        );
        assert_eq!(
            version_prefix("github.com/x/y/internal/Version.ver"),
            "version"
        );
    }

    /// A real Go binary: the Go toolchain's own `go` command, if installed.
    #[test]
    fn real_go_binary_if_present() {
        let Some(go) = std::env::var_os("PATH").and_then(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("go"))
                .find(|f| f.is_file())
        }) else {
            eprintln!("no `go` on PATH: skipped");
            return;
        };
        let Ok(go) = std::fs::canonicalize(go) else {
            return;
        };
        let Ok(out) = std::process::Command::new(&go)
            .arg("env")
            .arg("GOVERSION")
            .output()
        else {
            return;
        };
        let want = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let want = format!("v{}", want.trim_start_matches("go"));
        let mut f = std::fs::File::open(&go).unwrap();
        let size = f.metadata().unwrap().len();
        let found = analyze("usr/bin/go", size, 0o755, &mut f).unwrap().unwrap();
        assert_eq!(found.packages[0].name, "stdlib");
        assert_eq!(found.packages[0].version, want);
    }

    /// A Go module built here (if `go` is installed) with a locally replaced
    /// dependency and an `-ldflags -X` version: Trivy's view of it.
    #[test]
    fn real_module_build_if_go_present() {
        let Ok(v) = std::process::Command::new("go")
            .args(["env", "GOVERSION"])
            .output()
        else {
            eprintln!("no `go`: skipped");
            return;
        };
        let goversion = String::from_utf8_lossy(&v.stdout).trim().to_owned();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("app")).unwrap();
        std::fs::create_dir_all(d.join("dep")).unwrap();
        std::fs::write(d.join("dep/go.mod"), "module example.com/dep\n\ngo 1.18\n").unwrap();
        std::fs::write(
            d.join("dep/dep.go"),
            "package dep\nfunc X() int { return 1 }\n",
        )
        .unwrap();
        std::fs::write(
            d.join("app/go.mod"),
            "module example.com/app\n\ngo 1.18\n\nrequire example.com/dep v1.2.3\n\nreplace example.com/dep v1.2.3 => ../dep\n",
        )
        .unwrap();
        std::fs::write(
            d.join("app/main.go"),
            "package main\nimport \"example.com/dep\"\nvar version = \"dev\"\nfunc main() { println(dep.X(), version) }\n",
        )
        .unwrap();
        let status = std::process::Command::new("go")
            .args([
                "build",
                "-ldflags",
                "-X main.version=1.4.2",
                "-o",
                "app.bin",
                ".",
            ])
            .current_dir(d.join("app"))
            .env("GOFLAGS", "-mod=mod")
            .env("GOPROXY", "off")
            .env("GOCACHE", d.join("cache"))
            .env("GOPATH", d.join("gopath"))
            .status()
            .unwrap();
        assert!(status.success());
        let bin = d.join("app/app.bin");
        let mut f = std::fs::File::open(&bin).unwrap();
        let size = f.metadata().unwrap().len();
        let found = analyze("app", size, 0o755, &mut f).unwrap().unwrap();
        assert!(found.warnings.is_empty(), "{:?}", found.warnings);
        let want_std = format!("v{}", goversion.trim_start_matches("go"));
        assert_eq!(
            names(&found),
            vec![
                ("stdlib".into(), want_std),
                ("../dep".into(), "".into()),
                ("example.com/app".into(), "1.4.2".into()),
            ]
        );
    }
}
