//! Matching an image's inventory against the vulnerability DB: each package
//! is mapped to its OSV (ecosystem, name, version), the DB is looked up once
//! per (ecosystem, name), and every record is evaluated with OSV semantics.

use crate::error::{Error, ErrorKind, Result};
use crate::inventory::{Inventory, Warning};
use crate::vulndb::db::Db;
use crate::vulndb::ecosystem::query_for;
use crate::vulndb::matcher::{match_record, Finding};
use crate::vulndb::osv;
use serde::Serialize;
use std::collections::HashMap;
use std::io::{Read, Seek};

/// One advisory affecting one installed package, with where the package is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Vulnerability {
    #[serde(flatten)]
    pub finding: Finding,
    pub purl: String,
    pub layer: u32,
    pub path: String,
}

/// What the report says about the DB that was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DbSummary {
    pub build_time: String,
    pub records: u64,
    pub sources: Vec<String>,
}

/// Match every package of `inv` against `db`. Records that do not parse are
/// skipped with a `vulndb-record-invalid` warning (once per record id).
pub fn match_inventory<R: Read + Seek>(
    db: &mut Db<R>,
    inv: &Inventory,
    db_name: &str,
) -> Result<(Vec<Vulnerability>, Vec<Warning>)> {
    let mut cache: HashMap<(String, String), Vec<osv::Record>> = HashMap::new();
    let mut warnings = Vec::new();
    let mut out = Vec::new();
    for pkg in &inv.packages {
        let Some(q) = query_for(pkg, inv.os.as_ref()) else {
            continue;
        };
        let key = (q.ecosystem.clone(), q.name.clone());
        if !cache.contains_key(&key) {
            let raw = db
                .lookup(&q.ecosystem, &q.name)
                .map_err(|e| Error::new(e.kind, db_name, e.message))?;
            let mut records = Vec::with_capacity(raw.len());
            for bytes in raw {
                let text = String::from_utf8_lossy(&bytes);
                match osv::parse(&text) {
                    Ok(r) => records.push(r),
                    Err(e) => warnings.push(Warning {
                        code: "vulndb-record-invalid",
                        path: db_name.to_string(),
                        message: format!("{e}"),
                    }),
                }
            }
            cache.insert(key.clone(), records);
        }
        for record in cache.get(&key).into_iter().flatten() {
            if let Some(finding) = match_record(record, &q) {
                out.push(Vulnerability {
                    finding,
                    purl: pkg.purl.clone(),
                    layer: pkg.layer,
                    path: pkg.path.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (
            std::cmp::Reverse(a.finding.severity.level),
            &a.finding.id,
            &a.purl,
            &a.path,
        )
            .cmp(&(
                std::cmp::Reverse(b.finding.severity.level),
                &b.finding.id,
                &b.purl,
                &b.path,
            ))
    });
    out.dedup_by(|a, b| a.finding.id == b.finding.id && a.purl == b.purl && a.path == b.path);
    warnings.sort_by(|a, b| a.message.cmp(&b.message));
    warnings.dedup();
    Ok((out, warnings))
}

/// Open the DB at `path` (shown as `name` in errors).
pub fn open(path: &std::path::Path, name: &str) -> Result<(Db<std::fs::File>, DbSummary)> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(name, &e))?;
    let db = Db::open(f).map_err(|e| Error::new(e.kind, name, e.message))?;
    let info = db.info();
    let summary = DbSummary {
        build_time: info.build_time.clone(),
        records: info.records,
        sources: info.sources.iter().map(|s| s.name.clone()).collect(),
    };
    if summary.records == 0 {
        return Err(Error::new(
            ErrorKind::Malformed,
            name,
            "the vulnerability DB holds no records",
        ));
    }
    Ok((db, summary))
}
