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
//! ordered range. Empty = no fix known. Withdrawn records, and bug fix or
//! enhancement errata (`ALBA`, `RLEA`, ... see [`Record::is_security`]),
//! never match.
//!
//! No guesses: V and every event version of a range that is evaluated must
//! be valid in the ecosystem ([`crate::vulndb::version::validate`]);
//! otherwise the record cannot be evaluated and [`match_record`] says which
//! version is at fault (the scan reports it, the gate does not decide).
//! `introduced: "0"` and `limit: "*"` are not versions. A `versions` entry
//! the ecosystem rejects can still equal V as a string.
//!
//! **One finding per package and CVE** ([`group`]): distributions publish
//! the same issue several times (Debian's DSA, DLA and DEBIAN-CVE records,
//! Ubuntu's USN and UBUNTU-CVE, AlmaLinux ALSA, Rocky RLSA, GHSA and PYSEC
//! for the same CVE). Records matching one package are grouped by the CVE
//! ids they are about ([`Record::cve_ids`]): a record naming several CVEs
//! (an erratum) is in each of their findings. A record naming no CVE joins
//! the findings of records it shares an id or alias with (`GO-…` and the
//! `GHSA-…` it aliases), else forms its own. A finding lists every id of its
//! records (`id` is the CVE, else a GHSA id, else the first record id;
//! `aliases` are the others; `records` the advisories that matched), the
//! union of their fixed versions, its fix [`Status`] and the severity
//! chosen by the policy's source order ([`crate::vulndb::severity`]).
//!
//! Fix status: `fixed` when a fixed version is known; otherwise a
//! distribution's state when its data has one (Debian's tracker urgency
//! `unimportant` and `end-of-life`, carried in `DEBIAN-CVE` records);
//! otherwise `unfixed` (OSV has no `fixed` event; Ubuntu's `needed`,
//! `deferred`, `ignored` and `pending` all arrive this way, as its OSV export
//! documents). A fix only Ubuntu Pro (ESM) ships is marked so.

use super::ecosystem::{ecosystems_equal, names_equal, scheme_for, Query};
use super::osv::{Affected, Event, RangeType, Record};
use super::severity::{self as sev, Kind, Rating};
pub use super::severity::{Level, Severity};
use super::version::{compare, validate, Scheme};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Whether and how a finding can be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A fixed version is known.
    Fixed,
    /// No fix is known (yet).
    Unfixed,
    /// Debian rates it `unimportant`: no fix is planned.
    Unimportant,
    /// Debian no longer supports the package in this release.
    EndOfLife,
}

impl Status {
    /// Every status, with its policy word.
    pub const WORDS: &'static [(&'static str, Status)] = &[
        ("fixed", Status::Fixed),
        ("unfixed", Status::Unfixed),
        ("unimportant", Status::Unimportant),
        ("end-of-life", Status::EndOfLife),
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Fixed => "fixed",
            Status::Unfixed => "unfixed",
            Status::Unimportant => "unimportant",
            Status::EndOfLife => "end-of-life",
        }
    }
}

/// One advisory (a group of records about one issue) affecting one package.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The CVE id, else a GHSA id, else the first record id.
    pub id: String,
    /// Every other id of the issue: the records' ids, CVE ids and aliases.
    pub aliases: Vec<String>,
    /// The advisory records that matched (`DSA-…`, `DEBIAN-CVE-…`, `ALSA-…`).
    pub records: Vec<String>,
    pub ecosystem: String,
    pub package: String,
    pub installed: String,
    /// Versions that fix it; empty = no fix known.
    pub fixed: Vec<String>,
    pub status: Status,
    /// Where the fix is available when not to everyone (`Ubuntu Pro`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix_availability: Option<String>,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub references: Vec<String>,
}

