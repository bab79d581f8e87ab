//! Image references (`[registry/]repository[:tag][@digest]`) as a
//! pipeline or an image's own names give them, parsed and normalized as
//! Docker does (`debian` is `docker.io/library/debian`). The `registries`
//! and `base` checks judge them; VEX matches `pkg:oci` products with them.

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
