//! What VEX says about a finding, as plain data: the [`Decision`] a
//! [`crate::vulndb::scan::Vulnerability`] carries, the statements
//! ([`Applied`]) that made it, their [`Status`] and their document's
//! [`Format`]. The `vex` module parses documents and fills these in (and
//! re-exports them); reports and the policy read them.

use serde::Serialize;

/// The VEX status of a vulnerability for a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotAffected,
    Fixed,
    Affected,
    UnderInvestigation,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotAffected => "not_affected",
            Status::Fixed => "fixed",
            Status::Affected => "affected",
            Status::UnderInvestigation => "under_investigation",
        }
    }

    /// `not_affected` and `fixed` take a finding out of the verdict.
    pub fn suppresses(self) -> bool {
        matches!(self, Status::NotAffected | Status::Fixed)
    }
}

/// The format of a VEX document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    OpenVex,
    CycloneDx,
    Csaf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::OpenVex => "openvex",
            Format::CycloneDx => "cyclonedx",
            Format::Csaf => "csaf",
        }
    }
}

/// One statement that named a finding, as reports show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applied {
    /// The document's name (as the host named the file).
    pub document: String,
    pub format: Format,
    /// `statement 3` or `statement 3 (ID)`.
    pub statement: String,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub impact_statement: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_statement: Option<String>,
}

impl Applied {
    /// `app.openvex.json statement 2`.
    pub fn cite(&self) -> String {
        format!("{} {}", self.document, self.statement)
    }

    /// The justification and reason in words, for messages.
    pub fn why(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        parts.extend(self.justification.as_deref());
        parts.extend(self.impact_statement.as_deref());
        parts.extend(self.action_statement.as_deref());
        parts.join(": ")
    }
}

/// What VEX says about one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// The status that decided (the conflicting one that keeps the finding, if any).
    pub status: Status,
    /// Whether the finding is out of the verdict.
    pub suppressed: bool,
    /// Why statements that could suppress it did not (a conflict, no justification).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Every statement that named it, the deciding ones first.
    pub statements: Vec<Applied>,
}