impl Finding {
    /// Whether `id` names this finding (its id or any alias), ASCII
    /// case-insensitively.
    pub fn has_id(&self, id: &str) -> bool {
        self.id.eq_ignore_ascii_case(id) || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(id))
    }

    /// `id` and every alias.
    pub fn ids(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.id).chain(&self.aliases)
    }

    /// `fixed in X, Y` / `no fix yet` / the distribution's state.
    pub fn fix_text(&self) -> String {
        match self.status {
            Status::Fixed => {
                let mut t = format!("fixed in {}", self.fixed.join(", "));
                if let Some(a) = &self.fix_availability {
                    t.push_str(&format!(" ({a})"));
                }
                t
            }
            Status::Unfixed => "no fix yet".into(),
            Status::Unimportant => "no fix planned: the distribution rates it unimportant".into(),
            Status::EndOfLife => "no fix: the package is end-of-life in this release".into(),
        }
    }
}

/// The outcome of checking one `affected` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AffectedResult {
    NotAffected,
    /// Affected; the fixed versions (empty = no fix known).
    Affected(Vec<String>),
}

/// A version that cannot be evaluated, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unparsable {
    pub version: String,
    /// Whether it is the installed version (else an advisory's).
    pub installed: bool,
    pub reason: String,
}

/// One record's match of one package.
#[derive(Debug, Clone)]
pub struct RecordMatch<'r> {
    pub record: &'r Record,
    /// The matching entries.
    pub affected: Vec<&'r Affected>,
    pub fixed: Vec<String>,
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

/// The first event version of `events` the scheme rejects.
fn invalid_event(scheme: Scheme, events: &[Event]) -> Option<Unparsable> {
    events.iter().find_map(|e| {
        let v = e.version();
        let special = matches!(e, Event::Introduced(x) if x == "0")
            || matches!(e, Event::Limit(x) if x == "*");
        if special {
            return None;
        }
        validate(scheme, v).err().map(|reason| Unparsable {
            version: v.to_owned(),
            installed: false,
            reason,
        })
    })
}

/// Does `affected` (already known to be the query's package) affect
/// `version`? `Err` when a version cannot be evaluated (module doc).
pub fn affects(affected: &Affected, version: &str) -> Result<AffectedResult, Unparsable> {
    let eco_scheme = scheme_for(&affected.ecosystem);
    let mut hit = false;
    let mut fixed: Vec<String> = Vec::new();
    for r in &affected.ranges {
        let Some(scheme) = range_scheme(&r.kind, &affected.ecosystem) else {
            continue;
        };
        if let Err(reason) = validate(scheme, version) {
            return Err(Unparsable {
                version: version.to_owned(),
                installed: true,
                reason,
            });
        }
        if let Some(bad) = invalid_event(scheme, &r.events) {
            return Err(bad);
        }
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
        let valid = eco_scheme.filter(|s| validate(*s, version).is_ok());
        let listed = affected.versions.iter().any(|v| {
            v == version
                || valid.is_some_and(|s| {
                    validate(s, v).is_ok() && compare(s, v, version) == Ordering::Equal
                })
        });
        if !listed {
            return Ok(AffectedResult::NotAffected);
        }
        // Listed only: the smallest fixed above the version in ordered ranges.
        let mut best: Option<(Scheme, &str)> = None;
        for r in &affected.ranges {
            let Some(scheme) = range_scheme(&r.kind, &affected.ecosystem) else {
                continue;
            };
            if validate(scheme, version).is_err() {
                continue;
            }
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
    Ok(AffectedResult::Affected(fixed))
}

/// Match one record against one query: `Ok(Some(_))` when some `affected`
/// entry of the record covers the query's package and version; `Err` when
/// a version cannot be evaluated.
pub fn match_record<'r>(
    record: &'r Record,
    query: &Query,
) -> Result<Option<RecordMatch<'r>>, Unparsable> {
    if record.is_withdrawn() || !record.is_security() || query.version.is_empty() {
        return Ok(None);
    }
    let mut hit: Vec<&Affected> = Vec::new();
    let mut fixed: Vec<String> = Vec::new();
    for a in record.affected.iter().filter(|a| same_package(a, query)) {
        if let AffectedResult::Affected(f) = affects(a, &query.version)? {
            hit.push(a);
            for v in f {
                if !fixed.contains(&v) {
                    fixed.push(v);
                }
            }
        }
    }
    if hit.is_empty() {
        return Ok(None);
    }
    Ok(Some(RecordMatch {
        record,
        affected: hit,
        fixed,
    }))
}

