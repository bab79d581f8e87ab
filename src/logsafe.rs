//! Text from an image or a DB made safe for terminals and CI logs.
//!
//! An image controls its file names, tar headers, labels, env, history and
//! package names; a DB controls advisory text. Printed raw, such a string can
//! start a line of its own (`\n`), move the cursor or recolour the terminal
//! (ESC), or be read by the CI system as a command: GitHub Actions reads a line
//! that starts with `::` (after blanks) as a workflow command, Azure Pipelines
//! reads `##vso[` anywhere in a line as a logging command (and `##[` as a
//! formatting command). [`log_safe`] turns every such string into one inert
//! line: control characters become visible escapes (`\n`, `\u{1b}`), the Azure
//! prefixes get a backslash (`##vso\[`), and a leading `::` becomes `\::`.
//! Every message, diagnostic and human-readable report runs image and DB text
//! through it. The JSON-family reports keep the exact data and only spell `#`
//! of an Azure prefix as the JSON escape `\u0023` ([`defuse_json`]), which
//! every JSON reader turns back into `#`.

use std::borrow::Cow;

/// Whether `c` must be shown as an escape: control characters (C0, DEL, C1),
/// the Unicode line and paragraph separators, and the bidirectional controls
/// that can make a line read differently from what it holds.
pub(crate) fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// The Azure Pipelines command prefixes, matched case-insensitively.
const AZURE_PREFIXES: [&str; 2] = ["##vso[", "##["];

/// Length of an Azure prefix that starts `s` (case-insensitive), if any.
fn azure_prefix_at(s: &str) -> Option<usize> {
    AZURE_PREFIXES
        .iter()
        .find(|p| s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        .map(|p| p.len())
}

/// Whether `s` needs any change to be log-safe.
fn needs_escape(s: &str) -> bool {
    s.trim_start().starts_with("::")
        || s.chars().any(is_unsafe_char)
        || s.match_indices("##")
            .any(|(i, _)| azure_prefix_at(&s[i..]).is_some())
}

/// `s` as one inert line for a terminal or CI log (see the module docs).
/// Returns `s` itself when nothing needs escaping.
pub fn log_safe(s: &str) -> Cow<'_, str> {
    if !needs_escape(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '#' {
            if let Some(n) = azure_prefix_at(&s[i..]) {
                // Copy the prefix up to its `[` and escape the bracket.
                out.push_str(&s[i..i + n - 1]);
                out.push_str("\\[");
                for _ in 1..n {
                    chars.next();
                }
                continue;
            }
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe_char(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    // Line breaks are escapes now, so the result is one line: it must not
    // start (after blanks) with GitHub's `::`.
    let lead = out.len() - out.trim_start().len();
    if out[lead..].starts_with("::") {
        out.insert(lead, '\\');
    }
    Cow::Owned(out)
}

/// Owned [`log_safe`].
pub fn log_safe_string(s: &str) -> String {
    log_safe(s).into_owned()
}

/// A JSON document (a rendered report) with every Azure command prefix that a
/// string holds spelled with the JSON escape `\u0023` for its first `#`. The
/// data is unchanged for any JSON reader; a log that shows the document holds
/// no `##vso[`. (JSON already escapes control characters, and a JSON line
/// never starts with `::`: strings are quoted.) Outside strings JSON has no `#`.
pub fn defuse_json(doc: String) -> String {
    defuse_with(doc, "\\u0023")
}

/// The same for XML (JUnit): the first `#` of an Azure prefix as `&#35;`.
pub fn defuse_xml(doc: String) -> String {
    defuse_with(doc, "&#35;")
}

fn defuse_with(doc: String, hash: &str) -> String {
    if !doc
        .match_indices("##")
        .any(|(i, _)| azure_prefix_at(&doc[i..]).is_some())
    {
        return doc;
    }
    let mut out = String::with_capacity(doc.len() + 16);
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = doc[i..].find("##") {
        let at = i + off;
        if azure_prefix_at(&doc[at..]).is_some() {
            out.push_str(&doc[last..at]);
            out.push_str(hash);
            last = at + 1;
            i = at + 2;
        } else {
            i = at + 1;
        }
    }
    out.push_str(&doc[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(log_safe("/usr/lib/libc.so.6"), Cow::Borrowed(_)));
        assert!(matches!(log_safe("a::b # c ## d"), Cow::Borrowed(_)));
    }

    #[test]
    fn control_characters_become_escapes() {
        assert_eq!(log_safe("a\nb\r\tc"), "a\\nb\\r\\tc");
        assert_eq!(log_safe("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(log_safe("x\u{85}y\u{7f}"), "x\\u{85}y\\u{7f}");
        assert_eq!(log_safe("l\u{2028}r\u{202e}"), "l\\u{2028}r\\u{202e}");
    }

    #[test]
    fn command_prefixes_are_broken() {
        assert_eq!(log_safe("::error::forged"), "\\::error::forged");
        assert_eq!(log_safe("  ::warning::x"), "  \\::warning::x");
        assert_eq!(
            log_safe("a ##vso[task.setvariable variable=verdict]pass"),
            "a ##vso\\[task.setvariable variable=verdict]pass"
        );
        assert_eq!(log_safe("##VSO[task.complete]"), "##VSO\\[task.complete]");
        assert_eq!(log_safe("##[error]x"), "##\\[error]x");
        assert_eq!(
            log_safe("x\n::error::y\n##vso[a]"),
            "x\\n::error::y\\n##vso\\[a]"
        );
        assert_eq!(log_safe("\n::error::y"), "\\n::error::y");
        assert_eq!(log_safe(" \u{a0}::x"), " \u{a0}\\::x");
    }

    #[test]
    fn escaped_text_holds_no_line_break_or_prefix() {
        let hostile =
            "p\n::error::A\r\n##vso[task.setvariable variable=verdict]pass\u{1b}]0;t\u{7}";
        let s = log_safe(hostile);
        assert!(!s.contains('\n') && !s.contains('\r') && !s.contains('\u{1b}'));
        assert!(!s.to_ascii_lowercase().contains("##vso["));
        assert!(!s.trim_start().starts_with("::"));
    }

    #[test]
    fn json_keeps_the_data() {
        let doc = serde_json::to_string_pretty(&serde_json::json!({
            "path": "##vso[task.setvariable variable=verdict]pass",
            "other": "a ##[group] b ## c",
        }))
        .unwrap_or_default();
        let safe = defuse_json(doc);
        assert!(!safe.contains("##vso[") && !safe.contains("##["));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap_or_default();
        assert_eq!(back["path"], "##vso[task.setvariable variable=verdict]pass");
        assert_eq!(back["other"], "a ##[group] b ## c");
    }

    #[test]
    fn xml_keeps_the_data() {
        assert_eq!(
            defuse_xml("<a b=\"##vso[x]\">###[y]</a>".into()),
            "<a b=\"&#35;#vso[x]\">#&#35;#[y]</a>"
        );
    }
}
