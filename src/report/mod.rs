//! Reports: one [`Report`] value rendered by separate, deterministic
//! renderers (JSON, text, SARIF, JUnit, Markdown, and the CycloneDX and SPDX
//! SBOMs). The core never prints; hosts write what these functions return.
//! Renderers work from the report generically (diagnostics by code, check,
//! severity and location; vulnerabilities; packages), so a new check needs
//! no renderer change.

pub mod cyclonedx;
pub mod format;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod openvex;
pub mod output;
pub mod sarif;
pub mod sbom;
pub mod spdx;
pub mod text;

pub use crate::diag::{Diagnostic, Location, Severity, Verdict};
pub use format::{Format, RenderedReport};

use crate::image::facts::ImageFacts;
use crate::inventory::{os::OsInfo, Inventory, Package, Warning};
use crate::secrets::SecretFinding;
use crate::vulndb::scan::{DbSummary, Gap, Vulnerability};
use serde::Serialize;

/// The report schema identifier; bumped on incompatible changes.
pub const SCHEMA: &str = "imagegate.report/v1";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// ANSI colours in the text report.
    pub color: bool,
}

/// Render `report` in `format`.
pub fn render(report: &Report, format: Format, opts: &RenderOptions) -> String {
    use crate::logsafe::{defuse_json, defuse_xml};
    // Text and Markdown escape each value as they write it; the data formats
    // keep the exact values and only spell out CI command prefixes.
    match format {
        Format::Json => defuse_json(json::render(report)),
        Format::Text => text::render_with(report, opts),
        Format::Cyclonedx => defuse_json(cyclonedx::render(report)),
        Format::Spdx => defuse_json(spdx::render(report)),
        Format::Sarif => defuse_json(sarif::render(report)),
        Format::Junit => defuse_xml(junit::render(report)),
        Format::Markdown => markdown::render(report),
        Format::OpenVex => defuse_json(openvex::render(report)),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    /// The file or directory name of the input (never a host path).
    pub name: String,
    pub format: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Counts per check (every policy check, run or not, and every other
    /// emitter such as `inventory`), by name.
    pub checks: std::collections::BTreeMap<&'static str, CheckSummary>,
}

/// One check's outcome in the summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckSummary {
    /// Whether the policy ran it (`enabled = false` turns a check off).
    pub enabled: bool,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

/// Which policy decided, and why it could not when the verdict is `error`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PolicyInfo {
    /// The policy file's name, or `default`.
    pub source: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub undecided: Vec<String>,
}

/// Everything one scan found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    pub source: SourceInfo,
    pub verdict: Verdict,
    pub policy: PolicyInfo,
    pub summary: Summary,
    pub diagnostics: Vec<Diagnostic>,
    pub image: ImageFacts,
    /// The detected operating system, if any.
    pub os: Option<OsInfo>,
    /// Every package of the final filesystem, sorted.
    pub packages: Vec<Package>,
    /// The vulnerability DB used, when the scan had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vulnerability_db: Option<DbSummary>,
    /// Advisories affecting installed packages (most severe first); present
    /// only when a DB was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vulnerabilities: Option<Vec<Vulnerability>>,
    /// What the vulnerability scan could not check; the policy turns each
    /// into a diagnostic (so it is not repeated in the JSON).
    #[serde(skip)]
    pub vulnerability_gaps: Vec<Gap>,
    /// Secrets in the layers' files and the config, sorted; never their values.
    pub secrets: Vec<SecretFinding>,
    /// Signature verification over the manifest digest, when keys or
    /// signatures were given or the layout holds a cosign signature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signatures: Option<crate::signature::SignatureReport>,
    /// The VEX documents applied to the findings (each finding's `vex`
    /// says which statements named it), when any was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vex: Option<crate::vex::apply::Outcome>,
    /// What the OpenVEX export needs beyond the report (author, time).
    #[serde(skip)]
    pub export: openvex::Export,
}

