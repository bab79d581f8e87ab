//! Prioritisation data, optional inputs of the DB build: CISA's Known
//! Exploited Vulnerabilities catalogue (KEV, `known_exploited_vulnerabilities.json`)
//! and FIRST's EPSS scores (`epss_scores-YYYY-MM-DD.csv.gz`, gzipped or
//! plain). Both are read in their published formats, validated strictly (a
//! file that is not what it claims is an error naming it, never a partial
//! table), and stored in the DB by CVE id ([`crate::vulndb::db`]); findings
//! carry them by any CVE id of their group ([`crate::vulndb::scan`]).
//!
//! KEV (<https://www.cisa.gov/known-exploited-vulnerabilities-catalog>):
//! `{"title", "catalogVersion", "dateReleased", "count", "vulnerabilities":
//! [{"cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded",
//! "shortDescription", "requiredAction", "dueDate",
//! "knownRansomwareCampaignUse", "notes", "cwes"}]}`; imagegate keeps
//! `cveID`, `dateAdded`, `dueDate` and `knownRansomwareCampaignUse`.
//!
//! EPSS (<https://www.first.org/epss/data_stats>): a first line
//! `#model_version:v2025.03.14,score_date:2025-11-25T12:55:00Z`, the header
//! `cve,epss,percentile`, then one `CVE-…,0.00043,0.11872` row per CVE.

use crate::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::BufRead;

/// Largest KEV catalogue read (the real one is ~1.5 MB).
pub const MAX_KEV_BYTES: u64 = 64 << 20;
/// Largest EPSS file read, after decompression (the real one is ~10 MB).
pub const MAX_EPSS_BYTES: u64 = 512 << 20;
/// Longest EPSS line accepted.
const MAX_LINE: usize = 4096;

/// A KEV catalogue entry, as a finding carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnownExploited {
    /// The CVE id the catalogue lists (one of the finding's ids).
    pub cve: String,
    /// `dateAdded`: when CISA added it (YYYY-MM-DD).
    pub date_added: String,
    /// `dueDate`: the remediation deadline for US federal agencies (YYYY-MM-DD).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub due_date: String,
    /// `knownRansomwareCampaignUse`: `Known` or `Unknown`.
    pub ransomware_use: String,
}

impl KnownExploited {
    /// Whether CISA knows of its use in ransomware campaigns.
    pub fn ransomware(&self) -> bool {
        self.ransomware_use.eq_ignore_ascii_case("known")
    }

    /// `KEV since 2021-12-10, known ransomware use` for human reports.
    pub fn describe(&self) -> String {
        format!(
            "KEV since {}{}",
            self.date_added,
            if self.ransomware() {
                ", known ransomware use"
            } else {
                ""
            }
        )
    }
}

/// An EPSS score, as a finding carries it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Epss {
    /// The CVE id scored (one of the finding's ids; the highest score wins).
    pub cve: String,
    /// Probability of exploitation activity in the next 30 days (0..1).
    pub score: f64,
    /// The score's percentile among all scored CVEs (0..1).
    pub percentile: f64,
}

impl Epss {
    /// `EPSS 0.94358 (percentile 0.99961)` for human reports.
    pub fn describe(&self) -> String {
        format!(
            "EPSS {} (percentile {})",
            fmt_score(self.score),
            fmt_score(self.percentile)
        )
    }
}

/// A score with at most 5 decimals, trailing zeros dropped (`0.5`, `0.00043`).
pub fn fmt_score(v: f64) -> String {
    let s = format!("{v:.5}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() {
        "0".into()
    } else {
        s.to_string()
    }
}

/// What the DB records about one prioritisation input (shown by `db info`
/// and in every report's DB section).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Feed {
    /// The input's file name.
    pub source: String,
    /// sha256 of the file as given (compressed bytes for `.gz`), hex.
    pub sha256: String,
    /// KEV `catalogVersion`; EPSS `model_version`.
    pub version: String,
    /// KEV `dateReleased`; EPSS `score_date`.
    pub date: String,
    /// Catalogue entries / scored CVEs.
    pub entries: u64,
}

/// One CVE's prioritisation data in the DB.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entry {
    /// `dateAdded`, `dueDate`, `knownRansomwareCampaignUse`.
    pub kev: Option<(String, String, String)>,
    /// score, percentile.
    pub epss: Option<(f64, f64)>,
}

