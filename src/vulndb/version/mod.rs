//! Version ordering per ecosystem. Each submodule has a total, panic-free
//! `compare(a, b)` that follows that ecosystem's own rules; [`compare`]
//! dispatches on a [`Scheme`]. Inputs are arbitrary strings (from images and
//! advisories): numeric parts are compared as digit strings, never parsed
//! into fixed-width integers, so any length works. [`validate`] says
//! whether a string is a version of the scheme at all: the matcher never
//! orders a version its ecosystem would reject.

use std::cmp::Ordering;

pub mod apk;
pub mod dpkg;
pub mod go;
pub mod maven;
pub mod nuget;
pub mod packagist;
pub mod pep440;
pub mod rpm;
pub mod rubygems;
pub mod semver;
pub mod validate;

pub use validate::validate;

/// A version-ordering scheme (one per ecosystem family).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Debian, Ubuntu: dpkg `epoch:upstream-revision`.
    Dpkg,
    /// Alpine: apk-tools.
    Apk,
    /// Red Hat, SUSE and other RPM distributions: rpmvercmp.
    Rpm,
    /// PyPI: PEP 440 (with packaging's legacy fallback).
    Pep440,
    /// npm, crates.io: SemVer 2.
    Semver,
    /// Go modules: SemVer with an optional `v` and `+incompatible`.
    Go,
    /// Maven: ComparableVersion.
    Maven,
    /// RubyGems: Gem::Version.
    RubyGems,
    /// NuGet: NuGet.Versioning.
    NuGet,
    /// Packagist: Composer (PHP `version_compare`).
    Packagist,
}

/// Compare two versions under `scheme`. Total and never panics: strings that
/// are not valid versions in the scheme still get a deterministic place
/// (documented per module).
pub fn compare(scheme: Scheme, a: &str, b: &str) -> Ordering {
    match scheme {
        Scheme::Dpkg => dpkg::compare(a, b),
        Scheme::Apk => apk::compare(a, b),
        Scheme::Rpm => rpm::compare(a, b),
        Scheme::Pep440 => pep440::compare(a, b),
        Scheme::Semver => semver::compare(a, b),
        Scheme::Go => go::compare(a, b),
        Scheme::Maven => maven::compare(a, b),
        Scheme::RubyGems => rubygems::compare(a, b),
        Scheme::NuGet => nuget::compare(a, b),
        Scheme::Packagist => packagist::compare(a, b),
    }
}

