//! Which strings are versions at all, per ecosystem: the comparators of this
//! module's siblings are total (any string gets a deterministic place), so
//! the matcher asks [`validate`] first and refuses to guess: a version the
//! ecosystem's own tool would reject is reported, not ordered.
//!
//! The rules follow each ecosystem's reference parser:
//! - dpkg: `parseversion` in dpkg (`lib/dpkg/parsehelp.c`): errors *and*
//!   the warnings `dpkg --compare-versions` prints (a version that does not
//!   start with a digit, a character outside `[A-Za-z0-9.+~-:]`).
//! - apk: `apk_version_validate` of apk-tools 3
//!   (`digit{.digit}...{letter}{_suf{#}}...{~hash}{-r#}`), plus a number
//!   after the letter (`6.0.2p1`), which Alpine shipped and apk-tools 2 read.
//! - rpm: rpm accepts nearly anything; refused are empty parts, a
//!   non-numeric epoch before `:`, and characters outside
//!   `[A-Za-z0-9._+~^]`.
//! - PEP 440: `packaging.version.Version` (no legacy versions).
//! - SemVer (npm, crates.io) and Go: `[v]MAJOR[.MINOR[.PATCH]][-pre][+build]`
//!   with numeric parts and `[0-9A-Za-z-]` identifiers (missing minor or
//!   patch parts are `0`, an unambiguous reading; `1.36.0rc1` is refused).
//! - Maven: `ComparableVersion` accepts every string; refused are only the
//!   empty string and whitespace or control characters.
//! - RubyGems: `Gem::Version::ANCHORED_VERSION_PATTERN`.
//! - NuGet: `NuGetVersion.TryParse` (1 to 4 numeric parts, SemVer 2 labels).
//! - Packagist: what Composer's `VersionParser::normalize` accepts (numeric
//!   versions with a stability suffix, `dev-<branch>`, `<n>.x-dev`).

use super::Scheme;

/// `Ok` when `v` is a valid version of `scheme`; else why it is not.
pub fn validate(scheme: Scheme, v: &str) -> Result<(), String> {
    if v.chars().any(|c| c.is_control()) {
        return Err("contains a control character".into());
    }
    match scheme {
        Scheme::Dpkg => dpkg(v),
        Scheme::Apk => apk(v),
        Scheme::Rpm => rpm(v),
        Scheme::Pep440 => {
            if super::pep440::is_valid(v) {
                Ok(())
            } else {
                Err("not a PEP 440 version".into())
            }
        }
        Scheme::Semver | Scheme::Go => semver(v),
        Scheme::Maven => {
            if v.trim().is_empty() {
                Err("empty".into())
            } else if v.chars().any(char::is_whitespace) {
                Err("contains whitespace".into())
            } else {
                Ok(())
            }
        }
        Scheme::RubyGems => rubygems(v),
        Scheme::NuGet => nuget(v),
        Scheme::Packagist => packagist(v),
    }
}

fn dpkg(v: &str) -> Result<(), String> {
    let v = v.trim();
    if v.is_empty() {
        return Err("version string is empty".into());
    }
    if v.chars().any(char::is_whitespace) {
        return Err("version string has embedded spaces".into());
    }
    let rest = match v.split_once(':') {
        Some((epoch, rest)) => {
            if epoch.is_empty() {
                return Err("epoch in version is empty".into());
            }
            if !epoch.bytes().all(|b| b.is_ascii_digit()) {
                return Err("epoch in version is not number".into());
            }
            if epoch.parse::<i32>().is_err() {
                return Err("epoch in version is too big".into());
            }
            if rest.is_empty() {
                return Err("nothing after colon in version number".into());
            }
            rest
        }
        None => v,
    };
    let (upstream, revision) = match rest.rsplit_once('-') {
        Some((u, r)) => {
            if r.is_empty() {
                return Err("revision number is empty".into());
            }
            (u, Some(r))
        }
        None => (rest, None),
    };
    if upstream.is_empty() {
        return Err("version number is empty".into());
    }
    if !upstream.starts_with(|c: char| c.is_ascii_digit()) {
        return Err("version number does not start with digit".into());
    }
    if upstream
        .chars()
        .any(|c| !c.is_ascii_alphanumeric() && !".-+~:".contains(c))
    {
        return Err("invalid character in version number".into());
    }
    if revision.is_some_and(|r| {
        r.chars()
            .any(|c| !c.is_ascii_alphanumeric() && !".+~".contains(c))
    }) {
        return Err("invalid character in revision number".into());
    }
    Ok(())
}