/// Where a finding may borrow a rating: the DB's rating table.
pub trait Borrow {
    /// The ratings other records give `id`.
    fn ratings(&mut self, id: &str) -> Vec<Rating>;
}

impl<F: FnMut(&str) -> Vec<Rating>> Borrow for F {
    fn ratings(&mut self, id: &str) -> Vec<Rating> {
        self(id)
    }
}

/// The Debian tracker state of an entry (`ecosystem_specific.urgency`).
fn debian_state(a: &Affected) -> Option<Status> {
    let u = a.ecosystem_specific.as_ref()?.get("urgency")?.as_str()?;
    match u.trim() {
        "unimportant" => Some(Status::Unimportant),
        "end-of-life" => Some(Status::EndOfLife),
        _ => None,
    }
}

/// Whether the fix of an entry ships in Ubuntu Pro (ESM) only.
fn pro_only(a: &Affected) -> bool {
    a.ecosystem.starts_with("Ubuntu:Pro:")
        || a.ecosystem_specific
            .as_ref()
            .and_then(|e| e.get("availability"))
            .and_then(|v| v.as_str())
            .is_some_and(|s| s.contains("Ubuntu Pro"))
}

/// The severity of a group of records by the policy's source order.
fn choose_severity(
    members: &[&RecordMatch<'_>],
    ids: &BTreeSet<String>,
    order: &[Kind],
    borrow: &mut dyn Borrow,
) -> Severity {
    for kind in order {
        match kind {
            Kind::Vendor => {
                let best = members
                    .iter()
                    .flat_map(|m| m.affected.iter().filter_map(|a| sev::vendor(m.record, a)))
                    .fold(None, sev::better);
                if let Some(r) = best {
                    return Severity::of(&r, false);
                }
            }
            Kind::Cvss => {
                let best = members
                    .iter()
                    .flat_map(|m| {
                        m.affected
                            .iter()
                            .filter_map(|a| sev::record_cvss(m.record, Some(a)))
                    })
                    .fold(None, sev::better);
                if let Some(r) = best {
                    return Severity::of(&r, false);
                }
            }
            Kind::Borrowed => {
                let own: BTreeSet<&str> = members.iter().map(|m| m.record.id.as_str()).collect();
                let lendable = ids
                    .iter()
                    .filter(|i| i.starts_with("CVE-") || i.starts_with("GHSA-"));
                let mut cvss: Option<Rating> = None;
                let mut vendor: Option<Rating> = None;
                for id in lendable {
                    for r in borrow.ratings(id) {
                        if own.contains(r.record.as_str()) {
                            continue;
                        }
                        if r.is_cvss() {
                            cvss = sev::better(cvss, r);
                        } else {
                            vendor = sev::better(vendor, r);
                        }
                    }
                }
                if let Some(r) = cvss.or(vendor) {
                    return Severity::of(&r, true);
                }
            }
        }
    }
    Severity::unknown()
}

/// Group the records matching one package into findings (module doc).
pub fn group(
    query: &Query,
    matches: &[RecordMatch<'_>],
    order: &[Kind],
    borrow: &mut dyn Borrow,
) -> Vec<Finding> {
    // Group key → member indexes.
    let mut groups: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut loose: Vec<usize> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        let cves = m.record.cve_ids();
        if cves.is_empty() {
            loose.push(i);
        }
        for c in cves {
            groups.entry(c).or_default().insert(i);
        }
    }
    // A record without CVE joins the CVE groups of records it shares an id with.
    let ids_of: Vec<BTreeSet<String>> = matches
        .iter()
        .map(|m| m.record.ids().into_iter().collect())
        .collect();
    let mut still_loose = Vec::new();
    for &i in &loose {
        let mut joined = false;
        for members in groups.values_mut() {
            let shares = members.iter().any(|&j| !ids_of[i].is_disjoint(&ids_of[j]));
            if shares {
                members.insert(i);
                joined = true;
            }
        }
        if !joined {
            still_loose.push(i);
        }
    }
    // The rest: connected by shared ids (union-find, small n).
    let mut parent: Vec<usize> = (0..matches.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for (a, &i) in still_loose.iter().enumerate() {
        for &j in &still_loose[a + 1..] {
            if !ids_of[i].is_disjoint(&ids_of[j]) {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let mut loose_groups: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for &i in &still_loose {
        let r = root(&mut parent, i);
        loose_groups.entry(r).or_default().insert(i);
    }
    let scheme = scheme_for(&query.ecosystem);
    let mut out = Vec::new();
    let keyed = groups
        .into_iter()
        .map(|(k, m)| (Some(k), m))
        .chain(loose_groups.into_values().map(|m| (None, m)));
    for (cve, members) in keyed {
        let members: Vec<&RecordMatch<'_>> = members.iter().map(|&i| &matches[i]).collect();
        let mut ids: BTreeSet<String> = BTreeSet::new();
        let mut records: Vec<String> = Vec::new();
        for m in &members {
            records.push(m.record.id.clone());
            // A record's other CVEs belong to their own findings.
            ids.extend(
                m.record
                    .ids()
                    .into_iter()
                    .filter(|i| cve.is_none() || super::osv::as_cve(i).is_none()),
            );
        }
        if let Some(c) = &cve {
            ids.insert(c.clone());
            // The distributions' copies of this CVE (DEBIAN-CVE-…) stay.
            for m in &members {
                for i in m.record.ids() {
                    if super::osv::as_cve(&i) == Some(c.as_str()) {
                        ids.insert(i);
                    }
                }
            }
        }
        records.sort();
        records.dedup();
        let id = cve.clone().unwrap_or_else(|| {
            ids.iter()
                .find(|i| i.starts_with("GHSA-"))
                .cloned()
                .unwrap_or_else(|| records.first().cloned().unwrap_or_default())
        });
        let aliases: Vec<String> = ids.iter().filter(|i| **i != id).cloned().collect();
        let mut fixed: Vec<String> = Vec::new();
        let mut all_pro = true;
        for m in &members {
            for f in &m.fixed {
                if !fixed.contains(f) {
                    fixed.push(f.clone());
                }
            }
            if !m.fixed.is_empty() && !m.affected.iter().all(|a| pro_only(a)) {
                all_pro = false;
            }
        }
        if let Some(s) = scheme {
            fixed.sort_by(|a, b| compare(s, a, b));
        }
        let status = if !fixed.is_empty() {
            Status::Fixed
        } else {
            members
                .iter()
                .flat_map(|m| m.affected.iter().filter_map(|a| debian_state(a)))
                .max()
                .unwrap_or(Status::Unfixed)
        };
        let severity = choose_severity(&members, &ids, order, borrow);
        let summary = members.iter().find_map(|m| m.record.summary.clone());
        let mut references: Vec<String> = Vec::new();
        for m in &members {
            for r in &m.record.references {
                if !references.contains(&r.url) && references.len() < 16 {
                    references.push(r.url.clone());
                }
            }
        }
        out.push(Finding {
            id,
            aliases,
            records,
            ecosystem: query.ecosystem.clone(),
            package: query.name.clone(),
            installed: query.version.clone(),
            fix_availability: (status == Status::Fixed && all_pro)
                .then(|| "Ubuntu Pro".to_string()),
            fixed,
            status,
            severity,
            summary,
            references,
        });
    }
    out
}

#[cfg(test)]
mod tests;
