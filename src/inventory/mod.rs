//! The package inventory: which files in an image hold package data (so the
//! layer walk captures them, bounded), the parsers for each source, OS
//! detection, and the final list of packages of the final filesystem, each
//! with its ecosystem, purl, the layer that introduced it and its path.

pub mod apk;
pub mod binary;
pub mod dpkg;
pub mod lang;
pub mod os;
pub mod purl;
pub mod rpm;

use crate::image::fs::{FileTree, NodeKind};
use crate::image::visit::{Body, FileInfo, History, Keep, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::io;

/// Where a package comes from; the names are purl types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ecosystem {
    Deb,
    Apk,
    Rpm,
    Pypi,
    Npm,
    Golang,
    Cargo,
    Maven,
    Gem,
    Composer,
    Nuget,
}

impl Ecosystem {
    pub fn as_str(self) -> &'static str {
        match self {
            Ecosystem::Deb => "deb",
            Ecosystem::Apk => "apk",
            Ecosystem::Rpm => "rpm",
            Ecosystem::Pypi => "pypi",
            Ecosystem::Npm => "npm",
            Ecosystem::Golang => "golang",
            Ecosystem::Cargo => "cargo",
            Ecosystem::Maven => "maven",
            Ecosystem::Gem => "gem",
            Ecosystem::Composer => "composer",
            Ecosystem::Nuget => "nuget",
        }
    }

    pub fn is_os(self) -> bool {
        matches!(self, Ecosystem::Deb | Ecosystem::Apk | Ecosystem::Rpm)
    }
}

/// One installed package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Package {
    pub ecosystem: Ecosystem,
    pub name: String,
    pub version: String,
    /// RPM epoch / dpkg epoch is part of `version` for dpkg ("1:2.3-4").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epoch: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arch: Option<String>,
    /// Source package (dpkg `Source:`, apk origin, rpm source rpm name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_version: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub licenses: Vec<String>,
    pub purl: String,
    /// 0-based index of the layer that introduced this package.
    pub layer: u32,
    /// The file the package was found in (package database or manifest), absolute.
    pub path: String,
    /// Files the package owns (OS packages), absolute paths; not serialised.
    #[serde(skip)]
    pub files: Vec<String>,
    /// How many files it owns (OS packages).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub file_count: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Package {
    /// A package as a parser finds it: purl, layer and path are filled in by [`collect`].
    pub fn new(
        ecosystem: Ecosystem,
        name: impl Into<String>,
        version: impl Into<String>,
    ) -> Package {
        Package {
            ecosystem,
            name: name.into(),
            version: version.into(),
            epoch: None,
            arch: None,
            source_name: None,
            source_version: None,
            licenses: Vec::new(),
            purl: String::new(),
            layer: 0,
            path: String::new(),
            files: Vec::new(),
            file_count: 0,
        }
    }
}

/// A problem with a package source that does not stop the scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable code, e.g. `package-db-corrupt`.
    pub code: &'static str,
    /// The file (absolute path in the image) and, where known, the entry.
    pub path: String,
    pub message: String,
}

/// What a streaming analyser found in one file (see [`binary::analyze`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Packages, with `layer` and `path` left for [`collect`] to fill in
    /// (a package inside a nested archive may set `path` to
    /// `BOOT-INF/lib/x.jar`, deeper levels joined with `!`; [`collect`] prefixes
    /// the file's own path: `/app.jar!BOOT-INF/lib/x.jar`).
    pub packages: Vec<Package>,
    /// Problems (e.g. a corrupt archive entry); become `package-db-corrupt` warnings.
    pub warnings: Vec<String>,
    /// The file is a package source too large to read: its warnings are
    /// `package-db-too-large`.
    pub oversized: bool,
}

/// Everything the inventory found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Inventory {
    pub os: Option<os::OsInfo>,
    pub packages: Vec<Package>,
    pub warnings: Vec<Warning>,
}

/// Largest package database captured whole (rpm databases can be large).
pub const MAX_DB: u64 = 256 << 20;
/// Largest manifest (metadata, package.json, ...) captured.
pub const MAX_MANIFEST: u64 = 4 << 20;

