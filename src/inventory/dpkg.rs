//! Debian packages: `var/lib/dpkg/status` (and the one-file-per-package
//! `var/lib/dpkg/status.d/*` of distroless images), with file ownership from
//! `var/lib/dpkg/info/*.list` (or distroless `status.d/*.md5sums`). A file
//! list a later layer deleted is taken from the layer history (the newest
//! version any layer wrote), so the package still owns its files.

use super::{files_in, Ecosystem, Inventory, Package, Warning};
use crate::image::fs::FileTree;
use std::collections::HashMap;

const STATUS: &str = "var/lib/dpkg/status";
const STATUS_D: &str = "var/lib/dpkg/status.d/";
const INFO: &str = "var/lib/dpkg/info/";

/// Files the dpkg source reads.
pub fn wants(path: &str) -> bool {
    path == STATUS
        || path.starts_with(STATUS_D)
        || (path.starts_with(INFO) && path.ends_with(".list") && !path[INFO.len()..].contains('/'))
}

/// Whether `path` is a package's file list: `info/<pkg>.list` or a
/// distroless `status.d/<pkg>.md5sums`.
pub fn is_file_list(path: &str) -> bool {
    (path.starts_with(INFO) && path.ends_with(".list") && !path[INFO.len()..].contains('/'))
        || (path.starts_with(STATUS_D) && path.ends_with(".md5sums"))
}

/// The absolute paths a file list names (a `.list`: one path a line; an
/// `.md5sums`: `<md5>  <path>` without the leading `/`).
pub fn listed_files(path: &str, content: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(content);
    if path.ends_with(".md5sums") {
        text.lines()
            .filter_map(|l| l.split_whitespace().nth(1))
            .map(|f| format!("/{}", f.trim_start_matches('/')))
            .collect()
    } else {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && *l != "/.")
            .map(str::to_string)
            .collect()
    }
}

