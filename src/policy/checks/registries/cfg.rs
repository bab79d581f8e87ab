//! `[registries]`: where the image may come from and how it is named.
//!
//! ```toml
//! [registries]
//! allowed = ["registry.example.com/team/", "docker.io/library/debian"]
//! latest = "warning"        # tag `latest` or no tag at all: error | warning | note | off
//! require-digest = "off"    # the pipeline's --reference must be pinned by @sha256:...
//! ```

use crate::policy::cfg::{Cx, Tbl};
use crate::policy::diag::Level;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    /// Allowed `registry/repository` prefixes of the normalized reference;
    /// empty = any registry.
    pub allowed: Vec<String>,
    pub latest: Level,
    pub require_digest: Level,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            allowed: Vec::new(),
            latest: Level::Warning,
            require_digest: Level::Off,
        }
    }
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(list) = t.strings(cx, "allowed") {
        for p in list {
            let s = p.get_ref().trim();
            if s.is_empty() || s.contains(char::is_whitespace) || s.contains(['@', '*']) {
                cx.err(
                    p.span(),
                    format!(
                        "`registries.allowed`: {:?} is not a registry/repository prefix (e.g. \"registry.example.com/team/\"; no globs, no digests)",
                        p.get_ref()
                    ),
                );
            } else {
                c.allowed.push(s.to_ascii_lowercase());
            }
        }
    }
    if let Some(l) = t.level(cx, "latest") {
        c.latest = l;
    }
    if let Some(l) = t.level(cx, "require-digest") {
        c.require_digest = l;
    }
    c
}