/// What to keep of the versions of `path`: per-layer ownership
/// ([`os_owned_files`]) needs each dpkg file list as the layer that wrote it
/// saw it, and which layers rewrote an rpm or apk database.
pub fn history_of(path: &str) -> History {
    if dpkg::is_file_list(path) {
        History::Content
    } else if apk::wants(path) || rpm::wants(path) {
        History::Layer
    } else {
        History::Nothing
    }
}

/// Whether `path` (relative, as in a layer) is an OS package database file
/// (dpkg status or its `info/*.list`, apk `installed`, an rpm database).
pub fn is_os_package_db(path: &str) -> bool {
    dpkg::wants(path) || apk::wants(path) || rpm::wants(path)
}

/// How many bytes of the file at `path` the scanner needs, if any.
pub fn capture_limit(path: &str) -> Option<u64> {
    if os::is_release_file(path) {
        return Some(64 << 10);
    }
    if dpkg::wants(path) || apk::wants(path) || rpm::wants(path) {
        return Some(MAX_DB);
    }
    if let Some(n) = lang::capture_limit(path) {
        return Some(n);
    }
    None
}

/// The inventory's visitor of the layer walk: it asks the walk to keep
/// package sources (their parsers read them from the final tree) and
/// analyses binaries and archives as they stream by, never keeping them.
#[derive(Debug, Default)]
pub struct Analyser {
    /// What each file's analysis found, by path (no leading `/`), with the
    /// layer that wrote the file: [`collect`] keeps it only while the final
    /// tree still has that layer's file there.
    found: BTreeMap<String, (u32, Found)>,
}

impl Visitor for Analyser {
    fn keep(&self, path: &str) -> Keep {
        Keep {
            capture: capture_limit(path),
            history: history_of(path),
        }
    }

    fn written(&mut self, _layer: u32, path: &str) {
        // A later entry of the same layer at this path replaces the file.
        if !self.found.is_empty() {
            self.found.remove(path);
        }
    }

    /// Reads only a [`Body::Stream`] (to analyse it); the others are
    /// package sources its parsers read later, or warnings.
    fn file(&mut self, info: &FileInfo<'_>, body: Body<'_>) -> io::Result<()> {
        let found = match body {
            Body::Kept(_) => None,
            Body::Stream(r) => binary::analyze(info.path, info.size, info.mode, r)?,
            Body::TooLarge { cap, .. } => Some(Found {
                warnings: vec![format!(
                    "{} bytes: larger than the {cap} bytes imagegate reads for this kind of file; its packages are not listed",
                    info.size
                )],
                oversized: true,
                ..Default::default()
            }),
            Body::LinkNotKept {
                target,
                over_budget,
            } => Some(Found {
                warnings: vec![match over_budget {
                    Some(limit) => format!(
                        "a hard link to /{target}: the image's hard links to package files share more than {limit} bytes; its packages are not listed"
                    ),
                    None => format!(
                        "a hard link to /{target}, whose content was not kept; its packages are not listed"
                    ),
                }],
                oversized: over_budget.is_some(),
                ..Default::default()
            }),
        };
        if let Some(found) = found {
            self.found
                .insert(info.path.to_string(), (info.layer, found));
        }
        Ok(())
    }
}

/// Build the inventory from the final filesystem.
pub fn collect(tree: &FileTree, analysed: &Analyser) -> Inventory {
    let mut inv = Inventory {
        os: os::detect(tree),
        ..Inventory::default()
    };
    dpkg::collect(tree, &mut inv);
    apk::collect(tree, &mut inv);
    rpm::collect(tree, &mut inv);
    if tree.history().truncated {
        inv.warnings.push(Warning {
            code: "package-db-too-large",
            path: "/var/lib/dpkg/info".into(),
            message: format!(
                "the layers rewrote more than {} bytes of dpkg file lists; older versions were not kept, so a file a later layer replaced may be counted as owned by its package",
                crate::image::fs::HISTORY_BUDGET
            ),
        });
    }
    // After the OS sources: language packages owned by OS packages are dropped.
    let owned = os_owned_files(&inv, tree);
    lang::collect(tree, &mut inv, &owned);
    collect_found(tree, analysed, &mut inv, &owned);
    let os = inv.os.clone();
    for p in &mut inv.packages {
        p.purl = purl_of(p, os.as_ref());
    }
    inv.packages.sort_by(|a, b| {
        (a.ecosystem, &a.name, &a.version, &a.path, &a.arch).cmp(&(
            b.ecosystem,
            &b.name,
            &b.version,
            &b.path,
            &b.arch,
        ))
    });
    inv
}

