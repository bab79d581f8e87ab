//! Reports: one [`Report`] value rendered by separate, deterministic
//! renderers (JSON, text, and the CycloneDX and SPDX SBOMs). The core never
//! prints; hosts write what these functions return.

pub mod cyclonedx;
pub mod json;
pub mod sbom;
pub mod spdx;
pub mod text;

use crate::image::facts::ImageFacts;
use crate::inventory::{os::OsInfo, Inventory, Package, Warning};
use crate::secrets::SecretFinding;
use crate::vulndb::scan::{DbSummary, Vulnerability};
use serde::Serialize;

/// The report schema identifier; bumped on incompatible changes.
pub const SCHEMA: &str = "imagegate.report/v1";

/// The verdict of a scan the gate could decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pass,
    Fail,
}

impl Verdict {
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Pass => 0,
            Verdict::Fail => 1,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
        }
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

/// Severity of a diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// One finding of a check, with a stable kebab-case code.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub location: Option<String>,
    pub help: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

/// Everything one scan found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    pub source: SourceInfo,
    pub verdict: Verdict,
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
    /// Secrets in the layers' files and the config, sorted; never their values.
    pub secrets: Vec<SecretFinding>,
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
                severity: Severity::Warning,
                message: w.message.clone(),
                location: Some(w.path.clone()),
                help: Some(format!("run `imagegate explain {}`", w.code)),
            });
        }
        diagnostics.sort_by(diagnostic_order);
        let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
        let summary = Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            notes: count(Severity::Note),
        };
        let verdict = if summary.errors > 0 {
            Verdict::Fail
        } else {
            Verdict::Pass
        };
        Report {
            schema: SCHEMA,
            tool: Tool {
                name: "imagegate",
                version: env!("CARGO_PKG_VERSION"),
            },
            source,
            verdict,
            summary,
            diagnostics,
            image,
            os: inventory.os,
            packages: inventory.packages,
            vulnerability_db: None,
            vulnerabilities: None,
            secrets: Vec::new(),
        }
    }
}

impl Report {
    /// Record the vulnerability matching results; DB warnings become
    /// diagnostics. (The policy issue turns findings into a verdict.)
    pub fn add_vulnerabilities(
        &mut self,
        db: DbSummary,
        vulns: Vec<Vulnerability>,
        warnings: Vec<Warning>,
    ) {
        for w in warnings {
            self.diagnostics.push(Diagnostic {
                code: w.code,
                severity: Severity::Warning,
                message: w.message,
                location: Some(w.path),
                help: Some(format!("run `imagegate explain {}`", w.code)),
            });
            self.summary.warnings += 1;
        }
        self.diagnostics.sort_by(diagnostic_order);
        self.vulnerability_db = Some(db);
        self.vulnerabilities = Some(vulns);
    }
}

impl Report {
    /// Record secret findings (sorted here); each one is a `secret-found`
    /// error diagnostic, so the verdict fails (until the policy decides).
    pub fn add_secrets(&mut self, mut found: Vec<SecretFinding>) {
        crate::secrets::sort(&mut found);
        for f in &found {
            let deleted = match f.deleted_in_layer {
                Some(m) => format!(
                    "; present in layer {}, deleted in layer {m}: still in the image",
                    f.layer.unwrap_or(0)
                ),
                None => match f.layer {
                    Some(l) => format!(" (layer {l})"),
                    None => String::new(),
                },
            };
            self.diagnostics.push(Diagnostic {
                code: "secret-found",
                severity: Severity::Error,
                message: format!(
                    "{} [{}, {}]: {}{deleted}",
                    f.title,
                    f.rule,
                    f.severity.as_str(),
                    f.preview
                ),
                location: Some(f.location()),
                help: Some(format!(
                    "remove it from every layer and rotate it; if it is not a secret, allow {} in the policy",
                    f.fingerprint
                )),
            });
            self.summary.errors += 1;
        }
        if !found.is_empty() {
            self.verdict = Verdict::Fail;
        }
        self.diagnostics.sort_by(diagnostic_order);
        self.secrets = found;
    }
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
