//! `[vulnerabilities] ignore`: accepted advisories, each with a reason, and
//! optionally scoped to a package, a path, a layer or the base image, with
//! an owner and an expiry.
//!
//! ```toml
//! [vulnerabilities]
//! ignore = [
//!   # one advisory, in the whole image (by any of its ids)
//!   { id = "CVE-2023-1234", reason = "not reachable", expires = 2026-12-31 },
//!   # one advisory in one package, below a version
//!   { id = "CVE-2023-43804", purl = "pkg:pypi/urllib3", versions = "<1.26.17",
//!     reason = "no cookies on redirects", owner = "team-api",
//!     justification = "vulnerable_code_not_in_execute_path" },
//!   # any advisory, but only in the base image's layers (needs `[[base.images]]`)
//!   { id = "*", base-image = "sha256:…", reason = "the base team patches it", expires = 2027-01-31 },
//! ]
//! ```
//!
//! An entry names a finding when its `id` is any id of the finding (`*`:
//! any, allowed only with a scope and an expiry) and every scope key it has
//! holds: `purl` names the package (as a VEX purl does: type, namespace,
//! name; version and qualifiers when given), `package` is its name (the
//! binary or the source package), `versions` holds its installed version
//! (`vers:SCHEME/…`, or the constraints alone: `<3.0.15`, `>=1.0|<2.0`,
//! ordered by the package's ecosystem), `path` (a glob) matches the file
//! it was found in (a language manifest, or the OS package database), `layer`
//! is the digest (blob or diff_id) of the layer that brought it, and
//! `base-image` is the digest of the image's base, which `[[base.images]]`
//! identifies by its layers, with the package in one of those layers.
//! Fail closed: a scope that cannot be evaluated (a range for another kind
//! of package, an unidentified base) names nothing.

use crate::image::facts::ImageFacts;
use crate::inventory::purl::Purl;
use crate::policy::cfg::{Cx, Tbl};
use crate::vex::vers::Range;
use crate::vulndb::scan::{Ignored, Vulnerability};

/// One accepted advisory (or `*`) with its scope.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// Advisory id or alias (`CVE-…`, `GHSA-…`, `DSA-…`), matched exactly
    /// (case-insensitively); `*`: any advisory within the scope.
    pub id: String,
    pub reason: String,
    /// Day number after which the ignore no longer applies (inclusive last day).
    pub expires: Option<i64>,
    /// Its position in the list, for messages: `vulnerabilities.ignore[2]`.
    pub index: usize,
    /// Who owns the decision (a team, a person), shown in every report.
    pub owner: Option<String>,
    /// An OpenVEX justification label (`imagegate vex` writes it out).
    pub justification: Option<String>,
    pub scope: Scope,
}

/// What an entry is limited to (every key given must hold).
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub purl: Option<Purl>,
    pub package: Option<String>,
    pub versions: Option<Range>,
    pub path: Option<String>,
    pub layer: Option<String>,
    pub base_image: Option<String>,
}

impl Scope {
    pub fn is_empty(&self) -> bool {
        self.purl.is_none()
            && self.package.is_none()
            && self.path.is_none()
            && self.layer.is_none()
            && self.base_image.is_none()
    }

