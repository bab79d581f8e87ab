//! Finding what is attached to an image in its registry, for the component
//! to verify: Sigstore bundles listed by the OCI 1.1 referrers API
//! (`GET /v2/<repo>/referrers/<digest>`; where the registry answers 404, the
//! referrers tag schema `sha256-<hex>`), and for attestations cosign's
//! `sha256-<hex>.att` tag, whose layers are DSSE envelopes.
//!
//! The host only fetches: every manifest and blob is checked against its
//! digest and size (a mismatch is a `digest-mismatch` error, never a skip),
//! everything is size-limited, and a referrer whose `subject` is not the
//! image is skipped with a note. Nothing found here is trusted: the
//! component verifies each one (signature, key, subject) as it does files.

use crate::engine::{AttestationFile, HostError};
use crate::registry::{is_index, next_link, read_limited, registry_error, Client, Reference};
use imagegate::image::attached::{self, is_bundle, Want, MT_DSSE};
use imagegate::image::digest::Digest;
use imagegate::logsafe::log_safe_string;
use imagegate::ErrorKind;
use serde_json::Value;

/// Most attachments taken for one image; more is an error (fail closed: one
/// left out could be the newest verdict).
pub const MAX_FOUND: usize = attached::MAX_ATTACHED;
/// Most bytes fetched for one image, all attachments together.
pub const MAX_TOTAL: u64 = 32 << 20;
/// Largest referrers list (one page).
const MAX_LIST: u64 = 4 << 20;
/// Most pages of a referrers list followed.
const MAX_PAGES: usize = 16;

/// What was found, and what was skipped and why (log-safe notes).
#[derive(Default)]
pub struct Discovered {
    pub found: Vec<AttestationFile>,
    pub notes: Vec<String>,
}

impl Discovered {
    /// Print the notes on stderr.
    pub fn print_notes(&self) {
        for n in &self.notes {
            eprintln!("imagegate: {n}");
        }
    }

    fn add(&mut self, name: String, content: Vec<u8>, total: &mut u64) -> Result<(), HostError> {
        *total += content.len() as u64;
        if self.found.len() >= MAX_FOUND || *total > MAX_TOTAL {
            return Err(HostError::new(
                ErrorKind::LimitExceeded,
                format!("more than {MAX_FOUND} attachments or {MAX_TOTAL} bytes of them for one image; none is trusted when some would be left unread"),
            ));
        }
        // The referrer's bundle and the .att tag's envelope of one
        // `attest --attach` are one attestation: keep the first.
        let key = imagegate::signature::attestation::envelope_key(&content);
        if key.is_some()
            && self
                .found
                .iter()
                .any(|f| imagegate::signature::attestation::envelope_key(&f.content) == key)
        {
            return Ok(());
        }
        self.found.push(AttestationFile { name, content });
        Ok(())
    }
}

