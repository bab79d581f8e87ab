//! Alpine packages: `lib/apk/db/installed` (P name, V version, A arch,
//! o origin = source package, L license, F/R owned files).

use super::{Ecosystem, Inventory, Package, Warning};
use crate::image::fs::FileTree;

const DB: &str = "lib/apk/db/installed";

pub fn wants(path: &str) -> bool {
    path == DB
}

/// Parse an apk installed database. Returns packages and per-entry problems.
pub fn parse(text: &str) -> (Vec<Package>, Vec<(usize, String)>) {
    let mut pkgs = Vec::new();
    let mut problems = Vec::new();
    let mut fields: Vec<(char, String)> = Vec::new();
    let mut start = 1;
    let mut flush = |fields: &mut Vec<(char, String)>, start: usize| {
        if fields.is_empty() {
            return;
        }
        let get = |k: char| {
            fields
                .iter()
                .find(|(f, _)| *f == k)
                .map(|(_, v)| v.as_str())
        };
        match (get('P'), get('V')) {
            (Some(name), Some(version)) if !name.is_empty() && !version.is_empty() => {
                let mut p = Package::new(Ecosystem::Apk, name, version);
                p.arch = get('A').map(str::to_string);
                p.source_name = Some(get('o').unwrap_or(name).to_string());
                p.source_version = Some(version.to_string());
                if let Some(l) = get('L') {
                    p.licenses = vec![l.to_string()];
                }
                let mut dir = String::new();
                for (k, v) in fields.iter() {
                    match k {
                        'F' => dir = v.clone(),
                        'R' if dir.is_empty() => p.files.push(format!("/{v}")),
                        'R' => p.files.push(format!("/{dir}/{v}")),
                        _ => {}
                    }
                }
                p.file_count = p.files.len();
                pkgs.push(p);
            }
            _ => problems.push((start, "entry without P: (name) or V: (version)".to_string())),
        }
        fields.clear();
    };
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            flush(&mut fields, start);
            start = i + 2;
            continue;
        }
        let mut chars = line.chars();
        if let (Some(k), Some(':')) = (chars.next(), chars.next()) {
            fields.push((k, chars.as_str().to_string()));
        }
    }
    flush(&mut fields, start);
    (pkgs, problems)
}

pub fn collect(tree: &FileTree, inv: &mut Inventory) {
    let Some(node) = tree.get(DB) else { return };
    let Some(c) = node.content.as_deref() else {
        return;
    };
    let (pkgs, problems) = parse(&String::from_utf8_lossy(c));
    for (line, msg) in problems {
        inv.warnings.push(Warning {
            code: "package-db-corrupt",
            path: format!("/{DB}"),
            message: format!("line {line}: {msg}"),
        });
    }
    for mut p in pkgs {
        p.layer = node.layer;
        p.path = format!("/{DB}");
        inv.packages.push(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_installed() {
        let Some(dir) = crate::test_corpus() else {
            return;
        };
        let text = std::fs::read_to_string(dir.join("pkgdb/apk/installed")).unwrap();
        let (p, probs) = parse(&text);
        assert!(probs.is_empty(), "{probs:?}");
        assert_eq!(p.len(), 15);
        assert_eq!(
            (
                p[0].name.as_str(),
                p[0].version.as_str(),
                p[0].arch.as_deref()
            ),
            ("alpine-baselayout", "3.4.3-r1", Some("x86_64"))
        );
        assert_eq!(p[0].source_name.as_deref(), Some("alpine-baselayout"));
        assert!(
            p[0].files.contains(&"/etc/motd".to_string()),
            "{:?}",
            &p[0].files[..5]
        );
    }

    #[test]
    fn broken_entries_are_reported() {
        let (p, probs) = parse("P:a\nV:1\n\nP:b\n\nV:2\n");
        assert_eq!(p.len(), 1);
        assert_eq!(probs.len(), 2);
    }
}
