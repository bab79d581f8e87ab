//! Tests of path dispatch and of [`collect`] over a layered file tree.

use super::*;
use crate::image::fs::{LayerChanges, Node};

fn file(layer: u32, content: &str) -> Node {
    Node {
        layer,
        kind: NodeKind::File,
        mode: 0o644,
        uid: 0,
        gid: 0,
        size: content.len() as u64,
        content: Some(std::sync::Arc::from(content.as_bytes())),
    }
}

fn dir(layer: u32) -> Node {
    Node {
        kind: NodeKind::Dir,
        content: None,
        size: 0,
        ..file(layer, "")
    }
}

#[test]
fn dispatch_by_path() {
    let yes = [
        (
            "usr/lib/python3.11/site-packages/requests-2.31.0.dist-info/METADATA",
            Source::Python,
        ),
        (
            "usr/lib/python3/dist-packages/python_apt-2.6.0.egg-info",
            Source::Python,
        ),
        (
            "opt/venv/lib/python3.12/site-packages/foo.egg-info/PKG-INFO",
            Source::Python,
        ),
        (
            "usr/lib/python3/site-packages/foo-1.0-py3.egg/EGG-INFO/PKG-INFO",
            Source::Python,
        ),
        ("app/node_modules/@babel/parser/package.json", Source::Npm),
        ("app/package.json", Source::Npm),
        (
            "usr/local/bundle/specifications/rack-2.2.8.gemspec",
            Source::Gem,
        ),
        (
            "usr/local/lib/ruby/gems/3.2.0/specifications/default/json-2.6.3.gemspec",
            Source::Gem,
        ),
        ("var/www/vendor/composer/installed.json", Source::Composer),
        ("app/app.deps.json", Source::Dotnet),
    ];
    for (p, s) in yes {
        assert_eq!(source_of(p), Some(s), "{p}");
        assert_eq!(capture_limit(p), Some(MAX_MANIFEST), "{p}");
    }
    let no = [
        "usr/lib/python3/dist-packages/foo/METADATA",
        "usr/share/doc/PKG-INFO",
        "app/package-lock.json",
        "app/composer.lock",
        "app/Gemfile.lock",
        "src/foo.gemspec",
        "app/.deps.json",
        "etc/passwd",
        "METADATA",
    ];
    for p in no {
        assert_eq!(source_of(p), None, "{p}");
        assert_eq!(capture_limit(p), None, "{p}");
    }
}

const METADATA: &str =
    "Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\nLicense: Apache 2.0\n\nbody\n";

