//! Maven version ordering, per the Maven "Version Order Specification"
//! (ComparableVersion):
//!
//! - the version is split into tokens at `.`, `-` and every change between
//!   digits and non-digits (a change counts as `-`); each token keeps its
//!   separator (its "prefix"); an empty token is `0`; tokens are
//!   case-insensitive; `cr` is `rc`, `ga`/`final`/`release` are the empty
//!   qualifier, and `a`/`b`/`m` directly followed by digits are `alpha`/
//!   `beta`/`milestone`;
//! - trailing "null" tokens (`0`, empty) are trimmed at the end and before
//!   each remaining `-`;
//! - comparing, the shorter list is padded with null tokens (`.0`, or the
//!   empty `-` qualifier); numbers compare numerically and above
//!   qualifiers; known qualifiers order `alpha < beta < milestone < rc <
//!   snapshot < "" < sp`, then unknown ones alphabetically; between
//!   different prefixes `.qualifier < -qualifier < -number < .number`.
//!
//! **Which Maven.** This is the ordering OSV evaluates Maven ranges with
//! (osv.dev and osv-scanner, whose vectors `maven-versions*.txt` this module
//! passes), i.e. `ComparableVersion` before the fixes of Maven 3.9.x and 4:
//! MNG-7644 (`1.0.0.RC1 < 1.0.0-RC2`, `1.0.X == 1.0.0.X`), MNG-6964 (how a
//! sub-list of null items compares) and MNG-7714 (`sp` qualifiers against
//! `final`). For those corner cases imagegate agrees with OSV, which wrote
//! the ranges, not with a Maven 3.9 client.

use super::{cmp_digits, is_digits};
use std::cmp::Ordering;

/// Compare two Maven versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let ta = tokens(a);
    let tb = tokens(b);
    for i in 0..ta.len().max(tb.len()) {
        let (x, y) = match (ta.get(i), tb.get(i)) {
            (Some(x), Some(y)) => (x.clone(), y.clone()),
            (Some(x), None) => (x.clone(), Token::null_for(x)),
            (None, Some(y)) => (Token::null_for(y), y.clone()),
            (None, None) => break,
        };
        if x.prefix == y.prefix && x.value == y.value {
            continue;
        }
        return x.cmp(&y);
    }
    Ordering::Equal
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    /// The first token.
    None,
    Dot,
    Dash,
}

#[derive(Debug, Clone)]
struct Token {
    prefix: Prefix,
    value: String,
    /// A padding token.
    null: bool,
}

