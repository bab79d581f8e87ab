//! `[secrets]`: which secret findings count, parsed and validated here and
//! mapped onto the scanner's config at the merge (see
//! [`super::to_secrets_config`]).
//!
//! ```toml
//! [secrets]
//! disable = ["generic-secret"]             # built-in rule ids not to run
//! allow-paths = ["/app/tests/**"]           # findings under these globs are dropped
//! allow-fingerprints = ["sha256:…"]         # findings with these fingerprints are dropped
//!
//! [[secrets.rules]]                         # custom rules
//! id = "acme-token"
//! title = "ACME internal API token"
//! severity = "error"                        # error | warning | note
//! regex = 'acme_[0-9a-f]{32}'
//! keywords = ["acme_"]                      # cheap pre-filter, optional
//! ```

use crate::policy::cfg::{globs, Cx, Tbl};
use crate::policy::diag::Level;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    pub disabled_rules: Vec<String>,
    pub allow_paths: Vec<String>,
    /// `sha256:<64 hex>`, lowercase.
    pub allow_fingerprints: Vec<String>,
    pub custom_rules: Vec<CustomRule>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            disabled_rules: Vec::new(),
            allow_paths: Vec::new(),
            allow_fingerprints: Vec::new(),
            custom_rules: Vec::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct CustomRule {
    pub id: String,
    pub title: String,
    /// Never `Off`.
    pub severity: Level,
    pub regex: String,
    /// Byte span of the `regex` value in the policy file (for compile errors at the merge).
    pub regex_at: Range<usize>,
    pub keywords: Vec<String>,
}

fn kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(list) = t.strings(cx, "disable") {
        for id in list {
            if kebab(id.get_ref()) {
                c.disabled_rules.push(id.into_inner());
            } else {
                cx.err(
                    id.span(),
                    format!(
                        "`secrets.disable`: {:?} is not a rule id (kebab-case)",
                        id.get_ref()
                    ),
                );
            }
        }
    }
    if let Some(g) = t.strings(cx, "allow-paths") {
        c.allow_paths = globs(cx, "secrets.allow-paths", g);
    }
    if let Some(list) = t.strings(cx, "allow-fingerprints") {
        for f in list {
            let ok = f.get_ref().strip_prefix("sha256:").is_some_and(|h| {
                h.len() == 64
                    && h.bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            });
            if ok {
                c.allow_fingerprints.push(f.into_inner());
            } else {
                cx.err(f.span(), format!("`secrets.allow-fingerprints`: {:?} is not a fingerprint (sha256:<64 lowercase hex>, as reports show it)", f.get_ref()));
            }
        }
    }
    let sev: &[(&str, Level)] = &[
        ("error", Level::Error),
        ("warning", Level::Warning),
        ("note", Level::Note),
    ];
    for mut r in t.tables(cx, "rules") {
        let id = r.str(cx, "id");
        let title = r.str(cx, "title");
        let severity = r.word(cx, "severity", sev);
        let regex = r.str(cx, "regex");
        let keywords = r.strings(cx, "keywords").unwrap_or_default();
        for (key, missing) in [
            ("id", id.is_none()),
            ("title", title.is_none()),
            ("regex", regex.is_none()),
        ] {
            if missing {
                cx.err(r.span.clone(), format!("`{}` needs `{key}`", r.path));
            }
        }
        if let Some(i) = &id {
            if !kebab(i.get_ref()) {
                cx.err(
                    i.span(),
                    format!("`{}.id`: {:?} is not kebab-case", r.path, i.get_ref()),
                );
            } else if c.custom_rules.iter().any(|x| x.id == *i.get_ref()) {
                cx.err(
                    i.span(),
                    format!("`{}.id`: {:?} is defined twice", r.path, i.get_ref()),
                );
            }
        }
        if let Some(re) = &regex {
            if re.get_ref().is_empty() {
                cx.err(re.span(), format!("`{}.regex` is empty", r.path));
            }
        }
        let keywords: Vec<String> = keywords
            .into_iter()
            .filter_map(|k| {
                if k.get_ref().is_empty() {
                    cx.err(
                        k.span(),
                        format!("`{}.keywords`: a keyword is empty", r.path),
                    );
                    None
                } else {
                    Some(k.into_inner())
                }
            })
            .collect();
        r.finish(cx);
        if let (Some(id), Some(title), Some(regex)) = (id, title, regex) {
            c.custom_rules.push(CustomRule {
                id: id.into_inner(),
                title: title.into_inner(),
                severity: severity.unwrap_or(Level::Error),
                regex_at: regex.span(),
                regex: regex.into_inner(),
                keywords,
            });
        }
    }
    c
}
