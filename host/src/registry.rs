//! Pulling an image from a registry over the OCI distribution API into an
//! OCI image layout (`imagegate pull`, `imagegate scan registry://…`). The
//! component never touches the network: the host pulls, then the scan reads
//! the layout like any local one, offline.
//!
//! - References: `[registry://]HOST[:PORT]/REPO[:TAG|@sha256:HEX]` (the
//!   host is always explicit; `docker.io` is served by `registry-1.docker.io`).
//! - Manifests (`GET /v2/<repo>/manifests/<ref>`, at most [`MAX_MANIFEST`])
//!   are hashed: a digest reference and the `Docker-Content-Digest` header
//!   must match. An index or manifest list is resolved to one platform
//!   (default linux/amd64); only that manifest goes into the layout.
//! - Blobs (`GET /v2/<repo>/blobs/<digest>`, redirects followed) are
//!   streamed to `blobs/sha256/<hex>.part`, hashed while written, and renamed
//!   only when size and sha256 match (else `digest-mismatch`).
//! - The cosign signature tag `sha256-<hex>.sig` of the manifest is pulled
//!   too when the registry has it, so `--public-key` works on pulled images.
//! - Auth: anonymous, Basic, or the Bearer token flow; credentials from
//!   `IMAGEGATE_REGISTRY_USERNAME`/`_PASSWORD` or the docker config's
//!   `auths` (credential helpers are not supported). Credentials are never
//!   printed and never sent over plain http to a non-loopback host unless
//!   the user named it with `--insecure-registry`.

use crate::download::{backoff_from_env, base64_decode, hex, http_agent, is_loopback, MAX_TRIES};
use crate::engine::HostError;
use imagegate::ErrorKind;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Largest manifest or index accepted.
pub const MAX_MANIFEST: u64 = 4 << 20;
/// Largest token response accepted.
const MAX_TOKEN: u64 = 1 << 20;

pub(crate) const MT_OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const MT_OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
const MT_DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
const MT_DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";

/// A parsed image reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// `host[:port]` as written.
    pub registry: String,
    pub repo: String,
    pub tag: Option<String>,
    /// `sha256:<hex>`.
    pub digest: Option<String>,
}

impl Reference {
    /// Parse `[registry://]HOST[:PORT]/REPO[:TAG|@sha256:HEX]`.
    pub fn parse(input: &str) -> Result<Reference, HostError> {
        let bad = |why: &str| {
            HostError::usage(format!(
                "{input:?} is not an image reference ({why}); expected registry://HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]"
            ))
        };
        let s = input.strip_prefix("registry://").unwrap_or(input);
        let (registry, rest) = s.split_once('/').ok_or_else(|| bad("no repository"))?;
        let host_ok = !registry.is_empty()
            && registry
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
        if !host_ok {
            return Err(bad("bad registry host"));
        }
        let (name, digest) = match rest.split_once('@') {
            Some((n, d)) => {
                let hexpart = d
                    .strip_prefix("sha256:")
                    .ok_or_else(|| bad("only sha256 digests"))?;
                if hexpart.len() != 64
                    || !hexpart
                        .bytes()
                        .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                {
                    return Err(bad("a digest is sha256: and 64 lowercase hex digits"));
                }
                (n, Some(d.to_string()))
            }
            None => (rest, None),
        };
        let (repo, tag) = match name.rsplit_once(':') {
            Some((r, t)) if !t.contains('/') => (r, Some(t.to_string())),
            _ => (name, None),
        };
        let repo_ok = !repo.is_empty()
            && repo.split('/').all(|c| {
                !c.is_empty()
                    && c.bytes()
                        .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-'))
                    && c.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            });
        if !repo_ok {
            return Err(bad(
                "a repository is lowercase letters, digits and . _ - / separators",
            ));
        }
        if let Some(t) = &tag {
            let ok = !t.is_empty()
                && t.len() <= 128
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
                && !t.starts_with(['.', '-']);
            if !ok {
                return Err(bad("bad tag"));
            }
        }
        let tag = if tag.is_none() && digest.is_none() {
            Some("latest".to_string())
        } else {
            tag
        };
        Ok(Reference {
            registry: registry.to_string(),
            repo: repo.to_string(),
            tag,
            digest,
        })
    }

    /// The manifest reference: the digest when given, else the tag.
    fn manifest_ref(&self) -> &str {
        self.digest
            .as_deref()
            .or(self.tag.as_deref())
            .unwrap_or("latest")
    }

    /// The host serving the API (Docker Hub's API host differs from its name).
    fn api_host(&self) -> &str {
        match self.registry.as_str() {
            "docker.io" | "index.docker.io" => "registry-1.docker.io",
            r => r,
        }
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.registry, self.repo)?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

/// What the pull needs besides the reference.
pub struct PullOptions<'a> {
    /// `os/arch[/variant]`; default linux/amd64.
    pub platform: Option<&'a str>,
    /// Hosts allowed over plain http (`--insecure-registry`).
    pub insecure: &'a [String],
}

/// What was pulled.
#[derive(Debug)]
pub struct Pulled {
    pub manifest_digest: String,
    pub bytes: u64,
    pub signature: bool,
}

/// Credentials for one registry (never printed: no Debug).
struct Credentials {
    user: String,
    pass: String,
}

/// Find credentials: the environment first, then the docker config.
/// Returns the credentials and, when none were found but a credential
/// helper is configured for the host, a note saying helpers are not supported.
fn credentials(reference: &Reference) -> (Option<Credentials>, Option<String>) {
    let user = std::env::var("IMAGEGATE_REGISTRY_USERNAME").unwrap_or_default();
    let pass = std::env::var("IMAGEGATE_REGISTRY_PASSWORD").unwrap_or_default();
    if !user.is_empty() || !pass.is_empty() {
        return (Some(Credentials { user, pass }), None);
    }
    let dir = std::env::var_os("DOCKER_CONFIG")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".docker")));
    let Some(path) = dir.map(|d| d.join("config.json")) else {
        return (None, None);
    };
    let Ok(text) = std::fs::read(&path) else {
        return (None, None);
    };
    let Ok(cfg) = serde_json::from_slice::<Value>(&text) else {
        eprintln!(
            "imagegate: warning: {}: not valid JSON; ignoring it for registry credentials",
            path.display()
        );
        return (None, None);
    };
    let wanted: Vec<&str> = match reference.registry.as_str() {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" => {
            vec!["docker.io", "index.docker.io", "registry-1.docker.io"]
        }
        r => vec![r],
    };
    let key_host = |k: &str| -> String {
        let k = k
            .strip_prefix("https://")
            .or_else(|| k.strip_prefix("http://"))
            .unwrap_or(k);
        k.split('/').next().unwrap_or_default().to_string()
    };
    if let Some(auths) = cfg.get("auths").and_then(Value::as_object) {
        for (k, v) in auths {
            if !wanted.contains(&key_host(k).as_str()) {
                continue;
            }
            if let Some(a) = v.get("auth").and_then(Value::as_str) {
                if let Some(decoded) = base64_decode(a.trim()) {
                    if let Ok(text) = String::from_utf8(decoded) {
                        if let Some((u, p)) = text.split_once(':') {
                            return (
                                Some(Credentials {
                                    user: u.to_string(),
                                    pass: p.to_string(),
                                }),
                                None,
                            );
                        }
                    }
                }
            }
            let u = v.get("username").and_then(Value::as_str);
            let p = v.get("password").and_then(Value::as_str);
            if let (Some(u), Some(p)) = (u, p) {
                return (
                    Some(Credentials {
                        user: u.to_string(),
                        pass: p.to_string(),
                    }),
                    None,
                );
            }
        }
    }
    let helper = cfg
        .get("credHelpers")
        .and_then(Value::as_object)
        .and_then(|h| {
            h.iter()
                .find(|(k, _)| wanted.contains(&key_host(k).as_str()))
                .and_then(|(_, v)| v.as_str())
        })
        .or_else(|| cfg.get("credsStore").and_then(Value::as_str));
    let note = helper.map(|h| {
        format!(
            "{} names the credential helper {h:?}, which imagegate does not support; put the credentials in auths.<host>.auth or set IMAGEGATE_REGISTRY_USERNAME/IMAGEGATE_REGISTRY_PASSWORD",
            path.display()
        )
    });
    (None, note)
}

