//! Package URLs (purl, https://github.com/package-url/purl-spec): the one
//! identifier every SBOM and advisory database understands.
//!
//! This module builds the purls of the inventory's packages; [`parse`]
//! reads purls others write (VEX documents, policy ignores) and matches
//! them against those.

pub mod parse;

pub use parse::Purl;

/// Percent-encode a purl component: keep unreserved characters, encode the rest.
pub fn encode(s: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b))
            }
            b'/' if keep_slash => out.push('/'),
            b':' => out.push(char::from(b)),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Build `pkg:TYPE/NAMESPACE/NAME@VERSION?k=v&...` (qualifiers sorted by key,
/// empty values dropped).
pub fn build(
    kind: &str,
    namespace: Option<&str>,
    name: &str,
    version: &str,
    qualifiers: &[(&str, &str)],
) -> String {
    let mut s = format!("pkg:{kind}/");
    if let Some(ns) = namespace.filter(|n| !n.is_empty()) {
        let parts: Vec<String> = ns.split('/').map(|p| encode(p, false)).collect();
        s.push_str(&parts.join("/"));
        s.push('/');
    }
    s.push_str(&encode(name, false));
    if !version.is_empty() {
        s.push('@');
        s.push_str(&encode(version, false));
    }
    let mut q: Vec<(&str, &str)> = qualifiers
        .iter()
        .copied()
        .filter(|(_, v)| !v.is_empty())
        .collect();
    q.sort_by_key(|(k, _)| *k);
    if !q.is_empty() {
        s.push('?');
        let parts: Vec<String> = q
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v, false)))
            .collect();
        s.push_str(&parts.join("&"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purls() {
        assert_eq!(
            build(
                "deb",
                Some("debian"),
                "libc6",
                "2.36-9+deb12u4",
                &[("arch", "amd64"), ("distro", "debian-12")]
            ),
            "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"
        );
        assert_eq!(
            build("npm", Some("@babel"), "core", "7.0.0", &[]),
            "pkg:npm/%40babel/core@7.0.0"
        );
        assert_eq!(
            build("golang", Some("github.com/x"), "y", "v1.0.0", &[]),
            "pkg:golang/github.com/x/y@v1.0.0"
        );
        assert_eq!(
            build(
                "deb",
                Some("debian"),
                "tzdata",
                "2024a-0+deb12u1",
                &[("epoch", "")]
            ),
            "pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1"
        );
    }
}
