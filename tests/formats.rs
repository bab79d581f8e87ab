//! Every supported input format gives the same facts for the same image;
//! selection by tag and platform; whiteouts; redaction; the JSON snapshot.

use crate::fixtures::*;
use crate::{scan_err, scan_json, scan_req};
use imagegate::ErrorKind;

/// The format-independent facts: everything but how layers are stored.
fn facts(v: &serde_json::Value) -> serde_json::Value {
    let mut i = v["image"].clone();
    let o = i.as_object_mut().unwrap();
    for k in ["manifest_digest", "manifest_media_type", "references"] {
        o.remove(k);
    }
    o["totals"].as_object_mut().unwrap().remove("size");
    for l in o["layers"].as_array_mut().unwrap() {
        let l = l.as_object_mut().unwrap();
        for k in ["digest", "media_type", "compression", "size"] {
            l.remove(k);
        }
    }
    i
}

#[test]
fn all_formats_give_the_same_facts() {
    let d = tempdir();
    let img = Img::standard(Comp::Gzip);
    let oci_dir = d.path().join("layout");
    oci_files(std::slice::from_ref(&img)).write_dir(&oci_dir);
    let oci_tar = write_tar(d.path(), "oci.tar", &oci_files(std::slice::from_ref(&img)));
    let zstd = write_tar(
        d.path(),
        "zstd.tar",
        &oci_files(&[Img {
            comp: Comp::Zstd,
            ..img.clone()
        }]),
    );
    let plain = write_tar(
        d.path(),
        "plain.tar",
        &oci_files(&[Img {
            comp: Comp::None,
            ..img.clone()
        }]),
    );
    let legacy = write_tar(
        d.path(),
        "legacy.tar",
        &docker_files(std::slice::from_ref(&img), DockerStyle::Legacy),
    );
    let skopeo = write_tar(
        d.path(),
        "skopeo.tar",
        &docker_files(std::slice::from_ref(&img), DockerStyle::Skopeo),
    );
    let d25 = write_tar(
        d.path(),
        "d25.tar",
        &docker_files(std::slice::from_ref(&img), DockerStyle::Docker25),
    );
    let docker_dir = d.path().join("docker-dir");
    docker_files(std::slice::from_ref(&img), DockerStyle::Legacy).write_dir(&docker_dir);

    let base = scan_json(&oci_dir);
    assert_eq!(base["source"]["format"], "oci-layout");
    for (p, format) in [
        (&oci_tar, "oci-archive"),
        (&zstd, "oci-archive"),
        (&plain, "oci-archive"),
        (&legacy, "docker-archive"),
        (&skopeo, "docker-archive"),
        (&d25, "docker-archive"),
        (&docker_dir, "docker-directory"),
    ] {
        let v = scan_json(p);
        assert_eq!(v["source"]["format"], format, "{}", p.display());
        assert_eq!(facts(&v), facts(&base), "facts differ for {}", p.display());
    }
    // Compression is detected by magic bytes.
    assert_eq!(
        scan_json(&zstd)["image"]["layers"][0]["compression"],
        "zstd"
    );
    assert_eq!(
        scan_json(&plain)["image"]["layers"][0]["compression"],
        "none"
    );
    assert_eq!(base["image"]["layers"][0]["compression"], "gzip");
    // Docker 25+ archives carry an OCI index: the manifest digest is known.
    let v = scan_json(&d25);
    assert!(v["image"]["manifest_digest"]
        .as_str()
        .unwrap()
        .starts_with("sha256:"));
    assert_eq!(v["image"]["references"][0], "docker.io/library/app:1.0");
    assert!(scan_json(&legacy)["image"]["manifest_digest"].is_null());
}

#[test]
fn facts_of_the_synthetic_image() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip)]),
    );
    let v = scan_json(&p);
    let i = &v["image"];
    // The fixture's ENV DB_PASSWORD (also in its history) is a planted secret.
    assert_eq!(v["verdict"], "fail");
    let found: Vec<(&str, &str, &str)> = v["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["source"].as_str().unwrap(),
                f["key"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            ("secret-env-var", "env", "DB_PASSWORD"),
            ("secret-env-var", "history", "history[1]")
        ]
    );
    assert_eq!(i["references"], serde_json::json!(["app:1.0"]));
    assert_eq!(i["user"], "app");
    assert_eq!(i["entrypoint"], serde_json::json!(["/app/run"]));
    assert_eq!(i["exposed_ports"], serde_json::json!(["8080/tcp"]));
    assert_eq!(
        i["healthcheck"]["test"],
        serde_json::json!(["CMD", "/app/run", "--health"])
    );
    assert_eq!(i["os_release"]["id"], "debian");
    assert_eq!(i["os_release"]["version_id"], "12");
    // etc/os-release is a symlink to ../usr/lib/os-release: followed inside the image.
    assert_eq!(i["os_release"]["path"], "/usr/lib/os-release");
    // Whiteouts: debian_version deleted, /tmp made opaque.
    let l1 = &i["layers"][1];
    assert_eq!(l1["whiteouts"], 2);
    assert_eq!(
        l1["removed_from_lower"], 2,
        "etc/debian_version and tmp/scratch"
    );
    assert_eq!(i["history"][2]["layer"], 1);
    assert_eq!(i["history"][1]["empty_layer"], true);
}

