//! `imagegate db update` against a loopback HTTP server started by the test
//! (127.0.0.1, a plain `TcpListener` thread serving a scripted list of
//! answers): first download, build and scan; 304 with `If-None-Match`; a
//! transfer cut mid-body (retried, and when it keeps failing the old DB is
//! untouched); bad checksums and truncated zips; 500 then 200. The export is
//! a real OSV `all.zip` made from corpus records (`IMAGEGATE_CORPUS`).

use super::{bin, stderr};
use crate::fixtures::*;
use md5::{Digest, Md5};
use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};

/// One scripted answer.
#[derive(Clone)]
enum Reply {
    /// 200 with Content-Length, ETag and a correct `x-goog-hash` md5 and crc32c-free header.
    Full(Vec<u8>, &'static str),
    /// 200 whose `x-goog-hash` md5 is wrong.
    BadMd5(Vec<u8>),
    /// 200 announcing the whole length, then the connection is dropped after `usize` bytes.
    Cut(Vec<u8>, usize),
    NotModified,
    Status(u16),
}

/// The test server: answers the scripted replies in order, one per
/// connection, records each request's head, then stops.
struct Server {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(replies: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let mut queue: VecDeque<Reply> = replies.into();
        std::thread::spawn(move || {
            while let Some(reply) = queue.pop_front() {
                let Ok((mut s, _)) = listener.accept() else {
                    return;
                };
                let mut head = Vec::new();
                let mut b = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && head.len() < 65536 {
                    match s.read(&mut b) {
                        Ok(1) => head.push(b[0]),
                        _ => break,
                    }
                }
                log.lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&head).into_owned());
                let ok = |body: &[u8], etag: &str, md5: &[u8]| {
                    format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: {}\r\nETag: {etag}\r\nLast-Modified: Tue, 01 Jul 2025 00:00:00 GMT\r\nx-goog-hash: md5={}\r\nConnection: close\r\n\r\n",
                        body.len(),
                        b64(md5)
                    )
                };
                let _ = match &reply {
                    Reply::Full(body, etag) => s
                        .write_all(ok(body, etag, &Md5::digest(body)).as_bytes())
                        .and_then(|_| s.write_all(body)),
                    Reply::BadMd5(body) => s
                        .write_all(ok(body, "\"bad\"", &[0u8; 16]).as_bytes())
                        .and_then(|_| s.write_all(body)),
                    Reply::Cut(body, at) => s
                        .write_all(ok(body, "\"cut\"", &Md5::digest(body)).as_bytes())
                        .and_then(|_| s.write_all(&body[..*at])),
                    Reply::NotModified => s.write_all(
                        b"HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n",
                    ),
                    Reply::Status(code) => s.write_all(
                        format!("HTTP/1.1 {code} Oops\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                            .as_bytes(),
                    ),
                };
                let _ = s.flush();
                let _ = s.shutdown(std::net::Shutdown::Both);
            }
        });
        Server { url, requests }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn b64(b: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in b.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                s.push(char::from(A[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// The corpus, or `None` (skip) when it is missing and not required.
fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("IMAGEGATE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| super::root().join("../shared/corpus"));
    if dir.join("osv/PyPI.jsonl").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var("IMAGEGATE_REQUIRE_CORPUS").as_deref() != Ok("1"),
        "IMAGEGATE_REQUIRE_CORPUS=1 but the corpus is missing at {}",
        dir.display()
    );
    eprintln!(
        "SKIP: the OSV corpus is missing at {} (set IMAGEGATE_CORPUS)",
        dir.display()
    );
    None
}

/// A real OSV export zip: every PyPI corpus record that names urllib3 or idna.
fn pypi_zip(corpus: &Path) -> Vec<u8> {
    let text = std::fs::read_to_string(corpus.join("osv/PyPI.jsonl")).unwrap();
    let mut members = Vec::new();
    for line in text.lines() {
        if line.contains("\"name\": \"urllib3\"") || line.contains("\"name\": \"idna\"") {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = v["id"].as_str().unwrap().to_string();
            members.push((format!("{id}.json"), line.as_bytes().to_vec()));
        }
    }
    assert!(members.len() >= 10, "corpus has urllib3 records");
    write_zip(&members)
}

/// A minimal zip writer (deflated members, classic headers).
fn write_zip(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cd = Vec::new();
    for (name, data) in members {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        let comp = e.finish().unwrap();
        let mut crc = flate2::Crc::new();
        crc.update(data);
        let off = out.len() as u32;
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
            v.extend_from_slice(&8u16.to_le_bytes());
            v.extend_from_slice(&[0; 4]);
            v.extend_from_slice(&crc.sum().to_le_bytes());
            v.extend_from_slice(&(comp.len() as u32).to_le_bytes());
            v.extend_from_slice(&(data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes());
        };
        out.extend_from_slice(b"PK\x03\x04");
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&comp);
        cd.extend_from_slice(b"PK\x01\x02");
        cd.extend_from_slice(&20u16.to_le_bytes());
        common(&mut cd);
        cd.extend_from_slice(&[0; 10]);
        cd.extend_from_slice(&off.to_le_bytes());
        cd.extend_from_slice(name.as_bytes());
    }
    let cd_off = out.len() as u32;
    out.extend_from_slice(&cd);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(members.len() as u16).to_le_bytes());
    out.extend_from_slice(&(members.len() as u16).to_le_bytes());
    out.extend_from_slice(&(cd.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_off.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

/// An image with urllib3 1.26.5 and idna 3.4 (vulnerable in the corpus).
fn python_image(dir: &Path) -> PathBuf {
    let meta = |n: &str, v: &str| format!("Metadata-Version: 2.1\nName: {n}\nVersion: {v}\n\n");
    let layers = vec![
        base_layer(),
        TarW::new()
            .file(
                "usr/lib/python3.11/site-packages/urllib3-1.26.5.dist-info/METADATA",
                meta("urllib3", "1.26.5").as_bytes(),
            )
            .file(
                "usr/lib/python3.11/site-packages/idna-3.4.dist-info/METADATA",
                meta("idna", "3.4").as_bytes(),
            )
            .finish(),
    ];
    let img = Img {
        config: config_for(&layers),
        layers,
        comp: Comp::Gzip,
        tag: Some("py:1".into()),
    }
    .without_secrets(); // the fixture config's planted DB_PASSWORD would fail the gate
    write_tar(dir, "py.tar", &oci_files(&[img]))
}

/// Run `db update` against the server with a short backoff.
fn update(server: &Server, db: &Path, extra: &[&str]) -> Output {
    let mut c = bin();
    c.env("IMAGEGATE_DB_BACKOFF_MS", "5")
        .env_remove("IMAGEGATE_DB_MIRROR")
        .args([
            "db",
            "update",
            "--ecosystems",
            "PyPI",
            "--db",
            db.to_str().unwrap(),
            "--mirror",
            &server.url,
        ])
        .args(extra);
    c.output().unwrap()
}

/// Nothing but the DB and its cache (no temp dirs, no partial files) is left beside the DB.
fn assert_clean(dir: &Path) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["imagegate.db", "imagegate.db.sources"], "{names:?}");
    let mut cached: Vec<String> = std::fs::read_dir(dir.join("imagegate.db.sources/PyPI"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cached.sort();
    assert_eq!(cached, ["all.zip", "all.zip.meta"]);
}

#[test]
fn update_downloads_builds_and_scans_then_304_keeps_the_db() {
    let Some(corpus) = corpus() else { return };
    let zip = pypi_zip(&corpus);
    let d = tempdir();
    let dbdir = d.path().join("db");
    let db = dbdir.join("imagegate.db");
    let server = Server::start(vec![Reply::Full(zip.clone(), "\"v1\""), Reply::NotModified]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert!(
        reqs[0].starts_with("GET /PyPI/all.zip HTTP/1.1\r\n"),
        "{}",
        reqs[0]
    );
    assert!(!reqs[0].to_ascii_lowercase().contains("if-none-match"));
    assert!(stderr(&o).contains("PyPI: downloaded"), "{}", stderr(&o));
    assert_clean(&dbdir);

    // db info names the source with the sha256 of the bytes served.
    let sha = sha256_hex(&zip);
    let o = bin()
        .args(["db", "info", db.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let info = String::from_utf8(o.stdout).unwrap();
    assert!(
        info.contains(&format!("source: PyPI/all.zip sha256:{sha}")),
        "{info}"
    );
    assert!(info.contains("format: 2"), "{info}");

    // A scan with the DB finds the advisories, with --db and as the default DB.
    let img = python_image(d.path());
    let o = bin()
        .args([
            "scan",
            img.to_str().unwrap(),
            "--offline",
            "--db",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    // Fixed high advisories: the default policy fails the image.
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let report = String::from_utf8(o.stdout).unwrap();
    assert!(report.contains("\"verdict\": \"fail\""));
    assert!(
        report.contains("PYSEC-2023-192"),
        "urllib3 advisory: {report}"
    );
    assert!(report.contains("PYSEC-2024-60"), "idna advisory");
    let o = bin()
        .env("IMAGEGATE_DB", &db)
        .args(["scan", img.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        report,
        "the default DB is used"
    );
    let o = bin()
        .env("IMAGEGATE_DB", d.path().join("missing.db"))
        .args(["scan", img.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!String::from_utf8(o.stdout)
        .unwrap()
        .contains("PYSEC-2023-192"));

    // Second run: a conditional request, 304, the DB is kept as it is.
    let before = std::fs::read(&db).unwrap();
    let mtime = std::fs::metadata(&db).unwrap().modified().unwrap();
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert!(
        reqs[1].contains("If-None-Match: \"v1\"\r\n")
            || reqs[1].contains("if-none-match: \"v1\"\r\n"),
        "{}",
        reqs[1]
    );
    assert!(reqs[1]
        .to_ascii_lowercase()
        .contains("if-modified-since: tue, 01 jul 2025 00:00:00 gmt"));
    assert!(stderr(&o).contains("not modified"), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("up to date"));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert_eq!(std::fs::metadata(&db).unwrap().modified().unwrap(), mtime);
    assert_clean(&dbdir);
}

#[test]
fn interrupted_transfers_are_retried_and_a_failed_update_keeps_the_old_db() {
    let Some(corpus) = corpus() else { return };
    let zip = pypi_zip(&corpus);
    let d = tempdir();
    let db = d.path().join("imagegate.db");
    let half = zip.len() / 2;
    // Cut once, then whole: success on the second try. Then 500, then 200.
    let server = Server::start(vec![
        Reply::Cut(zip.clone(), half),
        Reply::Full(zip.clone(), "\"v1\""),
        Reply::Status(500),
        Reply::Full(zip.clone(), "\"v2\""),
    ]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("interrupted"), "{}", stderr(&o));
    assert_eq!(server.requests().len(), 2);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("HTTP 500"), "{}", stderr(&o));
    assert_eq!(server.requests().len(), 4);
    assert_clean(d.path());
    let old = std::fs::read(&db).unwrap();

    // Cut on every try: 4 tries, exit 2, the old DB and cache untouched.
    let cached = std::fs::read(d.path().join("imagegate.db.sources/PyPI/all.zip")).unwrap();
    let server = Server::start(vec![Reply::Cut(zip.clone(), half); 4]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error[db-download]") && err.contains("gave up after 4 tries"),
        "{err}"
    );
    assert!(err.contains("the DB was not changed"), "{err}");
    assert_eq!(server.requests().len(), 4);
    // A new server (another port) is another mirror URL: its ETags are not
    // trusted, so every try was unconditional.
    assert!(server
        .requests()
        .iter()
        .all(|r| !r.to_ascii_lowercase().contains("if-none-match")));
    assert_eq!(std::fs::read(&db).unwrap(), old);
    assert_eq!(
        std::fs::read(d.path().join("imagegate.db.sources/PyPI/all.zip")).unwrap(),
        cached
    );
    assert_clean(d.path());

    // A 404 is not retried.
    let server = Server::start(vec![Reply::Status(404)]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("HTTP 404"), "{}", stderr(&o));
    assert_eq!(server.requests().len(), 1);
    assert_eq!(std::fs::read(&db).unwrap(), old);
    assert_clean(d.path());
}

#[test]
fn bad_checksums_and_truncated_zips_keep_the_old_db() {
    let Some(corpus) = corpus() else { return };
    let zip = pypi_zip(&corpus);
    let d = tempdir();
    let db = d.path().join("imagegate.db");
    let server = Server::start(vec![Reply::Full(zip.clone(), "\"v1\"")]);
    assert_eq!(update(&server, &db, &[]).status.code(), Some(0));
    let old = std::fs::read(&db).unwrap();

    // md5 from x-goog-hash does not match.
    let server = Server::start(vec![Reply::BadMd5(zip.clone()); 4]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error[db-integrity]") && err.contains("md5"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), old);
    assert_clean(d.path());

    // A zip cut short (served whole, with a matching length and md5): no central directory.
    let short = zip[..zip.len() - 40].to_vec();
    let server = Server::start(vec![Reply::Full(short, "\"v3\""); 4]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("error[db-integrity]") && err.contains("zip"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), old);
    assert_clean(d.path());

    // A zip whose member data is corrupt passes the transfer checks; the
    // build in the component rejects it and the old DB stays.
    let mut bad = zip.clone();
    for b in &mut bad[40..80] {
        *b ^= 0x5a;
    }
    let server = Server::start(vec![Reply::Full(bad, "\"v4\"")]);
    let o = update(&server, &db, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("old DB was kept"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&db).unwrap(), old);
}

#[test]
fn update_offline_is_refused_and_plain_http_needs_an_explicit_mirror() {
    let d = tempdir();
    let db = d.path().join("imagegate.db");
    let o = bin()
        .args(["db", "update", "--offline", "--db", db.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("error[usage]") && err.contains("db build --from"),
        "{err}"
    );
    let o = bin()
        .args([
            "db",
            "update",
            "--db",
            db.to_str().unwrap(),
            "--mirror",
            "ftp://x",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let o = bin()
        .args([
            "db",
            "update",
            "--ecosystems",
            "../etc",
            "--db",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not an OSV ecosystem"),
        "{}",
        stderr(&o)
    );
    assert!(!db.exists());
}

#[test]
fn db_build_and_info_through_the_host() {
    let Some(corpus) = corpus() else { return };
    let d = tempdir();
    let mirror = d.path().join("mirror");
    std::fs::create_dir_all(mirror.join("PyPI")).unwrap();
    std::fs::write(mirror.join("PyPI/all.zip"), pypi_zip(&corpus)).unwrap();
    let out = d.path().join("out/x.db");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let o = bin()
        .args([
            "db",
            "build",
            "--from",
            mirror.to_str().unwrap(),
            corpus.join("osv/crates.io.jsonl").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--build-time",
            "2026-01-02T00:00:00Z",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let msg = String::from_utf8(o.stdout).unwrap();
    assert!(msg.starts_with(&format!("{}: ", out.display())), "{msg}");
    let o = bin()
        .args(["db", "info", out.to_str().unwrap()])
        .output()
        .unwrap();
    let info = String::from_utf8(o.stdout).unwrap();
    assert!(info.contains("build time: 2026-01-02T00:00:00Z"), "{info}");
    assert!(
        info.contains("source: PyPI/all.zip") && info.contains("source: crates.io.jsonl"),
        "{info}"
    );
    // Byte-identical to the native builder.
    let mut native = Vec::new();
    imagegate::vulndb::db::build(
        &[mirror.clone(), corpus.join("osv/crates.io.jsonl")],
        &mut native,
        "2026-01-02T00:00:00Z",
    )
    .unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), native);
    // A missing source: exit 2 naming it, nothing written.
    let o = bin()
        .args([
            "db",
            "build",
            "--from",
            d.path().join("nope").to_str().unwrap(),
            "-o",
            d.path().join("y.db").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope"), "{}", stderr(&o));
    assert!(!d.path().join("y.db").exists());
    // db info on a non-DB names the file.
    let o = bin()
        .args(["db", "info", mirror.join("PyPI/all.zip").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("all.zip"), "{}", stderr(&o));
}

/// `scan` without a DB fetches one exactly as `db update` would (every
/// default ecosystem from the mirror), writes only the report to stdout,
/// reuses the fresh DB on the next scan without the network, and offline
/// with no DB is verdict error with the reason in the report: fail closed.
#[test]
fn scan_fetches_a_missing_db_then_reuses_it_and_fails_closed_offline() {
    let Some(corpus) = corpus() else { return };
    let zip = pypi_zip(&corpus);
    let d = tempdir();
    let db = d.path().join("cache/imagegate.db");
    let n = imagegate::defaults::DB_ECOSYSTEMS.len();
    let server = Server::start(vec![Reply::Full(zip, "\"v1\""); n]);
    let img = python_image(d.path());
    let scan = |extra: &[&str]| {
        bin()
            .env("IMAGEGATE_DB", &db)
            .env("IMAGEGATE_DB_MIRROR", &server.url)
            .args(["scan", img.to_str().unwrap()])
            .args(extra)
            .output()
            .unwrap()
    };
    let o = scan(&[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("fetching the vulnerability DB")
            && stderr(&o).contains("there is none yet"),
        "{}",
        stderr(&o)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&o.stdout).expect("stdout holds only the report");
    assert_eq!(report["verdict"], "fail");
    // Findings are grouped by CVE: the PyPI advisory is one of the records.
    assert!(
        report["vulnerabilities"]
            .as_array()
            .is_some_and(|v| v.iter().any(|f| f["records"]
                .as_array()
                .is_some_and(|r| r.iter().any(|id| id == "PYSEC-2023-192")))),
        "{}",
        report["vulnerabilities"]
    );
    let asked: Vec<String> = server
        .requests()
        .iter()
        .filter_map(|r| r.split(' ').nth(1).map(str::to_string))
        .collect();
    let want: Vec<String> = imagegate::defaults::DB_ECOSYSTEMS
        .iter()
        .map(|e| format!("/{}/all.zip", e.replace(' ', "%20")))
        .collect();
    assert_eq!(
        asked, want,
        "the default ecosystems, as db update fetches them"
    );
    // Fresh: the next scan uses it without asking the mirror.
    let o = scan(&[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(server.requests().len(), n, "no new request");
    assert!(!stderr(&o).contains("fetching"), "{}", stderr(&o));
    // Offline with no DB: error, exit 2, the reports say why; never a pass.
    std::fs::remove_file(&db).unwrap();
    let o = scan(&["--offline", "--format", "text"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("offline: not fetching"),
        "{}",
        stderr(&o)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("imagegate "), "{text}");
    assert!(text.contains("verdict: ERROR"), "{text}");
    assert!(text.contains("undecided: no vulnerability DB"), "{text}");
    // Switched off explicitly: a pass that says so at the top.
    let o = scan(&["--offline", "--skip-vulnerabilities", "--format", "text"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("VULNERABILITIES NOT CHECKED"));
}

/// The prioritisation fixtures (tests/data/priority: excerpts in CISA's and
/// FIRST's published formats): the KEV JSON as it is, the EPSS CSV gzipped
/// as FIRST serves it.
fn priority_files() -> (Vec<u8>, Vec<u8>) {
    let dir = super::root().join("tests/data/priority");
    let kev = std::fs::read(dir.join("known_exploited_vulnerabilities.json")).unwrap();
    let csv = std::fs::read(dir.join("epss_scores-2025-11-25.csv")).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&csv).unwrap();
    (kev, gz.finish().unwrap())
}

/// `db update --kev-url --epss-url` from a loopback mirror: both files are
/// downloaded after the OSV export, checked, cached and built into the DB
/// (format 3, versions in `db info`); a scan with `fail-on-kev` then
/// decides on them. A second run is conditional and keeps the DB; a KEV
/// file that does not parse is retried and never replaces the DB.
#[test]
fn update_fetches_kev_and_epss_from_a_mirror() {
    let Some(corpus) = corpus() else { return };
    let zip = pypi_zip(&corpus);
    let (kev, epss) = priority_files();
    let d = tempdir();
    let db = d.path().join("imagegate.db");
    let server = Server::start(vec![
        Reply::Full(zip.clone(), "\"z1\""),
        Reply::Full(kev.clone(), "\"k1\""),
        Reply::Full(epss.clone(), "\"e1\""),
        Reply::NotModified,
        Reply::NotModified,
        Reply::NotModified,
    ]);
    let kev_url = format!("{}/feeds/known_exploited_vulnerabilities.json", server.url);
    let epss_url = format!("{}/epss_scores-current.csv.gz", server.url);
    let args = ["--kev-url", &kev_url, "--epss-url", &epss_url];
    let o = update(&server, &db, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reqs = server.requests();
    assert!(reqs[1].starts_with("GET /feeds/known_exploited_vulnerabilities.json HTTP/1.1\r\n"));
    assert!(reqs[2].starts_with("GET /epss_scores-current.csv.gz HTTP/1.1\r\n"));
    assert!(stderr(&o).contains("KEV: downloaded"), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(out.contains("3 KEV entries, 5 EPSS scores"), "{out}");
    let o = bin()
        .args(["db", "info", db.to_str().unwrap()])
        .output()
        .unwrap();
    let info = String::from_utf8(o.stdout).unwrap();
    assert!(info.contains("format: 3"), "{info}");
    assert!(
        info.contains(&format!(
            "kev: known_exploited_vulnerabilities.json sha256:{} version 2025.11.24",
            sha256_hex(&kev)
        )),
        "{info}"
    );
    assert!(
        info.contains(&format!(
            "epss: epss_scores.csv.gz sha256:{} version v2025.03.14 date 2025-11-25T12:55:00Z 5 entries",
            sha256_hex(&epss)
        )),
        "{info}"
    );

    // The python image's medium urllib3 finding is in the (test) KEV entry.
    let img = python_image(d.path());
    let policy = d.path().join("imagegate.toml");
    std::fs::write(
        &policy,
        "[vulnerabilities]\nfail-on = \"critical\"\nfail-on-kev = true\n",
    )
    .unwrap();
    let scan = |db: &Path| {
        bin()
            .args([
                "scan",
                img.to_str().unwrap(),
                "--offline",
                "--db",
                db.to_str().unwrap(),
                "--policy",
                policy.to_str().unwrap(),
                "--format",
                "text",
            ])
            .output()
            .unwrap()
    };
    let o = scan(&db);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("Error[vulnerability-known-exploited]") && text.contains("CVE-2023-45803"),
        "{text}"
    );

    // Second run: every source conditional, all 304: the DB is kept.
    let before = std::fs::read(&db).unwrap();
    let o = update(&server, &db, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 6);
    assert!(
        reqs[4]
            .to_ascii_lowercase()
            .contains("if-none-match: \"k1\""),
        "{}",
        reqs[4]
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("up to date"));
    assert_eq!(std::fs::read(&db).unwrap(), before);

    // A KEV answer that is not the catalogue: retried, then exit 2, DB kept.
    let server = Server::start(vec![
        Reply::Full(zip.clone(), "\"z1\""),
        Reply::Full(b"{\"oops\": true}".to_vec(), "\"bad\""),
        Reply::Full(b"{\"oops\": true}".to_vec(), "\"bad\""),
        Reply::Full(b"{\"oops\": true}".to_vec(), "\"bad\""),
        Reply::Full(b"{\"oops\": true}".to_vec(), "\"bad\""),
    ]);
    let kev_url = format!("{}/kev.json", server.url);
    let o = update(&server, &db, &["--kev-url", &kev_url]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("not a CISA KEV catalogue") && err.contains("gave up after 4 tries"),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);

    // Without a KEV DB the same policy cannot decide.
    let plain = d.path().join("plain.db");
    let server = Server::start(vec![Reply::Full(zip, "\"z1\"")]);
    let o = update(&server, &plain, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = scan(&plain);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .contains("vulnerability-db-no-kev"));
}

/// `db build --kev FILE --epss FILE` through the host: each file's directory
/// preopened read-only; a bad file is named by its host path.
#[test]
fn db_build_takes_kev_and_epss_files_through_the_host() {
    let Some(corpus) = corpus() else { return };
    let (_, epss) = priority_files();
    let d = tempdir();
    let gz = d.path().join("epss_scores-2025-11-25.csv.gz");
    std::fs::write(&gz, &epss).unwrap();
    let kev = super::root().join("tests/data/priority/known_exploited_vulnerabilities.json");
    let out = d.path().join("out.db");
    let build = |kev: &Path| {
        bin()
            .args(["db", "build", "--from"])
            .arg(corpus.join("osv/crates.io.jsonl"))
            .arg("-o")
            .arg(&out)
            .arg("--kev")
            .arg(kev)
            .arg("--epss")
            .arg(&gz)
            .args(["--build-time", "2026-11-25T00:00:00Z"])
            .output()
            .unwrap()
    };
    let o = build(&kev);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("3 KEV entries, 5 EPSS scores"));
    let o = bin().args(["db", "info"]).arg(&out).output().unwrap();
    let info = String::from_utf8(o.stdout).unwrap();
    assert!(
        info.contains("kev: known_exploited_vulnerabilities.json sha256:"),
        "{info}"
    );
    assert!(
        info.contains("epss: epss_scores-2025-11-25.csv.gz sha256:"),
        "{info}"
    );
    let bad = d.path().join("bad-kev.json");
    std::fs::write(&bad, b"{\"catalogVersion\": 1}").unwrap();
    let before = std::fs::read(&out).unwrap();
    let o = build(&bad);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&bad.display().to_string()) && err.contains("not a CISA KEV catalogue"),
        "{err}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before, "the old DB is kept");
}