/// The referrers of `digest`: the API's list (every page), or the referrers
/// tag's index when the registry has no API. Descriptors as JSON values.
fn referrers(
    client: &mut Client<'_>,
    reference: &Reference,
    digest: &str,
) -> Result<(Vec<Value>, &'static str), HostError> {
    let mut out = Vec::new();
    let mut next = Some(format!("/v2/{}/referrers/{digest}", reference.repo));
    let mut pages = 0usize;
    while let Some(path) = next.take() {
        pages += 1;
        if pages > MAX_PAGES {
            return Err(HostError::new(
                ErrorKind::LimitExceeded,
                format!(
                    "{reference}: the referrers list of {digest} has more than {MAX_PAGES} pages"
                ),
            ));
        }
        let resp = client.get(&path, Some(crate::registry::MT_OCI_INDEX))?;
        match resp.status {
            200 => {}
            // No referrers API (distribution 2.8 and older registries):
            // the referrers tag schema of the distribution spec.
            404 | 400 | 405 | 501 if pages == 1 => {
                let tag = format!("sha256-{}", digest.trim_start_matches("sha256:"));
                return match client.manifest(&tag, None)? {
                    None => Ok((Vec::new(), "the referrers tag")),
                    Some((b, mt, _)) if is_index(&mt) => {
                        let v: Value = serde_json::from_slice(&b).map_err(|e| {
                            registry_error(
                                reference,
                                format!("the referrers tag {tag} is not valid JSON: {e}"),
                            )
                        })?;
                        Ok((manifests_of(&v), "the referrers tag"))
                    }
                    Some(_) => Err(registry_error(
                        reference,
                        format!("the referrers tag {tag} holds something other than an index"),
                    )),
                };
            }
            401 | 403 => {
                return Err(client.auth_failed(&format!(
                    "HTTP {} for the referrers of {digest}",
                    resp.status
                )))
            }
            s => {
                return Err(registry_error(
                    reference,
                    format!("the referrers of {digest}: HTTP {s}"),
                ))
            }
        }
        let link = resp.link.clone();
        let body = read_limited(resp.body, MAX_LIST).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData {
                HostError::new(
                    ErrorKind::LimitExceeded,
                    format!("{reference}: the referrers list of {digest} is larger than {MAX_LIST} bytes"),
                )
            } else {
                registry_error(reference, format!("reading the referrers of {digest}: {e}"))
            }
        })?;
        let v: Value = serde_json::from_slice(&body).map_err(|e| {
            registry_error(
                reference,
                format!("the referrers list of {digest} is not valid JSON: {e}"),
            )
        })?;
        out.extend(manifests_of(&v));
        next = match link {
            Some(l) => next_link(&client.base, &l)
                .map_err(|e| registry_error(reference, format!("{path}: {e}")))?,
            None => None,
        };
    }
    Ok((out, "the referrers API"))
}

fn manifests_of(index: &Value) -> Vec<Value> {
    index
        .get("manifests")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn annotations(v: Option<&Value>) -> std::collections::BTreeMap<String, String> {
    v.and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

/// `sha256:<64 lowercase hex>`, as the component's digest parser accepts it.
fn valid_digest(d: &str) -> bool {
    d.strip_prefix("sha256:")
        .and_then(Digest::from_hex)
        .is_some()
}

/// A layer's digest, which must be `sha256:<64 hex>` before it goes into a URL.
fn layer_digest<'v>(
    reference: &Reference,
    layer: &'v Value,
    of: &str,
) -> Result<&'v str, HostError> {
    match str_of(layer, "digest") {
        Some(d) if valid_digest(d) => Ok(d),
        d => Err(HostError::new(
            ErrorKind::DigestMismatch,
            format!(
                "{reference}: {of} names a layer digest {} that is not sha256:<64 hex>",
                log_safe_string(d.unwrap_or("(none)"))
            ),
        )),
    }
}

