//! Secret detection: credentials in every regular file of every layer
//! (including files a later layer deletes or replaces, which are still in
//! the image) and in the image config (env values, labels, history lines).
//!
//! [`rules`] holds the built-in rules, [`scanner`] the streaming search.
//! [`SecretsConfig`] is what a policy can change (disable rules, allow paths
//! or fingerprints, add rules); [`SecretsConfig::compile`] validates it into
//! [`CompiledSecrets`], collecting every error. [`LayerSecrets`] is driven by
//! the layer walk; [`scan_config`] covers the config.
//!
//! A secret's value never leaves this module: a finding carries the rule,
//! location, a redacted preview (`AKIA… (20 chars)`) and a fingerprint
//! (`sha256:<hex of the value>`) that a policy can allow.

pub mod keywords;
pub mod rules;
pub mod scanner;

use crate::image::digest::Digest;
use crate::image::fs::NodeKind;
use crate::image::oci::ImageConfig;
use crate::image::visit::{Body, FileInfo, Visitor};
pub use rules::Severity;
use rules::{Check, BUILTIN};
pub use scanner::{Hit, Scanner};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// A rule added by the policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomRule {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    /// A regex (Rust `regex` syntax, ASCII classes). The value is the group
    /// named `secret`, else group 1, else the whole match.
    pub regex: String,
    /// At least one; ASCII case-insensitive. The regex runs only on chunks
    /// that contain one of them.
    pub keywords: Vec<String>,
}

/// What a policy can change about secret detection. `Default`: every
/// built-in rule on, nothing allowed, no custom rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecretsConfig {
    /// Ids of built-in rules to turn off.
    pub disabled_rules: Vec<String>,
    /// Globs over absolute paths in the image (`/app/tests/**`); files they
    /// match are not scanned. `*` does not cross `/`, `**` does.
    pub allow_paths: Vec<String>,
    /// Fingerprints (`sha256:<64 hex>`) of values that are not findings.
    pub allow_fingerprints: Vec<String>,
    pub custom_rules: Vec<CustomRule>,
}

/// One problem in a [`SecretsConfig`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The index in `custom_rules` (or in `allow_paths`/`allow_fingerprints`/
    /// `disabled_rules`, per `field`), when the error is about one entry.
    pub rule_index: Option<usize>,
    /// `disabled_rules`, `allow_paths`, `allow_fingerprints`, or the custom
    /// rule's field: `id`, `title`, `regex`, `keywords`.
    pub field: &'static str,
    /// What is wrong; for a bad regex, the parser's message with the position.
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.rule_index {
            Some(i) => write!(f, "secrets.{}[{i}]: {}", self.field, self.message),
            None => write!(f, "secrets.{}: {}", self.field, self.message),
        }
    }
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    /// The regex source; compiled on first use (most rules never see a
    /// keyword in a given image, so their regex is never built).
    pattern: String,
    regex: std::sync::OnceLock<regex::bytes::Regex>,
    pub check: Check,
    pub files: Vec<String>,
    /// See [`rules::Rule::context`].
    pub context: bool,
}

impl Compiled {
    /// The rule's regex, compiled on first use. Built-in patterns are tested
    /// to compile and custom ones are compiled when the policy is checked, so
    /// the never-matching fallback is unreachable in practice.
    pub fn regex(&self) -> &regex::bytes::Regex {
        self.regex.get_or_init(|| {
            compile_regex(&self.pattern).unwrap_or_else(|_| {
                regex::bytes::Regex::new("[a&&b]").unwrap_or_else(|_| unreachable!())
            })
        })
    }

    /// Whether the rule always runs on a file with this last path component.
    pub fn forced_for(&self, base: &str) -> bool {
        self.files.iter().any(|f| {
            if let Some(suffix) = f.strip_prefix('*') {
                base.len() > suffix.len() && base.ends_with(suffix)
            } else if let Some(prefix) = f.strip_suffix('*') {
                base.len() > prefix.len() && base.starts_with(prefix)
            } else {
                f == base
            }
        })
    }
}

