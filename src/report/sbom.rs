//! What the two SBOM renderers ([`super::cyclonedx`], [`super::spdx`]) share:
//! the image's name and purl, stable per-package references, the
//! `imagegate:*` properties, SPDX licence ids and the document timestamp.
//! Everything here is a pure function of the [`Report`], so the same image
//! always gives byte-identical SBOMs (no clock, no random UUIDs).

use crate::inventory::{purl, Package};
use crate::report::Report;
use sha2::{Digest as _, Sha256};
use std::collections::HashMap;

/// The timestamp used when the image config has no usable `created`.
pub const EPOCH: &str = "1970-01-01T00:00:00Z";

/// The image's name: its first reference, else the input's name.
pub fn image_name(report: &Report) -> String {
    report
        .image
        .references
        .first()
        .cloned()
        .unwrap_or_else(|| report.source.name.clone())
}

/// A reference split as a purl needs it: `[registry/]path/name[:tag][@digest]`.
struct Reference {
    /// `registry/path/name`, only when the reference names a registry.
    repository_url: Option<String>,
    name: String,
    tag: Option<String>,
}

fn parse_reference(r: &str) -> Option<Reference> {
    let r = r.split_once('@').map_or(r, |(left, _)| left);
    let (path, tag) = match r.rsplit_once(':') {
        Some((p, t)) if !t.contains('/') => (p, Some(t.to_string())),
        _ => (r, None),
    };
    let parts: Vec<&str> = path.split('/').collect();
    let name = parts.last()?.to_ascii_lowercase();
    let valid = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    };
    if !valid(&name) || tag.as_deref().is_some_and(|t| !valid(t)) {
        return None;
    }
    let has_registry = parts.len() > 1
        && parts
            .first()
            .is_some_and(|f| f.contains('.') || f.contains(':') || *f == "localhost");
    Some(Reference {
        repository_url: has_registry.then(|| path.to_ascii_lowercase()),
        name,
        tag,
    })
}

/// `pkg:oci/NAME@MANIFEST-DIGEST?arch=..&repository_url=..&tag=..`, when the
/// image has a reference and a manifest digest (the purl-spec's `oci` type
/// versions an image by the digest a registry serves).
pub fn image_purl(report: &Report) -> Option<String> {
    let digest = report.image.manifest_digest.as_ref()?;
    let r = parse_reference(report.image.references.first()?)?;
    let arch = report.image.architecture.as_deref().unwrap_or("");
    Some(purl::build(
        "oci",
        None,
        &r.name,
        &digest.to_string(),
        &[
            ("arch", arch),
            ("repository_url", r.repository_url.as_deref().unwrap_or("")),
            ("tag", r.tag.as_deref().unwrap_or("")),
        ],
    ))
}

/// The image's own reference in the document: its purl, else its config digest.
pub fn image_ref(report: &Report) -> String {
    image_purl(report).unwrap_or_else(|| format!("image:{}", report.image.config_digest))
}

/// The operating system's reference, e.g. `os:debian@12`.
pub fn os_ref(report: &Report) -> Option<String> {
    let os = report.os.as_ref()?;
    Some(match &os.version {
        Some(v) => format!("os:{}@{v}", os.family),
        None => format!("os:{}", os.family),
    })
}

/// One stable, unique reference per package (in report order): the purl,
/// with `|2`, `|3`, ... appended to the second and later packages sharing a
/// purl. `|` is percent-encoded inside purls, so a suffixed reference never
/// equals a real purl.
pub fn package_refs(packages: &[Package]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    packages
        .iter()
        .map(|p| {
            let n = seen.entry(p.purl.as_str()).or_insert(0);
            *n += 1;
            if *n == 1 {
                p.purl.clone()
            } else {
                format!("{}|{n}", p.purl)
            }
        })
        .collect()
}

/// The `imagegate:*` facts of the image, in a fixed order.
pub fn image_properties(report: &Report) -> Vec<(&'static str, String)> {
    let i = &report.image;
    let mut props = vec![("imagegate:image:config-digest", i.config_digest.to_string())];
    if let Some(m) = &i.manifest_digest {
        props.push(("imagegate:image:manifest-digest", m.to_string()));
    }
    for r in &i.references {
        props.push(("imagegate:image:reference", r.clone()));
    }
    if let (Some(os), Some(arch)) = (&i.os, &i.architecture) {
        let platform = match &i.variant {
            Some(v) => format!("{os}/{arch}/{v}"),
            None => format!("{os}/{arch}"),
        };
        props.push(("imagegate:image:platform", platform));
    }
    for l in &i.layers {
        props.push(("imagegate:image:diff-id", l.diff_id.to_string()));
    }
    props
}