/// The files of the final tree an OS package owns (absolute paths):
/// language packages and binaries in them are left out, as Trivy does.
///
/// Ownership is decided per layer: a file is owned only when the package
/// database *of the layer that wrote it* lists it. A dpkg package owns its
/// files through the `info/<pkg>.list` (distroless: `status.d/<pkg>.md5sums`)
/// that layer wrote, so a file a later layer replaced (a vendored
/// `node_modules/lodash` copied over `/usr/share/nodejs/lodash`, a rebuilt
/// binary over `/usr/bin/x`) is not the package's any more, and a file
/// whose `.list` a later layer deleted still is. An rpm or apk package owns
/// the files its database lists that were written by a layer that also
/// wrote that database (a layer that installs packages rewrites it; a
/// `COPY` over a packaged file does not).
pub fn os_owned_files(inv: &Inventory, tree: &FileTree) -> HashSet<String> {
    // Every (file, layer) a dpkg list of that layer names.
    let mut dpkg_at: HashSet<(String, u32)> = HashSet::new();
    let mut db_layers: HashSet<u32> = HashSet::new();
    let mut add_list = |path: &str, layer: u32, content: &[u8]| {
        for f in dpkg::listed_files(path, content) {
            dpkg_at.insert((f, layer));
        }
    };
    for v in &tree.history().versions {
        match (history_of(&v.path), &v.content) {
            (History::Content, Some(c)) => add_list(&v.path, v.layer, c),
            (History::Layer, _) => {
                db_layers.insert(v.layer);
            }
            _ => {}
        }
    }
    // The final versions too (a tree built without the layer walk has no history).
    for (path, node) in tree.iter() {
        match history_of(path) {
            History::Content => {
                if let Some(c) = node.content.as_deref() {
                    add_list(path, node.layer, c);
                }
            }
            History::Layer => {
                db_layers.insert(node.layer);
            }
            History::Nothing => {}
        }
    }
    let mut owned = HashSet::new();
    for p in inv.packages.iter().filter(|p| p.ecosystem.is_os()) {
        for f in &p.files {
            // As installed (`/bin/cat`), found where it is (`/usr/bin/cat`).
            let Some((_, node)) = tree.resolve(f.trim_start_matches('/')) else {
                continue;
            };
            let mine = match p.ecosystem {
                Ecosystem::Deb => dpkg_at.contains(&(f.clone(), node.layer)),
                _ => db_layers.contains(&node.layer),
            };
            if mine {
                owned.insert(f.clone());
            }
        }
    }
    owned
}

/// Packages the streaming analysers found in files of the final tree.
/// As in Trivy, binaries and archives owned by an OS package are left out:
/// the OS package stands for them (e.g. Debian's Go-built `/usr/bin/age`).
fn collect_found(
    tree: &FileTree,
    analysed: &Analyser,
    inv: &mut Inventory,
    owned: &HashSet<String>,
) {
    for (path, (layer, found)) in &analysed.found {
        // Gone, or replaced by a later layer.
        let Some(node) = tree.get(path).filter(|n| n.layer == *layer) else {
            continue;
        };
        if !found.oversized && owned.contains(&format!("/{path}")) {
            continue;
        }
        for w in &found.warnings {
            inv.warnings.push(Warning {
                code: if found.oversized {
                    "package-db-too-large"
                } else {
                    "package-db-corrupt"
                },
                path: format!("/{path}"),
                message: w.clone(),
            });
        }
        for p in &found.packages {
            let mut p = p.clone();
            p.layer = node.layer;
            p.path = if p.path.is_empty() {
                format!("/{path}")
            } else {
                format!("/{path}!{}", p.path)
            };
            inv.packages.push(p);
        }
    }
}

/// The regular files of the final tree below `dir` whose name satisfies `pred`,
/// with their layer and captured content.
pub(crate) fn files_in<'a>(
    tree: &'a FileTree,
    prefix: &'a str,
    pred: impl Fn(&str) -> bool + 'a,
) -> impl Iterator<Item = (&'a String, u32, &'a [u8])> + 'a {
    tree.iter_prefix(prefix).filter_map(move |(path, node)| {
        if !matches!(node.kind, NodeKind::File | NodeKind::Hardlink(_)) || !pred(path) {
            return None;
        }
        node.content.as_deref().map(|c| (path, node.layer, c))
    })
}

