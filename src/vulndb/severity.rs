//! Severity ratings of advisories, each with where it came from.
//!
//! A record can carry three kinds of rating ([`Kind`]):
//! - **vendor**: the rating of whoever ships the package, in its own words:
//!   Red Hat, AlmaLinux and Rocky errata put the impact first in `summary`
//!   (`Important: openssl security update`; an older form ends in
//!   `(Important)`); Debian keeps a per-release `urgency` in
//!   `affected[].ecosystem_specific`; Ubuntu a `severity[]` entry of type
//!   `Ubuntu` (its priority); GitHub (GHSA) and other databases a
//!   `database_specific.severity` word.
//! - **cvss**: a CVSS vector in `severity[]` (record, then the matching
//!   `affected` entry), scored with the `cvss` crate: v3.x (base score)
//!   first, else v4 (CVSS-B), else v2, so scores stay comparable across
//!   records (most sources carry v3). Level from the score: 0.1–3.9 low,
//!   4–6.9 medium, 7–8.9 high, 9+ critical (0.0 counts as low). An
//!   unparsable vector is skipped.
//! - **borrowed**: the rating another record of the DB gives the same CVE
//!   (or GHSA) id, when the finding's own records have none; the DB keeps
//!   these per id ([`crate::vulndb::db`]), a CVSS rating preferred over a
//!   vendor one.
//!
//! The policy says which kinds to trust and in which order
//! (`severity-sources`, default vendor, then cvss, then borrowed). Within a
//! kind, when several records of one finding rate it, the highest rating
//! wins (a gate errs on the side of caution). A finding no trusted source
//! rates has level `unknown`, and the policy decides it explicitly.
//!
//! Vendor words map as: critical → critical; important, high → high;
//! moderate, medium → medium; low, negligible, unimportant → low.

use super::osv::{Affected, Record, SeverityEntry};
use serde::Serialize;
use serde_json::Value;
use std::str::FromStr;

/// The one severity scale of findings (vulnerabilities and secrets),
/// shared through the base module [`crate::severity`].
pub use crate::severity::Level;

/// A level as the DB's rating table stores it.
fn level_code(level: Level) -> u8 {
    match level {
        Level::Unknown => 0,
        Level::Low => 1,
        Level::Medium => 2,
        Level::High => 3,
        Level::Critical => 4,
    }
}

fn level_of_code(c: u8) -> Level {
    match c {
        1 => Level::Low,
        2 => Level::Medium,
        3 => Level::High,
        4 => Level::Critical,
        _ => Level::Unknown,
    }
}

/// The kinds of rating, as the policy's `severity-sources` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Vendor,
    Cvss,
    Borrowed,
}

impl Kind {
    /// The words of the policy, in the default order.
    pub const WORDS: &'static [(&'static str, Kind)] = &[
        ("vendor", Kind::Vendor),
        ("cvss", Kind::Cvss),
        ("borrowed", Kind::Borrowed),
    ];

    /// The default trust order.
    pub const DEFAULT_ORDER: [Kind; 3] = [Kind::Vendor, Kind::Cvss, Kind::Borrowed];
}

/// One rating of one record.
#[derive(Debug, Clone, PartialEq)]
pub struct Rating {
    pub level: Level,
    /// The CVSS score (CVSS ratings only).
    pub score: Option<f64>,
    /// The rating's scheme: `redhat`, `almalinux`, `rocky`, `debian`,
    /// `ubuntu`, `ghsa`, `database` (another database's word), `cvss_v3`,
    /// `cvss_v4` or `cvss_v2`.
    pub source: String,
    pub vector: Option<String>,
    /// The record that gives it.
    pub record: String,
}

impl Rating {
    pub fn is_cvss(&self) -> bool {
        self.source.starts_with("cvss_")
    }

