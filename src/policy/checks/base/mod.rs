//! The `base` check.

pub mod cfg;
pub mod check;
pub mod diags;
pub mod eol;

/// The check's name in reports (`Diagnostic.check`, `summary.checks`).
pub const NAME: &str = "base";