impl Report {
    pub fn new(
        source: SourceInfo,
        image: ImageFacts,
        inventory: Inventory,
        mut diagnostics: Vec<Diagnostic>,
    ) -> Report {
        for w in &inventory.warnings {
            diagnostics.push(Diagnostic {
                code: w.code,
                check: "inventory",
                severity: Severity::Warning,
                message: w.message.clone(),
                location: Some(Location::path(w.path.clone())),
                help: Some(format!("run `imagegate explain {}`", w.code)),
            });
        }
        settle(&mut diagnostics);
        let mut report = Report {
            schema: SCHEMA,
            tool: Tool {
                name: "imagegate",
                version: env!("CARGO_PKG_VERSION"),
            },
            source,
            verdict: Verdict::Pass,
            policy: PolicyInfo {
                source: "none".to_string(),
                undecided: Vec::new(),
            },
            summary: Summary::default(),
            diagnostics,
            image,
            os: inventory.os,
            packages: inventory.packages,
            vulnerability_db: None,
            vulnerabilities: None,
            vulnerability_gaps: Vec::new(),
            secrets: Vec::new(),
            signatures: None,
            vex: None,
            export: openvex::Export::default(),
        };
        // The inventory always runs; the policy adds its checks.
        report.decide(&[("inventory", true)]);
        report
    }

    /// Add the policy's diagnostics and decide the verdict: `error` when the
    /// policy could not decide, `fail` on any error diagnostic, else `pass`.
    pub fn apply_policy(&mut self, source: &str, eval: crate::policy::Evaluation) {
        self.diagnostics.extend(eval.diagnostics);
        settle(&mut self.diagnostics);
        self.policy = PolicyInfo {
            source: source.to_string(),
            undecided: eval
                .undecided
                .iter()
                .map(|u| crate::logsafe::log_safe_string(u))
                .collect(),
        };
        self.decide(&eval.checks);
    }