/// Compare two strings of ASCII digits by numeric value, whatever their
/// length: leading zeros are ignored, then the longer one is larger, then
/// the first differing digit decides. An empty string counts as zero.
pub(crate) fn cmp_digits(a: &str, b: &str) -> Ordering {
    let a = a.trim_start_matches('0');
    let b = b.trim_start_matches('0');
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// Whether `s` is non-empty and all ASCII digits.
pub(crate) fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

/// `s` without its first `n` bytes (empty when `n` is past the end).
pub(crate) fn skip(s: &[u8], n: usize) -> &[u8] {
    s.get(n..).unwrap_or_default()
}

/// `s` split after `n` bytes (clamped to the length).
pub(crate) fn split_at(s: &[u8], n: usize) -> (&[u8], &[u8]) {
    s.split_at_checked(n).unwrap_or((s, &[]))
}

/// Compare two byte strings of ASCII digits numerically (see [`cmp_digits`]).
pub(crate) fn cmp_digit_bytes(a: &[u8], b: &[u8]) -> Ordering {
    let a = skip(a, a.iter().take_while(|&&c| c == b'0').count());
    let b = skip(b, b.iter().take_while(|&&c| c == b'0').count());
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// Test support: run every vector line of a corpus `versions/` file.
#[cfg(test)]
pub(crate) mod vectors {
    use std::cmp::Ordering;

    /// Check every `A OP B` line of `versions/<file>` against `cmp` in both
    /// directions; panic listing every failing line and the count. Returns
    /// the number of vector lines checked (0 when the corpus is absent).
    pub(crate) fn check(file: &str, cmp: fn(&str, &str) -> Ordering) -> usize {
        let Some(dir) = crate::test_corpus() else {
            return 0;
        };
        let path = dir.join("versions").join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let mut total = 0;
        let mut failures = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with("# ") || line.starts_with("// ") {
                continue;
            }
            total += 1;
            let parts: Vec<&str> = line.split(' ').collect();
            let [a, op, b] = parts[..] else {
                failures.push(format!("{file}:{}: malformed line {line:?}", n + 1));
                continue;
            };
            let want = match op {
                "<" => Ordering::Less,
                "=" => Ordering::Equal,
                ">" => Ordering::Greater,
                _ => {
                    failures.push(format!("{file}:{}: unknown operator {line:?}", n + 1));
                    continue;
                }
            };
            let fwd = cmp(a, b);
            let rev = cmp(b, a);
            if fwd != want || rev != want.reverse() {
                failures.push(format!(
                    "{file}:{}: {line:?}: compare(A,B)={fwd:?}, compare(B,A)={rev:?}",
                    n + 1
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {total} vector lines failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(total > 0, "{file}: no vector lines");
        eprintln!("{file}: all {total} vector lines pass");
        total
    }

    /// Strings that must never make a comparator panic.
    pub(crate) const GARBAGE: &[&str] = &[
        "",
        " ",
        ":",
        "-",
        "~",
        "^",
        "+",
        "_",
        ".",
        "..",
        "v",
        "!",
        "1!",
        "!1",
        "1:",
        ":1",
        "1-",
        "-1",
        "1..2",
        "1.-2",
        "1_",
        "_p",
        "-r",
        "1-r",
        "é",
        "1.é.2",
        "\u{0}",
        "1\u{300}",
        "999999999999999999999999999999999999999999999999",
        "1.999999999999999999999999999999999999999999-999999999999999999999999",
        "0000000000000000000000000000000000000000000000001",
        "1.0.0-alpha+build.1.2.3",
        "1:2:3-4-5",
        "~~~~",
        "^^^^",
        "a:b:c",
    ];

    /// Every pair of [`GARBAGE`] strings compares without panicking, the
    /// order is antisymmetric, and every string equals itself.
    pub(crate) fn never_panics(cmp: fn(&str, &str) -> Ordering) {
        for a in GARBAGE {
            assert_eq!(cmp(a, a), Ordering::Equal, "{a:?} != itself");
            for b in GARBAGE {
                assert_eq!(cmp(a, b), cmp(b, a).reverse(), "{a:?} vs {b:?}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{compare, vectors, Scheme};
    use std::cmp::Ordering::*;

    const ALL: [Scheme; 10] = [
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

    #[test]
    fn dispatch() {
        for scheme in ALL {
            assert_eq!(compare(scheme, "1.2.3", "1.2.10"), Less, "{scheme:?}");
            assert_eq!(compare(scheme, "2.0", "2.0"), Equal, "{scheme:?}");
        }
        assert_eq!(compare(Scheme::Dpkg, "1.0~rc1", "1.0"), Less);
        assert_eq!(compare(Scheme::Semver, "1.0.0-rc.1", "1.0.0"), Less);
    }

    #[test]
    fn garbage_never_panics() {
        for scheme in ALL {
            for a in vectors::GARBAGE {
                for b in vectors::GARBAGE {
                    let _ = compare(scheme, a, b);
                }
            }
        }
    }

    /// The vector checker itself reports failures.
    #[test]
    fn checker_catches_wrong_comparator() {
        if crate::test_corpus().is_none() {
            return;
        }
        let r = std::panic::catch_unwind(|| vectors::check("semver-versions.txt", |_, _| Equal));
        assert!(r.is_err());
    }
}