const KEYWORDS: &[&str] = &["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];

fn keyword_rank(v: &str) -> usize {
    KEYWORDS
        .iter()
        .position(|k| *k == v)
        .unwrap_or(KEYWORDS.len())
}

impl Token {
    /// The padding token matched against `other`.
    fn null_for(other: &Token) -> Token {
        let value = match other.prefix {
            Prefix::Dash => "",
            // `sp` is the one qualifier above the empty one.
            _ if other.value == "sp" => "",
            _ => "0",
        };
        let prefix = match other.prefix {
            Prefix::Dash => Prefix::Dash,
            _ => Prefix::Dot,
        };
        Token {
            prefix,
            value: value.to_string(),
            null: true,
        }
    }

    fn is_number(&self) -> bool {
        is_digits(&self.value)
    }

    /// Rank across different prefixes.
    fn prefix_rank(&self) -> u8 {
        match (self.prefix, self.is_number()) {
            (Prefix::Dash, true) => 2,
            (Prefix::Dash, false) => 1,
            (_, true) => 3,
            (_, false) => 0,
        }
    }

    /// Order of two tokens known to differ.
    fn cmp(&self, w: &Token) -> Ordering {
        if self.prefix != w.prefix {
            return self.prefix_rank().cmp(&w.prefix_rank());
        }
        let (vn, wn) = (self.is_number(), w.is_number());
        if vn && wn {
            return cmp_digits(&self.value, &w.value);
        }
        if vn && !self.null {
            return Ordering::Greater;
        }
        if wn && !w.null {
            return Ordering::Less;
        }
        let (ri, rj) = (keyword_rank(&self.value), keyword_rank(&w.value));
        if ri == KEYWORDS.len() && rj == KEYWORDS.len() {
            self.value.cmp(&w.value)
        } else {
            ri.cmp(&rj)
        }
    }
}

/// Tokenise and normalise a version, then trim the null tokens.
fn tokens(s: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    // Raw tokens with the separator before each.
    let mut raws = Vec::new();
    let mut prefix = Prefix::None;
    let mut rest = s;
    while let Some(i) = rest.find(['.', '-']) {
        raws.push((prefix, rest.get(..i).unwrap_or_default()));
        prefix = if rest.get(i..).is_some_and(|r| r.starts_with('-')) {
            Prefix::Dash
        } else {
            Prefix::Dot
        };
        rest = rest.get(i + 1..).unwrap_or_default();
    }
    raws.push((prefix, rest));
    for (prefix, raw) in raws {
        let pieces = split_transitions(raw);
        let count = pieces.len();
        for (j, piece) in pieces.into_iter().enumerate() {
            let p = if j > 0 { Prefix::Dash } else { prefix };
            let mut v = piece.to_lowercase();
            if v.is_empty() {
                v = "0".to_string();
            }
            let followed_by_digits = j + 1 < count;
            let v = match v.as_str() {
                "cr" => "rc".to_string(),
                "ga" | "final" | "release" => String::new(),
                "a" if followed_by_digits => "alpha".to_string(),
                "b" if followed_by_digits => "beta".to_string(),
                "m" if followed_by_digits => "milestone".to_string(),
                d if is_digits(d) => {
                    let t = d.trim_start_matches('0');
                    if t.is_empty() { "0" } else { t }.to_string()
                }
                _ => v,
            };
            out.push(Token {
                prefix: p,
                value: v,
                null: false,
            });
        }
    }
    trim(&mut out);
    out
}

/// Split a raw token wherever it changes between digits and non-digits.
fn split_transitions(raw: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut prev: Option<bool> = None;
    for (i, c) in raw.char_indices() {
        let digit = c.is_ascii_digit();
        if prev.is_some_and(|p| p != digit) {
            pieces.push(raw.get(start..i).unwrap_or_default());
            start = i;
        }
        prev = Some(digit);
    }
    pieces.push(raw.get(start..).unwrap_or_default());
    pieces
}

/// Drop trailing null tokens (`0`, empty) at the end, then before each
/// remaining `-` token, from the end backwards.
fn trim(tokens: &mut Vec<Token>) {
    let is_null = |t: &Token| t.value == "0" || t.value.is_empty();
    let mut i = tokens.len().saturating_sub(1);
    while i > 0 {
        if tokens.get(i).is_some_and(is_null) {
            tokens.remove(i);
            i -= 1;
            continue;
        }
        // Back to the nearest `-` token, then to the one before it.
        loop {
            match tokens.get(i) {
                Some(t) if t.prefix != Prefix::Dash => {}
                _ => break,
            }
            if i == 0 {
                return;
            }
            i -= 1;
        }
        if i == 0 {
            return;
        }
        i -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::compare;
    use crate::vulndb::version::vectors;
    use std::cmp::Ordering::*;

    #[test]
    fn corpus_maven_versions() {
        vectors::check("maven-versions.txt", compare);
    }

    #[test]
    fn corpus_maven_versions_generated() {
        vectors::check("maven-versions-generated.txt", compare);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(compare("1.0", "1"), Equal);
        assert_eq!(compare("1.0-final", "1"), Equal);
        assert_eq!(compare("1-alpha", "1-beta"), Less);
        assert_eq!(compare("1-rc1", "1-cr1"), Equal);
        assert_eq!(compare("1-SNAPSHOT", "1"), Less);
        assert_eq!(compare("1-sp1", "1"), Greater);
        assert_eq!(compare("1.0a1", "1.0-alpha-1"), Equal);
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
