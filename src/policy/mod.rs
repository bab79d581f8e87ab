//! The policy engine: load `imagegate.toml` (or the default policy), run
//! every enabled check over the scanned image, and decide the verdict.
//!
//! load ([`cfg::parse`]: parse with spans → validate, all errors at once)
//! → run ([`checks::CHECKS`], each a pure function of [`checks::Context`])
//! → verdict: `error` when the gate could not decide (e.g. `require-db`
//! without a DB), else `fail` when any diagnostic is an error, else `pass`.

pub mod cfg;
pub mod checks;
pub mod diag;
pub mod glob;

use crate::diag::{Diagnostic, Severity, Verdict};
use crate::error::Result;
use crate::vulndb::matcher::Level as Sev;
use cfg::PolicyConfig;
use checks::{Context, CHECKS};
use diag::{Code, Sink};

/// A policy file handed to the scan: the host reads it and passes its text;
/// `name` is how errors and reports name it (`imagegate.toml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyFile {
    pub name: String,
    pub text: String,
}

/// A loaded, validated policy.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The file's name, or `default` for the built-in policy.
    pub source: String,
    pub config: PolicyConfig,
}

impl Policy {
    /// The built-in policy used when no file is given (see docs/policy.md).
    pub fn default_policy() -> Policy {
        Policy {
            source: "default".to_string(),
            config: PolicyConfig::default(),
        }
    }

    /// Load `file` (or the default) and apply a `--fail-on` override.
    pub fn load(file: Option<&PolicyFile>, fail_on: Option<Sev>) -> Result<Policy> {
        let mut p = match file {
            Some(f) => Policy {
                source: f.name.clone(),
                config: cfg::parse(&f.name, &f.text)?,
            },
            None => Policy::default_policy(),
        };
        if let Some(s) = fail_on {
            p.config.vulnerabilities.fail_on = s;
        }
        Ok(p)
    }

    /// Switch vulnerability checking off (`--skip-vulnerabilities`): no DB is
    /// needed, and every report says so at the top.
    pub fn skip_vulnerabilities(&mut self, by: &'static str) {
        self.config.vulnerabilities.enabled = false;
        self.config.vulnerabilities.skipped_by = Some(by);
    }
}

/// What running the policy produced.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub diagnostics: Vec<Diagnostic>,
    /// Why the gate could not decide; non-empty means verdict `error`.
    pub undecided: Vec<String>,
    /// Every listed check (see [`checks::Check::listed`]) and whether it ran.
    pub checks: Vec<(&'static str, bool)>,
}

/// The verdict of a scan, the one place it is decided (reports only show
/// it): `error` when the gate could not decide (`undecided` says why; never
/// a silent pass), else `fail` when a diagnostic is an error (the policy
/// gave each its severity), else `pass`.
pub fn verdict(undecided: &[String], diagnostics: &[Diagnostic]) -> Verdict {
    if !undecided.is_empty() {
        Verdict::Error
    } else if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        Verdict::Fail
    } else {
        Verdict::Pass
    }
}

/// Run every enabled check.
pub fn evaluate(policy: &Policy, cx: &Context<'_>) -> Evaluation {
    let mut sink = Sink::default();
    let mut ran = Vec::new();
    for c in CHECKS {
        let on = (c.enabled)(&policy.config);
        if on {
            (c.run)(&policy.config, cx, &mut sink);
        } else if let Some(off) = c.off {
            off(&policy.config, &mut sink);
        }
        if c.listed {
            ran.push((c.name, on));
        }
    }
    Evaluation {
        diagnostics: sink.diagnostics,
        undecided: sink.undecided,
        checks: ran,
    }
}

/// Every diagnostic code the checks can emit (for `imagegate explain`).
pub fn codes() -> impl Iterator<Item = &'static Code> {
    CHECKS.iter().flat_map(|c| c.codes.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(severity: Severity) -> Diagnostic {
        Diagnostic {
            code: "x",
            check: "files",
            severity,
            message: String::new(),
            location: None,
            help: None,
        }
    }

    #[test]
    fn the_verdict_is_error_when_undecided_then_fail_on_an_error() {
        let warn = [diag(Severity::Warning), diag(Severity::Note)];
        let err = [diag(Severity::Note), diag(Severity::Error)];
        assert_eq!(verdict(&[], &[]), Verdict::Pass);
        assert_eq!(verdict(&[], &warn), Verdict::Pass);
        assert_eq!(verdict(&[], &err), Verdict::Fail);
        let why = ["no DB".to_string()];
        assert_eq!(verdict(&why, &[]), Verdict::Error);
        assert_eq!(verdict(&why, &err), Verdict::Error);
    }
}