/// A validated [`SecretsConfig`], ready to scan.
#[derive(Debug, Clone)]
pub struct CompiledSecrets {
    pub rules: Vec<Compiled>,
    keywords: keywords::Keywords,
    /// The automaton's patterns (lowercase).
    patterns: Vec<String>,
    /// The rules that name files they always run on (see [`Compiled::forced_for`]).
    file_rules: Vec<usize>,
    /// Per keyword pattern: the rules it triggers.
    keyword_rules: Vec<Vec<usize>>,
    allow_paths: globset::GlobSet,
    allow_fingerprints: HashSet<String>,
    /// Whether [`rules::ENV_SECRET`] is on.
    env_rule: bool,
}

fn compile_regex(pattern: &str) -> Result<regex::bytes::Regex, String> {
    regex::bytes::RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(4 << 20)
        .build()
        .map_err(|e| e.to_string())
}

/// The literal prefixes (lowercased, at least 4 bytes) that every match of
/// `pattern` starts its value with: those of the `secret` group when it has
/// them, else those of the whole pattern. `None` when there are none (the
/// value starts with a class, or the prefixes are too short to search for).
pub fn literal_prefixes(pattern: &str) -> Option<Vec<String>> {
    use regex_syntax::hir::{literal, Hir, HirKind};
    fn secret_group(h: &Hir) -> Option<&Hir> {
        match h.kind() {
            HirKind::Capture(c) if c.name.as_deref() == Some("secret") => Some(&c.sub),
            HirKind::Capture(c) => secret_group(&c.sub),
            HirKind::Repetition(r) => secret_group(&r.sub),
            HirKind::Concat(hs) | HirKind::Alternation(hs) => hs.iter().find_map(secret_group),
            _ => None,
        }
    }
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .ok()?;
    let mut extractor = literal::Extractor::new();
    extractor
        .kind(literal::ExtractKind::Prefix)
        .limit_class(10)
        .limit_total(64);
    let from = |h: &Hir| -> Option<Vec<String>> {
        let seq = extractor.extract(h);
        let lits = seq.literals()?;
        if lits.is_empty() || lits.iter().any(|l| l.as_bytes().len() < 4) {
            return None;
        }
        let mut out: Vec<String> = lits
            .iter()
            .map(|l| String::from_utf8_lossy(l.as_bytes()).to_ascii_lowercase())
            .collect();
        out.sort();
        out.dedup();
        Some(out)
    };
    secret_group(&hir).and_then(from).or_else(|| from(&hir))
}

