//! What checks emit: a [`Level`] chosen by the policy (`error`, `warning`,
//! `note` or `off`) and a [`Sink`] that turns findings into report
//! [`Diagnostic`]s. Every code a check can emit is declared in its
//! `diags.rs` as a [`Code`] with its documentation (`imagegate explain`).

use crate::diag::{Diagnostic, Location, Severity};

/// How the policy treats one kind of finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Off,
    Note,
    Warning,
    Error,
}

impl Level {
    /// The words a policy file uses.
    pub const WORDS: &'static [(&'static str, Level)] = &[
        ("error", Level::Error),
        ("warning", Level::Warning),
        ("note", Level::Note),
        ("off", Level::Off),
    ];

    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Note => Some(Severity::Note),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Note => "note",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One stable diagnostic code and its documentation.
#[derive(Debug, Clone, Copy)]
pub struct Code {
    pub code: &'static str,
    /// The check that emits it.
    pub check: &'static str,
    /// What it means, why it matters and how to fix or configure it.
    pub doc: &'static str,
}

/// Collects the diagnostics of one policy run.
#[derive(Debug, Default)]
pub struct Sink {
    pub diagnostics: Vec<Diagnostic>,
    /// Reasons the gate could not decide (verdict `error`).
    pub undecided: Vec<String>,
}

impl Sink {
    /// Emit `code` at `level` (nothing when `off`).
    pub fn emit(
        &mut self,
        level: Level,
        code: &Code,
        message: impl Into<String>,
        location: Option<Location>,
    ) {
        let help = format!("run `imagegate explain {}`", code.code);
        self.emit_with_help(level, code, message, location, help);
    }

    /// Emit `code` at `level` with its own help line (what to do about this
    /// finding) instead of the pointer to `imagegate explain`.
    pub fn emit_with_help(
        &mut self,
        level: Level,
        code: &Code,
        message: impl Into<String>,
        location: Option<Location>,
        help: impl Into<String>,
    ) {
        let Some(severity) = level.severity() else {
            return;
        };
        self.diagnostics.push(Diagnostic {
            code: code.code,
            check: code.check,
            severity,
            message: message.into(),
            location,
            help: Some(help.into()),
        });
    }

    /// Emit `code` as an error and mark the verdict as undecidable.
    pub fn undecided(
        &mut self,
        code: &Code,
        message: impl Into<String>,
        location: Option<Location>,
    ) {
        let message = message.into();
        self.undecided.push(message.clone());
        self.emit(Level::Error, code, message, location);
    }
}
