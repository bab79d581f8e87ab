//! Markdown for CI step summaries (GitHub `$GITHUB_STEP_SUMMARY`, Azure
//! `##vso[task.uploadsummary]`): the verdict first, a short counts table, then
//! the details folded in `<details>` (vulnerabilities, diagnostics per
//! check). Everything that comes from the image is escaped for Markdown and
//! HTML, and the output stays under [`MAX_BYTES`] (GitHub refuses step
//! summaries over 1 MiB): rows that do not fit are dropped with a note.

use crate::report::{Diagnostic, Report, Severity};
use std::fmt::Write;

/// The size cap of the whole document (GitHub's step-summary limit is 1 MiB).
pub const MAX_BYTES: usize = 1000 * 1024;
/// Room kept for closing tags and the truncation note.
const RESERVE: usize = 4096;

/// Escape text for a Markdown table cell or list item: HTML special
/// characters become entities, Markdown punctuation is backslash-escaped,
/// line breaks become spaces and control characters visible escapes.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '|' => o.push_str("&#124;"),
            '\n' | '\r' | '\t' => o.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' | '!' | '(' | ')' | '{' | '}' | '+'
            | '=' => {
                o.push('\\');
                o.push(c);
            }
            c if crate::logsafe::is_unsafe_char(c) => o.extend(c.escape_unicode()),
            c => o.push(c),
        }
    }
    o
}

/// Escape for use inside an inline code span: HTML `<code>` with entities,
/// so a backtick in the value cannot end the span.
fn code(s: &str) -> String {
    let mut o = String::from("<code>");
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '|' => o.push_str("&#124;"),
            '`' => o.push_str("&#96;"),
            '\\' => o.push_str("&#92;"),
            // No `##vso[` in a summary that may be printed to a log.
            '#' => o.push_str("&#35;"),
            '\n' | '\r' | '\t' => o.push(' '),
            c if crate::logsafe::is_unsafe_char(c) => o.extend(c.escape_unicode()),
            c => o.push(c),
        }
    }
    o.push_str("</code>");
    o
}

fn verdict_icon(v: &str) -> &'static str {
    match v {
        "pass" => "✅",
        "fail" => "❌",
        _ => "⚠️",
    }
}

fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "🔴",
        Severity::Warning => "🟡",
        Severity::Note => "🔵",
    }
}

/// A writer that stops taking rows once the budget is spent.
struct Budget {
    out: String,
    dropped: usize,
}

impl Budget {
    /// Append `row` unless it would pass the cap (keeping `RESERVE`).
    fn row(&mut self, row: &str) {
        if self.dropped > 0 || self.out.len() + row.len() + RESERVE > MAX_BYTES {
            self.dropped += 1;
        } else {
            self.out.push_str(row);
        }
    }
    /// Structural text (headings, closing tags): always written, small.
    fn fixed(&mut self, s: &str) {
        self.out.push_str(s);
    }
}

