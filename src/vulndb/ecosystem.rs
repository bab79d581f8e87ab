//! OSV ecosystems: which version [`Scheme`] orders an OSV ecosystem, which
//! OSV `(ecosystem, name, version)` an inventory [`Package`] is looked up
//! under, and which OSV exports hold the data ([`OSV_EXPORTS`]).
//!
//! OS packages, by the image's `os-release` `ID` (releases are never listed
//! here: whatever release the image has is looked up, and a release the DB
//! has no data for is reported by the scan, see [`crate::vulndb::scan`]):
//!
//! | `ID` | OSV ecosystem | package |
//! |---|---|---|
//! | `debian` (also distroless) | `Debian:<major>` | source package, source version |
//! | `ubuntu` | `Ubuntu:<VERSION_ID>` (records' `:LTS` and ESM `Pro:` forms included) | source package, source version |
//! | `alpine` | `Alpine:v<major>.<minor>` | origin, version |
//! | `wolfi`, `chainguard` | `Wolfi`, `Chainguard` | origin, version |
//! | `almalinux`, `rocky` | `AlmaLinux:<major>`, `Rocky Linux:<major>` | binary package, `[epoch:]version-release` |
//! | `rhel` (RHEL, UBI) | `Red Hat:enterprise_linux:<major>` (every `::stream`) | binary package, `[epoch:]version-release` |
//! | `sles`, `sles_sap`, `sle_hpc` | `SUSE:Linux Enterprise <major> SP<n>` (every SLE product of that service pack) | binary package |
//! | `sle-micro` | `SUSE:Linux Enterprise Micro <version>` | binary package |
//! | `opensuse-leap`, `opensuse-leap-micro`, `opensuse-tumbleweed` | `openSUSE:Leap <v>`, `openSUSE:Leap Micro <v>`, `openSUSE:Tumbleweed` | binary package |
//!
//! Any other OS with OS packages (CentOS, Fedora, Amazon Linux...) has no
//! mapping: [`os_ecosystem`] says why, and the scan reports it.
//!
//! Records name ecosystems more finely than images do: Ubuntu adds `:LTS`
//! and Pro (ESM) variants, Red Hat a repository stream
//! (`Red Hat:enterprise_linux:9::appstream`), SUSE a product name per
//! module. [`index_ecosystem`] folds these into the ecosystem an image is
//! queried under; the DB indexes records by it and the matcher compares
//! with it. Ubuntu FIPS and Realtime variants and Red Hat EUS/AUS streams
//! are left as they are (no image queries them).
//!
//! Language packages:
//! `pypi` → `PyPI` with the PEP 503 normalised name; `npm` → `npm`;
//! `cargo` → `crates.io`; `gem` → `RubyGems`; `composer` → `Packagist`;
//! `nuget` → `NuGet`; `maven` → `Maven` with `group:artifact`;
//! `golang` → `Go` with the module path (or `stdlib`), version without the
//! leading `v` (OSV Go versions have none). A package with an empty version
//! (Go `(devel)` main modules) is not queried.
//!
//! Name comparison ([`names_equal`]) is PEP 503-normalised for PyPI, ASCII
//! case-insensitive for NuGet and Packagist, exact elsewhere.

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
    ("Wolfi", Scheme::Apk, true),
    ("Chainguard", Scheme::Apk, true),
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

/// The OSV exports (`<mirror>/<name>/all.zip`) holding every ecosystem the
/// matcher maps packages to: the default set every host downloads. Names
/// are OSV export names without a release (`Debian/all.zip` holds every
/// Debian release), so the set never goes stale when a distribution
/// releases.
pub const OSV_EXPORTS: &[&str] = &[
    "AlmaLinux",
    "Alpine",
    "Chainguard",
    "Debian",
    "Red Hat",
    "Rocky Linux",
    "SUSE",
    "Ubuntu",
    "Wolfi",
    "openSUSE",
    "PyPI",
    "npm",
    "Go",
    "crates.io",
    "Maven",
    "RubyGems",
    "NuGet",
    "Packagist",
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

/// The ecosystem a record's `affected[].package.ecosystem` is indexed and
/// matched under (module doc): `Ubuntu:22.04:LTS` and `Ubuntu:Pro:22.04:LTS`
/// → `Ubuntu:22.04`; `Red Hat:enterprise_linux:9::appstream` →
/// `Red Hat:enterprise_linux:9`; `SUSE:Linux Enterprise Server 15 SP5` (and
/// every other SLE product of 15 SP5, LTSS included) → `SUSE:Linux
/// Enterprise 15 SP5`; anything else unchanged.
pub fn index_ecosystem(eco: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if let Some(rest) = eco.strip_prefix("Ubuntu:") {
        let parts: Vec<&str> = rest.split(':').collect();
        let release = match parts.as_slice() {
            [v] | [v, "LTS"] | ["Pro", v, "LTS"] | ["Pro", v] => *v,
            _ => return Cow::Borrowed(eco),
        };
        return Cow::Owned(format!("Ubuntu:{release}"));
    }
    if let Some(rest) = eco.strip_prefix("Red Hat:") {
        if let Some((product, _stream)) = rest.split_once("::") {
            return Cow::Owned(format!("Red Hat:{product}"));
        }
        return Cow::Borrowed(eco);
    }
    if let Some(rest) = eco.strip_prefix("SUSE:Linux Enterprise ") {
        if rest.starts_with("Micro ") {
            return Cow::Borrowed(eco);
        }
        // `... 15 SP5`, `... 15 SP5-LTSS`, `... 15 SP5 LTSS`, `... 15`.
        let words: Vec<&str> = rest.split([' ', '-']).collect();
        for (i, w) in words.iter().enumerate() {
            if w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit()) {
                let sp = words
                    .get(i + 1)
                    .and_then(|n| n.strip_prefix("SP"))
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    .unwrap_or("0");
                return Cow::Owned(format!("SUSE:Linux Enterprise {w} SP{sp}"));
            }
        }
    }
    Cow::Borrowed(eco)
}

