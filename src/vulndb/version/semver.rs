//! SemVer 2 ordering (npm, crates.io; Go and Hex use the same file of
//! vectors), made total for the loose strings found in advisories and
//! lockfiles, as `semver-versions.txt` in the shared corpus expects:
//!
//! - an optional leading `v` is ignored;
//! - the numeric part is every leading dot-separated run of digits, of any
//!   length; missing components count as 0 (`0` = `0.0.0`);
//! - the first other character starts the "tail" (`-pre`, `+build`, or any
//!   junk such as `rc1` in `1.36.0rc1`); numeric components beyond the third
//!   are moved to the end of the tail (`1.2.3.4` has the tail `.4`);
//! - build metadata (`+...`) is ignored, one leading `-` is dropped, and a
//!   non-empty tail is a pre-release, ordered by SemVer's identifier rules
//!   (numeric identifiers numerically and below alphanumeric ones, which
//!   compare in ASCII order; more identifiers win a tie).

use super::{cmp_digits, is_digits};
use std::cmp::Ordering;

/// Compare two SemVer(-like) versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    compare_like(a, b, 3)
}

/// Compare with `max` numeric components (NuGet uses 4); tails compare
/// case-sensitively, so callers wanting otherwise lowercase first.
pub(crate) fn compare_like(a: &str, b: &str, max: usize) -> Ordering {
    let va = Parsed::parse(a, max);
    let vb = Parsed::parse(b, max);
    let n = va.nums.len().max(vb.nums.len());
    for i in 0..n {
        let x = va.nums.get(i).copied().unwrap_or("0");
        let y = vb.nums.get(i).copied().unwrap_or("0");
        let ord = cmp_digits(x, y);
        if ord.is_ne() {
            return ord;
        }
    }
    cmp_prerelease(&va.tail, &vb.tail)
}

struct Parsed<'a> {
    /// At most `max` numeric components.
    nums: Vec<&'a str>,
    /// Everything after the numbers, plus numbers past the `max`th.
    tail: String,
}

impl<'a> Parsed<'a> {
    fn parse(s: &'a str, max: usize) -> Parsed<'a> {
        let s = s.strip_prefix('v').unwrap_or(s);
        let mut nums = Vec::new();
        let mut tail = "";
        let mut start = 0;
        for (i, c) in s.char_indices() {
            if c.is_ascii_digit() {
                continue;
            }
            if let Some(d) = s.get(start..i).filter(|d| !d.is_empty()) {
                nums.push(d);
            }
            if c == '.' {
                start = i + 1;
                continue;
            }
            tail = s.get(i..).unwrap_or_default();
            start = s.len();
            break;
        }
        if let Some(d) = s.get(start..).filter(|d| !d.is_empty()) {
            nums.push(d);
        }
        let mut tail = tail.to_string();
        for extra in nums.get(max..).unwrap_or_default() {
            tail.push('.');
            let d = extra.trim_start_matches('0');
            tail.push_str(if d.is_empty() { "0" } else { d });
        }
        nums.truncate(max);
        Parsed { nums, tail }
    }
}

/// Compare the tails: build metadata dropped, no pre-release above any.
fn cmp_prerelease(a: &str, b: &str) -> Ordering {
    let a = a.split('+').next().unwrap_or_default();
    let b = b.split('+').next().unwrap_or_default();
    let a = a.strip_prefix('-').unwrap_or(a);
    let b = b.strip_prefix('-').unwrap_or(b);
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Greater,
        (false, true) => return Ordering::Less,
        (false, false) => {}
    }
    cmp_identifiers(a.split('.'), b.split('.'))
}

/// SemVer pre-release identifier lists.
pub(crate) fn cmp_identifiers<'x>(
    mut a: impl Iterator<Item = &'x str>,
    mut b: impl Iterator<Item = &'x str>,
) -> Ordering {
    loop {
        let (x, y) = match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => (x, y),
        };
        let ord = match (is_digits(x), is_digits(y)) {
            (true, true) => cmp_digits(x, y),
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            (false, false) => x.cmp(y),
        };
        if ord.is_ne() {
            return ord;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_semver_versions() {
        vectors::check("semver-versions.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0.0-alpha", "1.0.0"), Less);
        assert_eq!(compare("1.0.0-alpha.1", "1.0.0-alpha.beta"), Less);
        assert_eq!(compare("1.0.0+a", "1.0.0+b"), Equal);
        assert_eq!(compare("1.2", "1.2.0"), Equal);
        assert_eq!(compare("", "0.0.0"), Equal);
        assert_eq!(
            compare(
                "1.0.0-99999999999999999999999",
                "1.0.0-100000000000000000000000"
            ),
            Less
        );
        vectors::never_panics(compare);
    }
}