/// One stanza of a control file: (field, value) in order; continuation lines joined.
fn stanzas(text: &str) -> Vec<(usize, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut cur: Vec<(String, String)> = Vec::new();
    let mut start = 1;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push((start, std::mem::take(&mut cur)));
            }
            start = i + 2;
            continue;
        }
        if line.starts_with(' ') || line.starts_with('\t') {
            if let Some(last) = cur.last_mut() {
                last.1.push('\n');
                last.1.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(':') {
            cur.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    out
}

/// Parse a dpkg status file; installed packages only. Returns packages and
/// per-entry problems (line numbers are 1-based stanza starts).
pub fn parse_status(text: &str) -> (Vec<Package>, Vec<(usize, String)>) {
    let mut pkgs = Vec::new();
    let mut problems = Vec::new();
    for (line, fields) in stanzas(text) {
        let get = |k: &str| {
            fields
                .iter()
                .find(|(f, _)| f.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.as_str())
        };
        let Some(name) = get("Package") else {
            problems.push((line, "stanza without a Package field".to_string()));
            continue;
        };
        // "install ok installed"; distroless status.d entries may omit Status.
        if let Some(status) = get("Status") {
            if status.split_whitespace().nth(2) != Some("installed") {
                continue;
            }
        }
        let Some(version) = get("Version").filter(|v| !v.is_empty()) else {
            problems.push((line, format!("package {name} has no Version")));
            continue;
        };
        let mut p = Package::new(Ecosystem::Deb, name, version);
        p.arch = get("Architecture").map(str::to_string);
        if let Some((epoch, _)) = version.split_once(':') {
            p.epoch = epoch.parse().ok();
        }
        match get("Source") {
            Some(src) => {
                let (sname, sver) = match src.split_once(' ') {
                    Some((n, v)) => (
                        n.trim(),
                        v.trim()
                            .trim_start_matches('(')
                            .trim_end_matches(')')
                            .trim(),
                    ),
                    None => (src.trim(), version),
                };
                p.source_name = Some(sname.to_string());
                p.source_version = Some(sver.to_string());
            }
            None => {
                p.source_name = Some(name.to_string());
                p.source_version = Some(version.to_string());
            }
        }
        pkgs.push(p);
    }
    (pkgs, problems)
}

fn warn(inv: &mut Inventory, path: &str, line: usize, msg: String) {
    inv.warnings.push(Warning {
        code: "package-db-corrupt",
        path: format!("/{path}"),
        message: format!("line {line}: {msg}"),
    });
}

/// Add the dpkg packages of the final tree to the inventory.
pub fn collect(tree: &FileTree, inv: &mut Inventory) {
    // File ownership: info/<pkg>.list or info/<pkg>:<arch>.list.
    let mut lists: HashMap<String, (u32, Vec<String>)> = HashMap::new();
    let name_of = |path: &str| {
        let stem = &path[INFO.len()..path.len() - ".list".len()];
        stem.split(':').next().unwrap_or(stem).to_string()
    };
    // Lists a later layer deleted: the newest version of the layer history.
    for v in &tree.history().versions {
        if let Some(c) = v.content.as_deref() {
            if v.path.starts_with(INFO) && is_file_list(&v.path) && tree.get(&v.path).is_none() {
                lists.insert(name_of(&v.path), (v.layer, listed_files(&v.path, c)));
            }
        }
    }
    for (path, layer, content) in files_in(tree, INFO, |p| p.ends_with(".list")) {
        lists.insert(name_of(path), (layer, listed_files(path, content)));
    }
    let mut sources: Vec<(String, u32, Vec<u8>)> = Vec::new();
    if let Some(node) = tree.get(STATUS) {
        if let Some(c) = node.content.as_deref() {
            sources.push((STATUS.to_string(), node.layer, c.to_vec()));
        }
    }
    for (path, layer, content) in files_in(tree, STATUS_D, |p| !p.ends_with(".md5sums")) {
        sources.push((path.clone(), layer, content.to_vec()));
    }
    for (path, layer, content) in sources {
        let text = String::from_utf8_lossy(&content);
        let (pkgs, problems) = parse_status(&text);
        for (line, msg) in problems {
            warn(inv, &path, line, msg);
        }
        for mut p in pkgs {
            p.path = format!("/{path}");
            p.layer = layer;
            if let Some((list_layer, files)) = lists.get(&p.name) {
                // The .list file is rewritten when the package is (re)installed:
                // its layer is the layer that brought this version.
                p.layer = *list_layer;
                p.files = files.clone();
            } else if path.starts_with(STATUS_D) {
                let md5 = format!("{path}.md5sums");
                let content = tree.get(&md5).and_then(|n| n.content.clone()).or_else(|| {
                    tree.history()
                        .versions
                        .iter()
                        .rev()
                        .find(|v| v.path == md5)
                        .and_then(|v| v.content.clone())
                });
                if let Some(c) = content {
                    p.files = listed_files(&md5, &c);
                }
            }
            p.file_count = p.files.len();
            inv.packages.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_stanzas() {
        let t = "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\nVersion: 2.36-9+deb12u4\nDescription: x\n more\n\nPackage: gone\nStatus: deinstall ok config-files\nVersion: 1\n\nPackage: bash\nStatus: install ok installed\nVersion: 5.2.15-2+b2\nSource: bash (5.2.15-2)\n\nPackage: nover\nStatus: install ok installed\n";
        let (p, probs) = parse_status(t);
        assert_eq!(p.len(), 2);
        assert_eq!(
            (
                p[0].name.as_str(),
                p[0].source_name.as_deref(),
                p[0].source_version.as_deref()
            ),
            ("libc6", Some("glibc"), Some("2.36-9+deb12u4"))
        );
        assert_eq!(
            (p[1].version.as_str(), p[1].source_version.as_deref()),
            ("5.2.15-2+b2", Some("5.2.15-2"))
        );
        assert_eq!(probs.len(), 1);
        assert!(probs[0].1.contains("nover"));
    }

    #[test]
    fn corpus_status() {
        let Some(dir) = crate::test_corpus() else {
            return;
        };
        let text = std::fs::read_to_string(dir.join("pkgdb/dpkg/status")).unwrap();
        let (p, probs) = parse_status(&text);
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(p.len(), 7, "the corpus fixture has 7 installed stanzas");
        assert_eq!(
            (p[0].name.as_str(), p[0].version.as_str()),
            ("accountsservice", "22.08.8-6")
        );
    }
}
