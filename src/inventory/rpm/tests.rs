//! Tests of the rpm database readers: the real Berkeley DB fixture of the
//! shared corpus, the SQLite and ndb fixtures of `tests/data/rpm/` (see its
//! README), synthetic headers, and hostile inputs (truncation, byte flips,
//! page cycles) that must end in warnings, never a panic.

use super::header::tests::{build, i32s, s, sa};
use super::*;
use crate::image::fs::{LayerChanges, Node};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/rpm")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn find<'a>(pkgs: &'a [Package], name: &str) -> &'a Package {
    pkgs.iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

/// The package list of the fixtures made by `tests/data/rpm/make-fixtures.sh`.
fn check_generated(pkgs: &[Package]) {
    let mut names: Vec<&str> = pkgs.iter().map(|p| p.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "hello",
            "manyfiles",
            "tiny-alpha",
            "tiny-bravo",
            "tiny-charlie",
            "tiny-delta",
            "tiny-echo",
            "tiny-foxtrot"
        ]
    );
    let hello = find(pkgs, "hello");
    assert_eq!(hello.version, "2.0-3.fc40");
    assert_eq!(hello.epoch, Some(1));
    assert_eq!(hello.arch.as_deref(), Some("noarch"));
    assert_eq!(hello.source_name.as_deref(), Some("hello"));
    assert_eq!(hello.source_version.as_deref(), Some("2.0-3.fc40"));
    assert_eq!(hello.licenses, ["MIT"]);
    assert_eq!(
        hello.files,
        ["/usr/bin/hello", "/usr/share/doc/hello/README"]
    );
    assert_eq!(hello.file_count, 2);
    let many = find(pkgs, "manyfiles");
    assert_eq!((many.version.as_str(), many.epoch), ("1.0-1", None));
    assert_eq!(many.licenses, ["GPL-2.0-or-later AND MIT"]);
    assert_eq!(many.file_count, 130);
    assert_eq!(many.files.len(), 130);
    assert!(many
        .files
        .contains(&"/usr/share/manyfiles/dir3/data-file-with-a-long-name-3.txt".to_string()));
    let tiny = find(pkgs, "tiny-echo");
    assert_eq!((tiny.version.as_str(), tiny.epoch), ("0.1-1", None));
    assert_eq!(tiny.source_name.as_deref(), Some("tiny-echo"));
}

#[test]
fn corpus_berkeley_db_packages_epoch() {
    let Some(dir) = crate::test_corpus() else {
        return;
    };
    let data = std::fs::read(dir.join("pkgdb/rpm/Packages_epoch")).unwrap();
    assert_eq!(detect(&data), Some(Format::BerkeleyDb));
    let (pkgs, problems) = parse(&data);
    assert!(problems.is_empty(), "{problems:?}");
    // As in osv-scalibr's rpm extractor test ("custom rpm").
    assert_eq!(pkgs.len(), 1);
    let p = &pkgs[0];
    assert_eq!(
        (p.name.as_str(), p.version.as_str(), p.epoch),
        ("hello", "0.0.1-rls", Some(1))
    );
    assert_eq!(p.arch.as_deref(), Some("x86_64"));
    assert_eq!(p.source_name.as_deref(), Some("hello"));
    assert_eq!(p.source_version.as_deref(), Some("0.0.1-rls"));
    assert_eq!(p.licenses, ["GPL"]);
}

#[test]
fn sqlite_fixture() {
    let data = fixture("rpmdb.sqlite");
    assert_eq!(detect(&data), Some(Format::Sqlite));
    let (pkgs, problems) = parse(&data);
    assert!(problems.is_empty(), "{problems:?}");
    check_generated(&pkgs);
}

#[test]
fn ndb_fixture() {
    let data = fixture("Packages.db");
    assert_eq!(detect(&data), Some(Format::Ndb));
    let (pkgs, problems) = parse(&data);
    assert!(problems.is_empty(), "{problems:?}");
    check_generated(&pkgs);
}

