//! Matching an image's inventory against the vulnerability DB: each package
//! is mapped to its OSV (ecosystem, name, version), the DB is looked up once
//! per (ecosystem, name), every record is evaluated with OSV semantics, and
//! the matching records of each package are grouped into findings
//! ([`crate::vulndb::matcher::group`]).
//!
//! What the DB could not cover is reported as [`Gap`]s, never skipped in
//! silence (the `vulnerabilities` policy check makes each one undecided):
//! - `vulnerability-os-unsupported`: the image has OS packages but its OS
//!   was not detected, or has no OSV mapping (CentOS, Fedora, ...);
//! - `vulnerability-db-no-data`: packages map to an ecosystem the DB holds
//!   no record of (an Alpine release newer than the DB, a DB built without
//!   PyPI);
//! - `vulnerability-version-invalid`: an installed version, or an advisory
//!   version for an installed package, that its ecosystem rejects;
//! - `os-package-db-unreadable`: a dpkg, apk or rpm database the inventory
//!   found but could not read completely.

use crate::error::{Error, ErrorKind, Result};
use crate::inventory::{Inventory, Warning};
use crate::vulndb::db::Db;
use crate::vulndb::ecosystem::{os_ecosystem, query_for};
use crate::vulndb::matcher::{group, match_record, Finding, RecordMatch};
use crate::vulndb::osv;
use crate::vulndb::priority::{Epss, Feed, KnownExploited};
use crate::vulndb::severity::Kind;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Seek};

/// One advisory affecting one installed package, with where the package is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vulnerability {
    #[serde(flatten)]
    pub finding: Finding,
    pub purl: String,
    pub layer: u32,
    pub path: String,
    /// The CISA KEV entry of one of its CVE ids (none: not listed, or the DB
    /// has no KEV data: see [`DbSummary::kev`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known_exploited: Option<KnownExploited>,
    /// The highest EPSS score of its CVE ids (none: unscored, or no EPSS data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epss: Option<Epss>,
    /// What VEX documents say about it (none: no statement names it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vex: Option<crate::vulndb::triage::Decision>,
    /// The policy ignore that takes it out of the verdict (none: no active
    /// `[vulnerabilities] ignore` entry names it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<Ignored>,
}

/// What the policy's `[vulnerabilities] ignore` list says about one finding:
/// the first active entry that names it (plain data, filled in by the
/// `vulnerabilities` check's `ignore::apply` before the policy runs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ignored {
    /// Its position in the list (`vulnerabilities.ignore[N]`).
    pub index: usize,
    /// The id it names (`*`: any advisory within its scope).
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    pub reason: String,
    /// An OpenVEX justification label, when the entry gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// `YYYY-MM-DD`, the last day it applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Its scope in words (`purl pkg:pypi/urllib3, path /usr/**`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Other active entries that name it too (they count as used).
    #[serde(skip)]
    pub also: Vec<usize>,
}

impl Ignored {
    /// `vulnerabilities.ignore[2] (owner team-a) until 2026-12-31: REASON`.
    pub fn cite(&self) -> String {
        format!(
            "vulnerabilities.ignore[{}]{}{}: {}",
            self.index,
            self.owner
                .as_deref()
                .map(|o| format!(" (owner {o})"))
                .unwrap_or_default(),
            self.expires
                .as_deref()
                .map(|d| format!(" until {d}"))
                .unwrap_or_default(),
            self.reason
        )
    }
}

impl Vulnerability {
    /// Whether a VEX statement takes it out of the verdict.
    pub fn suppressed_by_vex(&self) -> bool {
        self.vex.as_ref().is_some_and(|d| d.suppressed)
    }

    /// The package as a report names it: the installed binary package, with
    /// the source package the advisory names when they differ (`libapt-pkg6.0
    /// (source apt)`: an OS package matched through its source).
    pub fn package_label(&self) -> String {
        let binary = crate::inventory::purl::Purl::parse(&self.purl)
            .ok()
            .filter(|p| matches!(p.kind.as_str(), "deb" | "rpm" | "apk"))
            .map(|p| p.name);
        match binary {
            Some(name) if name != self.finding.package => {
                format!("{name} (source {})", self.finding.package)
            }
            _ => self.finding.package.clone(),
        }
    }

