//! Rescans without re-pulling: match the inventory stored in earlier scan
//! reports (`imagegate.json`, schema `imagegate.report/v1`) against a newer
//! vulnerability DB, and report what changed since each scan: advisories
//! that are new, those still present, and those gone. This is how a team
//! learns that an image already deployed gained a vulnerability, from the
//! reports kept for each deployed digest, without the images themselves.
//!
//! The verdict fails when an image has a *new* advisory at or above the
//! threshold (default `high`); advisories already known at scan time were
//! judged then. An advisory is "the same" as a stored one when it concerns
//! the same package and version and shares any id with it (its CVE, a
//! distribution advisory id, an alias), so reports of older imagegate
//! versions (which named findings by record id) rescan without false
//! "new" ones. A rescan that could not check everything (an OS release the
//! DB has no data for, see [`crate::vulndb::scan::Gap`]) is `error` for
//! that image.

use crate::error::{Error, ErrorKind, Result};
use crate::inventory::{os::OsInfo, Inventory, Package};
use crate::report::Verdict;
use crate::vulndb::matcher::Level;
use crate::vulndb::scan::{DbSummary, Vulnerability};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The schema of a rescan report.
pub const SCHEMA: &str = "imagegate.rescan/v1";

/// One stored scan report, as much of it as a rescan needs.
#[derive(Debug, Deserialize)]
struct Stored {
    schema: String,
    source: StoredSource,
    image: StoredImage,
    #[serde(default)]
    os: Option<OsInfo>,
    packages: Vec<Package>,
    #[serde(default)]
    vulnerabilities: Option<Vec<StoredFinding>>,
    #[serde(default)]
    vulnerability_db: Option<StoredDb>,
}

#[derive(Debug, Deserialize)]
struct StoredSource {
    name: String,
}

