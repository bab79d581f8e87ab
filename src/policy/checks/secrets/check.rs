//! The `secrets` check: every secret the scanner found (in a layer's file
//! or in the image config, already filtered by the policy's allow-lists and
//! sorted) is a `secret-found` diagnostic. Its level is the custom rule's
//! `severity` for the policy's own rules, else `error`.

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};
use crate::secrets::{SecretFinding, Source};

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    for f in cx.secrets {
        sink.emit_with_help(
            level(cfg, &f.rule),
            &SECRET_FOUND,
            message(f),
            Some(location(f)),
            format!(
                "remove it from every layer and rotate it; if it is not a secret, allow {} in the policy",
                f.fingerprint
            ),
        );
    }
}

/// The level of a finding of rule `rule`: a custom rule's `severity` (never
/// `off`), built-in rules `error`.
fn level(cfg: &Config, rule: &str) -> Level {
    match cfg.custom_rules.iter().find(|r| r.id == rule) {
        Some(r) if r.severity == Level::Off => Level::Note,
        Some(r) => r.severity,
        None => Level::Error,
    }
}

/// `Title [rule, severity] line N: preview`, and where a later layer
/// deleted it (it is still in the image).
fn message(f: &SecretFinding) -> String {
    let deleted = match (f.layer, f.deleted_in_layer) {
        (Some(l), Some(m)) => {
            format!("; present in layer {l}, deleted in layer {m}: still in the image")
        }
        _ => String::new(),
    };
    let line = f.line.map(|l| format!(" line {l}")).unwrap_or_default();
    format!(
        "{} [{}, {}]{line}: {}{deleted}",
        f.title,
        f.rule,
        f.severity.as_str(),
        f.preview
    )
}

/// A file in its layer, or the part of the config.
fn location(f: &SecretFinding) -> Location {
    match (f.source, f.layer, &f.path) {
        (Source::File, Some(l), Some(p)) => Location::file(l, p.clone()),
        _ => Location::config(f.config_location()),
    }
}
