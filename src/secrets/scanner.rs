//! The streaming secret scanner: one file (or config value) at a time, fed
//! in pieces of any size as the layer streams by. It never holds a whole
//! large file: text is searched in chunks of [`CHUNK`] bytes that overlap
//! by [`OVERLAP`] bytes, so a match that crosses a chunk boundary is seen
//! whole in the next chunk and reported once.
//!
//! Per chunk, a search for every rule's keywords (ASCII case-insensitive;
//! see [`super::keywords`]) says where rules
//! can match; only those rules' regexes run, over [`NEAR`] bytes around each
//! keyword (or the whole chunk for rules whose keywords are context). A file is skipped (see [`skip_path`] and
//! [`MAX_FILE`]) by its path or size before a byte is read, or as binary
//! once a NUL byte shows up in its first [`SNIFF`] bytes.
//!
//! A match's value is hashed and previewed at once; only the rule, line,
//! redacted preview and fingerprint are kept.

use super::rules::{self, Check};
use super::{Compiled, CompiledSecrets};
use crate::redact;

/// Bytes searched at a time.
pub const CHUNK: usize = 256 << 10;
/// Bytes carried into the next chunk: the longest value a rule may need
/// after its start (a PEM body is read up to 16 KiB on).
pub const OVERLAP: usize = 16 << 10;
/// Bytes kept before the carried part, so a keyword that precedes a value
/// (`password = `) is still in view.
pub const BACK: usize = 512;
/// How far around a keyword the regex of a (non-context) rule looks.
pub const NEAR: usize = 1024;
/// A NUL byte in the first `SNIFF` bytes marks a file as binary (git's rule).
pub const SNIFF: usize = 8000;
/// Files larger than this are not scanned (logs, dumps, data files).
pub const MAX_FILE: u64 = 32 << 20;

/// Directories whose files are not scanned: documentation, manuals,
/// translations, time zones and licence texts shipped by packages.
const SKIP_DIRS: &[&str] = &[
    "usr/share/doc/",
    "usr/share/man/",
    "usr/share/info/",
    "usr/share/locale/",
    "usr/share/i18n/",
    "usr/share/zoneinfo/",
    "usr/share/common-licenses/",
    "usr/share/mime/",
];

/// Extensions of files that are compressed, media or compiled: never text.
const SKIP_EXTENSIONS: &[&str] = &[
    ".gz", ".xz", ".bz2", ".zst", ".lz4", ".zip", ".jar", ".war", ".whl", ".png", ".jpg", ".jpeg",
    ".gif", ".ico", ".webp", ".woff", ".woff2", ".ttf", ".otf", ".so", ".a", ".o", ".pyc", ".mo",
    ".deb", ".rpm", ".class", ".wasm",
];

/// Extensions of documentation files, where the generic rule does not run
/// (their `password = "…"` lines are examples).
const DOC_EXTENSIONS: &[&str] = &[
    ".md",
    ".markdown",
    ".rst",
    ".adoc",
    ".html",
    ".htm",
    ".rdoc",
    ".pod",
];

/// Whether a layer path is a documentation file (see [`DOC_EXTENSIONS`];
/// also READMEs, Python package metadata and `.env.example`-style files).
pub fn doc_path(path: &str) -> bool {
    let base = path.rsplit('/').next().unwrap_or(path);
    DOC_EXTENSIONS.iter().any(|e| {
        base.len() > e.len()
            && base
                .get(base.len() - e.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(e))
    }) || base.starts_with("README")
        || base.starts_with("CHANGELOG")
        || base == "PKG-INFO"
        || (base == "METADATA" && path.contains(".dist-info/"))
        || (base.starts_with(".env.")
            && [
                ".example",
                ".sample",
                ".template",
                ".tmpl",
                ".dist",
                ".defaults",
            ]
            .iter()
            .any(|e| base.ends_with(e)))
}

/// Whether a layer path (no leading `/`) is skipped by the documented rule.
pub fn skip_path(path: &str) -> bool {
    SKIP_DIRS.iter().any(|d| path.starts_with(d))
        || SKIP_EXTENSIONS.iter().any(|e| {
            path.len() > e.len()
                && path
                    .get(path.len() - e.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(e))
        })
}

/// One match in a scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`CompiledSecrets::rules`].
    pub rule: usize,
    /// 1-based line of the value's first byte.
    pub line: u32,
    /// `AKIA… (20 chars)`: see [`redact::preview`].
    pub preview: String,
    /// `sha256:<hex>` of the value.
    pub fingerprint: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    Sniff,
    Scan,
    Done,
}