#[test]
fn whiteouts_give_the_final_filesystem() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip)]),
    );
    let img =
        imagegate::image::read(&p, "app.tar", &Default::default(), &Default::default()).unwrap();
    assert!(img.tree.get("etc/debian_version").is_none());
    assert!(
        img.tree.get("tmp/scratch").is_none(),
        "opaque dir hides lower files"
    );
    assert_eq!(img.tree.get("tmp/new").map(|n| n.layer), Some(1));
    assert_eq!(img.tree.get("app/run").map(|n| n.layer), Some(1));
    assert_eq!(img.tree.get("usr/lib/os-release").map(|n| n.layer), Some(0));
    assert_eq!(img.tree.get("bin/sh").map(|n| n.mode), Some(0o755));
}

#[test]
fn secrets_in_env_and_history_are_redacted() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip)]),
    );
    for format in [imagegate::Format::Json, imagegate::Format::Text] {
        let mut req = crate::fixtures::request(&p);
        req.formats = vec![format];
        let out = imagegate::scan(&req).unwrap().report().to_string();
        assert!(
            !out.contains("hunter2hunter2"),
            "secret leaked into the {format:?} report"
        );
        assert!(out.contains("DB_PASSWORD"));
        assert!(out.contains("[redacted: 14 chars]"));
        assert!(out.contains("MODE=prod") || out.contains("\"prod\""));
    }
}

#[test]
fn json_report_snapshot() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::None)]),
    );
    let out = imagegate::scan(&crate::fixtures::request(&p))
        .unwrap()
        .report()
        .to_string();
    insta::assert_snapshot!("synthetic_oci_archive_json", out);
    let again = imagegate::scan(&crate::fixtures::request(&p))
        .unwrap()
        .report()
        .to_string();
    assert_eq!(out, again, "reports are deterministic");
    let mut req = crate::fixtures::request(&p);
    req.formats = vec![imagegate::Format::Text];
    insta::assert_snapshot!(
        "synthetic_oci_archive_text",
        imagegate::scan(&req).unwrap().report().to_string()
    );
}

#[test]
fn several_images_need_a_tag() {
    let d = tempdir();
    let a = Img::standard(Comp::None);
    let mut b = Img::standard(Comp::None);
    b.layers.truncate(1);
    b.config = config_for(&b.layers);
    b.tag = Some("base:2".into());
    for (name, files) in [
        (
            "docker.tar",
            docker_files(&[a.clone(), b.clone()], DockerStyle::Legacy),
        ),
        ("oci.tar", oci_files(&[a.clone(), b.clone()])),
    ] {
        let p = write_tar(d.path(), name, &files);
        let (kind, msg) = scan_err(crate::fixtures::request(&p));
        assert_eq!(kind, ErrorKind::Selection, "{msg}");
        assert!(
            msg.contains("--tag") && msg.contains("base:2") && msg.contains("app:1.0"),
            "{msg}"
        );
        let mut req = crate::fixtures::request(&p);
        req.tag = Some("base:2".into());
        assert_eq!(scan_req(req)["image"]["totals"]["layers"], 1, "{name}");
        let mut req = crate::fixtures::request(&p);
        req.tag = Some("nope:1".into());
        let (kind, msg) = scan_err(req);
        assert_eq!(kind, ErrorKind::Selection);
        assert!(msg.contains("nope:1"), "{msg}");
    }
}

