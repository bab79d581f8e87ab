//! OSV records (schema 1.x, <https://ossf.github.io/osv-schema/>): parse one
//! JSON record into a validated model.
//!
//! Parsing goes through lenient raw serde structs, then [`TryFrom`] into
//! [`Record`]. Lenient means: every scalar that OSV defines as a string also
//! accepts a JSON number or bool (the PyPI advisory export came from YAML, and
//! other producers emit numbers), `null` is the same as absent, and unknown
//! fields are ignored. Validation: `id` must be non-empty; each `affected`
//! entry needs a package (ecosystem + name) or a purl; each range needs a
//! type and events; each event holds exactly one of
//! `introduced`/`fixed`/`last_affected`/`limit` with a non-empty value.
//! A malformed record is an [`OsvError`] naming its id. Nothing here panics.
//!
//! `details` is kept to [`DETAILS_MAX`] bytes (cut on a char boundary).
//! `database_specific`/`ecosystem_specific` stay as [`serde_json::Value`]
//! (e.g. GHSA's `database_specific.severity`).
//!
//! CVE ids ([`Record::cve_ids`]): distributions put them in different
//! fields. GHSA, PYSEC and Go records list them in `aliases`; Debian's
//! `DEBIAN-CVE-*`, Ubuntu's `UBUNTU-CVE-*` and Red Hat's `RHSA-*` in
//! `upstream`; DSA/DLA records name `DEBIAN-CVE-*` ids in `upstream`;
//! AlmaLinux and Rocky errata and USNs list them in `related` only. A
//! distribution-prefixed id (`DEBIAN-CVE-2024-1`, `UBUNTU-CVE-…`,
//! `ALPINE-CVE-…`) stands for its CVE. `related` is read only when the
//! other fields name no CVE: elsewhere it links *different* issues (a GHSA
//! for one Log4Shell CVE "related" to the next one).

use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::fmt;

/// Longest `details` text kept, in bytes.
pub const DETAILS_MAX: usize = 1024;

/// A parse or validation error for one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsvError {
    /// The record id, or `<unknown>` when the id could not be read.
    pub id: String,
    pub message: String,
}

impl fmt::Display for OsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OSV record {}: {}", self.id, self.message)
    }
}

impl std::error::Error for OsvError {}

/// One validated OSV record.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub id: String,
    pub modified: String,
    pub published: Option<String>,
    pub withdrawn: Option<String>,
    pub aliases: Vec<String>,
    /// Ids this record was derived from (`CVE-…`, `DEBIAN-CVE-…`).
    pub upstream: Vec<String>,
    pub related: Vec<String>,
    pub summary: Option<String>,
    /// At most [`DETAILS_MAX`] bytes.
    pub details: Option<String>,
    pub severity: Vec<SeverityEntry>,
    pub affected: Vec<Affected>,
    pub references: Vec<Reference>,
    pub database_specific: Option<Value>,
}

impl Record {
    /// Withdrawn records must not produce findings.
    pub fn is_withdrawn(&self) -> bool {
        self.withdrawn.as_deref().is_some_and(|w| !w.is_empty())
    }

    /// Whether the record is a security advisory: Red Hat-style bug fix and
    /// enhancement errata (`RHBA`, `RHEA`, `ALBA`, `ALEA`, `RLBA`, `RLEA`),
    /// which the AlmaLinux, Rocky and Red Hat exports also carry, are not.
    pub fn is_security(&self) -> bool {
        is_security_id(&self.id)
    }

    /// The CVE ids this record is about, sorted and unique (module doc).
    pub fn cve_ids(&self) -> Vec<String> {
        cve_ids(&self.id, &self.aliases, &self.upstream, &self.related)
    }

