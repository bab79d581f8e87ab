//! End-to-end tests of the `imagegate` host binary running the real
//! component: exit codes, reports identical to the native library and to
//! the component's own `wasi:cli/run`, errors with no output written,
//! sandbox limits, and the precompiled-component cache.
//! Needs the component built first (`./build.sh` or `scripts/test.sh`).

// Tests unwrap, expect and print (the crate denies them outside tests).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr
)]

#[path = "cli/admission.rs"]
mod admission;
#[path = "cli/attest.rs"]
mod attest;
#[path = "cli/base_sweep.rs"]
mod base_sweep;
#[path = "cli/db_update.rs"]
mod db_update;
#[path = "cli/discover.rs"]
mod discover;
#[path = "../../tests/fixtures/mod.rs"]
mod fixtures;
#[path = "cli/registry.rs"]
mod registry;
#[path = "cli/vex.rs"]
mod vex;

use fixtures::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_imagegate"));
    let wasm = root().join("target/wasm32-wasip2/component/imagegate-component.wasm");
    assert!(
        wasm.is_file(),
        "the component is not built ({}): run ./build.sh or scripts/test.sh",
        wasm.display()
    );
    c.env("IMAGEGATE_COMPONENT", wasm);
    c.env("IMAGEGATE_CACHE_DIR", root().join("target/test-cache"));
    // No test reaches the internet: the default DB is a path that does not
    // exist, and a fetch of it goes to a closed loopback port (refused at
    // once, retried without waiting): the scan then has no DB.
    c.env(
        "IMAGEGATE_DB",
        root().join("target/test-cache/no-such-dir/imagegate.db"),
    );
    c.env("IMAGEGATE_DB_MIRROR", "http://127.0.0.1:9");
    c.env("IMAGEGATE_DB_BACKOFF_MS", "0");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run imagegate")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The standard fixture without its planted secret (which fails the gate:
/// see `a_planted_secret_fails_and_is_never_printed`).
fn image(dir: &Path) -> PathBuf {
    write_tar(
        dir,
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip).without_secrets()]),
    )
}

