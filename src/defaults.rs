//! The defaults every host shares, so the same image and repository get the
//! same verdict from the CLI, `wasmtime run`, the GitHub Action, the Azure
//! task and the Jenkins step: where the policy is looked up, which advisory
//! ecosystems a DB download fetches and from where, the DB's file name, and
//! whether a scan needs a DB at all and how old it may be ([`plan`]). The
//! Rust host reads them from this module; the JavaScript hosts ask the
//! component (WIT `scanner.plan`), so no host keeps a copy.

use crate::error::Result;
use crate::policy::{Policy, PolicyFile};

/// The policy file a host looks for at the workspace root (the CLI: the
/// working directory) when no policy is named.
pub const POLICY_FILE: &str = "imagegate.toml";

/// The vulnerability DB's file name in a host's cache directory.
pub const DB_FILE: &str = "imagegate.db";

/// Where OSV publishes one `all.zip` per ecosystem (`<base>/<Ecosystem>/all.zip`).
pub const DB_SOURCE: &str = "https://osv-vulnerabilities.storage.googleapis.com";

/// Where CISA publishes the Known Exploited Vulnerabilities catalogue
/// (`db update --kev`; `--kev-url` or `$IMAGEGATE_KEV_URL` for a mirror).
pub const KEV_SOURCE: &str =
    "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";

/// Where FIRST's EPSS scores of the day are published (`db update --epss`;
/// `--epss-url` or `$IMAGEGATE_EPSS_URL` for a mirror).
pub const EPSS_SOURCE: &str = "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz";

/// The OSV ecosystems a DB download fetches by default: every distribution
/// family and language the matcher maps (the matcher's own list,
/// [`crate::vulndb::ecosystem::OSV_EXPORTS`]). Whole ecosystems, never a list
/// of releases (`Debian`, not `Debian:12`): such a list goes stale with the
/// next release, and an image of a release the DB has no data for is an
/// error (`vulnerability-db-no-data`).
pub const DB_ECOSYSTEMS: &[&str] = crate::vulndb::ecosystem::OSV_EXPORTS;

/// How reports name a policy file, the same in every host: its path relative
/// to the workspace root when it lies inside it (`imagegate.toml`,
/// `ci/policy.toml`), else its file name. Reports never hold a host path.
/// `workspace` is the host's working directory (the CI workspace); `None`
/// (the component's own CLI, which has no working directory): a relative
/// path is inside.
pub fn policy_name(file: &std::path::Path, workspace: Option<&std::path::Path>) -> String {
    crate::input::shown_name(file, workspace).unwrap_or_else(|| POLICY_FILE.to_string())
}

/// What a host must provide before a scan, decided from the policy and the
/// request (see [`plan`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Whether the scan needs a vulnerability DB. False when vulnerability
    /// checking is switched off (`--skip-vulnerabilities`, `enabled = false`)
    /// or the policy accepts a scan without one (`require-db = false`).
    pub needs_db: bool,
    /// The policy's `max-db-age` in days (0: any age): a cached DB older than
    /// this is fetched anew, and a scan with an older DB is verdict `error`.
    pub max_db_age_days: u64,
    /// The policy's `signatures.trusted-root` path (relative to the policy
    /// file): the host reads it and passes its text in the scan request.
    pub trusted_root: Option<String>,
}

/// What the scan needs from its host, for `policy` (none: the default policy)
/// and `--skip-vulnerabilities`. A bad policy is the same `policy-invalid`
/// error the scan would give, before anything is downloaded.
pub fn plan(policy: Option<&PolicyFile>, skip_vulnerabilities: bool) -> Result<Plan> {
    let p = Policy::load(policy, None)?;
    let v = &p.config.vulnerabilities;
    Ok(Plan {
        needs_db: v.enabled && !skip_vulnerabilities && v.require_db,
        max_db_age_days: v.max_db_age,
        trusted_root: p.config.signatures.trusted_root.clone(),
    })
}

/// Days between the build of the DB at `path` and `now` (Unix seconds), or
/// `None` when there is no readable DB there or its build time is not a date.
pub fn db_age_days(path: &std::path::Path, now: u64) -> Option<i64> {
    let f = std::fs::File::open(path).ok()?;
    let db = crate::vulndb::db::Db::open(std::io::BufReader::new(f)).ok()?;
    let built = crate::policy::checks::vulnerabilities::check::build_day(&db.info().build_time)?;
    Some(crate::time::day_of(now) - built)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> PolicyFile {
        PolicyFile {
            name: "imagegate.toml".into(),
            text: text.into(),
        }
    }

    #[test]
    fn the_default_policy_needs_a_fresh_db() {
        assert_eq!(
            plan(None, false).ok(),
            Some(Plan {
                needs_db: true,
                max_db_age_days: 7,
                trusted_root: None,
            })
        );
    }

    #[test]
    fn skipping_or_switching_off_needs_no_db() {
        assert!(plan(None, true).is_ok_and(|p| !p.needs_db));
        let off = file("[vulnerabilities]\nenabled = false\n");
        assert!(plan(Some(&off), false).is_ok_and(|p| !p.needs_db));
        let lax = file("[vulnerabilities]\nrequire-db = false\nmax-db-age = 30\n");
        assert_eq!(
            plan(Some(&lax), false).ok(),
            Some(Plan {
                needs_db: false,
                max_db_age_days: 30,
                trusted_root: None,
            })
        );
        let keyless = file("[signatures]\ntrusted-root = \"sigstore/trusted_root.json\"\n");
        assert_eq!(
            plan(Some(&keyless), false)
                .ok()
                .and_then(|p| p.trusted_root),
            Some("sigstore/trusted_root.json".to_string())
        );
    }

    #[test]
    fn a_bad_policy_is_the_scans_error() {
        let bad = file("[vulnerabilities]\nfail-on = \"severe\"\n");
        assert!(plan(Some(&bad), false).is_err_and(|e| e.code() == "policy-invalid"));
    }

    #[test]
    fn policies_are_named_from_the_workspace() {
        use std::path::Path;
        let ws = Some(Path::new("/ci/work"));
        assert_eq!(
            policy_name(Path::new("imagegate.toml"), ws),
            "imagegate.toml"
        );
        assert_eq!(policy_name(Path::new("./ci/p.toml"), ws), "ci/p.toml");
        assert_eq!(
            policy_name(Path::new("/ci/work/ci/p.toml"), ws),
            "ci/p.toml"
        );
        assert_eq!(policy_name(Path::new("/etc/p.toml"), ws), "p.toml");
        assert_eq!(policy_name(Path::new("../p.toml"), ws), "p.toml");
        assert_eq!(
            policy_name(Path::new("/policy/imagegate.toml"), None),
            "imagegate.toml"
        );
    }

    #[test]
    fn ecosystems_are_whole_and_unique() {
        for (i, e) in DB_ECOSYSTEMS.iter().enumerate() {
            assert!(!e.contains(':'), "{e}: a release list goes stale");
            assert!(!DB_ECOSYSTEMS[..i].contains(e), "{e} twice");
        }
    }
}
