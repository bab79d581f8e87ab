//! Sigstore bundle verification, offline: bundles v0.1 to v0.3 holding a
//! message signature or a DSSE envelope, signed with a known key or keyless
//! (a Fulcio certificate), checked against a trusted root
//! (`trusted_root.json`): the certificate chain to a CA valid at signing
//! time, the embedded SCTs against the root's CT logs, every transparency
//! log entry (Rekor v1: inclusion proof with signed checkpoint and/or signed
//! entry timestamp; Rekor v2: inclusion proof with signed checkpoint), every
//! RFC 3161 timestamp against the root's TSAs, the log entry's body against
//! the bundle's content, and an identity policy (OIDC issuer plus subject,
//! exact or a regular expression) against the certificate.
//!
//! Everything fails closed: an unknown bundle version, log, TSA, entry kind
//! or key algorithm, a missing proof, or no verified time is an error, never
//! a pass. Every error has a stable code (the `E_*` constants, explained in
//! `src/policy/checks/signatures/diags.rs`) and a message with any
//! text from the bundle escaped for logs.

pub mod keys;
pub mod tlog;
pub mod trust;
pub mod tsa;
pub mod x509;

use super::bundle::{Bundle, Version};
use super::dsse::{b64, pae};
use keys::PubKey;
use sha2::{Digest as _, Sha256};
pub use trust::TrustedRoot;
use x509::Cert;

/// The bundle is malformed: not JSON of the bundle schema, an unknown
/// version, bad base64, an empty certificate chain, a negative log index,
/// a missing proof its version requires.
pub const E_BUNDLE: &str = "sigstore-bundle-invalid";
/// The trusted root is missing or malformed.
pub const E_TRUST_ROOT: &str = "sigstore-trust-root-invalid";
/// The signing certificate does not chain to a CA of the trusted root at
/// signing time, is a CA, is not valid at signing time, or lacks the
/// code-signing usage.
pub const E_CERT: &str = "sigstore-cert-chain";
/// No valid SCT from a CT log of the trusted root.
pub const E_SCT: &str = "sigstore-sct";
/// A transparency log entry does not verify.
pub const E_TLOG: &str = "sigstore-tlog";
/// A log entry records other content than the bundle.
pub const E_TLOG_MISMATCH: &str = "sigstore-tlog-mismatch";
/// An RFC 3161 timestamp does not verify, or no verified time.
pub const E_TIMESTAMP: &str = "sigstore-timestamp";
/// The signature does not verify with the key or certificate.
pub const E_SIGNATURE: &str = "sigstore-signature";
/// The bundle signs something else than the artifact or image.
pub const E_ARTIFACT: &str = "sigstore-artifact-mismatch";
/// The certificate's identity is not one the policy trusts.
pub const E_IDENTITY: &str = "sigstore-identity-mismatch";

/// Longest bundle-controlled text put into a message.
const SHOWN_MAX: usize = 200;

/// Bundle text made safe for a log line (escaped, truncated).
pub(crate) fn shown(s: &str) -> String {
    let cut: String = s.chars().take(SHOWN_MAX).collect();
    let mut out = crate::logsafe::log_safe_string(&cut);
    if cut.len() < s.len() {
        out.push('…');
    }
    out
}

/// A failed verification: a stable code and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: &'static str,
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

fn err<T>(code: &'static str, message: impl Into<String>) -> Result<T, Error> {
    Err(Error {
        code,
        message: message.into(),
    })
}

/// How a subject must match.
#[derive(Debug, Clone)]
pub enum Subject {
    Exact(String),
    /// Matched against the whole subject.
    Regex(regex::Regex),
}

/// One trusted identity: an OIDC issuer and a subject.
#[derive(Debug, Clone)]
pub struct Identity {
    pub issuer: String,
    pub subject: Subject,
}

impl Identity {
    /// An identity with a subject regular expression (anchored at both ends).
    pub fn regex(issuer: &str, pattern: &str) -> Result<Identity, String> {
        let re = regex::Regex::new(&format!("^(?:{pattern})$"))
            .map_err(|e| format!("subject-regexp is not a valid regular expression: {e}"))?;
        Ok(Identity {
            issuer: issuer.to_string(),
            subject: Subject::Regex(re),
        })
    }

