//! The one severity scale of findings, [`Level`]: `critical`, `high`,
//! `medium`, `low` (and `unknown` for a vulnerability no trusted source
//! rates). Vulnerability ratings (`vulndb::severity`), secret rules
//! (`secrets::rules`, as `Severity`) and the policy's thresholds
//! (`fail-on`) all use it. A base module of plain data. The severity of a
//! *diagnostic* (error, warning, note) is another scale:
//! [`crate::diag::Severity`].

use serde::Serialize;

/// How bad a finding is: a vulnerability's rating (`unknown` when no
/// trusted source rates it) or a secret rule's severity (never `unknown`).
/// Ordered from `unknown` up to `critical`.
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

    /// The level of a CVSS score.
    pub fn of_score(score: f64) -> Level {
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

    /// The level of a vendor's word, case-insensitively (see
    /// `crate::vulndb::severity`): critical; important, high; moderate,
    /// medium; low, negligible, unimportant.
    pub fn of_word(word: &str) -> Option<Level> {
        Some(match word.trim().to_ascii_lowercase().as_str() {
            "critical" => Level::Critical,
            "important" | "high" => Level::High,
            "moderate" | "medium" => Level::Medium,
            "low" | "negligible" | "unimportant" => Level::Low,
            _ => return None,
        })
    }
}
