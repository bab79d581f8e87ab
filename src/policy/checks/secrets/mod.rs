//! The `[secrets]` section of the policy. The secret scanner itself lives in
//! `src/secrets/` (issue 7); this folder only parses and validates what the
//! user writes and hands it over in [`to_secrets_config`].

pub mod cfg;

/// The check's name in reports.
pub const NAME: &str = "secrets";

/// MERGE POINT (issue 7): map the validated `[secrets]` section onto the
/// scanner's `secrets::SecretsConfig { disabled_rules, allow_paths,
/// allow_fingerprints, custom_rules: Vec<CustomRule { id, title, severity,
/// regex, keywords }> }`. On this branch `src/secrets/` does not exist, so
/// the function returns the parsed section unchanged; at the merge replace
/// the body with the field-by-field mapping (and compile each custom rule's
/// `regex`, turning a bad one into a `policy-invalid` error that names
/// `secrets.rules[i].regex`: the source offsets are kept in
/// [`cfg::CustomRule::regex_at`] for that). `enabled = false` means "do not run
/// the secrets scanner".
pub fn to_secrets_config(cfg: &cfg::Config) -> cfg::Config {
    cfg.clone()
}
