//! The `vulnerabilities` check.

pub mod cfg;
pub mod check;
pub mod diags;
pub mod ignore;

/// The check's name in reports (`Diagnostic.check`, `summary.checks`).
pub const NAME: &str = "vulnerabilities";