pub fn render(r: &Report) -> String {
    let mut b = Budget {
        out: String::new(),
        dropped: 0,
    };
    let v = r.verdict.as_str();
    let image = r
        .image
        .references
        .first()
        .map(|s| s.as_str())
        .unwrap_or(r.source.name.as_str());
    b.fixed(&format!(
        "# {} imagegate: {}\n\n{} · {}\n\n",
        verdict_icon(v),
        v.to_uppercase(),
        code(image),
        code(&r.image.config_digest.to_string())
    ));
    // What the verdict does not cover, or why there is none, before anything else.
    if let Some(m) = r.vulnerabilities_skipped() {
        b.fixed(&format!(
            "> [!WARNING]\n> **Vulnerabilities were not checked**: {}\n\n",
            escape(m)
        ));
    }
    if !r.policy.undecided.is_empty() {
        b.fixed("> [!CAUTION]\n> **The gate could not decide**:");
        for u in &r.policy.undecided {
            b.fixed(&format!(" {};", escape(u)));
        }
        b.fixed(" an error is never a pass.\n\n");
    }
    // Counts.
    let vulns = r.vulnerabilities.as_deref();
    let mut t = String::from("| errors | warnings | notes | packages |");
    let mut sep = String::from("|---:|---:|---:|---:|");
    let mut row = format!(
        "| {} | {} | {} | {} |",
        r.summary.errors,
        r.summary.warnings,
        r.summary.notes,
        r.packages.len()
    );
    if let Some(vs) = vulns {
        t.push_str(" vulnerabilities |");
        sep.push_str("---:|");
        let _ = write!(
            row,
            " {} |",
            vs.iter()
                .filter(|v| !v.suppressed_by_vex() && v.ignored.is_none())
                .count()
        );
    }
    b.fixed(&format!("{t}\n{sep}\n{row}\n\n"));
    // Per check.
    let checks = r.all_checks();
    b.fixed("| check | result | errors | warnings | notes |\n|---|---|---:|---:|---:|\n");
    for check in &checks {
        let n = |s| {
            r.diagnostics
                .iter()
                .filter(|d| d.check == *check && d.severity == s)
                .count()
        };
        let (e, w, no) = (n(Severity::Error), n(Severity::Warning), n(Severity::Note));
        let result = if e > 0 { "❌ fail" } else { "✅ pass" };
        b.row(&format!(
            "| {} | {result} | {e} | {w} | {no} |\n",
            escape(check)
        ));
    }
    b.fixed("\n");
    // Vulnerabilities.
    if let Some(vs) = vulns {
        if !vs.is_empty() {
            // A risk column when the DB carries KEV or EPSS data.
            let prio = r
                .vulnerability_db
                .as_ref()
                .map(|d| d.priority_text())
                .filter(|p| !p.is_empty());
            b.fixed(&format!(
                "<details><summary>Vulnerabilities ({})</summary>\n\n{}| severity |{} id | package | installed | fixed | path |\n|---|{}---|---|---|---|---|\n",
                vs.len(),
                prio.as_ref()
                    .map(|p| format!("Sorted by risk: {}.\n\n", escape(p)))
                    .unwrap_or_default(),
                if prio.is_some() { " exploitation |" } else { "" },
                if prio.is_some() { "---|" } else { "" },
            ));
            for v in vs {
                let f = &v.finding;
                let sev = format!(
                    "{} ({})",
                    f.severity.level.as_str(),
                    escape(&f.severity.describe())
                );
                let fixed = escape(&f.fix_text());
                let mut also = if f.aliases.is_empty() {
                    String::new()
                } else {
                    format!("<br>{}", escape(&f.aliases.join(", ")))
                };
                if v.vex.is_some() || v.ignored.is_some() {
                    also.push_str(&format!("<br>{}", escape(v.vex_text().trim())));
                }
                let risk = if prio.is_some() {
                    let t = v.priority_text();
                    format!(
                        " {} |",
                        if t.is_empty() {
                            "–".to_string()
                        } else {
                            escape(t.trim().trim_start_matches('[').trim_end_matches(']'))
                        }
                    )
                } else {
                    String::new()
                };
                b.row(&format!(
                    "| {sev} |{risk} [{}](https://osv.dev/vulnerability/{}){also} | {} | {} | {fixed} | {} (layer {}) |\n",
                    escape(&f.id),
                    escape(&f.id),
                    escape(&v.package_label()),
                    escape(&f.installed),
                    code(&v.path),
                    v.layer
                ));
            }
            b.fixed("\n</details>\n\n");
        }
    }
    // Diagnostics, per check.
    for check in &checks {
        let ds: Vec<&Diagnostic> = r.diagnostics.iter().filter(|d| d.check == *check).collect();
        if ds.is_empty() {
            continue;
        }
        b.fixed(&format!(
            "<details><summary>{} ({})</summary>\n\n",
            escape(check),
            ds.len()
        ));
        for d in ds {
            let loc = d
                .location
                .as_ref()
                .map(|l| format!(" at {}", code(&l.display())))
                .unwrap_or_default();
            let help = d
                .help
                .as_ref()
                .map(|h| format!(" — {}", escape(h)))
                .unwrap_or_default();
            b.row(&format!(
                "- {} **{}** {}{loc}: {}{help}\n",
                severity_icon(d.severity),
                d.severity.as_str(),
                code(d.code),
                escape(&d.message)
            ));
        }
        b.fixed("\n</details>\n\n");
    }
    if b.dropped > 0 {
        b.fixed(&format!(
            "> [!WARNING]\n> Truncated: {} more rows did not fit the {} KiB step-summary limit; see the JSON report.\n",
            b.dropped,
            MAX_BYTES / 1024
        ));
    }
    b.fixed(&format!(
        "<sub>imagegate {} · {} · report schema {}</sub>\n",
        r.tool.version,
        escape(&r.source.name),
        r.schema
    ));
    b.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_and_html() {
        assert_eq!(
            escape("<img src=x>|*a*\n[l](u)"),
            "&lt;img src\\=x&gt;&#124;\\*a\\* \\[l\\]\\(u\\)"
        );
        assert_eq!(code("a`b|<c>"), "<code>a&#96;b&#124;&lt;c&gt;</code>");
        assert_eq!(escape("\u{1b}x"), "\\u{1b}x");
    }
}