fn valid_fingerprint(f: &str) -> bool {
    f.strip_prefix("sha256:").is_some_and(|h| {
        h.len() == 64
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

impl SecretsConfig {
    /// Validate and compile; every problem is reported, not just the first.
    pub fn compile(&self) -> Result<CompiledSecrets, Vec<ConfigError>> {
        let mut errors = self.unknown_disabled_rules();
        let mut set = RuleSet::default();
        self.add_builtin_rules(&mut set);
        for (i, c) in self.custom_rules.iter().enumerate() {
            self.add_custom_rule(i, c, &mut set, &mut errors);
        }
        let allow_paths = self.allow_lists(&mut errors);
        let (patterns, keyword_rules) = keyword_index(set.keywords);
        let keywords = match keywords::Keywords::new(&patterns) {
            Ok(k) => k,
            Err(e) => {
                errors.push(ConfigError {
                    rule_index: None,
                    field: "keywords",
                    message: e.to_string(),
                });
                return Err(errors);
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let compiled = set.compiled;
        Ok(CompiledSecrets {
            file_rules: compiled
                .iter()
                .enumerate()
                .filter(|(_, r)| !r.files.is_empty())
                .map(|(i, _)| i)
                .collect(),
            rules: compiled,
            keywords,
            patterns,
            keyword_rules,
            allow_paths,
            allow_fingerprints: self.allow_fingerprints.iter().cloned().collect(),
            env_rule: !self
                .disabled_rules
                .iter()
                .any(|d| d == rules::ENV_SECRET.id),
        })
    }

    /// `disabled_rules` entries that name no rule.
    fn unknown_disabled_rules(&self) -> Vec<ConfigError> {
        self.disabled_rules
            .iter()
            .enumerate()
            .filter(|(_, id)| !BUILTIN.iter().any(|r| r.id == *id) && *id != rules::ENV_SECRET.id)
            .map(|(i, id)| ConfigError {
                rule_index: Some(i),
                field: "disabled_rules",
                message: format!("unknown rule id {id:?}"),
            })
            .collect()
    }

    /// Every built-in rule that is not disabled, with its keywords.
    fn add_builtin_rules(&self, set: &mut RuleSet) {
        for r in BUILTIN {
            if self.disabled_rules.iter().any(|d| d == r.id) {
                continue;
            }
            // The prefilter: the rule's own keywords, else the literal
            // prefixes of its value (a test checks every rule has one or
            // the other, or file names that force it).
            let keywords: Vec<String> = if r.keywords.is_empty() {
                literal_prefixes(r.regex).unwrap_or_default()
            } else {
                r.keywords.iter().map(|k| k.to_string()).collect()
            };
            set.add(
                keywords.iter().map(|k| k.to_ascii_lowercase()),
                Compiled {
                    id: r.id.to_string(),
                    title: r.title.to_string(),
                    severity: r.severity,
                    pattern: r.regex.to_string(),
                    regex: std::sync::OnceLock::new(),
                    check: r.check,
                    files: r.files.iter().map(|f| f.to_string()).collect(),
                    context: r.context,
                },
            );
        }
    }

    /// Validate custom rule `i` and add it when its regex compiles (its
    /// other problems are collected, and fail the compile at the end).
    fn add_custom_rule(
        &self,
        i: usize,
        c: &CustomRule,
        set: &mut RuleSet,
        errors: &mut Vec<ConfigError>,
    ) {
        let mut err = |field, message: String| {
            errors.push(ConfigError {
                rule_index: Some(i),
                field,
                message,
            })
        };
        let kebab = !c.id.is_empty()
            && c.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !kebab {
            err("id", format!("{:?} is not a kebab-case id", c.id));
        } else if BUILTIN.iter().any(|r| r.id == c.id)
            || c.id == rules::ENV_SECRET.id
            || self.custom_rules[..i].iter().any(|o| o.id == c.id)
        {
            err("id", format!("{:?} is already a rule id", c.id));
        }
        if c.title.trim().is_empty() {
            err("title", "is empty".to_string());
        }
        let derived = literal_prefixes(&c.regex);
        if c.keywords.iter().all(|k| k.is_empty()) && derived.is_none() {
            err(
                "keywords",
                "needs at least one non-empty keyword (the prefilter), or a regex whose value starts with a literal of 4 or more characters".to_string(),
            );
        }
        let regex = match compile_regex(&c.regex) {
            Err(e) => return err("regex", e),
            Ok(regex) => regex,
        };
        let own: Vec<String> = c
            .keywords
            .iter()
            .filter(|k| !k.is_empty())
            .map(|k| k.to_ascii_lowercase())
            .collect();
        let keywords = if own.is_empty() {
            derived.unwrap_or_default()
        } else {
            own
        };
        let lazy = std::sync::OnceLock::new();
        let _ = lazy.set(regex);
        set.add(
            keywords,
            Compiled {
                id: c.id.clone(),
                title: c.title.clone(),
                severity: c.severity,
                pattern: c.regex.clone(),
                regex: lazy,
                check: Check::Custom,
                files: Vec::new(),
                context: false,
            },
        );
    }

    /// The allowed paths as one glob set; bad globs and fingerprints are
    /// collected into `errors`.
    fn allow_lists(&self, errors: &mut Vec<ConfigError>) -> globset::GlobSet {
        let mut globs = globset::GlobSetBuilder::new();
        for (i, g) in self.allow_paths.iter().enumerate() {
            let pattern = if g.starts_with('/') || g.starts_with("**") {
                g.clone()
            } else {
                format!("/{g}")
            };
            match globset::GlobBuilder::new(&pattern)
                .literal_separator(true)
                .build()
            {
                Ok(glob) => {
                    globs.add(glob);
                }
                Err(e) => errors.push(ConfigError {
                    rule_index: Some(i),
                    field: "allow_paths",
                    message: e.to_string(),
                }),
            }
        }
        for (i, f) in self.allow_fingerprints.iter().enumerate() {
            if !valid_fingerprint(f) {
                errors.push(ConfigError {
                    rule_index: Some(i),
                    field: "allow_fingerprints",
                    message: format!("{f:?} is not sha256:<64 lowercase hex digits>"),
                });
            }
        }
        globs.build().unwrap_or_else(|e| {
            errors.push(ConfigError {
                rule_index: None,
                field: "allow_paths",
                message: e.to_string(),
            });
            globset::GlobSet::empty()
        })
    }
}

/// The rules being compiled and the prefilter keywords that trigger them
/// (lowercase keyword, rule index).
#[derive(Default)]
struct RuleSet {
    compiled: Vec<Compiled>,
    keywords: Vec<(String, usize)>,
}

impl RuleSet {
    fn add(&mut self, keywords: impl IntoIterator<Item = String>, rule: Compiled) {
        let index = self.compiled.len();
        self.keywords
            .extend(keywords.into_iter().map(|k| (k, index)));
        self.compiled.push(rule);
    }
}

/// One pattern per distinct keyword, triggering every rule that lists it.
/// A keyword that contains another is dropped and its rules move to the
/// shorter one, which occurs wherever it does. There is no cap on the
/// number of patterns: the automaton's cost is measured instead
/// (docs/secrets.md). Returns the patterns and, per pattern, its rules.
fn keyword_index(mut kw: Vec<(String, usize)>) -> (Vec<String>, Vec<Vec<usize>>) {
    kw.sort_by(|a, b| (a.0.len(), &a.0).cmp(&(b.0.len(), &b.0)));
    let mut patterns: Vec<String> = Vec::new();
    let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
    for (k, r) in kw {
        match patterns.iter().position(|p| k.contains(p.as_str())) {
            Some(p) => keyword_rules[p].push(r),
            None => {
                patterns.push(k);
                keyword_rules.push(vec![r]);
            }
        }
    }
    for rules in &mut keyword_rules {
        rules.sort_unstable();
        rules.dedup();
    }
    (patterns, keyword_rules)
}

impl CompiledSecrets {
    /// How many distinct keywords the prefilter searches for.
    pub fn keyword_count(&self) -> usize {
        self.keyword_rules.len()
    }

    /// Whether the prefilter finds the keyword text `k` (lowercase) for rule
    /// `rule`: some pattern that triggers the rule occurs in `k`.
    pub fn prefilter_finds(&self, k: &str, rule: usize) -> bool {
        self.patterns
            .iter()
            .zip(&self.keyword_rules)
            .any(|(p, rules)| k.contains(p.as_str()) && rules.contains(&rule))
    }

    /// The built-in rules, nothing allowed.
    pub fn builtin() -> CompiledSecrets {
        // The built-in rules are covered by tests; compiling them cannot fail.
        SecretsConfig::default()
            .compile()
            .unwrap_or_else(|_| unreachable!("built-in secret rules compile"))
    }

    /// Whether a policy glob allows the layer path `path` (no leading `/`).
    pub fn path_allowed(&self, path: &str) -> bool {
        !self.allow_paths.is_empty() && self.allow_paths.is_match(format!("/{path}"))
    }

    pub fn fingerprint_allowed(&self, fingerprint: &str) -> bool {
        self.allow_fingerprints.contains(fingerprint)
    }

    fn finding(&self, hit: &Hit, source: Source) -> SecretFinding {
        let r = &self.rules[hit.rule];
        SecretFinding {
            rule: r.id.clone(),
            title: r.title.clone(),
            severity: r.severity,
            source,
            layer: None,
            layer_diff_id: None,
            path: None,
            key: None,
            line: None,
            deleted_in_layer: None,
            preview: hit.preview.clone(),
            fingerprint: hit.fingerprint.clone(),
        }
    }
}

/// Where a secret was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    File,
    Env,
    Label,
    History,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::File => "file",
            Source::Env => "env",
            Source::Label => "label",
            Source::History => "history",
        }
    }
}

/// One secret found in the image. Never holds the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretFinding {
    pub rule: String,
    pub title: String,
    pub severity: Severity,
    pub source: Source,
    /// The layer (0-based) holding the file.
    pub layer: Option<u32>,
    pub layer_diff_id: Option<Digest>,
    /// The file, absolute (`/app/.env`).
    pub path: Option<String>,
    /// The env variable or label name, or `history[N]`.
    pub key: Option<String>,
    /// 1-based line in the file.
    pub line: Option<u32>,
    /// The first later layer that deleted or replaced the file: the secret
    /// is no longer visible in the final filesystem but still in the image.
    pub deleted_in_layer: Option<u32>,
    /// The first 4 characters (when the value has at least 16) and the length.
    pub preview: String,
    /// `sha256:<hex of the value>`: what a policy allows.
    pub fingerprint: String,
}

impl SecretFinding {
    /// Where it is, for messages: `/app/.env:3`, `env API_TOKEN`, `history[2]`.
    pub fn location(&self) -> String {
        match self.source {
            Source::File => format!(
                "{}:{}",
                self.path.as_deref().unwrap_or("?"),
                self.line.unwrap_or(0)
            ),
            Source::History => self.key.clone().unwrap_or_default(),
            s => format!("{} {}", s.as_str(), self.key.as_deref().unwrap_or("?")),
        }
    }

    /// The config part, as report locations name it: `config.Env[NAME]`,
    /// `config.Labels[key]`, `history[N]`.
    pub fn config_location(&self) -> String {
        let key = self.key.as_deref().unwrap_or("?");
        match self.source {
            Source::Env => format!("config.Env[{key}]"),
            Source::Label => format!("config.Labels[{key}]"),
            Source::History | Source::File => key.to_string(),
        }
    }

    fn order_key(&self) -> impl Ord + '_ {
        (
            self.source,
            self.layer,
            self.path.as_deref(),
            self.key.as_deref(),
            self.line,
            self.rule.as_str(),
            self.fingerprint.as_str(),
        )
    }
}

