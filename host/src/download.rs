//! Downloading the OSV exports for `imagegate db update`: one
//! `<mirror>/<Ecosystem>/all.zip` per ecosystem, into a cache directory
//! beside the DB that keeps the OSV export layout (`<Ecosystem>/all.zip`)
//! plus one `all.zip.meta` per source (ETag, Last-Modified, length, sha256).
//!
//! - Conditional requests: a cached source is asked for with
//!   `If-None-Match` / `If-Modified-Since`; `304 Not Modified` reuses the
//!   cached zip after checking its sha256 against the metadata.
//! - Retries: connection errors, timeouts, 5xx/429 answers, truncated bodies
//!   and failed integrity checks are retried with exponential backoff, at
//!   most [`MAX_TRIES`] times in all; other 4xx answers are not.
//! - Integrity: the body length must equal `Content-Length`; when the server
//!   sends `x-goog-hash` (Google Cloud Storage does: `crc32c=` always, `md5=`
//!   for non-composite objects) both are verified; the zip's central
//!   directory must be present and in bounds. The sha256 of each source is
//!   recorded (the DB records it too).
//! - A download is written to `all.zip.part` and renamed over `all.zip` only
//!   once it passed every check, so the cache never holds a partial zip.

use crate::engine::HostError;
use imagegate::ErrorKind;
use md5::Md5;
use sha2::{Digest, Sha256};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Where the OSV exports are served.
/// The mirror to download from: `--mirror`, else `$IMAGEGATE_DB_MIRROR`,
/// else the shared default ([`imagegate::defaults::DB_SOURCE`], the OSV bucket).
pub fn mirror(explicit: Option<String>) -> Result<String, HostError> {
    let env_mirror = std::env::var("IMAGEGATE_DB_MIRROR")
        .ok()
        .filter(|m| !m.is_empty());
    let given = explicit.is_some() || env_mirror.is_some();
    check_mirror(
        &explicit
            .or(env_mirror)
            .unwrap_or_else(|| imagegate::defaults::DB_SOURCE.to_string()),
        given,
    )
}

/// The URL of a prioritisation feed (KEV, EPSS) for `db update`, or none
/// when it is not asked for: `--kev-url URL` (implies `--kev`), else with
/// `--kev` the environment variable `env`, else `default`. Checked as a
/// mirror is (https; plain http only when named by the user).
pub fn feed_url(
    asked: bool,
    explicit: Option<String>,
    env: &str,
    default: &str,
) -> Result<Option<String>, HostError> {
    if !asked && explicit.is_none() {
        return Ok(None);
    }
    let from_env = std::env::var(env).ok().filter(|u| !u.is_empty());
    let given = explicit.is_some() || from_env.is_some();
    let url = explicit.or(from_env).unwrap_or_else(|| default.to_string());
    check_mirror(&url, given).map(Some)
}

/// Attempts per source (the first try and three retries).
pub const MAX_TRIES: u32 = 4;

/// How one source was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// A new copy was downloaded (bytes).
    Downloaded(u64),
    /// The server answered 304; the cached copy is current.
    NotModified,
}

/// One source ready for the build.
#[derive(Debug, Clone)]
pub struct Source {
    pub ecosystem: String,
    /// The cached `all.zip`.
    pub zip: PathBuf,
    pub fetch: Fetch,
    pub sha256: String,
}

/// What is remembered about a cached source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Meta {
    url: String,
    etag: Option<String>,
    last_modified: Option<String>,
    length: u64,
    sha256: String,
}

impl Meta {
    fn parse(text: &str) -> Option<Meta> {
        let mut m = Meta::default();
        for line in text.lines() {
            let (k, v) = line.split_once(": ")?;
            match k {
                "url" => m.url = v.to_string(),
                "etag" => m.etag = Some(v.to_string()),
                "last-modified" => m.last_modified = Some(v.to_string()),
                "length" => m.length = v.parse().ok()?,
                "sha256" => m.sha256 = v.to_string(),
                _ => {}
            }
        }
        (!m.sha256.is_empty()).then_some(m)
    }
    fn render(&self) -> String {
        let mut s = format!("url: {}\n", self.url);
        if let Some(e) = &self.etag {
            s.push_str(&format!("etag: {e}\n"));
        }
        if let Some(l) = &self.last_modified {
            s.push_str(&format!("last-modified: {l}\n"));
        }
        s.push_str(&format!(
            "length: {}\nsha256: {}\n",
            self.length, self.sha256
        ));
        s
    }
}

