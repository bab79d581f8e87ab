//! The `registries` check over the image reference: the pipeline's
//! `--reference` when given, else the names the image carries (docker
//! `RepoTags`, OCI `ref.name` / `io.containerd.image.name`).

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};

/// A parsed image reference, normalized as Docker does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// `docker.io`, `registry.example.com:5000`, `localhost`.
    pub registry: String,
    /// `library/debian`, `team/app`.
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Reference {
    /// Parse `[registry/]repository[:tag][@digest]`; `None` for garbage.
    pub fn parse(s: &str) -> Option<Reference> {
        let s = s.trim();
        let (rest, digest) = match s.split_once('@') {
            Some((r, d)) => (r, Some(d.to_string())),
            None => (s, None),
        };
        let last_slash = rest.rfind('/');
        let (name, tag) = match rest.rfind(':') {
            Some(i) if last_slash.is_none_or(|j| i > j) => {
                (&rest[..i], Some(rest[i + 1..].to_string()))
            }
            _ => (rest, None),
        };
        if name.is_empty() || name.contains(char::is_whitespace) || tag.as_deref() == Some("") {
            return None;
        }
        let (registry, repository) = match name.split_once('/') {
            Some((first, rest))
                if first.contains('.') || first.contains(':') || first == "localhost" =>
            {
                (first.to_ascii_lowercase(), rest.to_string())
            }
            Some(_) => ("docker.io".to_string(), name.to_string()),
            None => ("docker.io".to_string(), format!("library/{name}")),
        };
        let registry = if registry == "index.docker.io" || registry == "registry-1.docker.io" {
            "docker.io".to_string()
        } else {
            registry
        };
        Some(Reference {
            registry,
            repository,
            tag,
            digest,
        })
    }

    /// `registry/repository` (no tag, no digest).
    pub fn name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }

    /// The normalized full form.
    pub fn full(&self) -> String {
        let mut s = self.name();
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }
}

/// Whether the normalized `reference` is under `prefix` at a boundary:
/// `registry.example.com/team/` covers `registry.example.com/team/app:1`,
/// `docker.io/library/debian` covers `docker.io/library/debian:12` but not
/// `docker.io/library/debian-slim`.
pub fn under(prefix: &str, reference: &Reference) -> bool {
    let full = reference.full().to_ascii_lowercase();
    let Some(rest) = full.strip_prefix(prefix) else {
        return false;
    };
    prefix.ends_with('/') || rest.is_empty() || rest.starts_with(['/', ':', '@'])
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn full(s: &str) -> Option<String> {
        Reference::parse(s).map(|r| r.full())
    }

    #[test]
    fn references_normalize_like_docker() {
        assert_eq!(full("debian").as_deref(), Some("docker.io/library/debian"));
        assert_eq!(
            full("debian:12").as_deref(),
            Some("docker.io/library/debian:12")
        );
        assert_eq!(full("team/app:1").as_deref(), Some("docker.io/team/app:1"));
        assert_eq!(
            full("localhost:5000/app:1").as_deref(),
            Some("localhost:5000/app:1")
        );
        assert_eq!(
            full("Registry.Example.com/team/app@sha256:ab").as_deref(),
            Some("registry.example.com/team/app@sha256:ab")
        );
        assert_eq!(
            full("index.docker.io/library/x:2").as_deref(),
            Some("docker.io/library/x:2")
        );
        assert_eq!(full(""), None);
        let r = Reference::parse("registry.example.com/team/app:1").unwrap();
        assert!(under("registry.example.com/team/", &r));
        assert!(under("registry.example.com/team", &r));
        assert!(!under("registry.example.com/te", &r));
        let d = Reference::parse("debian-slim:12").unwrap();
        assert!(!under("docker.io/library/debian", &d));
        assert!(under("docker.io/library/debian-slim", &d));
    }
}
