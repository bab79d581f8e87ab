//! Hostile and broken inputs: each gives a clear error naming the file and
//! the problem (exit code 2 in every host), never a panic, never a partial
//! report, never a file written or read outside the image.

use crate::fixtures::*;
use crate::scan_err;
use imagegate::image::Limits;
use imagegate::{ErrorKind, ScanRequest};
use std::path::Path;

fn err_of(p: &Path) -> (ErrorKind, String) {
    scan_err(ScanRequest::new(p))
}

fn expect(p: &Path, kind: ErrorKind, needles: &[&str]) {
    let (k, msg) = err_of(p);
    assert_eq!(k, kind, "wrong kind for {}: {msg}", p.display());
    let name = p.file_name().unwrap().to_string_lossy();
    assert!(
        msg.contains(name.as_ref()),
        "message must name the input: {msg}"
    );
    for n in needles {
        assert!(msg.contains(n), "message {msg:?} should contain {n:?}");
    }
}

fn standard_oci() -> (Img, Files) {
    let img = Img::standard(Comp::Gzip);
    let f = oci_files(std::slice::from_ref(&img));
    (img, f)
}

#[test]
fn not_images() {
    let d = tempdir();
    let empty = d.path().join("empty.tar");
    std::fs::write(&empty, b"").unwrap();
    expect(&empty, ErrorKind::NotAnImage, &["empty file"]);
    let text = d.path().join("notes.txt");
    std::fs::write(&text, "this is not a tar archive at all\n".repeat(40)).unwrap();
    expect(&text, ErrorKind::NotAnImage, &["not a tar archive"]);
    let short = d.path().join("short.tar");
    std::fs::write(&short, b"abc").unwrap();
    expect(&short, ErrorKind::NotAnImage, &["not a tar archive"]);
    let plain = write_tar(d.path(), "plain.tar", &{
        let mut f = Files::default();
        f.add("hello.txt", b"hi".to_vec());
        f
    });
    expect(&plain, ErrorKind::NotAnImage, &["no manifest.json"]);
    let gz = d.path().join("image.tar.gz");
    std::fs::write(&gz, compress(&standard_oci().1.to_tar(), Comp::Gzip)).unwrap();
    expect(&gz, ErrorKind::Unsupported, &["compressed tarball"]);
    let dir = d.path().join("somedir");
    std::fs::create_dir(&dir).unwrap();
    expect(&dir, ErrorKind::NotAnImage, &["not an OCI image layout"]);
    let missing = d.path().join("missing.tar");
    expect(&missing, ErrorKind::Io, &["no such file"]);
}

#[test]
fn truncated_archives() {
    let d = tempdir();
    let full = standard_oci().1.to_tar();
    // Cut at many points: inside headers, inside blobs, at block boundaries.
    // (The last 2 KiB hold the end of the last entry and the end-of-archive
    // blocks; a cut there can leave a complete archive.)
    let end = full.len() - 2048;
    let mut cuts: Vec<usize> = (1..24).map(|i| end * i / 24).collect();
    cuts.extend([512, 513, 1024, end]);
    for cut in cuts {
        let p = d.path().join(format!("cut{cut}.tar"));
        std::fs::write(&p, &full[..cut]).unwrap();
        let (k, msg) = err_of(&p);
        assert!(
            matches!(
                k,
                ErrorKind::Malformed | ErrorKind::NotAnImage | ErrorKind::DigestMismatch
            ),
            "cut at {cut}: {k:?} {msg}"
        );
        assert!(msg.contains(&format!("cut{cut}.tar")), "{msg}");
    }
    // A truncated gzip layer inside an intact archive.
    let (img, mut f) = standard_oci();
    let blob = img.blobs()[1].clone();
    let path = format!("blobs/sha256/{}", sha256_hex(&blob));
    f.set(&path, blob[..blob.len() / 2].to_vec());
    let p = write_tar(d.path(), "trunc-layer.tar", &f);
    let (k, msg) = err_of(&p);
    assert!(
        matches!(k, ErrorKind::Malformed | ErrorKind::DigestMismatch),
        "{msg}"
    );
    assert!(msg.contains("layer 1"), "{msg}");
}