/// Why one attempt failed.
enum Failure {
    /// Worth another try (network, 5xx, truncation, checksum).
    Retry { code: ErrorKind, message: String },
    /// Not worth another try (404, a local I/O error).
    Fatal(HostError),
}

fn retry(code: ErrorKind, message: impl Into<String>) -> Failure {
    Failure::Retry {
        code,
        message: message.into(),
    }
}

/// The downloader: one HTTP agent, the mirror, the cache directory.
pub struct Downloader {
    agent: ureq::Agent,
    mirror: String,
    cache: PathBuf,
    progress: bool,
    /// The first retry waits this long; each later one twice as long.
    pub backoff: Duration,
}

/// Check a mirror URL: https, or plain http when the user named the mirror
/// (a loopback test server, an internal air-gapped mirror).
pub fn check_mirror(url: &str, explicit: bool) -> Result<String, HostError> {
    let url = url.trim_end_matches('/').to_string();
    if url.starts_with("https://") {
        return Ok(url);
    }
    if let Some(rest) = url.strip_prefix("http://") {
        if !explicit {
            return Err(HostError::usage(format!(
                "{url}: the default mirror must be https"
            )));
        }
        let host = rest.split(['/', '?']).next().unwrap_or_default();
        if !is_loopback(host) {
            eprintln!(
                "imagegate: warning: {url} is plain http: the download is not encrypted; integrity rests on Content-Length, the server's checksum headers and the zip checks"
            );
        }
        return Ok(url);
    }
    Err(HostError::usage(format!(
        "{url}: the mirror must be an https:// (or http://) URL; for a local copy use `imagegate db build --from DIR`"
    )))
}

/// Is `host` (`name[:port]`) a loopback name or address? Plain http is
/// accepted for those without a warning (test servers, local mirrors and
/// registries).
pub fn is_loopback(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((h, p)) if !p.contains(']') => h,
        _ => host,
    };
    name == "localhost"
        || name.starts_with("127.")
        || name == "[::1]"
        || name.ends_with(".localhost")
}

/// The one HTTP client configuration of the host (`db update` and registry
/// pulls): rustls, no automatic decompression, HTTP errors as responses,
/// redirects followed (credentials are not sent on to another host).
pub fn http_agent(https_only: bool) -> ureq::Agent {
    let config = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .https_only(https_only)
        .timeout_connect(Some(Duration::from_secs(30)))
        .timeout_recv_response(Some(Duration::from_secs(60)))
        .timeout_recv_body(Some(Duration::from_secs(30 * 60)))
        .user_agent(format!("imagegate/{}", env!("CARGO_PKG_VERSION")))
        .build();
    ureq::Agent::new_with_config(config)
}

