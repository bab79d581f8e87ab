//! `imagegate pull` and `imagegate scan registry://…` against a REAL
//! registry (Debian's `docker-registry`, distribution v2) started on
//! loopback by the test, with the real bookworm test image pushed by
//! `skopeo copy`; and against a tiny fake registry (a `TcpListener` thread)
//! for what a real registry cannot be made to do: serve a blob that does not
//! match its digest, and the Bearer token flow with credentials.

use super::{bin, root, stderr};
use crate::fixtures::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub fn required() -> bool {
    std::env::var("IMAGEGATE_REQUIRE_IMAGES").is_ok_and(|v| v == "1")
}

pub fn images_dir() -> PathBuf {
    std::env::var_os("IMAGEGATE_IMAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/test-images"))
}

/// A `docker-registry` process serving a temp dir on a loopback port.
pub struct RealRegistry {
    child: Child,
    pub host: String,
    _dir: tempfile::TempDir,
}

impl Drop for RealRegistry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl RealRegistry {
    /// Start it with the bookworm image as test/bookworm:1, or explain why not (None: skipped).
    fn start() -> Option<RealRegistry> {
        let reg = RealRegistry::empty()?;
        reg.push(
            &images_dir().join("bookworm-oci"),
            "bookworm",
            "test/bookworm:1",
        );
        Some(reg)
    }

    /// Push the image tagged `tag` in the OCI layout `layout` as `dest` (REPO:TAG).
    pub fn push(&self, layout: &Path, tag: &str, dest: &str) {
        let o = Command::new("skopeo")
            .args(["--insecure-policy", "copy", "--dest-tls-verify=false"])
            .arg(format!("oci:{}:{tag}", layout.display()))
            .arg(format!("docker://{}/{dest}", self.host))
            .output()
            .unwrap();
        assert!(o.status.success(), "skopeo push: {}", stderr(&o));
    }