/// Whether a record's ecosystem (`record`) covers a query's ecosystem.
pub fn ecosystems_equal(record: &str, query: &str) -> bool {
    record == query || index_ecosystem(record) == query
}

fn major(v: &str) -> &str {
    v.split('.').next().unwrap_or(v)
}

fn major_minor(v: &str) -> Option<String> {
    let mut it = v.split('.');
    let (a, b) = (it.next()?, it.next()?);
    (!a.is_empty() && !b.is_empty()).then(|| format!("{a}.{b}"))
}

/// The OSV ecosystem the OS packages (`deb`, `apk` or `rpm`) of an image
/// with `os` are looked up under, or why there is none (the module doc's
/// table). `Err` for a language ecosystem too.
pub fn os_ecosystem(os: Option<&OsInfo>, kind: Ecosystem) -> Result<String, String> {
    let Some(os) = os else {
        return Err(format!(
            "the image holds {} packages but its operating system was not detected",
            kind.as_str()
        ));
    };
    let id = os.family.as_str();
    let version = os.version.as_deref().filter(|v| !v.is_empty());
    let need = |v: Option<&str>| {
        v.map(str::to_owned)
            .ok_or_else(|| format!("the {id} release is unknown (os-release has no VERSION_ID)"))
    };
    let eco = match (kind, id) {
        (Ecosystem::Deb, "debian") => format!("Debian:{}", major(&need(version)?)),
        (Ecosystem::Deb, "ubuntu") => format!("Ubuntu:{}", need(version)?),
        (Ecosystem::Apk, "alpine") => {
            let v = need(version)?;
            let mm = major_minor(&v)
                .ok_or_else(|| format!("the Alpine release {v:?} is not MAJOR.MINOR"))?;
            format!("Alpine:v{mm}")
        }
        (Ecosystem::Apk, "wolfi") => "Wolfi".to_owned(),
        (Ecosystem::Apk, "chainguard") => "Chainguard".to_owned(),
        (Ecosystem::Rpm, "almalinux") => format!("AlmaLinux:{}", major(&need(version)?)),
        (Ecosystem::Rpm, "rocky") => format!("Rocky Linux:{}", major(&need(version)?)),
        (Ecosystem::Rpm, "rhel") => {
            format!("Red Hat:enterprise_linux:{}", major(&need(version)?))
        }
        (Ecosystem::Rpm, "sles" | "sles_sap" | "sle_hpc") => {
            let v = need(version)?;
            let (maj, sp) = v.split_once('.').unwrap_or((v.as_str(), "0"));
            format!("SUSE:Linux Enterprise {maj} SP{sp}")
        }
        (Ecosystem::Rpm, "sle-micro") => {
            format!("SUSE:Linux Enterprise Micro {}", need(version)?)
        }
        (Ecosystem::Rpm, "opensuse-leap") => format!("openSUSE:Leap {}", need(version)?),
        (Ecosystem::Rpm, "opensuse-leap-micro") => {
            format!("openSUSE:Leap Micro {}", need(version)?)
        }
        (Ecosystem::Rpm, "opensuse-tumbleweed") => "openSUSE:Tumbleweed".to_owned(),
        (k, _) if k.is_os() => {
            return Err(format!(
                "no vulnerability data source is mapped for {} packages of {id} (supported: Debian, Ubuntu, Alpine, Wolfi, Chainguard, AlmaLinux, Rocky Linux, Red Hat, SUSE, openSUSE)",
                k.as_str()
            ))
        }
        _ => return Err(format!("{} is not an OS package type", kind.as_str())),
    };
    Ok(eco)
}