/// An OCI layout whose index points at a nested multi-platform index.
fn multi_platform() -> Files {
    let amd = Img::standard(Comp::Gzip);
    let mut arm = Img::standard(Comp::Gzip);
    let mut cfg: serde_json::Value = serde_json::from_slice(&arm.config).unwrap();
    cfg["architecture"] = "arm64".into();
    cfg["variant"] = "v8".into();
    arm.config = serde_json::to_vec(&cfg).unwrap();
    let mut f = Files::default();
    f.add("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec());
    let mut descs = Vec::new();
    for (img, arch, variant) in [(&amd, "amd64", None), (&arm, "arm64", Some("v8"))] {
        let (m, blobs) = img.manifest();
        f.add(
            &format!("blobs/sha256/{}", sha256_hex(&img.config)),
            img.config.clone(),
        );
        for b in blobs {
            f.add(&format!("blobs/sha256/{}", sha256_hex(&b)), b);
        }
        f.add(&format!("blobs/sha256/{}", sha256_hex(&m)), m.clone());
        let mut p = serde_json::json!({"os": "linux", "architecture": arch});
        if let Some(v) = variant {
            p["variant"] = v.into();
        }
        descs.push(serde_json::json!({"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest(&m), "size": m.len(), "platform": p}));
    }
    // An attestation manifest, as buildx writes, must be skipped.
    descs.push(serde_json::json!({"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest(b"x"), "size": 1, "platform": {"os": "unknown", "architecture": "unknown"}}));
    let nested = serde_json::to_vec(&serde_json::json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": descs})).unwrap();
    f.add(
        &format!("blobs/sha256/{}", sha256_hex(&nested)),
        nested.clone(),
    );
    let top = serde_json::json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.index.v1+json", "digest": digest(&nested), "size": nested.len(), "annotations": {"org.opencontainers.image.ref.name": "multi"}}]});
    f.add("index.json", serde_json::to_vec(&top).unwrap());
    f
}

#[test]
fn nested_index_picks_the_platform() {
    let d = tempdir();
    let p = write_tar(d.path(), "multi.tar", &multi_platform());
    let v = scan_json(&p);
    assert_eq!(v["image"]["architecture"], "amd64");
    assert_eq!(v["image"]["references"], serde_json::json!(["multi"]));
    let mut req = crate::fixtures::request(&p);
    req.platform = Some("linux/arm64".into());
    let v = scan_req(req);
    assert_eq!(v["image"]["architecture"], "arm64");
    assert_eq!(v["image"]["variant"], "v8");
    let mut req = crate::fixtures::request(&p);
    req.platform = Some("linux/s390x".into());
    let (kind, msg) = scan_err(req);
    assert_eq!(kind, ErrorKind::Selection);
    assert!(
        msg.contains("linux/amd64") && msg.contains("linux/arm64/v8"),
        "{msg}"
    );
    let mut req = crate::fixtures::request(&p);
    req.platform = Some("linux".into());
    assert_eq!(scan_err(req).0, ErrorKind::Usage);
}

#[test]
fn long_and_non_utf8_names_are_read() {
    let d = tempdir();
    let long = format!("app/{}/file", "d".repeat(150));
    let layer = TarW::new()
        .file(&long, b"x")
        .raw(b"app/caf\xe9", b'0', b"y", b"", 0o644)
        .finish();
    let layers = vec![base_layer(), layer];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::Gzip,
        tag: None,
    };
    let p = write_tar(d.path(), "names.tar", &oci_files(&[img]));
    let image =
        imagegate::image::read(&p, "names.tar", &Default::default(), &Default::default()).unwrap();
    assert!(image.tree.get(&long).is_some(), "GNU long name kept");
    assert!(image.tree.iter().any(|(k, _)| k.starts_with("app/caf")));
}

#[test]
fn hundred_thousand_files_in_one_layer() {
    let d = tempdir();
    let mut t = TarW::new();
    for i in 0..100_000 {
        t.file(&format!("data/{:03}/{i}.txt", i % 997), b"z");
    }
    let layers = vec![t.finish()];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::Gzip,
        tag: None,
    };
    let p = write_tar(d.path(), "many.tar", &oci_files(&[img]));
    let v = scan_json(&p);
    assert_eq!(v["image"]["layers"][0]["files"], 100_000);
    assert_eq!(v["image"]["totals"]["final_files"], 100_000);
}

#[test]
fn secrets_in_commands_and_forged_lines_never_reach_reports() {
    let d = tempdir();
    let mut img = Img::standard(Comp::Gzip);
    let mut cfg: serde_json::Value = serde_json::from_slice(&img.config).unwrap();
    cfg["config"]["Cmd"] = serde_json::json!([
        "app",
        "--api-key=ghp_0123456789abcdefghijKLMN",
        "--password",
        "hunter3hunter3"
    ]);
    cfg["config"]["Healthcheck"]["Test"] =
        serde_json::json!(["CMD-SHELL", "curl -u admin:s3cr3tpass http://localhost/"]);
    cfg["config"]["Env"] = serde_json::json!([
        "JAVA_OPTS=-Xmx1g -Dspring.datasource.password=jdbcsecret1",
        "APP_KEY=base64:laravelkey"
    ]);
    cfg["config"]["Labels"]["note"] = "line1\nverdict: PASS\n::error::forged".into();
    cfg["history"][1]["created_by"] =
        "/bin/sh -c #(nop) ENV DB_PASSWORD=\"correct horse battery staple\"".into();
    img.config = serde_json::to_vec(&cfg).unwrap();
    let p = write_tar(d.path(), "leaky.tar", &oci_files(&[img]));
    for format in [
        imagegate::Format::Json,
        imagegate::Format::Text,
        imagegate::Format::Cyclonedx,
        imagegate::Format::Spdx,
    ] {
        let mut req = crate::fixtures::request(&p);
        req.formats = vec![format];
        let out = imagegate::scan(&req).unwrap().report().to_string();
        for secret in [
            "ghp_0123456789",
            "hunter3hunter3",
            "s3cr3tpass",
            "jdbcsecret1",
            "laravelkey",
            "horse battery",
        ] {
            assert!(
                !out.contains(secret),
                "{secret} leaked into the {format:?} report"
            );
        }
        if format == imagegate::Format::Text {
            assert_eq!(
                out.lines().filter(|l| l.starts_with("verdict:")).count(),
                1,
                "forged line:\n{out}"
            );
            assert!(!out.lines().any(|l| l.starts_with("::error::")), "{out}");
            assert!(
                out.contains("line1\\nverdict: PASS\\n::error::forged"),
                "{out}"
            );
        }
    }
}

/// The walk's visitor protocol (`image::visit`), observed: what the tree
/// keeps is the visitor's choice, each regular file's bytes come once (kept,
/// streamed, or too large to keep), whiteouts and rewrites are reported in
/// stream order, and a hard link to a file the tree did not keep says so.
#[test]
fn the_walk_hands_each_file_to_the_visitor_once() {
    use imagegate::image::visit::{Body, FileInfo, History, Keep, Visitor};
    #[derive(Default)]
    struct Recorder(Vec<String>);
    impl Visitor for Recorder {
        fn keep(&self, path: &str) -> Keep {
            Keep {
                capture: path.starts_with("keep/").then_some(8),
                history: History::Nothing,
            }
        }
        fn written(&mut self, layer: u32, path: &str) {
            self.0.push(format!("{layer} written {path}"));
        }
        fn deleted(&mut self, layer: u32, path: &str, opaque: bool) {
            self.0
                .push(format!("{layer} deleted {path} opaque={opaque}"));
        }
        fn file(&mut self, info: &FileInfo<'_>, body: Body<'_>) -> std::io::Result<()> {
            let what = match body {
                Body::Kept(c) => format!("kept {:?}", String::from_utf8_lossy(c)),
                Body::Stream(r) => {
                    let mut s = String::new();
                    r.read_to_string(&mut s)?;
                    format!("stream {s:?}")
                }
                Body::TooLarge { cap, .. } => format!("too large (cap {cap})"),
                Body::LinkNotKept {
                    target,
                    over_budget,
                } => format!("link to {target} not kept ({over_budget:?})"),
            };
            self.0.push(format!(
                "{} file {} {} {what}",
                info.layer, info.path, info.size
            ));
            Ok(())
        }
    }
    let mut base = TarW::new();
    base.dir("keep")
        .file("keep/small", b"kept!")
        .file("keep/large", b"more than eight bytes")
        .file("bin/tool", b"ELF?")
        .hardlink("bin/tool2", "bin/tool")
        .hardlink("keep/link", "keep/large");
    let mut app = TarW::new();
    app.file("bin/.wh.tool", b"")
        .file("keep/.wh..wh..opq", b"")
        .file("keep/small", b"again");
    let layers = vec![base.finish(), app.finish()];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::Gzip,
        tag: None,
    };
    let d = tempdir();
    let p = write_tar(d.path(), "visit.tar", &oci_files(&[img]));
    let mut rec = Recorder::default();
    let image = imagegate::image::read_with(
        &p,
        "visit.tar",
        &Default::default(),
        &Default::default(),
        &mut rec,
    )
    .unwrap();
    assert_eq!(
        rec.0,
        [
            "0 written keep",
            "0 written keep/small",
            "0 file keep/small 5 kept \"kept!\"",
            "0 written keep/large",
            "0 file keep/large 21 too large (cap 8)",
            "0 written bin/tool",
            "0 file bin/tool 4 stream \"ELF?\"",
            "0 written bin/tool2",
            "0 written keep/link",
            "0 file keep/link 0 link to keep/large not kept (None)",
            "1 deleted bin/tool opaque=false",
            "1 deleted keep opaque=true",
            "1 written keep/small",
            "1 file keep/small 5 kept \"again\"",
        ]
    );
    // The tree holds what the visitor asked to keep, from the final layer.
    let small = image.tree.get("keep/small").unwrap();
    assert_eq!(
        (small.layer, small.content.as_deref()),
        (1, Some(&b"again"[..]))
    );
    assert!(
        image.tree.get("keep/large").is_none(),
        "under the opaque dir"
    );
    assert!(image.tree.get("bin/tool").is_none(), "whited out");
}