    fn matches(&self, issuer: &str, subjects: &[String]) -> bool {
        self.issuer == issuer
            && subjects.iter().any(|s| match &self.subject {
                Subject::Exact(e) => e == s,
                Subject::Regex(r) => r.is_match(s),
            })
    }
}

/// An identity as a user writes it (policy, command line): compiled by
/// [`IdentitySpec::compile`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentitySpec {
    pub issuer: String,
    /// The subject, or a regular expression when `regexp`.
    pub subject: String,
    pub regexp: bool,
}

impl IdentitySpec {
    pub fn compile(&self) -> Result<Identity, String> {
        if self.issuer.is_empty() || self.subject.is_empty() {
            return Err("an identity needs a non-empty issuer and subject".into());
        }
        if self.regexp {
            Identity::regex(&self.issuer, &self.subject)
        } else {
            Ok(Identity {
                issuer: self.issuer.clone(),
                subject: Subject::Exact(self.subject.clone()),
            })
        }
    }
}

/// What keyless bundles are checked against: a trusted root and the
/// identities trusted to sign.
#[derive(Debug, Clone)]
pub struct Keyless {
    pub root: TrustedRoot,
    pub identities: Vec<Identity>,
}

impl Keyless {
    /// Parse the trusted root's JSON and compile the identities; the error
    /// says which is wrong.
    pub fn new(root_json: &[u8], identities: &[IdentitySpec]) -> Result<Keyless, String> {
        let root = TrustedRoot::parse(root_json).map_err(|e| format!("trusted root: {e}"))?;
        let identities = identities
            .iter()
            .enumerate()
            .map(|(i, s)| s.compile().map_err(|e| format!("identity {}: {e}", i + 1)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Keyless { root, identities })
    }

    /// The options to verify a keyless bundle at `now`.
    pub fn options(&self, now: i64) -> Options<'_> {
        Options {
            root: Some(&self.root),
            key: None,
            identities: &self.identities,
            now,
        }
    }
}

/// The 32 bytes of a `sha256:<64 hex>` digest.
pub fn sha256_digest(d: &str) -> Option<[u8; 32]> {
    let h = d.strip_prefix("sha256:")?.as_bytes();
    if h.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in h.chunks(2).enumerate() {
        let s = std::str::from_utf8(pair).ok()?;
        out[i] = u8::from_str_radix(s, 16).ok()?;
    }
    Some(out)
}

/// A bundle's verification material is a certificate (keyless).
pub fn is_keyless(bundle: &[u8]) -> bool {
    Bundle::parse(bundle).is_ok_and(|(b, _)| b.verification_material.public_key.is_none())
}

/// A trusted public key for key-signed bundles.
#[derive(Debug, Clone)]
pub struct VerifierKey {
    pub key: PubKey,
    pub spki_der: Vec<u8>,
}

impl VerifierKey {
    /// From a DER SubjectPublicKeyInfo.
    pub fn from_der(der: &[u8]) -> Result<VerifierKey, String> {
        match PubKey::from_spki(der)? {
            PubKey::Unsupported => Err("not an ECDSA P-256/P-384 or Ed25519 public key".into()),
            key => Ok(VerifierKey {
                key,
                spki_der: der.to_vec(),
            }),
        }
    }

    /// Parse a PEM `PUBLIC KEY` (ECDSA P-256/P-384 or Ed25519).
    pub fn from_pem(pem: &str) -> Result<VerifierKey, String> {
        let blocks = keys::pem_blocks(pem, "PUBLIC KEY");
        let [der] = blocks.as_slice() else {
            if blocks.is_empty() && pem.contains("-----BEGIN PUBLIC KEY-----") {
                return Err("the PEM PUBLIC KEY block is not valid base64".into());
            }
            return Err("expected exactly one PEM PUBLIC KEY block".into());
        };
        match PubKey::from_spki(der)? {
            PubKey::Unsupported => Err("not an ECDSA P-256/P-384 or Ed25519 public key".into()),
            key => Ok(VerifierKey {
                key,
                spki_der: der.clone(),
            }),
        }
    }
}

/// What to verify against.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Needed for keyless bundles; with a key, log entries and timestamps
    /// are checked only when a root is given.
    pub root: Option<&'a TrustedRoot>,
    /// The trusted key of key-signed bundles.
    pub key: Option<&'a VerifierKey>,
    /// Trusted identities of keyless bundles (at least one must match).
    pub identities: &'a [Identity],
    /// Now, Unix seconds (an integrated time after it fails).
    pub now: i64,
}