    /// Every id that names what this record is about: its own id, its
    /// aliases and upstream ids, and its CVE ids, sorted and unique.
    pub fn ids(&self) -> Vec<String> {
        let mut v: Vec<String> = std::iter::once(self.id.clone())
            .chain(self.aliases.iter().cloned())
            .chain(self.upstream.iter().cloned())
            .chain(self.cve_ids())
            .filter(|s| !s.is_empty())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// Whether a record id is a security advisory (see [`Record::is_security`]).
pub fn is_security_id(id: &str) -> bool {
    !["RHBA-", "RHEA-", "ALBA-", "ALEA-", "RLBA-", "RLEA-"]
        .iter()
        .any(|p| id.starts_with(p))
}

/// The CVE an id stands for: `CVE-2024-1` itself, or a distribution's copy
/// (`DEBIAN-CVE-2024-1`, `UBUNTU-CVE-2024-1`, `ALPINE-CVE-2024-1`).
pub fn as_cve(id: &str) -> Option<&str> {
    let at = id.find("CVE-")?;
    let cve = &id[at..];
    let prefix = &id[..at];
    let well_formed = {
        let mut parts = cve[4..].splitn(2, '-');
        let year = parts.next().unwrap_or("");
        let num = parts.next().unwrap_or("");
        year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && num.len() >= 4
            && num.bytes().all(|b| b.is_ascii_digit())
    };
    // `DEBIAN-`, `UBUNTU-`, `ALPINE-` (and `DEBIANCVE-`, as an old Debian
    // converter wrote them).
    let letters = prefix.strip_suffix('-').unwrap_or(prefix);
    let prefix_ok = prefix.is_empty()
        || (!letters.is_empty() && letters.bytes().all(|b| b.is_ascii_uppercase()));
    (well_formed && prefix_ok).then_some(cve)
}

/// [`Record::cve_ids`] from the raw fields.
pub fn cve_ids(
    id: &str,
    aliases: &[String],
    upstream: &[String],
    related: &[String],
) -> Vec<String> {
    let mut v: Vec<String> = std::iter::once(id)
        .chain(aliases.iter().map(String::as_str))
        .chain(upstream.iter().map(String::as_str))
        .filter_map(as_cve)
        .map(str::to_owned)
        .collect();
    if v.is_empty() {
        v = related
            .iter()
            .filter_map(|r| as_cve(r))
            .map(str::to_owned)
            .collect();
    }
    v.sort();
    v.dedup();
    v
}

/// A `severity[]` entry: `type` (`CVSS_V3`, `CVSS_V4`, `CVSS_V2`, `Ubuntu`...) and score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeverityEntry {
    pub kind: String,
    pub score: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub kind: String,
    pub url: String,
}

/// One `affected[]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Affected {
    /// The ecosystem (`PyPI`, `Debian:12`...); empty when only a purl is given.
    pub ecosystem: String,
    /// Package name; empty when only a purl is given.
    pub name: String,
    pub purl: Option<String>,
    pub ranges: Vec<Range>,
    /// Explicitly enumerated affected versions.
    pub versions: Vec<String>,
    pub severity: Vec<SeverityEntry>,
    pub ecosystem_specific: Option<Value>,
    pub database_specific: Option<Value>,
}

/// The type of a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeType {
    Semver,
    Ecosystem,
    Git,
    /// A type this model does not know; never matched.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    pub kind: RangeType,
    pub repo: Option<String>,
    /// Events in record order (the matcher sorts them).
    pub events: Vec<Event>,
}

/// A range event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Introduced(String),
    Fixed(String),
    LastAffected(String),
    Limit(String),
}

impl Event {
    pub fn version(&self) -> &str {
        match self {
            Event::Introduced(v) | Event::Fixed(v) | Event::LastAffected(v) | Event::Limit(v) => v,
        }
    }
}

/// Parse one record from JSON text.
pub fn parse(json: &str) -> Result<Record, OsvError> {
    let value: Value = serde_json::from_str(json).map_err(|e| OsvError {
        id: "<unknown>".into(),
        message: format!("invalid JSON: {e}"),
    })?;
    from_value(value)
}

/// Parse one record from a JSON value (must be an object).
pub fn from_value(value: Value) -> Result<Record, OsvError> {
    if !value.is_object() {
        return Err(OsvError {
            id: "<unknown>".into(),
            message: "a record must be a JSON object".into(),
        });
    }
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("<unknown>")
        .to_owned();
    let raw: RawRecord = serde_json::from_value(value).map_err(|e| OsvError {
        id,
        message: format!("schema: {e}"),
    })?;
    Record::try_from(raw)
}

// ---- raw, lenient serde layer ----

/// A scalar given as a string, number or bool, read as its text.
fn lenient_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(Value::Bool(b)) => Some(b.to_string()),
        Some(other) => {
            return Err(serde::de::Error::custom(format!(
                "expected a scalar, found {other}"
            )))
        }
    })
}

/// A list of scalars (null = empty).
fn lenient_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let v = Option::<Vec<Value>>::deserialize(d)?.unwrap_or_default();
    v.into_iter()
        .map(|x| match x {
            Value::String(s) => Ok(s),
            Value::Number(n) => Ok(n.to_string()),
            Value::Bool(b) => Ok(b.to_string()),
            other => Err(serde::de::Error::custom(format!(
                "expected a scalar in list, found {other}"
            ))),
        })
        .collect()
}