/// apk-tools 3's token state machine, validation only.
fn apk(v: &str) -> Result<(), String> {
    #[derive(Clone, Copy, PartialEq, PartialOrd)]
    enum T {
        Digit,
        Letter,
        Suffix,
        SuffixNo,
        Hash,
        Revision,
    }
    const SUFFIXES: [&str; 9] = ["alpha", "beta", "pre", "rc", "cvs", "svn", "git", "hg", "p"];
    let b = v.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let bad = || {
        Err("not an apk version (apk-tools 3: `digit{.digit}...{letter}{_suffix{#}}...{~hash}{-r#}`)".to_string())
    };
    let mut i = digits(0);
    if i == 0 {
        return bad();
    }
    let mut t = T::Digit;
    while i < b.len() {
        match b[i] {
            b'a'..=b'z' => {
                if t > T::Digit {
                    return bad();
                }
                t = T::Letter;
                i += 1;
            }
            b'.' => {
                if t > T::Digit {
                    return bad();
                }
                let n = digits(i + 1);
                if n == 0 {
                    return bad();
                }
                t = T::Digit;
                i += 1 + n;
            }
            b'0'..=b'9' => {
                // A suffix takes a number (`_rc1`). apk-tools 3 also refuses
                // a number after a letter, but Alpine shipped such versions
                // (`6.0.2p1-r0`, abuild issue 10088) and apk-tools 2 ordered
                // them, so they are accepted (and ordered as apk 2 did).
                t = match t {
                    T::Suffix => T::SuffixNo,
                    T::Letter => T::Letter,
                    _ => return bad(),
                };
                i += digits(i);
            }
            b'_' => {
                if t > T::SuffixNo {
                    return bad();
                }
                let n = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_lowercase())
                    .count();
                let word = &v[i + 1..i + 1 + n];
                if !SUFFIXES.contains(&word) {
                    return bad();
                }
                t = T::Suffix;
                i += 1 + n;
            }
            b'~' => {
                if t >= T::Hash {
                    return bad();
                }
                let n = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count();
                if n == 0 {
                    return bad();
                }
                t = T::Hash;
                i += 1 + n;
            }
            b'-' => {
                if t >= T::Revision || b.get(i + 1) != Some(&b'r') {
                    return bad();
                }
                let n = digits(i + 2);
                if n == 0 {
                    return bad();
                }
                t = T::Revision;
                i += 2 + n;
            }
            _ => return bad(),
        }
    }
    Ok(())
}

fn rpm(v: &str) -> Result<(), String> {
    if v.is_empty() {
        return Err("empty".into());
    }
    let rest = match v.split_once(':') {
        Some((e, rest)) => {
            if e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()) {
                return Err("the epoch before `:` is not a number".into());
            }
            rest
        }
        None => v,
    };
    let (version, release) = match rest.rsplit_once('-') {
        Some((ver, rel)) => (ver, Some(rel)),
        None => (rest, None),
    };
    let ok = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"._+~^".contains(&c))
    };
    if !ok(version) || release.is_some_and(|r| !ok(r)) {
        return Err("not an rpm `[epoch:]version[-release]` (empty part or a character outside [A-Za-z0-9._+~^])".into());
    }
    Ok(())
}

/// `[0-9A-Za-z-]+` identifiers separated by dots.
fn identifiers(s: &str) -> bool {
    !s.is_empty()
        && s.split('.')
            .all(|id| !id.is_empty() && id.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
}

fn numeric_parts(s: &str, max: usize) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() <= max
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
}

/// `[v]N[.N[.N]][-pre][+build]`.
fn semver(v: &str) -> Result<(), String> {
    let s = v.strip_prefix('v').unwrap_or(v);
    let (s, build) = match s.split_once('+') {
        Some((s, b)) => (s, Some(b)),
        None => (s, None),
    };
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (s, None),
    };
    if numeric_parts(core, 3) && pre.is_none_or(identifiers) && build.is_none_or(identifiers) {
        Ok(())
    } else {
        Err("not a SemVer version (`MAJOR.MINOR.PATCH[-prerelease][+build]`)".into())
    }
}

