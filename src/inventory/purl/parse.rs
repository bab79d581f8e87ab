//! Package URLs as VEX documents and policy ignores name products: parsed
//! (`pkg:TYPE/NAMESPACE/NAME@VERSION?QUALIFIERS#SUBPATH`, percent-decoded,
//! normalized per type as the purl specification says) and matched against
//! the purls of the image's packages.
//!
//! A statement's purl names a package when type, namespace and name are
//! equal (PyPI names compared by PEP 503, the types the specification calls
//! case-insensitive in lower case), its version, when it has one, is the
//! package's version as a string (a statement without a version names every
//! version), every qualifier it has is the package's with the same value,
//! and its subpath, when it has one, is the package's. Nothing is guessed:
//! `pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=arm64` does not name the
//! `amd64` package.

use std::collections::BTreeMap;

/// A parsed, normalized purl.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purl {
    pub kind: String,
    pub namespace: Option<String>,
    pub name: String,
    pub version: Option<String>,
    pub qualifiers: BTreeMap<String, String>,
    pub subpath: Option<String>,
}

pub(crate) fn decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("bad percent-encoding at byte {i}"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "percent-encoding is not UTF-8".to_string())
}

/// Types whose namespace and name the purl specification makes case-insensitive.
const LOWER_CASE: &[&str] = &[
    "alpm",
    "apk",
    "bitbucket",
    "composer",
    "deb",
    "github",
    "golang",
    "hex",
    "npm",
    "oci",
    "pypi",
];

impl Purl {
    /// Parse a purl; `Err` says what is wrong with it.
    pub fn parse(s: &str) -> Result<Purl, String> {
        let s = s.trim();
        let rest = s
            .get(..4)
            .filter(|p| p.eq_ignore_ascii_case("pkg:"))
            .map(|_| &s[4..])
            .ok_or("does not start with `pkg:`")?;
        let rest = rest.trim_start_matches('/');
        let (rest, subpath) = match rest.split_once('#') {
            Some((r, sp)) => {
                let sp = sp.trim_matches('/');
                (
                    r,
                    (!sp.is_empty())
                        .then(|| {
                            sp.split('/')
                                .filter(|x| !x.is_empty() && *x != "." && *x != "..")
                                .map(decode)
                                .collect::<Result<Vec<_>, _>>()
                                .map(|v| v.join("/"))
                        })
                        .transpose()?,
                )
            }
            None => (rest, None),
        };
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        let mut qualifiers = BTreeMap::new();
        for pair in query.into_iter().flat_map(|q| q.split('&')) {
            if pair.is_empty() {
                continue;
            }
            let (k, v) = pair
                .split_once('=')
                .ok_or_else(|| format!("qualifier {pair:?} has no `=`"))?;
            let v = decode(v)?;
            if !v.is_empty() {
                qualifiers.insert(k.to_ascii_lowercase(), v);
            }
        }
        let (kind, path) = rest.split_once('/').ok_or("has no name")?;
        let kind = kind.to_ascii_lowercase();
        if kind.is_empty()
            || !kind
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '+' || c == '-')
        {
            return Err(format!("type {kind:?} is not valid"));
        }
        let path = path.trim_end_matches('/');
        // The version follows the last `@` of the last segment (npm
        // namespaces start with an encoded `@`, a raw one is tolerated).
        let (path, version) = match path.rfind('@') {
            Some(at) if !path[at..].contains('/') && at > 0 => {
                (&path[..at], Some(decode(&path[at + 1..])?))
            }
            _ => (path, None),
        };
        let mut segments: Vec<String> = path
            .split('/')
            .filter(|x| !x.is_empty())
            .map(decode)
            .collect::<Result<_, _>>()?;
        let name = segments.pop().ok_or("has no name")?;
        if name.is_empty() {
            return Err("has no name".into());
        }
        let namespace = (!segments.is_empty()).then(|| segments.join("/"));
        let mut p = Purl {
            kind,
            namespace,
            name,
            version: version.filter(|v| !v.is_empty()),
            qualifiers,
            subpath,
        };
        p.normalize();
        Ok(p)
    }

    fn normalize(&mut self) {
        if LOWER_CASE.contains(&self.kind.as_str()) {
            self.name = self.name.to_lowercase();
            self.namespace = self.namespace.take().map(|n| n.to_lowercase());
        } else if self.kind == "rpm" {
            self.namespace = self.namespace.take().map(|n| n.to_lowercase());
        }
        if self.kind == "pypi" {
            self.name = crate::inventory::pep503(&self.name);
        }
        if self.kind == "oci" {
            // The digest's algorithm and hex are case-insensitive.
            self.version = self.version.take().map(|v| v.to_ascii_lowercase());
        }
    }

    /// Whether this is an image (`pkg:oci/…`).
    pub fn is_image(&self) -> bool {
        self.kind == "oci"
    }

    /// Whether this purl (a statement's) names `pkg` (an image package's purl).
    pub fn names(&self, pkg: &Purl) -> bool {
        let same_name = if self.kind == "nuget" {
            self.name.eq_ignore_ascii_case(&pkg.name)
        } else {
            self.name == pkg.name
        };
        self.kind == pkg.kind
            && same_name
            && self.namespace == pkg.namespace
            && self
                .version
                .as_ref()
                .is_none_or(|v| Some(v) == pkg.version.as_ref())
            && self.qualifiers.iter().all(|(k, v)| {
                pkg.qualifiers
                    .get(k)
                    .map(String::as_str)
                    .or_else(|| default_qualifier(&pkg.kind, k))
                    == Some(v.as_str())
            })
            && self
                .subpath
                .as_ref()
                .is_none_or(|s| Some(s) == pkg.subpath.as_ref())
    }

    /// The canonical string (the form imagegate writes).
    pub fn to_canonical(&self) -> String {
        let q: Vec<(&str, &str)> = self
            .qualifiers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let mut s = crate::inventory::purl::build(
            &self.kind,
            self.namespace.as_deref(),
            &self.name,
            self.version.as_deref().unwrap_or(""),
            &q,
        );
        if let Some(sp) = &self.subpath {
            s.push('#');
            s.push_str(&crate::inventory::purl::encode(sp, true));
        }
        s
    }
}

