//! Matching OSV records against installed packages, following the OSV
//! evaluation rules (<https://ossf.github.io/osv-schema/#evaluation>).
//!
//! An `affected` entry applies to a [`Query`] when its ecosystem and package
//! name match ([`ecosystems_equal`], [`names_equal`]). It affects version V when
//! - V is in its `versions` list (same string, or equal under the
//!   ecosystem's ordering), or
//! - some `ECOSYSTEM` or `SEMVER` range contains V. `ECOSYSTEM` ranges use
//!   the ecosystem's ordering ([`scheme_for`]); `SEMVER` ranges use SemVer 2
//!   (Go's ordering for Go, which also accepts a `v` prefix). Events are
//!   sorted by that ordering (`introduced: "0"` first; on equal versions
//!   `introduced` sorts before `last_affected`, `fixed` and `limit`), then
//!   walked: V ≥ `introduced` → affected; V ≥ `fixed` → not; V >
//!   `last_affected` → not. When the range has `limit` events, V must also
//!   be below one of them (`limit: "*"` is no limit).
//!   `GIT` ranges and unknown range types are ignored, as are ranges of an
//!   ecosystem with no ordering here (only its `versions` list is used).
//!
//! Fixed versions: for each range containing V, the first `fixed` event
//! above V (a range closed only by `last_affected` has no fix). When V was
//! matched only through `versions`, the smallest `fixed` above V of any
//! ordered range. Empty = no fix known. Withdrawn records never match.
//!
//! Severity, first rule that applies:
//! 1. record `severity[]`, else the matching `affected[].severity[]`:
//!    a `CVSS_V3` vector (3.0/3.1) scored with the `cvss` crate (base score),
//!    else `CVSS_V4` (the crate's CVSS-B/BT score of the vector), else
//!    `CVSS_V2`; level from the score (0.1–3.9 low, 4–6.9 medium, 7–8.9
//!    high, 9+ critical; 0.0 is `low`). An unparsable vector is skipped.
//!    v3 is preferred over v4 so scores stay comparable across records
//!    (most sources carry v3; v4 scores run differently).
//! 2. a `type: "Ubuntu"` word severity (`negligible`/`low`/`medium`/`high`/`critical`).
//! 3. GHSA `database_specific.severity` (record, then affected):
//!    CRITICAL/HIGH/MODERATE/LOW.
//! 4. otherwise `unknown`.

use super::ecosystem::{ecosystems_equal, names_equal, scheme_for, Query};
use super::osv::{Affected, Event, RangeType, Record, SeverityEntry};
use super::version::{compare, Scheme};
use serde::Serialize;
use serde_json::Value;
use std::cmp::Ordering;
use std::str::FromStr;

/// A severity level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Unknown,
    Low,
    Medium,
    High,
    Critical,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Unknown => "unknown",
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
            Level::Critical => "critical",
        }
    }
}

/// A finding's severity and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Severity {
    pub level: Level,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// `cvss_v3`, `cvss_v4`, `cvss_v2`, `ubuntu`, `ghsa` or `none`.
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vector: Option<String>,
}

/// One advisory matching one installed package.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub aliases: Vec<String>,
    pub ecosystem: String,
    pub package: String,
    pub installed: String,
    /// Versions that fix it; empty = no fix known.
    pub fixed: Vec<String>,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub references: Vec<String>,
}

/// The outcome of checking one `affected` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AffectedResult {
    NotAffected,
    /// Affected; the fixed versions (empty = no fix known).
    Affected(Vec<String>),
}

/// Whether `query` (ecosystem + name) is the package of `affected`.
pub fn same_package(affected: &Affected, query: &Query) -> bool {
    ecosystems_equal(&affected.ecosystem, &query.ecosystem)
        && names_equal(&query.ecosystem, &affected.name, &query.name)
}