/// Sort findings deterministically: source, layer, path/key, line, rule.
pub fn sort(findings: &mut [SecretFinding]) {
    findings.sort_by(|a, b| a.order_key().cmp(&b.order_key()));
}

/// Secret detection state across the layer walk: scans files as they
/// stream, and tracks which later layer deletes or replaces a file that
/// held a secret.
pub struct LayerSecrets<'c> {
    cs: &'c CompiledSecrets,
    pub scanner: Scanner<'c>,
    findings: Vec<SecretFinding>,
    /// Findings of lower layers that no layer has deleted yet, by path (no
    /// leading `/`; indexes into `findings`). A whiteout is a range of this
    /// map and a finding leaves it once deleted, so each finding is visited
    /// once however many whiteouts follow.
    lower: BTreeMap<String, Vec<usize>>,
    /// Findings of the layer being walked (its own whiteouts do not delete
    /// them), moved into `lower` when the next layer starts.
    current: Vec<(String, usize)>,
    /// The layer being walked.
    layer: u32,
    /// Scratch buffer for draining a file's rest.
    pub scratch: Vec<u8>,
}

impl<'c> LayerSecrets<'c> {
    pub fn new(cs: &'c CompiledSecrets) -> LayerSecrets<'c> {
        LayerSecrets {
            cs,
            scanner: Scanner::new(cs),
            findings: Vec::new(),
            lower: BTreeMap::new(),
            current: Vec::new(),
            layer: 0,
            scratch: Vec::new(),
        }
    }

    /// The rules this scan uses.
    pub fn rules(&self) -> &'c CompiledSecrets {
        self.cs
    }

