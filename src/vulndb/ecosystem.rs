//! OSV ecosystems: which version [`Scheme`] orders an OSV ecosystem, and
//! which OSV `(ecosystem, name, version)` an inventory [`Package`] is looked
//! up under.
//!
//! Mapping rules (package → query):
//! - `deb`: `Debian:<major>` (from the OS version, `12.5` → `12`) or
//!   `Ubuntu:<version>` (`22.04`); name and version of the **source**
//!   package (OSV Debian/Ubuntu records are per source package), falling back
//!   to the binary name/version.
//! - `apk`: `Alpine:v<major>.<minor>`; the origin (source) name, the package version.
//! - `rpm`: `AlmaLinux:<major>`, `Rocky Linux:<major>`, `openSUSE:Leap <version>`,
//!   `openSUSE:Tumbleweed`; binary name; version `epoch:version-release` when
//!   the epoch is non-zero. Red Hat / CentOS / Fedora / Amazon / SLES are not
//!   mapped yet (OSV keys Red Hat by product stream, e.g.
//!   `Red Hat:enterprise_linux:9::appstream`, which needs repository data).
//! - An OS package with no OS family/version to go on is not queried.
//! - `pypi` → `PyPI` with the PEP 503 normalised name; `npm` → `npm`;
//!   `cargo` → `crates.io`; `gem` → `RubyGems`; `composer` → `Packagist`;
//!   `nuget` → `NuGet`; `maven` → `Maven` with `group:artifact`;
//!   `golang` → `Go` with the module path (or `stdlib`), version without the
//!   leading `v` (OSV Go versions have none).
//! - A package with an empty version (Go `(devel)` main modules) is not queried.
//!
//! Name comparison ([`names_equal`]) is PEP 503-normalised for PyPI, ASCII
//! case-insensitive for NuGet and Packagist, exact elsewhere.
//! Ecosystem comparison ([`ecosystems_equal`]) is exact, except that an
//! Ubuntu record's `:LTS` / `:Pro:` qualifiers are ignored.

use super::version::Scheme;
use crate::inventory::os::OsInfo;
use crate::inventory::{Ecosystem, Package};

/// What to look up in OSV for one installed package.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Query {
    pub ecosystem: String,
    pub name: String,
    pub version: String,
}

/// Ecosystem names with their version ordering: OSV ecosystem names (before
/// any `:release` suffix; `true`) and purl types (`false`).
pub const ECOSYSTEMS: &[(&str, Scheme, bool)] = &[
    ("Debian", Scheme::Dpkg, true),
    ("Ubuntu", Scheme::Dpkg, true),
    ("deb", Scheme::Dpkg, false),
    ("Alpine", Scheme::Apk, true),
    ("apk", Scheme::Apk, false),
    ("Red Hat", Scheme::Rpm, true),
    ("Rocky Linux", Scheme::Rpm, true),
    ("AlmaLinux", Scheme::Rpm, true),
    ("SUSE", Scheme::Rpm, true),
    ("openSUSE", Scheme::Rpm, true),
    ("rpm", Scheme::Rpm, false),
    ("PyPI", Scheme::Pep440, true),
    ("npm", Scheme::Semver, true),
    ("crates.io", Scheme::Semver, true),
    ("cargo", Scheme::Semver, false),
    ("Go", Scheme::Go, true),
    ("golang", Scheme::Go, false),
    ("Maven", Scheme::Maven, true),
    ("RubyGems", Scheme::RubyGems, true),
    ("gem", Scheme::RubyGems, false),
    ("NuGet", Scheme::NuGet, true),
    ("Packagist", Scheme::Packagist, true),
    ("composer", Scheme::Packagist, false),
];

/// The version ordering of an OSV ecosystem string (`Debian:12`, `PyPI`...),
/// exactly as OSV spells it, or `None` for ecosystems without a comparator.
pub fn scheme_for(ecosystem: &str) -> Option<Scheme> {
    let base = ecosystem.split(':').next().unwrap_or(ecosystem);
    ECOSYSTEMS
        .iter()
        .find(|(name, _, osv)| *osv && *name == base)
        .map(|(_, s, _)| *s)
}

/// The version ordering for a name a user typed: an OSV ecosystem (with or
/// without `:release`) or a purl type, case-insensitively (`imagegate vercmp`).
pub fn scheme_for_name(name: &str) -> Option<Scheme> {
    let base = name.split(':').next().unwrap_or(name);
    ECOSYSTEMS
        .iter()
        .find(|(n, _, _)| n.eq_ignore_ascii_case(base) || n.eq_ignore_ascii_case(name))
        .map(|(_, s, _)| *s)
}

