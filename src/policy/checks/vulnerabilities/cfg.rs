//! `[vulnerabilities]`: which advisories fail the gate.
//!
//! ```toml
//! [vulnerabilities]
//! fail-on = "high"            # low | medium | high | critical
//! ignore-unfixed = true       # advisories with no fixed version do not fail
//! unknown-severity = "warning" # error | warning | note | off
//! require-db = true           # no DB: verdict `error` (false: a warning)
//! max-db-age = 7              # days; older: verdict `error`; 0 = do not check
//! ignore = [
//!   { id = "CVE-2023-1234", reason = "not reachable: we never call X", expires = 2026-12-31 },
//! ]
//! ```

use crate::policy::cfg::{Cx, Tbl};
use crate::policy::diag::Level;
use crate::vulndb::matcher::Level as Sev;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    /// Who switched the check off, for the report's `vulnerabilities-skipped`
    /// warning: `None` when `enabled` came from the policy file (or is true).
    pub skipped_by: Option<&'static str>,
    /// Findings at or above this severity fail the gate.
    pub fail_on: Sev,
    pub ignore_unfixed: bool,
    /// What a finding of unknown severity is (when not ignored).
    pub unknown_severity: Level,
    pub require_db: bool,
    /// Days; 0 disables the age check.
    pub max_db_age: u64,
    pub ignore: Vec<Ignore>,
}

/// One accepted advisory.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// Advisory id or alias (`CVE-…`, `GHSA-…`, `DSA-…`), matched exactly.
    pub id: String,
    pub reason: String,
    /// Day number after which the ignore no longer applies (inclusive last day).
    pub expires: Option<i64>,
    /// Its position in the list, for messages: `vulnerabilities.ignore[2]`.
    pub index: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            skipped_by: None,
            fail_on: Sev::High,
            ignore_unfixed: true,
            unknown_severity: Level::Warning,
            // Fail closed: a gate that checked no advisory must not say pass.
            require_db: true,
            max_db_age: 7,
            ignore: Vec::new(),
        }
    }
}

/// The words `fail-on` (and `--fail-on`) accept.
pub const SEVERITIES: &[(&str, Sev)] = &[
    ("low", Sev::Low),
    ("medium", Sev::Medium),
    ("high", Sev::High),
    ("critical", Sev::Critical),
];

/// Parse a `--fail-on` word.
pub fn parse_severity(s: &str) -> Option<Sev> {
    SEVERITIES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(s))
        .map(|(_, l)| *l)
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(s) = t.word(cx, "fail-on", SEVERITIES) {
        c.fail_on = s;
    }
    if let Some(b) = t.bool(cx, "ignore-unfixed") {
        c.ignore_unfixed = b;
    }
    if let Some(l) = t.level(cx, "unknown-severity") {
        c.unknown_severity = l;
    }
    if let Some(b) = t.bool(cx, "require-db") {
        c.require_db = b;
    }
    if let Some(n) = t.uint(cx, "max-db-age") {
        c.max_db_age = n;
    }
    for (index, mut it) in t.tables(cx, "ignore").into_iter().enumerate() {
        let id = it.str(cx, "id");
        let reason = it.str(cx, "reason");
        let expires = it.date(cx, "expires");
        match &id {
            None => cx.err(
                it.span.clone(),
                format!("`{}` needs an `id` (the advisory id or alias)", it.path),
            ),
            Some(s) if s.get_ref().trim().is_empty() => {
                cx.err(s.span(), format!("`{}.id` is empty", it.path))
            }
            _ => {}
        }
        match &reason {
            None => cx.err(
                it.span.clone(),
                format!(
                    "`{}` needs a `reason`: say why the advisory does not apply, for the audit trail",
                    it.path
                ),
            ),
            Some(s) if s.get_ref().trim().is_empty() => {
                cx.err(s.span(), format!("`{}.reason` is empty", it.path))
            }
            _ => {}
        }
        it.finish(cx);
        if let (Some(id), Some(reason)) = (id, reason) {
            c.ignore.push(Ignore {
                id: id.into_inner().trim().to_string(),
                reason: reason.into_inner(),
                expires,
                index,
            });
        }
    }
    c
}