/// Standard base64 with padding (HTTP Basic auth).
fn base64_encode(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encode a query value.
fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `WWW-Authenticate` challenge: scheme and parameters.
#[derive(Debug, PartialEq, Eq)]
struct Challenge {
    scheme: String,
    params: Vec<(String, String)>,
}

impl Challenge {
    fn parse(h: &str) -> Option<Challenge> {
        let h = h.trim();
        let (scheme, rest) = h.split_once(' ').unwrap_or((h, ""));
        let mut params = Vec::new();
        let mut chars = rest.chars().peekable();
        loop {
            while chars.peek().is_some_and(|c| *c == ',' || c.is_whitespace()) {
                chars.next();
            }
            let mut key = String::new();
            while let Some(&c) = chars.peek() {
                if c == '=' {
                    break;
                }
                key.push(c);
                chars.next();
            }
            if key.is_empty() || chars.next() != Some('=') {
                break;
            }
            let mut value = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(n) = chars.next() {
                                value.push(n);
                            }
                        }
                        c => value.push(c),
                    }
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if c == ',' {
                        break;
                    }
                    value.push(c);
                    chars.next();
                }
            }
            params.push((key.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        Some(Challenge {
            scheme: scheme.to_ascii_lowercase(),
            params,
        })
    }
    fn get(&self, k: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP response, read or still streaming.
pub(crate) struct Response {
    pub(crate) status: u16,
    content_type: Option<String>,
    docker_digest: Option<String>,
    length: Option<u64>,
    /// The `Link` header (pagination of the catalog and tags lists).
    pub(crate) link: Option<String>,
    pub(crate) body: ureq::Body,
}

/// A registry client for one repository.
pub(crate) struct Client<'a> {
    agent: ureq::Agent,
    pub(crate) base: String,
    reference: &'a Reference,
    creds: Option<Credentials>,
    helper_note: Option<String>,
    /// May credentials be sent (https, loopback or --insecure-registry)?
    creds_allowed: bool,
    auth_header: Option<String>,
    backoff: Duration,
    /// The token scope when the challenge names none (default: pull of the repository).
    scope: Option<String>,
}

pub(crate) fn registry_error(reference: &Reference, msg: impl std::fmt::Display) -> HostError {
    HostError::new(ErrorKind::RegistryError, format!("{reference}: {msg}"))
}

impl<'a> Client<'a> {
    pub(crate) fn new(reference: &'a Reference, insecure: &[String]) -> Client<'a> {
        let host = reference.api_host();
        let plain = is_loopback(host)
            || insecure
                .iter()
                .any(|h| h == host || h == &reference.registry);
        let scheme = if plain { "http" } else { "https" };
        let (creds, helper_note) = credentials(reference);
        Client {
            agent: http_agent(false),
            base: format!("{scheme}://{host}"),
            reference,
            creds,
            helper_note,
            creds_allowed: true,
            auth_header: None,
            backoff: backoff_from_env(),
            scope: None,
        }
    }

    /// GET with retries (connection errors, 5xx, 429) and the auth dance.
    pub(crate) fn get(&mut self, path: &str, accept: Option<&str>) -> Result<Response, HostError> {
        let url = format!("{}{path}", self.base);
        let agent = self.agent.clone();
        let resp = self.exchange(&url, |auth| {
            let mut req = agent.get(&url);
            if let Some(a) = accept {
                req = req.header("Accept", a);
            }
            if let Some(h) = auth {
                req = req.header("Authorization", h);
            }
            req.call()
        })?;
        Ok(Response {
            status: resp.status().as_u16(),
            content_type: header(&resp, "content-type"),
            docker_digest: header(&resp, "docker-content-digest"),
            length: header(&resp, "content-length").and_then(|v| v.parse().ok()),
            link: header(&resp, "link"),
            body: resp.into_body(),
        })
    }

    /// One request (`send` makes and sends it, with the Authorization
    /// header when there is one) until it is answered: transport errors,
    /// 429 and 5xx are retried with backoff; a first 401 authenticates from
    /// its challenge and starts over. `what` names it in messages.
    fn exchange(
        &mut self,
        what: &str,
        mut send: impl FnMut(Option<&str>) -> Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<ureq::http::Response<ureq::Body>, HostError> {
        let mut authed = false;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let resp = match send(self.auth_header.as_deref()) {
                Ok(r) => r,
                Err(e) if attempt < MAX_TRIES => {
                    self.wait(attempt, &format!("{what}: {e}"));
                    continue;
                }
                Err(e) => {
                    return Err(registry_error(
                        self.reference,
                        format!("{what}: {e} (gave up after {MAX_TRIES} tries)"),
                    ))
                }
            };
            let status = resp.status().as_u16();
            if status == 401 && !authed {
                authed = true;
                let challenge =
                    header(&resp, "www-authenticate").and_then(|h| Challenge::parse(&h));
                self.authenticate(challenge)?;
                attempt = 0;
                continue;
            }
            if (status == 429 || status >= 500) && attempt < MAX_TRIES {
                self.wait(attempt, &format!("{what}: HTTP {status}"));
                continue;
            }
            return Ok(resp);
        }
    }

    fn wait(&self, attempt: u32, why: &str) {
        let wait = self.backoff * 2u32.pow(attempt.saturating_sub(1));
        eprintln!(
            "imagegate: {}: {why}; retrying in {:.1} s (try {} of {MAX_TRIES})",
            self.reference,
            wait.as_secs_f64(),
            attempt + 1
        );
        std::thread::sleep(wait);
    }

    fn basic(&self) -> Option<String> {
        self.creds.as_ref().map(|c| {
            format!(
                "Basic {}",
                base64_encode(format!("{}:{}", c.user, c.pass).as_bytes())
            )
        })
    }

    pub(crate) fn auth_failed(&self, what: &str) -> HostError {
        let mut msg = format!("{}: authentication failed: {what}", self.reference);
        if self.creds.is_none() {
            msg.push_str("; no credentials were found (IMAGEGATE_REGISTRY_USERNAME/IMAGEGATE_REGISTRY_PASSWORD, or auths in $DOCKER_CONFIG/config.json or ~/.docker/config.json)");
        }
        if let Some(n) = &self.helper_note {
            msg.push_str("; ");
            msg.push_str(n);
        }
        HostError::new(ErrorKind::RegistryAuth, msg)
    }

    /// Answer a 401 challenge: Basic with the credentials, or a Bearer token.
    fn authenticate(&mut self, challenge: Option<Challenge>) -> Result<(), HostError> {
        let Some(ch) = challenge else {
            return Err(self.auth_failed("HTTP 401 without a WWW-Authenticate challenge"));
        };
        match ch.scheme.as_str() {
            "basic" => {
                if !self.creds_allowed {
                    return Err(self.auth_failed("credentials are not sent over plain http"));
                }
                let Some(b) = self.basic() else {
                    return Err(self.auth_failed("the registry asks for Basic credentials"));
                };
                self.auth_header = Some(b);
                Ok(())
            }
            "bearer" => {
                let realm = ch
                    .get("realm")
                    .ok_or_else(|| self.auth_failed("a Bearer challenge without realm"))?
                    .to_string();
                let realm_host = realm
                    .strip_prefix("https://")
                    .or_else(|| realm.strip_prefix("http://"))
                    .and_then(|r| r.split(['/', '?']).next())
                    .unwrap_or_default()
                    .to_string();
                let secure = realm.starts_with("https://")
                    || is_loopback(&realm_host)
                    || self.base.starts_with("http://");
                if !realm.starts_with("https://") && !realm.starts_with("http://") {
                    return Err(self.auth_failed("the token realm is not an http(s) URL"));
                }
                let scope = ch
                    .get("scope")
                    .map(str::to_string)
                    .or_else(|| self.scope.clone())
                    .unwrap_or_else(|| format!("repository:{}:pull", self.reference.repo));
                let mut url = realm.clone();
                url.push(if realm.contains('?') { '&' } else { '?' });
                if let Some(s) = ch.get("service") {
                    url.push_str(&format!("service={}&", query_escape(s)));
                }
                url.push_str(&format!("scope={}", query_escape(&scope)));
                let mut req = self.agent.get(&url);
                if secure {
                    if let Some(b) = self.basic() {
                        req = req.header("Authorization", b);
                    }
                }
                let resp = req.call().map_err(|e| {
                    HostError::new(
                        ErrorKind::RegistryAuth,
                        format!("{}: the token service {realm} failed: {e}", self.reference),
                    )
                })?;
                let status = resp.status().as_u16();
                if status != 200 {
                    return Err(self.auth_failed(&format!(
                        "the token service {realm} answered HTTP {status}"
                    )));
                }
                let body = read_limited(resp.into_body(), MAX_TOKEN)
                    .map_err(|e| self.auth_failed(&format!("reading the token: {e}")))?;
                let v: Value = serde_json::from_slice(&body)
                    .map_err(|_| self.auth_failed("the token response is not JSON"))?;
                let token = v
                    .get("token")
                    .or_else(|| v.get("access_token"))
                    .and_then(Value::as_str)
                    .filter(|t| !t.is_empty())
                    .ok_or_else(|| self.auth_failed("the token response has no token"))?;
                self.auth_header = Some(format!("Bearer {token}"));
                Ok(())
            }
            other => Err(self.auth_failed(&format!("unsupported auth scheme {other:?}"))),
        }
    }

    /// Fetch a manifest: its bytes, media type and digest (computed, and
    /// checked against `expect` and the registry's header).
    pub(crate) fn manifest(
        &mut self,
        reference: &str,
        expect: Option<&str>,
    ) -> Result<Option<(Vec<u8>, String, String)>, HostError> {
        let accept =
            format!("{MT_OCI_INDEX}, {MT_OCI_MANIFEST}, {MT_DOCKER_LIST}, {MT_DOCKER_MANIFEST}");
        let path = format!("/v2/{}/manifests/{reference}", self.reference.repo);
        let resp = self.get(&path, Some(&accept))?;
        match resp.status {
            200 => {}
            404 => return Ok(None),
            401 | 403 => {
                return Err(self.auth_failed(&format!("HTTP {} for the manifest", resp.status)))
            }
            s => {
                return Err(registry_error(
                    self.reference,
                    format!("manifest {reference}: HTTP {s}"),
                ))
            }
        }
        if resp.length.is_some_and(|n| n > MAX_MANIFEST) {
            return Err(HostError::new(
                ErrorKind::LimitExceeded,
                format!(
                    "{}: manifest {reference} is larger than {MAX_MANIFEST} bytes",
                    self.reference
                ),
            ));
        }
        let bytes = read_limited(resp.body, MAX_MANIFEST).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData {
                HostError::new(
                    ErrorKind::LimitExceeded,
                    format!(
                        "{}: manifest {reference} is larger than {MAX_MANIFEST} bytes",
                        self.reference
                    ),
                )
            } else {
                registry_error(self.reference, format!("reading manifest {reference}: {e}"))
            }
        })?;
        let digest = format!("sha256:{}", hex(&Sha256::digest(&bytes)));
        for (want, from) in [
            (expect, "the requested digest"),
            (
                resp.docker_digest.as_deref(),
                "the registry's Docker-Content-Digest",
            ),
        ] {
            if let Some(w) = want {
                if w.starts_with("sha256:") && w != digest {
                    return Err(HostError::new(
                        ErrorKind::DigestMismatch,
                        format!(
                            "{}: manifest {reference} hashes to {digest}, not {w} ({from})",
                            self.reference
                        ),
                    ));
                }
            }
        }
        let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
            registry_error(
                self.reference,
                format!("manifest {reference} is not valid JSON: {e}"),
            )
        })?;
        let media_type = v
            .get("mediaType")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| {
                resp.content_type
                    .as_deref()
                    .map(|c| c.split(';').next().unwrap_or_default().trim().to_string())
            })
            .unwrap_or_else(|| MT_OCI_MANIFEST.to_string());
        Ok(Some((bytes, media_type, digest)))
    }

    /// Every page of a list (`/v2/_catalog`, `/v2/<repo>/tags/list`): the
    /// strings under `key`, following `Link: <...>; rel="next"`.
    fn list(&mut self, first: &str, key: &str) -> Result<Vec<String>, HostError> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut next = Some(first.to_string());
        while let Some(path) = next.take() {
            if seen.len() >= MAX_PAGES || !seen.insert(path.clone()) {
                return Err(registry_error(
                    self.reference,
                    format!("{path}: the list does not end (a page repeats, or more than {MAX_PAGES} pages)"),
                ));
            }
            let resp = self.get(&path, Some("application/json"))?;
            match resp.status {
                200 => {}
                404 if key == "tags" => {
                    return Err(HostError::new(
                        ErrorKind::RegistryNotFound,
                        format!("{}: no such repository (HTTP 404 for its tags list)", self.reference),
                    ))
                }
                404 => {
                    return Err(registry_error(
                        self.reference,
                        "the registry does not serve a catalog (HTTP 404 for /v2/_catalog); list the repositories to sweep instead",
                    ))
                }
                401 | 403 => {
                    return Err(self.auth_failed(&format!("HTTP {} for {path}", resp.status)))
                }
                s => return Err(registry_error(self.reference, format!("{path}: HTTP {s}"))),
            }
            let link = resp.link.clone();
            let body = read_limited(resp.body, MAX_LIST).map_err(|e| {
                registry_error(self.reference, format!("{path}: reading the list: {e}"))
            })?;
            let v: Value = serde_json::from_slice(&body).map_err(|e| {
                registry_error(
                    self.reference,
                    format!("{path}: the list is not valid JSON: {e}"),
                )
            })?;
            match v.get(key) {
                None | Some(Value::Null) => {}
                Some(Value::Array(items)) => {
                    for i in items {
                        let s = i.as_str().ok_or_else(|| {
                            registry_error(
                                self.reference,
                                format!("{path}: `{key}` holds a value that is not a string"),
                            )
                        })?;
                        out.push(s.to_string());
                    }
                }
                Some(_) => {
                    return Err(registry_error(
                        self.reference,
                        format!("{path}: `{key}` is not a list"),
                    ))
                }
            }
            next = match link {
                Some(l) => next_link(&self.base, &l)
                    .map_err(|e| registry_error(self.reference, format!("{path}: {e}")))?,
                None => None,
            };
        }
        Ok(out)
    }

    /// A small blob (a config) read into memory, its size and sha256 checked.
    pub(crate) fn small_blob(
        &mut self,
        digest: &str,
        size: Option<u64>,
    ) -> Result<Vec<u8>, HostError> {
        let path = format!("/v2/{}/blobs/{digest}", self.reference.repo);
        let resp = self.get(&path, None)?;
        match resp.status {
            200 => {}
            404 => {
                return Err(registry_error(
                    self.reference,
                    format!("blob {digest} is missing in the registry (HTTP 404)"),
                ))
            }
            401 | 403 => {
                return Err(self.auth_failed(&format!("HTTP {} for blob {digest}", resp.status)))
            }
            s => {
                return Err(registry_error(
                    self.reference,
                    format!("blob {digest}: HTTP {s}"),
                ))
            }
        }
        let bytes = read_limited(resp.body, MAX_MANIFEST).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData {
                HostError::new(
                    ErrorKind::LimitExceeded,
                    format!(
                        "{}: blob {digest} is larger than {MAX_MANIFEST} bytes",
                        self.reference
                    ),
                )
            } else {
                registry_error(self.reference, format!("reading blob {digest}: {e}"))
            }
        })?;
        let actual = format!("sha256:{}", hex(&Sha256::digest(&bytes)));
        if actual != digest || size.is_some_and(|s| s != bytes.len() as u64) {
            return Err(HostError::new(
                ErrorKind::DigestMismatch,
                format!(
                    "{}: blob {digest} from the registry hashes to {actual} ({} bytes); refused",
                    self.reference,
                    bytes.len()
                ),
            ));
        }
        Ok(bytes)
    }

    /// POST or PUT `body` to a path or URL of this registry, with retries and
    /// the auth dance: (status, Location, OCI-Subject). A URL on another host
    /// (an upload location elsewhere) is refused: credentials stay here.
    fn send(
        &mut self,
        method: &str,
        target: &str,
        content_type: &str,
        body: &[u8],
    ) -> Result<(u16, Option<String>, Option<String>), HostError> {
        let url = if target.starts_with('/') {
            format!("{}{target}", self.base)
        } else if target.starts_with(&format!("{}/", self.base)) {
            target.to_string()
        } else {
            return Err(registry_error(
                self.reference,
                format!("the registry sent the upload to {target}, another host; not followed"),
            ));
        };
        let agent = self.agent.clone();
        let resp = self.exchange(&format!("{method} {url}"), |auth| {
            let mut req = if method == "POST" {
                agent.post(&url)
            } else {
                agent.put(&url)
            };
            req = req.header("Content-Type", content_type);
            if let Some(h) = auth {
                req = req.header("Authorization", h);
            }
            req.send(body)
        })?;
        let status = resp.status().as_u16();
        if status == 401 || status == 403 {
            return Err(self.auth_failed(&format!("HTTP {status} for {method} {target}")));
        }
        Ok((
            status,
            header(&resp, "location"),
            header(&resp, "oci-subject"),
        ))
    }

    /// Upload a blob (POST, then a monolithic PUT): its digest.
    fn push_blob(&mut self, bytes: &[u8]) -> Result<String, HostError> {
        let digest = format!("sha256:{}", hex(&Sha256::digest(bytes)));
        let start = format!("/v2/{}/blobs/uploads/", self.reference.repo);
        let (status, location, _) = self.send("POST", &start, "application/octet-stream", &[])?;
        let location = match (status, location) {
            (202, Some(l)) => l,
            (s, _) => {
                return Err(registry_error(
                    self.reference,
                    format!("starting a blob upload: HTTP {s}"),
                ))
            }
        };
        let sep = if location.contains('?') { '&' } else { '?' };
        let put = format!("{location}{sep}digest={}", query_escape(&digest));
        let (status, _, _) = self.send("PUT", &put, "application/octet-stream", bytes)?;
        if status != 201 {
            return Err(registry_error(
                self.reference,
                format!("uploading blob {digest}: HTTP {status}"),
            ));
        }
        Ok(digest)
    }

    /// Put a manifest under a tag or its digest: whether the registry said
    /// it handles the manifest's subject (the OCI 1.1 referrers API).
    fn push_manifest(
        &mut self,
        reference: &str,
        media_type: &str,
        bytes: &[u8],
    ) -> Result<bool, HostError> {
        let path = format!("/v2/{}/manifests/{reference}", self.reference.repo);
        let (status, _, subject) = self.send("PUT", &path, media_type, bytes)?;
        if status != 201 && status != 200 {
            return Err(registry_error(
                self.reference,
                format!("putting manifest {reference}: HTTP {status}"),
            ));
        }
        Ok(subject.is_some())
    }

    /// Stream a blob into the layout, verifying size and sha256.
    fn blob(&mut self, layout: &Path, digest: &str, size: Option<u64>) -> Result<u64, HostError> {
        let hexpart = digest
            .strip_prefix("sha256:")
            .filter(|h| h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .ok_or_else(|| {
                HostError::new(
                    ErrorKind::Unsupported,
                    format!(
                        "{}: blob digest {digest:?} is not sha256:<64 hex>",
                        self.reference
                    ),
                )
            })?;
        let dest = layout.join("blobs/sha256").join(hexpart);
        if dest.is_file() {
            return Ok(0);
        }
        let path = format!("/v2/{}/blobs/{digest}", self.reference.repo);
        let resp = self.get(&path, None)?;
        match resp.status {
            200 => {}
            404 => {
                return Err(registry_error(
                    self.reference,
                    format!("blob {digest} is missing in the registry (HTTP 404)"),
                ))
            }
            401 | 403 => {
                return Err(self.auth_failed(&format!("HTTP {} for blob {digest}", resp.status)))
            }
            s => {
                return Err(registry_error(
                    self.reference,
                    format!("blob {digest}: HTTP {s}"),
                ))
            }
        }
        let part = layout.join("blobs/sha256").join(format!("{hexpart}.part"));
        let shown = part.display().to_string();
        let mut file = std::fs::File::create(&part).map_err(|e| HostError::io(&shown, e))?;
        let mut reader = resp.body.into_reader();
        let mut sha = Sha256::new();
        let mut got = 0u64;
        let mut buf = vec![0u8; 256 << 10];
        let result: Result<(), HostError> = loop {
            match reader.read(&mut buf) {
                Ok(0) => break Ok(()),
                Ok(n) => {
                    let chunk = buf.get(..n).unwrap_or_default();
                    sha.update(chunk);
                    got += n as u64;
                    if size.is_some_and(|s| got > s) {
                        break Err(HostError::new(
                            ErrorKind::DigestMismatch,
                            format!(
                                "{}: blob {digest} is larger than its descriptor's {} bytes",
                                self.reference,
                                size.unwrap_or(0)
                            ),
                        ));
                    }
                    if let Err(e) = file.write_all(chunk) {
                        break Err(HostError::io(&shown, e));
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    break Err(registry_error(
                        self.reference,
                        format!("blob {digest}: the transfer failed after {got} bytes: {e}"),
                    ))
                }
            }
        };
        let fail = |e: HostError| {
            let _ = std::fs::remove_file(&part);
            Err(e)
        };
        if let Err(e) = result {
            return fail(e);
        }
        let actual = format!("sha256:{}", hex(&sha.finalize()));
        if actual != digest {
            return fail(HostError::new(
                ErrorKind::DigestMismatch,
                format!(
                    "{}: blob {digest} from the registry hashes to {actual}; the pull was refused",
                    self.reference
                ),
            ));
        }
        if let Some(s) = size {
            if s != got {
                return fail(HostError::new(
                    ErrorKind::DigestMismatch,
                    format!(
                        "{}: blob {digest} has {got} bytes, its descriptor says {s}",
                        self.reference
                    ),
                ));
            }
        }
        if let Err(e) = file.sync_all() {
            return fail(HostError::io(&shown, e));
        }
        drop(file);
        std::fs::rename(&part, &dest).map_err(|e| HostError::io(&dest.display().to_string(), e))?;
        Ok(got)
    }
}

/// Read a body whole, refusing more than `limit` bytes (InvalidData).
pub(crate) fn read_limited(body: ureq::Body, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    body.into_reader().take(limit + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "too large",
        ));
    }
    Ok(buf)
}

