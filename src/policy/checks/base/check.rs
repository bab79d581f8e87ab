//! The `base` check: the base image (annotations/labels or a layer-prefix
//! match), the OS family and version, and the OS release's end of life.

use super::cfg::Config;
use super::diags::*;
use super::eol;
use crate::diag::Location;
use crate::image::reference::{under, Reference};
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};

const BASE_NAME: &str = "org.opencontainers.image.base.name";
const BASE_DIGEST: &str = "org.opencontainers.image.base.digest";

/// A value from the manifest annotations, else the config labels.
fn annotation<'a>(cx: &'a Context<'_>, key: &str) -> Option<(&'a str, String)> {
    if let Some(v) = cx.facts.annotations.get(key) {
        return Some((v.as_str(), format!("annotations[{key}]")));
    }
    cx.facts
        .labels
        .get(key)
        .map(|v| (v.as_str(), format!("config.Labels[{key}]")))
}

/// Whether version `v` is under the prefix `p` at a `.` boundary.
fn version_under(p: &str, v: &str) -> bool {
    v == p
        || v.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(['.', '-', '_']))
}

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    if cfg.restricts_base() {
        base_image(cfg, cx, sink);
    }
    let os = cx
        .os
        .filter(|o| o.family != "unknown" && !o.family.is_empty());
    if !cfg.allowed_os.is_empty() {
        match os {
            None => sink.emit(
                Level::Error,
                &OS_UNKNOWN,
                "base.allowed-os is set but no operating system was detected",
                None,
            ),
            Some(o) => {
                let version = o.version.as_deref().unwrap_or("");
                let ok = cfg.allowed_os.iter().any(|(f, v)| {
                    *f == o.family && v.as_deref().is_none_or(|p| version_under(p, version))
                });
                if !ok {
                    let list: Vec<String> = cfg
                        .allowed_os
                        .iter()
                        .map(|(f, v)| v.as_ref().map(|v| format!("{f}:{v}")).unwrap_or(f.clone()))
                        .collect();
                    sink.emit(
                        Level::Error,
                        &OS_NOT_ALLOWED,
                        format!(
                            "the OS is {} {}, not one of the allowed: {}",
                            o.family,
                            o.version.as_deref().unwrap_or("(no version)"),
                            list.join(", ")
                        ),
                        Some(Location::path(o.source.clone())),
                    );
                }
            }
        }
    }
    let Some(o) = os else { return };
    if !eol::tracked(&o.family) || cfg.eol == Level::Off {
        return;
    }
    let loc = Some(Location::path(o.source.clone()));
    let name = o
        .pretty_name
        .clone()
        .unwrap_or_else(|| format!("{} {}", o.family, o.version.as_deref().unwrap_or("")));
    let (Some(version), Some(today)) = (o.version.as_deref(), cx.today) else {
        let why = if cx.today.is_none() {
            "the host gave no date"
        } else {
            "the release has no version"
        };
        sink.emit(
            Level::Note,
            &OS_EOL_UNKNOWN,
            format!("end of life of {name} was not checked: {why}"),
            loc,
        );
        return;
    };
    match eol::end_of_life(&o.family, version) {
        None => sink.emit(
            Level::Note,
            &OS_EOL_UNKNOWN,
            format!(
                "{name}: release {} is not in the end-of-life table",
                eol::release_key(&o.family, version)
            ),
            loc,
        ),
        Some((release, day)) => {
            let date = crate::time::format_date(day);
            if today > day {
                sink.emit(
                    cfg.eol,
                    &OS_EOL,
                    format!(
                        "{} {release} reached its end of life on {date}: it gets no more security updates",
                        o.family
                    ),
                    loc,
                );
            } else if cfg.eol_warning_days > 0 && day - today <= cfg.eol_warning_days as i64 {
                sink.emit(
                    Level::Note,
                    &OS_EOL_SOON,
                    format!(
                        "{} {release} reaches its end of life on {date}, in {} days",
                        o.family,
                        day - today
                    ),
                    loc,
                );
            }
        }
    }
}

fn base_image(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    let name = annotation(cx, BASE_NAME);
    let digest = annotation(cx, BASE_DIGEST);
    let diff_ids: Vec<String> = cx
        .facts
        .layers
        .iter()
        .map(|l| l.diff_id.to_string())
        .collect();
    // The most specific (longest) layer-prefix match, later entries first.
    let by_layers = cfg
        .images
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, b)| {
            b.diff_ids.len() <= diff_ids.len()
                && b.diff_ids.iter().zip(&diff_ids).all(|(a, b)| a == b)
        })
        .max_by_key(|(_, b)| b.diff_ids.len());
    let current_of = |n: &str| {
        cfg.images
            .iter()
            .enumerate()
            .rev()
            .find(|(_, b)| b.name == n)
    };
    if let Some((i, b)) = by_layers {
        if let Some((j, cur)) = current_of(&b.name).filter(|(j, _)| *j != i) {
            let what = cur
                .digest
                .clone()
                .unwrap_or_else(|| format!("[[base.images]] entry {}", j + 1));
            sink.emit(
                Level::Warning,
                &STALE,
                format!(
                    "built on an older build of {} (its layers match [[base.images]] entry {}); the current build is {what}: rebuild on it",
                    b.name,
                    i + 1
                ),
                Some(Location::config("rootfs.diff_ids")),
            );
        }
        return;
    }
    if let (Some((n, _)), Some((d, at))) = (&name, &digest) {
        if let Some((_, cur)) = current_of(n) {
            if let Some(want) = cur.digest.as_deref().filter(|w| w != d) {
                sink.emit(
                    Level::Warning,
                    &STALE,
                    format!("built on {n} at {d}; the current build is {want}: rebuild on it"),
                    Some(Location::config(at.clone())),
                );
            }
        }
    }
    if let Some((d, _)) = &digest {
        if cfg.allowed_digests.iter().any(|a| a == d) {
            return;
        }
    }
    if let Some((n, _)) = &name {
        if let Some(r) = Reference::parse(n) {
            if cfg.allowed.iter().any(|p| under(p, &r)) {
                return;
            }
        }
    }
    match (name, digest) {
        (None, None) => sink.emit(
            Level::Error,
            &UNKNOWN,
            "the base image cannot be identified: no org.opencontainers.image.base.name/.digest annotation or label, and the layers match no [[base.images]] entry",
            Some(Location::config("annotations")),
        ),
        (name, digest) => {
            let what = match (&name, &digest) {
                (Some((n, _)), Some((d, _))) => format!("{n} ({d})"),
                (Some((n, _)), None) => n.to_string(),
                (None, Some((d, _))) => d.to_string(),
                (None, None) => String::new(),
            };
            let at = name.as_ref().or(digest.as_ref()).map(|(_, at)| at.clone());
            sink.emit(
                Level::Error,
                &NOT_ALLOWED,
                format!("the base image {what} is not an allowed base image"),
                at.map(Location::config),
            );
        }
    }
}
