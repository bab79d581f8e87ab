//! The CycloneDX 1.6 and SPDX 2.3 SBOMs: valid against the official JSON
//! schemas vendored in `tests/schemas/` (resolved offline), snapshotted,
//! deterministic, and free of config secrets.

use crate::fixtures::*;
use imagegate::inventory::{purl_of, Ecosystem, Package};
use imagegate::report::{cyclonedx, sbom, spdx, Report};
use jsonschema::{Registry, Resource};
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

const SECRET: &str = "hunter2hunter2";
const TAG: &str = "registry.example.com/team/app:1.0";

fn schema(name: &str) -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas")
        .join(name);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap()
}

/// Validate `doc` against the vendored schema `main`; the other schemas are
/// registered under their `$id`s so that `$ref`s resolve with no network.
fn schema_errors(main: &str, extra: &[&str], doc: &Value) -> Vec<String> {
    let mut builder = Registry::new();
    for name in extra {
        let s = schema(name);
        let id = s["$id"].as_str().unwrap().to_string();
        builder = builder.add(id, Resource::from_contents(s)).unwrap();
    }
    let registry = builder.prepare().unwrap();
    let validator = jsonschema::options()
        .offline()
        .with_registry(&registry)
        .should_validate_formats(true)
        .build(&schema(main))
        .unwrap();
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn cyclonedx_errors(doc: &Value) -> Vec<String> {
    schema_errors(
        "bom-1.6.schema.json",
        &["spdx.schema.json", "jsf-0.82.schema.json"],
        doc,
    )
}

fn spdx_errors(doc: &Value) -> Vec<String> {
    schema_errors("spdx-2.3.schema.json", &[], doc)
}

/// A layer with a dpkg database of two packages (one with a versioned source).
fn dpkg_layer() -> Vec<u8> {
    TarW::new()
        .dir("var/")
        .dir("var/lib/")
        .dir("var/lib/dpkg/")
        .file(
            "var/lib/dpkg/status",
            b"Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.36-9+deb12u4\nSource: glibc\n\n\
Package: zlib1g\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1:1.2.13.dfsg-1\nSource: zlib (1:1.2.13.dfsg-1)\n",
        )
        .finish()
}

/// The synthetic Debian image (with the standard config and its secret) plus
/// a dpkg layer, as an OCI archive tagged with a registry reference.
fn sbom_image(dir: &Path) -> PathBuf {
    let layers = vec![base_layer(), app_layer(), dpkg_layer()];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::Gzip,
        tag: Some(TAG.into()),
    };
    write_tar(dir, "app.tar", &oci_files(&[img]))
}

fn pkg(eco: Ecosystem, name: &str, version: &str, path: &str, licenses: &[&str]) -> Package {
    let mut p = Package::new(eco, name, version);
    p.layer = 1;
    p.path = path.into();
    p.licenses = licenses.iter().map(|l| l.to_string()).collect();
    p
}

/// The scanned report plus hand-made language packages: several ecosystems,
/// licences (an id, an expression, free text) and two packages sharing a purl.
fn report(path: &Path) -> Report {
    let mut r = imagegate::scan_report(&crate::fixtures::request(path)).unwrap();
    assert_eq!(r.packages.len(), 2, "the dpkg layer gives two packages");
    let mut extra = vec![
        pkg(
            Ecosystem::Npm,
            "@babel/core",
            "7.24.0",
            "/app/node_modules/@babel/core/package.json",
            &["MIT"],
        ),
        pkg(
            Ecosystem::Npm,
            "left-pad",
            "1.3.0",
            "/app/node_modules/left-pad/package.json",
            &["WTFPL OR MIT"],
        ),
        pkg(
            Ecosystem::Npm,
            "left-pad",
            "1.3.0",
            "/app/vendor/node_modules/left-pad/package.json",
            &["wtfpl OR mit"],
        ),
        pkg(
            Ecosystem::Pypi,
            "Flask_Login",
            "0.6.3",
            "/usr/lib/python3/dist-packages/Flask_Login-0.6.3.dist-info/METADATA",
            &["apache-2.0", "Apache-2.0"],
        ),
        pkg(
            Ecosystem::Golang,
            "github.com/sirupsen/logrus",
            "v1.9.3",
            "/app/run",
            &[],
        ),
        pkg(
            Ecosystem::Maven,
            "org.apache.logging.log4j:log4j-core",
            "2.17.1",
            "/app/lib/app.jar!/META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties",
            &["Some Custom Licence"],
        ),
        pkg(Ecosystem::Cargo, "serde", "1.0.200", "/app/run", &[]),
    ];
    for p in &mut extra {
        p.purl = purl_of(p, r.os.as_ref());
    }
    r.packages.extend(extra);
    r
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).expect("SBOM is JSON")
}