/// `imagegate vercmp ECOSYSTEM A B`: the order of two versions under the
/// ordering of `ecosystem` (an OSV ecosystem or a purl type, see
/// [`scheme_for_name`]). An unknown ecosystem, or a version the ecosystem's
/// own parser rejects ([`crate::vulndb::version::validate`]), is a usage
/// error naming it: a comparison is never guessed.
pub fn vercmp(ecosystem: &str, a: &str, b: &str) -> crate::Result<std::cmp::Ordering> {
    let scheme = scheme_for_name(ecosystem).ok_or_else(|| {
        let known: Vec<&str> = ECOSYSTEMS.iter().map(|(n, _, _)| *n).collect();
        crate::Error::new(
            crate::ErrorKind::Usage,
            "vercmp",
            format!(
                "unknown ecosystem {ecosystem:?}; known: {}",
                known.join(", ")
            ),
        )
    })?;
    vercmp_scheme(ecosystem, scheme, a, b)
}

/// [`vercmp`] with the scheme already chosen (`ecosystem` names it in errors).
pub fn vercmp_scheme(
    ecosystem: &str,
    scheme: Scheme,
    a: &str,
    b: &str,
) -> crate::Result<std::cmp::Ordering> {
    for v in [a, b] {
        if let Err(why) = super::version::validate(scheme, v) {
            return Err(crate::Error::new(
                crate::ErrorKind::Usage,
                "vercmp",
                format!("{v:?} is not a valid {ecosystem} version: {why}"),
            ));
        }
    }
    Ok(super::version::compare(scheme, a, b))
}

pub use crate::inventory::pep503;

/// Whether two package names denote the same package in `ecosystem`.
pub fn names_equal(ecosystem: &str, a: &str, b: &str) -> bool {
    match ecosystem.split(':').next().unwrap_or(ecosystem) {
        "PyPI" => a == b || pep503(a) == pep503(b),
        "NuGet" | "Packagist" => a.eq_ignore_ascii_case(b),
        _ => a == b,
    }
}

/// Whether a record's ecosystem (`record`) covers a query's ecosystem.
pub fn ecosystems_equal(record: &str, query: &str) -> bool {
    if record == query {
        return true;
    }
    // Ubuntu records: `Ubuntu:22.04:LTS`, `Ubuntu:Pro:18.04:LTS`.
    if let (Some(r), Some(q)) = (
        record.strip_prefix("Ubuntu:"),
        query.strip_prefix("Ubuntu:"),
    ) {
        let strip = |s: &str| {
            s.split(':')
                .filter(|p| *p != "LTS" && *p != "Pro")
                .collect::<Vec<_>>()
                .join(":")
        };
        return strip(r) == strip(q);
    }
    false
}

fn major(v: &str) -> &str {
    v.split('.').next().unwrap_or(v)
}

fn major_minor(v: &str) -> Option<String> {
    let mut it = v.split('.');
    let (a, b) = (it.next()?, it.next()?);
    (!a.is_empty() && !b.is_empty()).then(|| format!("{a}.{b}"))
}