    /// Layers are walked in order: when `layer` starts, the findings of the
    /// previous one become lower-layer findings.
    fn enter(&mut self, layer: u32) {
        if layer != self.layer {
            for (path, i) in self.current.drain(..) {
                self.lower.entry(path).or_default().push(i);
            }
            self.layer = layer;
        }
    }

    /// Record the hits of the file `path` of layer `layer`.
    pub fn record(&mut self, layer: u32, path: &str, hits: Vec<Hit>) {
        self.enter(layer);
        for h in hits {
            let mut f = self.cs.finding(&h, Source::File);
            f.layer = Some(layer);
            f.path = Some(format!("/{path}"));
            f.line = Some(h.line);
            self.current.push((path.to_string(), self.findings.len()));
            self.findings.push(f);
        }
    }

    /// Feed the rest of the current file from `r` to the scanner (until it
    /// has seen enough), then record its hits.
    pub fn scan_rest(
        &mut self,
        r: &mut dyn std::io::Read,
        layer: u32,
        path: &str,
    ) -> std::io::Result<()> {
        if self.scanner.wants_more() {
            self.scratch.resize(64 << 10, 0);
            loop {
                let n = match r.read(&mut self.scratch) {
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                if n == 0 {
                    break;
                }
                self.scanner.feed(&self.scratch[..n]);
                if !self.scanner.wants_more() {
                    break;
                }
            }
        }
        let hits = self.scanner.finish();
        self.record(layer, path, hits);
        Ok(())
    }

    /// Mark the lower-layer findings at these paths deleted by `layer`.
    fn delete_paths(&mut self, layer: u32, paths: Vec<String>) {
        for path in paths {
            for i in self.lower.remove(&path).unwrap_or_default() {
                let f = &mut self.findings[i];
                if f.deleted_in_layer.is_none() {
                    f.deleted_in_layer = Some(layer);
                }
            }
        }
    }

    /// The findings, with each layer's diff_id filled in.
    pub fn into_findings(self, diff_ids: &[Digest]) -> Vec<SecretFinding> {
        let mut out = self.findings;
        for f in &mut out {
            f.layer_diff_id = f
                .layer
                .and_then(|l| diff_ids.get(usize::try_from(l).ok()?).cloned());
        }
        out
    }
}

/// The secret scanner's visitor of the layer walk: every regular file is
/// scanned (from the tree's captured content or as it streams by), and
/// whiteouts and rewrites mark lower layers' findings deleted.
impl Visitor for LayerSecrets<'_> {
    /// Layer `layer` writes `path` (any kind): a file of a lower layer there is replaced.
    fn written(&mut self, layer: u32, path: &str) {
        self.enter(layer);
        if self.lower.contains_key(path) {
            self.delete_paths(layer, vec![path.to_string()]);
        }
    }