#[test]
fn bad_json() {
    let d = tempdir();
    let (_, mut f) = standard_oci();
    f.set("index.json", b"{ not json".to_vec());
    expect(
        &write_tar(d.path(), "badindex.tar", &f),
        ErrorKind::Malformed,
        &["index.json", "invalid OCI index"],
    );
    let mut f = docker_files(&[Img::standard(Comp::None)], DockerStyle::Legacy);
    f.set("manifest.json", b"[{\"Config\": 3}]".to_vec());
    expect(
        &write_tar(d.path(), "badmanifest.tar", &f),
        ErrorKind::Malformed,
        &["manifest.json"],
    );
    let mut f = docker_files(&[Img::standard(Comp::None)], DockerStyle::Legacy);
    f.set("manifest.json", b"[]".to_vec());
    expect(
        &write_tar(d.path(), "emptymanifest.tar", &f),
        ErrorKind::Malformed,
        &["lists no images"],
    );
}

#[test]
fn missing_blobs() {
    let d = tempdir();
    let (img, mut f) = standard_oci();
    let layer = img.blobs()[0].clone();
    f.remove(&format!("blobs/sha256/{}", sha256_hex(&layer)));
    expect(
        &write_tar(d.path(), "nolayer.tar", &f),
        ErrorKind::Malformed,
        &["missing", &sha256_hex(&layer)],
    );
    let (img, mut f) = standard_oci();
    f.remove(&format!("blobs/sha256/{}", sha256_hex(&img.config)));
    expect(
        &write_tar(d.path(), "noconfig.tar", &f),
        ErrorKind::Malformed,
        &["missing"],
    );
    let mut f = docker_files(&[Img::standard(Comp::None)], DockerStyle::Legacy);
    let cfg = f
        .entries
        .iter()
        .find(|(p, _)| p.ends_with(".json") && p != "manifest.json")
        .unwrap()
        .0
        .clone();
    f.remove(&cfg);
    expect(
        &write_tar(d.path(), "nodockerconfig.tar", &f),
        ErrorKind::Malformed,
        &["missing", &cfg],
    );
}

#[test]
fn digest_mismatches() {
    let d = tempdir();
    // A layer blob altered (same size): blob digest mismatch.
    let (img, mut f) = standard_oci();
    let blob = img.blobs()[0].clone();
    let path = format!("blobs/sha256/{}", sha256_hex(&blob));
    let mut evil = blob.clone();
    let n = evil.len();
    evil[n - 5] ^= 0xff; // the gzip trailer: content decodes but hashes differ
    f.set(&path, evil);
    let (k, msg) = err_of(&write_tar(d.path(), "layer.tar", &f));
    assert!(
        matches!(k, ErrorKind::DigestMismatch | ErrorKind::Malformed),
        "{msg}"
    );
    // The config altered: digest mismatch on the config blob.
    let (img, mut f) = standard_oci();
    let path = format!("blobs/sha256/{}", sha256_hex(&img.config));
    let mut cfg = img.config.clone();
    let pos = cfg.windows(4).position(|w| w == b"prod").unwrap();
    cfg[pos] = b'P';
    f.set(&path, cfg);
    expect(
        &write_tar(d.path(), "config.tar", &f),
        ErrorKind::DigestMismatch,
        &["digest mismatch", &path],
    );
    // A layer whose content does not match the config's diff_id (docker-archive has no blob digests).
    let mut img = Img::standard(Comp::None);
    img.config = config_for(&[base_layer(), base_layer()]);
    expect(
        &write_tar(
            d.path(),
            "diffid.tar",
            &docker_files(&[img], DockerStyle::Legacy),
        ),
        ErrorKind::DigestMismatch,
        &["diff_id mismatch", "layer 1"],
    );
    // Size in the descriptor differs from the blob.
    let (img, mut f) = standard_oci();
    let (m, _) = img.manifest();
    let mut mv: serde_json::Value = serde_json::from_slice(&m).unwrap();
    mv["layers"][0]["size"] = (mv["layers"][0]["size"].as_u64().unwrap() + 1).into();
    let m2 = serde_json::to_vec(&mv).unwrap();
    f.remove(&format!("blobs/sha256/{}", sha256_hex(&m)));
    f.add(&format!("blobs/sha256/{}", sha256_hex(&m2)), m2.clone());
    let index = serde_json::json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest(&m2), "size": m2.len()}]});
    f.set("index.json", serde_json::to_vec(&index).unwrap());
    expect(
        &write_tar(d.path(), "size.tar", &f),
        ErrorKind::DigestMismatch,
        &["size mismatch"],
    );
    // Diff id count differs from layer count.
    let mut img = Img::standard(Comp::None);
    img.config = config_for(&[base_layer()]);
    expect(
        &write_tar(
            d.path(),
            "count.tar",
            &docker_files(&[img], DockerStyle::Legacy),
        ),
        ErrorKind::Malformed,
        &["diff_ids"],
    );
    // A digest that is not sha256 or not hex is refused before it becomes a path.
    let (_, mut f) = standard_oci();
    let index = serde_json::json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:../../../etc/passwd", "size": 10}]});
    f.set("index.json", serde_json::to_vec(&index).unwrap());
    expect(
        &write_tar(d.path(), "baddigest.tar", &f),
        ErrorKind::Malformed,
        &["invalid digest"],
    );
    let index = serde_json::json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": format!("sha512:{}", "a".repeat(128)), "size": 10}]});
    f.set("index.json", serde_json::to_vec(&index).unwrap());
    expect(
        &write_tar(d.path(), "sha512.tar", &f),
        ErrorKind::Unsupported,
        &["sha512"],
    );
}

