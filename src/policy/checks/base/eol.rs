//! End-of-life dates of OS releases, as published by each distribution
//! (table checked 2026-11; add rows as releases appear). The date is the
//! last day a release gets free security updates in the public archive the
//! image pulls from:
//!
//! - Debian: end of Debian LTS (security updates flow through the regular
//!   security archive until then), <https://wiki.debian.org/LTS>.
//! - Ubuntu: end of standard security maintenance (ESM needs a Pro
//!   subscription, which images do not carry), <https://ubuntu.com/about/release-cycle>;
//!   where Canonical gives a month, its last day.
//! - Alpine: "end of support" of the release branch, <https://alpinelinux.org/releases/>.
//! - RHEL / UBI (`ID=rhel`) and CentOS Linux: end of maintenance support,
//!   <https://access.redhat.com/support/policy/updates/errata>.

/// (os-release `ID`, release, end of life `YYYY-MM-DD`).
pub const TABLE: &[(&str, &str, &str)] = &[
    ("alpine", "3.14", "2023-05-01"),
    ("alpine", "3.15", "2023-11-01"),
    ("alpine", "3.16", "2024-05-23"),
    ("alpine", "3.17", "2024-11-22"),
    ("alpine", "3.18", "2025-05-09"),
    ("alpine", "3.19", "2025-11-01"),
    ("alpine", "3.20", "2026-04-01"),
    ("alpine", "3.21", "2026-11-01"),
    ("alpine", "3.22", "2027-05-01"),
    ("alpine", "3.23", "2027-11-01"),
    ("centos", "7", "2024-06-30"),
    ("centos", "8", "2021-12-31"),
    ("debian", "8", "2020-06-30"),
    ("debian", "9", "2022-06-30"),
    ("debian", "10", "2024-06-30"),
    ("debian", "11", "2026-08-31"),
    ("debian", "12", "2028-06-30"),
    ("debian", "13", "2030-06-30"),
    ("rhel", "7", "2024-06-30"),
    ("rhel", "8", "2029-05-31"),
    ("rhel", "9", "2032-05-31"),
    ("rhel", "10", "2035-05-31"),
    ("ubuntu", "16.04", "2021-04-30"),
    ("ubuntu", "18.04", "2023-05-31"),
    ("ubuntu", "20.04", "2025-05-31"),
    ("ubuntu", "22.04", "2027-06-30"),
    ("ubuntu", "24.04", "2029-05-31"),
    ("ubuntu", "24.10", "2025-07-31"),
    ("ubuntu", "25.04", "2026-01-31"),
    ("ubuntu", "25.10", "2026-07-31"),
];

/// The release key of a version as the table lists it: Debian, RHEL and
/// CentOS by major (`12.5` → `12`), Alpine by `major.minor` (`3.19.1` →
/// `3.19`), Ubuntu as given (`22.04`).
pub fn release_key(family: &str, version: &str) -> String {
    let mut parts = version.split('.');
    match family {
        "alpine" => {
            let major = parts.next().unwrap_or("");
            match parts.next() {
                Some(minor) => format!("{major}.{minor}"),
                None => major.to_string(),
            }
        }
        "ubuntu" => {
            let major = parts.next().unwrap_or("");
            match parts.next() {
                Some(minor) => format!("{major}.{minor}"),
                None => major.to_string(),
            }
        }
        _ => parts.next().unwrap_or("").to_string(),
    }
}

/// Whether the table tracks this family at all.
pub fn tracked(family: &str) -> bool {
    TABLE.iter().any(|(f, _, _)| *f == family)
}

/// The end-of-life day of a release, if the table lists it.
pub fn end_of_life(family: &str, version: &str) -> Option<(String, i64)> {
    let key = release_key(family, version);
    TABLE
        .iter()
        .find(|(f, r, _)| *f == family && *r == key)
        .and_then(|(_, r, d)| crate::time::parse_date(d).map(|day| (r.to_string(), day)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_date_parses_and_keys_match() {
        for (f, r, d) in TABLE {
            assert!(crate::time::parse_date(d).is_some(), "{f} {r} {d}");
            assert_eq!(&release_key(f, r), r, "{f} {r}");
        }
        assert_eq!(release_key("debian", "12.5"), "12");
        assert_eq!(release_key("alpine", "3.19.1"), "3.19");
        assert_eq!(release_key("rhel", "9.3"), "9");
        assert_eq!(
            end_of_life("debian", "12").map(|x| x.0).as_deref(),
            Some("12")
        );
        assert!(end_of_life("debian", "14").is_none());
    }
}