    /// ` [KEV since 2021-12-10, known ransomware use; EPSS 0.94358 (percentile
    /// 0.99961)]` (empty without either), for the human report lines.
    pub fn priority_text(&self) -> String {
        let parts: Vec<String> = self
            .known_exploited
            .iter()
            .map(KnownExploited::describe)
            .chain(self.epss.iter().map(Epss::describe))
            .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!(" [{}]", parts.join("; "))
        }
    }

    /// ` [VEX not_affected: app.openvex.json statement 2]` and
    /// ` [ignored by vulnerabilities.ignore[0] (owner team-a): REASON]`
    /// (empty when neither speaks), for the human report lines.
    pub fn vex_text(&self) -> String {
        let mut out = match &self.vex {
            None => String::new(),
            Some(d) => format!(
                " [VEX {}{}: {}]",
                d.status.as_str(),
                if d.suppressed { ", suppressed" } else { "" },
                d.statements
                    .iter()
                    .map(|a| a.cite())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        if let Some(ig) = &self.ignored {
            out.push_str(&format!(" [ignored by {}]", ig.cite()));
        }
        out
    }
}

/// What the report says about the DB that was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DbSummary {
    pub build_time: String,
    pub records: u64,
    pub sources: Vec<String>,
    /// The KEV catalogue it was built with (none: no KEV data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kev: Option<Feed>,
    /// The EPSS scores it was built with (none: no EPSS data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epss: Option<Feed>,
}

impl DbSummary {
    /// `KEV 2025.11.24 (released 2025-11-24…), EPSS v2025.03.14 (scores of 2025-11-25…)`,
    /// or empty without either, for the human reports' DB line.
    pub fn priority_text(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = &self.kev {
            parts.push(format!(
                "KEV catalogue {} ({} entries, released {})",
                k.version, k.entries, k.date
            ));
        }
        if let Some(e) = &self.epss {
            parts.push(format!(
                "EPSS {} ({} scores of {})",
                e.version, e.entries, e.date
            ));
        }
        parts.join(", ")
    }
}

/// The risk order of findings: known exploited first, then severity, then
/// EPSS score (highest first), then id, purl and path (deterministic).
pub fn risk_order(a: &Vulnerability, b: &Vulnerability) -> std::cmp::Ordering {
    let epss = |v: &Vulnerability| v.epss.as_ref().map(|e| e.score).unwrap_or(-1.0);
    b.known_exploited
        .is_some()
        .cmp(&a.known_exploited.is_some())
        .then_with(|| b.finding.severity.level.cmp(&a.finding.severity.level))
        .then_with(|| epss(b).total_cmp(&epss(a)))
        .then_with(|| (&a.finding.id, &a.purl, &a.path).cmp(&(&b.finding.id, &b.purl, &b.path)))
}

/// Attach the DB's KEV entry and EPSS score to each finding, by any CVE id
/// of its group (its id and aliases, distribution copies such as
/// `DEBIAN-CVE-…` included). Several ids listed: the KEV entry of the
/// first CVE id in byte order, the highest EPSS score (ties: first id).
pub fn prioritise<R: Read + Seek>(
    db: &mut Db<R>,
    vulns: &mut [Vulnerability],
    db_name: &str,
) -> Result<()> {
    let info = db.info();
    if info.kev.is_none() && info.epss.is_none() {
        return Ok(());
    }
    let mut cache: HashMap<String, Option<crate::vulndb::priority::Entry>> = HashMap::new();
    for v in vulns.iter_mut() {
        let mut cves: Vec<&str> = v.finding.ids().filter_map(|i| osv::as_cve(i)).collect();
        cves.sort_unstable();
        cves.dedup();
        let (mut kev, mut epss): (Option<KnownExploited>, Option<Epss>) = (None, None);
        for cve in cves {
            if !cache.contains_key(cve) {
                let e = db
                    .priority(cve)
                    .map_err(|e| Error::new(e.kind, db_name, e.message))?;
                cache.insert(cve.to_string(), e);
            }
            let Some(Some(e)) = cache.get(cve) else {
                continue;
            };
            if let (None, Some((added, due, ransomware))) = (&kev, &e.kev) {
                kev = Some(KnownExploited {
                    cve: cve.to_string(),
                    date_added: added.clone(),
                    due_date: due.clone(),
                    ransomware_use: ransomware.clone(),
                });
            }
            if let Some((score, percentile)) = e.epss {
                if epss.as_ref().is_none_or(|old| score > old.score) {
                    epss = Some(Epss {
                        cve: cve.to_string(),
                        score,
                        percentile,
                    });
                }
            }
        }
        v.known_exploited = kev;
        v.epss = epss;
    }
    vulns.sort_by(risk_order);
    Ok(())
}

