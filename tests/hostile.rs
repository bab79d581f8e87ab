//! Hostile and broken inputs: each gives a clear error naming the file and
//! the problem (exit code 2 in every host), never a panic, never a partial
//! report, never a file written or read outside the image.

use crate::fixtures::*;
use crate::scan_err;
use imagegate::image::Limits;
use imagegate::ErrorKind;
use std::path::Path;

fn err_of(p: &Path) -> (ErrorKind, String) {
    scan_err(crate::fixtures::request(p))
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
    // Cut at many points: inside headers, inside blobs, at block boundaries,
    // up to the end-of-archive marker (the last 1 KiB; a cut after its first
    // block leaves a complete archive). Every entry boundary: below.
    let end = full.len() - 1024;
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
        let mut req = crate::fixtures::request(&p);
        req.limits = Limits {
            bomb_ratio_floor: 8 << 20,
            ..Limits::default()
        };
        let (k, msg) = scan_err(req);
        assert_eq!(k, ErrorKind::LimitExceeded, "{msg}");
        assert!(msg.contains("decompression bomb"), "{msg}");
        let mut req = crate::fixtures::request(&p);
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
    let mut req = crate::fixtures::request(&p);
    req.tag = Some("latest".into());
    let (k, msg) = scan_err(req);
    assert_eq!(k, ErrorKind::Selection, "{msg}");
    assert!(
        msg.contains("matches several") && msg.contains("evil:latest"),
        "{msg}"
    );
    let mut req = crate::fixtures::request(&p);
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

// ---------------------------------------------------------------------------
// Tar extensions, sparse files, names, links, truncation at every boundary,
// and manifests and indexes pointing at each other.

const STATUS: &str = "Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4+deb12u5\n\n";
const METADATA: &[u8] = b"Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\n\nbody\n";
const OS_RELEASE: &[u8] = b"ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n";
const MT_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const MT_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";

fn img_of(layers: Vec<Vec<u8>>, comp: Comp) -> Img {
    Img {
        config: config_for(&layers),
        layers,
        comp,
        tag: None,
    }
}

/// (name, version) of every package in a report.
fn packages(v: &serde_json::Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = v["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                p["version"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

fn pair(n: &str, v: &str) -> (String, String) {
    (n.to_string(), v.to_string())
}

/// The outcome must be an exit-2 error of one of `kinds`, naming the input.
fn expect_any(p: &Path, kinds: &[ErrorKind], what: &str) -> (ErrorKind, String) {
    let (k, msg) = match imagegate::scan(&crate::fixtures::request(p)) {
        Ok(_) => panic!("{what}: scan of {} gave a verdict", p.display()),
        Err(e) => (e.kind, e.to_string()),
    };
    check_error(p, k, msg, kinds, what)
}

fn check_error(
    p: &Path,
    k: ErrorKind,
    msg: String,
    kinds: &[ErrorKind],
    what: &str,
) -> (ErrorKind, String) {
    assert!(kinds.contains(&k), "{what}: {k:?} {msg}");
    let name = p.file_name().unwrap().to_string_lossy();
    assert!(msg.contains(name.as_ref()), "{what}: {msg}");
    (k, msg)
}

/// An OCI archive of `img` whose layer blobs are exactly `blobs` (the
/// manifest's descriptors match them; the config keeps its diff_ids).
fn oci_with_blobs(img: &Img, blobs: &[Vec<u8>]) -> Files {
    let mut f = Files::default();
    f.add("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#.to_vec());
    f.add(
        &format!("blobs/sha256/{}", sha256_hex(&img.config)),
        img.config.clone(),
    );
    for b in blobs {
        f.add(&format!("blobs/sha256/{}", sha256_hex(b)), b.clone());
    }
    let m = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": MT_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": digest(&img.config), "size": img.config.len()},
        "layers": blobs.iter().map(|b| serde_json::json!({"mediaType": layer_media_type(img.comp), "digest": digest(b), "size": b.len()})).collect::<Vec<_>>(),
    });
    let m = serde_json::to_vec(&m).unwrap();
    f.add(&format!("blobs/sha256/{}", sha256_hex(&m)), m.clone());
    let index = serde_json::json!({"schemaVersion": 2, "manifests": [{"mediaType": MT_MANIFEST, "digest": digest(&m), "size": m.len()}]});
    f.add("index.json", serde_json::to_vec(&index).unwrap());
    f
}

/// Write raw tar bytes as `name` in `dir`.
fn write_raw(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A skopeo-style docker-archive of `img` with names, link targets and
/// manifest paths over 100 bytes: `layer.tar` symlinks in a deep directory
/// point at blobs in another.
fn deep_skopeo(img: &Img) -> Files {
    let deep = format!("{}/{}", "d".repeat(60), "e".repeat(60));
    let f = docker_files(std::slice::from_ref(img), DockerStyle::Skopeo);
    let mut long = Files::default();
    let mut m: serde_json::Value = serde_json::from_slice(f.get("manifest.json").unwrap()).unwrap();
    for (p, k) in &f.entries {
        match k {
            FileKind::Data(data) if p.ends_with(".tar") => {
                long.add(&format!("{deep}/{p}"), data.clone())
            }
            FileKind::Data(data) if p != "manifest.json" => long.add(p, data.clone()),
            FileKind::Data(_) => {}
            FileKind::Symlink(t) => {
                let at = format!("{deep}/links/{p}");
                let up = "../".repeat(at.matches('/').count());
                long.link(&at, &format!("{up}{deep}/{}", t.trim_start_matches("../")));
                for l in m[0]["Layers"].as_array_mut().unwrap() {
                    if l == p.as_str() {
                        *l = at.clone().into();
                    }
                }
            }
        }
    }
    long.add("manifest.json", serde_json::to_vec(&m).unwrap());
    long
}

#[test]
fn pax_and_gnu_long_names_are_followed() {
    let d = tempdir();
    let venv = format!(
        "opt/{}/lib/python3.12/site-packages",
        "virtualenv-".repeat(8)
    );
    let meta = format!("{venv}/requests-2.31.0.dist-info/METADATA");
    let status_d = format!("var/lib/dpkg/status.d/base-files-{}", "x".repeat(90));
    let target = format!("../usr/lib/{}os-release", "./".repeat(60));
    assert!(meta.len() > 100 && status_d.len() > 100 && target.len() > 100);
    for (style, w) in [("gnu", TarW::new()), ("pax", TarW::pax())] {
        let mut t = w.clone();
        t.file("usr/lib/os-release", OS_RELEASE)
            .symlink("etc/os-release", &target)
            .file(&status_d, STATUS.as_bytes())
            .file(&meta, METADATA)
            .hardlink(
                &format!("{venv}/copy-of-metadata-{}", "y".repeat(80)),
                &meta,
            );
        let layer = t.finish();
        if style == "pax" {
            assert!(!layer.windows(13).any(|w| w == b"././@LongLink"));
        }
        let img = img_of(vec![base_layer(), layer], Comp::Gzip);
        let v = crate::scan_json(&write_tar(
            d.path(),
            &format!("long-{style}.tar"),
            &oci_files(&[img]),
        ));
        assert_eq!(v["image"]["os_release"]["id"], "debian", "{style}");
        assert_eq!(
            packages(&v),
            vec![
                pair("base-files", "12.4+deb12u5"),
                pair("requests", "2.31.0")
            ],
            "{style}"
        );
        let py = v["packages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "requests")
            .unwrap();
        assert!(py.to_string().contains("virtualenv-virtualenv-"), "{py}");
    }
    // Long names, link targets and manifest paths in the outer archive.
    let long = deep_skopeo(&Img::standard(Comp::None));
    for (style, w) in [("gnu", TarW::new()), ("pax", TarW::pax())] {
        let p = write_raw(
            d.path(),
            &format!("outer-{style}.tar"),
            &long.to_tar_with(w),
        );
        let v = crate::scan_json(&p);
        assert_eq!(v["image"]["totals"]["layers"], 2, "{style}");
        assert_eq!(v["image"]["os_release"]["id"], "debian", "{style}");
    }
}

#[test]
fn huge_extension_headers_are_refused_before_they_are_read() {
    let d = tempdir();
    let good = standard_oci().1;
    // In the outer archive: claims of 100 MiB and 1 GiB (the data is not
    // there: refused at the header), and 2 MiB really there.
    for kind in [b'L', b'K', b'x'] {
        for claimed in [100u64 << 20, 1 << 30] {
            let mut t = TarW::new();
            t.file("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#);
            t.claim(b"././@LongLink", kind, claimed, &[b'a'; 4096]);
            let p = d
                .path()
                .join(format!("outer-{}-{claimed}.tar", kind as char));
            std::fs::write(&p, good.to_tar_with(t)).unwrap();
            expect(
                &p,
                ErrorKind::Malformed,
                &["tar extension header too large", &claimed.to_string()],
            );
        }
        let mut t = TarW::new();
        let big = vec![b'n'; 2 << 20];
        t.claim(b"././@LongLink", kind, big.len() as u64, &big);
        let p = d.path().join(format!("outer-{}-real.tar", kind as char));
        std::fs::write(&p, good.to_tar_with(t)).unwrap();
        expect(
            &p,
            ErrorKind::Malformed,
            &[
                "tar extension header too large",
                "the limit is 1048576 bytes",
            ],
        );
    }
    // In a layer (gzip): the same, named with the layer.
    for kind in [b'L', b'K', b'x'] {
        let mut t = TarW::new();
        t.file("ok", b"fine");
        t.claim(b"././@LongLink", kind, 1 << 30, &[0u8; 8192]);
        let layer = t.buf.clone();
        let img = img_of(vec![base_layer(), layer], Comp::Gzip);
        expect(
            &write_tar(
                d.path(),
                &format!("layer-{}.tar", kind as char),
                &oci_files(&[img]),
            ),
            ErrorKind::Malformed,
            &["layer 1", "tar extension header too large", "1073741824"],
        );
    }
    // 2 MiB of PAX records really present, zstd-compressed to almost nothing.
    let mut t = TarW::new();
    t.pax_header(&pax_record("comment", &vec![b'z'; 2 << 20]));
    t.file("x", b"x");
    let img = img_of(vec![t.finish()], Comp::Zstd);
    expect(
        &write_tar(d.path(), "layer-pax-real.tar", &oci_files(&[img])),
        ErrorKind::Malformed,
        &["layer 0", "PAX extended header of 2097"],
    );
    // Names and link targets are kept for the whole scan: over Linux's
    // PATH_MAX (4096 bytes) they are refused, in layers and outer archives.
    let at_max = format!("{}/METADATA", "n".repeat(4087));
    assert_eq!(at_max.len(), 4096);
    for (style, w) in [("gnu", TarW::new()), ("pax", TarW::pax())] {
        let mut t = w.clone();
        t.file(&at_max, b"x");
        let img = img_of(vec![t.finish()], Comp::Gzip);
        let p = write_tar(
            d.path(),
            &format!("name-4096-{style}.tar"),
            &oci_files(&[img]),
        );
        assert_eq!(crate::scan_json(&p)["image"]["totals"]["final_files"], 1);
        for (what, name, link) in [
            ("entry name", format!("{at_max}x"), String::new()),
            ("link target", "link".to_string(), format!("{at_max}x")),
        ] {
            let mut t = w.clone();
            t.raw(
                name.as_bytes(),
                if link.is_empty() { b'0' } else { b'2' },
                b"",
                link.as_bytes(),
                0o644,
            );
            let img = img_of(vec![t.finish()], Comp::Gzip);
            let p = write_tar(
                d.path(),
                &format!("long-{style}-{}.tar", what.len()),
                &oci_files(&[img]),
            );
            expect(
                &p,
                ErrorKind::Malformed,
                &["layer 0", what, "4097 bytes, longer than 4096"],
            );
            let p = write_raw(
                d.path(),
                &format!("outer-long-{style}-{}.tar", what.len()),
                &good.to_tar_with(t),
            );
            expect(
                &p,
                ErrorKind::Malformed,
                &[what, "4097 bytes, longer than 4096"],
            );
        }
    }
    // Under the cap: a 900 KiB PAX header (e.g. big xattrs) is read normally.
    let mut t = TarW::new();
    t.pax_header(&pax_record("SCHILY.xattr.user.big", &vec![b'z'; 900 << 10]));
    t.file("var/lib/dpkg/status", STATUS.as_bytes());
    let img = img_of(vec![t.finish()], Comp::Gzip);
    let v = crate::scan_json(&write_tar(d.path(), "pax-900k.tar", &oci_files(&[img])));
    assert_eq!(packages(&v), vec![pair("base-files", "12.4+deb12u5")]);
}

#[test]
fn hostile_sizes_and_pax_overrides() {
    let d = tempdir();
    let good = standard_oci().1;
    // A regular entry claiming far more data than the file has.
    for (name, claimed) in [("huge-octal.tar", 1u64 << 32), ("huge-b256.tar", 1 << 62)] {
        let mut t = TarW::new();
        t.claim(b"blobs/extra", b'0', claimed, b"tiny");
        let p = write_raw(d.path(), name, &good.to_tar_with(t));
        expect(&p, ErrorKind::Malformed, &["truncated archive"]);
    }
    let mut t = TarW::new();
    t.file("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#)
        .claim(b"blobs/extra", b'0', u64::MAX, b"tiny");
    let p = write_raw(d.path(), "size-overflow.tar", &good.to_tar_with(t));
    expect_any(&p, &[ErrorKind::Malformed], "u64::MAX size");
    // The same inside a layer: a PAX size record of 2^62 for a small file.
    let mut t = TarW::new();
    t.pax_header(&pax_record("size", (1u64 << 62).to_string().as_bytes()));
    t.file("var/lib/dpkg/status", STATUS.as_bytes());
    let img = img_of(vec![t.finish()], Comp::Gzip);
    expect(
        &write_tar(d.path(), "pax-size.tar", &oci_files(&[img])),
        ErrorKind::Malformed,
        &["layer 0", "unexpected EOF"],
    );
    // A PAX path overriding a harmless header name must not escape.
    let mut t = TarW::new();
    t.pax_header(&pax_record("path", b"../../etc/cron.d/evil"));
    t.file("innocent", b"* * * * * root evil\n");
    let img = img_of(vec![t.finish()], Comp::Gzip);
    expect(
        &write_tar(d.path(), "pax-path.tar", &oci_files(&[img])),
        ErrorKind::UnsafePath,
        &["layer 0", "path traversal"],
    );
    let mut t = TarW::new();
    t.pax_header(&pax_record("linkpath", b"../../../etc/shadow"));
    t.hardlink("innocent", "harmless");
    let img = img_of(vec![t.finish()], Comp::Gzip);
    expect(
        &write_tar(d.path(), "pax-linkpath.tar", &oci_files(&[img])),
        ErrorKind::UnsafePath,
        &["layer 0", "path traversal"],
    );
    let mut t = TarW::new();
    t.pax_header(&pax_record("path", b"../evil"));
    t.file("harmless", b"x");
    let p = write_raw(d.path(), "outer-pax-path.tar", &good.to_tar_with(t));
    expect(&p, ErrorKind::UnsafePath, &["path traversal"]);
}

#[test]
fn sparse_files() {
    let d = tempdir();
    // A sparse dpkg status (one chunk, no hole), a sparse image with 30
    // chunks (extension blocks) and 1 MiB of holes, then a normal file.
    let chunks: Vec<(u64, Vec<u8>)> = (0..30u64).map(|i| (i * 32768, vec![b'd'; 512])).collect();
    let mut t = TarW::new();
    t.gnu_sparse(
        "var/lib/dpkg/status",
        STATUS.len() as u64,
        &[(0, STATUS.as_bytes().to_vec())],
    )
    .gnu_sparse("var/lib/disk.img", 1 << 20, &chunks)
    .file(
        "usr/lib/python3/site-packages/requests-2.31.0.dist-info/METADATA",
        METADATA,
    );
    let layer = t.finish();
    let img = img_of(vec![base_layer(), layer.clone()], Comp::Gzip);
    let p = write_tar(d.path(), "sparse.tar", &oci_files(&[img]));
    let v = crate::scan_json(&p);
    assert_eq!(
        packages(&v),
        vec![
            pair("base-files", "12.4+deb12u5"),
            pair("requests", "2.31.0")
        ]
    );
    assert_eq!(v["image"]["layers"][1]["files"], 3);
    let image =
        imagegate::image::read(&p, "sparse.tar", &Default::default(), &Default::default()).unwrap();
    assert_eq!(image.tree.get("var/lib/disk.img").unwrap().size, 1 << 20);
    // Holes count as decompressed bytes: a 100 GiB hole breaks the layer
    // size limit, a 2 GiB one the ratio, before a byte of them is read.
    for (name, real, needle) in [
        ("hole-100g.tar", 100u64 << 30, "uncompressed layer exceeds"),
        ("hole-2g.tar", 2 << 30, "decompression bomb"),
    ] {
        let mut t = TarW::new();
        t.gnu_sparse("var/lib/hole", real, &[(0, b"start".to_vec())]);
        let img = img_of(vec![t.finish()], Comp::Gzip);
        expect(
            &write_tar(d.path(), name, &oci_files(&[img])),
            ErrorKind::LimitExceeded,
            &["layer 0", needle, "sparse file /var/lib/hole"],
        );
    }
    // In the outer archive: an unused sparse entry (with extension blocks)
    // is skipped; a sparse layer blob is refused.
    let (_, good) = standard_oci();
    let mut t = TarW::new();
    t.gnu_sparse("extra/disk.img", 1 << 20, &chunks);
    let p = write_raw(d.path(), "outer-sparse-extra.tar", &good.to_tar_with(t));
    assert_eq!(crate::scan_json(&p)["image"]["totals"]["layers"], 2);
    let img = Img::standard(Comp::None);
    let f = docker_files(std::slice::from_ref(&img), DockerStyle::Legacy);
    let mut t = TarW::new();
    for (path, k) in &f.entries {
        if let FileKind::Data(data) = k {
            if path.ends_with("layer.tar") {
                t.gnu_sparse(path, data.len() as u64, &[(0, data.clone())]);
            } else {
                t.file(path, data);
            }
        }
    }
    let p = write_raw(d.path(), "outer-sparse-layer.tar", &t.finish());
    expect(&p, ErrorKind::Unsupported, &["sparse file"]);
}

#[test]
fn non_utf8_names() {
    let d = tempdir();
    // Layers: invalid bytes become U+FFFD; a package below such a directory
    // is still found; a whiteout with the same bytes removes the file.
    let l0 = TarW::new()
        .raw(
            b"usr/lib/python3/site-packages/caf\xe9-1.0.dist-info/METADATA",
            b'0',
            METADATA,
            b"",
            0o644,
        )
        .raw(b"data/caf\xe9", b'0', b"x", b"", 0o644)
        .raw(b"data/link", b'2', b"", b"../\xff\xfe", 0o777)
        .raw(
            &[b"deep/".repeat(30).as_slice(), b"\xff"].concat(),
            b'0',
            b"long",
            b"",
            0o644,
        )
        .finish();
    let l1 = TarW::pax()
        .raw(b"data/.wh.caf\xe9", b'0', b"", b"", 0o644)
        .raw(
            &[b"pax/".repeat(30).as_slice(), b"\xfe"].concat(),
            b'0',
            b"long",
            b"",
            0o644,
        )
        .finish();
    let img = img_of(vec![base_layer(), l0, l1], Comp::Gzip);
    let v = crate::scan_json(&write_tar(d.path(), "names.tar", &oci_files(&[img])));
    assert_eq!(packages(&v), vec![pair("requests", "2.31.0")]);
    assert_eq!(v["image"]["layers"][2]["removed_from_lower"], 1);
    assert!(v.to_string().contains("caf\u{fffd}-1.0.dist-info"), "{v}");
    // The outer archive: an extra entry with such a name is ignored...
    let (_, good) = standard_oci();
    let mut t = TarW::new();
    t.raw(b"extra/caf\xe9.txt", b'0', b"x", b"", 0o644);
    let p = write_raw(d.path(), "outer-names.tar", &good.to_tar_with(t));
    assert_eq!(crate::scan_json(&p)["image"]["totals"]["layers"], 2);
    // ...but two names that differ only in invalid bytes are a duplicate.
    let mut t = TarW::new();
    t.raw(b"extra/\xff", b'0', b"x", b"", 0o644)
        .raw(b"extra/\xfe", b'0', b"y", b"", 0o644);
    let p = write_raw(d.path(), "outer-dup-names.tar", &good.to_tar_with(t));
    expect(&p, ErrorKind::Malformed, &["duplicate entry"]);
}

#[test]
fn links_and_duplicates_inside_layers() {
    let d = tempdir();
    // etc/os-release through a chain of 46 symlinks (over Linux's 40) to a
    // file whose content is kept: not followed to the end.
    let mut t = TarW::new();
    t.file("etc/redhat-release", OS_RELEASE);
    for i in 0..45 {
        t.symlink(&format!("chain/l{i}"), &format!("l{}", i + 1));
    }
    t.symlink("chain/l45", "../etc/redhat-release")
        .symlink("etc/os-release", "../chain/l0")
        // Symlink and hard-link loops at package-database paths.
        .symlink("var/lib/dpkg/status", "status")
        .hardlink("lib/apk/db/installed", "lib/apk/db/installed2")
        .hardlink("lib/apk/db/installed2", "lib/apk/db/installed")
        // A directory symlink loop above a package directory.
        .symlink(
            "usr/lib/python3/site-packages/loop",
            "../site-packages/loop",
        );
    let img = img_of(vec![t.finish()], Comp::Gzip);
    let v = crate::scan_json(&write_tar(d.path(), "loops.tar", &oci_files(&[img])));
    assert!(v["image"]["os_release"].is_null(), "{}", v["image"]);
    assert!(packages(&v).is_empty());
    // 40 links: followed.
    let mut t = TarW::new();
    t.file("etc/redhat-release", OS_RELEASE);
    for i in 0..38 {
        t.symlink(&format!("chain/l{i}"), &format!("l{}", i + 1));
    }
    t.symlink("chain/l38", "../etc/redhat-release")
        .symlink("etc/os-release", "../chain/l0");
    let img = img_of(vec![t.finish()], Comp::Gzip);
    let v = crate::scan_json(&write_tar(d.path(), "chain40.tar", &oci_files(&[img])));
    assert_eq!(v["image"]["os_release"]["id"], "debian");
    assert_eq!(v["image"]["os_release"]["path"], "/etc/redhat-release");
    // Duplicate entries in one layer: the last one wins, as in extraction.
    let status2 = STATUS.replace("base-files", "curl");
    let l = TarW::new()
        .file("var/lib/dpkg/status", STATUS.as_bytes())
        .file("var/lib/dpkg/status", status2.as_bytes())
        .file("etc/os-release", b"ID=first\n")
        .file("usr/lib/os-release", OS_RELEASE)
        .symlink("etc/os-release", "../usr/lib/os-release")
        .file("app", b"a file first")
        .dir("app")
        .file("app/run", b"#!/bin/sh\n")
        .finish();
    let img = img_of(vec![l], Comp::Gzip);
    let v = crate::scan_json(&write_tar(d.path(), "dups.tar", &oci_files(&[img])));
    assert_eq!(packages(&v), vec![pair("curl", "12.4+deb12u5")]);
    assert_eq!(v["image"]["os_release"]["id"], "debian");
    // Outer archive: a hard-link loop and a link to a directory.
    let img = Img::standard(Comp::None);
    let good = docker_files(std::slice::from_ref(&img), DockerStyle::Skopeo);
    let link = good
        .entries
        .iter()
        .find(|(_, k)| matches!(k, FileKind::Symlink(_)))
        .unwrap()
        .0
        .clone();
    let mut t = TarW::new();
    for (p, k) in &good.entries {
        match k {
            FileKind::Data(data) => t.file(p, data),
            FileKind::Symlink(_) => t
                .hardlink(p, &format!("{p}.other"))
                .hardlink(&format!("{p}.other"), p),
        };
    }
    let p = write_raw(d.path(), "hardloop.tar", &t.finish());
    expect(&p, ErrorKind::UnsafePath, &["link loop"]);
    let mut f = good.clone();
    f.remove(&link);
    f.link(&link, "../somedir");
    let mut t = TarW::new();
    t.dir("somedir/");
    expect(
        &write_raw(d.path(), "dirlink.tar", &f.to_tar_with(t)),
        ErrorKind::Malformed,
        &["somedir", "not a regular file"],
    );
}

#[test]
fn truncated_at_every_entry_boundary() {
    let d = tempdir();
    // Hundreds of cases: read the image as a scan does (secret scanning on),
    // without compiling the secret rules again for each.
    let rules = crate::fixtures::request(d.path())
        .secrets
        .compile()
        .unwrap();
    let expect_any = |p: &Path, kinds: &[ErrorKind], what: &str| -> (ErrorKind, String) {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let limits = Limits::default();
        match imagegate::pipeline::read(p, &name, &Default::default(), &limits, Some(&rules)) {
            Ok(_) => panic!("{what}: {} was read as a whole image", p.display()),
            Err(e) => check_error(p, e.kind, e.to_string(), kinds, what),
        }
    };
    let img = Img::standard(Comp::Gzip);
    let archives = [
        ("oci", oci_files(std::slice::from_ref(&img)).to_tar()),
        (
            "legacy",
            docker_files(std::slice::from_ref(&img), DockerStyle::Legacy).to_tar(),
        ),
        (
            "skopeo",
            docker_files(std::slice::from_ref(&img), DockerStyle::Skopeo).to_tar(),
        ),
        (
            "d25",
            docker_files(std::slice::from_ref(&img), DockerStyle::Docker25).to_tar(),
        ),
        ("long-gnu", deep_skopeo(&img).to_tar()),
        ("long-pax", deep_skopeo(&img).to_tar_with(TarW::pax())),
    ];
    let mut scans = 0;
    for (style, full) in &archives {
        let bounds = tar_boundaries(full);
        let marker = *bounds.last().unwrap();
        assert_eq!(marker, full.len() - 1024, "{style}");
        let mut cuts: Vec<usize> = bounds
            .iter()
            .flat_map(|&b| [b.saturating_sub(1), b, b + 1])
            .chain([marker + 511])
            .filter(|&c| c <= marker + 511)
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        for cut in cuts {
            let p = write_raw(d.path(), &format!("{style}-cut{cut}.tar"), &full[..cut]);
            expect_any(
                &p,
                &[
                    ErrorKind::NotAnImage,
                    ErrorKind::Malformed,
                    ErrorKind::DigestMismatch,
                ],
                &format!("{style} cut at {cut}"),
            );
            scans += 1;
        }
        // With one end-of-archive block (or both) the archive is complete.
        for keep in [marker + 512, full.len()] {
            let p = write_raw(d.path(), &format!("{style}-whole{keep}.tar"), &full[..keep]);
            assert_eq!(crate::scan_json(&p)["image"]["totals"]["layers"], 2);
        }
    }
    assert!(scans > 200, "{scans}");
    // Inside each layer: the tar cut at every entry boundary, recompressed
    // with a matching blob digest (a consistent manifest), still fails the
    // config's diff_id; and the compressed stream itself cut.
    for comp in [Comp::Gzip, Comp::Zstd] {
        let img = Img::standard(comp);
        for (i, layer) in img.layers.iter().enumerate() {
            for cut in tar_boundaries(layer) {
                for c in [cut, cut + 1] {
                    let mut blobs = img.blobs();
                    blobs[i] = compress(&layer[..c.min(layer.len() - 1)], comp);
                    let p = write_tar(
                        d.path(),
                        &format!("{comp:?}-l{i}-tar{c}.tar"),
                        &oci_with_blobs(&img, &blobs),
                    );
                    let (_, msg) = expect_any(
                        &p,
                        &[ErrorKind::Malformed, ErrorKind::DigestMismatch],
                        &format!("{comp:?} layer {i} tar cut at {c}"),
                    );
                    assert!(msg.contains(&format!("layer {i}")), "{msg}");
                }
            }
            let blob = &img.blobs()[i];
            let mut cuts: Vec<usize> = (1..16).map(|k| blob.len() * k / 16).collect();
            cuts.extend([1, 2, 10, blob.len() - 8, blob.len() - 4, blob.len() - 1]);
            for c in cuts {
                let mut blobs = img.blobs();
                blobs[i] = blob[..c].to_vec();
                let p = write_tar(
                    d.path(),
                    &format!("{comp:?}-l{i}-blob{c}.tar"),
                    &oci_with_blobs(&img, &blobs),
                );
                let (_, msg) = expect_any(
                    &p,
                    &[ErrorKind::Malformed, ErrorKind::DigestMismatch],
                    &format!("{comp:?} layer {i} blob cut at {c}"),
                );
                assert!(msg.contains(&format!("layer {i}")), "{msg}");
            }
        }
    }
}

/// JSON whose `"size"` field for `digest` is its own length.
fn self_sized_index(target: &str) -> Vec<u8> {
    let mut size = 0usize;
    loop {
        let v = serde_json::json!({"schemaVersion": 2, "mediaType": MT_INDEX, "manifests": [{"mediaType": MT_INDEX, "digest": target, "size": size}]});
        let b = serde_json::to_vec(&v).unwrap();
        if b.len() == size {
            return b;
        }
        size = b.len();
    }
}

fn index_of(desc: serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(
        &serde_json::json!({"schemaVersion": 2, "mediaType": MT_INDEX, "manifests": [desc]}),
    )
    .unwrap()
}

fn desc(mt: &str, b: &[u8]) -> serde_json::Value {
    serde_json::json!({"mediaType": mt, "digest": digest(b), "size": b.len()})
}

#[test]
fn indexes_and_manifests_pointing_at_each_other() {
    let d = tempdir();
    // An index listing itself: its digest cannot match, so reading it fails
    // (a cycle of indexes can never verify).
    let (_, mut f) = standard_oci();
    let fake = format!("sha256:{}", sha256_hex(b"an index that names itself"));
    let me = self_sized_index(&fake);
    f.add(&format!("blobs/sha256/{}", &fake[7..]), me.clone());
    f.set(
        "index.json",
        index_of(serde_json::json!({"mediaType": MT_INDEX, "digest": fake, "size": me.len()})),
    );
    expect(
        &write_tar(d.path(), "self-index.tar", &f),
        ErrorKind::DigestMismatch,
        &["digest mismatch", &fake[7..]],
    );
    // index.json → B (valid) → A → B: A cannot carry B's digest and its own.
    let (_, mut f) = standard_oci();
    let a_digest = format!("sha256:{}", sha256_hex(b"A"));
    let b = self_sized_index(&a_digest);
    let a = index_of(desc(MT_INDEX, &b));
    f.add(&format!("blobs/sha256/{}", sha256_hex(&b)), b.clone());
    f.add(&format!("blobs/sha256/{}", &a_digest[7..]), a);
    f.set("index.json", index_of(desc(MT_INDEX, &b)));
    let (k, msg) = err_of(&write_tar(d.path(), "cycle.tar", &f));
    assert!(
        matches!(k, ErrorKind::DigestMismatch | ErrorKind::Malformed),
        "{msg}"
    );
    assert!(
        msg.contains(&a_digest[7..]) && msg.contains("cycle.tar"),
        "{msg}"
    );
    // A nested index naming a manifest that is not there.
    let (_, mut f) = standard_oci();
    let missing = serde_json::json!({"mediaType": MT_MANIFEST, "digest": format!("sha256:{}", sha256_hex(b"gone")), "size": 100});
    let inner = index_of(missing);
    f.add(
        &format!("blobs/sha256/{}", sha256_hex(&inner)),
        inner.clone(),
    );
    f.set("index.json", index_of(desc(MT_INDEX, &inner)));
    expect(
        &write_tar(d.path(), "nested-missing.tar", &f),
        ErrorKind::Malformed,
        &["missing", &sha256_hex(b"gone")],
    );
    // A manifest whose config is an index, or whose layer is the config or
    // the manifest of another image.
    let img = Img::standard(Comp::Gzip);
    let (m, blobs) = img.manifest();
    for (name, config, layer) in [
        ("config-is-index.tar", Some(inner.clone()), None),
        ("layer-is-config.tar", None, Some(img.config.clone())),
        ("layer-is-manifest.tar", None, Some(m.clone())),
    ] {
        let mut f = oci_files(std::slice::from_ref(&img));
        let mut mv: serde_json::Value = serde_json::from_slice(&m).unwrap();
        if let Some(c) = &config {
            f.add(&format!("blobs/sha256/{}", sha256_hex(c)), c.clone());
            mv["config"] = desc("application/vnd.oci.image.config.v1+json", c);
        }
        if let Some(l) = &layer {
            mv["layers"][1] = desc(layer_media_type(Comp::Gzip), l);
        }
        let m2 = serde_json::to_vec(&mv).unwrap();
        f.add(&format!("blobs/sha256/{}", sha256_hex(&m2)), m2.clone());
        f.set("index.json", index_of(desc(MT_MANIFEST, &m2)));
        expect_any(
            &write_tar(d.path(), name, &f),
            &[ErrorKind::Malformed],
            name,
        );
    }
    assert_eq!(blobs.len(), 2);
    // docker-archive: manifest.json naming itself as the config or a layer.
    for (name, field) in [
        ("docker-config-self.tar", "Config"),
        ("docker-layer-self.tar", "Layers"),
    ] {
        let mut f = docker_files(&[Img::standard(Comp::None)], DockerStyle::Legacy);
        let mut mv: serde_json::Value =
            serde_json::from_slice(f.get("manifest.json").unwrap()).unwrap();
        if field == "Config" {
            mv[0]["Config"] = "manifest.json".into();
        } else {
            mv[0]["Layers"][0] = "manifest.json".into();
        }
        f.set("manifest.json", serde_json::to_vec(&mv).unwrap());
        expect_any(
            &write_tar(d.path(), name, &f),
            &[ErrorKind::Malformed, ErrorKind::DigestMismatch],
            name,
        );
    }
}

#[test]
fn index_nesting_limit_is_exact() {
    let d = tempdir();
    let limit = Limits::default().max_index_depth;
    for depth in [limit, limit + 1] {
        let img = Img::standard(Comp::Gzip);
        let mut f = oci_files(std::slice::from_ref(&img));
        let (m, _) = img.manifest();
        let mut top = desc(MT_MANIFEST, &m);
        for _ in 0..depth {
            let idx = index_of(top);
            f.add(&format!("blobs/sha256/{}", sha256_hex(&idx)), idx.clone());
            top = desc(MT_INDEX, &idx);
        }
        f.set("index.json", index_of(top));
        let p = write_tar(d.path(), &format!("depth{depth}.tar"), &f);
        if depth <= limit {
            assert_eq!(crate::scan_json(&p)["image"]["totals"]["layers"], 2);
        } else {
            expect(&p, ErrorKind::LimitExceeded, &["nested more than"]);
        }
    }
}

/// The merged tree keeps every path for the whole scan: their bytes are
/// bounded (`Limits::max_path_bytes`), so many long names end in a clean
/// `limit-exceeded` instead of memory out of proportion to the layer.
#[test]
fn path_bytes_are_bounded() {
    let d = tempdir();
    let mut t = TarW::new();
    for i in 0..1000 {
        t.file(&format!("{}/{i}", "n".repeat(3000)), b"");
    }
    let img = img_of(vec![base_layer(), t.finish()], Comp::Gzip);
    let p = write_tar(d.path(), "names.tar", &oci_files(&[img]));
    // Under the default limit (128 MiB) the 3 MB of names scan.
    assert_eq!(crate::scan_json(&p)["image"]["totals"]["layers"], 2);
    let mut req = crate::fixtures::request(&p);
    req.limits = Limits {
        max_path_bytes: 1 << 20,
        ..Limits::default()
    };
    let (k, msg) = scan_err(req);
    assert_eq!(k, ErrorKind::LimitExceeded, "{msg}");
    assert!(
        msg.contains("file names take more than 1048576 bytes") && msg.contains("layer 1"),
        "{msg}"
    );
}

#[test]
fn entry_and_layer_count_limits() {
    let d = tempdir();
    let mut t = TarW::new();
    for i in 0..1000 {
        t.file(&format!("f/{i}"), b"");
    }
    let img = img_of(vec![t.finish()], Comp::Zstd);
    let p = write_tar(d.path(), "entries.tar", &oci_files(&[img]));
    let mut req = crate::fixtures::request(&p);
    req.limits = Limits {
        max_entries_per_layer: 999,
        ..Limits::default()
    };
    let (k, msg) = scan_err(req);
    assert_eq!(k, ErrorKind::LimitExceeded, "{msg}");
    assert!(
        msg.contains("more than 999 entries") && msg.contains("layer 0"),
        "{msg}"
    );
    let p = write_tar(d.path(), "layers.tar", &standard_oci().1);
    let mut req = crate::fixtures::request(&p);
    req.limits = Limits {
        max_layers: 1,
        ..Limits::default()
    };
    let (k, msg) = scan_err(req);
    assert_eq!(k, ErrorKind::LimitExceeded, "{msg}");
    assert!(msg.contains("2 layers; the limit is 1"), "{msg}");
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
    let image = imagegate::pipeline::read_tar_bytes(
        std::fs::read(&p).unwrap(),
        "links.tar",
        &Default::default(),
        &Limits::default(),
        None,
    )
    .unwrap()
    .image;
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
    // A fake token, built at run time (a xorshift filler, as in the unit
    // tests) with the base62 CRC32 checksum GitHub's format ends in.
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let alnum = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let random: String = (0..30)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alnum[(x % alnum.len() as u64) as usize] as char
        })
        .collect();
    let check =
        imagegate::secrets::rules::base62_6(imagegate::secrets::rules::crc32(random.as_bytes()));
    let token = format!("ghp_{random}{}", String::from_utf8_lossy(&check));
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
