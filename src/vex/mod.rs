//! VEX (Vulnerability Exploitability eXchange) documents: statements that a
//! vulnerability does or does not affect a product, read from OpenVEX,
//! CycloneDX VEX and CSAF VEX documents ([`parse`]) and applied to the
//! findings of a scan ([`apply`]); the decisions a scan made are written
//! back out as OpenVEX by `imagegate vex` (the report format `openvex`).
//!
//! The host reads the files (`--vex FILE`, or the documents the workspace
//! holds by convention: [`discover`]) and hands their text to the component
//! with the name reports use, like the policy file. Every document is
//! turned into the same [`Statement`]s: a vulnerability id with aliases,
//! the products it names (purls, [`purl`]; an image as `pkg:oci` with its
//! packages as subcomponents; version ranges where the format has them,
//! [`vers`]), a [`Status`] and its justification or action.
//!
//! Fail closed: a document that does not parse, that is none of the three
//! formats, that has a statement naming no product or vulnerability, an
//! unknown status or justification, or that names no product imagegate can
//! identify (by purl) at all, is a `vex-invalid` error naming the file and
//! the statement: the scan does not decide. A statement only ever applies
//! to what it names exactly (see [`apply`]).

pub mod apply;
pub mod attestation;
mod csaf;
mod cyclonedx;
mod openvex;
/// Purls as statements name products: the inventory's parser and matcher.
pub use crate::inventory::purl::parse as purl;
pub mod vers;

use crate::error::{Error, ErrorKind, Result};
/// A statement's status and a document's format are the findings' data
/// (`vulndb::triage`), like the [`apply::Decision`] they make.
pub use crate::vulndb::triage::{Format, Status};
use purl::Purl;

/// The largest VEX document a host reads (Red Hat's CSAF VEX files for a
/// busy CVE reach a few MiB).
pub const MAX_DOCUMENT: u64 = 32 << 20;

/// The directory at the workspace root whose `*.json` files are VEX documents.
pub const VEX_DIR: &str = ".vex";
/// File name endings that make a file at the workspace root a VEX document.
pub const VEX_SUFFIXES: &[&str] = &[".openvex.json", ".vex.json"];

/// One VEX document as the host hands it over: how reports name it, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VexFile {
    pub name: String,
    pub text: String,
}

/// The OpenVEX justification labels (CSAF flags use the same words).
pub const JUSTIFICATIONS: &[&str] = &[
    "component_not_present",
    "vulnerable_code_not_present",
    "vulnerable_code_not_in_execute_path",
    "vulnerable_code_cannot_be_controlled_by_adversary",
    "inline_mitigations_already_exist",
];

/// What one statement names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    /// A package, or an image (`pkg:oci/…`).
    pub purl: Purl,
    /// Packages inside it the statement is about (empty: the product as a whole).
    pub subcomponents: Vec<Purl>,
    /// The versions covered, when the format gives a range (CycloneDX
    /// `affects.versions`, CSAF `product_version_range`).
    pub range: Option<vers::Range>,
}

/// One statement, in any format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Its position in the document, 1-based (reports cite "statement 3");
    /// several statements may share one when the format packs them together
    /// (CSAF product statuses, CycloneDX per-version statuses).
    pub index: usize,
    /// The format's own id for it (OpenVEX `@id`, CycloneDX `bom-ref`), if any.
    pub id: Option<String>,
    pub vulnerability: String,
    pub aliases: Vec<String>,
    pub products: Vec<Product>,
    /// Products it names that imagegate cannot identify (no purl), for reports.
    pub unidentified: Vec<String>,
    pub status: Status,
    pub justification: Option<String>,
    /// Why it is not affected, in words (OpenVEX `impact_statement`,
    /// CycloneDX `analysis.detail`, CSAF `threats[impact]`).
    pub impact: Option<String>,
    /// What to do (OpenVEX `action_statement`, CycloneDX `analysis.response`,
    /// CSAF `remediations`).
    pub action: Option<String>,
    /// When it was made, Unix seconds (its own timestamp, else the document's).
    pub timestamp: Option<i64>,
}

impl Statement {
    /// The vulnerability and its aliases.
    pub fn ids(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.vulnerability).chain(&self.aliases)
    }

    /// How reports cite it: `statement 3` or `statement 3 (ID)`.
    pub fn cite(&self) -> String {
        match &self.id {
            Some(id) => format!("statement {} ({id})", self.index),
            None => format!("statement {}", self.index),
        }
    }
}

/// One parsed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// How reports name it (the host's name for the file).
    pub name: String,
    pub format: Format,
    /// The document's own id (OpenVEX `@id`, CycloneDX `serialNumber`, CSAF `tracking.id`).
    pub id: Option<String>,
    pub statements: Vec<Statement>,
    /// How many statements the document has (as it counts them).
    pub count: usize,
}

fn invalid(name: &str, msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::VexInvalid, name, msg)
}