/// Something the scan could not check (module doc).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Gap {
    /// A stable diagnostic code.
    pub code: &'static str,
    pub message: String,
    /// The file concerned (a package database), absolute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The package concerned, `name@version`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
}

/// Matching results.
#[derive(Debug, Clone, Default)]
pub struct MatchOutcome {
    pub vulns: Vec<Vulnerability>,
    /// DB problems that do not stop the scan (`vulndb-record-invalid`).
    pub warnings: Vec<Warning>,
    pub gaps: Vec<Gap>,
}

/// Whether an inventory warning is about an OS package database.
fn os_db_warning(w: &Warning) -> bool {
    let rel = w.path.trim_start_matches('/');
    matches!(w.code, "package-db-corrupt" | "package-db-too-large")
        && crate::inventory::is_os_package_db(rel)
}

/// Match every package of `inv` against `db`, choosing severities by
/// `order`. Records that do not parse are skipped with a
/// `vulndb-record-invalid` warning (once per record).
pub fn match_inventory<R: Read + Seek>(
    db: &mut Db<R>,
    inv: &Inventory,
    db_name: &str,
    order: &[Kind],
) -> Result<MatchOutcome> {
    let mut cache: HashMap<(String, String), Vec<osv::Record>> = HashMap::new();
    let mut outcome = MatchOutcome::default();
    // OS packages with no mapping, by package type; packages per missing ecosystem.
    let mut unmapped: BTreeMap<&'static str, (String, usize)> = BTreeMap::new();
    let mut no_data: BTreeMap<String, usize> = BTreeMap::new();
    for pkg in &inv.packages {
        if pkg.ecosystem.is_os() {
            if let Err(why) = os_ecosystem(inv.os.as_ref(), pkg.ecosystem) {
                unmapped.entry(pkg.ecosystem.as_str()).or_insert((why, 0)).1 += 1;
                continue;
            }
        }
        let Some(q) = query_for(pkg, inv.os.as_ref()) else {
            continue;
        };
        if !db.has_ecosystem(&q.ecosystem) {
            *no_data.entry(q.ecosystem.clone()).or_default() += 1;
            continue;
        }
        let key = (q.ecosystem.clone(), q.name.clone());
        if !cache.contains_key(&key) {
            let raw = db
                .lookup(&q.ecosystem, &q.name)
                .map_err(|e| Error::new(e.kind, db_name, e.message))?;
            let mut records = Vec::with_capacity(raw.len());
            for bytes in raw {
                let text = String::from_utf8_lossy(&bytes);
                match osv::parse(&text) {
                    Ok(r) => records.push(r),
                    Err(e) => outcome.warnings.push(Warning {
                        code: "vulndb-record-invalid",
                        path: db_name.to_string(),
                        message: format!("{e}"),
                    }),
                }
            }
            cache.insert(key.clone(), records);
        }
        let records = cache.get(&key).map(Vec::as_slice).unwrap_or_default();
        let mut matches: Vec<RecordMatch<'_>> = Vec::new();
        for record in records {
            match match_record(record, &q) {
                Ok(Some(m)) => matches.push(m),
                Ok(None) => {}
                Err(bad) if bad.installed => {
                    outcome.gaps.push(Gap {
                        code: "vulnerability-version-invalid",
                        message: format!(
                            "{}@{}: the installed version is not a valid {} version ({}), so {} advisories for {} could not be evaluated",
                            q.name, q.version, q.ecosystem, bad.reason, records.len(), q.name
                        ),
                        path: Some(pkg.path.clone()),
                        package: Some(format!("{}@{}", pkg.name, pkg.version)),
                    });
                    matches.clear();
                    break;
                }
                Err(bad) => outcome.gaps.push(Gap {
                    code: "vulnerability-version-invalid",
                    message: format!(
                        "{} for {}: the advisory's version {:?} is not a valid {} version ({}), so it could not be evaluated against {}@{}",
                        record.id, q.name, bad.version, q.ecosystem, bad.reason, q.name, q.version
                    ),
                    path: Some(pkg.path.clone()),
                    package: Some(format!("{}@{}", pkg.name, pkg.version)),
                }),
            }
        }
        let mut borrow = |id: &str| db.ratings(id).unwrap_or_default();
        for finding in group(&q, &matches, order, &mut borrow) {
            outcome.vulns.push(Vulnerability {
                finding,
                purl: pkg.purl.clone(),
                layer: pkg.layer,
                path: pkg.path.clone(),
                known_exploited: None,
                epss: None,
                vex: None,
                ignored: None,
            });
        }
    }
    for (kind, (why, n)) in unmapped {
        outcome.gaps.push(Gap {
            code: "vulnerability-os-unsupported",
            message: format!(
                "{n} {kind} package{} not checked for vulnerabilities: {why}",
                if n == 1 { " was" } else { "s were" }
            ),
            path: None,
            package: None,
        });
    }
    for (eco, n) in no_data {
        let family = eco.split(':').next().unwrap_or(&eco);
        let have: Vec<&str> = db
            .ecosystems()
            .iter()
            .map(|(e, _)| e.as_str())
            .filter(|e| e.split(':').next() == Some(family))
            .collect();
        let has = if have.is_empty() {
            format!("it has no {family} data at all")
        } else {
            format!("it has {}", have.join(", "))
        };
        outcome.gaps.push(Gap {
            code: "vulnerability-db-no-data",
            message: format!(
                "the vulnerability DB has no advisories for {eco} ({has}), so {n} package{} of this image {} not checked; update the DB (`imagegate db update`) or build it with that ecosystem",
                if n == 1 { "" } else { "s" },
                if n == 1 { "was" } else { "were" }
            ),
            path: None,
            package: None,
        });
    }
    for w in inv.warnings.iter().filter(|w| os_db_warning(w)) {
        outcome.gaps.push(Gap {
            code: "os-package-db-unreadable",
            message: format!(
                "{}: the OS package database could not be read completely ({}), so its packages may be missing from the vulnerability check",
                w.path, w.message
            ),
            path: Some(w.path.clone()),
            package: None,
        });
    }
    outcome.gaps.sort();
    outcome.gaps.dedup();
    let vulns = &mut outcome.vulns;
    vulns.sort_by(risk_order);
    vulns.dedup_by(|a, b| a.finding.id == b.finding.id && a.purl == b.purl && a.path == b.path);
    prioritise(db, vulns, db_name)?;
    outcome.warnings.sort_by(|a, b| a.message.cmp(&b.message));
    outcome.warnings.dedup();
    Ok(outcome)
}