/// KEV entries by CVE id: `dateAdded`, `dueDate`, `knownRansomwareCampaignUse`.
pub type KevTable = BTreeMap<String, (String, String, String)>;
/// EPSS scores by CVE id: score and percentile in billionths (exact for
/// the 5 or 9 decimals FIRST publishes; 40 bytes an entry less than floats
/// in a map of ~300,000).
pub type EpssTable = BTreeMap<String, (u32, u32)>;

/// A billionths value as the probability it stands for.
pub fn from_billionths(n: u32) -> f64 {
    f64::from(n) / 1e9
}

/// Whether `s` is a CVE id: `CVE-YYYY-NNNN…` (ASCII, 4+ digits).
pub fn is_cve(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("CVE-") else {
        return false;
    };
    let Some((year, num)) = rest.split_once('-') else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (4..=12).contains(&num.len())
        && num.bytes().all(|b| b.is_ascii_digit())
}

fn bad(name: &str, msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Malformed, name, msg.into())
}

/// A short, printable field value (dates, version words): at most 64
/// characters of ASCII letters, digits and `-:.+_TZ ` (never a control
/// character or markup that could reach a log).
fn plain(v: &str) -> bool {
    v.len() <= 64
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" -:.+_/".contains(&b))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct KevCatalog {
    catalog_version: String,
    date_released: String,
    #[serde(default)]
    count: Option<u64>,
    vulnerabilities: Vec<KevVuln>,
}

#[derive(Deserialize)]
struct KevVuln {
    #[serde(rename = "cveID")]
    cve_id: String,
    #[serde(rename = "dateAdded")]
    date_added: String,
    #[serde(rename = "dueDate", default)]
    due_date: Option<String>,
    #[serde(rename = "knownRansomwareCampaignUse", default)]
    ransomware: Option<String>,
}

/// Read a KEV catalogue: its metadata and `cveID → (dateAdded, dueDate,
/// knownRansomwareCampaignUse)`. `name` names the file in errors.
pub fn read_kev(bytes: &[u8], name: &str) -> Result<(Feed, KevTable)> {
    let cat: KevCatalog = serde_json::from_slice(bytes).map_err(|e| {
        bad(
            name,
            format!("not a CISA KEV catalogue (known_exploited_vulnerabilities.json): {e}"),
        )
    })?;
    if !plain(&cat.catalog_version) || cat.catalog_version.is_empty() {
        return Err(bad(name, "catalogVersion is empty or not a version string"));
    }
    let released = cat.date_released.get(..10).unwrap_or_default();
    if !plain(&cat.date_released) || crate::time::parse_date(released).is_none() {
        return Err(bad(name, "dateReleased is not a date"));
    }
    if let Some(n) = cat.count {
        if n != cat.vulnerabilities.len() as u64 {
            return Err(bad(
                name,
                format!(
                    "count says {n} entries but the catalogue has {} (truncated?)",
                    cat.vulnerabilities.len()
                ),
            ));
        }
    }
    let mut out = BTreeMap::new();
    for (i, v) in cat.vulnerabilities.into_iter().enumerate() {
        let at = |what: &str| bad(name, format!("vulnerabilities[{i}]: {what}"));
        if !is_cve(&v.cve_id) {
            return Err(at("cveID is not a CVE id"));
        }
        if crate::time::parse_date(&v.date_added).is_none() || v.date_added.len() != 10 {
            return Err(at("dateAdded is not a YYYY-MM-DD date"));
        }
        let due = v.due_date.unwrap_or_default();
        if !due.is_empty() && (crate::time::parse_date(&due).is_none() || due.len() != 10) {
            return Err(at("dueDate is not a YYYY-MM-DD date"));
        }
        let ransomware = v.ransomware.unwrap_or_else(|| "Unknown".into());
        if ransomware.is_empty() || !plain(&ransomware) || ransomware.len() > 16 {
            return Err(at(
                "knownRansomwareCampaignUse is not a word (Known, Unknown)",
            ));
        }
        // A CVE listed twice: the earliest dateAdded is kept (input order never matters).
        let entry = (v.date_added, due, ransomware);
        match out.get(&v.cve_id) {
            Some(old) if old <= &entry => {}
            _ => {
                out.insert(v.cve_id, entry);
            }
        }
    }
    if out.is_empty() {
        return Err(bad(name, "the catalogue lists no vulnerabilities"));
    }
    let feed = Feed {
        source: String::new(),
        sha256: hex(&Sha256::digest(bytes)),
        version: cat.catalog_version,
        date: cat.date_released,
        entries: out.len() as u64,
    };
    Ok((feed, out))
}

