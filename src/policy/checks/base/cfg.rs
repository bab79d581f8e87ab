//! `[base]`: approved base images and operating systems.
//!
//! ```toml
//! [base]
//! allowed = ["docker.io/library/debian", "registry.example.com/base/"]  # base.name annotation prefixes
//! allowed-digests = ["sha256:…"]                                      # base.digest annotation
//! allowed-os = ["debian:12", "alpine:3.20", "ubuntu"]                  # family[:version prefix]
//! eol = "warning"           # OS release past its end of life: error | warning | note | off
//! eol-warning-days = 90     # note this many days before; 0 = off
//!
//! [[base.images]]           # identify a base by its layers (diff_ids, lowest first);
//!                           # per name oldest first: the last is the current build
//!                           # (an image on an earlier one gets base-image-stale)
//! name = "debian:bookworm-20241111"
//! diff-ids = ["sha256:…"]
//! ```

use crate::policy::cfg::{Cx, Tbl};
use crate::policy::diag::Level;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    pub allowed: Vec<String>,
    pub allowed_digests: Vec<String>,
    pub images: Vec<BaseImage>,
    /// (family, version prefix); empty = any OS.
    pub allowed_os: Vec<(String, Option<String>)>,
    pub eol: Level,
    pub eol_warning_days: u64,
}

/// A base image named by its layers.
#[derive(Debug, Clone)]
pub struct BaseImage {
    pub name: String,
    pub diff_ids: Vec<String>,
    /// The manifest digest of this build of the base, when known.
    pub digest: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            allowed: Vec::new(),
            allowed_digests: Vec::new(),
            images: Vec::new(),
            allowed_os: Vec::new(),
            eol: Level::Warning,
            eol_warning_days: 90,
        }
    }
}

impl Config {
    /// Whether any base-image allow-list is configured.
    pub fn restricts_base(&self) -> bool {
        !(self.allowed.is_empty() && self.allowed_digests.is_empty() && self.images.is_empty())
    }
}

fn is_digest(s: &str) -> bool {
    s.strip_prefix("sha256:").is_some_and(|h| {
        h.len() == 64
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(list) = t.strings(cx, "allowed") {
        for p in list {
            let s = p.get_ref().trim();
            if s.is_empty() || s.contains(char::is_whitespace) || s.contains('*') {
                cx.err(
                    p.span(),
                    format!(
                        "`base.allowed`: {:?} is not an image name prefix",
                        p.get_ref()
                    ),
                );
            } else {
                c.allowed.push(s.to_ascii_lowercase());
            }
        }
    }
    if let Some(list) = t.strings(cx, "allowed-digests") {
        for d in list {
            if is_digest(d.get_ref()) {
                c.allowed_digests.push(d.into_inner());
            } else {
                cx.err(
                    d.span(),
                    format!(
                        "`base.allowed-digests`: {:?} is not a sha256:<64 lowercase hex> digest",
                        d.get_ref()
                    ),
                );
            }
        }
    }
    for mut it in t.tables(cx, "images") {
        let name = it.str(cx, "name");
        let ids = it.strings(cx, "diff-ids");
        let digest = it.str(cx, "digest").and_then(|d| {
            if is_digest(d.get_ref()) {
                Some(d.into_inner())
            } else {
                cx.err(
                    d.span(),
                    format!(
                        "`{}.digest`: {:?} is not a sha256:<64 lowercase hex> digest",
                        it.path,
                        d.get_ref()
                    ),
                );
                None
            }
        });
        if name.is_none() {
            cx.err(it.span.clone(), format!("`{}` needs a `name`", it.path));
        }
        let mut diff_ids = Vec::new();
        match ids {
            None => cx.err(
                it.span.clone(),
                format!(
                    "`{}` needs `diff-ids` (the base's layer diff_ids, lowest first)",
                    it.path
                ),
            ),
            Some(v) if v.is_empty() => {
                cx.err(it.span.clone(), format!("`{}.diff-ids` is empty", it.path))
            }
            Some(v) => {
                for d in v {
                    if is_digest(d.get_ref()) {
                        diff_ids.push(d.into_inner());
                    } else {
                        cx.err(
                            d.span(),
                            format!(
                                "`{}.diff-ids`: {:?} is not a sha256:<64 lowercase hex> digest",
                                it.path,
                                d.get_ref()
                            ),
                        );
                    }
                }
            }
        }
        it.finish(cx);
        if let Some(name) = name {
            if !diff_ids.is_empty() {
                c.images.push(BaseImage {
                    name: name.into_inner(),
                    diff_ids,
                    digest,
                });
            }
        }
    }
    if let Some(list) = t.strings(cx, "allowed-os") {
        for o in list {
            let s = o.get_ref().trim();
            let (family, version) = match s.split_once(':') {
                Some((f, v)) => (f, Some(v)),
                None => (s, None),
            };
            let ok_family = !family.is_empty()
                && family.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                });
            if !ok_family
                || version.is_some_and(|v| v.is_empty() || v.contains(char::is_whitespace))
            {
                cx.err(o.span(), format!("`base.allowed-os`: {:?} is not `family` or `family:version` (e.g. \"debian:12\", \"alpine:3.20\")", o.get_ref()));
            } else {
                c.allowed_os
                    .push((family.to_string(), version.map(str::to_string)));
            }
        }
    }
    if let Some(l) = t.level(cx, "eol") {
        c.eol = l;
    }
    if let Some(n) = t.uint(cx, "eol-warning-days") {
        c.eol_warning_days = n;
    }
    c
}