#[test]
fn traversal_in_the_outer_archive() {
    let d = tempdir();
    let mut base = standard_oci().1;
    base.add("../evil", b"x".to_vec());
    expect(
        &write_tar(d.path(), "dotdot.tar", &base),
        ErrorKind::UnsafePath,
        &["path traversal"],
    );
    let mut base = standard_oci().1;
    base.add("/etc/evil", b"x".to_vec());
    expect(
        &write_tar(d.path(), "abs.tar", &base),
        ErrorKind::UnsafePath,
        &["absolute path"],
    );
    // manifest.json naming a path outside the archive.
    let mut f = docker_files(&[Img::standard(Comp::None)], DockerStyle::Legacy);
    let mut m: serde_json::Value = serde_json::from_slice(f.get("manifest.json").unwrap()).unwrap();
    m[0]["Layers"][0] = "../../../etc/passwd".into();
    f.set("manifest.json", serde_json::to_vec(&m).unwrap());
    expect(
        &write_tar(d.path(), "mlayers.tar", &f),
        ErrorKind::UnsafePath,
        &["path traversal"],
    );
}

#[test]
fn links_in_the_outer_archive() {
    let d = tempdir();
    let img = Img::standard(Comp::None);
    let good = docker_files(std::slice::from_ref(&img), DockerStyle::Skopeo);
    let link = good
        .entries
        .iter()
        .find(|(_, k)| matches!(k, FileKind::Symlink(_)))
        .unwrap()
        .0
        .clone();
    for (name, target, needle) in [
        ("escape.tar", "../../etc/passwd", "leaves the archive"),
        ("absolute.tar", "/etc/passwd", "leaves the archive"),
        ("loop.tar", "layer.tar", "link loop"),
    ] {
        let mut f = good.clone();
        f.remove(&link);
        f.link(&link, target);
        expect(
            &write_tar(d.path(), name, &f),
            ErrorKind::UnsafePath,
            &[needle],
        );
    }
    // A hard link that leaves the archive.
    let mut t = TarW::new();
    for (p, k) in &good.entries {
        match k {
            FileKind::Data(data) => t.file(p, data),
            FileKind::Symlink(_) => t.hardlink(p, "../../etc/passwd"),
        };
    }
    let p = d.path().join("hardlink.tar");
    std::fs::write(&p, t.finish()).unwrap();
    expect(&p, ErrorKind::UnsafePath, &["hard link"]);
    // Duplicate entries are refused.
    let mut t = TarW::new();
    for (p, k) in &good.entries {
        if let FileKind::Data(data) = k {
            t.file(p, data);
        }
    }
    t.file("manifest.json", b"[]");
    let p = d.path().join("dup.tar");
    std::fs::write(&p, t.finish()).unwrap();
    expect(&p, ErrorKind::Malformed, &["duplicate entry"]);
}

