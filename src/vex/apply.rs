//! Applying VEX statements to a scan's findings.
//!
//! A statement names a finding when
//! - its vulnerability or one of its aliases is any id of the finding (its
//!   CVE, the distribution's advisory ids, GHSA and other aliases), and
//! - one of its products covers the finding's package:
//!   - a package purl that names the package ([`super::purl::Purl::names`]),
//!     with the package's version in the statement's range when it has one;
//!   - the image itself (`pkg:oci/NAME@sha256:…`: the manifest digest, or the
//!     config digest, i.e. the image id; or, without a digest,
//!     `?repository_url=REGISTRY/REPO[&tag=TAG]` against the names the image
//!     carries and `--reference`), with a subcomponent that names the
//!     package, or with no subcomponents (the whole image);
//!   - a package of the image with a subcomponent that names the package.
//!
//! Of the statements of one document that name a finding, the latest
//! (`timestamp`; document order breaks no tie) decides; two latest ones that
//! disagree are a conflict. `not_affected` (with a justification or an
//! impact statement) and `fixed` suppress the finding; when several
//! documents speak, the finding is suppressed only if every one of them
//! suppresses it. Anything else (`affected`, `under_investigation`, a
//! conflict, `not_affected` without any reason) keeps the finding, and its
//! [`Decision`] shows the statements. Fail closed: nothing is suppressed by
//! a statement that does not name it exactly.

use super::purl::Purl;
use super::{Document, Format, Product, Statement, Status};
use crate::image::reference::Reference;
use crate::vulndb::scan::Vulnerability;
pub use crate::vulndb::triage::{Applied, Decision};
use crate::vulndb::version::Scheme;
use serde::Serialize;
use std::collections::BTreeSet;

/// What identifies the scanned image.
#[derive(Debug, Clone, Default)]
pub struct Image {
    pub manifest_digest: Option<String>,
    pub config_digest: String,
    /// The names it carries (`RepoTags`, `ref.name`) and the pipeline's reference.
    pub references: Vec<String>,
}

impl Image {
    /// Whether the `pkg:oci` purl `p` names this image.
    pub fn is(&self, p: &Purl) -> bool {
        if let Some(d) = &p.version {
            return self.manifest_digest.as_deref() == Some(d.as_str()) || self.config_digest == *d;
        }
        let Some(want) = p
            .qualifiers
            .get("repository_url")
            .map(|r| {
                r.trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_end_matches('/')
            })
            .and_then(Reference::parse)
        else {
            return false;
        };
        self.references
            .iter()
            .filter_map(|r| Reference::parse(r))
            .any(|r| {
                r.registry == want.registry
                    && r.repository == want.repository
                    && r.repository
                        .rsplit('/')
                        .next()
                        .is_some_and(|n| n.eq_ignore_ascii_case(&p.name))
                    && p.qualifiers
                        .get("tag")
                        .is_none_or(|t| r.tag.as_deref() == Some(t.as_str()))
            })
    }
}

/// One document, as reports list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentSummary {
    pub name: String,
    pub format: Format,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Statements as the document counts them.
    pub statements: usize,
    /// Statements that named a finding of this image.
    pub applied: usize,
    /// The statements (by position) that named none.
    #[serde(skip)]
    pub unused: Vec<usize>,
    /// Products it names that imagegate cannot identify (no purl), a few.
    #[serde(skip)]
    pub unidentified: Vec<String>,
}

/// The result of applying every document (the report's `vex`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub documents: Vec<DocumentSummary>,
    /// Statements that name a finding's id and package but whose range could
    /// not be evaluated for it (so they did not apply), in words.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unevaluated: Vec<String>,
}

fn suppresses(s: &Statement) -> bool {
    match s.status {
        Status::Fixed => true,
        Status::NotAffected => s.justification.is_some() || s.impact.is_some(),
        _ => false,
    }
}

/// Whether product `p` covers the finding's package `pv` (version ordered by `scheme`).
fn covers(
    p: &Product,
    image: &Image,
    packages: &[Purl],
    pv: &Purl,
    scheme: Option<Scheme>,
) -> Result<bool, String> {
    if p.purl.is_image() {
        if !image.is(&p.purl) {
            return Ok(false);
        }
        if p.subcomponents.is_empty() {
            return Ok(true);
        }
        if !p.subcomponents.iter().any(|s| s.names(pv)) {
            return Ok(false);
        }
    } else if p.subcomponents.is_empty() {
        if !p.purl.names(pv) {
            return Ok(false);
        }
    } else if !(packages.iter().any(|q| p.purl.names(q))
        && p.subcomponents.iter().any(|s| s.names(pv)))
    {
        return Ok(false);
    }
    match &p.range {
        None => Ok(true),
        Some(r) => {
            let scheme =
                scheme.ok_or_else(|| format!("{} packages have no version ordering", pv.kind))?;
            let version = pv.version.as_deref().ok_or("the package has no version")?;
            r.contains(scheme, version)
        }
    }
}

fn applied(doc: &Document, s: &Statement) -> Applied {
    Applied {
        document: doc.name.clone(),
        format: doc.format,
        statement: s.cite(),
        status: s.status,
        justification: s.justification.clone(),
        impact_statement: s.impact.clone(),
        action_statement: s.action.clone(),
    }
}

