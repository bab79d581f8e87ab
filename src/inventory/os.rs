//! Operating-system detection: `/etc/os-release` (then `/usr/lib/os-release`),
//! `/etc/alpine-release`, `/etc/debian_version`, `/etc/redhat-release`, and
//! distroless Debian images (no os-release, but `var/lib/dpkg/status.d/`).

use crate::image::facts::parse_os_release;
use crate::image::fs::FileTree;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OsInfo {
    /// The distribution id (`debian`, `ubuntu`, `alpine`, `rhel`, `fedora`, ...).
    pub family: String,
    /// Version as the distribution states it (`12`, `3.19.1`, `9.3`).
    pub version: Option<String>,
    /// Full point release where a file gives one (`/etc/debian_version`: `12.5`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point_release: Option<String>,
    pub codename: Option<String>,
    pub pretty_name: Option<String>,
    /// Whether this looks like a distroless image (no shell package manager).
    pub distroless: bool,
    /// The file the family and version were read from.
    pub source: String,
}

/// Files read for OS detection.
pub fn is_release_file(path: &str) -> bool {
    matches!(
        path,
        "etc/os-release"
            | "usr/lib/os-release"
            | "etc/alpine-release"
            | "etc/debian_version"
            | "etc/redhat-release"
            | "etc/system-release"
    )
}

fn text(tree: &FileTree, path: &str) -> Option<(String, String)> {
    let (real, node) = tree.resolve(path)?;
    let c = node.content.as_deref()?;
    Some((format!("/{real}"), String::from_utf8_lossy(c).into_owned()))
}

impl OsInfo {
    /// The purl namespace of OS packages.
    pub fn purl_namespace(&self) -> String {
        match self.family.as_str() {
            "rhel" => "redhat".to_string(),
            "opensuse-leap" | "opensuse-tumbleweed" | "sles" | "sle-micro" => {
                "opensuse".to_string()
            }
            f => f.to_string(),
        }
    }

    /// The purl `distro` qualifier, e.g. `debian-12`.
    pub fn purl_distro(&self) -> String {
        match &self.version {
            Some(v) => format!("{}-{v}", self.family),
            None => self.family.clone(),
        }
    }
}

/// Detect the OS of the final filesystem.
pub fn detect(tree: &FileTree) -> Option<OsInfo> {
    let debian_version = text(tree, "etc/debian_version").map(|(_, t)| t.trim().to_string());
    let distroless_dpkg = tree.iter_prefix("var/lib/dpkg/status.d/").next().is_some();
    for p in ["etc/os-release", "usr/lib/os-release"] {
        if let Some((source, t)) = text(tree, p) {
            let m = parse_os_release(&t);
            let Some(id) = m.get("ID").cloned() else {
                continue;
            };
            let point = (id == "debian")
                .then(|| debian_version.clone())
                .flatten()
                .filter(|v| v.starts_with(|c: char| c.is_ascii_digit()));
            return Some(OsInfo {
                family: id,
                version: m.get("VERSION_ID").cloned(),
                point_release: point,
                codename: m.get("VERSION_CODENAME").cloned(),
                pretty_name: m.get("PRETTY_NAME").cloned(),
                distroless: distroless_dpkg
                    || m.get("PRETTY_NAME")
                        .is_some_and(|n| n.contains("Distroless")),
                source,
            });
        }
    }
    if let Some((source, t)) = text(tree, "etc/alpine-release") {
        return Some(OsInfo {
            family: "alpine".into(),
            version: Some(t.trim().to_string()),
            point_release: None,
            codename: None,
            pretty_name: None,
            distroless: false,
            source,
        });
    }
    for p in ["etc/redhat-release", "etc/system-release"] {
        if let Some((source, t)) = text(tree, p) {
            let line = t.lines().next().unwrap_or("").trim().to_string();
            let lower = line.to_ascii_lowercase();
            let family = if lower.starts_with("red hat") {
                "rhel"
            } else if lower.starts_with("centos") {
                "centos"
            } else if lower.starts_with("rocky") {
                "rocky"
            } else if lower.starts_with("almalinux") {
                "almalinux"
            } else if lower.starts_with("fedora") {
                "fedora"
            } else if lower.starts_with("amazon") {
                "amzn"
            } else {
                "rhel"
            };
            let version = line
                .split_whitespace()
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                .map(str::to_string);
            return Some(OsInfo {
                family: family.into(),
                version,
                point_release: None,
                codename: None,
                pretty_name: Some(line),
                distroless: false,
                source,
            });
        }
    }
    if let Some(v) = debian_version {
        let major = v.split('.').next().unwrap_or("").to_string();
        return Some(OsInfo {
            family: "debian".into(),
            version: major
                .chars()
                .all(|c| c.is_ascii_digit())
                .then_some(major)
                .filter(|m| !m.is_empty()),
            point_release: Some(v),
            codename: None,
            pretty_name: None,
            distroless: distroless_dpkg,
            source: "/etc/debian_version".into(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::fs::{LayerChanges, Node, NodeKind};

    fn tree(files: &[(&str, &str)]) -> FileTree {
        let mut t = FileTree::default();
        t.apply(LayerChanges {
            entries: files
                .iter()
                .map(|(p, c)| {
                    (
                        p.to_string(),
                        Node {
                            layer: 0,
                            kind: NodeKind::File,
                            mode: 0o644,
                            uid: 0,
                            gid: 0,
                            size: c.len() as u64,
                            content: Some(std::sync::Arc::from(c.as_bytes())),
                        },
                    )
                })
                .collect(),
            ..Default::default()
        });
        t
    }

    #[test]
    fn release_files() {
        let os = detect(&tree(&[(
            "etc/redhat-release",
            "Red Hat Enterprise Linux release 8.9 (Ootpa)\n",
        )]))
        .unwrap();
        assert_eq!(
            (os.family.as_str(), os.version.as_deref()),
            ("rhel", Some("8.9"))
        );
        assert_eq!(os.purl_namespace(), "redhat");
        let os = detect(&tree(&[(
            "etc/redhat-release",
            "CentOS Linux release 7.9.2009 (Core)\n",
        )]))
        .unwrap();
        assert_eq!(
            (os.family.as_str(), os.version.as_deref()),
            ("centos", Some("7.9.2009"))
        );
        let os = detect(&tree(&[("etc/alpine-release", "3.19.1\n")])).unwrap();
        assert_eq!(os.purl_distro(), "alpine-3.19.1");
        let os = detect(&tree(&[("etc/debian_version", "12.5\n")])).unwrap();
        assert_eq!(
            (
                os.family.as_str(),
                os.version.as_deref(),
                os.point_release.as_deref()
            ),
            ("debian", Some("12"), Some("12.5"))
        );
        // os-release wins over the others and gets the Debian point release.
        let os = detect(&tree(&[
            (
                "etc/os-release",
                "ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n",
            ),
            ("etc/debian_version", "12.5\n"),
            ("etc/alpine-release", "3.19.1\n"),
        ]))
        .unwrap();
        assert_eq!(
            (
                os.family.as_str(),
                os.point_release.as_deref(),
                os.codename.as_deref()
            ),
            ("debian", Some("12.5"), Some("bookworm"))
        );
        // Debian testing/sid: debian_version is a codename, not a number.
        let os = detect(&tree(&[("etc/debian_version", "trixie/sid\n")])).unwrap();
        assert_eq!(os.version, None);
        assert!(detect(&tree(&[("etc/hostname", "x")])).is_none());
    }
}