#[test]
fn a_planted_secret_fails_and_is_never_printed() {
    let d = tempdir();
    let p = write_tar(
        d.path(),
        "app.tar",
        &oci_files(&[Img::standard(Comp::Gzip)]),
    );
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        p.to_str().unwrap(),
        "--format",
        "text",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("verdict: FAIL") && text.contains("secret-found"));
    let dir_arg = format!("{}::/imgs", d.path().display());
    let o = run(&[
        "wasi-run",
        "--dir",
        &dir_arg,
        "--",
        "scan",
        "--skip-vulnerabilities",
        "/imgs/app.tar",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let json = String::from_utf8(o.stdout.clone()).unwrap();
    let leaked = [&text, &json, &stderr(&o)]
        .iter()
        .any(|s| s.contains("hunter2hunter2"));
    assert!(!leaked, "the planted value reached an output");
}

/// A native request at the date the host tests pass with `--now`.
fn native_req(p: impl Into<PathBuf>) -> imagegate::ScanRequest {
    let mut r = request(p);
    r.now = imagegate::time::parse_now("2026-11-25");
    r
}

#[test]
fn version_and_explain() {
    let o = run(&["version"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("imagegate 0.1.0") && out.contains("wasmtime 48"),
        "{out}"
    );
    let o = run(&["explain", "digest-mismatch"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("chain of custody"));
    let o = run(&["explain", "no-such-code"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["scan"]);
    assert_eq!(o.status.code(), Some(2), "usage errors exit 2");
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        "x.tar",
        "--format",
        "yaml",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

/// `imagegate vercmp`: the library's comparison, no component needed;
/// a version the ecosystem rejects is exit 2 with a message naming it.
#[test]
fn vercmp_subcommand() {
    let vercmp = |args: &[&str]| {
        // No IMAGEGATE_COMPONENT: vercmp must not need the component.
        Command::new(env!("CARGO_BIN_EXE_imagegate"))
            .arg("vercmp")
            .args(args)
            .env_remove("IMAGEGATE_COMPONENT")
            .output()
            .expect("run imagegate")
    };
    for (args, want) in [
        (["Debian:12", "1:1.0-1", "2.0"], ">"),
        (["deb", "1.0~rc1", "1.0"], "<"),
        (["Alpine", "1.2.3~abc-r0", "1.2.3-r1"], ">"),
        (["AlmaLinux:9", "0:3.0.7-27.el9", "1:3.0.7-1.el9"], "<"),
        (["PyPI", "1.0", "1.0.0"], "="),
        (["Maven", "1.0-SNAPSHOT", "1.0"], "<"),
    ] {
        let o = vercmp(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), want, "{args:?}");
    }
    for args in [
        ["npm", "1.36.0rc1", "1.0.0"],
        ["Debian", "1.0", "abc"],
        ["Haskell", "1", "2"],
    ] {
        let o = vercmp(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        let err = stderr(&o);
        assert!(err.contains("error[usage]"), "{err}");
        assert!(
            err.contains(args[1]) || err.contains(args[2]) || err.contains(args[0]),
            "{err}"
        );
    }
    // `-` leading versions are arguments, not options.
    let o = vercmp(&["Maven", "-1", "1"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn host_report_equals_native_and_wasi_run() {
    let d = tempdir();
    let p = image(d.path());
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        p.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let host = String::from_utf8(o.stdout).unwrap();
    let native = imagegate::scan(&native_req(&p))
        .unwrap()
        .report()
        .to_string();
    assert_eq!(
        host, native,
        "the component and the native library must agree byte for byte"
    );
    // The component's own wasi:cli/run, as `wasmtime run --dir D::/imgs imagegate.wasm scan /imgs/app.tar`.
    let dir_arg = format!("{}::/imgs", d.path().display());
    let o = run(&[
        "wasi-run",
        "--dir",
        &dir_arg,
        "--",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        "/imgs/app.tar",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8(o.stdout).unwrap(), host);
    // Text format through both paths.
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        p.to_str().unwrap(),
        "--format",
        "text",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.starts_with("imagegate 0.1.0: app.tar (oci-archive)\nverdict: PASS"),
        "{text}"
    );
    let o = run(&[
        "wasi-run",
        "--dir",
        &dir_arg,
        "--",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        "/imgs/app.tar",
        "--format",
        "text",
    ]);
    assert_eq!(String::from_utf8(o.stdout).unwrap(), text);
    assert!(!host.contains("hunter2hunter2") && !text.contains("hunter2hunter2"));
}

#[test]
fn output_file_is_written_only_on_a_decision() {
    let d = tempdir();
    let p = image(d.path());
    let out = d.path().join("report.json");
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        p.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["verdict"], "pass");
    assert!(o.stdout.is_empty());
    // A broken image: exit 2, a message naming the file, no report written.
    let mut f = oci_files(&[Img::standard(Comp::Gzip)]);
    let cfg = Img::standard(Comp::Gzip).config;
    f.set(
        &format!("blobs/sha256/{}", sha256_hex(&cfg)),
        b"{}".to_vec(),
    );
    let bad = write_tar(d.path(), "bad.tar", &f);
    let out2 = d.path().join("bad-report.json");
    let mut before: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    before.sort();
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        bad.to_str().unwrap(),
        "--output",
        out2.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("error[digest-mismatch]") && err.contains("bad.tar"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "no partial report on stdout");
    let mut after: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    after.sort();
    assert_eq!(before, after, "nothing written on error");
}

#[test]
fn hostile_inputs_exit_2_with_a_message() {
    let d = tempdir();
    let empty = d.path().join("empty.tar");
    std::fs::write(&empty, b"").unwrap();
    let notar = d.path().join("notar.tar");
    std::fs::write(&notar, "hello\n".repeat(200)).unwrap();
    let mut f = oci_files(&[Img::standard(Comp::Gzip)]);
    f.add("../escape", b"x".to_vec());
    let trav = write_tar(d.path(), "trav.tar", &f);
    for (p, code) in [
        (empty, "not-an-image"),
        (notar, "not-an-image"),
        (trav, "unsafe-path"),
        (d.path().join("missing.tar"), "image-io"),
    ] {
        let o = run(&[
            "scan",
            "--skip-vulnerabilities",
            "--now",
            "2026-11-25",
            p.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(2), "{}", p.display());
        let err = stderr(&o);
        assert!(err.contains(&format!("error[{code}]")), "{err}");
        assert!(
            err.contains(p.file_name().unwrap().to_str().unwrap()),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn sandbox_limits_end_with_exit_2() {
    let d = tempdir();
    let p = image(d.path());
    let o = run(&[
        "--memory-limit",
        "1",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        p.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("memory limit of 1 MiB"),
        "{}",
        stderr(&o)
    );
    // A layer large enough that a 0 s limit (one 100 ms tick) interrupts it.
    let mut t = TarW::new();
    t.file("big", &vec![7u8; 96 << 20]);
    let layers = vec![t.finish()];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::None,
        tag: None,
    };
    let big = write_tar(d.path(), "big.tar", &oci_files(&[img]));
    let o = run(&[
        "--timeout",
        "0",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        big.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("time limit"), "{}", stderr(&o));
}

#[test]
fn the_guest_sees_only_what_is_preopened() {
    let d = tempdir();
    let imgdir = d.path().join("imgs");
    std::fs::create_dir(&imgdir).unwrap();
    let p = image(&imgdir);
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        p.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Through wasi-run, the host path itself is not reachable: only /imgs is.
    let dir_arg = format!("{}::/imgs", imgdir.display());
    let outside = format!("{}", p.display());
    // (WASI 0.2's exit only says ok or error, so errors exit 1 under wasi:cli/run.)
    let o = run(&[
        "wasi-run",
        "--dir",
        &dir_arg,
        "--",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        &outside,
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("error[image-io]"), "{}", stderr(&o));
    // Preopens are read-only: the component cannot write its report there.
    let o = run(&[
        "wasi-run",
        "--dir",
        &dir_arg,
        "--",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        "/imgs/app.tar",
        "--output",
        "/imgs/r.json",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("error[image-io]"), "{}", stderr(&o));
    assert!(!imgdir.join("r.json").exists());
}

#[test]
fn precompiled_component_is_cached() {
    let cache = tempdir();
    let o = bin()
        .env("IMAGEGATE_CACHE_DIR", cache.path())
        .arg("version")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let files: Vec<_> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().unwrap(), "cwasm");
    let o = bin()
        .env("IMAGEGATE_CACHE_DIR", cache.path())
        .arg("version")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    // A corrupt cache entry is ignored and replaced.
    std::fs::write(&files[0], b"garbage").unwrap();
    let o = bin()
        .env("IMAGEGATE_CACHE_DIR", cache.path())
        .arg("version")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::metadata(&files[0]).unwrap().len() > 1000);
}

/// `imagegate precompile` (./build.sh) writes `<name>.<hash>.cwasm` beside
/// the component; a run loads it without compiling or touching the cache.
/// One that doesn't fit (here: garbage) is refused with a one-line notice
/// and the component compiled into the cache; a component replaced without
/// its precompiled file never runs the old code.
#[test]
fn a_precompiled_component_beside_it_needs_no_compile() {
    let d = tempdir();
    let wasm = d.path().join("gate.wasm");
    let portable = root().join("target/wasm32-wasip2/component/imagegate-component.wasm");
    std::fs::copy(&portable, &wasm).unwrap();
    let run_with = |cache: &Path, args: &[&str]| {
        bin()
            .env("IMAGEGATE_CACHE_DIR", cache)
            .arg("--component")
            .arg(&wasm)
            .args(args)
            .output()
            .unwrap()
    };
    let cwasm_files = || -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "cwasm"))
            .collect();
        v.sort();
        v
    };
    let cache = tempdir();
    let o = run_with(cache.path(), &["precompile"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let files = cwasm_files();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.starts_with("gate.") && name.len() == "gate.".len() + 16 + ".cwasm".len(),
        "{name}"
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains(&name));

    // Loaded as it is: no notice, nothing compiled into the cache.
    let o = run_with(cache.path(), &["version"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0);

    // Not loadable: one notice line naming the file, compiled and cached.
    std::fs::write(&files[0], b"garbage").unwrap();
    let o = run_with(cache.path(), &["version"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&name)
            && err.contains("does not fit this machine")
            && err.contains("compiling"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 1);

    // The component replaced (by the accel build) without precompiling:
    // the old file is not used.
    std::fs::copy(root().join("target/release/imagegate-accel.wasm"), &wasm)
        .expect("target/release/imagegate-accel.wasm: run ./build.sh");
    let fresh = tempdir();
    let o = run_with(fresh.path(), &["version"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("compiling") && !err.contains(&name), "{err}");
    // precompile leaves only the current component's file.
    assert_eq!(
        run_with(fresh.path(), &["precompile"]).status.code(),
        Some(0)
    );
    let now = cwasm_files();
    assert_eq!(now.len(), 1, "{now:?}");
    assert_ne!(now, files);
}

/// Real images (tests/images/build.sh): all three formats give the same facts
/// through the host; skipped unless present (required in CI).
#[test]
fn real_bookworm_through_the_host() {
    let dir = std::env::var_os("IMAGEGATE_IMAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/test-images"));
    if !dir.join("bookworm-docker.tar").is_file() {
        if std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1") {
            panic!(
                "real test images missing in {}: run tests/images/build.sh",
                dir.display()
            );
        }
        eprintln!("SKIP: real test images not built (tests/images/build.sh)");
        return;
    }
    let mut facts = Vec::new();
    for name in ["bookworm-docker.tar", "bookworm-oci", "bookworm-oci.tar"] {
        let o = run(&[
            "scan",
            "--skip-vulnerabilities",
            "--now",
            "2026-11-25",
            dir.join(name).to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let i = &v["image"];
        facts.push((
            i["config_digest"].clone(),
            i["layers"][0]["diff_id"].clone(),
            i["os_release"].clone(),
            i["totals"]["final_entries"].clone(),
        ));
        let native = imagegate::scan(&native_req(dir.join(name)))
            .unwrap()
            .report()
            .to_string();
        assert_eq!(
            String::from_utf8(o.stdout).unwrap(),
            native,
            "{name}: host and native differ"
        );
    }
    assert!(facts.windows(2).all(|w| w[0] == w[1]), "{facts:?}");
    let o = run(&[
        "--timeout",
        "0",
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        dir.join("bookworm-docker.tar").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("time limit"));
}

#[test]
fn a_symlinked_image_is_scanned_from_its_real_directory() {
    let d = tempdir();
    let real = d.path().join("real");
    std::fs::create_dir(&real).unwrap();
    let p = image(&real);
    let link = d.path().join("link.tar");
    std::os::unix::fs::symlink(&p, &link).unwrap();
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        link.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["source"]["name"], "link.tar");
}

#[test]
fn sbom_formats_through_the_host() {
    let d = tempdir();
    let p = image(d.path());
    for (flag, format) in [
        ("cyclonedx", imagegate::Format::Cyclonedx),
        ("spdx", imagegate::Format::Spdx),
    ] {
        let o = run(&[
            "scan",
            "--skip-vulnerabilities",
            "--now",
            "2026-11-25",
            p.to_str().unwrap(),
            "--format",
            flag,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let mut req = native_req(&p);
        req.formats = vec![format];
        let native = imagegate::scan(&req).unwrap().report().to_string();
        assert_eq!(String::from_utf8(o.stdout).unwrap(), native, "{flag}");
    }
}

#[test]
fn scan_with_a_vulnerability_db() {
    let d = tempdir();
    let dbdir = d.path().join("dbs");
    std::fs::create_dir(&dbdir).unwrap();
    let records = dbdir.join("x.jsonl");
    std::fs::write(
        &records,
        r#"{"id":"TEST-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}"#,
    )
    .unwrap();
    let db = dbdir.join("test.db");
    let mut out = std::fs::File::create(&db).unwrap();
    imagegate::vulndb::db::build(&[&records], &mut out, "2026-11-25T00:00:00Z").unwrap();
    drop(out);
    // The real python image matched against the real corpus, when both exist.
    let python = registry::images_dir().join("python-docker.tar");
    let corpus = root().join("../shared/corpus/osv");
    let (image, db) = if python.is_file() && corpus.is_dir() {
        let big = dbdir.join("corpus.db");
        let sources: Vec<PathBuf> = ["Go", "PyPI", "crates.io", "Maven"]
            .iter()
            .map(|e| corpus.join(format!("{e}.jsonl")))
            .collect();
        let mut out = std::fs::File::create(&big).unwrap();
        imagegate::vulndb::db::build(&sources, &mut out, "2026-11-25T00:00:00Z").unwrap();
        (python, big)
    } else {
        (image(d.path()), db)
    };
    let o = run(&[
        "scan",
        "--now",
        "2026-11-25",
        image.to_str().unwrap(),
        "--db",
        db.to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("a JSON report");
    // The python image has fixed high advisories: the default policy fails it
    // (the corpus DB has no Debian data: its debs make the verdict `error`).
    let want = match v["verdict"].as_str() {
        Some("fail") => 1,
        Some("error") => 2,
        _ => 0,
    };
    assert_eq!(o.status.code(), Some(want), "{}", stderr(&o));
    let mut req = native_req(&image);
    req.db = Some(db.clone());
    req.skip_vulnerabilities = false;
    let native = imagegate::scan(&req).unwrap().report().to_string();
    assert_eq!(String::from_utf8(o.stdout).unwrap(), native);
    assert!(native.contains("\"vulnerability_db\""));
    // A file that is not a DB: exit 2 naming it.
    let o = run(&[
        "scan",
        "--now",
        "2026-11-25",
        image.to_str().unwrap(),
        "--db",
        records.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("x.jsonl"), "{}", stderr(&o));
}

/// `--format a,b --output-dir DIR`: every format from one scan, one file
/// each, byte-identical to the native library and to the component's own
/// CLI writing into a read-write preopen; nothing written on error.
#[test]
fn several_formats_into_an_output_dir() {
    let d = tempdir();
    let p = image(d.path());
    let out = d.path().join("out");
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        p.to_str().unwrap(),
        "--format",
        "json,sarif,junit,markdown,text,cyclonedx,spdx",
        "--output-dir",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let mut req = native_req(&p);
    req.formats = imagegate::Format::ALL.to_vec();
    let native = imagegate::scan(&req).unwrap();
    for r in &native.reports {
        let f = out.join(r.format.file_name());
        let got = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert_eq!(got, r.content, "{}", r.format.name());
    }
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        7,
        "no temporary files left"
    );
    // The component's own CLI, writing through a read-write preopen.
    let guest_out = d.path().join("guest-out");
    std::fs::create_dir(&guest_out).unwrap();
    let o = run(&[
        "wasi-run",
        "--dir",
        &format!("{}::/imgs", d.path().display()),
        "--dir-rw",
        &format!("{}::/out", guest_out.display()),
        "--",
        "scan",
        "--skip-vulnerabilities",
        "/imgs/app.tar",
        "--format",
        "sarif,junit",
        "--output-dir",
        "/out",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for f in ["imagegate.sarif", "imagegate.junit.xml"] {
        assert_eq!(
            std::fs::read(guest_out.join(f)).unwrap(),
            std::fs::read(out.join(f)).unwrap(),
            "{f}"
        );
    }
    // Several formats need a directory; an error writes nothing.
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        p.to_str().unwrap(),
        "--format",
        "json,sarif",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("error[usage]"), "{}", stderr(&o));
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        p.to_str().unwrap(),
        "--format",
        "json,json",
        "--output-dir",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let bad = d.path().join("bad.tar");
    std::fs::write(&bad, b"nope").unwrap();
    let none = d.path().join("none");
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        bad.to_str().unwrap(),
        "--format",
        "json,sarif",
        "--output-dir",
        none.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!none.exists(), "no directory, no partial set");
    // Piped stdout: no colours even for text.
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        p.to_str().unwrap(),
        "--format",
        "text",
    ]);
    assert!(!String::from_utf8_lossy(&o.stdout).contains('\u{1b}'));
}

/// The policy through the host: `./imagegate.toml` found in the working
/// directory, `--policy FILE`, a bad policy (exit 2 with positions), the
/// `error` verdict (exit 2 with a report), `--fail-on` and `--reference`.
#[test]
fn policy_through_the_host() {
    let d = tempdir();
    let p = image(d.path());
    let img = p.to_str().unwrap();
    // Default discovery: ./imagegate.toml in the working directory.
    std::fs::write(
        d.path().join("imagegate.toml"),
        "[config]\nrequired-labels = [\"org.example.never-set\"]\n",
    )
    .unwrap();
    let o = bin()
        .current_dir(d.path())
        .args(["scan", "--skip-vulnerabilities", "--now", "2026-11-25", img])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["verdict"], "fail");
    assert_eq!(v["policy"]["source"], "imagegate.toml");
    assert_eq!(v["summary"]["checks"]["config"]["errors"], 1);
    // The same through the native library.
    let mut req = native_req(&p);
    req.policy = Some(imagegate::policy::PolicyFile {
        name: "imagegate.toml".into(),
        text: std::fs::read_to_string(d.path().join("imagegate.toml")).unwrap(),
    });
    assert_eq!(
        imagegate::scan(&req).unwrap().report().to_string(),
        String::from_utf8(o.stdout).unwrap()
    );
    // An explicit bad policy: exit 2, every error with its position, no report.
    let bad = d.path().join("bad.toml");
    std::fs::write(&bad, "[vulnerabilities]\nfail-on = \"severe\"\nbogus = 1\n").unwrap();
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        img,
        "--policy",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let e = stderr(&o);
    assert!(e.contains("error[policy-invalid]"), "{e}");
    assert!(
        e.contains("bad.toml:2:11: `vulnerabilities.fail-on`"),
        "{e}"
    );
    assert!(e.contains("bad.toml:3:1: unknown key `bogus`"), "{e}");
    // No DB (offline, nothing cached): verdict error, exit 2, the report says why.
    let rq = d.path().join("rq.toml");
    std::fs::write(&rq, "[vulnerabilities]\nrequire-db = true\n").unwrap();
    let o = run(&[
        "scan",
        "--offline",
        "--now",
        "2026-11-25",
        img,
        "--policy",
        rq.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["verdict"], "error");
    assert!(v["policy"]["undecided"][0]
        .as_str()
        .unwrap()
        .contains("no vulnerability DB"));
    // --reference and --fail-on reach the guest.
    let reg = d.path().join("reg.toml");
    std::fs::write(
        &reg,
        "[registries]\nallowed = [\"registry.example.com/\"]\n",
    )
    .unwrap();
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        img,
        "--policy",
        reg.to_str().unwrap(),
        "--reference",
        "docker.io/evil/app:1",
        "--fail-on",
        "critical",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["diagnostics"][0]["code"], "registry-not-allowed");
    let o = run(&["scan", "--skip-vulnerabilities", img, "--fail-on", "severe"]);
    assert_eq!(o.status.code(), Some(2));
}

/// `imagegate rescan`: a report kept from a scan, matched against a newer DB
/// through the host (the component's `rescan`, reports and DB preopened
/// read-only): the new advisory is reported and fails; errors name the file.
#[test]
fn rescan_through_the_host() {
    let python = registry::images_dir().join("python-docker.tar");
    if !python.is_file() {
        if std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1") {
            panic!("{} missing: run tests/images/build.sh", python.display());
        }
        eprintln!("SKIP: {} missing", python.display());
        return;
    }
    let d = tempdir();
    let db_of = |name: &str, records: &str| -> PathBuf {
        let src = d.path().join(format!("{name}.jsonl"));
        std::fs::write(&src, records).unwrap();
        let db = d.path().join(format!("{name}.db"));
        let mut out = std::fs::File::create(&db).unwrap();
        imagegate::vulndb::db::build(&[&src], &mut out, "2026-11-25T00:00:00Z").unwrap();
        db
    };
    // Unrelated records, also one of Debian 12 so that the image's release has data.
    let unrelated = r#"{"id":"TEST-0","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"PyPI","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]},{"package":{"ecosystem":"Debian:12","name":"nothing-here"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}"#;
    let idna = r#"{"id":"TEST-IDNA","modified":"2026-11-20T00:00:00Z","database_specific":{"severity":"HIGH"},"affected":[{"package":{"ecosystem":"PyPI","name":"idna"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"99"}]}]}]}"#;
    let old = db_of("old", unrelated);
    let new = db_of("new", &format!("{unrelated}\n{idna}\n"));
    let report = d.path().join("kept.json");
    let o = run(&[
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        python.to_str().unwrap(),
        "--db",
        old.to_str().unwrap(),
        "-o",
        report.to_str().unwrap(),
    ]);
    assert!(o.status.code().is_some_and(|c| c < 2), "{}", stderr(&o));
    let o = run(&[
        "rescan",
        report.to_str().unwrap(),
        "--db",
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["images"][0]["new"][0]["id"], "TEST-IDNA");
    assert_eq!(v["images"][0]["report"], "kept.json");
    let o = run(&[
        "rescan",
        report.to_str().unwrap(),
        "--db",
        old.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("new: 0"));
    // Not a report: exit 2, the host path named.
    let bad = d.path().join("bad.json");
    std::fs::write(&bad, "[]").unwrap();
    let o = run(&[
        "rescan",
        bad.to_str().unwrap(),
        "--db",
        new.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.json: not an imagegate JSON report"),
        "{}",
        stderr(&o)
    );
}