/// The OSV query for an installed package, or `None` when it cannot be
/// looked up (no version, unknown OS release, unmapped distribution).
pub fn query_for(pkg: &Package, os: Option<&OsInfo>) -> Option<Query> {
    if pkg.version.is_empty() {
        return None;
    }
    let os_version = || {
        os.and_then(|o| o.version.as_deref())
            .filter(|v| !v.is_empty())
    };
    let family = os.map(|o| o.family.as_str()).unwrap_or("");
    let source_or = |name: &str, version: &str| {
        (
            pkg.source_name
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| name.to_owned()),
            pkg.source_version
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| version.to_owned()),
        )
    };
    let (ecosystem, name, version) = match pkg.ecosystem {
        Ecosystem::Deb => {
            let v = os_version()?;
            let eco = match family {
                "debian" => format!("Debian:{}", major(v)),
                "ubuntu" => format!("Ubuntu:{v}"),
                _ => return None,
            };
            let (n, ver) = source_or(&pkg.name, &pkg.version);
            (eco, n, ver)
        }
        Ecosystem::Apk => {
            if family != "alpine" {
                return None;
            }
            let eco = format!("Alpine:v{}", major_minor(os_version()?)?);
            let name = pkg
                .source_name
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| pkg.name.clone());
            (eco, name, pkg.version.clone())
        }
        Ecosystem::Rpm => {
            let eco = match family {
                "almalinux" => format!("AlmaLinux:{}", major(os_version()?)),
                "rocky" => format!("Rocky Linux:{}", major(os_version()?)),
                "opensuse-leap" => format!("openSUSE:Leap {}", os_version()?),
                "opensuse-tumbleweed" => "openSUSE:Tumbleweed".to_owned(),
                _ => return None,
            };
            let version = match pkg.epoch {
                Some(e) if e > 0 => format!("{e}:{}", pkg.version),
                _ => pkg.version.clone(),
            };
            (eco, pkg.name.clone(), version)
        }
        Ecosystem::Pypi => ("PyPI".to_owned(), pep503(&pkg.name), pkg.version.clone()),
        Ecosystem::Npm => ("npm".to_owned(), pkg.name.clone(), pkg.version.clone()),
        Ecosystem::Cargo => (
            "crates.io".to_owned(),
            pkg.name.clone(),
            pkg.version.clone(),
        ),
        Ecosystem::Gem => ("RubyGems".to_owned(), pkg.name.clone(), pkg.version.clone()),
        Ecosystem::Composer => (
            "Packagist".to_owned(),
            pkg.name.clone(),
            pkg.version.clone(),
        ),
        Ecosystem::Nuget => ("NuGet".to_owned(), pkg.name.clone(), pkg.version.clone()),
        Ecosystem::Maven => ("Maven".to_owned(), pkg.name.clone(), pkg.version.clone()),
        Ecosystem::Golang => {
            if pkg.version == "(devel)" {
                return None;
            }
            let v = pkg.version.strip_prefix('v').unwrap_or(&pkg.version);
            ("Go".to_owned(), pkg.name.clone(), v.to_owned())
        }
    };
    if name.is_empty() || version.is_empty() {
        return None;
    }
    Some(Query {
        ecosystem,
        name,
        version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(family: &str, version: &str) -> OsInfo {
        OsInfo {
            family: family.into(),
            version: Some(version.into()),
            point_release: None,
            codename: None,
            pretty_name: None,
            distroless: false,
            source: "etc/os-release".into(),
        }
    }

    fn q(e: &str, n: &str, v: &str) -> Option<Query> {
        Some(Query {
            ecosystem: e.into(),
            name: n.into(),
            version: v.into(),
        })
    }

    #[test]
    fn schemes() {
        for (eco, want) in [
            ("Debian:12", Some(Scheme::Dpkg)),
            ("Ubuntu:22.04:LTS", Some(Scheme::Dpkg)),
            ("Alpine:v3.19", Some(Scheme::Apk)),
            ("Red Hat:enterprise_linux:9::appstream", Some(Scheme::Rpm)),
            ("Rocky Linux:9", Some(Scheme::Rpm)),
            ("openSUSE:Leap 15.5", Some(Scheme::Rpm)),
            ("PyPI", Some(Scheme::Pep440)),
            ("crates.io", Some(Scheme::Semver)),
            ("npm", Some(Scheme::Semver)),
            ("Go", Some(Scheme::Go)),
            ("Maven", Some(Scheme::Maven)),
            ("RubyGems", Some(Scheme::RubyGems)),
            ("NuGet", Some(Scheme::NuGet)),
            ("Packagist", Some(Scheme::Packagist)),
            ("Hackage", None),
        ] {
            assert_eq!(scheme_for(eco), want, "{eco}");
        }
    }

    #[test]
    fn names_and_ecosystems() {
        assert_eq!(pep503("Zope.Interface__x"), "zope-interface-x");
        assert!(names_equal("PyPI", "PyYAML", "pyyaml"));
        assert!(!names_equal("Maven", "a:B", "a:b"));
        assert!(ecosystems_equal("Ubuntu:22.04:LTS", "Ubuntu:22.04"));
        assert!(ecosystems_equal("Ubuntu:20.04", "Ubuntu:20.04:LTS"));
        assert!(!ecosystems_equal("Debian:11", "Debian:12"));
    }

    #[test]
    fn queries() {
        let mut deb = Package::new(Ecosystem::Deb, "libssl3", "3.0.11-1~deb12u2");
        deb.source_name = Some("openssl".into());
        assert_eq!(
            query_for(&deb, Some(&os("debian", "12.5"))),
            q("Debian:12", "openssl", "3.0.11-1~deb12u2")
        );
        assert_eq!(query_for(&deb, None), None);
        assert_eq!(
            query_for(&deb, Some(&os("ubuntu", "22.04"))),
            q("Ubuntu:22.04", "openssl", "3.0.11-1~deb12u2")
        );

        let mut apk = Package::new(Ecosystem::Apk, "libcrypto3", "3.1.4-r5");
        apk.source_name = Some("openssl".into());
        assert_eq!(
            query_for(&apk, Some(&os("alpine", "3.19.1"))),
            q("Alpine:v3.19", "openssl", "3.1.4-r5")
        );

        let mut rpm = Package::new(Ecosystem::Rpm, "bash", "5.1.8-6.el9");
        rpm.epoch = Some(1);
        assert_eq!(
            query_for(&rpm, Some(&os("rocky", "9.3"))),
            q("Rocky Linux:9", "bash", "1:5.1.8-6.el9")
        );
        assert_eq!(query_for(&rpm, Some(&os("rhel", "9.3"))), None);

        let py = Package::new(Ecosystem::Pypi, "Django_Rest.framework", "3.14");
        assert_eq!(
            query_for(&py, None),
            q("PyPI", "django-rest-framework", "3.14")
        );
        let go = Package::new(Ecosystem::Golang, "stdlib", "v1.22.1");
        assert_eq!(query_for(&go, None), q("Go", "stdlib", "1.22.1"));
        let dev = Package::new(Ecosystem::Golang, "example.com/app", "");
        assert_eq!(query_for(&dev, None), None);
        let mvn = Package::new(Ecosystem::Maven, "org.jline:jline", "3.24.1");
        assert_eq!(
            query_for(&mvn, None),
            q("Maven", "org.jline:jline", "3.24.1")
        );
        let c = Package::new(Ecosystem::Cargo, "time", "0.1.45");
        assert_eq!(query_for(&c, None), q("crates.io", "time", "0.1.45"));
    }
}