/// Apply `docs` to `vulns` (each gets its [`Decision`], or none when no
/// statement names it). `packages` are the purls of every package of the image.
pub fn apply(
    docs: &[Document],
    image: &Image,
    packages: &[String],
    vulns: &mut [Vulnerability],
) -> Outcome {
    let pkgs: Vec<Purl> = packages
        .iter()
        .filter_map(|p| Purl::parse(p).ok())
        .collect();
    let mut used: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); docs.len()];
    let mut unevaluated = BTreeSet::new();
    for v in vulns.iter_mut() {
        let Ok(pv) = Purl::parse(&v.purl) else {
            continue;
        };
        let scheme = crate::vulndb::ecosystem::scheme_for_name(&pv.kind);
        // Per document: the statements that name this finding.
        let mut per_doc: Vec<(usize, Vec<&Statement>)> = Vec::new();
        for (di, doc) in docs.iter().enumerate() {
            let mut hits = Vec::new();
            for s in &doc.statements {
                if !s.ids().any(|id| v.finding.has_id(id)) {
                    continue;
                }
                let mut hit = false;
                for p in &s.products {
                    match covers(p, image, &pkgs, &pv, scheme) {
                        Ok(true) => hit = true,
                        Ok(false) => {}
                        Err(why) => {
                            unevaluated.insert(format!(
                                "{} {} names {} for {} but does not apply to {}@{}: {why}",
                                doc.name,
                                s.cite(),
                                s.vulnerability,
                                p.subcomponents.first().unwrap_or(&p.purl),
                                v.finding.package,
                                v.finding.installed
                            ));
                        }
                    }
                }
                if hit {
                    used[di].insert(s.index);
                    hits.push(s);
                }
            }
            if !hits.is_empty() {
                per_doc.push((di, hits));
            }
        }
        if per_doc.is_empty() {
            continue;
        }
        // The latest statements of each document decide.
        let mut deciding: Vec<Applied> = Vec::new();
        let mut kinds: BTreeSet<bool> = BTreeSet::new();
        let mut others: Vec<Applied> = Vec::new();
        let mut conflict: Vec<String> = Vec::new();
        let mut all_suppress = true;
        let mut status: Option<Status> = None;
        for (di, hits) in &per_doc {
            let doc = &docs[*di];
            let latest = hits
                .iter()
                .map(|s| s.timestamp.unwrap_or(i64::MIN))
                .max()
                .unwrap_or(i64::MIN);
            let (top, rest): (Vec<&&Statement>, Vec<&&Statement>) = hits
                .iter()
                .partition(|s| s.timestamp.unwrap_or(i64::MIN) == latest);
            let statuses: BTreeSet<bool> = top.iter().map(|s| suppresses(s)).collect();
            if statuses.len() > 1 {
                conflict.push(format!(
                    "{} has statements of equal date that disagree ({})",
                    doc.name,
                    top.iter()
                        .map(|s| format!("{}: {}", s.cite(), s.status.as_str()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            for s in &top {
                if !suppresses(s) {
                    all_suppress = false;
                    if status.is_none_or(|st| st.suppresses()) {
                        status = Some(s.status);
                    }
                } else if status.is_none() {
                    status = Some(s.status);
                }
                kinds.insert(suppresses(s));
                deciding.push(applied(doc, s));
            }
            others.extend(rest.iter().map(|s| applied(doc, s)));
        }
        if kinds.len() > 1 && conflict.is_empty() {
            conflict.push(format!(
                "the documents disagree ({})",
                deciding
                    .iter()
                    .map(|a| format!("{}: {}", a.cite(), a.status.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let suppressed = all_suppress && conflict.is_empty();
        let reason = if !conflict.is_empty() {
            Some(format!(
                "conflicting VEX statements: {}",
                conflict.join("; ")
            ))
        } else if !suppressed && deciding.iter().any(|a| a.status == Status::NotAffected) {
            Some(
                "not_affected without a justification or impact statement does not suppress"
                    .to_string(),
            )
        } else {
            None
        };
        deciding.extend(others);
        v.vex = Some(Decision {
            status: status.unwrap_or(Status::UnderInvestigation),
            suppressed,
            reason,
            statements: deciding,
        });
    }
    let documents = docs
        .iter()
        .zip(&used)
        .map(|(d, u)| {
            let all: BTreeSet<usize> = d.statements.iter().map(|s| s.index).collect();
            let mut unidentified: Vec<String> = d
                .statements
                .iter()
                .filter(|s| !u.contains(&s.index))
                .flat_map(|s| s.unidentified.iter().cloned())
                .collect();
            unidentified.dedup();
            unidentified.truncate(3);
            DocumentSummary {
                name: d.name.clone(),
                format: d.format,
                id: d.id.clone(),
                statements: d.count,
                applied: u.len(),
                unused: all.difference(u).copied().collect(),
                unidentified,
            }
        })
        .collect();
    Outcome {
        documents,
        unevaluated: unevaluated.into_iter().collect(),
    }
}
