//! Go module version ordering: SemVer with the Go conventions. Advisories
//! (OSV `SEMVER` ranges) write versions without the `v`, modules with it;
//! both are accepted. `+incompatible` is build metadata and so ignored, and
//! pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`) order as the
//! pre-releases they are. The vectors are `semver-versions.txt`.

use std::cmp::Ordering;

/// Compare two Go module versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    super::semver::compare(a, b)
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
    fn go_conventions() {
        assert_eq!(compare("v2.0.0+incompatible", "2.0.0"), Equal);
        assert_eq!(compare("v0.0.0-20191109021931-daa7c04131f5", "0.0.1"), Less);
        assert_eq!(
            compare(
                "v0.0.0-20191109021931-daa7c04131f5",
                "v0.0.0-20200101000000-aaaaaaaaaaaa"
            ),
            Less
        );
        assert_eq!(compare("v1.2.3", "1.2.3"), Equal);
    }
}