/// The purl of a package, with the distro qualifier for OS packages.
pub fn purl_of(p: &Package, os: Option<&os::OsInfo>) -> String {
    let distro = os.map(|o| o.purl_distro()).unwrap_or_default();
    let arch = p.arch.as_deref().unwrap_or("");
    match p.ecosystem {
        Ecosystem::Deb | Ecosystem::Apk | Ecosystem::Rpm => {
            let ns = os
                .map(|o| o.purl_namespace())
                .unwrap_or_else(|| match p.ecosystem {
                    Ecosystem::Deb => "debian".into(),
                    Ecosystem::Apk => "alpine".into(),
                    _ => "redhat".into(),
                });
            let epoch = p.epoch.map(|e| e.to_string()).unwrap_or_default();
            // The epoch goes in the qualifier only (purl spec; Trivy does the same).
            let version = match (p.epoch, p.version.split_once(':')) {
                (Some(_), Some((e, rest))) if e.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => p.version.as_str(),
            };
            let upstream = match (&p.source_name, p.ecosystem) {
                (Some(s), Ecosystem::Deb) if s != &p.name => s.as_str(),
                _ => "",
            };
            purl::build(
                p.ecosystem.as_str(),
                Some(&ns),
                &p.name,
                version,
                &[
                    ("arch", arch),
                    ("distro", &distro),
                    ("epoch", &epoch),
                    ("upstream", upstream),
                ],
            )
        }
        Ecosystem::Npm => match p.name.split_once('/') {
            Some((scope, name)) if scope.starts_with('@') => {
                purl::build("npm", Some(scope), name, &p.version, &[])
            }
            _ => purl::build("npm", None, &p.name, &p.version, &[]),
        },
        Ecosystem::Maven => match p.name.split_once(':') {
            Some((group, artifact)) => purl::build("maven", Some(group), artifact, &p.version, &[]),
            None => purl::build("maven", None, &p.name, &p.version, &[]),
        },
        Ecosystem::Golang => match p.name.rsplit_once('/') {
            Some((ns, name)) => purl::build("golang", Some(ns), name, &p.version, &[]),
            None => purl::build("golang", None, &p.name, &p.version, &[]),
        },
        Ecosystem::Composer => match p.name.split_once('/') {
            Some((vendor, name)) => purl::build("composer", Some(vendor), name, &p.version, &[]),
            None => purl::build("composer", None, &p.name, &p.version, &[]),
        },
        Ecosystem::Pypi => purl::build("pypi", None, &pep503(&p.name), &p.version, &[]),
        Ecosystem::Cargo | Ecosystem::Gem | Ecosystem::Nuget => {
            purl::build(p.ecosystem.as_str(), None, &p.name, &p.version, &[])
        }
    }
}

