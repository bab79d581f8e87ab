//! RPM version ordering (Red Hat, SUSE, other RPM distributions):
//! `[epoch:]version[-release]`, each part compared with `rpmvercmp`.
//!
//! As in rpm's `parseEVR`, the epoch is the text before a `:` only when that
//! text is all digits (missing: 0); otherwise the `:` belongs to the version.
//! The release is what follows the last `-`. `rpmvercmp` compares runs of
//! digits (numerically) and of letters (bytewise), skipping any other bytes
//! as separators; a numeric run is newer than an alphabetic one, `~` sorts
//! before everything (even the end) and `^` after the end but before
//! anything else.

use super::{cmp_digit_bytes, cmp_digits, is_digits, skip, split_at};
use std::cmp::Ordering;

/// Compare two RPM `[epoch:]version[-release]` strings.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (ea, va, ra) = split(a);
    let (eb, vb, rb) = split(b);
    cmp_digits(ea, eb)
        .then_with(|| rpmvercmp(va.as_bytes(), vb.as_bytes()))
        .then_with(|| match (ra, rb) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => rpmvercmp(x.as_bytes(), y.as_bytes()),
        })
}

/// `(epoch digits, version, release)`; a release, even an empty one (`1-`),
/// is newer than none.
fn split(s: &str) -> (&str, &str, Option<&str>) {
    let (epoch, rest) = match s.split_once(':') {
        Some((e, rest)) if e.is_empty() || is_digits(e) => (e, rest),
        _ => ("", s),
    };
    let (version, release) = match rest.rsplit_once('-') {
        Some((v, r)) => (v, Some(r)),
        None => (rest, None),
    };
    (epoch, version, release)
}

fn is_sep(c: u8) -> bool {
    !c.is_ascii_alphanumeric() && c != b'~' && c != b'^'
}

/// rpm's `rpmvercmp`.
pub fn rpmvercmp(a: &[u8], b: &[u8]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (mut a, mut b) = (a, b);
    loop {
        a = skip(a, a.iter().take_while(|&&c| is_sep(c)).count());
        b = skip(b, b.iter().take_while(|&&c| is_sep(c)).count());
        if a.is_empty() && b.is_empty() {
            return Ordering::Equal;
        }
        match (a.first(), b.first()) {
            (Some(b'~'), Some(b'~')) | (Some(b'^'), Some(b'^')) => {
                a = skip(a, 1);
                b = skip(b, 1);
                continue;
            }
            (Some(b'~'), _) => return Ordering::Less,
            (_, Some(b'~')) => return Ordering::Greater,
            (Some(b'^'), None) => return Ordering::Greater,
            (Some(b'^'), _) => return Ordering::Less,
            (None, Some(b'^')) => return Ordering::Less,
            (_, Some(b'^')) => return Ordering::Greater,
            (None, _) => return Ordering::Less,
            (_, None) => return Ordering::Greater,
            (Some(ca), Some(_)) => {
                let numeric = ca.is_ascii_digit();
                let kind = |c: &u8| {
                    if numeric {
                        c.is_ascii_digit()
                    } else {
                        c.is_ascii_alphabetic()
                    }
                };
                let na = a.iter().take_while(|c| kind(c)).count();
                let nb = b.iter().take_while(|c| kind(c)).count();
                let (sa, ra) = split_at(a, na);
                let (sb, rb) = split_at(b, nb);
                if sb.is_empty() {
                    // Different kinds of segment: numeric is newer.
                    return if numeric {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    };
                }
                let diff = if numeric {
                    cmp_digit_bytes(sa, sb)
                } else {
                    sa.cmp(sb)
                };
                if diff != Ordering::Equal {
                    return diff;
                }
                a = ra;
                b = rb;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_redhat_versions() {
        vectors::check("redhat-versions.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0~rc1", "1.0"), Less);
        assert_eq!(compare("1.0^git1", "1.0"), Greater);
        assert_eq!(compare("1.0^git1", "1.0.1"), Less);
        assert_eq!(compare("1.0a", "1.0.1"), Less, "numeric newer than alpha");
        assert_eq!(compare("1:1.0-1", "2.0-1"), Greater);
        assert_eq!(compare("1.0-1.el8", "1.0-1.el8_2"), Less);
        assert_eq!(compare("1.0-2-3", "1.0-2-4"), Less);
        assert_eq!(
            compare(
                "99999999999999999999999999999999",
                "100000000000000000000000000000000"
            ),
            Less
        );
        assert_eq!(compare("", ""), Equal);
        vectors::never_panics(compare);
    }
}
