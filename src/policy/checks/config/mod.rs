//! The `config` check.

pub mod cfg;
pub mod check;
pub mod diags;

/// The check's name in reports (`Diagnostic.check`, `summary.checks`).
pub const NAME: &str = "config";