    /// Layer `layer` deletes `path` and everything below it (a whiteout),
    /// or only what is below it (`opaque`: `.wh..wh..opq`).
    fn deleted(&mut self, layer: u32, path: &str, opaque: bool) {
        self.enter(layer);
        if self.lower.is_empty() {
            return;
        }
        let paths: Vec<String> = if path.is_empty() {
            self.lower.keys().cloned().collect()
        } else {
            // Everything below `path/`: '0' is the byte after '/'.
            let below = self
                .lower
                .range(format!("{path}/")..format!("{path}0"))
                .map(|(p, _)| p.clone());
            let own = (!opaque && self.lower.contains_key(path)).then(|| path.to_string());
            below.chain(own).collect()
        };
        self.delete_paths(layer, paths);
    }

    fn file(&mut self, info: &FileInfo<'_>, body: Body<'_>) -> std::io::Result<()> {
        if *info.kind != NodeKind::File || !self.scanner.begin_file(info.path, info.size) {
            return Ok(());
        }
        match body {
            Body::Kept(c) => {
                self.scanner.feed(c);
                let hits = self.scanner.finish();
                self.record(info.layer, info.path, hits);
                Ok(())
            }
            Body::Stream(r) | Body::TooLarge { rest: r, .. } => {
                self.scan_rest(r, info.layer, info.path)
            }
            Body::LinkNotKept { .. } => Ok(()),
        }
    }
}