/// Read an EPSS scores file (gzipped or plain CSV): its metadata and
/// `cve → (epss, percentile)`.
pub fn read_epss(raw: &[u8], name: &str) -> Result<(Feed, EpssTable)> {
    let sha256 = hex(&Sha256::digest(raw));
    // Streamed: the decompressed CSV is never held whole.
    let gz = raw.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead + '_> = if gz {
        Box::new(std::io::BufReader::with_capacity(
            64 << 10,
            flate2::read::MultiGzDecoder::new(raw),
        ))
    } else {
        Box::new(raw)
    };
    let mut lines = reader.split(b'\n');
    let mut total = 0u64;
    let mut next = |n: &mut usize| -> Result<Option<String>> {
        let Some(line) = lines.next() else {
            return Ok(None);
        };
        *n += 1;
        let line = line.map_err(|e| {
            if gz {
                bad(name, format!("not a valid gzip file: {e}"))
            } else {
                Error::io(name, &e)
            }
        })?;
        total += line.len() as u64 + 1;
        if total > MAX_EPSS_BYTES {
            return Err(bad(
                name,
                format!("larger than {} MiB", MAX_EPSS_BYTES >> 20),
            ));
        }
        if line.len() > MAX_LINE {
            return Err(bad(name, format!("line {n}: longer than {MAX_LINE} bytes")));
        }
        let s = String::from_utf8(line).map_err(|_| bad(name, format!("line {n}: not UTF-8")))?;
        Ok(Some(s.trim_end_matches('\r').to_string()))
    };
    let mut n = 0usize;
    let first = next(&mut n)?.unwrap_or_default();
    let Some(meta) = first.strip_prefix('#') else {
        return Err(bad(
            name,
            "not an EPSS scores file: the first line must be FIRST's `#model_version:…,score_date:…` comment",
        ));
    };
    let (mut version, mut date) = (String::new(), String::new());
    for part in meta.split(',') {
        match part.split_once(':') {
            Some(("model_version", v)) => version = v.trim().to_string(),
            Some(("score_date", v)) => date = v.trim().to_string(),
            _ => {}
        }
    }
    if version.is_empty() || !plain(&version) {
        return Err(bad(name, "line 1: no model_version"));
    }
    if !plain(&date) || crate::time::parse_date(date.get(..10).unwrap_or_default()).is_none() {
        return Err(bad(name, "line 1: score_date is not a date"));
    }
    let header = next(&mut n)?.unwrap_or_default();
    if header.trim() != "cve,epss,percentile" {
        return Err(bad(
            name,
            "line 2: expected the header `cve,epss,percentile`",
        ));
    }
    let unit = |s: &str| {
        s.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && (0.0..=1.0).contains(v))
            .map(|v| (v * 1e9).round() as u32)
    };
    let mut out = BTreeMap::new();
    while let Some(line) = next(&mut n)? {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split(',');
        let (Some(cve), Some(epss), Some(pct), None) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            return Err(bad(
                name,
                format!("line {n}: expected 3 columns cve,epss,percentile"),
            ));
        };
        if !is_cve(cve) {
            return Err(bad(
                name,
                format!(
                    "line {n}: {:?} is not a CVE id",
                    crate::logsafe::log_safe(cve)
                ),
            ));
        }
        let (Some(e), Some(p)) = (unit(epss), unit(pct)) else {
            return Err(bad(
                name,
                format!("line {n}: epss and percentile must be numbers from 0 to 1"),
            ));
        };
        if out.insert(cve.to_string(), (e, p)).is_some() {
            return Err(bad(name, format!("line {n}: {cve} is scored twice")));
        }
    }
    if out.is_empty() {
        return Err(bad(name, "no scores after the header"));
    }
    let feed = Feed {
        source: String::new(),
        sha256,
        version,
        date,
        entries: out.len() as u64,
    };
    Ok((feed, out))
}