/// Open the DB at `path` (shown as `name` in errors).
pub fn open(path: &std::path::Path, name: &str) -> Result<(Db<std::fs::File>, DbSummary)> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(name, &e))?;
    let db = Db::open(f).map_err(|e| Error::new(e.kind, name, e.message))?;
    let info = db.info();
    let summary = DbSummary {
        build_time: info.build_time.clone(),
        records: info.records,
        sources: info.sources.iter().map(|s| s.name.clone()).collect(),
        kev: info.kev.clone(),
        epss: info.epss.clone(),
    };
    if summary.records == 0 {
        return Err(Error::new(
            ErrorKind::Malformed,
            name,
            "the vulnerability DB holds no records",
        ));
    }
    Ok((db, summary))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inventory::os::OsInfo;
    use crate::inventory::{Ecosystem, Package};

    fn os(family: &str, version: &str) -> Option<OsInfo> {
        Some(OsInfo {
            family: family.into(),
            version: Some(version.into()),
            point_release: None,
            codename: None,
            pretty_name: None,
            distroless: false,
            source: "/etc/os-release".into(),
        })
    }

    fn db(records: &[&str]) -> Db<std::io::Cursor<Vec<u8>>> {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let p = dir.path().join("r.jsonl");
        std::fs::write(&p, records.join("\n")).unwrap_or_else(|e| panic!("{e}"));
        let mut out = Vec::new();
        crate::vulndb::db::build(&[p], &mut out, "t").unwrap_or_else(|e| panic!("{e}"));
        Db::open(std::io::Cursor::new(out)).unwrap_or_else(|e| panic!("{e}"))
    }

    fn pkg(e: Ecosystem, name: &str, version: &str) -> Package {
        let mut p = Package::new(e, name, version);
        p.path = "/x".into();
        p
    }

    fn codes(o: &MatchOutcome) -> Vec<&str> {
        o.gaps.iter().map(|g| g.code).collect()
    }

    /// Two binary packages built from one source: one finding each, named
    /// by the binary with the source the advisory names.
    #[test]
    fn binaries_of_one_source_are_labelled_apart() {
        let mut d = db(&[
            r#"{"id":"DSA-0000-1","affected":[{"package":{"ecosystem":"Debian:12","name":"apt"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.6.2"}]}]}]}"#,
        ]);
        let mut apt = pkg(Ecosystem::Deb, "apt", "2.6.1");
        apt.purl = "pkg:deb/debian/apt@2.6.1?arch=amd64&distro=debian-12".into();
        let mut lib = pkg(Ecosystem::Deb, "libapt-pkg6.0", "2.6.1");
        lib.source_name = Some("apt".into());
        lib.source_version = Some("2.6.1".into());
        lib.purl = "pkg:deb/debian/libapt-pkg6.0@2.6.1?arch=amd64&distro=debian-12".into();
        let inv = Inventory {
            os: os("debian", "12"),
            packages: vec![apt, lib],
            warnings: Vec::new(),
        };
        let o = match_inventory(&mut d, &inv, "db", &Kind::DEFAULT_ORDER)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut labels: Vec<String> = o.vulns.iter().map(Vulnerability::package_label).collect();
        labels.sort();
        assert_eq!(labels, ["apt", "libapt-pkg6.0 (source apt)"]);
    }

    /// KEV and EPSS data reach findings by CVE id and order them: KEV
    /// first, then severity, then EPSS.
    #[test]
    fn priority_by_any_cve_id_and_risk_order() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let recs = dir.path().join("r.jsonl");
        let w =
            |p: &std::path::Path, t: &str| std::fs::write(p, t).unwrap_or_else(|e| panic!("{e}"));
        w(
            &recs,
            concat!(
                r#"{"id":"PYSEC-1","aliases":["CVE-2024-1111","CVE-2024-1112"],"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N"}],"affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0"}]}]}]}"#,
                "\n",
                r#"{"id":"PYSEC-2","aliases":["CVE-2024-2222"],"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],"affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0"}]}]}]}"#,
                "\n",
                r#"{"id":"PYSEC-3","aliases":["CVE-2024-3333"],"severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],"affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0"}]}]}]}"#,
                "\n"
            ),
        );
        let kev = dir.path().join("kev.json");
        w(
            &kev,
            r#"{"catalogVersion":"2025.01.01","dateReleased":"2025-01-01T00:00:00Z","count":1,"vulnerabilities":[{"cveID":"CVE-2024-1112","dateAdded":"2024-05-01","dueDate":"2024-05-22","knownRansomwareCampaignUse":"Known"}]}"#,
        );
        let epss = dir.path().join("epss.csv");
        w(&epss, "#model_version:v2025.03.14,score_date:2025-01-01T00:00:00Z\ncve,epss,percentile\nCVE-2024-1111,0.2,0.9\nCVE-2024-1112,0.1,0.8\nCVE-2024-2222,0.01,0.5\nCVE-2024-3333,0.3,0.95\n");
        let prio = crate::vulndb::db::Priority {
            kev: Some(kev),
            epss: Some(epss),
        };
        let mut out = Vec::new();
        crate::vulndb::db::build_with(&[&recs], &prio, &mut out, "t")
            .unwrap_or_else(|e| panic!("{e}"));
        let mut d = Db::open(std::io::Cursor::new(out)).unwrap_or_else(|e| panic!("{e}"));
        let inv = Inventory {
            os: None,
            packages: vec![pkg(Ecosystem::Pypi, "x", "1.0")],
            warnings: Vec::new(),
        };
        let o = match_inventory(&mut d, &inv, "db", &Kind::DEFAULT_ORDER)
            .unwrap_or_else(|e| panic!("{e}"));
        type Row<'a> = (&'a str, Option<&'a str>, Option<(&'a str, f64)>);
        let got: Vec<Row<'_>> = o
            .vulns
            .iter()
            .map(|v| {
                (
                    v.finding.id.as_str(),
                    v.known_exploited.as_ref().map(|k| k.cve.as_str()),
                    v.epss.as_ref().map(|e| (e.cve.as_str(), e.score)),
                )
            })
            .collect();
        // A record naming two CVEs is two findings, each with its own data.
        // The low one in KEV first, then the criticals by EPSS, then the
        // other low one (its EPSS above theirs does not lift it).
        assert_eq!(
            got,
            [
                (
                    "CVE-2024-1112",
                    Some("CVE-2024-1112"),
                    Some(("CVE-2024-1112", 0.1))
                ),
                ("CVE-2024-3333", None, Some(("CVE-2024-3333", 0.3))),
                ("CVE-2024-2222", None, Some(("CVE-2024-2222", 0.01))),
                ("CVE-2024-1111", None, Some(("CVE-2024-1111", 0.2))),
            ]
        );
        assert!(o.vulns[0]
            .known_exploited
            .as_ref()
            .is_some_and(|k| k.ransomware()));
    }

    /// Everything the DB could not check is a gap naming it, never a silent skip.
    #[test]
    fn gaps_name_what_was_not_checked() {
        let mut d = db(&[
            r#"{"id":"PYSEC-1","aliases":["CVE-2024-1111"],"affected":[{"package":{"ecosystem":"PyPI","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2.0"}]}]}]}"#,
            r#"{"id":"ALPINE-CVE-2024-2222","affected":[{"package":{"ecosystem":"Alpine:v3.19","name":"musl"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.2.4-r3"}]}]}]}"#,
        ]);
        let order = Kind::DEFAULT_ORDER;
        // A release the DB has no data for, with the releases it has.
        let inv = Inventory {
            os: os("alpine", "3.23.0"),
            packages: vec![pkg(Ecosystem::Apk, "musl", "1.2.4-r1")],
            warnings: Vec::new(),
        };
        let o = match_inventory(&mut d, &inv, "db", &order).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(codes(&o), ["vulnerability-db-no-data"]);
        assert!(
            o.gaps[0].message.contains("Alpine:v3.23")
                && o.gaps[0].message.contains("it has Alpine:v3.19")
        );
        // The same package on a release the DB has: a finding.
        let inv = Inventory {
            os: os("alpine", "3.19.1"),
            ..inv
        };
        let o = match_inventory(&mut d, &inv, "db", &order).unwrap_or_else(|e| panic!("{e}"));
        assert!(o.gaps.is_empty());
        assert_eq!(o.vulns.len(), 1);
        assert_eq!(o.vulns[0].finding.id, "CVE-2024-2222");
        // An OS with no mapping; an invalid installed version; an unreadable OS DB.
        let inv = Inventory {
            os: os("fedora", "40"),
            packages: vec![
                pkg(Ecosystem::Rpm, "bash", "5.2-1.fc40"),
                pkg(Ecosystem::Pypi, "x", "1.0-SNAPSHOT"),
            ],
            warnings: vec![
                Warning {
                    code: "package-db-corrupt",
                    path: "/var/lib/rpm/rpmdb.sqlite".into(),
                    message: "header 3: bad".into(),
                },
                Warning {
                    code: "package-db-corrupt",
                    path: "/app/node_modules/x/package.json".into(),
                    message: "invalid JSON".into(),
                },
            ],
        };
        let o = match_inventory(&mut d, &inv, "db", &order).unwrap_or_else(|e| panic!("{e}"));
        let mut c = codes(&o);
        c.sort_unstable();
        assert_eq!(
            c,
            [
                "os-package-db-unreadable",
                "vulnerability-os-unsupported",
                "vulnerability-version-invalid"
            ]
        );
        let invalid = o
            .gaps
            .iter()
            .find(|g| g.code == "vulnerability-version-invalid");
        assert!(invalid.is_some_and(|g| g.message.contains("1.0-SNAPSHOT")
            && g.package.as_deref() == Some("x@1.0-SNAPSHOT")));
        let os_gap = o
            .gaps
            .iter()
            .find(|g| g.code == "vulnerability-os-unsupported");
        assert!(os_gap
            .is_some_and(|g| g.message.contains("1 rpm package was not checked")
                && g.message.contains("fedora")));
        assert!(o.vulns.is_empty());
    }
}
