//! Packagist ordering: PHP's `version_compare` (which Composer builds on),
//! after stripping a leading `v`/`V` as Composer does.
//!
//! The version is canonicalised (`-`, `_`, `+` become `.`, and a `.` is put
//! at every change between digits and other characters), split at `.`, and
//! the segments compare in turn: numbers numerically; words by their
//! special-form rank, matched by prefix: any other word < `dev` < `alpha`=
//! `a` < `beta`=`b` < `RC`=`rc` < `#` (a number) < `pl`=`p`; a number
//! against a word ranks as `#`. When one version has more segments, a next
//! segment that is a number makes it larger; otherwise its remaining
//! segments are compared against `#`.

use super::{cmp_digits, is_digits};
use std::cmp::Ordering;

/// Compare two Packagist (Composer) versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let ca = canonical(a);
    let cb = canonical(b);
    let sa: Vec<&str> = ca.split('.').collect();
    let sb: Vec<&str> = cb.split('.').collect();
    compare_segments(&sa, &sb)
}

fn canonical(v: &str) -> String {
    let v = v.strip_prefix(['v', 'V']).unwrap_or(v);
    let mut out = String::with_capacity(v.len() * 2);
    let mut prev: Option<char> = None;
    for c in v.chars() {
        let c = if matches!(c, '-' | '_' | '+') { '.' } else { c };
        if let Some(p) = prev {
            let word = |x: char| !x.is_ascii_digit() && x != '.';
            if (word(p) && c.is_ascii_digit()) || (p.is_ascii_digit() && word(c)) {
                out.push('.');
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Special-form rank of a word (by prefix, as PHP matches them).
fn rank(word: &str) -> i8 {
    const FORMS: &[(&str, i8)] = &[
        ("dev", 0),
        ("alpha", 1),
        ("a", 1),
        ("beta", 2),
        ("b", 2),
        ("RC", 3),
        ("rc", 3),
        ("#", 4),
        ("pl", 5),
        ("p", 5),
    ];
    FORMS
        .iter()
        .find(|(f, _)| word.starts_with(f))
        .map_or(-1, |&(_, r)| r)
}

fn compare_segment(x: &str, y: &str) -> Ordering {
    match (is_digits(x), is_digits(y)) {
        (true, true) => cmp_digits(x, y),
        (false, false) => rank(x).cmp(&rank(y)),
        (true, false) => rank("#").cmp(&rank(y)),
        (false, true) => rank(x).cmp(&rank("#")),
    }
}

fn compare_segments(a: &[&str], b: &[&str]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        let ord = compare_segment(x, y);
        if ord.is_ne() {
            return ord;
        }
    }
    let n = a.len().min(b.len());
    match (a.get(n..), b.get(n..)) {
        (Some(rest @ [next, ..]), _) => {
            if is_digits(next) {
                Ordering::Greater
            } else {
                compare_segments(rest, &["#"])
            }
        }
        (_, Some(rest @ [next, ..])) => {
            if is_digits(next) {
                Ordering::Less
            } else {
                compare_segments(&["#"], rest)
            }
        }
        _ => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_packagist_versions() {
        vectors::check("packagist-versions.txt", compare);
    }

    #[test]
    fn corpus_packagist_versions_generated() {
        vectors::check("packagist-versions-generated.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0-dev", "1.0a1"), Less);
        assert_eq!(compare("1.0RC1", "1.0rc1"), Equal);
        assert_eq!(compare("1.0", "1.0pl1"), Less);
        assert_eq!(compare("v1.0", "1.0"), Equal);
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