/// The ordering used for one range of an ecosystem.
fn range_scheme(kind: &RangeType, ecosystem: &str) -> Option<Scheme> {
    match kind {
        RangeType::Ecosystem => scheme_for(ecosystem),
        RangeType::Semver => Some(if scheme_for(ecosystem) == Some(Scheme::Go) {
            Scheme::Go
        } else {
            Scheme::Semver
        }),
        RangeType::Git | RangeType::Other(_) => None,
    }
}

fn event_rank(e: &Event) -> u8 {
    match e {
        Event::Introduced(_) => 0,
        Event::LastAffected(_) => 1,
        Event::Fixed(_) => 2,
        Event::Limit(_) => 3,
    }
}

/// Compare with `introduced: "0"` below everything.
fn cmp_event_version(scheme: Scheme, a: &Event, b: &Event) -> Ordering {
    let zero = |e: &Event| matches!(e, Event::Introduced(v) if v == "0");
    match (zero(a), zero(b)) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => compare(scheme, a.version(), b.version()),
    }
    .then_with(|| event_rank(a).cmp(&event_rank(b)))
}

/// Whether `version` is in the range given by `events`; when it is, the
/// fixed version closing the interval (if any).
pub fn in_range(scheme: Scheme, events: &[Event], version: &str) -> Option<Option<String>> {
    let mut sorted: Vec<&Event> = events.iter().collect();
    sorted.sort_by(|a, b| cmp_event_version(scheme, a, b));
    let ge = |v: &str| compare(scheme, version, v) != Ordering::Less;
    let mut affected = false;
    let mut idx_after = sorted.len();
    for (i, e) in sorted.iter().enumerate() {
        match e {
            Event::Introduced(v) => {
                if v == "0" || ge(v) {
                    affected = true;
                }
            }
            Event::Fixed(v) => {
                if ge(v) {
                    affected = false;
                }
            }
            Event::LastAffected(v) => {
                if compare(scheme, version, v) == Ordering::Greater {
                    affected = false;
                }
            }
            Event::Limit(_) => {}
        }
        // The first event strictly above `version` ends the walk for fix lookup.
        let above = match e {
            Event::Introduced(v) if v == "0" => false,
            _ => compare(scheme, e.version(), version) == Ordering::Greater,
        };
        if above && idx_after == sorted.len() {
            idx_after = i;
        }
    }
    if !affected {
        return None;
    }
    let limits: Vec<&str> = events
        .iter()
        .filter_map(|e| match e {
            Event::Limit(v) => Some(v.as_str()),
            _ => None,
        })
        .collect();
    if !limits.is_empty()
        && !limits
            .iter()
            .any(|l| *l == "*" || compare(scheme, version, l) == Ordering::Less)
    {
        return None;
    }
    let fix = sorted.get(idx_after..).and_then(|rest| {
        rest.iter()
            .find(|e| matches!(e, Event::Fixed(_) | Event::LastAffected(_)))
            .and_then(|e| match e {
                Event::Fixed(v) => Some(v.clone()),
                _ => None,
            })
    });
    Some(fix)
}

/// Does `affected` (already known to be the query's package) affect `version`?
pub fn affects(affected: &Affected, version: &str) -> AffectedResult {
    let eco_scheme = scheme_for(&affected.ecosystem);
    let mut hit = false;
    let mut fixed: Vec<String> = Vec::new();
    for r in &affected.ranges {
        let Some(scheme) = range_scheme(&r.kind, &affected.ecosystem) else {
            continue;
        };
        if let Some(fix) = in_range(scheme, &r.events, version) {
            hit = true;
            if let Some(f) = fix {
                if !fixed.contains(&f) {
                    fixed.push(f);
                }
            }
        }
    }
    if !hit {
        let listed = affected.versions.iter().any(|v| {
            v == version || eco_scheme.is_some_and(|s| compare(s, v, version) == Ordering::Equal)
        });
        if !listed {
            return AffectedResult::NotAffected;
        }
        // Listed only: the smallest fixed above the version in ordered ranges.
        let mut best: Option<(Scheme, &str)> = None;
        for r in &affected.ranges {
            let Some(scheme) = range_scheme(&r.kind, &affected.ecosystem) else {
                continue;
            };
            for e in &r.events {
                if let Event::Fixed(v) = e {
                    if compare(scheme, v, version) == Ordering::Greater
                        && best.is_none_or(|(s, b)| compare(s, v, b) == Ordering::Less)
                    {
                        best = Some((scheme, v));
                    }
                }
            }
        }
        fixed = best.map(|(_, v)| vec![v.to_owned()]).unwrap_or_default();
    }
    if let Some(s) = eco_scheme {
        fixed.sort_by(|a, b| compare(s, a, b));
    }
    AffectedResult::Affected(fixed)
}

