//! dpkg version ordering (Debian, Ubuntu): `[epoch:]upstream[-revision]`,
//! compared part by part with dpkg's `verrevcmp`: alternating runs of
//! non-digits (byte by byte: `~` before the end of the run, which is before
//! letters, which are before every other byte) and digits (numerically).
//!
//! The epoch is everything before the first `:` and the revision everything
//! after the last `-`. Input dpkg itself would reject (a non-numeric epoch,
//! say) is still ordered, with `verrevcmp` on each part, so the order is total.

use super::{cmp_digit_bytes, skip, split_at};
use std::cmp::Ordering;

/// Compare two dpkg versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (ea, ua, ra) = split(a.trim());
    let (eb, ub, rb) = split(b.trim());
    verrevcmp(ea.as_bytes(), eb.as_bytes())
        .then_with(|| verrevcmp(ua.as_bytes(), ub.as_bytes()))
        .then_with(|| verrevcmp(ra.as_bytes(), rb.as_bytes()))
}

/// `(epoch, upstream, revision)`; a missing epoch or revision is `""`
/// (which `verrevcmp` treats the same as `0`).
fn split(v: &str) -> (&str, &str, &str) {
    let (epoch, rest) = v.split_once(':').unwrap_or(("", v));
    let (upstream, revision) = rest.rsplit_once('-').unwrap_or((rest, ""));
    (epoch, upstream, revision)
}

/// The weight of one byte of a non-digit run (`None`: the run has ended).
fn order(c: Option<u8>) -> i32 {
    match c {
        None => 0,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => i32::from(c),
        Some(b'~') => -1,
        Some(c) => i32::from(c) + 256,
    }
}

/// dpkg's `verrevcmp`.
fn verrevcmp(mut a: &[u8], mut b: &[u8]) -> Ordering {
    while !a.is_empty() || !b.is_empty() {
        // The non-digit prefixes, byte by byte.
        loop {
            let ca = a.first().copied().filter(|c| !c.is_ascii_digit());
            let cb = b.first().copied().filter(|c| !c.is_ascii_digit());
            if ca.is_none() && cb.is_none() {
                break;
            }
            let diff = order(ca).cmp(&order(cb));
            if diff != Ordering::Equal {
                return diff;
            }
            a = skip(a, 1);
            b = skip(b, 1);
        }
        // The digit runs, numerically.
        let na = a.iter().take_while(|c| c.is_ascii_digit()).count();
        let nb = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let (da, ra) = split_at(a, na);
        let (db, rb) = split_at(b, nb);
        let diff = cmp_digit_bytes(da, db);
        if diff != Ordering::Equal {
            return diff;
        }
        a = ra;
        b = rb;
    }
    Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_debian_versions() {
        vectors::check("debian-versions.txt", compare);
    }

    #[test]
    fn corpus_debian_versions_generated() {
        vectors::check("debian-versions-generated.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0~rc1", "1.0"), Less);
        assert_eq!(compare("1.0", "1.0+b1"), Less);
        assert_eq!(compare("1.0a", "1.0+"), Less, "letters before non-letters");
        assert_eq!(compare("1:0.1", "2.0"), Greater, "epoch wins");
        assert_eq!(compare("0:1.0", "1.0-0"), Equal);
        assert_eq!(
            compare(
                "1.99999999999999999999999999999",
                "1.100000000000000000000000000000"
            ),
            Less
        );
        assert_eq!(compare("1.0001", "1.1"), Equal, "leading zeros ignored");
        assert_eq!(compare("", "0"), Equal);
        vectors::never_panics(compare);
    }
}
