//! The `secrets` check. The secret scanner itself lives in `src/secrets/`
//! and runs during the layer walk; this folder parses and validates what
//! the user writes (`cfg.rs`), hands it to the scanner in
//! [`to_secrets_config`], and turns the findings into diagnostics
//! (`check.rs`, with the custom rules' severities).

pub mod cfg;
pub mod check;
pub mod diags;

/// The check's name in reports (`Diagnostic.check`, `summary.checks`).
pub const NAME: &str = "secrets";

/// The validated `[secrets]` section as the scanner's configuration. A
/// custom rule's level (error / warning / note) becomes its findings'
/// diagnostic severity (in `check.rs`); its finding severity is high /
/// medium / low accordingly.
pub fn to_secrets_config(cfg: &cfg::Config) -> crate::secrets::SecretsConfig {
    use crate::policy::diag::Level;
    use crate::secrets::rules::Severity;
    crate::secrets::SecretsConfig {
        disabled_rules: cfg.disabled_rules.clone(),
        allow_paths: cfg.allow_paths.clone(),
        allow_fingerprints: cfg.allow_fingerprints.clone(),
        custom_rules: cfg
            .custom_rules
            .iter()
            .map(|r| crate::secrets::CustomRule {
                id: r.id.clone(),
                title: r.title.clone(),
                severity: match r.severity {
                    Level::Error => Severity::High,
                    Level::Warning => Severity::Medium,
                    Level::Note | Level::Off => Severity::Low,
                },
                regex: r.regex.clone(),
                keywords: r.keywords.clone(),
            })
            .collect(),
    }
}