#[test]
fn hostile_layers() {
    let d = tempdir();
    let cases: Vec<(&str, Vec<u8>, ErrorKind, &str)> = vec![
        (
            "layer-dotdot.tar",
            TarW::new().file("../../etc/cron.d/evil", b"x").finish(),
            ErrorKind::UnsafePath,
            "path traversal",
        ),
        (
            "layer-hardlink.tar",
            TarW::new()
                .hardlink("app/x", "../../../etc/shadow")
                .finish(),
            ErrorKind::UnsafePath,
            "path traversal",
        ),
        (
            "layer-garbage.tar",
            b"garbage, not a tar stream at all".repeat(40),
            ErrorKind::Malformed,
            "corrupt",
        ),
    ];
    for (name, layer, kind, needle) in cases {
        let layers = vec![base_layer(), layer];
        let img = Img {
            config: config_for(&layers),
            layers,
            comp: Comp::Gzip,
            tag: None,
        };
        expect(
            &write_tar(d.path(), name, &oci_files(&[img])),
            kind,
            &[needle, "layer 1"],
        );
    }
}

#[test]
fn links_inside_the_image_stay_inside() {
    let d = tempdir();
    // os-release points far outside the root and through a loop: resolved
    // inside the image (chroot semantics) or not at all, never on the host.
    let layer = TarW::new()
        .file("usr/lib/os-release", b"ID=fromimage\nVERSION_ID=1\n")
        .symlink("etc/os-release", "../../../../../../usr/lib/os-release")
        .finish();
    let img = Img {
        config: config_for(std::slice::from_ref(&layer)),
        layers: vec![layer],
        comp: Comp::None,
        tag: None,
    };
    let v = crate::scan_json(&write_tar(d.path(), "links.tar", &oci_files(&[img])));
    assert_eq!(v["image"]["os_release"]["id"], "fromimage");
    assert_eq!(v["image"]["os_release"]["path"], "/usr/lib/os-release");
    let layer = TarW::new()
        .symlink("etc/os-release", "/etc/os-release")
        .symlink("usr/lib/os-release", "../../usr/lib/os-release")
        .finish();
    let img = Img {
        config: config_for(std::slice::from_ref(&layer)),
        layers: vec![layer],
        comp: Comp::None,
        tag: None,
    };
    let v = crate::scan_json(&write_tar(d.path(), "loops.tar", &oci_files(&[img])));
    assert!(v["image"]["os_release"].is_null());
}

#[test]
fn decompression_bombs_are_stopped() {
    let d = tempdir();
    // 64 MiB of zeros in one file: gzip and zstd shrink it > 200:1.
    let mut t = TarW::new();
    t.file("zeros", &vec![0u8; 64 << 20]);
    let layers = vec![t.finish()];
    for comp in [Comp::Gzip, Comp::Zstd] {
        let img = Img {
            config: config_for(&layers),
            layers: layers.clone(),
            comp,
            tag: None,
        };
        let p = write_tar(d.path(), &format!("bomb-{comp:?}.tar"), &oci_files(&[img]));
        let mut req = ScanRequest::new(&p);
        req.limits = Limits {
            bomb_ratio_floor: 8 << 20,
            ..Limits::default()
        };
        let (k, msg) = scan_err(req);
        assert_eq!(k, ErrorKind::LimitExceeded, "{msg}");
        assert!(msg.contains("decompression bomb"), "{msg}");
        let mut req = ScanRequest::new(&p);
        req.limits = Limits {
            max_layer_bytes: 16 << 20,
            ..Limits::default()
        };
        let (k, msg) = scan_err(req);
        assert_eq!(k, ErrorKind::LimitExceeded, "{msg}");
    }
}

#[test]
fn oversized_metadata_and_deep_indexes() {
    let d = tempdir();
    let (_, mut f) = standard_oci();
    f.set("index.json", vec![b' '; 9 << 20]);
    expect(
        &write_tar(d.path(), "bigindex.tar", &f),
        ErrorKind::LimitExceeded,
        &["index.json"],
    );
    // An index that points at itself through a nested index: a cycle.
    let (_, mut f) = standard_oci();
    let mut inner = serde_json::json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": []});
    let mut bytes = serde_json::to_vec(&inner).unwrap();
    for _ in 0..12 {
        let desc = serde_json::json!({"mediaType": "application/vnd.oci.image.index.v1+json", "digest": digest(&bytes), "size": bytes.len()});
        f.add(
            &format!("blobs/sha256/{}", sha256_hex(&bytes)),
            bytes.clone(),
        );
        inner = serde_json::json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [desc]});
        bytes = serde_json::to_vec(&inner).unwrap();
    }
    f.set("index.json", bytes);
    expect(
        &write_tar(d.path(), "deep.tar", &f),
        ErrorKind::LimitExceeded,
        &["nested"],
    );
}