    /// Encode for the DB's rating table.
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        super::db::put_str(out, &self.record);
        super::db::put_str(out, &self.source);
        out.push(level_code(self.level));
        let score = self
            .score
            .map(|s| (s * 10.0).round().clamp(0.0, 65_000.0) as u16 + 1)
            .unwrap_or(0);
        out.extend_from_slice(&score.to_le_bytes());
        super::db::put_str(out, self.vector.as_deref().unwrap_or(""));
    }

    pub(crate) fn decode(c: &mut super::db::Cur<'_>) -> crate::Result<Rating> {
        let record = c.str()?.to_string();
        let source = c.str()?.to_string();
        let level = level_of_code(c.u8()?);
        let s = c.u16()?;
        let vector = c.str()?;
        Ok(Rating {
            level,
            score: (s > 0).then(|| f64::from(s - 1) / 10.0),
            source,
            vector: (!vector.is_empty()).then(|| vector.to_string()),
            record,
        })
    }
}

/// A finding's severity and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Severity {
    pub level: Level,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The rating's scheme ([`Rating::source`]), or `none`.
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector: Option<String>,
    /// The record the rating was taken from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Taken from another record of the DB about the same CVE.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub borrowed: bool,
}

impl Severity {
    pub fn unknown() -> Severity {
        Severity {
            level: Level::Unknown,
            score: None,
            source: "none".into(),
            vector: None,
            from: None,
            borrowed: false,
        }
    }

    /// Where the level came from, for humans: `almalinux`, `cvss_v3 9.8`,
    /// `cvss_v3 7.5 borrowed from UBUNTU-CVE-2024-1`, `none`.
    pub fn describe(&self) -> String {
        let mut t = self.source.clone();
        if let Some(s) = self.score {
            t.push_str(&format!(" {s:.1}"));
        }
        if self.borrowed {
            if let Some(from) = &self.from {
                t.push_str(&format!(" borrowed from {from}"));
            }
        }
        t
    }

    pub fn of(r: &Rating, borrowed: bool) -> Severity {
        Severity {
            level: r.level,
            score: r.score,
            source: r.source.clone(),
            vector: r.vector.clone(),
            from: Some(r.record.clone()),
            borrowed,
        }
    }
}

/// The best CVSS rating of `entries` (v3, else v4, else v2).
pub fn cvss(entries: &[SeverityEntry], record: &str) -> Option<Rating> {
    for (kind, source) in [
        ("CVSS_V3", "cvss_v3"),
        ("CVSS_V4", "cvss_v4"),
        ("CVSS_V2", "cvss_v2"),
    ] {
        for e in entries.iter().filter(|e| e.kind == kind) {
            let score = if kind == "CVSS_V2" {
                // v2 vectors carry no prefix in OSV.
                cvss::v2::Vector::from_str(e.score.trim())
                    .ok()
                    .map(|v| v.score().value())
            } else {
                cvss::Cvss::from_str(e.score.trim()).ok().map(|c| c.score())
            };
            if let Some(score) = score.filter(|s| s.is_finite()) {
                return Some(Rating {
                    level: Level::of_score(score),
                    score: Some(score),
                    source: source.into(),
                    vector: Some(e.score.clone()),
                    record: record.into(),
                });
            }
        }
    }
    None
}

/// The impact word of a Red Hat-style erratum summary: `Important: ...`,
/// `Red Hat Security Advisory: Important: ...`, or `... (Important)`.
pub fn summary_word(summary: &str) -> Option<Level> {
    let s = summary.trim();
    let s = s
        .strip_prefix("Red Hat Security Advisory:")
        .unwrap_or(s)
        .trim();
    if let Some((word, _)) = s.split_once(':') {
        if let Some(l) = Level::of_word(word).filter(|_| !word.contains(' ')) {
            return Some(l);
        }
    }
    let inner = s.strip_suffix(')')?.rsplit_once('(')?.1;
    Level::of_word(inner)
}

fn word(v: Option<&Value>, key: &str) -> Option<Level> {
    v?.get(key)?.as_str().and_then(Level::of_word)
}