/// The value a purl type's spec gives a qualifier that is left out (a
/// statement's `pkg:maven/…?type=jar` names the `pkg:maven/…` imagegate
/// reports for a jar).
fn default_qualifier(kind: &str, key: &str) -> Option<&'static str> {
    match (kind, key) {
        ("maven", "type") => Some("jar"),
        _ => None,
    }
}

impl std::fmt::Display for Purl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_canonical())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Purl {
        Purl::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn parse_and_normalize() {
        let a = p("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12");
        assert_eq!(a.kind, "deb");
        assert_eq!(a.namespace.as_deref(), Some("debian"));
        assert_eq!(a.name, "libc6");
        assert_eq!(a.version.as_deref(), Some("2.36-9+deb12u4"));
        assert_eq!(a.qualifiers.get("arch").map(String::as_str), Some("amd64"));
        let n = p("pkg:npm/%40babel/core@7.0.0");
        assert_eq!(n.namespace.as_deref(), Some("@babel"));
        assert_eq!(n.name, "core");
        let y = p("PKG:PyPI/Foo_Bar@1.0");
        assert_eq!((y.kind.as_str(), y.name.as_str()), ("pypi", "foo-bar"));
        let o = p("pkg:oci/alpine@sha256%3AF271e74b?repository_url=index.docker.io/library/alpine");
        assert_eq!(o.version.as_deref(), Some("sha256:f271e74b"));
        assert!(o.is_image());
        let g = p("pkg:golang/github.com/gin-gonic/gin@v1.9.0#binding");
        assert_eq!(g.namespace.as_deref(), Some("github.com/gin-gonic"));
        assert_eq!(g.subpath.as_deref(), Some("binding"));
        for bad in [
            "deb/debian/x",
            "pkg:",
            "pkg:deb",
            "pkg:d$b/x",
            "pkg:deb/x%zz",
            "pkg:deb/x?a",
        ] {
            assert!(Purl::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            p("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?distro=debian-12&arch=amd64").to_canonical(),
            "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"
        );
    }

    #[test]
    fn names_exactly() {
        let pkg = p("pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12");
        assert!(p("pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64").names(&pkg));
        assert!(
            p("pkg:deb/debian/openssl").names(&pkg),
            "no version: every version"
        );
        assert!(
            !p("pkg:deb/debian/openssl@3.0.11-1~deb12u1").names(&pkg),
            "another version"
        );
        assert!(!p("pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=arm64").names(&pkg));
        assert!(
            !p("pkg:deb/ubuntu/openssl").names(&pkg),
            "another namespace"
        );
        assert!(!p("pkg:rpm/debian/openssl").names(&pkg), "another type");
        assert!(!p("pkg:deb/debian/openssl?repository_url=x").names(&pkg));
        let py = p("pkg:pypi/urllib3@1.26.5");
        assert!(p("pkg:pypi/URLLib3@1.26.5").names(&py));
        assert!(
            !p("pkg:pypi/urllib3@1.26.05").names(&py),
            "versions compare as strings"
        );
    }
}