/// The OSV query for an installed package, or `None` when it cannot be
/// looked up: no version, or an OS package whose OS has no mapping
/// ([`os_ecosystem`] says why; the scan reports those).
pub fn query_for(pkg: &Package, os: Option<&OsInfo>) -> Option<Query> {
    if pkg.version.is_empty() {
        return None;
    }
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
            let eco = os_ecosystem(os, Ecosystem::Deb).ok()?;
            let (n, ver) = source_or(&pkg.name, &pkg.version);
            (eco, n, ver)
        }
        Ecosystem::Apk => {
            let eco = os_ecosystem(os, Ecosystem::Apk).ok()?;
            let name = pkg
                .source_name
                .clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| pkg.name.clone());
            (eco, name, pkg.version.clone())
        }
        Ecosystem::Rpm => {
            let eco = os_ecosystem(os, Ecosystem::Rpm).ok()?;
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
            ("Wolfi", Some(Scheme::Apk)),
            ("Chainguard", Some(Scheme::Apk)),
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
        assert!(ecosystems_equal("Ubuntu:Pro:18.04:LTS", "Ubuntu:18.04"));
        assert!(!ecosystems_equal(
            "Ubuntu:Pro:FIPS:20.04:LTS",
            "Ubuntu:20.04"
        ));
        assert!(!ecosystems_equal(
            "Ubuntu:Pro:22.04:LTS:Realtime:Kernel",
            "Ubuntu:22.04"
        ));
        assert!(!ecosystems_equal("Debian:11", "Debian:12"));
        for (record, query) in [
            (
                "Red Hat:enterprise_linux:9::appstream",
                "Red Hat:enterprise_linux:9",
            ),
            (
                "Red Hat:enterprise_linux:9::baseos",
                "Red Hat:enterprise_linux:9",
            ),
            (
                "SUSE:Linux Enterprise Server 15 SP5",
                "SUSE:Linux Enterprise 15 SP5",
            ),
            (
                "SUSE:Linux Enterprise Module for Basesystem 15 SP5",
                "SUSE:Linux Enterprise 15 SP5",
            ),
            (
                "SUSE:Linux Enterprise Server 15 SP3-LTSS",
                "SUSE:Linux Enterprise 15 SP3",
            ),
            (
                "SUSE:Linux Enterprise Server 15",
                "SUSE:Linux Enterprise 15 SP0",
            ),
            (
                "SUSE:Linux Enterprise Micro 5.5",
                "SUSE:Linux Enterprise Micro 5.5",
            ),
            ("openSUSE:Leap 15.5", "openSUSE:Leap 15.5"),
        ] {
            assert!(ecosystems_equal(record, query), "{record} → {query}");
        }
        assert!(!ecosystems_equal(
            "Red Hat:rhel_eus:9.2::appstream",
            "Red Hat:enterprise_linux:9"
        ));
        assert!(!ecosystems_equal(
            "Red Hat:enterprise_linux:8::appstream",
            "Red Hat:enterprise_linux:9"
        ));
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
        assert_eq!(
            query_for(&rpm, Some(&os("rhel", "9.3"))),
            q("Red Hat:enterprise_linux:9", "bash", "1:5.1.8-6.el9")
        );
        for (family, version, want) in [
            ("almalinux", "9.4", "AlmaLinux:9"),
            ("sles", "15.5", "SUSE:Linux Enterprise 15 SP5"),
            ("sles", "15", "SUSE:Linux Enterprise 15 SP0"),
            ("sle-micro", "5.5", "SUSE:Linux Enterprise Micro 5.5"),
            ("opensuse-leap", "15.5", "openSUSE:Leap 15.5"),
            ("opensuse-tumbleweed", "20240101", "openSUSE:Tumbleweed"),
        ] {
            assert_eq!(
                os_ecosystem(Some(&os(family, version)), Ecosystem::Rpm).as_deref(),
                Ok(want)
            );
        }
        for (family, want) in [("wolfi", "Wolfi"), ("chainguard", "Chainguard")] {
            assert_eq!(
                os_ecosystem(Some(&os(family, "20230201")), Ecosystem::Apk).as_deref(),
                Ok(want)
            );
        }
        for (family, kind) in [
            ("fedora", Ecosystem::Rpm),
            ("centos", Ecosystem::Rpm),
            ("alpine", Ecosystem::Deb),
        ] {
            let e = os_ecosystem(Some(&os(family, "9")), kind);
            assert!(e.as_ref().is_err_and(|m| m.contains(family)), "{e:?}");
        }
        assert!(os_ecosystem(None, Ecosystem::Deb).is_err_and(|m| m.contains("not detected")));
        let mut no_version = os("debian", "");
        no_version.version = None;
        assert!(os_ecosystem(Some(&no_version), Ecosystem::Deb)
            .is_err_and(|m| m.contains("VERSION_ID")));

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
