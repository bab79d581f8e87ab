//! The `signatures` check: which keys and identities are trusted and
//! whether a valid signature is required (`cfg.rs`), and the diagnostics
//! over the verification's result (`check.rs`). The verification itself
//! lives in `src/signature/` (it runs during the scan, over the manifest
//! digest) and reaches the check as facts (`Context::signatures`).

pub mod cfg;
pub mod check;
pub mod diags;

/// The check's name in reports (`Diagnostic.check`, `summary.checks`).
pub const NAME: &str = "signatures";
