//! The `registries` check over the image reference: the pipeline's
//! `--reference` when given, else the names the image carries (docker
//! `RepoTags`, OCI `ref.name` / `io.containerd.image.name`).

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
pub use crate::image::reference::{under, Reference};
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    let given: Vec<(String, String)> = match cx.reference {
        Some(r) => vec![(r.to_string(), "reference".to_string())],
        None => cx
            .facts
            .references
            .iter()
            // An OCI `ref.name` may be a bare tag (`1.0`, `latest`): it names
            // no repository, so it is not a reference to judge.
            .filter(|r| r.contains([':', '/', '@']))
            .map(|r| (r.clone(), "references".to_string()))
            .collect(),
    };
    let parsed: Vec<(Reference, &str, &str)> = given
        .iter()
        .filter_map(|(raw, w)| Reference::parse(raw).map(|r| (r, raw.as_str(), w.as_str())))
        .collect();
    let loc = |raw: &str, what: &str| {
        Some(Location::config(if what == "reference" {
            "reference (--reference)".to_string()
        } else {
            format!("image reference {raw}")
        }))
    };
    if !cfg.allowed.is_empty() {
        if parsed.is_empty() {
            sink.emit(
                Level::Error,
                &REFERENCE_MISSING,
                "registries.allowed is set but the image has no registry/repository reference to check (pass --reference)",
                None,
            );
        }
        for (r, raw, what) in &parsed {
            if !cfg.allowed.iter().any(|p| under(p, r)) {
                sink.emit(
                    Level::Error,
                    &NOT_ALLOWED,
                    format!(
                        "{} ({}) is not under an allowed registry prefix ({})",
                        raw,
                        r.full(),
                        cfg.allowed.join(", ")
                    ),
                    loc(raw, what),
                );
            }
        }
    }
    for (r, raw, what) in &parsed {
        if r.digest.is_none() && r.tag.as_deref().is_none_or(|t| t == "latest") {
            sink.emit(
                cfg.latest,
                &LATEST,
                format!(
                    "{raw} {}: the tag can move after the scan",
                    if r.tag.is_some() {
                        "uses the tag `latest`"
                    } else {
                        "has no tag (implicitly `latest`)"
                    }
                ),
                loc(raw, what),
            );
        }
    }
    if let Some(raw) = cx.reference {
        match Reference::parse(raw).and_then(|r| r.digest) {
            None => sink.emit(
                cfg.require_digest,
                &NOT_PINNED,
                format!("{raw} is not pinned by digest (name@sha256:...)"),
                loc(raw, "reference"),
            ),
            Some(d) => {
                if let Some(m) = &cx.facts.manifest_digest {
                    if m.to_string() != d {
                        sink.emit(
                            Level::Error,
                            &DIGEST_MISMATCH,
                            format!("{raw} pins {d}, but the scanned image's manifest is {m}"),
                            loc(raw, "reference"),
                        );
                    }
                }
            }
        }
    }
}