#[test]
fn paths_wanted() {
    for p in [
        "var/lib/rpm/Packages",
        "var/lib/rpm/Packages.db",
        "var/lib/rpm/rpmdb.sqlite",
        "usr/lib/sysimage/rpm/Packages",
        "usr/lib/sysimage/rpm/Packages.db",
        "usr/lib/sysimage/rpm/rpmdb.sqlite",
    ] {
        assert!(wants(p), "{p}");
    }
    for p in [
        "var/lib/rpm/Name",
        "var/lib/rpm/rpmdb.sqlite-wal",
        "x/var/lib/rpm/Packages",
        "var/lib/rpm",
    ] {
        assert!(!wants(p), "{p}");
    }
}

#[test]
fn source_rpm_names() {
    assert_eq!(
        split_source_rpm("bash-5.1.8-6.el9.src.rpm"),
        Some(("bash", "5.1.8-6.el9"))
    );
    assert_eq!(
        split_source_rpm("python3-pip-21.2.3-6.el9.nosrc.rpm"),
        Some(("python3-pip", "21.2.3-6.el9"))
    );
    assert_eq!(split_source_rpm("(none)"), None);
    assert_eq!(split_source_rpm("a-1.src.rpm"), None);
}

#[test]
fn synthetic_headers() {
    let mut budget = usize::MAX;
    let key = build(&[
        s(1000, "gpg-pubkey"),
        s(1001, "fd431d51"),
        s(1002, "4ae0493b"),
    ]);
    assert_eq!(package_of(&key, &mut budget), Ok((None, None)));
    let blob = build(&[
        s(1000, "bash"),
        s(1001, "5.1.8"),
        s(1002, "6.el9"),
        s(1022, "x86_64"),
        s(1044, "bash-5.1.8-6.el9.src.rpm"),
        i32s(1116, &[0, 1, 5]),
        sa(1117, &["bash", "bashrc", "x"]),
        sa(1118, &["/usr/bin/", "/etc/"]),
    ]);
    let (p, problem) = package_of(&blob, &mut budget).unwrap();
    let p = p.unwrap();
    assert_eq!(
        (p.name.as_str(), p.version.as_str()),
        ("bash", "5.1.8-6.el9")
    );
    assert_eq!(p.source_version.as_deref(), Some("5.1.8-6.el9"));
    // Dir index 5 does not exist: the package stays, with a problem.
    assert!(problem.unwrap().contains("dir index 5"));
    let no_name = build(&[s(1001, "1")]);
    assert!(package_of(&no_name, &mut budget).is_err());
}

#[test]
fn file_budget_bounds_file_lists() {
    let long = "d".repeat(1000);
    let blob = build(&[
        s(1000, "big"),
        s(1001, "1"),
        s(1002, "1"),
        i32s(1116, &[0; 100]),
        sa(1117, &["f"; 100]),
        sa(1118, &[&long]),
    ]);
    let mut budget = 10_000;
    let (p, problem) = package_of(&blob, &mut budget).unwrap();
    assert_eq!(p.unwrap().file_count, 100);
    assert!(problem.unwrap().contains("too large"));
}

/// A tiny deterministic generator for the hostile tests.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn hostile(data: &[u8]) {
    let (good, probs) = parse(data);
    assert!(probs.is_empty());
    let ok = |d: &[u8]| {
        let (p, w) = parse(d);
        assert!(
            !w.is_empty() || p.len() <= good.len(),
            "{} packages, no warning",
            p.len()
        );
    };
    let step = (data.len() / 400).max(1);
    for cut in (0..data.len()).step_by(step) {
        let (p, w) = parse(&data[..cut]);
        assert!(
            !w.is_empty() || p.len() < good.len(),
            "cut at {cut}: no warning"
        );
    }
    let mut rng = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..600 {
        let mut d = data.to_vec();
        for _ in 0..1 + xorshift(&mut rng) % 4 {
            let at = (xorshift(&mut rng) % d.len() as u64) as usize;
            d[at] ^= 1 << (xorshift(&mut rng) % 8);
        }
        ok(&d);
    }
    // Headers flipped inside the data region (the most interesting bytes).
    for at in (0..data.len()).step_by(step.max(7)) {
        let mut d = data.to_vec();
        d[at] = d[at].wrapping_add(0x80);
        ok(&d);
    }
}

