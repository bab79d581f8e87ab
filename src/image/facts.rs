//! The facts of an image that go into every report: identity (references,
//! digests, platform), runtime config (user, entrypoint, env names and
//! redacted values, ports, labels, healthcheck), history, layers and the
//! OS release. Built from a read [`Image`]; deterministic.

use crate::image::digest::Digest;
use crate::image::layers::LayerFacts;
use crate::image::Image;
use crate::redact;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize)]
pub struct ImageFacts {
    pub references: Vec<String>,
    pub manifest_digest: Option<Digest>,
    pub manifest_media_type: Option<String>,
    pub config_digest: Digest,
    pub os: Option<String>,
    pub architecture: Option<String>,
    pub variant: Option<String>,
    pub created: Option<String>,
    pub author: Option<String>,
    pub user: Option<String>,
    pub entrypoint: Option<Vec<String>>,
    pub cmd: Option<Vec<String>>,
    pub working_dir: Option<String>,
    pub env: Vec<EnvVar>,
    pub exposed_ports: Vec<String>,
    pub volumes: Vec<String>,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    pub stop_signal: Option<String>,
    pub healthcheck: Option<HealthcheckFacts>,
    pub history: Vec<HistoryEntry>,
    pub layers: Vec<LayerFacts>,
    pub os_release: Option<OsRelease>,
    pub totals: Totals,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnvVar {
    pub name: String,
    /// The value, or `[redacted: N chars]` when it looks secret.
    pub value: String,
    pub redacted: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct HealthcheckFacts {
    pub test: Vec<String>,
    pub interval_ns: Option<i64>,
    pub timeout_ns: Option<i64>,
    pub start_period_ns: Option<i64>,
    pub retries: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub created: Option<String>,
    /// The build step, with secret-looking values redacted.
    pub created_by: Option<String>,
    pub comment: Option<String>,
    pub empty_layer: bool,
    /// The layer this step produced, if it produced one.
    pub layer: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OsRelease {
    /// Path the release file was read from (after following links).
    pub path: String,
    pub layer: u32,
    pub id: Option<String>,
    pub id_like: Option<String>,
    pub version_id: Option<String>,
    pub version_codename: Option<String>,
    pub pretty_name: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub layers: usize,
    pub size: u64,
    pub uncompressed_size: u64,
    /// Entries in the final filesystem (after whiteouts).
    pub final_entries: usize,
    pub final_files: usize,
}

/// Parse an os-release file (`KEY=value`, shell-style quotes).
pub fn parse_os_release(text: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim();
        let v = if v.len() >= 2
            && ((v.starts_with('"') && v.ends_with('"'))
                || (v.starts_with('\'') && v.ends_with('\'')))
        {
            v[1..v.len() - 1]
                .replace("\\\"", "\"")
                .replace("\\\\", "\\")
        } else {
            v.to_string()
        };
        map.insert(k.trim().to_string(), v);
    }
    map
}

fn os_release(image: &Image) -> Option<OsRelease> {
    for candidate in ["etc/os-release", "usr/lib/os-release"] {
        let Some((path, node)) = image.tree.resolve(candidate) else {
            continue;
        };
        let Some(content) = node.content.as_deref() else {
            continue;
        };
        let map = parse_os_release(&String::from_utf8_lossy(content));
        let get = |k: &str| map.get(k).cloned();
        return Some(OsRelease {
            path: format!("/{path}"),
            layer: node.layer,
            id: get("ID"),
            id_like: get("ID_LIKE"),
            version_id: get("VERSION_ID"),
            version_codename: get("VERSION_CODENAME"),
            pretty_name: get("PRETTY_NAME"),
            name: get("NAME"),
        });
    }
    None
}

impl ImageFacts {
    pub fn from_image(image: &Image) -> ImageFacts {
        let r = &image.resolved;
        let c = r.config.config.clone().unwrap_or_default();
        let env = c
            .env
            .unwrap_or_default()
            .iter()
            .map(|kv| {
                let (name, value) = kv.split_once('=').unwrap_or((kv.as_str(), ""));
                let shown = redact::value(name, value);
                EnvVar {
                    name: name.to_string(),
                    redacted: shown != value,
                    value: shown,
                }
            })
            .collect();
        let labels = c
            .labels
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| {
                let v = redact::value(&k, &v);
                (k, v)
            })
            .collect();
        let mut layer_no = 0u32;
        let history = r
            .config
            .history
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|h| {
                let empty = h.empty_layer.unwrap_or(false);
                let layer = if empty {
                    None
                } else {
                    layer_no += 1;
                    Some(layer_no - 1)
                };
                HistoryEntry {
                    created: h.created,
                    created_by: h.created_by.as_deref().map(redact::line),
                    comment: h.comment.as_deref().map(redact::line),
                    empty_layer: empty,
                    layer,
                }
            })
            .collect();
        let final_files = image
            .tree
            .iter()
            .filter(|(_, n)| {
                matches!(
                    n.kind,
                    crate::image::fs::NodeKind::File | crate::image::fs::NodeKind::Hardlink(_)
                )
            })
            .count();
        ImageFacts {
            references: r.references.clone(),
            manifest_digest: r.manifest_digest.clone(),
            manifest_media_type: r.manifest_media_type.clone(),
            config_digest: r.config_digest.clone(),
            os: r.config.os.clone(),
            architecture: r.config.architecture.clone(),
            variant: r.config.variant.clone(),
            created: r.config.created.clone(),
            author: r.config.author.as_deref().map(redact::line),
            user: c.user.filter(|u| !u.is_empty()),
            entrypoint: c.entrypoint.as_deref().map(redact::argv),
            cmd: c.cmd.as_deref().map(redact::argv),
            working_dir: c.working_dir.filter(|w| !w.is_empty()),
            env,
            exposed_ports: c.exposed_ports.unwrap_or_default().into_keys().collect(),
            volumes: c.volumes.unwrap_or_default().into_keys().collect(),
            labels,
            annotations: r
                .annotations
                .iter()
                .map(|(k, v)| (k.clone(), redact::value(k, v)))
                .collect(),
            stop_signal: c.stop_signal,
            healthcheck: c.healthcheck.map(|h| HealthcheckFacts {
                test: redact::argv(&h.test.unwrap_or_default()),
                interval_ns: h.interval,
                timeout_ns: h.timeout,
                start_period_ns: h.start_period,
                retries: h.retries,
            }),
            history,
            layers: image.layers.clone(),
            os_release: os_release(image),
            totals: Totals {
                layers: image.layers.len(),
                size: image.layers.iter().map(|l| l.size).sum(),
                uncompressed_size: image.layers.iter().map(|l| l.uncompressed_size).sum(),
                final_entries: image.tree.len(),
                final_files,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_release_quotes() {
        let m = parse_os_release(
            "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n# c\nVERSION_ID='12'\n",
        );
        assert_eq!(m["PRETTY_NAME"], "Debian GNU/Linux 12 (bookworm)");
        assert_eq!(m["ID"], "debian");
        assert_eq!(m["VERSION_ID"], "12");
    }
}
