//! apk version ordering (Alpine):
//! `number{.number}...{letter}{_suffix{number}}...{~hash}{-r#}`.
//!
//! Numbers compare numerically, except that after the first component a
//! leading zero makes the comparison textual (apk's fractional rule). The
//! letter part is `{letter}{digits}` chunks; suffixes order `_alpha` <
//! `_beta` < `_pre` < `_rc` < (none) < `_cvs` < `_svn` < `_git` < `_hg` <
//! `_p`; then the `~hash` as apk-tools 3 orders it (two hashes compare as
//! byte strings, a version with a hash is above the same version without
//! one, whatever their revisions); then the `-rN` revision.
//!
//! Invalid versions follow `alpine-versions.txt` in the shared corpus (the
//! behaviour osv.dev expects, which in places is apk-tools 2.x rather than
//! 3.x): the string gets an implicit leading `0` (so `.1` is `0.1`),
//! comparison stops at the first token that does not parse, and a version
//! with leftover text (junk) sorts below the same version without it
//! (`1 > 1-ruff`, `1.2 > 1.2_blah`, `1.2.0A < 1.2.0d`), except that a lone
//! `_` after the numbers sorts above; two junk tails compare equal
//! (`1-ruff2 = 1--ruff1`). A trailing `.` sorts below its absence
//! (`0.r1 < 0r2`) and an empty component (`0..1`) just above a zero.

use super::{cmp_digit_bytes, skip, split_at};
use std::cmp::Ordering;

/// Compare two apk versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let sa = format!("0{a}");
    let sb = format!("0{b}");
    let va = Version::parse(sa.as_bytes());
    let vb = Version::parse(sb.as_bytes());
    va.cmp(&vb)
}

/// The last part that parsed before any leftover text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Number,
    Letter,
    Suffix,
    Hash,
    Build,
}

/// One dot-separated number component; `None` digits for an empty one
/// (`1..2`, or a trailing `1.`).
#[derive(Debug)]
struct Num<'a> {
    digits: Option<&'a [u8]>,
    trailing: bool,
}

