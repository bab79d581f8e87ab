//! The `[signatures]` section of the policy: which keys are trusted and
//! whether a valid signature is required. The verification itself lives in
//! `src/signature/` (it runs during the scan, over the manifest digest);
//! its diagnostics (`signature-*`) carry the check name `signatures`.

pub mod cfg;

/// The check's name in reports.
pub const NAME: &str = "signatures";
