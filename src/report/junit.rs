//! JUnit XML for the test tabs of Jenkins (`junit` step) and Azure Pipelines
//! (`PublishTestResults@2`, format JUnit): one `<testsuite>` per image, one
//! `<testcase>` per check that ran. A check with error diagnostics fails: its
//! `<failure>` carries each error; warnings and notes go to `<system-out>`.
//! A verdict other than pass with no failing check is reported as an
//! `<error>` testcase named `verdict`, so a non-passing gate never shows
//! green. Text is escaped for XML, including control characters, which XML
//! 1.0 cannot carry at all: they are written as visible `\u{..}` escapes.

use crate::report::{Diagnostic, Report, Severity};
use std::fmt::Write;

/// Escape text for XML content and attribute values. Characters XML 1.0
/// forbids (C0 controls but tab/newline/CR, U+FFFE, U+FFFF) become visible
/// escapes; in attributes, tab/newline/CR become character references.
pub fn escape(s: &str, attribute: bool) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            // A raw CR would be normalised away by XML parsers.
            '\t' | '\n' if attribute => {
                let _ = write!(o, "&#{};", u32::from(c));
            }
            '\r' => o.push_str("&#13;"),
            '\t' | '\n' => o.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                o.push_str(&c.escape_unicode().to_string());
            }
            // Other C1 controls are legal XML but can forge terminal output.
            c if c.is_control() => o.push_str(&c.escape_unicode().to_string()),
            c => o.push(c),
        }
    }
    o
}

fn line(d: &Diagnostic) -> String {
    let loc = d
        .location
        .as_ref()
        .map(|l| format!(" [{}]", l.display()))
        .unwrap_or_default();
    let help = d
        .help
        .as_ref()
        .map(|h| format!("\n    help: {h}"))
        .unwrap_or_default();
    format!(
        "{}[{}]{loc}: {}{help}",
        d.severity.as_str(),
        d.code,
        d.message
    )
}

pub fn render(r: &Report) -> String {
    let suite = format!("imagegate: {}", r.source.name);
    let classname = format!("imagegate.{}", r.source.name);
    let checks = r.all_checks();
    let mut cases = String::new();
    let mut failures = 0usize;
    let mut errors = 0usize;
    let mut tests = 0usize;
    for check in &checks {
        tests += 1;
        let ds: Vec<&Diagnostic> = r.diagnostics.iter().filter(|d| d.check == *check).collect();
        let errs: Vec<&&Diagnostic> = ds
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let mut out: Vec<String> = ds
            .iter()
            .filter(|d| d.severity != Severity::Error)
            .map(|d| line(d))
            .collect();
        if *check == "vulnerabilities" {
            if let Some(vulns) = &r.vulnerabilities {
                out.push(format!(
                    "{} advisories affect installed packages:",
                    vulns.len()
                ));
                for v in vulns {
                    let f = &v.finding;
                    // Lines of the body: the DB's and the image's strings log-safe.
                    out.push(crate::logsafe::log_safe_string(&format!(
                        "  {} {} {}@{} ({}; rated by {}{}){}",
                        f.severity.level.as_str(),
                        f.id,
                        v.package_label(),
                        f.installed,
                        f.fix_text(),
                        f.severity.describe(),
                        if f.aliases.is_empty() {
                            String::new()
                        } else {
                            format!("; also {}", f.aliases.join(", "))
                        },
                        v.vex_text()
                    )));
                }
            }
        }
        let _ = write!(
            cases,
            "    <testcase name=\"{}\" classname=\"{}\" time=\"0\"",
            escape(check, true),
            escape(&classname, true)
        );
        if errs.is_empty() && out.is_empty() {
            cases.push_str("/>\n");
            continue;
        }
        cases.push_str(">\n");
        if !errs.is_empty() {
            failures += 1;
            let body: Vec<String> = errs.iter().map(|d| line(d)).collect();
            let _ = writeln!(
                cases,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                escape(
                    &format!(
                        "{} error{} in check {check}",
                        errs.len(),
                        if errs.len() == 1 { "" } else { "s" }
                    ),
                    true
                ),
                escape(errs[0].code, true),
                escape(&body.join("\n"), false)
            );
        }
        if !out.is_empty() {
            let _ = writeln!(
                cases,
                "      <system-out>{}</system-out>",
                escape(&out.join("\n"), false)
            );
        }
        cases.push_str("    </testcase>\n");
    }
    if r.verdict.as_str() != "pass" && failures == 0 {
        tests += 1;
        errors += 1;
        let _ = writeln!(
            cases,
            "    <testcase name=\"verdict\" classname=\"{}\" time=\"0\">\n      <error message=\"{}\" type=\"verdict\"/>\n    </testcase>",
            escape(&classname, true),
            escape(&format!("the gate's verdict is {}", r.verdict.as_str()), true)
        );
    }
    let mut o = String::new();
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        o,
        "<testsuites name=\"imagegate\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\" time=\"0\">"
    );
    let _ = writeln!(
        o,
        "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\" time=\"0\">",
        escape(&suite, true)
    );
    o.push_str("    <properties>\n");
    let mut props: Vec<(&str, String)> = vec![
        ("verdict", r.verdict.as_str().to_string()),
        ("source", r.source.name.clone()),
        ("config-digest", r.image.config_digest.to_string()),
        ("errors", r.summary.errors.to_string()),
        ("warnings", r.summary.warnings.to_string()),
        ("notes", r.summary.notes.to_string()),
        ("tool-version", r.tool.version.to_string()),
    ];
    if let Some(reference) = r.image.references.first() {
        props.push(("reference", reference.clone()));
    }
    for (k, v) in props {
        let _ = writeln!(
            o,
            "      <property name=\"{k}\" value=\"{}\"/>",
            escape(&v, true)
        );
    }
    o.push_str("    </properties>\n");
    o.push_str(&cases);
    o.push_str("  </testsuite>\n</testsuites>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escape("a<b>&\"'\u{1b}[31m\u{0}", false),
            "a&lt;b&gt;&amp;&quot;&apos;\\u{1b}[31m\\u{0}"
        );
        assert_eq!(escape("x\ny\tz", true), "x&#10;y&#9;z");
        assert_eq!(escape("x\ny", false), "x\ny");
        assert_eq!(escape("a\r\nb", false), "a&#13;\nb");
        assert_eq!(escape("\u{fffe}\u{85}ok", false), "\\u{fffe}\\u{85}ok");
    }
}