    /// Start it empty, or explain why not (None: skipped).
    pub fn empty() -> Option<RealRegistry> {
        let bin = Path::new("/usr/bin/docker-registry");
        let skopeo = Command::new("skopeo").arg("--version").output().is_ok();
        let image = images_dir().join("bookworm-oci");
        let missing = if !bin.is_file() {
            Some("docker-registry is not installed (apt-get install docker-registry)")
        } else if !skopeo {
            Some("skopeo is not installed")
        } else if !image.join("index.json").is_file() {
            Some("the real test images are not built (tests/images/build.sh)")
        } else {
            None
        };
        if let Some(why) = missing {
            assert!(!required(), "registry test needs: {why}");
            eprintln!("SKIP: {why}");
            return None;
        }
        let dir = tempdir();
        let port = {
            let l = TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let host = format!("127.0.0.1:{port}");
        let config = dir.path().join("config.yml");
        std::fs::write(
            &config,
            format!(
                "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: {host}\n",
                dir.path().join("data").display()
            ),
        )
        .unwrap();
        let child = Command::new(bin)
            .arg("serve")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let reg = RealRegistry {
            child,
            host,
            _dir: dir,
        };
        let start = Instant::now();
        while TcpStream::connect(&reg.host).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "docker-registry did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        Some(reg)
    }
}

fn scan_json(args: &[&str]) -> (Output, serde_json::Value) {
    let mut a = vec![
        "scan",
        "--skip-vulnerabilities",
        "--now",
        "2026-11-25",
        "--format",
        "json",
    ];
    a.extend(args);
    let o = bin().args(&a).output().unwrap();
    let v = serde_json::from_slice(&o.stdout).unwrap_or(serde_json::Value::Null);
    (o, v)
}

#[test]
fn scan_and_pull_from_a_real_registry() {
    let Some(reg) = RealRegistry::start() else {
        return;
    };
    let local = images_dir().join("bookworm-oci");
    let (o, want) = scan_json(&[local.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let r = format!("registry://{}/test/bookworm:1", reg.host);
    let (o, got) = scan_json(&[&r]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        got["source"]["name"],
        format!("{}/test/bookworm:1", reg.host),
        "the source is the reference, not a temp path"
    );
    assert!(!String::from_utf8_lossy(&o.stdout).contains("imagegate-pull-"));
    let digest = want["image"]["manifest_digest"].clone();
    assert!(digest.as_str().is_some_and(|d| d.starts_with("sha256:")));
    assert_eq!(got["image"]["manifest_digest"], digest);
    assert_eq!(
        got["image"]["config_digest"],
        want["image"]["config_digest"]
    );
    assert_eq!(got["packages"], want["packages"]);
    assert!(got["packages"].as_array().is_some_and(|p| p.len() > 50));
    assert_eq!(got["verdict"], want["verdict"]);

    // By digest, through `pull -o DIR`, then an offline scan of the layout.
    let d = tempdir();
    let out = d.path().join("pulled");
    let by_digest = format!(
        "{}/test/bookworm@{}",
        reg.host,
        digest.as_str().unwrap_or_default()
    );
    let o = bin()
        .args(["pull", &by_digest, "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.join("oci-layout").is_file());
    let (o, pulled) = scan_json(&[out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(pulled["image"]["manifest_digest"], digest);
    assert_eq!(pulled["packages"], want["packages"]);
    // A second pull into the same (now full) directory is refused.
    let o = bin()
        .args(["pull", &by_digest, "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));

    // A missing tag: exit 2, a clear message, nothing left behind.
    let missing = d.path().join("missing");
    let o = bin()
        .args([
            "pull",
            &format!("{}/test/bookworm:nope", reg.host),
            "-o",
            missing.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("registry-not-found")
            && e.contains("no such image/tag")
            && e.contains("test/bookworm:nope"),
        "{e}"
    );
    assert!(!missing.exists(), "a failed pull leaves nothing");
    let (o, _) = scan_json(&[&format!("registry://{}/test/other:1", reg.host)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no such image/tag"), "{}", stderr(&o));
    // --platform that the (single-platform) image does not have.
    let (o, _) = scan_json(&[&r, "--platform", "linux/arm64"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// A scripted fake registry: each request is answered by `route`.
pub type Route = dyn Fn(&str, &str) -> (u16, Vec<(String, String)>, Vec<u8>) + Send + Sync;

pub struct Fake {
    pub host: String,
    pub log: Arc<Mutex<Vec<String>>>,
}

impl Fake {
    pub fn start(route: Box<Route>) -> Fake {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let host = l.local_addr().unwrap().to_string();
        let log = Arc::new(Mutex::new(Vec::new()));
        let log2 = log.clone();
        std::thread::spawn(move || {
            for s in l.incoming() {
                let Ok(mut s) = s else { return };
                let mut head = Vec::new();
                let mut b = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && head.len() < 65536 {
                    match s.read(&mut b) {
                        Ok(1) => head.push(b[0]),
                        _ => break,
                    }
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                let path = head
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or_default()
                    .to_string();
                log2.lock().unwrap().push(head.clone());
                let (status, headers, body) = route(&path, &head);
                let mut resp = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                for (k, v) in headers {
                    resp.push_str(&format!("{k}: {v}\r\n"));
                }
                resp.push_str("\r\n");
                let _ = s.write_all(resp.as_bytes());
                let _ = s.write_all(&body);
            }
        });
        Fake { host, log }
    }
}

fn sha(b: &[u8]) -> String {
    use sha2::Digest;
    let h = sha2::Sha256::digest(b);
    format!(
        "sha256:{}",
        h.iter().map(|x| format!("{x:02x}")).collect::<String>()
    )
}

#[test]
fn a_blob_that_does_not_match_its_digest_is_refused_and_bearer_auth_works() {
    let config =
        br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#
            .to_vec();
    let manifest = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"{}","size":{}}},"layers":[]}}"#,
        sha(&config),
        config.len()
    );
    let host_slot: Arc<Mutex<String>> = Arc::new(Mutex::new(String::new()));
    let hs = host_slot.clone();
    let fake = Fake::start(Box::new(move |path, head| {
        let realm = format!("http://{}/token", hs.lock().unwrap());
        if path.starts_with("/token") {
            // alice:s3cret
            return if head.contains("Basic YWxpY2U6czNjcmV0")
                && path.contains("scope=repository%3Atest%2Fbad%3Apull")
            {
                (200, vec![], br#"{"token":"tok123"}"#.to_vec())
            } else {
                (401, vec![], b"{}".to_vec())
            };
        }
        if !head.contains("Bearer tok123") {
            return (
                401,
                vec![(
                    "WWW-Authenticate".into(),
                    format!(
                        r#"Bearer realm="{realm}",service="fake",scope="repository:test/bad:pull""#
                    ),
                )],
                vec![],
            );
        }
        if path == "/v2/test/bad/manifests/1" {
            return (
                200,
                vec![(
                    "Content-Type".into(),
                    "application/vnd.oci.image.manifest.v1+json".into(),
                )],
                manifest.clone().into_bytes(),
            );
        }
        if path.starts_with("/v2/test/bad/blobs/") {
            // Same size, different bytes: a tampered blob.
            let mut c = config.clone();
            c[2] = b'A';
            return (200, vec![], c);
        }
        (
            404,
            vec![],
            br#"{"errors":[{"code":"MANIFEST_UNKNOWN"}]}"#.to_vec(),
        )
    }));
    *host_slot.lock().unwrap() = fake.host.clone();
    let d = tempdir();
    let out = d.path().join("bad");
    let pull = |user: &str, pass: &str| {
        bin()
            .args([
                "pull",
                &format!("{}/test/bad:1", fake.host),
                "-o",
                out.to_str().unwrap(),
            ])
            .env("IMAGEGATE_REGISTRY_USERNAME", user)
            .env("IMAGEGATE_REGISTRY_PASSWORD", pass)
            .env("DOCKER_CONFIG", d.path())
            .output()
            .unwrap()
    };
    let o = pull("alice", "s3cret");
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("digest-mismatch") && e.contains("test/bad:1"),
        "{e}"
    );
    assert!(
        !e.contains("s3cret") && !e.contains("tok123"),
        "never print credentials: {e}"
    );
    assert!(!out.exists(), "nothing is left of a refused pull");
    let log = fake.log.lock().unwrap().join("\n");
    assert!(log.contains("GET /token?service=fake&scope="), "{log}");

    // Wrong password: auth failed, the password not printed.
    let o = pull("alice", "wrong-pw");
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("registry-auth") && e.contains("authentication failed"),
        "{e}"
    );
    assert!(!e.contains("wrong-pw"), "{e}");

    // Credentials from $DOCKER_CONFIG/config.json (auths.<host>.auth).
    std::fs::write(
        d.path().join("config.json"),
        format!(
            r#"{{"auths":{{"{}":{{"auth":"YWxpY2U6czNjcmV0"}}}}}}"#,
            fake.host
        ),
    )
    .unwrap();
    let o = pull("", "");
    assert!(stderr(&o).contains("digest-mismatch"), "{}", stderr(&o));
    // A credential helper only: said clearly.
    std::fs::write(d.path().join("config.json"), r#"{"credsStore":"desktop"}"#).unwrap();
    let o = pull("", "");
    let e = stderr(&o);
    assert!(
        e.contains("registry-auth") && e.contains("credential helper") && e.contains("not support"),
        "{e}"
    );
}