#[test]
fn errors_never_write_and_never_print_secrets() {
    // The library has no output path at all; a failed scan returns only the error.
    let d = tempdir();
    let (img, mut f) = standard_oci();
    let path = format!("blobs/sha256/{}", sha256_hex(&img.config));
    f.set(&path, b"{\"secret\": \"hunter2hunter2\"}".to_vec());
    let p = write_tar(d.path(), "leak.tar", &f);
    let before: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let (_, msg) = err_of(&p);
    assert!(!msg.contains("hunter2"), "{msg}");
    let after: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(before, after);
}

#[test]
fn docker25_manifest_digest_mismatch_is_an_error() {
    let d = tempdir();
    let img = Img::standard(Comp::None);
    let mut f = docker_files(std::slice::from_ref(&img), DockerStyle::Docker25);
    let (m, _) = Img {
        comp: Comp::None,
        ..img.clone()
    }
    .manifest();
    let path = format!("blobs/sha256/{}", sha256_hex(&m));
    let mut evil = m.clone();
    let pos = evil.iter().position(|&b| b == b'2').unwrap();
    evil[pos] = b'3';
    f.set(&path, evil);
    expect(
        &write_tar(d.path(), "d25-manifest.tar", &f),
        ErrorKind::DigestMismatch,
        &[&path],
    );
}

#[test]
fn an_ambiguous_tag_is_refused() {
    let d = tempdir();
    let mut a = Img::standard(Comp::Gzip);
    a.tag = Some("app:latest".into());
    let mut b = Img::standard(Comp::Gzip);
    b.layers.truncate(1);
    b.config = config_for(&b.layers);
    b.tag = Some("evil:latest".into());
    let p = write_tar(d.path(), "two.tar", &oci_files(&[a, b]));
    let mut req = ScanRequest::new(&p);
    req.tag = Some("latest".into());
    let (k, msg) = scan_err(req);
    assert_eq!(k, ErrorKind::Selection, "{msg}");
    assert!(
        msg.contains("matches several") && msg.contains("evil:latest"),
        "{msg}"
    );
    let mut req = ScanRequest::new(&p);
    req.tag = Some("app:latest".into());
    assert_eq!(crate::scan_req(req)["image"]["totals"]["layers"], 2);
}

#[test]
fn hard_links_to_package_files() {
    let d = tempdir();
    let layer = TarW::new()
        .file("usr/lib/os-release", b"ID=debian\nVERSION_ID=\"12\"\n")
        .hardlink("etc/os-release", "usr/lib/os-release")
        .file(
            "var/lib/dpkg/status-old",
            b"Package: a\nStatus: install ok installed\nVersion: 1\n",
        )
        .hardlink("var/lib/dpkg/status", "var/lib/dpkg/status-old")
        .finish();
    let img = Img {
        config: config_for(std::slice::from_ref(&layer)),
        layers: vec![layer],
        comp: Comp::None,
        tag: None,
    };
    let v = crate::scan_json(&write_tar(d.path(), "hardlinks.tar", &oci_files(&[img])));
    assert_eq!(v["os"]["family"], "debian");
    // The status file's data went by before we knew it was needed: a warning, not silence.
    // (The policy's own diagnostics, e.g. no DB, are not the point here.)
    let diags: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["check"] == "inventory")
        .collect();
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["location"]["path"], "/var/lib/dpkg/status");
    assert!(diags[0]["message"].as_str().unwrap().contains("hard link"));
}