/// PEP 503 normalised project name: lowercase, runs of `-_.` become `-`.
pub fn pep503(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut sep = false;
    for c in name.chars() {
        if matches!(c, '-' | '_' | '.') {
            sep = true;
        } else {
            if sep && !out.is_empty() {
                out.push('-');
            }
            sep = false;
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::fs::{Node, NodeKind};

    /// Apply one entry as the layer walk does: insert it and keep its
    /// version when it is a package database.
    fn put(t: &mut FileTree, layer: u32, path: &str, content: &str) {
        let c: std::sync::Arc<[u8]> = std::sync::Arc::from(content.as_bytes());
        match history_of(path) {
            History::Content => t.record(path, layer, Some(c.clone())),
            History::Layer => t.record(path, layer, None),
            History::Nothing => {}
        }
        t.insert(
            path.to_string(),
            Node {
                layer,
                kind: NodeKind::File,
                mode: 0o644,
                uid: 0,
                gid: 0,
                size: c.len() as u64,
                content: Some(c),
            },
        );
    }

    const STATUS: &str = "Package: node-lodash\nStatus: install ok installed\nVersion: 4.17.21+dfsg+~cs8.31.198.20210220-9\nArchitecture: all\n";
    const LIST: &str = "/.\n/usr/share/nodejs/lodash\n/usr/share/nodejs/lodash/package.json\n";

    fn base() -> FileTree {
        let mut t = FileTree::default();
        put(
            &mut t,
            0,
            "etc/os-release",
            "ID=debian\nVERSION_ID=\"12\"\n",
        );
        put(&mut t, 0, "var/lib/dpkg/status", STATUS);
        put(&mut t, 0, "var/lib/dpkg/info/node-lodash.list", LIST);
        put(
            &mut t,
            0,
            "usr/share/nodejs/lodash/package.json",
            r#"{"name":"lodash","version":"4.17.21"}"#,
        );
        t
    }

    fn npm(inv: &Inventory) -> Vec<(String, u32)> {
        inv.packages
            .iter()
            .filter(|p| p.ecosystem == Ecosystem::Npm)
            .map(|p| (format!("{}@{}", p.name, p.version), p.layer))
            .collect()
    }

    #[test]
    fn ownership_is_decided_per_layer() {
        // One layer: dpkg owns the manifest, the deb stands for it.
        let inv = collect(&base(), &Analyser::default());
        assert!(npm(&inv).is_empty(), "{:?}", npm(&inv));
        let deb = inv.packages.iter().find(|p| p.name == "node-lodash");
        assert_eq!(deb.map(|p| p.file_count), Some(2));

        // A later layer replaces the dpkg-owned file: the file is not the
        // package's any more, its own package is reported.
        let mut t = base();
        put(
            &mut t,
            1,
            "usr/share/nodejs/lodash/package.json",
            r#"{"name":"lodash","version":"4.17.15"}"#,
        );
        let inv = collect(&t, &Analyser::default());
        assert_eq!(npm(&inv), [("lodash@4.17.15".to_string(), 1)]);
        assert!(inv.packages.iter().any(|p| p.name == "node-lodash"));

        // A later layer deletes the file lists: the package still owns its
        // files (the list from the layer that wrote them is in the history).
        let mut t = base();
        t.whiteout(1, "var/lib/dpkg/info/node-lodash.list");
        assert!(t.get("var/lib/dpkg/info/node-lodash.list").is_none());
        let inv = collect(&t, &Analyser::default());
        assert!(npm(&inv).is_empty(), "{:?}", npm(&inv));
        let deb = inv.packages.iter().find(|p| p.name == "node-lodash");
        assert_eq!(deb.map(|p| (p.file_count, p.layer)), Some((2, 0)));

        // A later layer reinstalls the package: its new list owns its new file.
        let mut t = base();
        put(&mut t, 1, "var/lib/dpkg/info/node-lodash.list", LIST);
        put(
            &mut t,
            1,
            "usr/share/nodejs/lodash/package.json",
            r#"{"name":"lodash","version":"4.17.21"}"#,
        );
        assert!(npm(&collect(&t, &Analyser::default())).is_empty());
    }

    #[test]
    fn rpm_and_apk_ownership_needs_the_database_layer() {
        let mut inv = Inventory::default();
        let mut p = Package::new(Ecosystem::Rpm, "fzf", "0.40-1.el9");
        p.files = vec!["/usr/bin/fzf".into()];
        inv.packages.push(p);
        let mut t = FileTree::default();
        put(&mut t, 0, "var/lib/rpm/rpmdb.sqlite", "db");
        put(&mut t, 0, "usr/bin/fzf", "elf");
        assert!(os_owned_files(&inv, &t).contains("/usr/bin/fzf"));
        // COPY over it in a layer that did not touch the rpm database.
        put(&mut t, 1, "usr/bin/fzf", "rebuilt");
        assert!(os_owned_files(&inv, &t).is_empty());
        // A later package install rewrites the database in the same layer.
        put(&mut t, 1, "var/lib/rpm/rpmdb.sqlite", "db2");
        assert!(os_owned_files(&inv, &t).contains("/usr/bin/fzf"));
    }

    #[test]
    fn deb_epoch_is_a_qualifier_only() {
        let mut p = Package::new(Ecosystem::Deb, "bsdutils", "1:2.38.1-5+deb12u3");
        p.epoch = Some(1);
        p.arch = Some("amd64".into());
        p.source_name = Some("util-linux".into());
        assert_eq!(
            purl_of(&p, None),
            "pkg:deb/debian/bsdutils@2.38.1-5%2Bdeb12u3?arch=amd64&epoch=1&upstream=util-linux"
        );
        assert_eq!(pep503("Foo.Bar__baz"), "foo-bar-baz");
    }
}