/// The vendor of a record for a rating in its summary, by id or ecosystem.
fn redhat_family(id: &str, ecosystem: &str) -> Option<&'static str> {
    let base = ecosystem.split(':').next().unwrap_or("");
    if id.starts_with("RHSA-") || base == "Red Hat" {
        Some("redhat")
    } else if id.starts_with("ALSA-") || base == "AlmaLinux" {
        Some("almalinux")
    } else if id.starts_with("RLSA-") || base == "Rocky Linux" {
        Some("rocky")
    } else {
        None
    }
}

/// The vendor rating of a record that needs no `affected` entry (the ones
/// the DB lends to other records): Red Hat family summary, Ubuntu priority,
/// `database_specific.severity`. `ecosystem` is one of the record's
/// ecosystems (for the Red Hat family test).
pub fn record_vendor(
    id: &str,
    summary: Option<&str>,
    severity: &[SeverityEntry],
    database_specific: Option<&Value>,
    ecosystem: &str,
) -> Option<Rating> {
    let rating = |level, source: &str| Rating {
        level,
        score: None,
        source: source.into(),
        vector: None,
        record: id.into(),
    };
    if let Some(vendor) = redhat_family(id, ecosystem) {
        if let Some(l) = summary.and_then(summary_word) {
            return Some(rating(l, vendor));
        }
    }
    if let Some(l) = severity
        .iter()
        .filter(|e| e.kind.eq_ignore_ascii_case("Ubuntu"))
        .find_map(|e| Level::of_word(&e.score))
    {
        return Some(rating(l, "ubuntu"));
    }
    if let Some(l) = word(database_specific, "severity") {
        let source = if id.starts_with("GHSA-") {
            "ghsa"
        } else {
            "database"
        };
        return Some(rating(l, source));
    }
    None
}

/// The vendor rating of a record for one of its `affected` entries: the
/// record-level rating, else the entry's Debian `urgency`, Ubuntu priority
/// or `database_specific.severity`.
pub fn vendor(record: &Record, affected: &Affected) -> Option<Rating> {
    let rating = |level, source: &str| Rating {
        level,
        score: None,
        source: source.into(),
        vector: None,
        record: record.id.clone(),
    };
    record_vendor(
        &record.id,
        record.summary.as_deref(),
        &record.severity,
        record.database_specific.as_ref(),
        &affected.ecosystem,
    )
    .or_else(|| {
        let base = affected.ecosystem.split(':').next().unwrap_or("");
        (base == "Debian")
            .then(|| word(affected.ecosystem_specific.as_ref(), "urgency"))
            .flatten()
            .map(|l| rating(l, "debian"))
    })
    .or_else(|| {
        affected
            .severity
            .iter()
            .filter(|e| e.kind.eq_ignore_ascii_case("Ubuntu"))
            .find_map(|e| Level::of_word(&e.score))
            .map(|l| rating(l, "ubuntu"))
    })
    .or_else(|| {
        word(affected.database_specific.as_ref(), "severity").map(|l| {
            rating(
                l,
                if record.id.starts_with("GHSA-") {
                    "ghsa"
                } else {
                    "database"
                },
            )
        })
    })
}

/// The CVSS rating of a record for one of its `affected` entries.
pub fn record_cvss(record: &Record, affected: Option<&Affected>) -> Option<Rating> {
    cvss(&record.severity, &record.id)
        .or_else(|| affected.and_then(|a| cvss(&a.severity, &record.id)))
}

