//! The `[secrets]` section of the policy. The secret scanner itself lives in
//! `src/secrets/` (issue 7); this folder only parses and validates what the
//! user writes and hands it over in [`to_secrets_config`].

pub mod cfg;

/// The check's name in reports.
pub const NAME: &str = "secrets";

/// The validated `[secrets]` section as the scanner's configuration. A
/// custom rule's level (error / warning / note) becomes its findings'
/// diagnostic severity ([`severity_overrides`]); its finding severity is
/// high / medium / low accordingly.
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

/// Diagnostic severity per custom rule id (built-in rules: error).
pub fn severity_overrides(
    cfg: &cfg::Config,
) -> std::collections::BTreeMap<String, crate::diag::Severity> {
    use crate::diag::Severity;
    use crate::policy::diag::Level;
    cfg.custom_rules
        .iter()
        .map(|r| {
            let s = match r.severity {
                Level::Error => Severity::Error,
                Level::Warning => Severity::Warning,
                Level::Note | Level::Off => Severity::Note,
            };
            (r.id.clone(), s)
        })
        .collect()
}