/// The `imagegate:*` facts of the detected operating system.
pub fn os_properties(report: &Report) -> Vec<(&'static str, String)> {
    let Some(os) = &report.os else {
        return Vec::new();
    };
    let mut props = Vec::new();
    if let Some(c) = &os.codename {
        props.push(("imagegate:os:codename", c.clone()));
    }
    if let Some(p) = &os.point_release {
        props.push(("imagegate:os:point-release", p.clone()));
    }
    if os.distroless {
        props.push(("imagegate:os:distroless", "true".to_string()));
    }
    props.push(("imagegate:os:source", os.source.clone()));
    props
}

/// The `imagegate:*` facts of one package: ecosystem, layer (index and
/// diff_id), the file it was found in, and its source package.
pub fn package_properties(report: &Report, p: &Package) -> Vec<(&'static str, String)> {
    let mut props = vec![
        ("imagegate:ecosystem", p.ecosystem.as_str().to_string()),
        ("imagegate:layer", p.layer.to_string()),
    ];
    let layer = usize::try_from(p.layer)
        .ok()
        .and_then(|i| report.image.layers.get(i));
    if let Some(l) = layer {
        props.push(("imagegate:layer:diff-id", l.diff_id.to_string()));
    }
    props.push(("imagegate:path", p.path.clone()));
    if let Some(s) = &p.source_name {
        props.push(("imagegate:source-name", s.clone()));
    }
    if let Some(s) = &p.source_version {
        props.push(("imagegate:source-version", s.clone()));
    }
    props
}

/// The document's timestamp: the image config's `created`, normalised to
/// `YYYY-MM-DDThh:mm:ssZ` (fractional seconds dropped); [`EPOCH`] when it is
/// absent or not in UTC `Z` form. Never the wall clock, so the same image
/// always gives the same document.
pub fn created(report: &Report) -> String {
    report
        .image
        .created
        .as_deref()
        .and_then(normalise_timestamp)
        .unwrap_or_else(|| EPOCH.to_string())
}

fn normalise_timestamp(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let head = b.get(..19)?;
    let shape = b"dddd-dd-ddTdd:dd:dd";
    let ok = head.iter().zip(shape).all(|(&c, &want)| match want {
        b'd' => c.is_ascii_digit(),
        _ => c == want,
    });
    let tail = b.get(19..)?;
    let tail_ok = match tail {
        [b'Z'] => true,
        [b'.', rest @ .., b'Z'] => !rest.is_empty() && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    };
    (ok && tail_ok).then(|| format!("{}Z", String::from_utf8_lossy(head)))
}