/// What was signed.
#[derive(Debug, Clone, Copy)]
pub enum Artifact<'a> {
    /// The artifact's bytes.
    Bytes(&'a [u8]),
    /// The artifact's SHA-256 digest (an image manifest digest).
    Sha256([u8; 32]),
}

impl Artifact<'_> {
    fn sha256(&self) -> [u8; 32] {
        match self {
            Artifact::Bytes(b) => Sha256::digest(b).into(),
            Artifact::Sha256(d) => *d,
        }
    }
}

/// A verified bundle.
#[derive(Debug, Clone)]
pub struct Verified {
    /// The certificate's subject (keyless) or `key`.
    pub signer: String,
    /// The certificate's OIDC issuer (keyless).
    pub issuer: Option<String>,
    /// The verified signing times (Unix seconds).
    pub times: Vec<i64>,
    /// The DSSE payload type and payload, for DSSE bundles.
    pub dsse: Option<(String, Vec<u8>)>,
    /// Log entries verified against the trusted root.
    pub tlog_entries: usize,
}

/// The signature of the bundle's content and what it is over.
struct Content {
    signature: Vec<u8>,
    dsse: Option<(String, Vec<u8>)>,
}

fn content(b: &Bundle) -> Result<Content, Error> {
    if let Some(ms) = &b.message_signature {
        let signature = b64(&ms.signature)
            .or_else(|e| err(E_BUNDLE, format!("the message signature is {e}")))?;
        return Ok(Content {
            signature,
            dsse: None,
        });
    }
    let Some(env) = &b.dsse_envelope else {
        return err(E_BUNDLE, "the bundle holds no signature");
    };
    let [sig] = env.signatures.as_slice() else {
        return err(
            E_BUNDLE,
            format!(
                "the DSSE envelope has {} signatures; exactly one is required",
                env.signatures.len()
            ),
        );
    };
    let signature =
        b64(&sig.sig).or_else(|e| err(E_BUNDLE, format!("the DSSE signature is {e}")))?;
    let payload =
        b64(&env.payload).or_else(|e| err(E_BUNDLE, format!("the DSSE payload is {e}")))?;
    Ok(Content {
        signature,
        dsse: Some((env.payload_type.clone(), payload)),
    })
}

/// The in-toto statement's subjects include `digest`.
fn statement_names(payload_type: &str, payload: &[u8], digest: &[u8; 32]) -> Result<(), Error> {
    if payload_type != super::dsse::IN_TOTO_PAYLOAD_TYPE {
        return err(
            E_ARTIFACT,
            format!(
                "the DSSE payload type {:?} is not an in-toto statement",
                shown(payload_type)
            ),
        );
    }
    let v: serde_json::Value = serde_json::from_slice(payload)
        .or_else(|_| err(E_ARTIFACT, "the DSSE payload is not JSON"))?;
    let want = super::hex(digest);
    let named = v
        .get("subject")
        .and_then(|s| s.as_array())
        .is_some_and(|subjects| {
            subjects.iter().any(|s| {
                s.pointer("/digest/sha256")
                    .and_then(|d| d.as_str())
                    .is_some_and(|d| d.eq_ignore_ascii_case(&want))
            })
        });
    if named {
        Ok(())
    } else {
        err(
            E_ARTIFACT,
            format!("the statement's subjects do not include sha256:{want}"),
        )
    }
}

