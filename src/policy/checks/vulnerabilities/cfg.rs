//! `[vulnerabilities]`: which advisories fail the gate.
//!
//! ```toml
//! [vulnerabilities]
//! fail-on = "high"            # low | medium | high | critical
//! ignore-unfixed = true       # advisories with no fixed version do not fail
//! unknown-severity = "fail"   # fail | warn | ignore (or error | warning | note | off)
//! severity-sources = ["vendor", "cvss", "borrowed"]   # trusted, in order
//! fail-on-kev = true          # in CISA's KEV catalogue: fail whatever the severity
//! fail-on-epss = 0.5          # EPSS score at or above this (0..1): fail whatever the severity
//! require-db = true           # no DB: verdict `error` (false: a warning)
//! max-db-age = 7              # days; older: verdict `error`; 0 = do not check
//! ignore = [                 # see `ignore.rs` for the scope keys
//!   { id = "CVE-2023-1234", reason = "not reachable: we never call X", expires = 2026-12-31 },
//!   { id = "*", purl = "pkg:deb/debian/openssl", versions = "<3.0.15", owner = "team-base",
//!     reason = "patched by the base team", expires = 2026-12-31 },
//! ]
//! vex-author = "security@example.com"   # author of `imagegate vex` documents
//!
//! [vulnerabilities.status]    # per fix status: "check" (judge by fail-on) or "ignore"
//! unimportant = "ignore"      # default for each: "ignore" when ignore-unfixed, else "check"
//! end-of-life = "check"
//! ```

use crate::policy::cfg::{Cx, Tbl};
use crate::policy::diag::Level;
use crate::vulndb::matcher::{Level as Sev, Status};
use crate::vulndb::severity::Kind;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    /// Who switched the check off, for the report's `vulnerabilities-skipped`
    /// warning: `None` when `enabled` came from the policy file (or is true).
    pub skipped_by: Option<&'static str>,
    /// Findings at or above this severity fail the gate.
    pub fail_on: Sev,
    pub ignore_unfixed: bool,
    /// Per fix status (not `fixed`): judge it (`true`) or ignore it.
    pub status: Vec<(Status, bool)>,
    /// What a finding of unknown severity is (when not ignored).
    pub unknown_severity: Level,
    /// The rating sources trusted, in order.
    pub severity_sources: Vec<Kind>,
    /// Findings in the KEV catalogue fail whatever their severity.
    pub fail_on_kev: bool,
    /// Findings with an EPSS score at or above this fail whatever their severity.
    pub fail_on_epss: Option<f64>,
    pub require_db: bool,
    /// Days; 0 disables the age check.
    pub max_db_age: u64,
    pub ignore: Vec<Ignore>,
    /// The `author` of the OpenVEX document `imagegate vex` writes (its
    /// `--author` flag wins).
    pub vex_author: Option<String>,
}

pub use super::ignore::Ignore;

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            skipped_by: None,
            fail_on: Sev::High,
            ignore_unfixed: true,
            status: Vec::new(),
            // Fail closed: a finding nobody rates is not below any threshold.
            unknown_severity: Level::Error,
            severity_sources: Kind::DEFAULT_ORDER.to_vec(),
            fail_on_kev: false,
            fail_on_epss: None,
            // Fail closed: a gate that checked no advisory must not say pass.
            require_db: true,
            max_db_age: 7,
            ignore: Vec::new(),
            vex_author: None,
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

/// The words of `unknown-severity`: the diagnostic levels, plus `fail`,
/// `warn` and `ignore` for `error`, `warning` and `off`.
pub const UNKNOWN_WORDS: &[(&str, Level)] = &[
    ("fail", Level::Error),
    ("warn", Level::Warning),
    ("ignore", Level::Off),
    ("error", Level::Error),
    ("warning", Level::Warning),
    ("note", Level::Note),
    ("off", Level::Off),
];

/// The words of `[vulnerabilities.status]` values.
pub const STATUS_RULES: &[(&str, bool)] = &[("check", true), ("ignore", false)];

impl Config {
    /// Whether findings of this status are judged by `fail-on` (else ignored).
    pub fn judges(&self, status: Status) -> bool {
        if status == Status::Fixed {
            return true;
        }
        self.status
            .iter()
            .find(|(s, _)| *s == status)
            .map(|(_, judge)| *judge)
            .unwrap_or(!self.ignore_unfixed)
    }
}

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
    if let Some(l) = t.word(cx, "unknown-severity", UNKNOWN_WORDS) {
        c.unknown_severity = l;
    }
    if let Some(list) = t.strings(cx, "severity-sources") {
        let mut order = Vec::new();
        for s in list {
            match Kind::WORDS.iter().find(|(w, _)| *w == s.get_ref()) {
                Some((_, k)) if order.contains(k) => cx.err(
                    s.span(),
                    format!("`{}.severity-sources` names {:?} twice", t.path, s.get_ref()),
                ),
                Some((_, k)) => order.push(*k),
                None => cx.err(
                    s.span(),
                    format!(
                        "`{}.severity-sources` = {:?} is not a source; expected \"vendor\", \"cvss\" or \"borrowed\"",
                        t.path,
                        s.get_ref()
                    ),
                ),
            }
        }
        c.severity_sources = order;
    }
    if let Some(mut st) = t.table(cx, "status") {
        for (word, status) in [
            ("unfixed", Status::Unfixed),
            ("unimportant", Status::Unimportant),
            ("end-of-life", Status::EndOfLife),
        ] {
            if let Some(judge) = st.word(cx, word, STATUS_RULES) {
                c.status.push((status, judge));
            }
        }
        st.finish(cx);
    }
    if let Some(b) = t.bool(cx, "fail-on-kev") {
        c.fail_on_kev = b;
    }
    c.fail_on_epss = unit(cx, t, "fail-on-epss");
    if let Some(b) = t.bool(cx, "require-db") {
        c.require_db = b;
    }
    if let Some(n) = t.uint(cx, "max-db-age") {
        c.max_db_age = n;
    }
    c.ignore = super::ignore::parse(cx, t);
    if let Some(a) = t.str(cx, "vex-author") {
        if a.get_ref().trim().is_empty() {
            cx.err(a.span(), format!("`{}.vex-author` is empty", t.path));
        } else {
            c.vex_author = Some(a.into_inner().trim().to_string());
        }
    }
    c
}

/// A probability threshold: a number from 0 to 1 (a TOML float or `0`/`1`).
fn unit(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>, key: &'static str) -> Option<f64> {
    use toml::de::DeValue;
    let v = t.get(key)?;
    let n = match v.get_ref() {
        DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
        DeValue::Integer(i) => i.as_str().replace('_', "").parse::<f64>().ok(),
        _ => None,
    };
    match n.filter(|n| n.is_finite() && (0.0..=1.0).contains(n)) {
        Some(n) => Some(n),
        None => {
            cx.err(
                v.span(),
                format!(
                    "`{}.{key}` must be a number from 0 to 1 (an EPSS probability, e.g. 0.5)",
                    t.path
                ),
            );
            None
        }
    }
}