/// Find what `want` asks for attached to `reference` (whose `digest` is the
/// image's manifest digest) in its registry.
pub fn registry(
    reference: &Reference,
    insecure: &[String],
    want: Want<'_>,
) -> Result<Discovered, HostError> {
    let digest = reference.digest.clone().ok_or_else(|| {
        HostError::usage(format!("{reference}: discovery needs the image's digest"))
    })?;
    let mut client = Client::new(reference, insecure);
    let mut out = Discovered::default();
    let mut total = 0u64;
    let (list, how) = referrers(&mut client, reference, &digest)?;
    let mut taken = 0usize;
    for d in &list {
        let Some(rdigest) = str_of(d, "digest") else {
            out.notes.push(format!(
                "{}: a referrer in {how} has no digest: skipped",
                log_safe_string(&reference.to_string())
            ));
            continue;
        };
        let rdigest = rdigest.to_string();
        // The listing's artifactType and annotations choose what is read
        // (the registry can always withhold a referrer; it cannot forge one).
        if str_of(d, "artifactType").is_some_and(|t| !is_bundle(t))
            || !attached::wanted(want, &annotations(d.get("annotations")))
        {
            continue;
        }
        taken += 1;
        if taken > MAX_FOUND {
            return Err(HostError::new(
                ErrorKind::LimitExceeded,
                format!("{reference}: more than {MAX_FOUND} Sigstore bundle referrers of {digest}; none is trusted when some would be left unread"),
            ));
        }
        if !valid_digest(&rdigest) {
            return Err(HostError::new(
                ErrorKind::DigestMismatch,
                format!(
                    "{reference}: {how} lists a referrer digest {} that is not sha256:<64 hex>",
                    log_safe_string(&rdigest)
                ),
            ));
        }
        let Some((mbytes, _, _)) = client.manifest(&rdigest, Some(&rdigest))? else {
            out.notes.push(format!(
                "{reference}: {how} lists referrer {rdigest}, which the registry does not have (HTTP 404): skipped"
            ));
            continue;
        };
        if let Some(size) = d.get("size").and_then(Value::as_u64) {
            if size != mbytes.len() as u64 {
                return Err(HostError::new(
                    ErrorKind::DigestMismatch,
                    format!(
                        "{reference}: referrer {rdigest} has {} bytes, {how} says {size}",
                        mbytes.len()
                    ),
                ));
            }
        }
        let m: Value = serde_json::from_slice(&mbytes).map_err(|e| {
            registry_error(
                reference,
                format!("referrer {rdigest} is not valid JSON: {e}"),
            )
        })?;
        let subject = m.get("subject").and_then(|s| str_of(s, "digest"));
        if subject != Some(digest.as_str()) {
            out.notes.push(format!(
                "{reference}: referrer {rdigest} is about {}, not this image ({digest}): ignored",
                log_safe_string(subject.unwrap_or("no subject"))
            ));
            continue;
        }
        let kind = str_of(&m, "artifactType")
            .or_else(|| m.get("config").and_then(|c| str_of(c, "mediaType")))
            .unwrap_or_default();
        if !is_bundle(kind) || !attached::wanted(want, &annotations(m.get("annotations"))) {
            continue;
        }
        let layers = m.get("layers").and_then(Value::as_array);
        for (i, layer) in layers.into_iter().flatten().enumerate() {
            if !str_of(layer, "mediaType").is_some_and(is_bundle) {
                continue;
            }
            let ldigest = layer_digest(reference, layer, &format!("referrer {rdigest}"))?;
            let bytes = client.small_blob(ldigest, layer.get("size").and_then(Value::as_u64))?;
            out.add(format!("referrer {rdigest} layer {i}"), bytes, &mut total)?;
        }
    }
    // cosign's .att tag: DSSE envelopes as layers.
    if let Want::Attestations(predicate) = want {
        let tag = format!("sha256-{}.att", digest.trim_start_matches("sha256:"));
        if let Some((b, mt, _)) = client.manifest(&tag, None)? {
            if is_index(&mt) {
                out.notes.push(format!(
                    "{reference}: the tag {tag} is an index, not cosign's attestation manifest: skipped"
                ));
            } else {
                let m: Value = serde_json::from_slice(&b).map_err(|e| {
                    registry_error(reference, format!("the tag {tag} is not valid JSON: {e}"))
                })?;
                let layers = m.get("layers").and_then(Value::as_array);
                for (i, layer) in layers.into_iter().flatten().enumerate() {
                    let other = layer
                        .get("annotations")
                        .and_then(|a| str_of(a, "predicateType"))
                        .zip(predicate)
                        .is_some_and(|(q, p)| q != p);
                    if str_of(layer, "mediaType") != Some(MT_DSSE) || other {
                        continue;
                    }
                    let ldigest = layer_digest(reference, layer, &tag)?;
                    let bytes =
                        client.small_blob(ldigest, layer.get("size").and_then(Value::as_u64))?;
                    out.add(format!("{tag} layer {i}"), bytes, &mut total)?;
                }
            }
        }
    }
    Ok(out)
}