pub(crate) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cve_ids() {
        assert!(is_cve("CVE-2021-44228"));
        assert!(is_cve("CVE-2024-1234567"));
        assert!(!is_cve("CVE-21-44228"));
        assert!(!is_cve("GHSA-xxxx"));
        assert!(!is_cve("CVE-2021-12"));
        assert!(!is_cve("CVE-2021-1234\n"));
    }

    #[test]
    fn kev_format_and_errors() {
        let ok = br#"{"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"2025.11.24","dateReleased":"2025-11-24T17:01:29.6893Z","count":2,"vulnerabilities":[
            {"cveID":"CVE-2021-44228","vendorProject":"Apache","product":"Log4j2","dateAdded":"2021-12-10","dueDate":"2021-12-24","knownRansomwareCampaignUse":"Known","notes":"","cwes":["CWE-20"]},
            {"cveID":"CVE-2023-44487","dateAdded":"2023-10-10","dueDate":"2023-10-31","knownRansomwareCampaignUse":"Unknown"}]}"#;
        let (feed, map) = read_kev(ok, "kev.json").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(feed.version, "2025.11.24");
        assert_eq!(feed.entries, 2);
        assert_eq!(
            map.get("CVE-2021-44228"),
            Some(&("2021-12-10".into(), "2021-12-24".into(), "Known".into()))
        );
        let err = |b: &[u8]| {
            read_kev(b, "kev.json")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err(b"[]").contains("kev.json"));
        assert!(err(br#"{"catalogVersion":"1","dateReleased":"2025-01-01","count":3,"vulnerabilities":[{"cveID":"CVE-2021-44228","dateAdded":"2021-12-10"}]}"#).contains("truncated"));
        assert!(err(br#"{"catalogVersion":"1","dateReleased":"2025-01-01","vulnerabilities":[{"cveID":"CVE-x","dateAdded":"2021-12-10"}]}"#).contains("vulnerabilities[0]: cveID"));
        assert!(err(br#"{"catalogVersion":"1","dateReleased":"2025-01-01","vulnerabilities":[{"cveID":"CVE-2021-44228","dateAdded":"yesterday"}]}"#).contains("dateAdded"));
        assert!(err(
            br#"{"catalogVersion":"1\u001b[31m","dateReleased":"2025-01-01","vulnerabilities":[]}"#
        )
        .contains("catalogVersion"));
        assert!(
            err(br#"{"catalogVersion":"1","dateReleased":"2025-01-01","vulnerabilities":[]}"#)
                .contains("no vulnerabilities")
        );
    }

    #[test]
    fn epss_format_plain_and_gzip() {
        let csv = "#model_version:v2025.03.14,score_date:2025-11-25T12:55:00Z\ncve,epss,percentile\nCVE-2021-44228,0.94358,0.99961\nCVE-2023-45803,0.00043,0.11872\n";
        let (feed, map) = read_epss(csv.as_bytes(), "e.csv").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (feed.version.as_str(), feed.date.as_str(), feed.entries),
            ("v2025.03.14", "2025-11-25T12:55:00Z", 2)
        );
        assert_eq!(map.get("CVE-2023-45803"), Some(&(430_000, 118_720_000)));
        assert_eq!(from_billionths(430_000), 0.00043);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, csv.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
        let gz = gz.finish().unwrap_or_else(|e| panic!("{e}"));
        let (feed2, map2) = read_epss(&gz, "e.csv.gz").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map, map2);
        assert_eq!(feed2.sha256, hex(&Sha256::digest(&gz)));
        let err = |s: &str| {
            read_epss(s.as_bytes(), "e.csv")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err("cve,epss,percentile\n").contains("model_version"));
        assert!(err("#model_version:v1,score_date:2025-01-01\ncve,score\n").contains("header"));
        assert!(err("#model_version:v1,score_date:2025-01-01\ncve,epss,percentile\nCVE-2021-44228,1.5,0.9\n").contains("line 3"));
        assert!(err("#model_version:v1,score_date:2025-01-01\ncve,epss,percentile\nCVE-2021-44228,0.1,0.9\nCVE-2021-44228,0.1,0.9\n").contains("twice"));
        assert!(
            err("#model_version:v1,score_date:2025-01-01\ncve,epss,percentile\n")
                .contains("no scores")
        );
        assert!(read_epss(&gz[..gz.len() / 2], "e.csv.gz").is_err());
        assert_eq!(fmt_score(0.5), "0.5");
        assert_eq!(fmt_score(0.00043), "0.00043");
        assert_eq!(fmt_score(0.0), "0");
    }
}