#[test]
fn hostile_sqlite() {
    hostile(&fixture("rpmdb.sqlite"));
}

#[test]
fn hostile_ndb() {
    hostile(&fixture("Packages.db"));
}

#[test]
fn hostile_berkeley_db() {
    let Some(dir) = crate::test_corpus() else {
        return;
    };
    hostile(&std::fs::read(dir.join("pkgdb/rpm/Packages_epoch")).unwrap());
}

#[test]
fn sqlite_page_cycle_is_detected() {
    let mut data = fixture("rpmdb.sqlite");
    let page_size = 1024;
    // The Packages table's root (page 2) is an interior page: point its
    // right-most child back at itself.
    let root = page_size;
    assert_eq!(data[root], 0x05, "root of Packages is an interior page");
    data[root + 8..root + 12].copy_from_slice(&2u32.to_be_bytes());
    let (pkgs, problems) = parse(&data);
    assert!(problems.iter().any(|p| p.contains("cycle")), "{problems:?}");
    assert!(pkgs.len() < 8);

    // An overflow chain that loops: find manyfiles' first overflow page and
    // make every overflow page point to it.
    let mut data = fixture("rpmdb.sqlite");
    let n = data.len() / page_size;
    let mut changed = 0;
    for pg in 3..=n {
        let at = (pg - 1) * page_size;
        let next = u32::from_be_bytes(data[at..at + 4].try_into().unwrap());
        // Overflow pages start with a page number, b-tree pages with a type.
        if next as usize > 2 && (next as usize) <= n && data[at] == 0 {
            data[at..at + 4].copy_from_slice(&(pg as u32).to_be_bytes());
            changed += 1;
        }
    }
    assert!(changed > 0);
    let (_, problems) = parse(&data);
    assert!(problems.iter().any(|p| p.contains("cycle")), "{problems:?}");
}

#[test]
fn unknown_format_and_empty() {
    assert_eq!(detect(b""), None);
    let (p, w) = parse(b"hello world, not a database");
    assert!(p.is_empty() && w.len() == 1);
}

fn file(layer: u32, content: &[u8]) -> Node {
    Node {
        layer,
        kind: NodeKind::File,
        mode: 0o644,
        uid: 0,
        gid: 0,
        size: content.len() as u64,
        content: Some(content.into()),
    }
}

#[test]
fn collect_fills_layer_path_and_warnings() {
    let mut tree = FileTree::default();
    tree.apply(LayerChanges {
        entries: vec![
            (
                "usr/lib/sysimage/rpm/rpmdb.sqlite".into(),
                file(2, &fixture("rpmdb.sqlite")),
            ),
            ("var/lib/rpm/Packages".into(), file(1, b"garbage")),
        ],
        ..LayerChanges::default()
    });
    let mut inv = Inventory::default();
    collect(&tree, &mut inv);
    assert_eq!(inv.packages.len(), 8);
    assert!(inv.packages.iter().all(|p| p.layer == 2
        && p.path == "/usr/lib/sysimage/rpm/rpmdb.sqlite"
        && p.ecosystem == Ecosystem::Rpm));
    assert_eq!(inv.warnings.len(), 1);
    assert_eq!(inv.warnings[0].path, "/var/lib/rpm/Packages");
    assert_eq!(inv.warnings[0].code, "package-db-corrupt");

    // A damaged header is named in the warning.
    let mut data = fixture("Packages.db");
    let at = data.len() - 100;
    data[at] ^= 0xff;
    let mut tree = FileTree::default();
    tree.apply(LayerChanges {
        entries: vec![("var/lib/rpm/Packages.db".into(), file(0, &data))],
        ..LayerChanges::default()
    });
    let mut inv = Inventory::default();
    collect(&tree, &mut inv);
    assert_eq!(inv.packages.len(), 7);
    assert!(
        inv.warnings[0].message.starts_with("header "),
        "{:?}",
        inv.warnings
    );
}
