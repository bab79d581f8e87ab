//! The report formats (one list for every host: names, one-line summaries,
//! `--output-dir` file names) and a rendered report.

use crate::error::{Error, ErrorKind, Result};

/// Report formats. Every format renders the same [`super::Report`]; a scan can
/// render several at once (see `ScanRequest::formats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// The JSON report (schema `imagegate.report/v1`), the source of all others.
    Json,
    /// Human-readable text for terminals.
    Text,
    /// CycloneDX 1.6 JSON SBOM.
    Cyclonedx,
    /// SPDX 2.3 JSON SBOM.
    Spdx,
    /// SARIF 2.1.0 for GitHub code scanning.
    Sarif,
    /// JUnit XML for the Jenkins and Azure Pipelines test tabs.
    Junit,
    /// Markdown for CI step summaries.
    Markdown,
    /// OpenVEX v0.2.0: the scan's triage decisions (`imagegate vex`).
    OpenVex,
}

impl Format {
    /// Every format `scan --format` and `--output-dir` write, in the order
    /// they are documented (`OpenVex` is written by `imagegate vex` alone).
    pub const ALL: [Format; 7] = [
        Format::Json,
        Format::Text,
        Format::Cyclonedx,
        Format::Spdx,
        Format::Sarif,
        Format::Junit,
        Format::Markdown,
    ];

    pub fn parse(s: &str) -> Result<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Usage,
                    "",
                    format!(
                        "unknown format {s:?}: expected {}",
                        Format::ALL.map(Format::name).join(", ")
                    ),
                )
            })
    }

    /// A comma-separated list (`json,sarif`): each once, in the given order.
    pub fn parse_list(s: &str) -> Result<Vec<Format>> {
        let mut out: Vec<Format> = Vec::new();
        for part in s.split(',').map(str::trim) {
            let f = Format::parse(part)?;
            if out.contains(&f) {
                return Err(Error::new(
                    ErrorKind::Usage,
                    "",
                    format!("format {part:?} given twice"),
                ));
            }
            out.push(f);
        }
        Ok(out)
    }

    /// The name used on the command line and in the WIT `report-format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Text => "text",
            Format::Cyclonedx => "cyclonedx",
            Format::Spdx => "spdx",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::Markdown => "markdown",
            Format::OpenVex => "openvex",
        }
    }

    /// What it is, in one line (the hosts' `--format` help).
    pub fn summary(self) -> &'static str {
        match self {
            Format::Json => "JSON report (schema imagegate.report/v1)",
            Format::Text => "human-readable summary",
            Format::Cyclonedx => "CycloneDX 1.6 JSON SBOM",
            Format::Spdx => "SPDX 2.3 JSON SBOM",
            Format::Sarif => "SARIF 2.1.0 (GitHub code scanning)",
            Format::Junit => "JUnit XML (Jenkins, Azure Pipelines test tabs)",
            Format::Markdown => "Markdown for CI step summaries",
            Format::OpenVex => "OpenVEX v0.2.0 of the applied ignores and VEX statements",
        }
    }

    /// The file written for this format under `--output-dir`.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "imagegate.json",
            Format::Text => "imagegate.txt",
            Format::Cyclonedx => "imagegate.cdx.json",
            Format::Spdx => "imagegate.spdx.json",
            Format::Sarif => "imagegate.sarif",
            Format::Junit => "imagegate.junit.xml",
            Format::Markdown => "imagegate.md",
            Format::OpenVex => "imagegate.openvex.json",
        }
    }
}

/// One rendered report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedReport {
    pub format: Format,
    pub content: String,
}
