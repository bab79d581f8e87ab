//! The package inventory on synthetic images: dpkg (status and distroless
//! status.d), apk, layer attribution, packages removed by later layers, and
//! broken or oversized databases becoming warnings while the scan goes on.

use crate::fixtures::*;
use crate::scan_req;

const STATUS_A: &str = "Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4+deb12u5\n\nPackage: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\nVersion: 2.36-9+deb12u4\n\n";

fn image_with(layers: Vec<Vec<u8>>) -> Img {
    Img {
        config: config_for(&layers),
        layers,
        comp: Comp::Gzip,
        tag: None,
    }
}

fn pkgs(v: &serde_json::Value) -> Vec<(String, String, u64)> {
    v["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                p["version"].as_str().unwrap().to_string(),
                p["layer"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn dpkg_layers_and_removals() {
    let d = tempdir();
    let l0 = TarW::new()
        .file("etc/os-release", b"ID=debian\nVERSION_ID=\"12\"\n")
        .file("var/lib/dpkg/status", STATUS_A.as_bytes())
        .file(
            "var/lib/dpkg/info/base-files.list",
            b"/.\n/etc\n/etc/issue\n",
        )
        .file(
            "var/lib/dpkg/info/libc6:amd64.list",
            b"/.\n/lib/x86_64-linux-gnu/libc.so.6\n",
        )
        .finish();
    // Layer 1 installs curl and upgrades nothing else.
    let status_b = format!("{STATUS_A}Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10+deb12u5\n");
    let l1 = TarW::new()
        .file("var/lib/dpkg/status", status_b.as_bytes())
        .file("var/lib/dpkg/info/curl.list", b"/usr/bin/curl\n")
        .finish();
    // Layer 2 purges libc6 (nonsense, but it shows removal) and deletes its list.
    let status_c = status_b.replace(
        "Package: libc6\nStatus: install ok installed",
        "Package: libc6\nStatus: deinstall ok config-files",
    );
    let l2 = TarW::new()
        .file("var/lib/dpkg/status", status_c.as_bytes())
        .file("var/lib/dpkg/info/.wh.libc6:amd64.list", b"")
        .finish();
    let p = write_tar(
        d.path(),
        "deb.tar",
        &oci_files(&[image_with(vec![l0, l1, l2])]),
    );
    let mut req = crate::fixtures::request(&p);
    req.secrets.disabled_rules = vec!["secret-env-var".into()]; // the fixture's DB_PASSWORD
    let v = scan_req(req);
    assert_eq!(
        pkgs(&v),
        vec![
            ("base-files".into(), "12.4+deb12u5".into(), 0),
            ("curl".into(), "7.88.1-10+deb12u5".into(), 1),
        ]
    );
    assert_eq!(v["packages"][0]["file_count"], 2);
    assert_eq!(
        v["packages"][1]["purl"],
        "pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5?arch=amd64&distro=debian-12"
    );
    assert_eq!(inventory_diags(&v), Vec::<serde_json::Value>::new());
}

/// The inventory's own diagnostics (not the policy's).
fn inventory_diags(v: &serde_json::Value) -> Vec<serde_json::Value> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["check"] == "inventory")
        .cloned()
        .collect()
}

#[test]
fn distroless_status_d() {
    let d = tempdir();
    let l0 = TarW::new()
        .file("etc/debian_version", b"12.5\n")
        .file(
            "var/lib/dpkg/status.d/base",
            b"Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n",
        )
        .file(
            "var/lib/dpkg/status.d/base.md5sums",
            b"0123  etc/issue\n4567  etc/os-release\n",
        )
        .file(
            "var/lib/dpkg/status.d/tzdata",
            b"Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n",
        )
        .finish();
    let p = write_tar(
        d.path(),
        "distroless.tar",
        &oci_files(&[image_with(vec![l0])]),
    );
    let v = scan_req(crate::fixtures::request(&p));
    assert_eq!(v["os"]["family"], "debian");
    assert_eq!(v["os"]["version"], "12");
    assert_eq!(v["os"]["distroless"], true);
    let names: Vec<_> = pkgs(&v).into_iter().map(|p| p.0).collect();
    assert_eq!(names, vec!["base-files", "tzdata"]);
    assert_eq!(v["packages"][0]["file_count"], 2);
}

#[test]
fn apk_database() {
    let d = tempdir();
    let l0 = TarW::new()
        .file("etc/alpine-release", b"3.19.1\n")
        .file(
            "lib/apk/db/installed",
            b"P:musl\nV:1.2.4_git20230717-r4\nA:x86_64\no:musl\nL:MIT\nF:lib\nR:ld-musl-x86_64.so.1\n\nP:busybox\nV:1.36.1-r15\nA:x86_64\no:busybox\n\n",
        )
        .finish();
    let p = write_tar(d.path(), "alpine.tar", &oci_files(&[image_with(vec![l0])]));
    let v = scan_req(crate::fixtures::request(&p));
    assert_eq!(v["os"]["family"], "alpine");
    assert_eq!(v["os"]["version"], "3.19.1");
    assert_eq!(pkgs(&v).len(), 2);
    let musl = &v["packages"][1];
    assert_eq!(musl["name"], "musl");
    assert_eq!(
        musl["purl"],
        "pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1"
    );
    assert_eq!(musl["licenses"], serde_json::json!(["MIT"]));
}

#[test]
fn broken_and_oversized_databases_are_warnings() {
    let d = tempdir();
    let l0 = TarW::new()
        .file("var/lib/dpkg/status", b"Package: ok\nStatus: install ok installed\nVersion: 1\n\nStatus: install ok installed\nVersion: 2\n\nPackage: nover\nStatus: install ok installed\n")
        .file("lib/apk/db/installed", &vec![b'P'; 4096])
        .finish();
    let p = write_tar(d.path(), "broken.tar", &oci_files(&[image_with(vec![l0])]));
    let mut req = crate::fixtures::request(&p);
    req.limits.max_capture = 1024;
    // The fixture's planted ENV DB_PASSWORD would fail the gate: not this test's subject.
    req.secrets.disabled_rules = vec!["secret-env-var".into()];
    let v = scan_req(req);
    assert_eq!(v["verdict"], "pass", "warnings do not fail the gate");
    assert_eq!(pkgs(&v), vec![("ok".into(), "1".into(), 0)]);
    let diags = inventory_diags(&v);
    let codes: Vec<(&str, &str)> = diags
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["location"]["path"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        vec![
            ("package-db-corrupt", "/var/lib/dpkg/status"),
            ("package-db-corrupt", "/var/lib/dpkg/status"),
            ("package-db-too-large", "/lib/apk/db/installed"),
        ]
    );
    assert!(
        diags[0]["message"].as_str().unwrap().starts_with("line "),
        "{}",
        diags[0]
    );
    assert_eq!(v["summary"]["checks"]["inventory"]["warnings"], 3);
}