/// A layer of hard links to one large captured file: each link must not copy
/// the file (memory grew by its size per link) nor search the layer's earlier
/// entries (time grew with the square of the entry count), and the content
/// shared through links is bounded, so the parsers' work stays proportional
/// to the image: links past the budget get a warning instead.
#[test]
fn many_hard_links_to_a_captured_file() {
    const LINKS: usize = 3000;
    let dir = "usr/lib/python3/dist-packages";
    let mut meta = b"Metadata-Version: 2.1\nName: big\nVersion: 1.0\n\n".to_vec();
    meta.resize(1 << 20, b'x');
    let mut t = TarW::new();
    t.file(&format!("{dir}/big-1.0.dist-info/METADATA"), &meta);
    for i in 0..LINKS {
        t.hardlink(
            &format!("{dir}/l{i}-1.0.dist-info/METADATA"),
            &format!("{dir}/big-1.0.dist-info/METADATA"),
        );
    }
    // And links to a captured path that no layer has: nothing to share.
    for i in 0..40_000 {
        t.hardlink(
            &format!("{dir}/m{i}-1.0.dist-info/METADATA"),
            &format!("{dir}/none-1.0.dist-info/METADATA"),
        );
    }
    let layer = t.finish();
    let img = Img {
        config: config_for(std::slice::from_ref(&layer)),
        layers: vec![layer],
        comp: Comp::None,
        tag: None,
    };
    let d = tempdir();
    let p = write_tar(d.path(), "links.tar", &oci_files(&[img]));
    // Links share the target's bytes (before: a 1 MiB copy per link, 3 GB peak).
    let image = imagegate::image::read_tar_bytes(
        std::fs::read(&p).unwrap(),
        "links.tar",
        &Default::default(),
        &Limits::default(),
        None,
    )
    .unwrap();
    let content = |path: &str| image.tree.get(path).unwrap().content.clone();
    let big = content(&format!("{dir}/big-1.0.dist-info/METADATA")).unwrap();
    let linked = content(&format!("{dir}/l0-1.0.dist-info/METADATA")).unwrap();
    assert!(std::sync::Arc::ptr_eq(&big, &linked));
    // The budget: 64 MiB of linked content, so 64 links to the 1 MiB file.
    let budget = Limits::default().max_linked_capture as usize;
    let shared = budget / meta.len();
    assert!(content(&format!("{dir}/l{}-1.0.dist-info/METADATA", shared - 1)).is_some());
    assert!(content(&format!("{dir}/l{shared}-1.0.dist-info/METADATA")).is_none());
    drop(image);
    let v = crate::scan_json(&p);
    let pypi = v["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["ecosystem"] == "pypi")
        .count();
    assert_eq!(pypi, 1 + shared);
    let warnings = |needle: &str| {
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["message"].as_str().unwrap_or("").contains(needle))
            .count()
    };
    assert_eq!(
        warnings(&format!(
            "hard links to package files share more than {budget} bytes"
        )),
        LINKS - shared
    );
    assert_eq!(warnings("whose content was not kept"), 40_000);
}

/// Secrets in many files of a lower layer, then many whiteouts: each
/// whiteout must not look at every finding so far (time grew with their
/// product), and the findings still say which layer deleted them.
#[test]
fn many_whiteouts_over_many_secrets() {
    const FILES: usize = 20_000;
    // A fake token, built at run time (a xorshift filler, as in the unit tests).
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let alnum = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let token: String = std::iter::once("ghp_".to_string())
        .chain((0..36).map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (alnum[(x % alnum.len() as u64) as usize] as char).to_string()
        }))
        .collect();
    let body = format!("token={token}\n");
    let mut lower = TarW::new();
    for i in 0..FILES {
        lower.file(&format!("s/{i}/env"), body.as_bytes());
    }
    let lower = lower.finish();
    let mut upper = TarW::new();
    // Whiteouts of paths that hold nothing, then one that deletes a secret,
    // then the same opaque directory over and over.
    for i in 0..FILES {
        upper.file(&format!("w/.wh.{i}"), b"");
    }
    upper.file("s/7/.wh.env", b"");
    for _ in 0..FILES {
        upper.file("s/9/.wh..wh..opq", b"");
    }
    let upper = upper.finish();
    let layers = vec![lower, upper];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::None,
        tag: None,
    };
    let d = tempdir();
    let p = write_tar(d.path(), "whiteouts.tar", &oci_files(&[img]));
    let start = std::time::Instant::now();
    let v = crate::scan_json(&p);
    eprintln!("many_whiteouts_over_many_secrets: {:?}", start.elapsed());
    // (The fixture config's planted env secrets aside.)
    let secrets: Vec<&serde_json::Value> = v["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["path"].as_str().is_some_and(|p| p.starts_with("/s/")))
        .collect();
    assert_eq!(secrets.len(), FILES);
    let deleted: Vec<&str> = secrets
        .iter()
        .filter(|s| s["deleted_in_layer"] == 1)
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(deleted, ["/s/7/env", "/s/9/env"]);
}