/// Parse one document (OpenVEX, CycloneDX or CSAF, told apart by their
/// required top-level fields).
pub fn parse(file: &VexFile) -> Result<Document> {
    let name = file.name.as_str();
    let v: serde_json::Value = serde_json::from_str(&file.text)
        .map_err(|e| invalid(name, format!("not valid JSON: {e}")))?;
    let Some(obj) = v.as_object() else {
        return Err(invalid(name, "not a JSON object"));
    };
    let doc = if obj
        .get("@context")
        .and_then(|c| c.as_str())
        .is_some_and(|c| c.starts_with("https://openvex.dev/ns"))
    {
        openvex::parse(name, obj)
    } else if obj.get("bomFormat").and_then(|f| f.as_str()) == Some("CycloneDX") {
        cyclonedx::parse(name, obj)
    } else if obj
        .get("document")
        .and_then(|d| d.get("csaf_version"))
        .is_some()
    {
        csaf::parse(name, obj)
    } else {
        Err("not an OpenVEX (@context https://openvex.dev/ns…), CycloneDX (bomFormat) or CSAF (document.csaf_version) document".to_string())
    }
    .map_err(|m| invalid(name, m))?;
    if doc.statements.is_empty() && doc.count == 0 {
        return Err(invalid(name, "the document holds no statement"));
    }
    if !doc.statements.iter().any(|s| !s.products.is_empty()) {
        let shown: Vec<&str> = doc
            .statements
            .iter()
            .flat_map(|s| s.unidentified.iter().map(String::as_str))
            .take(3)
            .collect();
        return Err(invalid(
            name,
            format!(
                "names no product imagegate can identify: products are matched by purl (pkg:…), and none of its statements has one{}",
                if shown.is_empty() {
                    String::new()
                } else {
                    format!(" (it names {})", shown.join(", "))
                }
            ),
        ));
    }
    Ok(doc)
}

/// Parse every document; the first bad one is the error.
pub fn parse_all(files: &[VexFile]) -> Result<Vec<Document>> {
    files.iter().map(parse).collect()
}

/// Read VEX files (each bounded by [`MAX_DOCUMENT`], UTF-8), named as
/// reports name them: relative to `workspace` when inside it, else by file
/// name ([`crate::input::shown_name`], as the policy file is named).
pub fn read(
    paths: &[std::path::PathBuf],
    workspace: Option<&std::path::Path>,
) -> Result<Vec<VexFile>> {
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        let shown = p.display().to_string();
        let bytes = crate::input::read_input(&shown, MAX_DOCUMENT)?;
        let text = String::from_utf8(bytes).map_err(|_| invalid(&shown, "not UTF-8 text"))?;
        out.push(VexFile {
            // A path without a file name is a directory, which the read refused.
            name: crate::input::shown_name(p, workspace)
                .unwrap_or_else(|| crate::input::file_name(&shown)),
            text,
        });
    }
    Ok(out)
}

/// Which files of a workspace are VEX documents by convention: every
/// `*.json` in `<root>/.vex/`, and every `*.openvex.json` or `*.vex.json`
/// at the root, sorted by name (the paths returned are relative to `root`).
/// Hosts use this when no `--vex FILE` is given, as they look for
/// `imagegate.toml`.
pub fn discover(root: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    let list = |dir: &std::path::Path| -> std::io::Result<Vec<String>> {
        match std::fs::read_dir(dir) {
            Ok(rd) => {
                let mut names = Vec::new();
                for e in rd {
                    let e = e?;
                    if e.file_type()?.is_file() || std::fs::metadata(e.path())?.is_file() {
                        names.push(e.file_name().to_string_lossy().into_owned());
                    }
                }
                names.sort();
                Ok(names)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    };
    let vex_dir = root.join(VEX_DIR);
    if vex_dir.is_dir() {
        for n in list(&vex_dir)? {
            if n.ends_with(".json") {
                out.push(std::path::Path::new(VEX_DIR).join(n));
            }
        }
    }
    for n in list(root)? {
        if VEX_SUFFIXES.iter().any(|s| n.ends_with(s)) {
            out.push(std::path::PathBuf::from(n));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- helpers

type Obj = serde_json::Map<String, serde_json::Value>;

fn str_of<'a>(o: &'a Obj, key: &str) -> Option<&'a str> {
    o.get(key)
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn justification(word: &str, statement: &str) -> std::result::Result<String, String> {
    if JUSTIFICATIONS.contains(&word) {
        Ok(word.to_string())
    } else {
        Err(format!(
            "{statement}: unknown justification {word:?}; expected one of {}",
            JUSTIFICATIONS.join(", ")
        ))
    }
}

/// A purl a document names: `Ok(Ok)`; `Ok(Err)`: not a purl (a name, a
/// CPE), the text for the "unidentified" list; `Err`: a malformed purl,
/// which makes the document invalid (never silently unidentified).
fn purl_of(s: &str) -> std::result::Result<std::result::Result<Purl, String>, String> {
    if s.trim().to_ascii_lowercase().starts_with("pkg:") {
        Purl::parse(s)
            .map(Ok)
            .map_err(|e| format!("{s:?} is not a valid purl: {e}"))
    } else {
        Ok(Err(s.to_string()))
    }
}

/// RFC 3339 date-time → Unix seconds (fractions dropped); `None` if it is not one.
pub fn timestamp(s: &str) -> Option<i64> {
    let s = s.trim();
    let day = crate::time::parse_date(s.get(..10)?)?;
    let rest = s.get(10..)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let num = |r: &str| r.parse::<i64>().ok();
    let (h, m, sec) = (
        num(rest.get(0..2)?)?,
        num(rest.get(3..5)?)?,
        num(rest.get(6..8)?)?,
    );
    if rest.get(2..3) != Some(":") || rest.get(5..6) != Some(":") || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut tail = rest.get(8..)?;
    if let Some(frac) = tail.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        tail = &frac[digits..];
    }
    let offset = match tail {
        "Z" | "z" => 0,
        t if t.len() == 6 && (t.starts_with('+') || t.starts_with('-')) => {
            let sign = if t.starts_with('-') { -1 } else { 1 };
            if t.get(3..4) != Some(":") {
                return None;
            }
            sign * (num(t.get(1..3)?)? * 3600 + num(t.get(4..6)?)? * 60)
        }
        _ => return None,
    };
    Some(day * 86_400 + h * 3600 + m * 60 + sec - offset)
}

#[cfg(test)]
mod tests;