/// The first retry's wait (`IMAGEGATE_DB_BACKOFF_MS`, default 1 s); each
/// later one waits twice as long.
pub fn backoff_from_env() -> Duration {
    Duration::from_millis(
        std::env::var("IMAGEGATE_DB_BACKOFF_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1000),
    )
}

/// The path segment for an ecosystem (`Rocky Linux` → `Rocky%20Linux`).
fn url_segment(eco: &str) -> String {
    let mut s = String::new();
    for b in eco.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:@!$&'()*+,;=".contains(&b) {
            s.push(char::from(b));
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

/// Refuse ecosystem names that could leave the cache directory.
pub fn check_ecosystem(eco: &str) -> Result<(), HostError> {
    let ok = !eco.is_empty()
        && eco != "."
        && eco != ".."
        && !eco.contains(['/', '\\', '\0'])
        && !eco.chars().any(char::is_control);
    if ok {
        Ok(())
    } else {
        Err(HostError::usage(format!(
            "{eco:?} is not an OSV ecosystem name"
        )))
    }
}

impl Downloader {
    pub fn new(mirror: String, cache: PathBuf) -> Downloader {
        let https = mirror.starts_with("https://");
        Downloader {
            agent: http_agent(https),
            mirror,
            cache,
            progress: std::io::stderr().is_terminal(),
            backoff: backoff_from_env(),
        }
    }

    /// Fetch one ecosystem's export into the cache, with retries.
    pub fn fetch(&self, eco: &str) -> Result<Source, HostError> {
        check_ecosystem(eco)?;
        let url = format!("{}/{}/all.zip", self.mirror, url_segment(eco));
        let what = Download {
            label: eco.to_string(),
            url,
            dir: self.cache.join(eco),
            file: "all.zip",
            check: check_zip,
            not_found: format!(
                "no OSV export for ecosystem {eco:?} there (check the name and --mirror)"
            ),
        };
        self.fetch_file(&what)
    }

    /// Fetch CISA's KEV catalogue from `url` into the cache (`CISA-KEV/`),
    /// with the same conditional requests, retries and checks; the
    /// catalogue must parse before it is kept.
    pub fn fetch_kev(&self, url: &str) -> Result<Source, HostError> {
        self.fetch_file(&Download {
            label: "KEV".into(),
            url: url.to_string(),
            dir: self.cache.join("CISA-KEV"),
            file: "known_exploited_vulnerabilities.json",
            check: check_kev,
            not_found: "no KEV catalogue there (check --kev-url)".into(),
        })
    }

    /// Fetch FIRST's EPSS scores from `url` into the cache (`FIRST-EPSS/`);
    /// the file must parse before it is kept.
    pub fn fetch_epss(&self, url: &str) -> Result<Source, HostError> {
        self.fetch_file(&Download {
            label: "EPSS".into(),
            url: url.to_string(),
            dir: self.cache.join("FIRST-EPSS"),
            file: "epss_scores.csv.gz",
            check: check_epss,
            not_found: "no EPSS scores there (check --epss-url)".into(),
        })
    }

    fn fetch_file(&self, what: &Download) -> Result<Source, HostError> {
        let (eco, url, dir) = (what.label.as_str(), what.url.as_str(), &what.dir);
        std::fs::create_dir_all(dir).map_err(|e| HostError::io(&dir.display().to_string(), e))?;
        let zip = dir.join(what.file);
        let meta_path = dir.join(format!("{}.meta", what.file));
        let mut last = String::new();
        let mut last_code = ErrorKind::DbDownload;
        for attempt in 1..=MAX_TRIES {
            if attempt > 1 {
                let wait = self.backoff * 2u32.pow(attempt - 2);
                eprintln!(
                    "imagegate: {eco}: {last}; retrying in {:.1} s (try {attempt} of {MAX_TRIES})",
                    wait.as_secs_f64()
                );
                std::thread::sleep(wait);
            }
            // Only ask conditionally when the cached copy is intact.
            let cached = cached_meta(&meta_path, &zip, url);
            match self.attempt(what, &zip, cached.as_ref()) {
                Ok((fetch, meta)) => {
                    if let Fetch::Downloaded(_) = fetch {
                        write_file(&meta_path, meta.render().as_bytes())?;
                    }
                    return Ok(Source {
                        ecosystem: eco.to_string(),
                        zip,
                        fetch,
                        sha256: meta.sha256,
                    });
                }
                Err(Failure::Fatal(e)) => {
                    // Leave no empty cache directory behind (a mistyped name).
                    let _ = std::fs::remove_dir(dir);
                    return Err(e);
                }
                Err(Failure::Retry { code, message }) => {
                    last = message;
                    last_code = code;
                }
            }
        }
        let _ = std::fs::remove_dir(dir);
        Err(HostError::new(
            last_code,
            format!("{eco}: {last} (gave up after {MAX_TRIES} tries; the DB was not changed)"),
        ))
    }

    fn attempt(
        &self,
        what: &Download,
        zip: &Path,
        cached: Option<&Meta>,
    ) -> Result<(Fetch, Meta), Failure> {
        let (eco, url) = (what.label.as_str(), what.url.as_str());
        let mut req = self.agent.get(url);
        if let Some(m) = cached {
            if let Some(e) = &m.etag {
                req = req.header("If-None-Match", e);
            }
            if let Some(l) = &m.last_modified {
                req = req.header("If-Modified-Since", l);
            }
        }
        let resp = req
            .call()
            .map_err(|e| retry(ErrorKind::DbDownload, format!("{url}: {e}")))?;
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        match status {
            304 => {
                let Some(m) = cached else {
                    return Err(retry(
                        ErrorKind::DbDownload,
                        format!("{url}: 304 Not Modified to an unconditional request"),
                    ));
                };
                return Ok((Fetch::NotModified, m.clone()));
            }
            200 => {}
            429 | 500..=599 => {
                return Err(retry(
                    ErrorKind::DbDownload,
                    format!("{url}: HTTP {status}"),
                ))
            }
            404 => {
                return Err(Failure::Fatal(HostError::new(
                    ErrorKind::DbDownload,
                    format!(
                        "{url}: HTTP 404: {}; the DB was not changed",
                        what.not_found
                    ),
                )))
            }
            _ => {
                return Err(Failure::Fatal(HostError::new(
                    ErrorKind::DbDownload,
                    format!("{url}: HTTP {status}; the DB was not changed"),
                )))
            }
        }
        let expected_len = header("content-length").and_then(|v| v.parse::<u64>().ok());
        let goog = header("x-goog-hash").map(|h| parse_goog_hash(&h));
        let etag = header("etag");
        let last_modified = header("last-modified");
        let part = zip.with_file_name(format!("{}.part", what.file));
        let shown = part.display().to_string();
        let mut file =
            std::fs::File::create(&part).map_err(|e| Failure::Fatal(HostError::io(&shown, e)))?;
        let mut body = resp.into_body().into_reader();
        let mut sha = Sha256::new();
        let mut md5 = Md5::new();
        let mut crc = Crc32c::new();
        let mut got = 0u64;
        let mut buf = vec![0u8; 256 << 10];
        let mut bar = Progress::new(self.progress, eco, expected_len);
        let read_result = loop {
            match body.read(&mut buf) {
                Ok(0) => break Ok(()),
                Ok(n) => {
                    let chunk = buf.get(..n).unwrap_or_default();
                    sha.update(chunk);
                    md5.update(chunk);
                    crc.update(chunk);
                    got += n as u64;
                    if let Err(e) = file.write_all(chunk) {
                        let _ = std::fs::remove_file(&part);
                        return Err(Failure::Fatal(HostError::io(&shown, e)));
                    }
                    bar.update(got);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => break Err(e),
            }
        };
        bar.finish();
        let fail = |f: Failure| {
            let _ = std::fs::remove_file(&part);
            Err(f)
        };
        if let Err(e) = read_result {
            return fail(retry(
                ErrorKind::DbDownload,
                format!("{url}: the transfer was interrupted after {got} bytes: {e}"),
            ));
        }
        if let Some(n) = expected_len {
            if n != got {
                return fail(retry(
                    ErrorKind::DbIntegrity,
                    format!("{url}: truncated: received {got} of {n} bytes (Content-Length)"),
                ));
            }
        }
        if let Some(g) = &goog {
            if let Some(want) = &g.md5 {
                if md5.finalize().as_slice() != want.as_slice() {
                    return fail(retry(
                        ErrorKind::DbIntegrity,
                        format!("{url}: md5 does not match the server's x-goog-hash"),
                    ));
                }
            }
            if let Some(want) = g.crc32c {
                if crc.sum() != want {
                    return fail(retry(
                        ErrorKind::DbIntegrity,
                        format!("{url}: crc32c does not match the server's x-goog-hash"),
                    ));
                }
            }
        }
        if let Err(e) = file.sync_all() {
            return fail(Failure::Fatal(HostError::io(&shown, e)));
        }
        drop(file);
        if let Err(e) = (what.check)(&part) {
            return fail(retry(ErrorKind::DbIntegrity, format!("{url}: {e}")));
        }
        if let Err(e) = std::fs::rename(&part, zip) {
            return fail(Failure::Fatal(HostError::io(&zip.display().to_string(), e)));
        }
        let meta = Meta {
            url: url.to_string(),
            etag,
            last_modified,
            length: got,
            sha256: hex(&sha.finalize()),
        };
        Ok((Fetch::Downloaded(got), meta))
    }
}

/// The cached metadata, if the cached zip is there, came from `url` and
/// still has the recorded length and sha256.
fn cached_meta(meta_path: &Path, zip: &Path, url: &str) -> Option<Meta> {
    let m = Meta::parse(&std::fs::read_to_string(meta_path).ok()?)?;
    if m.url != url || std::fs::metadata(zip).ok()?.len() != m.length {
        return None;
    }
    (sha256_file(zip).ok()? == m.sha256).then_some(m)
}

/// The sha256 of a file, in hex.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 256 << 10];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(buf.get(..n).unwrap_or_default());
    }
    Ok(hex(&h.finalize()))
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// One file to download into the cache.
struct Download {
    /// How progress and messages name it (`PyPI`, `KEV`, `EPSS`).
    label: String,
    url: String,
    /// Its cache directory.
    dir: PathBuf,
    /// Its file name there (the metadata is `<file>.meta`).
    file: &'static str,
    /// Whether a downloaded copy is complete and well formed.
    check: fn(&Path) -> Result<(), String>,
    /// What a 404 means.
    not_found: String,
}

/// The KEV catalogue parses (so a truncated or wrong file is retried, never kept).
fn check_kev(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    imagegate::vulndb::priority::read_kev(&bytes, "the KEV catalogue")
        .map(|_| ())
        .map_err(|e| e.message)
}

/// The EPSS file parses (gzip complete, every row valid).
fn check_epss(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    imagegate::vulndb::priority::read_epss(&bytes, "the EPSS scores")
        .map(|_| ())
        .map_err(|e| e.message)
}

/// The zip is complete: its end-of-central-directory record is there and
/// the central directory it points to is in bounds and well formed.
fn check_zip(path: &Path) -> Result<(), String> {
    let shown = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| format!("{shown}: {e}"))?;
    let mut r = std::io::BufReader::new(f);
    let members = imagegate::vulndb::db::zip::members(&mut r, "all.zip")
        .map_err(|e| format!("not a complete zip archive: {}", e.message))?;
    if members.is_empty() {
        return Err("the zip archive has no members".into());
    }
    Ok(())
}

/// The checksums in an `x-goog-hash` header (`crc32c=<b64>,md5=<b64>`;
/// the header may also be sent once per hash).
#[derive(Debug, Default, PartialEq, Eq)]
struct GoogHash {
    crc32c: Option<u32>,
    md5: Option<Vec<u8>>,
}

fn parse_goog_hash(h: &str) -> GoogHash {
    let mut g = GoogHash::default();
    for part in h.split(',') {
        let Some((k, v)) = part.trim().split_once('=') else {
            continue;
        };
        let Some(bytes) = base64_decode(v.trim()) else {
            continue;
        };
        match k.trim() {
            "crc32c" => {
                if let Ok(b) = <[u8; 4]>::try_from(bytes.as_slice()) {
                    g.crc32c = Some(u32::from_be_bytes(b));
                }
            }
            "md5" if bytes.len() == 16 => g.md5 = Some(bytes),
            _ => {}
        }
    }
    g
}

/// Standard base64 with padding (what GCS sends).
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let s = s.trim_end_matches('=').as_bytes();
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= val(c)? << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        match chunk.len() {
            4 => out.extend_from_slice(bytes.get(1..4)?),
            3 => out.extend_from_slice(bytes.get(1..3)?),
            2 => out.extend_from_slice(bytes.get(1..2)?),
            _ => return None,
        }
    }
    Some(out)
}

