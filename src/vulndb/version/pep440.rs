//! PEP 440 ordering (PyPI), as implemented by `packaging`'s `Version`:
//! `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`, with the normalisation
//! PEP 440 allows (case, `-`/`_`/`.` separators or none, `alpha`/`beta`/
//! `c`/`pre`/`preview`/`rev`/`r` spellings, implicit numbers, the `1.0-1`
//! post-release form, a leading `v`, surrounding whitespace).
//!
//! Ordering is packaging's `_cmpkey`: epoch; release with trailing zeros
//! ignored; a dev-only release before every pre-release of the same
//! release; no pre-release after any; then post, dev (none last) and local
//! (none first; numeric segments above alphanumeric ones).
//!
//! Invalid versions: the corpus vectors (`pypi-versions.txt`) expect them to
//! be ordered, not rejected, as packaging's `LegacyVersion` (before 22.0)
//! did: below every valid version, and among themselves by setuptools'
//! legacy key (runs of digits zero-padded, words prefixed with `*`,
//! `pre`/`preview`/`rc` → `c`, `dev` → `@`, `-` → `final-`).

use super::{cmp_digits, is_digits};
use std::cmp::Ordering;

/// Compare two PyPI versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let la = a.to_lowercase();
    let lb = b.to_lowercase();
    match (Version::parse(&la), Version::parse(&lb)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => legacy_key(&la).cmp(&legacy_key(&lb)),
    }
}

/// Whether `v` is a valid PEP 440 version (packaging's `Version` accepts it).
pub fn is_valid(v: &str) -> bool {
    Version::parse(&v.to_lowercase()).is_some()
}

/// A parsed (lowercase) PEP 440 version; numbers are digit strings.
#[derive(Debug)]
struct Version<'a> {
    epoch: &'a str,
    release: Vec<&'a str>,
    /// `("a" | "b" | "rc", number)`.
    pre: Option<(&'static str, &'a str)>,
    post: Option<&'a str>,
    dev: Option<&'a str>,
    local: Option<Vec<&'a str>>,
}

/// A cursor over the version text.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or_default()
    }
    fn eat(&mut self, t: &str) -> bool {
        if self.rest().starts_with(t) {
            self.pos += t.len();
            true
        } else {
            false
        }
    }
    fn eat_sep(&mut self) -> bool {
        self.eat("-") || self.eat("_") || self.eat(".")
    }
    fn digits(&mut self) -> &'a str {
        let r = self.rest();
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        self.pos += n;
        r.get(..n).unwrap_or_default()
    }
    /// The first of `words` (longest first) that follows.
    fn word(&mut self, words: &[&'static str]) -> Option<&'static str> {
        let w = words.iter().find(|w| self.rest().starts_with(**w))?;
        self.pos += w.len();
        Some(w)
    }
}

fn non_empty_or_zero(d: &str) -> &str {
    if d.is_empty() {
        "0"
    } else {
        d
    }
}

impl<'a> Version<'a> {
    fn parse(s: &'a str) -> Option<Version<'a>> {
        let s = s.trim_matches(|c: char| c.is_whitespace());
        let s = s.strip_prefix('v').unwrap_or(s);
        let mut c = Cursor { s, pos: 0 };

        // Epoch.
        let mut epoch = "0";
        let first = c.digits();
        let first = if !first.is_empty() && c.eat("!") {
            epoch = first;
            c.digits()
        } else {
            first
        };

        // Release.
        if first.is_empty() {
            return None;
        }
        let mut release = vec![first];
        loop {
            let save = c.pos;
            if c.eat(".") {
                let d = c.digits();
                if !d.is_empty() {
                    release.push(d);
                    continue;
                }
            }
            c.pos = save;
            break;
        }

        // Pre-release.
        let save = c.pos;
        c.eat_sep();
        let pre = match c.word(&["alpha", "beta", "preview", "pre", "rc", "a", "b", "c"]) {
            Some(label) => {
                c.eat_sep();
                let n = non_empty_or_zero(c.digits());
                let label = match label {
                    "alpha" | "a" => "a",
                    "beta" | "b" => "b",
                    _ => "rc",
                };
                Some((label, n))
            }
            None => {
                c.pos = save;
                None
            }
        };

        // Post-release: `-N`, or `[sep](post|rev|r)[sep][N]`.
        let save = c.pos;
        let mut post = None;
        if c.eat("-") {
            let n = c.digits();
            if !n.is_empty() {
                post = Some(n);
            } else {
                c.pos = save;
            }
        }
        if post.is_none() {
            c.eat_sep();
            if c.word(&["post", "rev", "r"]).is_some() {
                c.eat_sep();
                post = Some(non_empty_or_zero(c.digits()));
            } else {
                c.pos = save;
            }
        }

        // Development release.
        let save = c.pos;
        c.eat_sep();
        let dev = if c.eat("dev") {
            c.eat_sep();
            Some(non_empty_or_zero(c.digits()))
        } else {
            c.pos = save;
            None
        };

        // Local version label.
        let local = if c.eat("+") {
            let label = c.rest();
            let parts: Vec<&str> = label.split(['-', '_', '.']).collect();
            let ok = parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
            if !ok {
                return None;
            }
            c.pos = s.len();
            Some(parts)
        } else {
            None
        };

        if !c.rest().is_empty() {
            return None;
        }
        Some(Version {
            epoch,
            release,
            pre,
            post,
            dev,
            local,
        })
    }

    fn cmp(&self, w: &Version) -> Ordering {
        cmp_digits(self.epoch, w.epoch)
            .then_with(|| cmp_release(&self.release, &w.release))
            .then_with(|| self.pre_key().cmp(&w.pre_key()))
            .then_with(|| cmp_opt(self.post, w.post, Ordering::Less))
            .then_with(|| cmp_opt(self.dev, w.dev, Ordering::Greater))
            .then_with(|| cmp_local(self.local.as_deref(), w.local.as_deref()))
    }

    /// packaging's pre-release key: a dev-only release below all, no
    /// pre-release above all.
    fn pre_key(&self) -> PreKey<'_> {
        match self.pre {
            None if self.post.is_none() && self.dev.is_some() => PreKey::Min,
            None => PreKey::Max,
            Some((label, n)) => PreKey::Pre(label, Num(n)),
        }
    }
}

/// A digit string ordered by value.
#[derive(Debug, PartialEq, Eq)]
struct Num<'a>(&'a str);