fn props(v: &Value) -> Vec<(String, String)> {
    v["properties"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    (
                        p["name"].as_str().unwrap().to_string(),
                        p["value"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn cyclonedx_is_valid_deterministic_and_complete() {
    let d = tempdir();
    let r = report(&sbom_image(d.path()));
    let out = cyclonedx::render(&r);
    assert_eq!(
        out,
        cyclonedx::render(&r),
        "CycloneDX output is deterministic"
    );
    assert!(
        !out.contains(SECRET),
        "secret leaked into the CycloneDX SBOM"
    );
    let v = parse(&out);
    let errors = cyclonedx_errors(&v);
    assert!(errors.is_empty(), "CycloneDX schema errors: {errors:#?}");

    assert_eq!(v["bomFormat"], "CycloneDX");
    assert_eq!(v["specVersion"], "1.6");
    let serial = v["serialNumber"].as_str().unwrap();
    assert_eq!(serial.len(), "urn:uuid:".len() + 36);
    assert_eq!(serial.as_bytes()["urn:uuid:".len() + 14], b'5');
    let image = &v["metadata"]["component"];
    assert_eq!(image["type"], "container");
    assert_eq!(image["name"], TAG);
    assert_eq!(
        image["version"].as_str(),
        Some(r.image.config_digest.to_string().as_str())
    );
    let purl = image["purl"].as_str().unwrap();
    let manifest = r.image.manifest_digest.as_ref().unwrap().to_string();
    assert_eq!(
        purl,
        format!(
            "pkg:oci/app@{manifest}?arch=amd64&repository_url=registry.example.com%2Fteam%2Fapp&tag=1.0"
        )
    );
    assert_eq!(image["bom-ref"].as_str(), Some(purl));

    let comps = v["components"].as_array().unwrap();
    assert_eq!(comps.len(), 1 + r.packages.len());
    assert_eq!(comps[0]["type"], "operating-system");
    assert_eq!(comps[0]["name"], "debian");
    assert_eq!(comps[0]["version"], "12");
    let refs: Vec<&str> = comps
        .iter()
        .map(|c| c["bom-ref"].as_str().unwrap())
        .collect();
    assert_eq!(
        refs.iter().collect::<HashSet<_>>().len(),
        refs.len(),
        "bom-refs are unique"
    );
    assert!(refs.contains(&"pkg:npm/left-pad@1.3.0"));
    assert!(refs.contains(&"pkg:npm/left-pad@1.3.0|2"));
    for c in &comps[1..] {
        assert_eq!(c["type"], "library");
        let p = props(c);
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        for want in [
            "imagegate:ecosystem",
            "imagegate:layer",
            "imagegate:layer:diff-id",
            "imagegate:path",
        ] {
            assert!(names.contains(&want), "{want} missing on {c}");
        }
    }
    let libc = comps.iter().find(|c| c["name"] == "libc6").unwrap();
    assert!(libc["purl"]
        .as_str()
        .unwrap()
        .starts_with("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"));
    let p = props(libc);
    assert!(p.contains(&("imagegate:source-name".into(), "glibc".into())));
    assert!(p.contains(&("imagegate:layer".into(), "2".into())));
    assert!(p.contains(&(
        "imagegate:layer:diff-id".into(),
        r.image.layers[2].diff_id.to_string()
    )));
    assert!(p.contains(&("imagegate:path".into(), "/var/lib/dpkg/status".into())));
    let babel = comps.iter().find(|c| c["name"] == "@babel/core").unwrap();
    assert_eq!(
        babel["licenses"],
        serde_json::json!([{"license": {"id": "MIT"}}])
    );
    let flask = comps.iter().find(|c| c["name"] == "Flask_Login").unwrap();
    assert_eq!(
        flask["licenses"],
        serde_json::json!([{"license": {"id": "Apache-2.0"}}]),
        "ids are canonicalised and deduplicated"
    );
    let pad = comps.iter().find(|c| c["name"] == "left-pad").unwrap();
    assert_eq!(
        pad["licenses"],
        serde_json::json!([{"license": {"name": "WTFPL OR MIT"}}])
    );

    let deps = v["dependencies"].as_array().unwrap();
    assert_eq!(deps.len(), 1);
    assert_eq!(deps[0]["ref"].as_str(), Some(purl));
    let on: Vec<&str> = deps[0]["dependsOn"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(on, refs, "the image depends on the OS and every package");

    insta::assert_snapshot!("sbom_cyclonedx", out);
}

#[test]
fn spdx_is_valid_deterministic_and_complete() {
    let d = tempdir();
    let r = report(&sbom_image(d.path()));
    let out = spdx::render(&r);
    assert_eq!(out, spdx::render(&r), "SPDX output is deterministic");
    assert!(!out.contains(SECRET), "secret leaked into the SPDX SBOM");
    let v = parse(&out);
    let errors = spdx_errors(&v);
    assert!(errors.is_empty(), "SPDX schema errors: {errors:#?}");

    assert_eq!(v["spdxVersion"], "SPDX-2.3");
    assert_eq!(v["dataLicense"], "CC0-1.0");
    assert_eq!(v["SPDXID"], "SPDXRef-DOCUMENT");
    assert_eq!(v["name"], TAG);
    let ns = v["documentNamespace"].as_str().unwrap();
    assert!(ns.starts_with("https://") && !ns.contains('#'), "{ns}");
    assert!(ns.ends_with(r.image.config_digest.hex()), "{ns}");
    assert_eq!(v["creationInfo"]["created"], "2024-01-01T00:00:00Z");
    assert_eq!(
        v["creationInfo"]["creators"],
        serde_json::json!([format!("Tool: imagegate-{}", env!("CARGO_PKG_VERSION"))])
    );

    let pkgs = v["packages"].as_array().unwrap();
    assert_eq!(pkgs.len(), 2 + r.packages.len());
    let ids: Vec<&str> = pkgs.iter().map(|p| p["SPDXID"].as_str().unwrap()).collect();
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    for id in &ids {
        let rest = id.strip_prefix("SPDXRef-").unwrap();
        assert!(
            rest.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
            "{id}"
        );
    }
    assert_eq!(pkgs[0]["primaryPackagePurpose"], "CONTAINER");
    assert_eq!(pkgs[1]["primaryPackagePurpose"], "OPERATING_SYSTEM");
    for p in pkgs {
        assert_eq!(p["filesAnalyzed"], false);
        assert_eq!(p["licenseConcluded"], "NOASSERTION");
    }
    for p in &pkgs[2..] {
        let refs = p["externalRefs"].as_array().unwrap();
        assert_eq!(refs[0]["referenceCategory"], "PACKAGE-MANAGER");
        assert_eq!(refs[0]["referenceType"], "purl");
        assert!(refs[0]["referenceLocator"]
            .as_str()
            .unwrap()
            .starts_with("pkg:"));
    }
    let declared = |name: &str| {
        pkgs.iter()
            .find(|p| p["name"] == name)
            .map(|p| p["licenseDeclared"].clone())
            .unwrap()
    };
    assert_eq!(declared("@babel/core"), "MIT");
    assert_eq!(
        declared("Flask_Login"),
        "NOASSERTION",
        "two licence strings"
    );
    assert_eq!(declared("left-pad"), "NOASSERTION", "expression");
    assert_eq!(
        declared("org.apache.logging.log4j:log4j-core"),
        "NOASSERTION"
    );

    let rels = v["relationships"].as_array().unwrap();
    assert_eq!(rels.len(), pkgs.len());
    assert_eq!(rels[0]["relationshipType"], "DESCRIBES");
    assert_eq!(rels[0]["spdxElementId"], "SPDXRef-DOCUMENT");
    assert_eq!(rels[0]["relatedSpdxElement"].as_str(), Some(ids[0]));
    for (rel, id) in rels[1..].iter().zip(&ids[1..]) {
        assert_eq!(rel["relationshipType"], "CONTAINS");
        assert_eq!(rel["spdxElementId"].as_str(), Some(ids[0]));
        assert_eq!(rel["relatedSpdxElement"].as_str(), Some(*id));
    }

    insta::assert_snapshot!("sbom_spdx", out);
}

/// `scan()` dispatches both formats; the output of a real scan is valid too.
#[test]
fn scan_renders_sbom_formats() {
    let d = tempdir();
    let p = sbom_image(d.path());
    for (name, format) in [
        ("cyclonedx", imagegate::Format::Cyclonedx),
        ("spdx", imagegate::Format::Spdx),
    ] {
        assert_eq!(imagegate::Format::parse(name).unwrap(), format);
        let mut req = crate::fixtures::request(&p);
        req.formats = vec![format];
        let out = imagegate::scan(&req).unwrap().report().to_string();
        assert!(!out.contains(SECRET), "secret leaked into {name}");
        let v = parse(&out);
        let errors = match format {
            imagegate::Format::Cyclonedx => cyclonedx_errors(&v),
            _ => spdx_errors(&v),
        };
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert!(
            out.contains("pkg:deb/debian/zlib1g@1.2.13.dfsg-1?arch=amd64&distro=debian-12&epoch=1"),
            "{name}"
        );
    }
    let cmd = imagegate::cli::parse(&["scan".into(), "x.tar".into(), "--format=spdx".into()]);
    assert!(matches!(
        cmd,
        Ok(imagegate::cli::Command::Scan { request, .. }) if request.formats == [imagegate::Format::Spdx]
    ));
    assert!(imagegate::cli::USAGE.contains("spdx (SPDX 2.3 SBOM)"));
}

/// Without a manifest digest, reference or creation time the documents are
/// still valid: image ref from the config digest, the epoch as `created`.
#[test]
fn minimal_image_gives_valid_sboms() {
    let d = tempdir();
    let mut r = report(&sbom_image(d.path()));
    r.image.references.clear();
    r.image.manifest_digest = None;
    r.image.created = None;
    r.os = None;
    let c = parse(&cyclonedx::render(&r));
    assert!(cyclonedx_errors(&c).is_empty());
    assert_eq!(c["metadata"]["component"]["name"], "app.tar");
    assert!(c["metadata"]["component"].get("purl").is_none());
    assert_eq!(
        c["metadata"]["component"]["bom-ref"].as_str(),
        Some(format!("image:{}", r.image.config_digest).as_str())
    );
    let s = parse(&spdx::render(&r));
    assert!(spdx_errors(&s).is_empty());
    assert_eq!(s["creationInfo"]["created"], sbom::EPOCH);
    assert_eq!(s["packages"][0]["SPDXID"], "SPDXRef-Image-app.tar");
    // A fractional, non-UTC timestamp falls back too; a fractional UTC one is cut.
    r.image.created = Some("2024-05-06T07:08:09+02:00".into());
    assert_eq!(sbom::created(&r), sbom::EPOCH);
    r.image.created = Some("2024-05-06T07:08:09.123Z".into());
    assert_eq!(sbom::created(&r), "2024-05-06T07:08:09Z");
}

/// The validators really reject broken documents (so a pass means something).
#[test]
fn schemas_reject_broken_documents() {
    let d = tempdir();
    let r = report(&sbom_image(d.path()));
    let mut c = parse(&cyclonedx::render(&r));
    c["components"][1]["licenses"] = serde_json::json!([{"license": {"id": "Not-A-Licence"}}]);
    assert!(!cyclonedx_errors(&c).is_empty());
    let mut c = parse(&cyclonedx::render(&r));
    c["serialNumber"] = "urn:uuid:not-a-uuid".into();
    assert!(!cyclonedx_errors(&c).is_empty());
    let mut s = parse(&spdx::render(&r));
    s["packages"][2]
        .as_object_mut()
        .unwrap()
        .remove("downloadLocation");
    assert!(!spdx_errors(&s).is_empty());
}

/// Every licence id the renderers emit as an SPDX id is on the official list
/// (the enum of the vendored `spdx.schema.json`).
#[test]
fn licence_ids_are_official() {
    let s = schema("spdx.schema.json");
    let known: HashSet<&str> = s["enum"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for id in sbom::SPDX_IDS {
        assert!(known.contains(id), "{id} is not an SPDX licence id");
    }
}