/// Verify a bundle (its JSON bytes) over `artifact`.
pub fn verify(
    bundle: &[u8],
    artifact: Artifact<'_>,
    opts: &Options<'_>,
) -> Result<Verified, Error> {
    let (b, version) = Bundle::parse(bundle).or_else(|e| err(E_BUNDLE, shown(&e)))?;
    let c = content(&b)?;
    let digest = artifact.sha256();
    let vm = &b.verification_material;

    // The signer: a trusted key, or the leaf certificate.
    let leaf: Option<Cert>;
    let (key, verifier_der, is_cert): (PubKey, Vec<u8>, bool) = if vm.public_key.is_some() {
        let Some(k) = opts.key else {
            return err(
                E_SIGNATURE,
                "the bundle is signed with a key, but no public key was given to verify it",
            );
        };
        leaf = None;
        (k.key.clone(), k.spki_der.clone(), false)
    } else {
        if opts.key.is_some() {
            return err(
                E_SIGNATURE,
                "a public key was given, but the bundle is signed with a certificate",
            );
        }
        let certs = b.certificates().or_else(|e| err(E_BUNDLE, e))?;
        let Some(first) = certs.first() else {
            return err(E_BUNDLE, "the bundle's certificate chain is empty");
        };
        let cert = Cert::parse(first)
            .or_else(|e| err(E_CERT, format!("the signing certificate is {e}")))?;
        for (i, other) in certs.iter().enumerate().skip(1) {
            let c = Cert::parse(other)
                .or_else(|e| err(E_BUNDLE, format!("chain certificate {i} is {e}")))?;
            if c.is_self_signed() {
                return err(
                    E_BUNDLE,
                    "the bundle's certificate chain holds a root certificate; roots come only from the trusted root",
                );
            }
        }
        if cert.is_ca() {
            return err(E_CERT, "the signing certificate is a CA certificate");
        }
        if !cert.digital_signature() || !cert.has_eku(x509::EKU_CODE_SIGNING) {
            return err(
                E_CERT,
                "the signing certificate lacks the digitalSignature key usage or the code-signing extended key usage",
            );
        }
        let k = cert.key.clone();
        let der = cert.der.clone();
        leaf = Some(cert);
        (k, der, true)
    };

    // The signature over the content.
    let signed_digest: [u8; 32] = match &c.dsse {
        None => {
            if let Some(md) = b
                .message_signature
                .as_ref()
                .and_then(|m| m.message_digest.as_ref())
            {
                let stated = b64(&md.digest)
                    .or_else(|e| err(E_BUNDLE, format!("the message digest is {e}")))?;
                if md.algorithm != "SHA2_256" || stated != digest {
                    return err(
                        E_SIGNATURE,
                        "the bundle's message digest is not the artifact's SHA-256 digest",
                    );
                }
            }
            let ok = match (artifact, &key) {
                (Artifact::Bytes(bytes), _) => key.verify(bytes, &c.signature, None),
                (Artifact::Sha256(d), PubKey::P256(_)) => key.verify_prehash(&d, &c.signature),
                _ => false,
            };
            if !ok {
                return err(
                    E_SIGNATURE,
                    "the message signature does not verify over the artifact with the signing key",
                );
            }
            digest
        }
        Some((payload_type, payload)) => {
            let signed = pae(payload_type, payload);
            if !key.verify(&signed, &c.signature, None) {
                return err(
                    E_SIGNATURE,
                    "the DSSE envelope's signature does not verify with the signing key",
                );
            }
            statement_names(payload_type, payload, &digest)?;
            Sha256::digest(&signed).into()
        }
    };

    let Some(root) = opts.root else {
        if leaf.is_some() {
            return err(
                E_TRUST_ROOT,
                "a keyless bundle needs a trusted root (trusted_root.json) to be verified",
            );
        }
        return Ok(Verified {
            signer: "key".into(),
            issuer: None,
            times: Vec::new(),
            dsse: c.dsse,
            tlog_entries: 0,
        });
    };

    // Timestamps from timestamp authorities.
    let mut times = Vec::new();
    let tsa_stamps = vm
        .timestamp_verification_data
        .as_ref()
        .map(|t| t.rfc3161_timestamps.as_slice())
        .unwrap_or_default();
    if !tsa_stamps.is_empty() && root.tsas.is_empty() {
        return err(
            E_TIMESTAMP,
            "the bundle has signed timestamps but the trusted root has no timestamp authority",
        );
    }
    let mut tsa_times = Vec::new();
    for (i, ts) in tsa_stamps.iter().enumerate() {
        let der = b64(&ts.signed_timestamp)
            .or_else(|e| err(E_BUNDLE, format!("timestamp {i} is {e}")))?;
        let t = tsa::verify(&der, &c.signature, root)
            .or_else(|e| err(E_TIMESTAMP, format!("timestamp {i}: {e}")))?;
        tsa_times.push(t);
    }
    times.extend(&tsa_times);

    // Transparency log entries.
    if vm.tlog_entries.is_empty() {
        return err(E_TLOG, "the bundle has no transparency log entry");
    }
    let expected = tlog::Expected {
        signed_digest,
        signature: &c.signature,
        dsse: c
            .dsse
            .as_ref()
            .map(|(t, p)| (t.as_str(), Sha256::digest(p).into())),
        verifier_der: &verifier_der,
        verifier_is_cert: is_cert,
    };
    for (i, e) in vm.tlog_entries.iter().enumerate() {
        let at = |m: String| format!("log entry {i}: {m}");
        if e.log_index < 0 {
            return err(E_BUNDLE, at("negative log index".into()));
        }
        let log_id =
            b64(&e.log_id.key_id).or_else(|x| err(E_BUNDLE, at(format!("the log id is {x}"))))?;
        let Some(log) = root.tlog(&log_id) else {
            return err(
                E_TLOG,
                at("its log is not in the trusted root (another Sigstore instance?)".into()),
            );
        };
        let body = b64(&e.canonicalized_body)
            .or_else(|x| err(E_BUNDLE, at(format!("the canonicalized body is {x}"))))?;
        if body.is_empty() {
            return err(E_BUNDLE, at("no canonicalized body".into()));
        }
        let kind = e.kind_version.kind.as_str();
        let fits = match &c.dsse {
            None => kind == "hashedrekord",
            Some(_) => {
                matches!(kind, "dsse" | "intoto")
                    || (kind == "hashedrekord" && e.kind_version.version == "0.0.2")
            }
        };
        if !fits {
            return err(
                E_TLOG_MISMATCH,
                at(format!(
                    "a {} entry does not record a {}",
                    shown(kind),
                    if c.dsse.is_some() {
                        "DSSE envelope"
                    } else {
                        "message signature"
                    }
                )),
            );
        }
        tlog::body_matches(&body, kind, &e.kind_version.version, &expected)
            .or_else(|m| err(E_TLOG_MISMATCH, at(m)))?;

        let mut proven = false;
        if let Some(t) = e.integrated_time {
            if t > opts.now {
                return err(
                    E_TLOG,
                    at(format!(
                        "its integrated time {} is in the future",
                        x509::rfc3339(t)
                    )),
                );
            }
            if !log.validity.contains(t) {
                return err(
                    E_TLOG,
                    at(format!(
                        "its integrated time {} is outside the log key's validity",
                        x509::rfc3339(t)
                    )),
                );
            }
        }
        match (&e.inclusion_promise, e.integrated_time) {
            (Some(p), Some(t)) if t > 0 => {
                let set = b64(&p.signed_entry_timestamp)
                    .or_else(|x| err(E_BUNDLE, at(format!("the signed entry timestamp is {x}"))))?;
                if !tlog::verify_set(log, &body, t, e.log_index, &set) {
                    return err(
                        E_TLOG,
                        at("the signed entry timestamp does not verify".into()),
                    );
                }
                times.push(t);
                proven = true;
            }
            (Some(_), _) => {
                return err(
                    E_BUNDLE,
                    at("an inclusion promise without an integrated time".into()),
                )
            }
            (None, _) if version == Version::V01 => {
                return err(
                    E_BUNDLE,
                    at("a v0.1 bundle needs a signed entry timestamp".into()),
                )
            }
            _ => {}
        }
        match &e.inclusion_proof {
            Some(p) => {
                let (Ok(index), Ok(size)) =
                    (u64::try_from(p.log_index), u64::try_from(p.tree_size))
                else {
                    return err(
                        E_BUNDLE,
                        at("a negative index or tree size in the inclusion proof".into()),
                    );
                };
                let hashes = p
                    .hashes
                    .iter()
                    .map(|h| b64(h))
                    .collect::<Result<Vec<_>, _>>()
                    .or_else(|x| err(E_BUNDLE, at(format!("an inclusion proof hash is {x}"))))?;
                let root_hash = b64(&p.root_hash)
                    .or_else(|x| err(E_BUNDLE, at(format!("the root hash is {x}"))))?;
                let computed = tlog::root_from_proof(index, size, tlog::leaf_hash(&body), &hashes)
                    .or_else(|m| err(E_TLOG, at(m)))?;
                if computed.as_slice() != root_hash.as_slice() {
                    return err(
                        E_TLOG,
                        at("the inclusion proof does not lead to its root hash".into()),
                    );
                }
                match &p.checkpoint {
                    Some(cp) => {
                        let cp = tlog::verify_checkpoint(&cp.envelope, log)
                            .or_else(|m| err(E_TLOG, at(m)))?;
                        if cp.root != root_hash || cp.size != size {
                            return err(
                                E_TLOG,
                                at("the signed checkpoint is for another tree (root hash or size differs from the inclusion proof)".into()),
                            );
                        }
                        proven = true;
                    }
                    None if version == Version::V01 => {}
                    None => {
                        return err(E_BUNDLE, at("the inclusion proof has no checkpoint".into()))
                    }
                }
            }
            None if version >= Version::V02 => {
                return err(
                    E_BUNDLE,
                    at(format!(
                        "a v0.{} bundle needs an inclusion proof",
                        version as u8 + 1
                    )),
                )
            }
            None => {}
        }
        if !proven {
            return err(
                E_TLOG,
                at("no verified inclusion proof or signed entry timestamp".into()),
            );
        }
        if e.integrated_time.is_none() && !tsa_times.iter().any(|t| log.validity.contains(*t)) {
            return err(
                E_TLOG,
                at("no verified timestamp lies within the log key's validity".into()),
            );
        }
    }

    let Some(cert) = leaf else {
        return Ok(Verified {
            signer: "key".into(),
            issuer: None,
            times,
            dsse: c.dsse,
            tlog_entries: vm.tlog_entries.len(),
        });
    };

    // Keyless: the certificate at every verified time.
    if times.is_empty() {
        return err(
            E_TIMESTAMP,
            "no verified signing time (no signed entry timestamp and no RFC 3161 timestamp)",
        );
    }
    let mut issuer_ca: Option<&Cert> = None;
    for &t in &times {
        if !cert.valid_at(t) {
            return err(
                E_CERT,
                format!(
                    "the signing certificate is not valid at the verified signing time {} (valid {} to {})",
                    x509::rfc3339(t),
                    x509::rfc3339(cert.not_before),
                    x509::rfc3339(cert.not_after)
                ),
            );
        }
        let mut why = Vec::new();
        let found = root.cas.iter().enumerate().find_map(|(n, ca)| {
            if !ca.validity.contains(t) {
                why.push(format!("CA {n} is not valid then"));
                return None;
            }
            match x509::verify_chain(&cert, &ca.chain, t) {
                Ok(()) => ca.chain.first(),
                Err(e) => {
                    why.push(format!("CA {n}: {e}"));
                    None
                }
            }
        });
        match found {
            Some(ca) => issuer_ca = Some(ca),
            None => {
                return err(
                    E_CERT,
                    format!(
                    "the signing certificate does not chain to a CA of the trusted root at {} ({})",
                    x509::rfc3339(t),
                    why.join("; ")
                ),
                )
            }
        }
    }
    let Some(issuer_ca) = issuer_ca else {
        return err(E_CERT, "no certificate authority verified");
    };
    verify_scts(&cert, issuer_ca, root)?;

    // The identity policy.
    let issuer = cert.oidc_issuer().unwrap_or_default();
    let subjects = cert.san_identities();
    if opts.identities.is_empty() {
        return err(
            E_IDENTITY,
            "no identity policy: keyless bundles need at least one trusted issuer and subject",
        );
    }
    if !opts
        .identities
        .iter()
        .any(|id| id.matches(&issuer, &subjects))
    {
        return err(
            E_IDENTITY,
            format!(
                "the certificate's identity (issuer {:?}, subject {:?}) is not a trusted one",
                shown(&issuer),
                shown(&subjects.join(", "))
            ),
        );
    }
    Ok(Verified {
        signer: subjects.into_iter().next().unwrap_or_default(),
        issuer: Some(issuer),
        times,
        dsse: c.dsse,
        tlog_entries: vm.tlog_entries.len(),
    })
}