/// A list of objects (null = empty).
fn nullable_vec<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

#[derive(Deserialize)]
struct RawRecord {
    #[serde(default, deserialize_with = "lenient_opt")]
    id: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    modified: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    published: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    withdrawn: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    aliases: Vec<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    upstream: Vec<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    related: Vec<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    summary: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    details: Option<String>,
    #[serde(default, deserialize_with = "nullable_vec")]
    severity: Vec<RawSeverity>,
    #[serde(default, deserialize_with = "nullable_vec")]
    affected: Vec<RawAffected>,
    #[serde(default, deserialize_with = "nullable_vec")]
    references: Vec<RawReference>,
    #[serde(default)]
    database_specific: Option<Value>,
}

#[derive(Deserialize)]
struct RawSeverity {
    #[serde(rename = "type", default, deserialize_with = "lenient_opt")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    score: Option<String>,
}

#[derive(Deserialize)]
struct RawReference {
    #[serde(rename = "type", default, deserialize_with = "lenient_opt")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    url: Option<String>,
}

#[derive(Deserialize, Default)]
struct RawPackage {
    #[serde(default, deserialize_with = "lenient_opt")]
    ecosystem: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    name: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    purl: Option<String>,
}

#[derive(Deserialize)]
struct RawAffected {
    #[serde(default)]
    package: Option<RawPackage>,
    #[serde(default, deserialize_with = "nullable_vec")]
    ranges: Vec<RawRange>,
    #[serde(default, deserialize_with = "lenient_list")]
    versions: Vec<String>,
    #[serde(default, deserialize_with = "nullable_vec")]
    severity: Vec<RawSeverity>,
    #[serde(default)]
    ecosystem_specific: Option<Value>,
    #[serde(default)]
    database_specific: Option<Value>,
}

#[derive(Deserialize)]
struct RawRange {
    #[serde(rename = "type", default, deserialize_with = "lenient_opt")]
    kind: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    repo: Option<String>,
    #[serde(default, deserialize_with = "nullable_vec")]
    events: Vec<RawEvent>,
}

#[derive(Deserialize)]
struct RawEvent {
    #[serde(default, deserialize_with = "lenient_opt")]
    introduced: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    fixed: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    last_affected: Option<String>,
    #[serde(default, deserialize_with = "lenient_opt")]
    limit: Option<String>,
}

fn non_null(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !v.is_null())
}

fn severities(raw: Vec<RawSeverity>) -> Vec<SeverityEntry> {
    // Entries without a type or score carry nothing usable; drop them.
    raw.into_iter()
        .filter_map(|s| match (s.kind, s.score) {
            (Some(kind), Some(score)) if !kind.is_empty() && !score.is_empty() => {
                Some(SeverityEntry { kind, score })
            }
            _ => None,
        })
        .collect()
}

fn truncate(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while cut > 0 && !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s
}

impl TryFrom<RawRecord> for Record {
    type Error = OsvError;

