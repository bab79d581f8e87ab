//! imagegate: the container-image gate. This crate holds all scanning and
//! policy logic. It builds natively (for tests and benchmarks) and as the
//! WASI Preview 2 component `imagegate.wasm` (see `src/main.rs` and
//! `wit/imagegate.wit`). It reads only through the paths it is given and
//! never prints: [`scan`] returns a [`ScanOutcome`] or an [`Error`].

pub mod cli;
pub mod error;
pub mod explain;
pub mod image;
pub mod inventory;
pub mod redact;
pub mod report;
pub mod secrets;
pub mod vulndb;

pub use error::{Error, ErrorKind, Result};
use image::facts::ImageFacts;
use image::resolve::{PlatformReq, Selector};
use image::Limits;
pub use report::{Report, Verdict};
use std::path::PathBuf;

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
    /// CycloneDX 1.6 JSON SBOM.
    Cyclonedx,
    /// SPDX 2.3 JSON SBOM.
    Spdx,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        match s {
            "json" => Ok(Format::Json),
            "text" => Ok(Format::Text),
            "cyclonedx" => Ok(Format::Cyclonedx),
            "spdx" => Ok(Format::Spdx),
            other => Err(Error::new(
                ErrorKind::Usage,
                "",
                format!("unknown format {other:?}: expected json, text, cyclonedx or spdx"),
            )),
        }
    }
}

/// One scan request; the same fields as the WIT `scan-request`.
#[derive(Debug, Clone)]
pub struct ScanRequest {
    /// Path to the image (tarball or OCI layout directory).
    pub image: PathBuf,
    /// Name used in reports and errors; defaults to the file name.
    pub display_name: Option<String>,
    pub tag: Option<String>,
    pub platform: Option<String>,
    pub format: Format,
    pub limits: Limits,
    /// The vulnerability DB to match packages against (`imagegate db build`).
    pub db: Option<PathBuf>,
    /// Secret detection settings (default: every built-in rule on).
    pub secrets: secrets::SecretsConfig,
}

impl ScanRequest {
    pub fn new(image: impl Into<PathBuf>) -> ScanRequest {
        ScanRequest {
            image: image.into(),
            display_name: None,
            tag: None,
            platform: None,
            format: Format::Json,
            limits: Limits::default(),
            db: None,
            secrets: secrets::SecretsConfig::default(),
        }
    }

    /// The name shown for the input: the given display name, else the last
    /// path component (so reports never carry host paths).
    pub fn name(&self) -> String {
        if let Some(n) = &self.display_name {
            return n.clone();
        }
        self.image
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.image.display().to_string())
    }
}

/// The outcome of a scan the gate could decide.
#[derive(Debug, Clone)]
pub struct ScanOutcome {
    pub verdict: Verdict,
    pub report: String,
}

/// Scan and return the structured report.
pub fn scan_report(req: &ScanRequest) -> Result<Report> {
    let platform = req
        .platform
        .as_deref()
        .map(PlatformReq::parse)
        .transpose()?;
    let sel = Selector {
        tag: req.tag.clone(),
        platform,
    };
    let name = req.name();
    let compiled = req.secrets.compile().map_err(|errs| {
        let msgs: Vec<String> = errs.iter().map(ToString::to_string).collect();
        Error::new(ErrorKind::Usage, "secrets policy", msgs.join("; "))
    })?;
    let mut image =
        image::read_with_secrets(&req.image, &name, &sel, &req.limits, Some(&compiled))?;
    let mut found = std::mem::take(&mut image.secrets);
    found.extend(secrets::scan_config(&compiled, &image.resolved.config));
    let facts = ImageFacts::from_image(&image);
    let inventory = inventory::collect(&image.tree);
    let source = report::SourceInfo {
        name,
        format: image.resolved.format.as_str(),
    };
    let mut report = Report::new(source, facts, inventory, Vec::new());
    report.add_secrets(found);
    if let Some(db_path) = &req.db {
        let db_name = db_path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| db_path.display().to_string());
        let (mut db, summary) = vulndb::scan::open(db_path, &db_name)?;
        let inv = inventory::Inventory {
            os: report.os.clone(),
            packages: report.packages.clone(),
            warnings: Vec::new(),
        };
        let (vulns, warnings) = vulndb::scan::match_inventory(&mut db, &inv, &db_name)?;
        report.add_vulnerabilities(summary, vulns, warnings);
    }
    Ok(report)
}

/// Scan and render the report in the requested format.
pub fn scan(req: &ScanRequest) -> Result<ScanOutcome> {
    let report = scan_report(req)?;
    let rendered = match req.format {
        Format::Json => report::json::render(&report),
        Format::Text => report::text::render(&report),
        Format::Cyclonedx => report::cyclonedx::render(&report),
        Format::Spdx => report::spdx::render(&report),
    };
    Ok(ScanOutcome {
        verdict: report.verdict,
        report: rendered,
    })
}

/// `imagegate <version> (report schema ...)`.
pub fn version() -> String {
    format!(
        "imagegate {} (report schema {})",
        env!("CARGO_PKG_VERSION"),
        report::SCHEMA
    )
}

/// The shared test corpus (`../shared/corpus`, or `$IMAGEGATE_CORPUS`).
/// Missing: a failure when `IMAGEGATE_REQUIRE_CORPUS=1` (CI), else a skip.
#[cfg(test)]
pub(crate) fn test_corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("IMAGEGATE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.join("README.md").is_file() {
        return Some(dir);
    }
    if std::env::var("IMAGEGATE_REQUIRE_CORPUS").is_ok_and(|v| v == "1") {
        panic!(
            "IMAGEGATE_REQUIRE_CORPUS=1 but the corpus is missing at {}",
            dir.display()
        );
    }
    eprintln!(
        "SKIP: test corpus not found at {} (set IMAGEGATE_CORPUS)",
        dir.display()
    );
    None
}