#[test]
fn collect_attributes_layers_paths_and_warnings() {
    let site = "usr/lib/python3.11/site-packages";
    let mut t = FileTree::default();
    t.apply(LayerChanges {
        entries: vec![
            ("app".into(), dir(0)),
            // Replaced in layer 2 (upgrade): the lower version must vanish.
            (
                format!("{site}/requests-2.31.0.dist-info/METADATA"),
                file(0, METADATA),
            ),
            (
                "usr/lib/python3/dist-packages/python_apt-2.6.0.egg-info".into(),
                file(0, "Name: python-apt\nVersion: 2.6.0\n"),
            ),
            // The file list of the layer that wrote the egg-info names it.
            (
                "var/lib/dpkg/info/python3-apt:amd64.list".into(),
                file(
                    0,
                    "/.\n/usr/lib/python3/dist-packages/python_apt-2.6.0.egg-info\n",
                ),
            ),
            (
                "usr/lib/python3/dist-packages/six-1.16.0.egg-info".into(),
                file(0, "Name: six\nVersion: 1.16.0\n"),
            ),
            // A directory named like an egg-info file is not a manifest.
            ("usr/lib/python3/dist-packages/foo.egg-info".into(), dir(0)),
            // Deleted in layer 1.
            (
                "usr/local/bundle/specifications/rack-2.2.8.gemspec".into(),
                file(0, "Gem::Specification.new do |s|\n s.name = \"rack\"\n s.version = \"2.2.8\"\nend\n"),
            ),
        ],
        ..Default::default()
    });
    t.apply(LayerChanges {
        whiteouts: vec!["usr/local/bundle/specifications/rack-2.2.8.gemspec".into()],
        entries: vec![
            (
                "app/node_modules/@babel/parser/package.json".into(),
                file(
                    1,
                    r#"{"name":"@babel/parser","version":"7.23.0","license":"MIT"}"#,
                ),
            ),
            (
                "app/package.json".into(),
                file(1, r#"{"name":"app","private":true}"#),
            ),
            (
                "app/node_modules/left-pad/package.json".into(),
                file(1, "{\"name\": "),
            ),
            // A broken test fixture deep inside a package: no warning.
            (
                "app/node_modules/resolve/test/resolver/malformed_package_json/package.json".into(),
                file(1, "{"),
            ),
            (
                "app/package-lock.json".into(),
                file(1, r#"{"packages":{"node_modules/x":{"version":"1.0.0"}}}"#),
            ),
            (
                "app/app.deps.json".into(),
                file(
                    1,
                    r#"{"libraries":{"Newtonsoft.Json/13.0.3":{"type":"package"}}}"#,
                ),
            ),
        ],
        ..Default::default()
    });
    t.apply(LayerChanges {
        entries: vec![
            (
                format!("{site}/requests-2.31.0.dist-info/METADATA"),
                file(2, &METADATA.replace("2.31.0", "2.32.3")),
            ),
            (
                "var/www/vendor/composer/installed.json".into(),
                file(2, r#"{"packages":[{"name":"psr/log","version":"3.0.0"}]}"#),
            ),
            ("var/www/other/installed.json".into(), file(2, "not json")),
            (
                "srv/broken/vendor/composer/installed.json".into(),
                file(2, "[{"),
            ),
            (
                "usr/local/lib/python3.12/site-packages/big.dist-info/METADATA".into(),
                Node {
                    content: None,
                    size: MAX_MANIFEST + 1,
                    ..file(2, "")
                },
            ),
        ],
        ..Default::default()
    });

    let mut inv = Inventory::default();
    // dpkg owns python-apt's egg-info file: Trivy's system-file filter.
    let mut deb = Package::new(Ecosystem::Deb, "python3-apt", "2.6.0");
    deb.files = vec!["/usr/lib/python3/dist-packages/python_apt-2.6.0.egg-info".into()];
    inv.packages.push(deb);
    let owned = crate::inventory::os_owned_files(&inv, &t);
    collect(&t, &mut inv, &owned);

    let mut got: Vec<_> = inv
        .packages
        .iter()
        .filter(|p| !p.ecosystem.is_os())
        .map(|p| {
            (
                p.ecosystem,
                p.name.as_str(),
                p.version.as_str(),
                p.layer,
                p.path.as_str(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (
                Ecosystem::Pypi,
                "requests",
                "2.32.3",
                2,
                "/usr/lib/python3.11/site-packages/requests-2.31.0.dist-info/METADATA"
            ),
            (
                Ecosystem::Pypi,
                "six",
                "1.16.0",
                0,
                "/usr/lib/python3/dist-packages/six-1.16.0.egg-info"
            ),
            (
                Ecosystem::Npm,
                "@babel/parser",
                "7.23.0",
                1,
                "/app/node_modules/@babel/parser/package.json"
            ),
            (
                Ecosystem::Composer,
                "psr/log",
                "3.0.0",
                2,
                "/var/www/vendor/composer/installed.json"
            ),
            (
                Ecosystem::Nuget,
                "Newtonsoft.Json",
                "13.0.3",
                1,
                "/app/app.deps.json"
            ),
        ]
    );
    let npm = inv.packages.iter().find(|p| p.name == "@babel/parser");
    assert_eq!(
        npm.map(|p| p.licenses.clone()),
        Some(vec!["MIT".to_string()])
    );

    let mut warned: Vec<_> = inv
        .warnings
        .iter()
        .map(|w| (w.code, w.path.as_str()))
        .collect();
    warned.sort();
    assert_eq!(
        warned,
        vec![
            (
                "package-db-corrupt",
                "/app/node_modules/left-pad/package.json"
            ),
            (
                "package-db-corrupt",
                "/srv/broken/vendor/composer/installed.json"
            ),
            (
                "package-db-corrupt",
                "/usr/local/lib/python3.12/site-packages/big.dist-info/METADATA"
            ),
        ],
        "{:?}",
        inv.warnings
    );
    assert!(inv.warnings.iter().all(|w| !w.message.is_empty()));
}

#[test]
fn default_system_files_are_filtered_without_a_package_db() {
    let mut t = FileTree::default();
    t.apply(LayerChanges {
        entries: vec![(
            "usr/lib/python2.7/argparse.egg-info".into(),
            file(0, "Name: argparse\nVersion: 1.2.1\n"),
        )],
        ..Default::default()
    });
    let mut inv = Inventory::default();
    let owned = crate::inventory::os_owned_files(&inv, &t);
    collect(&t, &mut inv, &owned);
    assert!(inv.packages.is_empty(), "{:?}", inv.packages);
    assert!(inv.warnings.is_empty());
}

#[test]
fn whole_inventory_gets_purls() {
    let mut t = FileTree::default();
    t.apply(LayerChanges {
        entries: vec![
            (
                "app/node_modules/@babel/parser/package.json".into(),
                file(0, r#"{"name":"@babel/parser","version":"7.23.0"}"#),
            ),
            (
                "usr/lib/python3.11/site-packages/Flask_Cors-4.0.0.dist-info/METADATA".into(),
                file(0, "Name: Flask_Cors\nVersion: 4.0.0\n"),
            ),
        ],
        ..Default::default()
    });
    let inv = crate::inventory::collect(&t, &Default::default());
    let purls: Vec<_> = inv.packages.iter().map(|p| p.purl.as_str()).collect();
    assert_eq!(
        purls,
        vec![
            "pkg:pypi/flask-cors@4.0.0",
            "pkg:npm/%40babel/parser@7.23.0"
        ]
    );
}
