//! NuGet version ordering (NuGet.Versioning): up to four numeric parts
//! (`1.0` = `1.0.0.0`, leading zeros ignored), then a pre-release that
//! compares like SemVer's but case-insensitively; build metadata (`+...`)
//! is ignored. Parsing is as loose as for SemVer (see [`super::semver`]):
//! numeric parts beyond the fourth join the tail, any other text starts it.

use std::cmp::Ordering;

/// Compare two NuGet versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    super::semver::compare_like(&a.to_ascii_lowercase(), &b.to_ascii_lowercase(), 4)
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_nuget_versions() {
        vectors::check("nuget-versions.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0", "1.0.0.0"), Equal);
        assert_eq!(compare("1.0.0-BETA", "1.0.0-beta"), Equal);
        assert_eq!(compare("1.0.0+a", "1.0.0+B"), Equal);
        assert_eq!(compare("1.0.0.1-alpha", "1.0.0.1"), Less);
        assert_eq!(
            compare(
                "1.0.0.99999999999999999999999",
                "1.0.0.100000000000000000000000"
            ),
            Less
        );
        vectors::never_panics(compare);
    }
}
