//! RubyGems version ordering (Gem::Version): the version is split into
//! segments at `.` and at every change between digits and non-digits
//! (`1.0a1` is `1.0.a.1`); trailing zero segments are dropped from the
//! release part (the segments before the first non-numeric one) and from
//! the pre-release part; then segments compare in turn, missing ones as
//! `0`: numbers numerically and above strings (so any version with a
//! letter is a pre-release), strings bytewise.

use super::{cmp_digits, is_digits};
use std::cmp::Ordering;

/// Compare two RubyGems versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let sa = segments(a);
    let sb = segments(b);
    for i in 0..sa.len().max(sb.len()) {
        let x = sa.get(i).map(String::as_str).unwrap_or("0");
        let y = sb.get(i).map(String::as_str).unwrap_or("0");
        let ord = match (is_digits(x), is_digits(y)) {
            (true, true) => cmp_digits(x, y),
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => x.cmp(y),
        };
        if ord.is_ne() {
            return ord;
        }
    }
    Ordering::Equal
}

/// The canonical segments.
fn segments(v: &str) -> Vec<String> {
    let mut segs: Vec<String> = vec![String::new()];
    let mut prev: Option<bool> = None;
    for c in v.chars() {
        if c == '.' {
            segs.push(String::new());
            prev = None;
            continue;
        }
        let digit = c.is_ascii_digit();
        if prev.is_some_and(|p| p != digit) {
            segs.push(String::new());
        }
        if let Some(last) = segs.last_mut() {
            last.push(c);
        }
        prev = Some(digit);
    }
    let split = segs
        .iter()
        .position(|s| !is_digits(s))
        .unwrap_or(segs.len());
    let pre = segs.split_off(split);
    let mut out = trim_zeros(segs);
    out.extend(trim_zeros(pre));
    out
}

fn trim_zeros(mut segs: Vec<String>) -> Vec<String> {
    while segs.last().is_some_and(|s| s == "0") {
        segs.pop();
    }
    segs
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_rubygems_versions() {
        vectors::check("rubygems-versions.txt", compare);
    }

    #[test]
    fn corpus_rubygems_versions_generated() {
        vectors::check("rubygems-versions-generated.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0", "1"), Equal);
        assert_eq!(compare("1.0.a", "1.0"), Less);
        assert_eq!(compare("1.0a1", "1.0.a.1"), Equal);
        assert_eq!(compare("1.0.a.2", "1.0.b1"), Less);
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