/// The first 16 bytes of a SHA-256, laid out as a name-based (version 5
/// style, RFC 9562 variant) UUID: stable for the same input.
pub fn uuid_from(input: &str) -> String {
    let h = Sha256::digest(input.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Short stable hex tag of a string (first 8 bytes of its SHA-256).
pub fn short_hash(input: &str) -> String {
    Sha256::digest(input.as_bytes())[..8]
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// The canonical SPDX licence id when `s` is exactly one (ASCII
/// case-insensitive) of the common ids below; `None` for anything else
/// (expressions, free text, rare ids), which the renderers then carry as a
/// plain name (CycloneDX) or `NOASSERTION` (SPDX). A deliberately short
/// list: every entry is checked against the official SPDX list in tests.
pub fn spdx_license_id(s: &str) -> Option<&'static str> {
    let s = s.trim();
    SPDX_IDS
        .iter()
        .copied()
        .find(|id| id.eq_ignore_ascii_case(s))
}

/// Common, non-deprecated SPDX licence ids (SPDX License List).
pub const SPDX_IDS: &[&str] = &[
    "0BSD",
    "AFL-2.1",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "Apache-1.1",
    "Apache-2.0",
    "Artistic-1.0",
    "Artistic-1.0-Perl",
    "Artistic-2.0",
    "BSD-1-Clause",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "BSD-4-Clause",
    "BSL-1.0",
    "BlueOak-1.0.0",
    "bzip2-1.0.6",
    "CC-BY-3.0",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC0-1.0",
    "CDDL-1.0",
    "CDDL-1.1",
    "curl",
    "EPL-1.0",
    "EPL-2.0",
    "EUPL-1.2",
    "FTL",
    "GFDL-1.3-or-later",
    "GPL-1.0-or-later",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "HPND",
    "ICU",
    "IJG",
    "ISC",
    "LGPL-2.0-only",
    "LGPL-2.0-or-later",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "libpng-2.0",
    "Libpng",
    "MIT",
    "MIT-0",
    "MPL-1.1",
    "MPL-2.0",
    "NCSA",
    "OFL-1.1",
    "OpenSSL",
    "PHP-3.01",
    "PostgreSQL",
    "PSF-2.0",
    "Python-2.0",
    "Ruby",
    "Sleepycat",
    "TCL",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "Unlicense",
    "Vim",
    "W3C",
    "WTFPL",
    "X11",
    "Zlib",
    "ZPL-2.1",
];

/// Replace every character outside `[A-Za-z0-9.-]` (what an SPDX element id
/// allows after `SPDXRef-`) with `-`.
pub fn spdx_id_part(s: &str) -> String {
    let out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if out.is_empty() {
        "unnamed".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        let r = parse_reference("docker.io/library/App:1.0").unwrap();
        assert_eq!(r.repository_url.as_deref(), Some("docker.io/library/app"));
        assert_eq!((r.name.as_str(), r.tag.as_deref()), ("app", Some("1.0")));
        let r = parse_reference("localhost:5000/team/svc@sha256:abc").unwrap();
        assert_eq!(r.repository_url.as_deref(), Some("localhost:5000/team/svc"));
        assert_eq!((r.name.as_str(), r.tag), ("svc", None));
        let r = parse_reference("app:1.0").unwrap();
        assert_eq!(r.repository_url, None);
        assert!(parse_reference("we ird:1").is_none());
        assert!(parse_reference("").is_none());
    }

    #[test]
    fn timestamps() {
        assert_eq!(
            normalise_timestamp("2024-01-01T00:00:00Z").as_deref(),
            Some("2024-01-01T00:00:00Z")
        );
        assert_eq!(
            normalise_timestamp("2024-01-01T10:20:30.123456789Z").as_deref(),
            Some("2024-01-01T10:20:30Z")
        );
        assert_eq!(normalise_timestamp("2024-01-01T10:20:30+02:00"), None);
        assert_eq!(normalise_timestamp("2024-01-01T10:20:30.Z"), None);
        assert_eq!(normalise_timestamp("yesterday"), None);
        assert_eq!(normalise_timestamp("2024-01-01T10:20:30"), None);
    }

    #[test]
    fn uuids_are_stable_and_well_formed() {
        let u = uuid_from("sha256:00");
        assert_eq!(u, uuid_from("sha256:00"));
        assert_ne!(u, uuid_from("sha256:01"));
        let b = u.as_bytes();
        assert_eq!(u.len(), 36);
        assert_eq!(b[14], b'5');
        assert!(matches!(b[19], b'8' | b'9' | b'a' | b'b'));
    }

    #[test]
    fn licence_ids_and_spdx_id_parts() {
        assert_eq!(spdx_license_id("mit"), Some("MIT"));
        assert_eq!(spdx_license_id(" Apache-2.0 "), Some("Apache-2.0"));
        assert_eq!(spdx_license_id("MIT AND BSD-2-Clause"), None);
        assert_eq!(spdx_license_id("GPL"), None);
        assert_eq!(spdx_id_part("libc6:amd64 1+2"), "libc6-amd64-1-2");
        assert_eq!(spdx_id_part(""), "unnamed");
    }

    #[test]
    fn duplicate_purls_get_suffixes() {
        use crate::inventory::{Ecosystem, Package};
        let mut a = Package::new(Ecosystem::Npm, "a", "1");
        a.purl = "pkg:npm/a@1".into();
        let mut b = Package::new(Ecosystem::Npm, "b", "1");
        b.purl = "pkg:npm/b@1".into();
        let refs = package_refs(&[a.clone(), b, a.clone(), a]);
        assert_eq!(
            refs,
            [
                "pkg:npm/a@1",
                "pkg:npm/b@1",
                "pkg:npm/a@1|2",
                "pkg:npm/a@1|3"
            ]
        );
    }
}