/// CRC-32C (Castagnoli), as in GCS's `x-goog-hash: crc32c=`.
struct Crc32c {
    table: [u32; 256],
    crc: u32,
}

impl Crc32c {
    fn new() -> Crc32c {
        let mut table = [0u32; 256];
        for (i, t) in table.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    (c >> 1) ^ 0x82F6_3B78
                } else {
                    c >> 1
                };
            }
            *t = c;
        }
        Crc32c { table, crc: !0 }
    }
    fn update(&mut self, data: &[u8]) {
        let mut c = self.crc;
        for &b in data {
            c = self.table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
        }
        self.crc = c;
    }
    fn sum(&self) -> u32 {
        !self.crc
    }
}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
struct Progress<'a> {
    on: bool,
    label: &'a str,
    total: Option<u64>,
    last: Instant,
    drawn: bool,
}

impl<'a> Progress<'a> {
    fn new(on: bool, label: &'a str, total: Option<u64>) -> Progress<'a> {
        Progress {
            on,
            label,
            total,
            last: Instant::now(),
            drawn: false,
        }
    }
    fn update(&mut self, done: u64) {
        if !self.on || (self.drawn && self.last.elapsed() < Duration::from_millis(100)) {
            return;
        }
        self.last = Instant::now();
        self.drawn = true;
        let mib = |b: u64| b as f64 / f64::from(1u32 << 20);
        let line = match self.total {
            Some(t) if t > 0 => {
                let frac = (done as f64 / t as f64).min(1.0);
                let fill = (frac * 30.0) as usize;
                format!(
                    "{}: [{}{}] {:5.1}/{:.1} MiB {:3.0}%",
                    self.label,
                    "=".repeat(fill),
                    " ".repeat(30 - fill),
                    mib(done),
                    mib(t),
                    frac * 100.0
                )
            }
            _ => format!("{}: {:.1} MiB", self.label, mib(done)),
        };
        let mut e = std::io::stderr().lock();
        let _ = write!(e, "\r\x1b[2K{line}");
        let _ = e.flush();
    }
    fn finish(&mut self) {
        if self.on && self.drawn {
            let mut e = std::io::stderr().lock();
            let _ = write!(e, "\r\x1b[2K");
            let _ = e.flush();
        }
    }
}

/// Write a small file whole (create or replace).
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), HostError> {
    let tmp = path.with_extension("meta.tmp");
    let shown = path.display().to_string();
    std::fs::write(&tmp, bytes).map_err(|e| HostError::io(&shown, e))?;
    std::fs::rename(&tmp, path).map_err(|e| HostError::io(&shown, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goog_hash_and_crc32c() {
        // GCS documents crc32c as base64 of the big-endian value.
        let g = parse_goog_hash("crc32c=n03x6A==, md5=Ojk9c3dhfxgoKVVHYwFbHQ==");
        assert_eq!(g.crc32c, Some(0x9f4d_f1e8));
        assert_eq!(g.md5.as_deref().map(<[u8]>::len), Some(16));
        // The RFC 3720 check value of CRC-32C.
        let mut c = Crc32c::new();
        c.update(b"123456789");
        assert_eq!(c.sum(), 0xE306_9283);
        assert_eq!(base64_decode("aGVsbG8="), Some(b"hello".to_vec()));
        assert_eq!(base64_decode("a!=="), None);
    }

    #[test]
    fn urls_and_names() {
        assert_eq!(url_segment("Rocky Linux"), "Rocky%20Linux");
        assert_eq!(url_segment("Debian:12"), "Debian:12");
        assert!(check_ecosystem("../x").is_err());
        assert!(check_ecosystem("..").is_err());
        assert!(check_ecosystem("crates.io").is_ok());
        assert!(check_mirror("ftp://x", true).is_err());
        assert!(check_mirror("http://127.0.0.1:8080/", true).is_ok());
        assert_eq!(
            check_mirror("https://m.example/osv/", false)
                .ok()
                .as_deref(),
            Some("https://m.example/osv")
        );
    }

    #[test]
    fn meta_round_trip() {
        let m = Meta {
            url: "https://x/PyPI/all.zip".into(),
            etag: Some("\"abc\"".into()),
            last_modified: Some("Tue, 01 Jul 2025 00:00:00 GMT".into()),
            length: 42,
            sha256: "00ff".into(),
        };
        assert_eq!(Meta::parse(&m.render()), Some(m));
        assert_eq!(Meta::parse("garbage"), None);
    }
}