    fn try_from(raw: RawRecord) -> Result<Record, OsvError> {
        let id = raw.id.filter(|s| !s.is_empty()).ok_or_else(|| OsvError {
            id: "<unknown>".into(),
            message: "missing id".into(),
        })?;
        let err = |message: String| OsvError {
            id: id.clone(),
            message,
        };
        let mut affected = Vec::with_capacity(raw.affected.len());
        for (i, a) in raw.affected.into_iter().enumerate() {
            let pkg = a.package.unwrap_or_default();
            let ecosystem = pkg.ecosystem.unwrap_or_default();
            let name = pkg.name.unwrap_or_default();
            let purl = pkg.purl.filter(|p| !p.is_empty());
            if (ecosystem.is_empty() || name.is_empty()) && purl.is_none() {
                return Err(err(format!(
                    "affected[{i}]: package needs ecosystem and name, or a purl"
                )));
            }
            let mut ranges = Vec::with_capacity(a.ranges.len());
            for (j, r) in a.ranges.into_iter().enumerate() {
                let kind = match r.kind.as_deref() {
                    Some("SEMVER") => RangeType::Semver,
                    Some("ECOSYSTEM") => RangeType::Ecosystem,
                    Some("GIT") => RangeType::Git,
                    Some(other) if !other.is_empty() => RangeType::Other(other.to_owned()),
                    _ => return Err(err(format!("affected[{i}].ranges[{j}]: missing type"))),
                };
                if r.events.is_empty() {
                    return Err(err(format!("affected[{i}].ranges[{j}]: no events")));
                }
                let mut events = Vec::with_capacity(r.events.len());
                for (k, e) in r.events.into_iter().enumerate() {
                    let set = [
                        e.introduced.map(Event::Introduced),
                        e.fixed.map(Event::Fixed),
                        e.last_affected.map(Event::LastAffected),
                        e.limit.map(Event::Limit),
                    ];
                    let mut present = set.into_iter().flatten();
                    let (Some(ev), None) = (present.next(), present.next()) else {
                        return Err(err(format!(
                            "affected[{i}].ranges[{j}].events[{k}]: needs exactly one of introduced/fixed/last_affected/limit"
                        )));
                    };
                    if ev.version().is_empty() {
                        return Err(err(format!(
                            "affected[{i}].ranges[{j}].events[{k}]: empty version"
                        )));
                    }
                    events.push(ev);
                }
                ranges.push(Range {
                    kind,
                    repo: r.repo,
                    events,
                });
            }
            affected.push(Affected {
                ecosystem,
                name,
                purl,
                ranges,
                versions: a.versions,
                severity: severities(a.severity),
                ecosystem_specific: non_null(a.ecosystem_specific),
                database_specific: non_null(a.database_specific),
            });
        }
        let references = raw
            .references
            .into_iter()
            .filter_map(|r| {
                let url = r.url.filter(|u| !u.is_empty())?;
                Some(Reference {
                    kind: r.kind.unwrap_or_else(|| "WEB".into()),
                    url,
                })
            })
            .collect();
        Ok(Record {
            modified: raw.modified.unwrap_or_default(),
            published: raw.published,
            withdrawn: raw.withdrawn.filter(|w| !w.is_empty()),
            aliases: raw.aliases,
            upstream: raw.upstream,
            related: raw.related,
            summary: raw.summary.filter(|s| !s.is_empty()),
            details: raw
                .details
                .filter(|s| !s.is_empty())
                .map(|d| truncate(d, DETAILS_MAX)),
            severity: severities(raw.severity),
            affected,
            references,
            database_specific: non_null(raw.database_specific),
            id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn parses_minimal_and_lenient_scalars() {
        let r = parse(
            r#"{"id":"X-1","modified":"2024-01-01T00:00:00Z","aliases":null,
            "affected":[{"package":{"ecosystem":"PyPI","name":"foo"},
              "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":0},{"fixed":1.5}]}],
              "versions":[1.0, "1.1"]}]}"#,
        );
        let r = match r {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(r.id, "X-1");
        assert!(r.aliases.is_empty());
        assert!(!r.is_withdrawn());
        let a = &r.affected[0];
        assert_eq!(a.versions, vec!["1.0", "1.1"]);
        assert_eq!(
            a.ranges[0].events,
            vec![Event::Introduced("0".into()), Event::Fixed("1.5".into())]
        );
    }

    #[test]
    fn malformed_records_name_their_id() {
        for (json, want) in [
            (
                r#"{"id":"A-1","affected":[{"package":{"ecosystem":"Go"}}]}"#,
                "A-1",
            ),
            (
                r#"{"id":"A-2","affected":[{"package":{"ecosystem":"Go","name":"x"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0","fixed":"1"}]}]}]}"#,
                "A-2",
            ),
            (
                r#"{"id":"A-3","affected":[{"package":{"ecosystem":"Go","name":"x"},"ranges":[{"type":"SEMVER","events":[]}]}]}"#,
                "A-3",
            ),
            (r#"{"id":"A-4","affected":"nope"}"#, "A-4"),
            (r#"{"modified":"x"}"#, "<unknown>"),
            ("not json", "<unknown>"),
            (r#"[1,2]"#, "<unknown>"),
        ] {
            match parse(json) {
                Ok(_) => panic!("{json} should fail"),
                Err(e) => assert_eq!(e.id, want, "{e}"),
            }
        }
    }

    #[test]
    fn cve_ids_from_every_field() {
        let ids = |json: &str| parse(json).map(|r| r.cve_ids()).unwrap_or_default();
        // AlmaLinux errata: `related` only.
        assert_eq!(
            ids(r#"{"id":"ALSA-2025:1","related":["CVE-2025-6430","CVE-2025-6424"]}"#),
            ["CVE-2025-6424", "CVE-2025-6430"]
        );
        // GHSA: aliases; `related` names a different issue and is not read.
        assert_eq!(
            ids(
                r#"{"id":"GHSA-jfh8-c2jp-5v3q","aliases":["CVE-2021-44228"],"related":["CVE-2021-45046"]}"#
            ),
            ["CVE-2021-44228"]
        );
        // Debian: DSA upstream names DEBIAN-CVE ids; DEBIAN-CVE upstream the CVE.
        assert_eq!(
            ids(r#"{"id":"DSA-5555-1","upstream":["DEBIAN-CVE-2023-1111","DEBIANCVE-2023-2222"]}"#),
            ["CVE-2023-1111", "CVE-2023-2222"]
        );
        assert_eq!(
            ids(
                r#"{"id":"UBUNTU-CVE-2025-6491","upstream":["CVE-2025-6491"],"related":["USN-7648-1"]}"#
            ),
            ["CVE-2025-6491"]
        );
        assert_eq!(ids(r#"{"id":"ALPINE-CVE-2024-1234"}"#), ["CVE-2024-1234"]);
        assert!(ids(r#"{"id":"GO-2024-1","aliases":["GHSA-x"],"related":["XCVE-1"]}"#).is_empty());
        assert_eq!(as_cve("CVE-2024-12345"), Some("CVE-2024-12345"));
        for bad in [
            "CVE-24-1",
            "cve-2024-1234",
            "x-CVE-2024-1234",
            "CVE-2024-",
            "CVE-2024-12a4",
        ] {
            assert_eq!(as_cve(bad), None, "{bad}");
        }
        let r = parse(r#"{"id":"ALBA-2019:0973","summary":"container-tools bug fix update"}"#);
        assert!(r.is_ok_and(|r| !r.is_security()));
    }

    /// Every security erratum of the AlmaLinux corpus that lists CVEs in
    /// `related` yields them; bug fix and enhancement errata are told apart.
    #[test]
    fn corpus_almalinux_cve_ids() {
        let Some(corpus) = crate::test_corpus() else {
            return;
        };
        let text = std::fs::read_to_string(corpus.join("osv-os/AlmaLinux-8-and-10.jsonl"))
            .unwrap_or_default();
        let (mut with, mut non_security, mut n) = (0, 0, 0);
        for line in text.lines() {
            let r = match parse(line) {
                Ok(r) => r,
                Err(e) => panic!("{e}"),
            };
            n += 1;
            if !r.is_security() {
                non_security += 1;
                continue;
            }
            let related: std::collections::BTreeSet<&String> =
                r.related.iter().filter(|x| x.starts_with("CVE-")).collect();
            let related = related.len();
            assert_eq!(r.cve_ids().len(), related, "{}", r.id);
            with += usize::from(related > 0);
        }
        eprintln!(
            "AlmaLinux: {n} records, {non_security} not security errata, {with} with CVE ids"
        );
        assert_eq!((n, non_security, with), (3897, 1197, 2695));
    }

    #[test]
    fn details_are_truncated_on_char_boundary() {
        let long = "é".repeat(DETAILS_MAX);
        let json = serde_json::json!({"id": "T-1", "details": long}).to_string();
        let r = parse(&json).map_err(|e| e.to_string());
        let d = r.ok().and_then(|r| r.details).unwrap_or_default();
        assert!(d.len() <= DETAILS_MAX + '…'.len_utf8());
    }

    /// Parse every record of the four full-record corpus files.
    #[test]
    fn corpus_records_parse() {
        let Some(corpus) = crate::test_corpus() else {
            return;
        };
        let mut summary = BTreeMap::new();
        let mut failures = Vec::new();
        for file in ["Go", "PyPI", "crates.io", "Maven"] {
            let path = corpus.join("osv").join(format!("{file}.jsonl"));
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(!text.is_empty(), "{} is empty or missing", path.display());
            let (mut ok, mut withdrawn) = (0usize, 0usize);
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                match parse(line) {
                    Ok(r) => {
                        ok += 1;
                        withdrawn += usize::from(r.is_withdrawn());
                    }
                    Err(e) => failures.push(format!("{file}: {e}")),
                }
            }
            summary.insert(file, (ok, withdrawn));
        }
        eprintln!("OSV corpus parse (parsed, withdrawn): {summary:?}");
        assert!(failures.is_empty(), "failures: {failures:#?}");
        assert_eq!(summary.get("PyPI"), Some(&(2661, 10)));
        assert_eq!(summary.get("Go"), Some(&(4291, 17)));
        assert_eq!(summary.get("crates.io"), Some(&(1206, 13)));
        assert_eq!(summary.get("Maven"), Some(&(362, 0)));
    }
}
