//! Diagnostics, the plain data every check emits and every report renders:
//! a [`Diagnostic`] with its stable code, the [`Severity`] the policy gave
//! it and the [`Location`] it points at, and the [`Verdict`] the policy
//! decides from them (`policy::verdict`). A base module: it uses nothing of
//! the crate, so detection, policy and reports can all share it
//! (re-exported as `report::{Diagnostic, Location, Severity, Verdict}`).

use serde::Serialize;

/// Severity of a diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Where a diagnostic points: a file in a layer, a package, or a part of
/// the image config. Every field is optional; at least one is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    /// Index of the layer holding the file (0 = lowest).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<u32>,
    /// Absolute path in the image filesystem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The package (`name@version`, or its purl).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// A part of the image config or reference, e.g. `config.User`,
    /// `config.Env[AWS_SECRET]`, `history[3]`, `reference`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
}

impl Location {
    pub fn path(path: impl Into<String>) -> Location {
        Location {
            path: Some(path.into()),
            ..Location::default()
        }
    }

    pub fn file(layer: u32, path: impl Into<String>) -> Location {
        Location {
            layer: Some(layer),
            path: Some(path.into()),
            ..Location::default()
        }
    }

    pub fn package(package: impl Into<String>) -> Location {
        Location {
            package: Some(package.into()),
            ..Location::default()
        }
    }

    pub fn config(what: impl Into<String>) -> Location {
        Location {
            config: Some(what.into()),
            ..Location::default()
        }
    }

    /// One line for humans: `layer 2: /etc/shadow`, `openssl@3.0.11`, `config.User`.
    pub fn display(&self) -> String {
        let mut parts = Vec::new();
        match (&self.layer, &self.path) {
            (Some(l), Some(p)) => parts.push(format!("layer {l}: {p}")),
            (None, Some(p)) => parts.push(p.clone()),
            (Some(l), None) => parts.push(format!("layer {l}")),
            (None, None) => {}
        }
        parts.extend(self.package.clone());
        parts.extend(self.config.clone());
        parts.join(", ")
    }
}

/// One finding of a check, with a stable kebab-case code.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    /// The check that emitted it (`vulnerabilities`, `secrets`, `inventory`, ...).
    pub check: &'static str,
    pub severity: Severity,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    pub help: Option<String>,
}

/// The verdict of a scan: `pass` (exit 0), `fail` (exit 1: the policy says
/// the image must not ship) or `error` (exit 2: the gate could not decide,
/// e.g. `require-db` without a DB; never a silent pass).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pass,
    Fail,
    Error,
}

/// How a report is rendered, beyond its format.
impl Verdict {
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Pass => 0,
            Verdict::Fail => 1,
            Verdict::Error => 2,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Error => "error",
        }
    }
}