    /// In words, for reports: `purl pkg:pypi/urllib3, versions <1.26.17`.
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(p) = &self.purl {
            parts.push(format!("purl {p}"));
        }
        if let Some(p) = &self.package {
            parts.push(format!("package {p}"));
        }
        if let Some(r) = &self.versions {
            parts.push(format!("versions {}", r.text));
        }
        if let Some(p) = &self.path {
            parts.push(format!("path {p}"));
        }
        if let Some(l) = &self.layer {
            parts.push(format!("layer {l}"));
        }
        if let Some(b) = &self.base_image {
            parts.push(format!("base-image {b}"));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// The image's base as the policy identifies it: the `[[base.images]]`
/// entry whose layers the image starts with (the longest), and its digest
/// (the entry's, else the image's `org.opencontainers.image.base.digest`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    pub digest: Option<String>,
    /// How many of the image's lowest layers are the base's.
    pub layers: usize,
}

const BASE_DIGEST: &str = "org.opencontainers.image.base.digest";

/// Which of the image's layers are its base's ([`Base`]); `None` when no
/// `[[base.images]]` entry's layers start the image.
pub fn image_base(
    cfg: &crate::policy::checks::base::cfg::Config,
    facts: &ImageFacts,
) -> Option<Base> {
    let diff_ids: Vec<String> = facts.layers.iter().map(|l| l.diff_id.to_string()).collect();
    let b = cfg
        .images
        .iter()
        .rev()
        .filter(|b| {
            b.diff_ids.len() <= diff_ids.len()
                && b.diff_ids.iter().zip(&diff_ids).all(|(a, b)| a == b)
        })
        .max_by_key(|b| b.diff_ids.len())?;
    let annotated = facts
        .annotations
        .get(BASE_DIGEST)
        .or_else(|| facts.labels.get(BASE_DIGEST))
        .cloned();
    Some(Base {
        digest: b.digest.clone().or(annotated),
        layers: b.diff_ids.len(),
    })
}

fn is_digest(s: &str) -> bool {
    s.strip_prefix("sha256:").is_some_and(|h| {
        h.len() == 64
            && h.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// Range schemes [`Range::contains`] can order.
fn known_scheme(s: &str) -> bool {
    matches!(s, "generic" | "semver" | "alpine" | "debian")
        || crate::vulndb::ecosystem::scheme_for_name(s).is_some()
}

/// Parse the `ignore` list of `[vulnerabilities]`; every problem is an error
/// with its position (an entry that cannot be read never applies, and never
/// lasts forever).
pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Vec<Ignore> {
    let mut out = Vec::new();
    for (index, mut it) in t.tables(cx, "ignore").into_iter().enumerate() {
        let mut ok = true;
        let id = it.str(cx, "id");
        let reason = it.str(cx, "reason");
        let expires = it.get("expires").is_some().then(|| it.date(cx, "expires"));
        let text = |cx: &mut Cx<'_>, it: &mut Tbl<'_, '_>, key: &'static str| {
            let s = it.str(cx, key)?;
            if s.get_ref().trim().is_empty() {
                cx.err(s.span(), format!("`{}.{key}` is empty", it.path));
                return None;
            }
            Some(s)
        };
        let owner = text(cx, &mut it, "owner");
        let justification = text(cx, &mut it, "justification");
        let purl = text(cx, &mut it, "purl");
        let package = text(cx, &mut it, "package");
        let versions = text(cx, &mut it, "versions");
        let path = text(cx, &mut it, "path");
        let layer = text(cx, &mut it, "layer");
        let base_image = text(cx, &mut it, "base-image");
        let at = it.path.clone();
        let mut scope = Scope::default();
        if let Some(p) = &purl {
            match Purl::parse(p.get_ref()) {
                Ok(x) if x.is_image() => {
                    ok = false;
                    cx.err(
                        p.span(),
                        format!("`{at}.purl` {:?} names an image; name a package (use `base-image` or `layer` for image parts)", p.get_ref()),
                    );
                }
                Ok(x) => scope.purl = Some(x),
                Err(why) => {
                    ok = false;
                    cx.err(
                        p.span(),
                        format!("`{at}.purl` {:?} is not a valid purl: {why}", p.get_ref()),
                    );
                }
            }
        }
        if let (Some(_), Some(p)) = (&purl, &package) {
            ok = false;
            cx.err(
                p.span(),
                format!("`{at}` has both `purl` and `package`: name the package one way"),
            );
        }
        scope.package = package.map(|p| p.into_inner().trim().to_string());
        if let Some(v) = &versions {
            let raw = v.get_ref().trim();
            let full = if raw.starts_with("vers:") {
                raw.to_string()
            } else {
                format!("vers:generic/{raw}")
            };
            match Range::parse(&full) {
                Ok(r) if !known_scheme(&r.scheme) => {
                    ok = false;
                    cx.err(v.span(), format!("`{at}.versions`: imagegate has no version ordering for the scheme {:?}", r.scheme));
                }
                Ok(mut r) => {
                    r.text = raw.to_string();
                    scope.versions = Some(r);
                }
                Err(why) => {
                    ok = false;
                    cx.err(v.span(), format!("`{at}.versions` {raw:?} is not a version range (`<3.0.15`, `>=1.0|<2.0` or `vers:deb/<3.0.15`): {why}"));
                }
            }
            if purl.is_none() && scope.package.is_none() {
                ok = false;
                cx.err(
                    v.span(),
                    format!("`{at}.versions` needs the package it is about: `purl` or `package`"),
                );
            }
        }
        if let Some(p) = path {
            match crate::policy::glob::validate(p.get_ref()) {
                Ok(()) => scope.path = Some(p.into_inner()),
                Err(why) => {
                    ok = false;
                    cx.err(
                        p.span(),
                        format!("`{at}.path`: glob {:?} is invalid: {why}", p.get_ref()),
                    );
                }
            }
        }
        for (key, v, slot) in [
            ("layer", layer, &mut scope.layer),
            ("base-image", base_image, &mut scope.base_image),
        ] {
            if let Some(d) = v {
                let s = d.get_ref().trim().to_ascii_lowercase();
                if is_digest(&s) {
                    *slot = Some(s);
                } else {
                    ok = false;
                    cx.err(
                        d.span(),
                        format!(
                            "`{at}.{key}`: {:?} is not a sha256:<64 hex> digest",
                            d.get_ref()
                        ),
                    );
                }
            }
        }
        if let Some(j) = &justification {
            if !crate::vex::JUSTIFICATIONS.contains(&j.get_ref().trim()) {
                ok = false;
                cx.err(
                    j.span(),
                    format!(
                        "`{at}.justification` {:?} is not an OpenVEX justification; expected one of {}",
                        j.get_ref(),
                        crate::vex::JUSTIFICATIONS.join(", ")
                    ),
                );
            }
        }
        match &id {
            None => {
                ok = false;
                cx.err(
                    it.span.clone(),
                    format!(
                        "`{at}` needs an `id` (the advisory id or alias, or \"*\" with a scope)"
                    ),
                )
            }
            Some(s) if s.get_ref().trim().is_empty() => {
                ok = false;
                cx.err(s.span(), format!("`{at}.id` is empty"))
            }
            Some(s) if s.get_ref().trim() == "*" => {
                if scope.is_empty() && ok {
                    ok = false;
                    cx.err(s.span(), format!("`{at}.id` = \"*\" ignores every advisory: it needs a scope (`purl`, `package`, `path`, `layer` or `base-image`)"));
                }
                if expires.is_none() {
                    ok = false;
                    cx.err(s.span(), format!("`{at}.id` = \"*\" needs an `expires` date: an ignore of every advisory in a scope must be reviewed"));
                }
            }
            _ => {}
        }
        match &reason {
            None => {
                ok = false;
                cx.err(
                    it.span.clone(),
                    format!("`{at}` needs a `reason`: say why the advisory does not apply, for the audit trail"),
                )
            }
            Some(s) if s.get_ref().trim().is_empty() => {
                ok = false;
                cx.err(s.span(), format!("`{at}.reason` is empty"))
            }
            _ => {}
        }
        it.finish(cx);
        // A date that did not parse is an error above: never an ignore without end.
        let expires = match expires {
            Some(None) => continue,
            Some(d) => d,
            None => None,
        };
        if let (true, Some(id), Some(reason)) = (ok, id, reason) {
            out.push(Ignore {
                id: id.into_inner().trim().to_string(),
                reason: reason.into_inner(),
                expires,
                index,
                owner: owner.map(|o| o.into_inner().trim().to_string()),
                justification: justification.map(|j| j.into_inner().trim().to_string()),
                scope,
            });
        }
    }
    out
}

impl Ignore {
    /// Whether it applies on `today` (an expiring one needs the host's date).
    pub fn active(&self, today: Option<i64>) -> bool {
        match (self.expires, today) {
            (None, _) => true,
            (Some(exp), Some(today)) => today <= exp,
            (Some(_), None) => false,
        }
    }

    /// Whether it names the finding `v` (module doc).
    pub fn names(&self, v: &Vulnerability, facts: &ImageFacts, base: Option<&Base>) -> bool {
        let f = &v.finding;
        if self.id != "*" && !f.has_id(&self.id) {
            return false;
        }
        let s = &self.scope;
        let pv = Purl::parse(&v.purl).ok();
        if let Some(p) = &s.purl {
            if !pv.as_ref().is_some_and(|pv| p.names(pv)) {
                return false;
            }
        }
        if let Some(name) = &s.package {
            let norm = |x: &str| match pv.as_ref().map(|p| p.kind.as_str()) {
                Some("pypi") => crate::inventory::pep503(x),
                _ => x.to_string(),
            };
            let want = norm(name);
            let binary = pv.as_ref().map(|p| norm(&p.name));
            if norm(&f.package) != want && binary.as_deref() != Some(want.as_str()) {
                return false;
            }
        }
        if let Some(r) = &s.versions {
            let scheme = pv
                .as_ref()
                .and_then(|p| crate::vulndb::ecosystem::scheme_for_name(&p.kind));
            // The installed version as the ecosystem spells it (a deb purl
            // carries its epoch as a qualifier, not in the version).
            // A range that cannot be evaluated for this package names nothing.
            let inside = match scheme {
                Some(sc) => r.contains(sc, &f.installed) == Ok(true),
                None => false,
            };
            if !inside {
                return false;
            }
        }
        if let Some(g) = &s.path {
            if !crate::policy::glob::matches(g, &v.path) {
                return false;
            }
        }
        if let Some(d) = &s.layer {
            let hit = facts
                .layers
                .get(v.layer as usize)
                .is_some_and(|l| l.digest.to_string() == *d || l.diff_id.to_string() == *d);
            if !hit {
                return false;
            }
        }
        if let Some(d) = &s.base_image {
            let hit = base.is_some_and(|b| {
                b.digest.as_deref() == Some(d.as_str()) && (v.layer as usize) < b.layers
            });
            if !hit {
                return false;
            }
        }
        true
    }

    /// The report's record of it.
    pub fn record(&self) -> Ignored {
        Ignored {
            index: self.index,
            id: self.id.clone(),
            owner: self.owner.clone(),
            reason: self.reason.clone(),
            justification: self.justification.clone(),
            expires: self.expires.map(crate::time::format_date),
            scope: self.scope.describe(),
            also: Vec::new(),
        }
    }
}

/// Mark every finding the active entries name (the first entry decides;
/// the others that also name it are kept in `also`, so none of them counts
/// as unused). Expired entries (or expiring ones without a date) apply to
/// nothing: the check warns about them.
pub fn apply(
    list: &[Ignore],
    facts: &ImageFacts,
    base: Option<&Base>,
    today: Option<i64>,
    vulns: &mut [Vulnerability],
) {
    for v in vulns.iter_mut() {
        let mut hits = list
            .iter()
            .filter(|ig| ig.active(today) && ig.names(v, facts, base));
        v.ignored = hits.next().map(|first| {
            let mut rec = first.record();
            rec.also = hits.map(|ig| ig.index).collect();
            rec
        });
    }
}