/// Scan one config text with every rule; returns the hits.
fn scan_text(scanner: &mut Scanner<'_>, text: &str) -> Vec<Hit> {
    scanner.begin_text();
    scanner.feed(text.as_bytes());
    scanner.finish()
}

/// The [`rules::ENV_SECRET`] finding for `name=value`, if it applies.
fn env_by_name(
    cs: &CompiledSecrets,
    name: &str,
    value: &str,
    source: Source,
    key: &str,
) -> Option<SecretFinding> {
    if !cs.env_rule || !rules::env_secret(name, value) {
        return None;
    }
    let fingerprint = crate::redact::fingerprint(value.as_bytes());
    if cs.fingerprint_allowed(&fingerprint) {
        return None;
    }
    let r = rules::ENV_SECRET;
    Some(SecretFinding {
        rule: r.id.to_string(),
        title: r.title.to_string(),
        severity: r.severity,
        source,
        layer: None,
        layer_diff_id: None,
        path: None,
        key: Some(key.to_string()),
        line: None,
        deleted_in_layer: None,
        preview: crate::redact::preview(value.as_bytes()),
        fingerprint,
    })
}

/// Secrets in the image config: env values (`NAME=value`, also by a secret
/// variable name), labels (`key=value`) and history `created_by` lines
/// (build args and `ENV` steps leak there).
pub fn scan_config(cs: &CompiledSecrets, config: &ImageConfig) -> Vec<SecretFinding> {
    let mut out = Vec::new();
    let mut scanner = Scanner::new(cs);
    let runtime = config.config.clone().unwrap_or_default();
    for kv in runtime.env.unwrap_or_default() {
        let (name, value) = kv.split_once('=').unwrap_or((kv.as_str(), ""));
        let hits = scan_text(&mut scanner, &kv);
        let key = name.to_string();
        if hits.is_empty() {
            out.extend(env_by_name(cs, name, value, Source::Env, &key));
        }
        for h in &hits {
            let mut f = cs.finding(h, Source::Env);
            f.key = Some(key.clone());
            out.push(f);
        }
    }
    for (k, v) in runtime.labels.unwrap_or_default() {
        for h in scan_text(&mut scanner, &format!("{k}={v}")) {
            let mut f = cs.finding(&h, Source::Label);
            f.key = Some(k.clone());
            out.push(f);
        }
    }
    for (i, h) in config.history.iter().flatten().enumerate() {
        let Some(line) = &h.created_by else { continue };
        let key = format!("history[{i}]");
        let hits = scan_text(&mut scanner, line);
        if hits.is_empty() {
            // `ENV NAME=value` / `ARG NAME=value` words with a secret name.
            for word in line.split_whitespace() {
                let word = word.trim_matches(|c| c == '"' || c == '\'');
                if let Some((name, value)) = word.split_once('=') {
                    let value = value.trim_matches(|c| c == '"' || c == '\'');
                    out.extend(env_by_name(cs, name, value, Source::History, &key));
                }
            }
        }
        for hit in hits {
            let mut f = cs.finding(&hit, Source::History);
            f.key = Some(key.clone());
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests;