#[derive(Debug)]
struct Version<'a> {
    nums: Vec<Num<'a>>,
    letters: Vec<(u8, Option<&'a [u8]>)>,
    /// `(weight, number)`.
    suffixes: Vec<(u8, &'a [u8])>,
    /// The hex digits after `~`.
    hash: Option<&'a [u8]>,
    build: &'a [u8],
    last: Part,
    remainder: &'a [u8],
}

/// Suffix names in the order a regex alternation would try them, with
/// their sort weights (no suffix weighs [`NO_SUFFIX`]).
const SUFFIXES: &[(&[u8], u8)] = &[
    (b"alpha", 0),
    (b"beta", 1),
    (b"pre", 2),
    (b"rc", 3),
    (b"cvs", 5),
    (b"svn", 6),
    (b"git", 7),
    (b"hg", 8),
    (b"p", 9),
];
const NO_SUFFIX: u8 = 4;

fn digits_len(s: &[u8]) -> usize {
    s.iter().take_while(|c| c.is_ascii_digit()).count()
}

fn is_zero(d: &[u8]) -> bool {
    d.iter().all(|&c| c == b'0')
}

impl<'a> Version<'a> {
    fn parse(s: &'a [u8]) -> Version<'a> {
        // Numbers: the leading run of digits and dots.
        let n = s
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == b'.')
            .count();
        let (numbers, mut rest) = split_at(s, n);
        let count = numbers.split(|&c| c == b'.').count();
        let nums = numbers
            .split(|&c| c == b'.')
            .enumerate()
            .map(|(i, d)| Num {
                digits: (!d.is_empty()).then_some(d),
                trailing: i + 1 == count,
            })
            .collect();
        let mut last = Part::Number;

        // Letters: `[a-z]\d*` chunks; a chunk without digits ends them.
        let mut letters = Vec::new();
        while let Some(&c) = rest.first().filter(|c| c.is_ascii_lowercase()) {
            let after = skip(rest, 1);
            let (d, r) = split_at(after, digits_len(after));
            letters.push((c, (!d.is_empty()).then_some(d)));
            rest = r;
            last = Part::Letter;
            if d.is_empty() {
                break;
            }
        }

        // Suffixes: every `_name{digits}` in the rest; each is consumed when
        // the rest (so far) starts with it.
        let mut suffixes = Vec::new();
        let scan = rest;
        let mut i = 0;
        while i < scan.len() {
            let here = skip(scan, i);
            let found = (here.first() == Some(&b'_'))
                .then(|| {
                    let name_at = skip(here, 1);
                    SUFFIXES
                        .iter()
                        .find(|(name, _)| name_at.starts_with(name))
                        .map(|&(name, weight)| {
                            let d_at = skip(name_at, name.len());
                            let d = split_at(d_at, digits_len(d_at)).0;
                            (weight, d, 1 + name.len() + d.len())
                        })
                })
                .flatten();
            match found {
                Some((weight, d, len)) => {
                    suffixes.push((weight, d));
                    last = Part::Suffix;
                    let text = split_at(here, len).0;
                    if rest.starts_with(text) {
                        rest = skip(rest, len);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }

        // Hash: `~[0-9a-fA-F]+` (apk-tools 3's TOKEN_COMMIT_HASH).
        let mut hash = None;
        if rest.first() == Some(&b'~') {
            let hex = skip(rest, 1)
                .iter()
                .take_while(|c| c.is_ascii_hexdigit())
                .count();
            if hex > 0 {
                hash = Some(split_at(skip(rest, 1), hex).0);
                rest = skip(rest, 1 + hex);
                last = Part::Hash;
            }
        }

        // Revision: `-r{digits}`; anything else is leftover junk.
        let mut build: &[u8] = b"0";
        if rest.starts_with(b"-r") {
            let after = skip(rest, 2);
            let (d, r) = split_at(after, digits_len(after));
            build = d;
            rest = r;
            last = Part::Build;
        }

        Version {
            nums,
            letters,
            suffixes,
            hash,
            build,
            last,
            remainder: rest,
        }
    }

    fn cmp(&self, w: &Version) -> Ordering {
        let ord = self.cmp_nums(w);
        if ord.is_ne() {
            return ord;
        }
        if let Some(o) = numeric_junk(self, w) {
            return o;
        }
        if let Some(o) = numeric_junk(w, self) {
            return o.reverse();
        }
        let ord = self.cmp_letters(w);
        if ord.is_ne() {
            return ord;
        }
        if let Some(o) = letter_junk(self, w) {
            return o;
        }
        if let Some(o) = letter_junk(w, self) {
            return o.reverse();
        }
        let ord = self.cmp_suffixes(w);
        if ord.is_ne() {
            return ord;
        }
        // apk-tools 3: `apk_blob_sort` between hashes; else the token that
        // follows decides, and a hash token is below a revision or the end,
        // which makes the version with the hash the greater one.
        let ord = match (self.hash, w.hash) {
            (None, None) => Ordering::Equal,
            (Some(_), None) => Ordering::Greater,
            (None, Some(_)) => Ordering::Less,
            (Some(x), Some(y)) => x.cmp(y),
        };
        if ord.is_ne() {
            return ord;
        }
        let ord = cmp_digit_bytes(self.build, w.build);
        if ord.is_ne() {
            return ord;
        }
        junk(self, w)
    }

    /// Number components pairwise; then the one with more components wins,
    /// unless its next one is a trailing empty one (`0.` < `0`).
    fn cmp_nums(&self, w: &Version) -> Ordering {
        let pairs = self.nums.iter().zip(&w.nums).enumerate();
        if let Some(o) = pairs
            .map(|(i, (x, y))| cmp_num(i, x, y))
            .find(|o| o.is_ne())
        {
            return o;
        }
        let n = self.nums.len().min(w.nums.len());
        match (self.nums.get(n), w.nums.get(n)) {
            (Some(x), None) if x.digits.is_none() && x.trailing => Ordering::Less,
            (None, Some(y)) if y.digits.is_none() && y.trailing => Ordering::Greater,
            _ => self.nums.len().cmp(&w.nums.len()),
        }
    }

    fn cmp_letters(&self, w: &Version) -> Ordering {
        for ((la, na), (lb, nb)) in self.letters.iter().zip(&w.letters) {
            let ord = la.cmp(lb).then_with(|| match (na, nb) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(x), Some(y)) => cmp_digit_bytes(x, y),
            });
            if ord.is_ne() {
                return ord;
            }
        }
        self.letters.len().cmp(&w.letters.len())
    }

    fn cmp_suffixes(&self, w: &Version) -> Ordering {
        let none: (u8, &[u8]) = (NO_SUFFIX, b"0");
        for i in 0..self.suffixes.len().max(w.suffixes.len()) {
            let (wa, na) = self.suffixes.get(i).copied().unwrap_or(none);
            let (wb, nb) = w.suffixes.get(i).copied().unwrap_or(none);
            let ord = wa.cmp(&wb).then_with(|| cmp_digit_bytes(na, nb));
            if ord.is_ne() {
                return ord;
            }
        }
        Ordering::Equal
    }
}

/// One number component at position `i`. The first compares numerically;
/// later ones textually when either has a leading zero, and empty ones sort
/// just above a zero (a trailing empty one below anything).
fn cmp_num(i: usize, x: &Num, y: &Num) -> Ordering {
    if i == 0 {
        return cmp_digit_bytes(x.digits.unwrap_or(b"0"), y.digits.unwrap_or(b"0"));
    }
    match (x.digits, y.digits) {
        (None, None) => match (x.trailing, y.trailing) {
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => Ordering::Equal,
        },
        (None, Some(d)) => {
            if x.trailing || !is_zero(d) {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Some(d), None) => {
            if y.trailing || !is_zero(d) {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (Some(a), Some(b)) => {
            if a.first() == Some(&b'0') || b.first() == Some(&b'0') {
                a.cmp(b)
            } else {
                cmp_digit_bytes(a, b)
            }
        }
    }
}

/// Junk right after the numbers, against a clean version.
fn numeric_junk(v: &Version, w: &Version) -> Option<Ordering> {
    if v.remainder.is_empty() || v.last != Part::Number || !w.remainder.is_empty() {
        return None;
    }
    match w.last {
        Part::Letter => Some(Ordering::Less),
        Part::Number if v.remainder == b"_" => Some(Ordering::Greater),
        Part::Number => Some(Ordering::Less),
        _ => None,
    }
}

/// Junk after the letters, against a clean version that ended in letters.
fn letter_junk(v: &Version, w: &Version) -> Option<Ordering> {
    (!v.remainder.is_empty()
        && v.last == Part::Letter
        && w.remainder.is_empty()
        && w.last == Part::Letter)
        .then_some(Ordering::Less)
}

/// Everything that parsed is equal: leftover junk decides.
fn junk(v: &Version, w: &Version) -> Ordering {
    match (v.remainder.is_empty(), w.remainder.is_empty()) {
        (false, true) => Ordering::Less,
        (true, false) => Ordering::Greater,
        _ => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_alpine_versions() {
        vectors::check("alpine-versions.txt", compare);
    }

    #[test]
    fn corpus_alpine_versions_generated() {
        vectors::check("alpine-versions-generated.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.2.3-r0", "1.2.3-r1"), Less);
        assert_eq!(compare("1.2.3_rc1", "1.2.3"), Less);
        assert_eq!(compare("1.2.3_p1", "1.2.3"), Greater);
        assert_eq!(compare("1.2.3a", "1.2.3"), Greater);
        // apk-tools 3 (src/version.c, TOKEN_COMMIT_HASH): hashes compare as
        // strings; a hash is above no hash, even against a later revision.
        assert_eq!(compare("1.2.3~abc-r0", "1.2.3-r0"), Greater);
        assert_eq!(compare("1.2.3~abc-r0", "1.2.3-r5"), Greater);
        assert_eq!(compare("1.2.3~abc", "1.2.3"), Greater);
        assert_eq!(compare("1.2.3~abc-r0", "1.2.3~abd-r0"), Less);
        assert_eq!(compare("1.2.3~ab-r9", "1.2.3~abc-r0"), Less);
        assert_eq!(compare("1.2.3~abc-r1", "1.2.3~abc-r0"), Greater);
        assert_eq!(compare("1.2.3_p1~abc", "1.2.3~abc"), Greater);
        assert_eq!(compare("1.01", "1.1"), Less, "fractional rule");
        assert_eq!(
            compare(
                "1.99999999999999999999999999999",
                "1.100000000000000000000000000000"
            ),
            Less
        );
        vectors::never_panics(compare);
    }
}