/// Scans one text after another, reusing its buffers.
pub struct Scanner<'c> {
    cs: &'c CompiledSecrets,
    state: State,
    buf: Vec<u8>,
    /// Offset in the file of `buf[0]`.
    base: u64,
    /// Values starting before this offset were already considered.
    done_upto: u64,
    /// Newlines in the file before `base`.
    lines_before: u32,
    /// Rules that run on every chunk of this file (by its name).
    forced: Vec<usize>,
    /// The file is documentation (the generic rule does not run there).
    doc: bool,
    /// Per rule: the byte ranges of the chunk its regex runs over.
    windows: Vec<Vec<(usize, usize)>>,
    /// The rules with windows in this chunk (only those are cleared and
    /// run: most chunks touch few of the rules).
    touched: Vec<usize>,
    /// The chunk, ASCII-lowercased, for a keyword search that needs it.
    low: Vec<u8>,
    /// File offsets of values already reported (one finding per value).
    seen: Vec<u64>,
    hits: Vec<Hit>,
}

impl<'c> Scanner<'c> {
    pub fn new(cs: &'c CompiledSecrets) -> Scanner<'c> {
        Scanner {
            cs,
            state: State::Idle,
            buf: Vec::new(),
            base: 0,
            done_upto: 0,
            lines_before: 0,
            forced: Vec::new(),
            doc: false,
            windows: vec![Vec::new(); cs.rules.len()],
            touched: Vec::new(),
            low: Vec::new(),
            seen: Vec::new(),
            hits: Vec::new(),
        }
    }

    fn reset(&mut self) {
        self.state = State::Idle;
        self.buf.clear();
        self.base = 0;
        self.done_upto = 0;
        self.lines_before = 0;
        self.forced.clear();
        self.doc = false;
        self.seen.clear();
        self.hits.clear();
    }

    /// Start a file of a layer (`path` without a leading `/`). Returns false
    /// (and scans nothing) when the path or size rule skips it or a policy
    /// allows the path.
    pub fn begin_file(&mut self, path: &str, size: u64) -> bool {
        self.reset();
        if size == 0 || size > MAX_FILE || skip_path(path) || self.cs.path_allowed(path) {
            self.state = State::Done;
            return false;
        }
        let base = path.rsplit('/').next().unwrap_or(path);
        for &i in &self.cs.file_rules {
            if self.cs.rules[i].forced_for(base) {
                self.forced.push(i);
            }
        }
        self.doc = doc_path(path);
        self.state = State::Sniff;
        true
    }

    /// Start a config value (env, label, history line): always text, and
    /// the keyword prefilter picks the rules as for files.
    pub fn begin_text(&mut self) {
        self.reset();
        self.state = State::Scan;
    }

    /// Whether more bytes of the current file are wanted.
    pub fn wants_more(&self) -> bool {
        matches!(self.state, State::Sniff | State::Scan)
    }

    /// The next bytes of the current file.
    pub fn feed(&mut self, data: &[u8]) {
        match self.state {
            State::Idle | State::Done => return,
            State::Sniff => {
                let room = SNIFF.saturating_sub(self.buf.len()).min(data.len());
                if memchr::memchr(0, &data[..room]).is_some() {
                    self.state = State::Done;
                    self.buf.clear();
                    return;
                }
                self.buf.extend_from_slice(data);
                if self.buf.len() >= SNIFF {
                    self.state = State::Scan;
                }
            }
            State::Scan => self.buf.extend_from_slice(data),
        }
        if self.buf.len() >= CHUNK + OVERLAP {
            self.process(false);
        }
    }

    /// End the current file; returns its hits.
    pub fn finish(&mut self) -> Vec<Hit> {
        if self.wants_more() && !self.buf.is_empty() {
            self.process(true);
        }
        self.state = State::Idle;
        self.buf.clear();
        std::mem::take(&mut self.hits)
    }

    /// Search the buffer; unless at the end, keep its tail for the next round.
    fn process(&mut self, eof: bool) {
        let cs = self.cs;
        let len = self.buf.len();
        let limit = if eof { len } else { len - OVERLAP };
        for &r in &self.touched {
            self.windows[r].clear();
        }
        self.touched.clear();
        for &r in &self.forced {
            self.windows[r].push((0, len));
            self.touched.push(r);
        }
        // Keywords are found ASCII case-insensitively: in the text as it is,
        // or in a lowercased copy for a searcher that needs one (see
        // `Keywords::folds_case`).
        let text = if cs.keywords.folds_case() {
            &self.buf
        } else {
            self.low.clear();
            self.low.extend(self.buf.iter().map(u8::to_ascii_lowercase));
            &self.low
        };
        let (windows, touched) = (&mut self.windows, &mut self.touched);
        cs.keywords.for_each(text, |start, end, k| {
            for &r in &cs.keyword_rules[k] {
                let w = if cs.rules[r].context {
                    (0, len)
                } else {
                    (start.saturating_sub(NEAR), (end + NEAR).min(len))
                };
                let ws = &mut windows[r];
                match ws.last_mut() {
                    Some(last) if w.0 <= last.1 => last.1 = last.1.max(w.1),
                    Some(_) => ws.push(w),
                    None => {
                        ws.push(w);
                        touched.push(r);
                    }
                }
            }
        });
        // Rules run in their order (the first rule to report a value wins).
        self.touched.sort_unstable();
        self.touched.dedup();
        let buf = &self.buf;
        for &ri in &self.touched {
            let rule = &cs.rules[ri];
            if self.doc && rule.check.documentation_examples() {
                continue;
            }
            let regex = rule.regex();
            for &(a, b) in &self.windows[ri] {
                for caps in regex.captures_iter(&buf[a..b]) {
                    let Some(m) = caps
                        .name("secret")
                        .or_else(|| caps.name("secret2"))
                        .or_else(|| caps.get(1))
                        .or_else(|| caps.get(0))
                    else {
                        continue;
                    };
                    let start = a + m.start();
                    let abs = self.base + start as u64;
                    if start >= limit || abs < self.done_upto || self.seen.contains(&abs) {
                        continue;
                    }
                    let Some(value) = accept(rule, &caps, buf, a, start, m.as_bytes()) else {
                        continue;
                    };
                    let fingerprint = redact::fingerprint(&value);
                    if cs.fingerprint_allowed(&fingerprint) || rules::documented_dummy(&fingerprint)
                    {
                        continue;
                    }
                    self.seen.push(abs);
                    let line = self.lines_before as usize
                        + memchr::memchr_iter(b'\n', &buf[..start]).count()
                        + 1;
                    self.hits.push(Hit {
                        rule: ri,
                        line: u32::try_from(line).unwrap_or(u32::MAX),
                        preview: redact::preview(&value),
                        fingerprint,
                    });
                }
            }
        }
        if eof {
            return;
        }
        let keep_from = limit.saturating_sub(BACK);
        let dropped = memchr::memchr_iter(b'\n', &self.buf[..keep_from]).count();
        self.lines_before = self
            .lines_before
            .saturating_add(u32::try_from(dropped).unwrap_or(u32::MAX));
        self.buf.drain(..keep_from);
        self.base += keep_from as u64;
        self.done_upto = self.base + (limit - keep_from) as u64;
    }
}

/// Apply the rule's check to a match (`caps` over `buf[a..]`, the value at
/// `buf[start..]`); returns the value to fingerprint.
fn accept(
    rule: &Compiled,
    caps: &regex::bytes::Captures<'_>,
    buf: &[u8],
    a: usize,
    start: usize,
    value: &[u8],
) -> Option<Vec<u8>> {
    let ok = match rule.check {
        Check::Token => rules::token_ok(value),
        Check::Crc32 => rules::crc32_token_ok(value),
        Check::Custom => !rules::is_placeholder(value),
        Check::Jwt => rules::jwt_ok(value) && !rules::on_comment_line(buf, start),
        Check::Generic => {
            rules::generic_ok(value)
                && !rules::on_comment_line(buf, start)
                && caps
                    .name("name")
                    .is_none_or(|n| rules::secret_setting_name(n.as_bytes()))
        }
        Check::Password => rules::password_ok(value),
        Check::JwtBase64 => return rules::jwt_base64(value),
        Check::DockerAuth => rules::docker_auth_ok(value),
        Check::EnvName => caps.name("name").is_some_and(|n| {
            std::str::from_utf8(n.as_bytes()).is_ok_and(|name| {
                std::str::from_utf8(value).is_ok_and(|v| rules::env_secret(name, v))
            })
        }),
        Check::K8sSecret => {
            let indent = caps.name("indent").map_or(0, |m| m.len());
            return rules::k8s_secret_value(buf, start, indent, value);
        }
        Check::Putty => {
            let lines = caps.name("lines")?.as_bytes();
            return rules::putty_body(lines, value);
        }
        Check::PemPlain | Check::PemEncrypted => {
            let end = a + caps.get(0).map_or(0, |m| m.end());
            let (body, hdr_enc) = rules::pem_body(buf.get(end..).unwrap_or_default())?;
            let kind = caps.name("kind").map_or(&b""[..], |m| m.as_bytes());
            let enc = rules::pem_encrypted(kind, hdr_enc, &body);
            if enc != (rule.check == Check::PemEncrypted) {
                return None;
            }
            return Some(body);
        }
    };
    ok.then(|| value.to_vec())
}