/// `\A\s*([0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*\z`.
fn rubygems(v: &str) -> Result<(), String> {
    let s = v.trim();
    if s.is_empty() {
        return Ok(()); // Gem::Version.new("") is "0"
    }
    let (main, pre) = match s.split_once('-') {
        Some((m, p)) => (m, Some(p)),
        None => (s, None),
    };
    let mut segs = main.split('.');
    let first_ok = segs
        .next()
        .is_some_and(|f| !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()));
    let rest_ok = segs.all(|x| !x.is_empty() && x.bytes().all(|c| c.is_ascii_alphanumeric()));
    if first_ok && rest_ok && pre.is_none_or(identifiers) {
        Ok(())
    } else {
        Err("not a RubyGems version (Gem::Version)".into())
    }
}

fn nuget(v: &str) -> Result<(), String> {
    let (s, build) = match v.split_once('+') {
        Some((s, b)) => (s, Some(b)),
        None => (v, None),
    };
    let (core, pre) = match s.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (s, None),
    };
    if numeric_parts(core, 4) && pre.is_none_or(identifiers) && build.is_none_or(identifiers) {
        Ok(())
    } else {
        Err("not a NuGet version (1 to 4 numbers, optional -prerelease and +metadata)".into())
    }
}

fn packagist(v: &str) -> Result<(), String> {
    let bad = || Err("not a Composer version".to_string());
    let s = v.trim();
    let lower = s.to_ascii_lowercase();
    // Branches.
    if let Some(branch) = lower.strip_prefix("dev-") {
        return if branch.is_empty() { bad() } else { Ok(()) };
    }
    let s = lower.strip_prefix('v').unwrap_or(&lower);
    // Build metadata is dropped by Composer.
    let s = s.split_once('+').map(|(a, _)| a).unwrap_or(s);
    // `1.x-dev`, `1.2.*`.
    if let Some(base) = s
        .strip_suffix(".x-dev")
        .or_else(|| s.strip_suffix(".*-dev"))
    {
        return if numeric_parts(base, 3) {
            Ok(())
        } else {
            bad()
        };
    }
    let b = s.as_bytes();
    let mut i = 0;
    let mut parts = 0;
    loop {
        let n = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return bad();
        }
        i += n;
        parts += 1;
        if parts < 4 && b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        break;
    }
    let mut rest = &s[i..];
    // Stability: `[._-]?(stable|beta|b|rc|alpha|a|patch|pl|p)((\.|-)?\d+)*`.
    let sep = |r: &str| r.strip_prefix(['.', '_', '-']).unwrap_or(r).to_string();
    let after = sep(rest);
    for word in [
        "stable", "beta", "b", "rc", "alpha", "a", "patch", "pl", "p",
    ] {
        if let Some(mut tail) = after.strip_prefix(word) {
            loop {
                let t = tail.strip_prefix(['.', '-']).unwrap_or(tail);
                let n = t.bytes().take_while(u8::is_ascii_digit).count();
                if n == 0 {
                    break;
                }
                tail = &t[n..];
            }
            rest = &rest[rest.len() - tail.len()..];
            break;
        }
    }
    let rest = rest.strip_prefix(['.', '-']).unwrap_or(rest);
    if rest.is_empty() || rest == "dev" {
        Ok(())
    } else {
        bad()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: Scheme, v: &str) -> bool {
        validate(s, v).is_ok()
    }

    #[test]
    fn per_scheme() {
        use Scheme::*;
        for v in [
            "1.0",
            "1:2.38.1-5+deb12u3",
            "1.0~rc1-1",
            "3.0.11-1~deb12u2",
            "0:1",
        ] {
            assert!(ok(Dpkg, v), "dpkg {v}");
        }
        for v in [
            "", "abc", "1.0 1", ":1", "a:1.0", "1:", "1.0-", "1.0_1", "1.0-a_b",
        ] {
            assert!(!ok(Dpkg, v), "dpkg {v:?}");
        }
        for v in [
            "1.2.3-r0",
            "1.2.3_rc1",
            "1.2.3a",
            "1.2.3_p1_rc2-r10",
            "2.4.0~e5f9a2c-r1",
            "1",
            "0.1.0_alpha",
            "6.0.2p1-r0",
        ] {
            assert!(ok(Apk, v), "apk {v}");
        }
        for v in [
            "",
            "a",
            "1-ruff",
            "1.2_blah",
            "1.0~-r0",
            "1.0-r",
            "1.2.3-r1-r2",
            ".1",
            "1..2",
            "1.2ab",
            "1.2a4b",
        ] {
            assert!(!ok(Apk, v), "apk {v:?}");
        }
        for v in [
            "1.9.5p2-10.el9_6.1",
            "0:1.9.5p2-10.el9",
            "1:22.23.2-2.module+el9.8.0+24958+80b2ac6e",
            "1.0^git1-1",
            "2.0~rc1",
        ] {
            assert!(ok(Rpm, v), "rpm {v}");
        }
        for v in ["", "a:1.0-1", "1.0-", "1.0 -1", ":1"] {
            assert!(!ok(Rpm, v), "rpm {v:?}");
        }
        for v in ["1.0", "1.0.post1", "2!1.0a1.dev3+local.7", "v1.0"] {
            assert!(ok(Pep440, v), "pep440 {v}");
        }
        for v in ["1.0-SNAPSHOT", "foo", "1.0.0-dev-x", ""] {
            assert!(!ok(Pep440, v), "pep440 {v:?}");
        }
        for v in [
            "1.2.3",
            "v1.2.3",
            "1.0.0-rc.1+build.5",
            "0",
            "1.2",
            "v0.0.0-20191109021931-daa7c04131f5",
            "v2.0.0+incompatible",
        ] {
            assert!(ok(Semver, v), "semver {v}");
            assert!(ok(Go, v), "go {v}");
        }
        for v in [
            "1.36.0rc1",
            "1.2.3.4",
            "",
            "1..2",
            "1.2.3-",
            "1.2.3-a..b",
            "latest",
        ] {
            assert!(!ok(Semver, v), "semver {v:?}");
        }
        assert!(ok(Maven, "1.0-SNAPSHOT") && ok(Maven, "whatever") && !ok(Maven, "1 0"));
        for v in ["1.0", "1.0.a.1", "1.0-rc1", "", "3.2.1.pre"] {
            assert!(ok(RubyGems, v), "gem {v:?}");
        }
        for v in ["a", "1..0", "1.0-", "1.0 x"] {
            assert!(!ok(RubyGems, v), "gem {v:?}");
        }
        for v in ["1.0", "1.0.0.0", "1.0.0-beta.1+meta", "4.7.2"] {
            assert!(ok(NuGet, v), "nuget {v}");
        }
        for v in ["1.0.0.0.0", "", "a", "1.0-"] {
            assert!(!ok(NuGet, v), "nuget {v:?}");
        }
        for v in [
            "1.0.0",
            "v2.1",
            "1.0.0-beta1",
            "1.0.0RC2",
            "1.0.0-patch1",
            "dev-main",
            "2.x-dev",
            "1.0.0.0",
            "10.4.4-p2",
            "1.0-dev",
            "8.0.0-alpha1",
        ] {
            assert!(ok(Packagist, v), "composer {v}");
        }
        for v in ["", "dev-", "foo", "1.0.0-whatever"] {
            assert!(!ok(Packagist, v), "composer {v:?}");
        }
        assert!(!ok(Maven, "1.0\u{1b}"));
    }

    /// Every version of the corpus vector files that the generator took from
    /// a real registry (the `*-generated.txt` files) is valid.
    #[test]
    fn corpus_generated_versions_are_valid() {
        let Some(dir) = crate::test_corpus() else {
            return;
        };
        let mut bad = Vec::new();
        let mut n = 0;
        for (file, scheme) in [
            ("debian-versions-generated.txt", Scheme::Dpkg),
            ("alpine-versions-generated.txt", Scheme::Apk),
            ("pypi-versions-generated.txt", Scheme::Pep440),
            ("rubygems-versions-generated.txt", Scheme::RubyGems),
            ("packagist-versions-generated.txt", Scheme::Packagist),
            ("maven-versions-generated.txt", Scheme::Maven),
        ] {
            let text = std::fs::read_to_string(dir.join("versions").join(file)).unwrap_or_default();
            for line in text
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with("# "))
            {
                for v in line.split(' ').step_by(2) {
                    n += 1;
                    if let Err(e) = validate(scheme, v) {
                        bad.push(format!("{file}: {v:?}: {e}"));
                    }
                }
            }
        }
        bad.sort();
        bad.dedup();
        eprintln!("{n} generated versions checked, {} invalid", bad.len());
        for b in bad.iter().take(30) {
            eprintln!("  {b}");
        }
        // The generators read real registries, which hold a few strings the
        // ecosystem's own parser rejects; a handful at most.
        assert!(bad.len() * 1000 <= n, "too many invalid: {}", bad.len());
    }
}