/// The higher of two ratings (ties: the CVSS score, then the smaller record id).
pub fn better(a: Option<Rating>, b: Rating) -> Option<Rating> {
    Some(match a {
        None => b,
        Some(a) => {
            let key = |r: &Rating| (r.level, r.score.map(|s| (s * 10.0) as i64));
            match key(&b).cmp(&key(&a)) {
                std::cmp::Ordering::Greater => b,
                std::cmp::Ordering::Less => a,
                std::cmp::Ordering::Equal if b.record < a.record => b,
                std::cmp::Ordering::Equal => a,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vulndb::osv;

    fn rec(json: &str) -> Record {
        match osv::parse(json) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn summary_words() {
        for (s, want) in [
            ("Important: firefox security update", Some(Level::High)),
            ("Critical: nginx security update", Some(Level::Critical)),
            ("Moderate: dbus security update", Some(Level::Medium)),
            ("Low: shadow-utils security update", Some(Level::Low)),
            (
                "ALSA-2022:5468: php:8.0 security update (Important)",
                Some(Level::High),
            ),
            (
                "Red Hat Security Advisory: Important: kernel update",
                Some(Level::High),
            ),
            ("container-tools:rhel8 bug fix update", None),
            ("php:8.0 security update", None),
        ] {
            assert_eq!(summary_word(s), want, "{s}");
        }
    }

    #[test]
    fn vendor_sources() {
        let alsa = rec(
            r#"{"id":"ALSA-2025:1","summary":"Important: x security update","affected":[{"package":{"ecosystem":"AlmaLinux:9","name":"x"}}]}"#,
        );
        let r = vendor(&alsa, &alsa.affected[0]);
        assert_eq!(
            r.map(|r| (r.level, r.source)),
            Some((Level::High, "almalinux".into()))
        );
        // The same summary form in a GHSA is not read as a rating.
        let ghsa = rec(
            r#"{"id":"GHSA-a","summary":"Low: x","database_specific":{"severity":"MODERATE"},"affected":[{"package":{"ecosystem":"npm","name":"x"}}]}"#,
        );
        let r = vendor(&ghsa, &ghsa.affected[0]);
        assert_eq!(
            r.map(|r| (r.level, r.source)),
            Some((Level::Medium, "ghsa".into()))
        );
        let deb = rec(
            r#"{"id":"DEBIAN-CVE-2024-1","affected":[{"package":{"ecosystem":"Debian:12","name":"x"},"ecosystem_specific":{"urgency":"unimportant"}},{"package":{"ecosystem":"Debian:11","name":"x"},"ecosystem_specific":{"urgency":"not yet assigned"}}]}"#,
        );
        assert_eq!(
            vendor(&deb, &deb.affected[0]).map(|r| r.level),
            Some(Level::Low)
        );
        assert_eq!(vendor(&deb, &deb.affected[1]), None);
        let ubuntu = rec(
            r#"{"id":"UBUNTU-CVE-2025-6491","severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H"},{"type":"Ubuntu","score":"medium"}],"affected":[{"package":{"ecosystem":"Ubuntu:22.04:LTS","name":"php8.1"}}]}"#,
        );
        let r = vendor(&ubuntu, &ubuntu.affected[0]);
        assert_eq!(
            r.map(|r| (r.level, r.source)),
            Some((Level::Medium, "ubuntu".into()))
        );
        let c = record_cvss(&ubuntu, None);
        assert_eq!(
            c.map(|r| (r.level, r.source, r.score)),
            Some((Level::Medium, "cvss_v3".into(), Some(5.9)))
        );
    }

    #[test]
    fn encoding_round_trips() {
        let r = Rating {
            level: Level::High,
            score: Some(7.5),
            source: "cvss_v3".into(),
            vector: Some("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H".into()),
            record: "UBUNTU-CVE-2024-1".into(),
        };
        let v = Rating {
            score: None,
            vector: None,
            source: "redhat".into(),
            ..r.clone()
        };
        let mut out = Vec::new();
        r.encode(&mut out);
        v.encode(&mut out);
        let mut c = crate::vulndb::db::Cur::new(&out, "test");
        assert_eq!(Rating::decode(&mut c).ok(), Some(r));
        assert_eq!(Rating::decode(&mut c).ok(), Some(v));
    }
}