    /// Recount the summary, and set the verdict the policy decides from the
    /// diagnostics (`policy::verdict`).
    fn decide(&mut self, checks: &[(&'static str, bool)]) {
        let mut summary = Summary::default();
        for (name, on) in checks {
            summary.checks.entry(name).or_default().enabled = *on;
        }
        for d in &self.diagnostics {
            let c = summary
                .checks
                .entry(d.check)
                .or_insert_with(|| CheckSummary {
                    enabled: true,
                    ..CheckSummary::default()
                });
            match d.severity {
                Severity::Error => {
                    summary.errors += 1;
                    c.errors += 1;
                }
                Severity::Warning => {
                    summary.warnings += 1;
                    c.warnings += 1;
                }
                Severity::Note => {
                    summary.notes += 1;
                    c.notes += 1;
                }
            }
        }
        self.verdict = crate::policy::verdict(&self.policy.undecided, &self.diagnostics);
        self.summary = summary;
    }
}

impl Report {
    /// Record the vulnerability matching results; DB warnings become
    /// diagnostics; the policy (`apply_policy`) turns findings into a verdict.
    pub fn add_vulnerabilities(
        &mut self,
        db: DbSummary,
        vulns: Vec<Vulnerability>,
        warnings: Vec<Warning>,
        gaps: Vec<Gap>,
    ) {
        self.vulnerability_gaps = gaps;
        for w in warnings {
            self.diagnostics.push(Diagnostic {
                code: w.code,
                check: "vulnerabilities",
                severity: Severity::Warning,
                message: w.message,
                location: Some(Location::path(w.path)),
                help: Some(format!("run `imagegate explain {}`", w.code)),
            });
        }
        settle(&mut self.diagnostics);
        self.recount();
        self.vulnerability_db = Some(db);
        self.vulnerabilities = Some(vulns);
    }
}

impl Report {
    /// Record secret findings (sorted here); the policy's `secrets` check
    /// turns each into a `secret-found` diagnostic.
    pub fn add_secrets(&mut self, mut found: Vec<SecretFinding>) {
        crate::secrets::sort(&mut found);
        self.secrets = found;
    }

    /// Why the report holds no vulnerability verdict, when vulnerability
    /// checking was switched off: the `vulnerabilities-skipped` message. The
    /// human formats show it at the top.
    pub fn vulnerabilities_skipped(&self) -> Option<&str> {
        self.diagnostics
            .iter()
            .find(|d| d.code == "vulnerabilities-skipped")
            .map(|d| d.message.as_str())
    }

    /// Record the signature verification; the policy's `signatures` check
    /// turns it into diagnostics.
    pub fn add_signatures(&mut self, section: crate::signature::SignatureReport) {
        self.signatures = Some(section);
    }

    /// Re-sort the diagnostics and recompute the summary and verdict,
    /// keeping which checks the policy enabled.
    pub fn recount(&mut self) {
        settle(&mut self.diagnostics);
        let checks: Vec<(&'static str, bool)> = self
            .summary
            .checks
            .iter()
            .map(|(k, v)| (*k, v.enabled))
            .collect();
        self.decide(&checks);
    }

    /// Record that `check` ran (enabled), even when it found nothing.
    pub fn add_check(&mut self, check: &'static str) {
        self.summary.checks.entry(check).or_default().enabled = true;
    }

    /// Every check that ran or emitted a diagnostic, sorted and unique.
    pub fn all_checks(&self) -> Vec<&'static str> {
        let mut all: Vec<&'static str> = self
            .summary
            .checks
            .iter()
            .filter(|(_, c)| c.enabled || c.errors + c.warnings + c.notes > 0)
            .map(|(k, _)| *k)
            .chain(self.diagnostics.iter().map(|d| d.check))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The vulnerability finding a diagnostic is about, if any. Convention
    /// for checks: a diagnostic about one advisory has check
    /// `vulnerabilities`, names the advisory id in its message, and puts the
    /// package's purl (or `name@version`) in `location.package` (or the
    /// package's file in `location.path`). SARIF then reports the advisory
    /// once, under its own rule, with the diagnostic's level.
    pub fn vulnerability_of(&self, d: &Diagnostic) -> Option<&Vulnerability> {
        if d.check != "vulnerabilities" {
            return None;
        }
        let loc = d.location.as_ref()?;
        self.vulnerabilities.as_ref()?.iter().find(|v| {
            let f = &v.finding;
            let names_id = d
                .message
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'))
                .any(|w| f.has_id(w));
            let same_package = loc
                .package
                .as_deref()
                .is_some_and(|p| p == v.purl || p == format!("{}@{}", f.package, f.installed))
                || (loc.package.is_none() && loc.path.as_deref() == Some(v.path.as_str()));
            names_id && same_package
        })
    }
}

/// Make every diagnostic's text log-safe (messages, locations and help quote
/// paths, labels, env names, history and advisory text from the image or the
/// DB: see [`crate::logsafe`]), then put them in the one order. Idempotent.
fn settle(diagnostics: &mut [Diagnostic]) {
    use crate::logsafe::log_safe;
    let fix = |s: &mut String| {
        if let std::borrow::Cow::Owned(o) = log_safe(s) {
            *s = o;
        }
    };
    for d in diagnostics.iter_mut() {
        fix(&mut d.message);
        if let Some(h) = d.help.as_mut() {
            fix(h);
        }
        if let Some(l) = d.location.as_mut() {
            for s in [&mut l.path, &mut l.package, &mut l.config]
                .into_iter()
                .flatten()
            {
                fix(s);
            }
        }
    }
    diagnostics.sort_by(diagnostic_order);
}

/// The one order of diagnostics in every report: severity, code, location, message.
fn diagnostic_order(a: &Diagnostic, b: &Diagnostic) -> std::cmp::Ordering {
    (a.severity, a.code, &a.location, &a.message).cmp(&(
        b.severity,
        b.code,
        &b.location,
        &b.message,
    ))
}