#[derive(Debug, Deserialize)]
struct StoredImage {
    #[serde(default)]
    manifest_digest: Option<String>,
    config_digest: String,
    #[serde(default)]
    references: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct StoredFinding {
    id: String,
    #[serde(default)]
    aliases: Vec<String>,
    package: String,
    installed: String,
}

#[derive(Debug, Deserialize)]
struct StoredDb {
    build_time: String,
}

/// What changed for one image.
#[derive(Debug, Clone, Serialize)]
pub struct ImageRescan {
    /// The stored report's file name.
    pub report: String,
    /// The scanned input's name at scan time.
    pub source: String,
    pub references: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manifest_digest: Option<String>,
    pub config_digest: String,
    /// The DB build time of the original scan (`null`: it had no DB).
    pub scanned_with_db: Option<String>,
    pub packages: usize,
    pub verdict: Verdict,
    /// Advisories the earlier scan did not report (most severe first).
    pub new: Vec<Vulnerability>,
    /// Advisories reported before and still matching.
    pub still: Vec<Vulnerability>,
    /// `id package@version` of advisories no longer matching (withdrawn or changed).
    pub gone: Vec<String>,
    /// What could not be checked (the verdict is then `error`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<crate::vulndb::scan::Gap>,
}

/// The rescan of every stored report against one DB.
#[derive(Debug, Clone, Serialize)]
pub struct RescanReport {
    pub schema: &'static str,
    pub verdict: Verdict,
    pub fail_on: Level,
    pub vulnerability_db: DbSummary,
    pub images: Vec<ImageRescan>,
}

fn key(id: &str, package: &str, installed: &str) -> String {
    format!("{id} {package}@{installed}")
}

/// Rescan the stored reports `(name, JSON text)` against the DB at `db_path`.
pub fn rescan(
    reports: &[(String, String)],
    db_path: &std::path::Path,
    fail_on: Level,
) -> Result<RescanReport> {
    let db_name = db_path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| db_path.display().to_string());
    let (mut db, summary) = crate::vulndb::scan::open(db_path, &db_name)?;
    let mut images = Vec::with_capacity(reports.len());
    for (name, text) in reports {
        let stored: Stored = serde_json::from_str(text).map_err(|e| {
            Error::new(
                ErrorKind::Malformed,
                name,
                format!("not an imagegate JSON report: {e}"),
            )
        })?;
        if stored.schema != crate::report::SCHEMA {
            return Err(Error::new(
                ErrorKind::Unsupported,
                name,
                format!(
                    "report schema {:?}; rescan reads {:?} (imagegate scan --format json)",
                    crate::image::digest::truncate(&stored.schema),
                    crate::report::SCHEMA
                ),
            ));
        }
        let inv = Inventory {
            os: stored.os,
            packages: stored.packages,
            warnings: Vec::new(),
        };
        let outcome = crate::vulndb::scan::match_inventory(
            &mut db,
            &inv,
            &db_name,
            &crate::vulndb::severity::Kind::DEFAULT_ORDER,
        )?;
        let found = outcome.vulns;
        let before: Vec<&StoredFinding> = stored.vulnerabilities.iter().flatten().collect();
        let same = |s: &StoredFinding, v: &Vulnerability| {
            s.package == v.finding.package
                && s.installed == v.finding.installed
                && std::iter::once(&s.id)
                    .chain(&s.aliases)
                    .any(|id| v.finding.has_id(id))
        };
        let (new, still): (Vec<Vulnerability>, Vec<Vulnerability>) = found
            .into_iter()
            .partition(|v| !before.iter().any(|s| same(s, v)));
        let gone: Vec<String> = before
            .iter()
            .filter(|s| !still.iter().any(|v| same(s, v)))
            .map(|s| key(&s.id, &s.package, &s.installed))
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect();
        let verdict = if !outcome.gaps.is_empty() {
            Verdict::Error
        } else if new.iter().any(|v| v.finding.severity.level >= fail_on) {
            Verdict::Fail
        } else {
            Verdict::Pass
        };
        images.push(ImageRescan {
            report: name.clone(),
            source: stored.source.name,
            references: stored.image.references,
            manifest_digest: stored.image.manifest_digest,
            config_digest: stored.image.config_digest,
            scanned_with_db: stored.vulnerability_db.map(|d| d.build_time),
            packages: inv.packages.len(),
            verdict,
            new,
            still,
            gone,
            gaps: outcome.gaps,
        });
    }
    let verdict = if images.iter().any(|i| i.verdict == Verdict::Error) {
        Verdict::Error
    } else if images.iter().any(|i| i.verdict == Verdict::Fail) {
        Verdict::Fail
    } else {
        Verdict::Pass
    };
    Ok(RescanReport {
        schema: SCHEMA,
        verdict,
        fail_on,
        vulnerability_db: summary,
        images,
    })
}

/// The rescan report as pretty JSON (deterministic).
pub fn render_json(r: &RescanReport) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_else(|_| String::from("{}"));
    s.push('\n');
    crate::logsafe::defuse_json(s)
}

/// The rescan report for terminals.
pub fn render_text(r: &RescanReport) -> String {
    use std::fmt::Write as _;
    let esc = crate::report::text::esc;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "rescan: {} ({} images, DB built {}, fail on new {} or worse)",
        r.verdict.as_str().to_uppercase(),
        r.images.len(),
        esc(&r.vulnerability_db.build_time),
        r.fail_on.as_str()
    );
    for i in &r.images {
        let _ = writeln!(
            o,
            "\n{} {} ({}; {} packages; scanned with DB {})",
            i.verdict.as_str().to_uppercase(),
            esc(&i.source),
            esc(i.manifest_digest.as_deref().unwrap_or(&i.config_digest)),
            i.packages,
            esc(i.scanned_with_db.as_deref().unwrap_or("none"))
        );
        let _ = writeln!(
            o,
            "  new: {}, still: {}, gone: {}",
            i.new.len(),
            i.still.len(),
            i.gone.len()
        );
        for g in &i.gaps {
            let _ = writeln!(o, "  NOT CHECKED [{}] {}", g.code, esc(&g.message));
        }
        for v in &i.new {
            let f = &v.finding;
            let _ = writeln!(
                o,
                "  NEW {:<8} {} {}@{} ({})",
                f.severity.level.as_str(),
                esc(&f.id),
                esc(&f.package),
                esc(&f.installed),
                esc(&f.fix_text())
            );
        }
        for g in &i.gone {
            let _ = writeln!(o, "  GONE {}", esc(g));
        }
    }
    o
}