pub(crate) fn is_index(mt: &str) -> bool {
    mt == MT_OCI_INDEX || mt == MT_DOCKER_LIST
}

/// A response header as text (`None` when absent or not text).
fn header(resp: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Pick the manifest for `platform` (`os/arch[/variant]`) from an index.
fn pick_platform(
    reference: &Reference,
    index: &Value,
    platform: Option<&str>,
) -> Result<(String, Option<u64>), HostError> {
    let want = platform.unwrap_or("linux/amd64");
    // The component's parser: every host takes the same platform strings.
    let req = imagegate::image::resolve::PlatformReq::parse(want)
        .map_err(|e| HostError::usage(format!("--platform: {}", e.message)))?;
    let (os, arch, variant) = (req.os.as_str(), req.arch.as_str(), req.variant.as_deref());
    let manifests = index
        .get("manifests")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut available = Vec::new();
    for m in &manifests {
        let p = m.get("platform");
        let f = |k: &str| {
            p.and_then(|p| p.get(k))
                .and_then(Value::as_str)
                .unwrap_or_default()
        };
        let name = if f("variant").is_empty() {
            format!("{}/{}", f("os"), f("architecture"))
        } else {
            format!("{}/{}/{}", f("os"), f("architecture"), f("variant"))
        };
        if f("os") == os && f("architecture") == arch && variant.is_none_or(|v| v == f("variant")) {
            let digest = m
                .get("digest")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            return Ok((digest, m.get("size").and_then(Value::as_u64)));
        }
        if !f("os").is_empty() && f("os") != "unknown" {
            available.push(name);
        }
    }
    available.sort();
    available.dedup();
    Err(HostError::new(
        ErrorKind::Selection,
        format!(
            "{reference}: no manifest for platform {want}; the index has: {}",
            available.join(", ")
        ),
    ))
}

/// What [`inspect`] learns about an image without pulling its layers.
#[derive(Debug, Default)]
pub struct Inspected {
    /// The digest the reference resolves to (the index's, when it is one).
    pub top_digest: String,
    /// The digest of the platform's manifest (`top_digest` for a single manifest).
    pub manifest_digest: String,
    /// The chosen descriptor's annotations in the index, then the index's own
    /// (empty for a single manifest).
    pub index_annotations: BTreeMap<String, String>,
    /// The manifest's annotations (empty when not fetched).
    pub annotations: BTreeMap<String, String>,
    /// The config (digest-verified), when asked for.
    pub config: Option<Value>,
}

fn string_map(v: Option<&Value>) -> BTreeMap<String, String> {
    v.and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

/// Resolve `reference` (a tag or digest) to its digests, for `platform`
/// (default linux/amd64), reading manifests only: with `with_config`, also
/// the platform manifest's annotations and its config (from the blob, digest-
/// and size-checked, at most [`MAX_MANIFEST`] bytes).
pub fn inspect(
    reference: &Reference,
    opts: &PullOptions<'_>,
    with_config: bool,
) -> Result<Inspected, HostError> {
    let mut client = Client::new(reference, opts.insecure);
    let top = reference.manifest_ref().to_string();
    let not_found = || {
        HostError::new(
            ErrorKind::RegistryNotFound,
            format!(
                "{reference}: no such image/tag (the registry answered 404 for manifest {top})"
            ),
        )
    };
    let (bytes, media_type, top_digest) = client
        .manifest(&top, reference.digest.as_deref())?
        .ok_or_else(not_found)?;
    let parsed: Value = serde_json::from_slice(&bytes)
        .map_err(|e| registry_error(reference, format!("manifest is not valid JSON: {e}")))?;
    let mut out = Inspected {
        top_digest: top_digest.clone(),
        manifest_digest: top_digest,
        ..Inspected::default()
    };
    let manifest = if is_index(&media_type) {
        let (d, size) = pick_platform(reference, &parsed, opts.platform)?;
        let desc = parsed
            .get("manifests")
            .and_then(Value::as_array)
            .and_then(|m| {
                m.iter()
                    .find(|x| x.get("digest").and_then(Value::as_str) == Some(d.as_str()))
            });
        out.index_annotations = string_map(desc.and_then(|x| x.get("annotations")));
        for (k, v) in string_map(parsed.get("annotations")) {
            out.index_annotations.entry(k).or_insert(v);
        }
        out.manifest_digest = d.clone();
        if !with_config {
            return Ok(out);
        }
        let (b, mt, _) = client.manifest(&d, Some(&d))?.ok_or_else(|| {
            registry_error(
                reference,
                format!(
                    "the index names manifest {d}, which the registry does not have (HTTP 404)"
                ),
            )
        })?;
        if size.is_some_and(|s| s != b.len() as u64) {
            return Err(HostError::new(
                ErrorKind::DigestMismatch,
                format!(
                    "{reference}: manifest {d} has {} bytes, the index says {}",
                    b.len(),
                    size.unwrap_or(0)
                ),
            ));
        }
        if is_index(&mt) {
            return Err(HostError::new(
                ErrorKind::Unsupported,
                format!("{reference}: nested indexes are not supported"),
            ));
        }
        serde_json::from_slice::<Value>(&b).map_err(|e| {
            registry_error(reference, format!("manifest {d} is not valid JSON: {e}"))
        })?
    } else {
        parsed
    };
    out.annotations = string_map(manifest.get("annotations"));
    if with_config {
        let desc = manifest.get("config");
        let digest = desc
            .and_then(|c| c.get("digest"))
            .and_then(Value::as_str)
            .ok_or_else(|| registry_error(reference, "the manifest has no config descriptor"))?;
        let bytes = client.small_blob(
            digest,
            desc.and_then(|c| c.get("size")).and_then(Value::as_u64),
        )?;
        out.config = Some(serde_json::from_slice(&bytes).map_err(|e| {
            registry_error(reference, format!("config {digest} is not valid JSON: {e}"))
        })?);
    }
    Ok(out)
}

/// Largest page of a catalog or tags list accepted.
const MAX_LIST: u64 = 16 << 20;
/// Most pages of one list followed.
const MAX_PAGES: usize = 10_000;

/// The repositories of a registry (`GET /v2/_catalog`, every page), `page`
/// entries per request.
pub fn catalog(registry: &str, insecure: &[String], page: usize) -> Result<Vec<String>, HostError> {
    let reference = Reference {
        registry: registry.to_string(),
        repo: "_catalog".to_string(),
        tag: None,
        digest: None,
    };
    let mut client = Client::new(&reference, insecure);
    client.scope = Some("registry:catalog:*".to_string());
    client.list(&format!("/v2/_catalog?n={page}"), "repositories")
}

/// The tags of a repository (`GET /v2/<repo>/tags/list`, every page).
pub fn tags(
    reference: &Reference,
    insecure: &[String],
    page: usize,
) -> Result<Vec<String>, HostError> {
    let mut client = Client::new(reference, insecure);
    client.list(
        &format!("/v2/{}/tags/list?n={page}", reference.repo),
        "tags",
    )
}

/// The next page from a `Link` header (`<URL>; rel="next"`): a path on the
/// same registry under `/v2/`, else None (no next page) or an error (a link
/// elsewhere is not followed: credentials must not go there).
pub(crate) fn next_link(base: &str, header: &str) -> Result<Option<String>, String> {
    for part in header.split(',') {
        let part = part.trim();
        let Some(rest) = part.strip_prefix('<') else {
            continue;
        };
        let Some((url, params)) = rest.split_once('>') else {
            continue;
        };
        let next = params
            .split(';')
            .any(|p| matches!(p.trim(), "rel=\"next\"" | "rel=next"));
        if !next {
            continue;
        }
        let path = if url.starts_with('/') {
            url
        } else {
            url.strip_prefix(base)
                .ok_or_else(|| format!("the next page is on another host ({url}); not followed"))?
        };
        if !path.starts_with("/v2/") || path.contains("..") {
            return Err(format!(
                "the next page {url} is not a /v2/ path; not followed"
            ));
        }
        return Ok(Some(path.to_string()));
    }
    Ok(None)
}

/// The media type of a Sigstore bundle v0.3 (the referrer's artifactType).
pub const MT_BUNDLE: &str = "application/vnd.dev.sigstore.bundle.v0.3+json";
/// The media type of a DSSE envelope layer in cosign's `.att` tag.
pub const MT_DSSE: &str = "application/vnd.dsse.envelope.v1+json";
const MT_EMPTY: &str = "application/vnd.oci.empty.v1+json";

/// Where an attestation was attached.
#[derive(Debug)]
pub struct Attached {
    /// The referrer manifest's digest.
    pub referrer: String,
    /// The referrers tag (`sha256-<hex>`) updated, when the registry has no referrers API.
    pub referrers_tag: Option<String>,
    /// cosign's attestation tag (`sha256-<hex>.att`).
    pub att_tag: String,
}

/// The referrer manifest of a bundle about `subject` (media type, digest, size).
pub fn referrer_manifest(
    subject: (&str, &str, usize),
    bundle_digest: &str,
    bundle_size: usize,
    predicate_type: &str,
) -> Value {
    serde_json::json!({
        "schemaVersion": 2,
        "mediaType": MT_OCI_MANIFEST,
        "artifactType": MT_BUNDLE,
        "config": {"mediaType": MT_EMPTY, "digest": format!("sha256:{}", hex(&Sha256::digest(b"{}"))), "size": 2},
        "layers": [{"mediaType": MT_BUNDLE, "digest": bundle_digest, "size": bundle_size}],
        "subject": {"mediaType": subject.0, "digest": subject.1, "size": subject.2},
        "annotations": {
            "dev.sigstore.bundle.content": "dsse-envelope",
            "dev.sigstore.bundle.predicateType": predicate_type,
        },
    })
}

/// cosign's `.att` manifest: the layers already there plus the envelope
/// (once), and its config naming them as diff_ids: (config bytes, manifest).
pub fn att_manifest(
    existing: Option<&Value>,
    envelope_digest: &str,
    envelope_size: usize,
    predicate_type: &str,
) -> (Vec<u8>, Value) {
    let mut layers: Vec<Value> = existing
        .and_then(|m| m.get("layers"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if !layers
        .iter()
        .any(|l| l.get("digest").and_then(Value::as_str) == Some(envelope_digest))
    {
        layers.push(serde_json::json!({
            "mediaType": MT_DSSE, "digest": envelope_digest, "size": envelope_size,
            "annotations": {"predicateType": predicate_type},
        }));
    }
    let diff_ids: Vec<Value> = layers
        .iter()
        .filter_map(|l| l.get("digest").cloned())
        .collect();
    let config = serde_json::json!({
        "architecture": "", "os": "", "config": {},
        "created": "0001-01-01T00:00:00Z",
        "history": [{"created": "0001-01-01T00:00:00Z"}],
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
    })
    .to_string()
    .into_bytes();
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": MT_OCI_MANIFEST,
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                   "digest": format!("sha256:{}", hex(&Sha256::digest(&config))), "size": config.len()},
        "layers": layers,
    });
    (config, manifest)
}

/// Attach a verdict attestation to the image `reference` (which names its
/// manifest digest) in its registry: the bundle as an OCI 1.1 referrer (and,
/// when the registry does not handle `subject`, in the referrers tag
/// `sha256-<hex>` as the distribution spec's fallback says), and the DSSE
/// envelope in cosign's `sha256-<hex>.att` tag for older verifiers.
pub fn attach(
    reference: &Reference,
    bundle: &[u8],
    envelope: &[u8],
    predicate_type: &str,
    insecure: &[String],
) -> Result<Attached, HostError> {
    let digest = reference.digest.clone().ok_or_else(|| {
        HostError::usage(format!("{reference}: attaching needs the image's digest"))
    })?;
    let mut client = Client::new(reference, insecure);
    client.scope = Some(format!("repository:{}:pull,push", reference.repo));
    let (sbytes, smt, _) = client.manifest(&digest, Some(&digest))?.ok_or_else(|| {
        HostError::new(
            ErrorKind::RegistryNotFound,
            format!("{reference}: the registry has no manifest {digest} to attach to"),
        )
    })?;
    let hexpart = digest.trim_start_matches("sha256:").to_string();
    // The referrer.
    client.push_blob(b"{}")?;
    let bundle_digest = client.push_blob(bundle)?;
    let referrer = referrer_manifest(
        (&smt, &digest, sbytes.len()),
        &bundle_digest,
        bundle.len(),
        predicate_type,
    );
    let rbytes = referrer.to_string().into_bytes();
    let rdigest = format!("sha256:{}", hex(&Sha256::digest(&rbytes)));
    let handled = client.push_manifest(&rdigest, MT_OCI_MANIFEST, &rbytes)?;
    let mut referrers_tag = None;
    if !handled {
        let tag = format!("sha256-{hexpart}");
        let mut index = match client.manifest(&tag, None)? {
            Some((b, mt, _)) if is_index(&mt) => {
                serde_json::from_slice::<Value>(&b).map_err(|e| {
                    registry_error(
                        reference,
                        format!("the referrers tag {tag} is not valid JSON: {e}"),
                    )
                })?
            }
            Some(_) => {
                return Err(registry_error(
                    reference,
                    format!(
                    "the referrers tag {tag} holds something other than an index; not overwritten"
                ),
                ))
            }
            None => {
                serde_json::json!({"schemaVersion": 2, "mediaType": MT_OCI_INDEX, "manifests": []})
            }
        };
        let entry = serde_json::json!({
            "mediaType": MT_OCI_MANIFEST, "digest": rdigest, "size": rbytes.len(),
            "artifactType": MT_BUNDLE, "annotations": referrer["annotations"].clone(),
        });
        let list = index
            .get_mut("manifests")
            .and_then(Value::as_array_mut)
            .ok_or_else(|| {
                registry_error(
                    reference,
                    format!("the referrers tag {tag} has no manifests list"),
                )
            })?;
        if !list.iter().any(|m| m.get("digest") == entry.get("digest")) {
            list.push(entry);
        }
        client.push_manifest(&tag, MT_OCI_INDEX, index.to_string().as_bytes())?;
        referrers_tag = Some(tag);
    }
    // cosign's .att tag.
    let att_tag = format!("sha256-{hexpart}.att");
    let existing = match client.manifest(&att_tag, None)? {
        Some((b, mt, _)) if !is_index(&mt) => serde_json::from_slice::<Value>(&b).ok(),
        _ => None,
    };
    let env_digest = client.push_blob(envelope)?;
    let (config, manifest) = att_manifest(
        existing.as_ref(),
        &env_digest,
        envelope.len(),
        predicate_type,
    );
    client.push_blob(&config)?;
    client.push_manifest(&att_tag, MT_OCI_MANIFEST, manifest.to_string().as_bytes())?;
    Ok(Attached {
        referrer: rdigest,
        referrers_tag,
        att_tag,
    })
}

/// Attach the DSSE envelope to an OCI image layout as cosign's
/// `sha256-<hex>.att` tag (appending to one already there): the tag. The
/// layout's `index.json` is replaced atomically; a scan ignores the tag.
pub fn attach_layout(
    dir: &Path,
    manifest_digest: &str,
    envelope: &[u8],
    predicate_type: &str,
) -> Result<String, HostError> {
    let shown = dir.display().to_string();
    let index_path = dir.join("index.json");
    let bad = |why: String| HostError::new(ErrorKind::Malformed, format!("{shown}: {why}"));
    let mut index: Value = serde_json::from_slice(
        &std::fs::read(&index_path)
            .map_err(|e| HostError::io(&format!("{shown}/index.json"), e))?,
    )
    .map_err(|e| bad(format!("index.json is not valid JSON: {e}")))?;
    let tag = format!(
        "sha256-{}.att",
        manifest_digest.trim_start_matches("sha256:")
    );
    let is_tag = |m: &Value| {
        m.pointer("/annotations/org.opencontainers.image.ref.name")
            .and_then(Value::as_str)
            == Some(tag.as_str())
    };
    let list = index
        .get_mut("manifests")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| bad("index.json has no manifests list".into()))?;
    let existing = list
        .iter()
        .find(|m| is_tag(m))
        .and_then(|m| m.get("digest").and_then(Value::as_str))
        .and_then(|d| d.strip_prefix("sha256:"))
        .filter(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
        .and_then(|h| std::fs::read(dir.join("blobs/sha256").join(h)).ok())
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    let put = |bytes: &[u8]| -> Result<String, HostError> {
        let d = format!("sha256:{}", hex(&Sha256::digest(bytes)));
        write_manifest(dir, &d, bytes)?;
        Ok(d)
    };
    let env_digest = put(envelope)?;
    let (config, manifest) = att_manifest(
        existing.as_ref(),
        &env_digest,
        envelope.len(),
        predicate_type,
    );
    put(&config)?;
    let mbytes = manifest.to_string().into_bytes();
    let mdigest = put(&mbytes)?;
    list.retain(|m| !is_tag(m));
    list.push(descriptor(
        MT_OCI_MANIFEST,
        &mdigest,
        mbytes.len(),
        Some(&tag),
    ));
    let tmp = dir.join("index.json.part");
    write_small(&tmp, index.to_string().as_bytes())?;
    std::fs::rename(&tmp, &index_path)
        .map_err(|e| HostError::io(&format!("{shown}/index.json"), e))?;
    Ok(tag)
}

/// Pull `reference` into the OCI layout `dir` (created empty by the caller).
pub fn pull(
    reference: &Reference,
    dir: &Path,
    opts: &PullOptions<'_>,
) -> Result<Pulled, HostError> {
    let mut client = Client::new(reference, opts.insecure);
    client.creds_allowed = client.base.starts_with("https://")
        || is_loopback(reference.api_host())
        || opts.insecure.iter().any(|h| h == &reference.registry);
    let blobs = dir.join("blobs/sha256");
    std::fs::create_dir_all(&blobs).map_err(|e| HostError::io(&blobs.display().to_string(), e))?;
    let top = reference.manifest_ref().to_string();
    let (mut bytes, mut media_type, mut digest) = client
        .manifest(&top, reference.digest.as_deref())?
        .ok_or_else(|| {
            HostError::new(
                ErrorKind::RegistryNotFound,
                format!(
                    "{reference}: no such image/tag (the registry answered 404 for manifest {top})"
                ),
            )
        })?;
    if is_index(&media_type) {
        let index: Value = serde_json::from_slice(&bytes)
            .map_err(|e| registry_error(reference, format!("index is not valid JSON: {e}")))?;
        let (d, size) = pick_platform(reference, &index, opts.platform)?;
        let (b, mt, dg) = client.manifest(&d, Some(&d))?.ok_or_else(|| {
            registry_error(
                reference,
                format!(
                    "the index names manifest {d}, which the registry does not have (HTTP 404)"
                ),
            )
        })?;
        if size.is_some_and(|s| s != b.len() as u64) {
            return Err(HostError::new(
                ErrorKind::DigestMismatch,
                format!(
                    "{reference}: manifest {d} has {} bytes, the index says {}",
                    b.len(),
                    size.unwrap_or(0)
                ),
            ));
        }
        if is_index(&mt) {
            return Err(HostError::new(
                ErrorKind::Unsupported,
                format!("{reference}: nested indexes are not supported"),
            ));
        }
        (bytes, media_type, digest) = (b, mt, dg);
    }
    let mut total = write_manifest(dir, &digest, &bytes)?;
    total += fetch_manifest_blobs(&mut client, dir, &bytes, reference)?;
    let mut entries = vec![descriptor(
        &media_type,
        &digest,
        bytes.len(),
        reference.tag.as_deref(),
    )];
    // The cosign signature of the manifest, when the registry has one.
    let sig_tag = format!("sha256-{}.sig", digest.trim_start_matches("sha256:"));
    let mut signature = false;
    if let Some((sb, smt, sd)) = client.manifest(&sig_tag, None)? {
        if !is_index(&smt) {
            total += write_manifest(dir, &sd, &sb)?;
            total += fetch_manifest_blobs(&mut client, dir, &sb, reference)?;
            entries.push(descriptor(&smt, &sd, sb.len(), Some(&sig_tag)));
            signature = true;
        }
    }
    let index = serde_json::json!({ "schemaVersion": 2, "manifests": entries });
    write_small(
        &dir.join("oci-layout"),
        br#"{"imageLayoutVersion":"1.0.0"}"#,
    )?;
    write_small(&dir.join("index.json"), index.to_string().as_bytes())?;
    Ok(Pulled {
        manifest_digest: digest,
        bytes: total,
        signature,
    })
}

fn descriptor(media_type: &str, digest: &str, size: usize, name: Option<&str>) -> Value {
    let mut d = serde_json::json!({ "mediaType": media_type, "digest": digest, "size": size });
    if let Some(n) = name {
        d["annotations"] = serde_json::json!({ "org.opencontainers.image.ref.name": n });
    }
    d
}

fn write_manifest(dir: &Path, digest: &str, bytes: &[u8]) -> Result<u64, HostError> {
    let hexpart = digest.trim_start_matches("sha256:");
    write_small(&dir.join("blobs/sha256").join(hexpart), bytes)?;
    Ok(bytes.len() as u64)
}

/// Fetch the config and layers a manifest names.
fn fetch_manifest_blobs(
    client: &mut Client<'_>,
    dir: &Path,
    manifest: &[u8],
    reference: &Reference,
) -> Result<u64, HostError> {
    let v: Value = serde_json::from_slice(manifest)
        .map_err(|e| registry_error(reference, format!("manifest is not valid JSON: {e}")))?;
    let mut descs: Vec<&Value> = Vec::new();
    descs.extend(v.get("config"));
    descs.extend(
        v.get("layers")
            .and_then(Value::as_array)
            .into_iter()
            .flatten(),
    );
    let mut total = 0;
    for d in descs {
        let digest = d
            .get("digest")
            .and_then(Value::as_str)
            .ok_or_else(|| registry_error(reference, "a manifest descriptor has no digest"))?;
        total += client.blob(dir, digest, d.get("size").and_then(Value::as_u64))?;
    }
    Ok(total)
}

fn write_small(path: &Path, bytes: &[u8]) -> Result<(), HostError> {
    std::fs::write(path, bytes).map_err(|e| HostError::io(&path.display().to_string(), e))
}

/// A fresh private directory under the system temp dir, removed on drop.
pub struct TempLayout {
    pub path: PathBuf,
}

impl TempLayout {
    pub fn new() -> Result<TempLayout, HostError> {
        let base = std::env::temp_dir();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        for i in 0..100u32 {
            let path = base.join(format!("imagegate-pull-{}-{nanos}-{i}", std::process::id()));
            let mut b = std::fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
            match b.create(&path) {
                Ok(()) => return Ok(TempLayout { path }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(HostError::io(&base.display().to_string(), e)),
            }
        }
        Err(HostError::new(
            ErrorKind::Io,
            format!("{}: could not create a temporary directory", base.display()),
        ))
    }
}

impl Drop for TempLayout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        let r = Reference::parse("registry://127.0.0.1:5000/test/bookworm:1").ok();
        assert_eq!(
            r,
            Some(Reference {
                registry: "127.0.0.1:5000".into(),
                repo: "test/bookworm".into(),
                tag: Some("1".into()),
                digest: None
            })
        );
        let d = format!("sha256:{}", "a".repeat(64));
        let r = Reference::parse(&format!("ghcr.io/o/app@{d}")).ok();
        assert_eq!(r.as_ref().and_then(|r| r.digest.clone()), Some(d.clone()));
        assert_eq!(r.map(|r| r.tag), Some(None));
        assert_eq!(
            Reference::parse("localhost:5000/app")
                .ok()
                .and_then(|r| r.tag),
            Some("latest".into())
        );
        assert!(Reference::parse("registry://host").is_err());
        assert!(Reference::parse("host/App:1").is_err());
        assert!(Reference::parse("host/app@sha256:abc").is_err());
        assert!(Reference::parse("host/app@md5:abc").is_err());
        assert!(Reference::parse("host/../x").is_err());
        assert_eq!(
            Reference::parse("registry://localhost:5000/a/b:v1.2")
                .map(|r| r.to_string())
                .ok()
                .as_deref(),
            Some("localhost:5000/a/b:v1.2")
        );
    }

    #[test]
    fn challenges_and_base64() {
        let c = Challenge::parse(
            r#"Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push""#,
        );
        let c = c.expect("parsed");
        assert_eq!(c.scheme, "bearer");
        assert_eq!(c.get("realm"), Some("https://auth.example/token"));
        assert_eq!(c.get("scope"), Some("repository:a/b:pull,push"));
        assert_eq!(c.get("service"), Some("registry.example"));
        assert_eq!(
            Challenge::parse(r#"Basic realm="x""#).map(|c| c.scheme),
            Some("basic".into())
        );
        for s in ["", "a", "ab", "abc", "user:pässword"] {
            assert_eq!(
                base64_decode(&base64_encode(s.as_bytes())),
                Some(s.as_bytes().to_vec())
            );
        }
        assert_eq!(base64_encode(b"user:pass"), "dXNlcjpwYXNz");
        assert_eq!(
            query_escape("repository:a/b:pull"),
            "repository%3Aa%2Fb%3Apull"
        );
    }

    #[test]
    fn link_headers() {
        let b = "http://127.0.0.1:5000";
        assert_eq!(
            next_link(b, r#"</v2/_catalog?last=b&n=2>; rel="next""#),
            Ok(Some("/v2/_catalog?last=b&n=2".to_string()))
        );
        assert_eq!(
            next_link(
                b,
                r#"<http://127.0.0.1:5000/v2/x/tags/list?last=1>; rel="next""#
            ),
            Ok(Some("/v2/x/tags/list?last=1".to_string()))
        );
        assert_eq!(next_link(b, r#"</v2/_catalog?n=1>; rel="prev""#), Ok(None));
        assert!(next_link(b, r#"<http://evil.example/v2/_catalog>; rel="next""#).is_err());
        assert!(next_link(b, r#"</token?x=1>; rel="next""#).is_err());
        assert!(next_link(b, r#"</v2/../x>; rel="next""#).is_err());
    }

    #[test]
    fn platforms() {
        let Ok(r) = Reference::parse("h/r:1") else {
            panic!("reference")
        };
        let index = serde_json::json!({"manifests": [
            {"digest": "sha256:1", "size": 1, "platform": {"os": "linux", "architecture": "arm64", "variant": "v8"}},
            {"digest": "sha256:2", "size": 2, "platform": {"os": "linux", "architecture": "amd64"}},
        ]});
        assert_eq!(
            pick_platform(&r, &index, None).ok().map(|p| p.0),
            Some("sha256:2".into())
        );
        assert_eq!(
            pick_platform(&r, &index, Some("linux/arm64"))
                .ok()
                .map(|p| p.0),
            Some("sha256:1".into())
        );
        let e = pick_platform(&r, &index, Some("linux/s390x"))
            .err()
            .map(|e| e.to_string());
        assert!(e.is_some_and(|e| e.contains("linux/amd64, linux/arm64/v8")));
        // The same parser as the component's `--platform`.
        for bad in ["linux", "linux/", "/amd64", "linux/amd64/", "a/b/c/d"] {
            let e = pick_platform(&r, &index, Some(bad))
                .err()
                .map(|e| e.to_string());
            assert!(
                e.as_deref()
                    .is_some_and(|e| e.contains("expected os/arch[/variant]")),
                "{bad}: {e:?}"
            );
        }
    }
}
