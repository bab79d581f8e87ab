//! The policy file `imagegate.toml`: parsed with spans (the `toml` crate's
//! `DeTable`, no serde path), then walked section by section into the
//! validated [`PolicyConfig`]. Every problem is collected, with file, line
//! and column, before failing: one `policy-invalid` error lists them all.
//! Unknown keys are errors, so a typo never silently weakens the gate.

use crate::error::{Error, ErrorKind, Result};
use crate::policy::checks;
use crate::policy::diag::Level;
use std::ops::Range;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The validated policy: one config per check.
#[derive(Debug, Clone, Default)]
pub struct PolicyConfig {
    pub vulnerabilities: checks::vulnerabilities::cfg::Config,
    pub registries: checks::registries::cfg::Config,
    pub base: checks::base::cfg::Config,
    pub least_privilege: checks::least_privilege::cfg::Config,
    pub files: checks::files::cfg::Config,
    pub config: checks::config::cfg::Config,
    pub secrets: checks::secrets::cfg::Config,
    pub signatures: checks::signatures::cfg::Config,
}

/// A position in the policy file, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Collects the errors of one policy file.
pub struct Cx<'a> {
    name: &'a str,
    text: &'a str,
    errors: Vec<(usize, String)>,
}

impl<'a> Cx<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Cx<'a> {
        Cx {
            name,
            text,
            errors: Vec::new(),
        }
    }

    /// Record an error at the start of `span`.
    pub fn err(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.errors.push((span.start, message.into()));
    }

    /// Line and column (in characters) of a byte offset.
    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let column = before
            .get(line_start..)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        Pos { line, column }
    }

    /// The `policy-invalid` error listing every problem, sorted by position.
    fn finish(mut self) -> Result<()> {
        if self.errors.is_empty() {
            return Ok(());
        }
        self.errors.sort();
        self.errors.dedup();
        let n = self.errors.len();
        let first = format!(
            "{n} error{} in the policy file",
            if n == 1 { "" } else { "s" }
        );
        let lines: Vec<String> = self
            .errors
            .iter()
            .map(|(off, m)| {
                let p = self.pos(*off);
                format!("{}:{}:{}: {m}", self.name, p.line, p.column)
            })
            .collect();
        Err(Error::with_lines(
            ErrorKind::PolicyInvalid,
            self.name,
            &first,
            &lines,
        ))
    }
}

/// One table of the policy file being read: typed getters record errors and
/// the keys they consumed; [`Tbl::finish`] reports every other key as unknown.
pub struct Tbl<'t, 'i> {
    table: &'t DeTable<'i>,
    /// The TOML path shown in messages, e.g. `vulnerabilities` or `vulnerabilities.ignore[2]`.
    pub path: String,
    /// Span of the whole table (for "missing key" errors).
    pub span: Range<usize>,
    used: Vec<&'static str>,
}

pub type Val<'i> = Spanned<DeValue<'i>>;

fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

impl<'t, 'i> Tbl<'t, 'i> {
    pub fn new(table: &'t DeTable<'i>, path: impl Into<String>, span: Range<usize>) -> Self {
        Tbl {
            table,
            path: path.into(),
            span,
            used: Vec::new(),
        }
    }

    /// From a value that must be a table.
    pub fn of(cx: &mut Cx<'_>, v: &'t Val<'i>, path: impl Into<String>) -> Option<Self> {
        let path = path.into();
        match v.get_ref() {
            DeValue::Table(t) => Some(Tbl::new(t, path, v.span())),
            other => {
                cx.err(
                    v.span(),
                    format!("`{path}` must be a table, found {}", type_name(other)),
                );
                None
            }
        }
    }

    fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The raw value of `key`, marking it as known.
    pub fn get(&mut self, key: &'static str) -> Option<&'t Val<'i>> {
        self.used.push(key);
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    fn wrong(&self, cx: &mut Cx<'_>, key: &str, v: &Val<'_>, want: &str) {
        cx.err(
            v.span(),
            format!(
                "`{}` must be {want}, found {}",
                self.key_path(key),
                type_name(v.get_ref())
            ),
        );
    }

    pub fn bool(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<bool> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong(cx, key, v, "a boolean (true or false)");
                None
            }
        }
    }

    pub fn str(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<Spanned<String>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(Spanned::new(v.span(), s.to_string())),
            _ => {
                self.wrong(cx, key, v, "a string");
                None
            }
        }
    }

    /// A non-negative integer.
    pub fn uint(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<u64> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => {
                let digits = i.as_str().replace('_', "");
                match u64::from_str_radix(digits.trim_start_matches('+'), i.radix()) {
                    Ok(n) => Some(n),
                    Err(_) => {
                        cx.err(
                            v.span(),
                            format!("`{}` must be a non-negative integer", self.key_path(key)),
                        );
                        None
                    }
                }
            }
            _ => {
                self.wrong(cx, key, v, "a non-negative integer");
                None
            }
        }
    }

    /// An array of strings.
    pub fn strings(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<Vec<Spanned<String>>> {
        let v = self.get(key)?;
        let DeValue::Array(a) = v.get_ref() else {
            self.wrong(cx, key, v, "an array of strings");
            return None;
        };
        let mut out = Vec::new();
        for (i, item) in a.iter().enumerate() {
            match item.get_ref() {
                DeValue::String(s) => out.push(Spanned::new(item.span(), s.to_string())),
                other => cx.err(
                    item.span(),
                    format!(
                        "`{}[{i}]` must be a string, found {}",
                        self.key_path(key),
                        type_name(other)
                    ),
                ),
            }
        }
        Some(out)
    }

    /// An array of tables (`[[x.y]]` or `y = [{ .. }]`).
    pub fn tables(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Vec<Tbl<'t, 'i>> {
        let path = self.key_path(key);
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(a) = v.get_ref() else {
            self.wrong(cx, key, v, "an array of tables");
            return Vec::new();
        };
        a.iter()
            .enumerate()
            .filter_map(|(i, item)| Tbl::of(cx, item, format!("{path}[{i}]")))
            .collect()
    }

    /// A sub-table.
    pub fn table(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<Tbl<'t, 'i>> {
        let path = self.key_path(key);
        let v = self.get(key)?;
        Tbl::of(cx, v, path)
    }

    /// A string from a fixed set of words.
    pub fn word<T: Copy>(
        &mut self,
        cx: &mut Cx<'_>,
        key: &'static str,
        words: &[(&str, T)],
    ) -> Option<T> {
        let s = self.str(cx, key)?;
        if let Some((_, t)) = words.iter().find(|(w, _)| *w == s.get_ref()) {
            return Some(*t);
        }
        let expected: Vec<String> = words.iter().map(|(w, _)| format!("\"{w}\"")).collect();
        cx.err(
            s.span(),
            format!(
                "`{}` = {:?} is not valid; expected one of {}",
                self.key_path(key),
                s.get_ref(),
                expected.join(", ")
            ),
        );
        None
    }

    /// A diagnostic level: `"error"`, `"warning"`, `"note"` or `"off"`.
    pub fn level(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<Level> {
        self.word(cx, key, Level::WORDS)
    }

    /// A `YYYY-MM-DD` date as a day number: a TOML local date or a string.
    pub fn date(&mut self, cx: &mut Cx<'_>, key: &'static str) -> Option<i64> {
        let v = self.get(key)?;
        let text = match v.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Datetime(d) => d.to_string(),
            _ => {
                self.wrong(cx, key, v, "a date (YYYY-MM-DD)");
                return None;
            }
        };
        match crate::time::parse_date(&text) {
            Some(d) => Some(d),
            None => {
                cx.err(
                    v.span(),
                    format!(
                        "`{}` = {text:?} is not a date in the form YYYY-MM-DD",
                        self.key_path(key)
                    ),
                );
                None
            }
        }
    }

    /// Report every key no getter asked for.
    pub fn finish(self, cx: &mut Cx<'_>) {
        for (k, _) in self.table.iter() {
            let name: &str = k.get_ref().as_ref();
            if !self.used.contains(&name) {
                let mut known: Vec<&str> = self.used.clone();
                known.sort_unstable();
                known.dedup();
                let within = if self.path.is_empty() {
                    "at the top level".to_string()
                } else {
                    format!("in `{}`", self.path)
                };
                cx.err(
                    k.span(),
                    format!(
                        "unknown key `{name}` {within}; expected one of: {}",
                        known.join(", ")
                    ),
                );
            }
        }
    }
}

/// Validate glob patterns (see [`crate::policy::glob`]); bad ones are errors.
pub fn globs(cx: &mut Cx<'_>, path: &str, list: Vec<Spanned<String>>) -> Vec<String> {
    let mut out = Vec::new();
    for g in list {
        match crate::policy::glob::validate(g.get_ref()) {
            Ok(()) => out.push(g.into_inner()),
            Err(why) => cx.err(
                g.span(),
                format!("`{path}`: glob {:?} is invalid: {why}", g.get_ref()),
            ),
        }
    }
    out
}

/// Parse and validate a policy file. `name` is how errors name the file.
pub fn parse(name: &str, text: &str) -> Result<PolicyConfig> {
    let mut cx = Cx::new(name, text);
    let (doc, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        for e in syntax {
            let span = e.span().unwrap_or(0..0);
            let msg = e.message().trim().to_string();
            cx.err(span, format!("TOML syntax: {msg}"));
        }
        cx.finish()?;
        return Err(Error::new(
            ErrorKind::PolicyInvalid,
            name,
            "the policy file is not valid TOML",
        ));
    }
    let mut top = Tbl::new(doc.get_ref(), "", doc.span());
    let mut cfg = PolicyConfig::default();
    macro_rules! section {
        ($key:literal, $field:ident, $module:ident) => {
            if let Some(mut t) = top.table(&mut cx, $key) {
                cfg.$field = checks::$module::cfg::parse(&mut cx, &mut t);
                t.finish(&mut cx);
            }
        };
    }
    section!("vulnerabilities", vulnerabilities, vulnerabilities);
    section!("registries", registries, registries);
    section!("base", base, base);
    section!("least-privilege", least_privilege, least_privilege);
    section!("files", files, files);
    section!("config", config, config);
    section!("secrets", secrets, secrets);
    section!("signatures", signatures, signatures);
    // Custom rules are compiled now, so a bad regex is a policy error with
    // its position, before any image is read.
    if let Err(errs) = checks::secrets::to_secrets_config(&cfg.secrets).compile() {
        for e in errs {
            let span = match (e.field, e.rule_index) {
                ("disabled_rules" | "allow_paths" | "allow_fingerprints", _) | (_, None) => 0..0,
                (_, Some(i)) => cfg
                    .secrets
                    .custom_rules
                    .get(i)
                    .map(|r| r.regex_at.clone())
                    .unwrap_or(0..0),
            };
            cx.err(span, format!("`secrets`: {e}"));
        }
    }
    top.finish(&mut cx);
    cx.finish()?;
    Ok(cfg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_characters() {
        let cx = Cx::new("p.toml", "a = 1\nbé = 2\n");
        assert_eq!(cx.pos(0), Pos { line: 1, column: 1 });
        assert_eq!(cx.pos(6), Pos { line: 2, column: 1 });
        // After "bé" (3 bytes, 2 chars).
        assert_eq!(cx.pos(9), Pos { line: 2, column: 3 });
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = parse("p.toml", "[vulnerabilities]\nfail-on = \n").unwrap_err();
        assert_eq!(e.kind, ErrorKind::PolicyInvalid);
        assert!(e.message.contains("p.toml:2:"), "{}", e.message);
    }

    #[test]
    fn empty_policy_is_the_default() {
        let c = parse("p.toml", "").unwrap();
        assert_eq!(format!("{c:?}"), format!("{:?}", PolicyConfig::default()));
    }
}
