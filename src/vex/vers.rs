//! Version ranges in the `vers` syntax (the purl project's version range
//! specifier, `vers:pypi/>=1.0|<2.0`), which CycloneDX `affects.versions`
//! and CSAF `product_version_range` use. Parsed strictly (a bad range is an
//! error of its document), evaluated with the package's own ecosystem
//! ordering ([`crate::vulndb::version`]) by the specification's algorithm.
//! A range whose scheme is not the package's (other than `generic`), or a
//! version the ordering rejects, cannot be evaluated: the statement then
//! does not apply, and says why.

use crate::vulndb::version::{compare, validate, Scheme};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A parsed range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    /// The versioning scheme (`pypi`, `deb`, `semver`, `generic`, ...).
    pub scheme: String,
    /// `None`: `*`, every version.
    pub constraints: Option<Vec<(Op, String)>>,
    /// The text as written, for reports.
    pub text: String,
}

impl Range {
    /// Parse `vers:SCHEME/CONSTRAINTS`.
    pub fn parse(s: &str) -> Result<Range, String> {
        let text = s.trim().to_string();
        let body = text
            .strip_prefix("vers:")
            .ok_or("a version range must start with `vers:`")?;
        let (scheme, cs) = body.split_once('/').ok_or("no `/` after the scheme")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme.is_empty() {
            return Err("no scheme".into());
        }
        let cs = cs.trim();
        if cs == "*" {
            return Ok(Range {
                scheme,
                constraints: None,
                text,
            });
        }
        let mut out = Vec::new();
        for c in cs.split('|') {
            let c = c.trim();
            let (op, v) = [
                (">=", Op::Ge),
                ("<=", Op::Le),
                ("!=", Op::Ne),
                ("<", Op::Lt),
                (">", Op::Gt),
                ("=", Op::Eq),
            ]
            .iter()
            .find_map(|(p, op)| c.strip_prefix(p).map(|v| (*op, v)))
            .unwrap_or((Op::Eq, c));
            let v = v.trim();
            if v.is_empty() || v == "*" {
                return Err(format!("constraint {c:?} has no version"));
            }
            let v = super::purl::decode(v)?;
            out.push((op, v));
        }
        if out.is_empty() {
            return Err("no constraint".into());
        }
        Ok(Range {
            scheme,
            constraints: Some(out),
            text,
        })
    }

    /// A range holding one version (CycloneDX `affects.versions[].version`).
    pub fn exact(version: &str) -> Range {
        Range {
            scheme: "generic".into(),
            constraints: Some(vec![(Op::Eq, version.to_string())]),
            text: version.to_string(),
        }
    }

    /// Whether `version` (of a package ordered by `scheme`) is in the range.
    /// `Err`: the range cannot be evaluated for it (another scheme, an
    /// invalid version), and why.
    pub fn contains(&self, scheme: Scheme, version: &str) -> Result<bool, String> {
        let Some(cs) = &self.constraints else {
            return Ok(true);
        };
        // An exact version is a string match first (as OSV `versions`).
        if cs.iter().any(|(op, v)| *op == Op::Eq && v == version) {
            return Ok(true);
        }
        let own = match self.scheme.as_str() {
            "generic" => scheme,
            "semver" => Scheme::Semver,
            "alpine" => Scheme::Apk,
            "debian" => Scheme::Dpkg,
            other => crate::vulndb::ecosystem::scheme_for_name(other)
                .ok_or_else(|| format!("the range scheme {other:?} is not one imagegate orders"))?,
        };
        let fits = own == scheme || matches!((own, scheme), (Scheme::Semver, Scheme::Go));
        if !fits {
            return Err(format!(
                "the range {} is for another kind of package",
                self.text
            ));
        }
        for v in std::iter::once(version).chain(cs.iter().map(|(_, v)| v.as_str())) {
            validate(scheme, v).map_err(|why| format!("{v:?} is not a valid version ({why})"))?;
        }
        let cmp = |v: &str| compare(scheme, version, v);
        // The specification's algorithm: equalities first, then the
        // remaining comparators sorted by version, walked in pairs.
        for (op, v) in cs {
            match op {
                Op::Eq if cmp(v) == Ordering::Equal => return Ok(true),
                Op::Ne if cmp(v) == Ordering::Equal => return Ok(false),
                _ => {}
            }
        }
        let mut rest: Vec<&(Op, String)> = cs
            .iter()
            .filter(|(op, _)| !matches!(op, Op::Eq | Op::Ne))
            .collect();
        if rest.is_empty() {
            // Only `!=` constraints (none hit): every other version.
            return Ok(cs.iter().all(|(op, _)| *op == Op::Ne));
        }
        rest.sort_by(|a, b| compare(scheme, &a.1, &b.1));
        let holds = |op: Op, v: &str| {
            let o = cmp(v);
            match op {
                Op::Lt => o == Ordering::Less,
                Op::Le => o != Ordering::Greater,
                Op::Gt => o == Ordering::Greater,
                Op::Ge => o != Ordering::Less,
                Op::Eq | Op::Ne => false,
            }
        };
        let n = rest.len();
        for i in 0..n {
            let (op, v) = (rest[i].0, rest[i].1.as_str());
            if i == 0 && matches!(op, Op::Lt | Op::Le) && holds(op, v) {
                return Ok(true);
            }
            if i + 1 == n && matches!(op, Op::Gt | Op::Ge) && holds(op, v) {
                return Ok(true);
            }
            if let Some(next) = rest.get(i + 1) {
                if matches!(op, Op::Gt | Op::Ge)
                    && matches!(next.0, Op::Lt | Op::Le)
                    && holds(op, v)
                    && holds(next.0, &next.1)
                {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Range {
        Range::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn ranges() {
        let pep = Scheme::Pep440;
        let a = r("vers:pypi/>=1.0|<2.0");
        assert_eq!(a.contains(pep, "1.5"), Ok(true));
        assert_eq!(a.contains(pep, "2.0"), Ok(false));
        assert_eq!(a.contains(pep, "0.9"), Ok(false));
        // Two intervals and exclusions (the specification's examples).
        let b = r("vers:npm/>=1.0.0|<1.5.0|>=2.0.0|!=2.1.0");
        assert_eq!(b.contains(Scheme::Semver, "1.2.3"), Ok(true));
        assert_eq!(b.contains(Scheme::Semver, "1.7.0"), Ok(false));
        assert_eq!(b.contains(Scheme::Semver, "2.1.0"), Ok(false));
        assert_eq!(b.contains(Scheme::Semver, "3.0.0"), Ok(true));
        assert_eq!(r("vers:deb/*").contains(Scheme::Dpkg, "1:2.3-4"), Ok(true));
        assert_eq!(
            r("vers:generic/<=3.4").contains(Scheme::Pep440, "3.4"),
            Ok(true)
        );
        assert_eq!(r("vers:pypi/3.4").contains(pep, "3.4.0"), Ok(true));
        // Another scheme, an invalid version: not evaluated.
        assert!(r("vers:deb/<1.0").contains(pep, "0.5").is_err());
        assert!(r("vers:pypi/<1.0-SNAPSHOT").contains(pep, "0.5").is_err());
        for bad in [
            "pypi/<1",
            "vers:/<1",
            "vers:pypi/>=",
            "vers:pypi",
            "vers:pypi/<1|",
        ] {
            assert!(Range::parse(bad).is_err(), "{bad}");
        }
    }
}