impl PartialOrd for Num<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Num<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_digits(self.0, other.0)
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum PreKey<'a> {
    Min,
    Pre(&'static str, Num<'a>),
    Max,
}

/// Release segments, the shorter padded with zeros.
fn cmp_release(a: &[&str], b: &[&str]) -> Ordering {
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or("0");
        let y = b.get(i).copied().unwrap_or("0");
        let ord = cmp_digits(x, y);
        if ord.is_ne() {
            return ord;
        }
    }
    Ordering::Equal
}

/// Optional numbers; `missing` is how an absent one compares to a present one.
fn cmp_opt(a: Option<&str>, b: Option<&str>, missing: Ordering) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => missing,
        (Some(_), None) => missing.reverse(),
        (Some(x), Some(y)) => cmp_digits(x, y),
    }
}

/// Local labels: none first; segment by segment, numeric ones by value and
/// above alphanumeric ones; then the longer wins.
fn cmp_local(a: Option<&[&str]>, b: Option<&[&str]>) -> Ordering {
    let (a, b) = match (a, b) {
        (None, None) => return Ordering::Equal,
        (None, Some(_)) => return Ordering::Less,
        (Some(_), None) => return Ordering::Greater,
        (Some(a), Some(b)) => (a, b),
    };
    for (x, y) in a.iter().zip(b) {
        let ord = match (is_digits(x), is_digits(y)) {
            (true, true) => cmp_digits(x, y),
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => x.cmp(y),
        };
        if ord.is_ne() {
            return ord;
        }
    }
    a.len().cmp(&b.len())
}

/// setuptools' legacy key (packaging's `_legacy_cmpkey`) of a lowercase
/// string. The string is cut into runs of digits, runs of letters, `.` and
/// `-`, keeping the text between them too (as `re.split` does).
fn legacy_key(s: &str) -> Vec<String> {
    let mut raw: Vec<&str> = Vec::new();
    let mut rest = s;
    let mut other = 0; // length of the unmatched text before the next token
    while let Some(c) = rest.get(other..).and_then(|r| r.chars().next()) {
        let r = rest.get(other..).unwrap_or_default();
        let len = if c.is_ascii_digit() {
            r.bytes().take_while(u8::is_ascii_digit).count()
        } else if c.is_ascii_lowercase() {
            r.bytes().take_while(u8::is_ascii_lowercase).count()
        } else if c == '.' || c == '-' {
            1
        } else {
            other += c.len_utf8();
            continue;
        };
        raw.push(rest.get(..other).unwrap_or_default());
        raw.push(r.get(..len).unwrap_or_default());
        rest = r.get(len..).unwrap_or_default();
        other = 0;
    }
    raw.push(rest);

    let mut parts: Vec<String> = Vec::new();
    let tokens = raw
        .into_iter()
        .map(|p| match p {
            "pre" | "preview" | "rc" => "c",
            "-" => "final-",
            "dev" => "@",
            p => p,
        })
        .filter(|p| !p.is_empty() && *p != ".")
        .map(|p| {
            if p.starts_with(|c: char| c.is_ascii_digit()) {
                format!("{p:0>8}")
            } else {
                format!("*{p}")
            }
        })
        .chain(std::iter::once("*final".to_string()));
    for part in tokens {
        if part.starts_with('*') {
            if part.as_str() < "*final" {
                while parts.last().is_some_and(|p| p == "*final-") {
                    parts.pop();
                }
            }
            while parts.last().is_some_and(|p| p == "00000000") {
                parts.pop();
            }
        }
        parts.push(part);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_pypi_versions() {
        vectors::check("pypi-versions.txt", compare);
    }

    #[test]
    fn corpus_pypi_versions_generated() {
        vectors::check("pypi-versions-generated.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0", "1.0.0"), Equal);
        assert_eq!(compare("1.0.dev0", "1.0a0"), Less);
        assert_eq!(compare("1.0a1", "1.0"), Less);
        assert_eq!(compare("1.0", "1.0.post1"), Less);
        assert_eq!(compare("1.0-1", "1.0.post1"), Equal);
        assert_eq!(compare("V1.0ALPHA1", "1.0a1"), Equal);
        assert_eq!(compare("1.0c1", "1.0rc1"), Equal);
        assert_eq!(compare(" 1.0 ", "1.0"), Equal);
        assert_eq!(compare("1!0.1", "2.0"), Greater);
        assert_eq!(compare("1.0+abc.5", "1.0+abc.10"), Less);
        assert_eq!(compare("1.0+5", "1.0+abc"), Greater);
        assert_eq!(compare("not a version", "0.0.1"), Less, "invalid first");
        assert_eq!(
            compare(
                "1.99999999999999999999999999999",
                "1.100000000000000000000000000000"
            ),
            Less
        );
        vectors::never_panics(compare);
    }
}