fn level_of_score(score: f64) -> Level {
    if score >= 9.0 {
        Level::Critical
    } else if score >= 7.0 {
        Level::High
    } else if score >= 4.0 {
        Level::Medium
    } else {
        Level::Low
    }
}

fn cvss_severity(entries: &[SeverityEntry]) -> Option<Severity> {
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
                return Some(Severity {
                    level: level_of_score(score),
                    score: Some(score),
                    source: source.into(),
                    vector: Some(e.score.clone()),
                });
            }
        }
    }
    for e in entries.iter().filter(|e| e.kind == "Ubuntu") {
        let level = match e.score.to_ascii_lowercase().as_str() {
            "critical" => Level::Critical,
            "high" => Level::High,
            "medium" => Level::Medium,
            "low" | "negligible" => Level::Low,
            _ => continue,
        };
        return Some(Severity {
            level,
            score: None,
            source: "ubuntu".into(),
            vector: None,
        });
    }
    None
}

fn ghsa_severity(ds: Option<&Value>) -> Option<Severity> {
    let s = ds?.get("severity")?.as_str()?;
    let level = match s.to_ascii_uppercase().as_str() {
        "CRITICAL" => Level::Critical,
        "HIGH" => Level::High,
        "MODERATE" | "MEDIUM" => Level::Medium,
        "LOW" => Level::Low,
        _ => return None,
    };
    Some(Severity {
        level,
        score: None,
        source: "ghsa".into(),
        vector: None,
    })
}

/// The severity of a record for one of its `affected` entries (rules in the module doc).
pub fn severity(record: &Record, affected: Option<&Affected>) -> Severity {
    cvss_severity(&record.severity)
        .or_else(|| affected.and_then(|a| cvss_severity(&a.severity)))
        .or_else(|| ghsa_severity(record.database_specific.as_ref()))
        .or_else(|| affected.and_then(|a| ghsa_severity(a.database_specific.as_ref())))
        .unwrap_or(Severity {
            level: Level::Unknown,
            score: None,
            source: "none".into(),
            vector: None,
        })
}

/// Match one record against one query: a [`Finding`] when some `affected`
/// entry of the record covers the query's package and version.
pub fn match_record(record: &Record, query: &Query) -> Option<Finding> {
    if record.is_withdrawn() || query.version.is_empty() {
        return None;
    }
    let mut first: Option<&Affected> = None;
    let mut fixed: Vec<String> = Vec::new();
    for a in record.affected.iter().filter(|a| same_package(a, query)) {
        if let AffectedResult::Affected(f) = affects(a, &query.version) {
            first.get_or_insert(a);
            for v in f {
                if !fixed.contains(&v) {
                    fixed.push(v);
                }
            }
        }
    }
    let affected = first?;
    Some(Finding {
        id: record.id.clone(),
        aliases: record.aliases.clone(),
        ecosystem: query.ecosystem.clone(),
        package: query.name.clone(),
        installed: query.version.clone(),
        fixed,
        severity: severity(record, Some(affected)),
        summary: record.summary.clone(),
        references: record.references.iter().map(|r| r.url.clone()).collect(),
    })
}

#[cfg(test)]
mod tests;