/// At least one embedded SCT of a CT log of the root verifies; an SCT of a
/// known log that does not verify is an error.
fn verify_scts(cert: &Cert, issuer: &Cert, root: &TrustedRoot) -> Result<(), Error> {
    let list = cert.sct_list().ok_or_else(|| Error {
        code: E_SCT,
        message: "the signing certificate has no embedded SCT".into(),
    })?;
    let scts = x509::parse_scts(&list).or_else(|e| err(E_SCT, e))?;
    let tbs = cert.precert_tbs().or_else(|e| err(E_SCT, e))?;
    let issuer_key_hash: [u8; 32] = Sha256::digest(&issuer.spki_der).into();
    let mut verified = 0;
    for sct in &scts {
        let Some(log) = root.ctlogs.iter().find(|l| l.key_id == sct.log_id) else {
            continue;
        };
        if sct.hash_alg != 4 {
            return err(E_SCT, "an SCT is not over SHA-256");
        }
        let Some(data) = x509::sct_signed_data(sct, &issuer_key_hash, &tbs) else {
            return err(E_SCT, "an SCT cannot be encoded");
        };
        if !log.key.verify(&data, &sct.signature, None) {
            return err(
                E_SCT,
                "an SCT's signature does not verify with its CT log's key",
            );
        }
        let t = i64::try_from(sct.timestamp_ms / 1000).unwrap_or(i64::MAX);
        if !log.validity.contains(t) {
            return err(E_SCT, "an SCT's time is outside its CT log's validity");
        }
        verified += 1;
    }
    if verified == 0 {
        return err(E_SCT, "no SCT from a CT log of the trusted root");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merkle_proofs_check_their_shape() {
        let leaf = tlog::leaf_hash(b"x");
        // A tree of one leaf: the root is the leaf hash, no proof hashes.
        assert_eq!(tlog::root_from_proof(0, 1, leaf, &[]).unwrap(), leaf);
        assert!(tlog::root_from_proof(1, 1, leaf, &[]).is_err());
        assert!(tlog::root_from_proof(0, 2, leaf, &[]).is_err());
        assert!(tlog::root_from_proof(0, 2, leaf, &[vec![0; 31]]).is_err());
        let other = tlog::leaf_hash(b"y");
        let two = tlog::root_from_proof(0, 2, leaf, &[other.to_vec()]).unwrap();
        assert_eq!(
            tlog::root_from_proof(1, 2, other, &[leaf.to_vec()]).unwrap(),
            two
        );
    }

    #[test]
    fn checkpoints_without_a_log_signature_fail() {
        let log = trust::Log {
            base_url: String::new(),
            key_id: vec![1, 2, 3, 4, 5],
            key: keys::PubKey::Unsupported,
            validity: trust::Validity {
                start: 0,
                end: None,
            },
        };
        let root = "rs1YPY0ydAV0lxgfrq5pE4oRpUJwo3syeps5+eGUTDI=";
        for (note, why) in [
            (format!("o\n1\n{root}\n"), "blank line"),
            (format!("o\n1\n{root}\n\n"), "empty"),
            (format!("\n1\n{root}\n\n\u{2014} o AQIDBAUG\n"), "origin"),
            (
                format!("o\nx\n{root}\n\n\u{2014} o AQIDBAUG\n"),
                "tree size",
            ),
            (
                format!("o\n1\n{root}\n\n\u{2014} o BQIDBAUG\n"),
                "no signature by the log",
            ),
            // The hint matches, the key verifies nothing: fails closed.
            (
                format!("o\n1\n{root}\n\n\u{2014} o AQIDBAUG\n"),
                "does not verify",
            ),
        ] {
            let e = tlog::verify_checkpoint(&note, &log).unwrap_err();
            assert!(e.contains(why), "{why}: {e}");
        }
    }

    #[test]
    fn identities_compile_anchored() {
        let spec = |s: &str, regexp| IdentitySpec {
            issuer: "https://issuer".into(),
            subject: s.into(),
            regexp,
        };
        let id = spec("a.*", true).compile().unwrap();
        assert!(id.matches("https://issuer", &["abc".into()]));
        assert!(!id.matches("https://issuer", &["xabc".into()]));
        assert!(!id.matches("https://other", &["abc".into()]));
        assert!(spec("(", true).compile().is_err());
        assert!(spec("", false).compile().is_err());
        assert!(Keyless::new(b"{}", &[]).is_err());
        let root = br#"{"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1"}"#;
        assert!(Keyless::new(root, &[]).is_ok_and(|k| k.identities.is_empty()));
        assert!(Keyless::new(root, &[spec("(", true)]).is_err());
        assert_eq!(sha256_digest("sha256:00"), None);
        assert_eq!(
            sha256_digest(&format!("sha256:{}", "ab".repeat(32))),
            Some([0xab; 32])
        );
    }

    #[test]
    fn shown_escapes_bundle_text() {
        assert_eq!(shown("a\nb\u{1b}"), "a\\nb\\u{1b}");
        assert!(shown(&"x".repeat(500)).ends_with('…'));
    }
}
