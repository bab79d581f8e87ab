//! Signed verdict attestations: an in-toto v1 Statement whose subject is the
//! image's manifest digest and whose predicate (type [`PREDICATE_TYPE`])
//! records the gate's decision, signed as a DSSE envelope and carried in a
//! Sigstore bundle (see docs/attestations.md).
//!
//! [`make`] builds and signs one from a scan's JSON report; [`verify`]
//! checks a set of bundles (or bare DSSE envelopes, as cosign's `.att` tag
//! stores them) for one manifest digest and returns facts: for each input
//! what it is and whether it vouches for the image, and which one decides.
//! The newest authentic verdict attestation decides (an older `pass` never
//! outvotes a newer `fail`); it must meet every [`Requirements`] entry.

use super::bundle::Bundle;
use super::dsse::{self, Envelope, EnvelopeCheck, IN_TOTO_PAYLOAD_TYPE};
use super::keys::SigningKey;
use super::sigstore::Keyless;
use super::TrustedKey;
use crate::logsafe::log_safe_string;
use crate::time::{parse_rfc3339, rfc3339};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The in-toto Statement type.
pub const STATEMENT_TYPE: &str = "https://in-toto.io/Statement/v1";
/// The predicate type of imagegate's verdict attestation.
pub const PREDICATE_TYPE: &str = "https://imagegate.dev/attestation/verdict/v1";
/// A signing time this far ahead of the verifier's clock is refused.
pub const MAX_CLOCK_SKEW: i64 = 300;

/// The image the verdict is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PredicateImage {
    /// The reference or name it was scanned as.
    pub name: String,
    pub manifest_digest: String,
}

/// Counts of what the scan found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    /// Vulnerabilities per severity: `critical`, `high`, `medium`, `low`,
    /// `unknown`; empty when vulnerabilities were not checked.
    pub vulnerabilities: BTreeMap<String, u64>,
    /// Diagnostics per severity: `error`, `warning`, `note`.
    pub diagnostics: BTreeMap<String, u64>,
    pub secrets: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PredicatePolicy {
    /// The policy file's name, or `default`.
    pub source: String,
    /// `sha256:<hex>` of the policy file's text; none for the built-in policy.
    pub digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PredicateDb {
    /// The DB's build time (RFC 3339): how fresh the advisories were.
    pub build_time: String,
    /// `sha256:<hex>` of the DB file.
    pub digest: Option<String>,
    pub records: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PredicateComponent {
    /// `imagegate 0.1.0 (report schema ...)`.
    pub version: String,
    /// `sha256:<hex>` of the component (`imagegate.wasm`) that decided.
    pub digest: String,
}

/// The verdict predicate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Predicate {
    /// `pass` or `fail` (an undecided scan is never attested).
    pub verdict: String,
    /// When the scan decided (RFC 3339, UTC).
    pub scanned_at: String,
    pub image: PredicateImage,
    pub counts: Counts,
    /// False when vulnerability checking was off (`--skip-vulnerabilities`).
    pub vulnerabilities_checked: bool,
    pub policy: PredicatePolicy,
    /// The advisory DB, when vulnerabilities were checked.
    pub db: Option<PredicateDb>,
    pub component: PredicateComponent,
}

/// Digest set of an in-toto subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    #[serde(default)]
    pub name: String,
    pub digest: BTreeMap<String, String>,
}

/// An in-toto v1 Statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement<P> {
    #[serde(rename = "_type")]
    pub kind: String,
    pub subject: Vec<Subject>,
    #[serde(rename = "predicateType")]
    pub predicate_type: String,
    pub predicate: P,
}

/// What `imagegate attest` knows besides the report.
#[derive(Debug, Clone)]
pub struct AttestInput {
    /// The scan's JSON report.
    pub report_json: String,
    /// The schema the report must declare (`report::SCHEMA`, which the
    /// caller passes: signing knows no report module).
    pub report_schema: &'static str,
    /// The subject's name (e.g. the reference pushed); none: the report's
    /// source name.
    pub subject_name: Option<String>,
    pub policy_digest: Option<String>,
    pub db_digest: Option<String>,
    pub component_digest: String,
    pub component_version: String,
    /// Signing time, Unix seconds.
    pub time: u64,
}

/// A signed attestation.
#[derive(Debug, Clone)]
pub struct Made {
    /// The Sigstore bundle (JSON).
    pub bundle: String,
    /// The statement that was signed (JSON).
    pub statement: String,
    /// Hex SHA-256 of the signing key's SubjectPublicKeyInfo.
    pub key_id: String,
    pub verdict: String,
}

fn is_digest(d: &str) -> bool {
    d.strip_prefix("sha256:")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

/// Build the predicate from a JSON report. Refuses a report whose verdict
/// is `error` or which names no manifest digest (a legacy docker-archive).
pub fn predicate(input: &AttestInput) -> Result<(Predicate, Subject), String> {
    let r: Value = serde_json::from_str(&input.report_json)
        .map_err(|e| format!("the report is not JSON: {e}"))?;
    if r.get("schema").and_then(Value::as_str) != Some(input.report_schema) {
        return Err(format!(
            "the report is not an {} report",
            input.report_schema
        ));
    }
    let verdict = r.get("verdict").and_then(Value::as_str).unwrap_or_default();
    match verdict {
        "pass" | "fail" => {}
        "error" => {
            return Err(
                "the scan could not decide (verdict error); an undecided scan is never attested"
                    .into(),
            )
        }
        v => {
            return Err(format!(
                "the report's verdict {:?} is unknown",
                log_safe_string(v)
            ))
        }
    }
    let digest = r
        .pointer("/image/manifest_digest")
        .and_then(Value::as_str)
        .filter(|d| is_digest(d))
        .ok_or("the image has no manifest digest (a legacy docker-archive): attest the OCI layout, OCI archive or registry image")?
        .to_string();
    let name = input
        .subject_name
        .clone()
        .or_else(|| {
            r.pointer("/source/name")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_default();
    // Counted only when vulnerabilities were checked: an unchecked scan has
    // no zeros a policy could mistake for "none found".
    let list = r.get("vulnerabilities").and_then(Value::as_array);
    let mut vulns: BTreeMap<String, u64> = match list {
        Some(_) => ["critical", "high", "medium", "low", "unknown"]
            .into_iter()
            .map(|k| (k.to_string(), 0))
            .collect(),
        None => BTreeMap::new(),
    };
    for v in list.into_iter().flatten() {
        let level = v
            .pointer("/severity/level")
            .and_then(Value::as_str)
            .unwrap_or("unknown");
        if let Some(n) = vulns.get_mut(level) {
            *n += 1;
        }
    }
    let count = |p: &str| r.pointer(p).and_then(Value::as_u64).unwrap_or(0);
    let diagnostics = [
        ("error", count("/summary/errors")),
        ("warning", count("/summary/warnings")),
        ("note", count("/summary/notes")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let secrets = r
        .get("secrets")
        .and_then(Value::as_array)
        .map_or(0, |a| a.len() as u64);
    let db = r
        .get("vulnerability_db")
        .filter(|v| !v.is_null())
        .map(|d| PredicateDb {
            build_time: d
                .get("build_time")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            digest: input.db_digest.clone(),
            records: d.get("records").and_then(Value::as_u64).unwrap_or(0),
        });
    let policy_source = r
        .pointer("/policy/source")
        .and_then(Value::as_str)
        .unwrap_or("default")
        .to_string();
    let p = Predicate {
        verdict: verdict.to_string(),
        scanned_at: rfc3339(input.time),
        image: PredicateImage {
            name: name.clone(),
            manifest_digest: digest.clone(),
        },
        counts: Counts {
            vulnerabilities: vulns,
            diagnostics,
            secrets,
        },
        vulnerabilities_checked: list.is_some(),
        policy: PredicatePolicy {
            source: policy_source,
            digest: input.policy_digest.clone(),
        },
        db,
        component: PredicateComponent {
            version: input.component_version.clone(),
            digest: input.component_digest.clone(),
        },
    };
    let hex = digest.trim_start_matches("sha256:").to_string();
    let subject = Subject {
        name,
        digest: BTreeMap::from([("sha256".to_string(), hex)]),
    };
    Ok((p, subject))
}

/// Build, sign and bundle the verdict attestation of a report.
pub fn make(input: &AttestInput, key: &SigningKey) -> Result<Made, String> {
    let (predicate, subject) = predicate(input)?;
    let verdict = predicate.verdict.clone();
    let statement = Statement {
        kind: STATEMENT_TYPE.to_string(),
        subject: vec![subject],
        predicate_type: PREDICATE_TYPE.to_string(),
        predicate,
    };
    let payload = serde_json::to_vec(&statement).map_err(|e| e.to_string())?;
    let env = Envelope::sign(IN_TOTO_PAYLOAD_TYPE, &payload, key);
    let bundle = Bundle::for_key(env, &key.id);
    Ok(Made {
        bundle: serde_json::to_string(&bundle).map_err(|e| e.to_string())?,
        statement: String::from_utf8_lossy(&payload).into_owned(),
        key_id: key.id.clone(),
        verdict,
    })
}

/// What the deciding attestation must say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirements {
    /// `verdict=pass` (the default) or `verdict=fail`; `None`: any verdict.
    pub verdict: Option<String>,
    /// The scan is at most this old (seconds).
    pub max_age: Option<u64>,
    /// The DB the scan used was built at most this long ago (seconds).
    pub max_db_age: Option<u64>,
    /// Exact values: `policy-digest`, `db-digest`, `component-digest`,
    /// `component-version`, `vulnerabilities-checked`.
    pub equals: Vec<(String, String)>,
}

impl Default for Requirements {
    fn default() -> Requirements {
        Requirements {
            verdict: Some("pass".into()),
            max_age: None,
            max_db_age: None,
            equals: Vec::new(),
        }
    }
}

/// The keys `--require KEY=VALUE` takes.
pub const REQUIRE_KEYS: [&str; 6] = [
    "verdict",
    "policy-digest",
    "db-digest",
    "component-digest",
    "component-version",
    "vulnerabilities-checked",
];

impl Requirements {
    /// Add one `KEY=VALUE` requirement (`verdict=any` accepts either verdict).
    pub fn add(&mut self, spec: &str) -> Result<(), String> {
        let (k, v) = spec
            .split_once('=')
            .ok_or_else(|| format!("--require {spec:?}: expected KEY=VALUE"))?;
        let (k, v) = (k.trim(), v.trim());
        match k {
            "verdict" => match v {
                "pass" | "fail" => self.verdict = Some(v.to_string()),
                "any" => self.verdict = None,
                _ => {
                    return Err(format!(
                        "--require verdict={v:?}: expected pass, fail or any"
                    ))
                }
            },
            "vulnerabilities-checked" if v != "true" && v != "false" => {
                return Err(format!("--require {k}={v:?}: expected true or false"))
            }
            _ if REQUIRE_KEYS.contains(&k) => self.equals.push((k.to_string(), v.to_string())),
            _ => {
                return Err(format!(
                    "--require {k:?}: unknown; one of {}",
                    REQUIRE_KEYS.join(", ")
                ))
            }
        }
        Ok(())
    }

    /// Reasons `p` does not meet the requirements at `now` (empty: it does).
    pub fn unmet(&self, p: &Predicate, now: u64) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(v) = &self.verdict {
            if &p.verdict != v {
                out.push(format!(
                    "the verdict is {}, {v} is required",
                    log_safe_string(&p.verdict)
                ));
            }
        }
        let now = i64::try_from(now).unwrap_or(i64::MAX);
        match parse_rfc3339(&p.scanned_at) {
            None => out.push("scannedAt is not an RFC 3339 time".into()),
            Some(t) if t > now + MAX_CLOCK_SKEW => out.push(format!(
                "scannedAt {} is in the future",
                log_safe_string(&p.scanned_at)
            )),
            Some(t) => {
                if let Some(max) = self.max_age {
                    let age = now.saturating_sub(t);
                    if age > i64::try_from(max).unwrap_or(i64::MAX) {
                        out.push(format!(
                            "the scan is {} old (scanned {}); at most {} is allowed",
                            human(age),
                            log_safe_string(&p.scanned_at),
                            human(i64::try_from(max).unwrap_or(i64::MAX))
                        ));
                    }
                }
            }
        }
        if let Some(max) = self.max_db_age {
            match p.db.as_ref().map(|d| (d, parse_rfc3339(&d.build_time))) {
                None => out.push("the scan used no vulnerability DB; a DB date is required".into()),
                Some((d, None)) => out.push(format!(
                    "the DB build time {:?} is not an RFC 3339 time",
                    log_safe_string(&d.build_time)
                )),
                Some((d, Some(t))) => {
                    let age = now.saturating_sub(t);
                    if age > i64::try_from(max).unwrap_or(i64::MAX) {
                        out.push(format!(
                            "the DB was built {} before now ({}); at most {} is allowed",
                            human(age),
                            log_safe_string(&d.build_time),
                            human(i64::try_from(max).unwrap_or(i64::MAX))
                        ));
                    }
                }
            }
        }
        for (k, want) in &self.equals {
            let got = match k.as_str() {
                "policy-digest" => p.policy.digest.clone(),
                "db-digest" => p.db.as_ref().and_then(|d| d.digest.clone()),
                "component-digest" => Some(p.component.digest.clone()),
                "component-version" => Some(p.component.version.clone()),
                "vulnerabilities-checked" => Some(p.vulnerabilities_checked.to_string()),
                _ => None,
            };
            if got.as_deref() != Some(want.as_str()) {
                out.push(format!(
                    "{k} is {}, {} is required",
                    got.map_or("absent".to_string(), |g| log_safe_string(&g)),
                    log_safe_string(want)
                ));
            }
        }
        out
    }
}

/// `3d 4h`, `2h 5m`, `40s`.
fn human(secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match (d, h, m) {
        (0, 0, 0) => format!("{secs}s"),
        (0, 0, m) => format!("{m}m"),
        (0, h, m) => format!("{h}h {m}m"),
        (d, h, _) => format!("{d}d {h}h"),
    }
}

/// One attestation to check: where it came from and its bytes (a Sigstore
/// bundle, or a bare DSSE envelope).
#[derive(Debug, Clone)]
pub struct AttestationInput {
    pub source: String,
    pub bytes: Vec<u8>,
}

/// What makes two attestations the same one: the DSSE envelope's payload
/// type, payload and signatures, whether it came bare or in a bundle.
/// `None` for what is not an envelope (it is then never taken for another).
pub fn envelope_key(bytes: &[u8]) -> Option<String> {
    let v: Value = serde_json::from_slice(bytes).ok()?;
    let env = v.get("dsseEnvelope").unwrap_or(&v);
    let sigs: Vec<&str> = env
        .get("signatures")?
        .as_array()?
        .iter()
        .filter_map(|s| s.get("sig").and_then(Value::as_str))
        .collect();
    Some(format!(
        "{}\n{}\n{}",
        env.get("payloadType")?.as_str()?,
        env.get("payload")?.as_str()?,
        sigs.join(",")
    ))
}

/// Add the attestations found next to an image to `inputs`, skipping any
/// that is already there (the same envelope, bare or in a bundle).
pub fn add_discovered(
    inputs: &mut Vec<AttestationInput>,
    found: impl IntoIterator<Item = AttestationInput>,
) {
    let mut seen: std::collections::BTreeSet<String> = inputs
        .iter()
        .filter_map(|i| envelope_key(&i.bytes))
        .collect();
    for f in found {
        let fresh = envelope_key(&f.bytes).is_none_or(|k| seen.insert(k));
        if fresh {
            inputs.push(f);
        }
    }
}

/// What came of one attestation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Outcome {
    /// The deciding attestation, and it meets every requirement.
    Satisfied,
    /// The deciding attestation, and it does not meet these requirements.
    Unsatisfied { reasons: Vec<String> },
    /// Authentic and about this image, but a newer one decides.
    Superseded,
    /// Not a bundle or envelope, or malformed (bad base64, no signature).
    Malformed { reason: String },
    /// No trusted key verifies it (another key, or any byte changed).
    UntrustedKey,
    /// A keyless Sigstore bundle that failed verification (`code`: one of
    /// the `sigstore-*` codes).
    Rejected { code: String, reason: String },
    /// Authentic, but its subject is another image.
    WrongSubject { subjects: Vec<String> },
    /// Authentic and about this image, but not a verdict attestation (an
    /// SBOM or provenance, say): not considered.
    OtherPredicate { predicate_type: String },
}

/// One attestation and what came of it.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    pub source: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The trusted key that verified it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicate: Option<Predicate>,
}

impl Checked {
    /// One log-safe line for humans.
    pub fn line(&self) -> String {
        let src = log_safe_string(&self.source);
        let by = self
            .key
            .as_deref()
            .map(|k| format!(" (key {})", log_safe_string(k)))
            .unwrap_or_default();
        let what = self
            .predicate
            .as_ref()
            .map(|p| {
                format!(
                    "verdict {}, scanned {}, DB {}",
                    log_safe_string(&p.verdict),
                    log_safe_string(&p.scanned_at),
                    p.db.as_ref()
                        .map_or("none".to_string(), |d| log_safe_string(&d.build_time))
                )
            })
            .unwrap_or_default();
        match &self.outcome {
            Outcome::Satisfied => format!("{src}: verified{by}: {what}: requirements met"),
            Outcome::Unsatisfied { reasons } => format!(
                "{src}: verified{by}: {what}: NOT accepted: {}",
                reasons.join("; ")
            ),
            Outcome::Superseded => {
                format!("{src}: verified{by}: {what}: superseded by a newer attestation")
            }
            Outcome::Malformed { reason } => format!(
                "{src}: not a usable attestation: {}",
                log_safe_string(reason)
            ),
            Outcome::UntrustedKey => {
                format!("{src}: no trusted key verifies it (signed with another key, or altered)")
            }
            Outcome::Rejected { code, reason } => {
                format!("{src}: not verified [{code}]: {}", log_safe_string(reason))
            }
            Outcome::WrongSubject { subjects } => format!(
                "{src}: verified{by}, but it is about {}, not this image",
                log_safe_string(&subjects.join(", "))
            ),
            Outcome::OtherPredicate { predicate_type } => format!(
                "{src}: verified{by}: predicate {} is not a verdict; ignored",
                log_safe_string(predicate_type)
            ),
        }
    }
}

/// The result of `verify-attestation`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub manifest_digest: String,
    pub checked: Vec<Checked>,
    /// An authentic verdict attestation for this image decides and meets
    /// every requirement.
    pub verified: bool,
    /// Why not, when not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Report {
    /// The text report (every line log-safe).
    pub fn text(&self) -> String {
        let mut s = format!("attestations for {}:\n", self.manifest_digest);
        for c in &self.checked {
            s.push_str("  ");
            s.push_str(&c.line());
            s.push('\n');
        }
        match (&self.verified, &self.reason) {
            (true, _) => {
                s.push_str("result: PASS (a trusted verdict attestation meets the requirements)\n")
            }
            (false, r) => {
                s.push_str("result: FAIL: ");
                s.push_str(r.as_deref().unwrap_or("not verified"));
                s.push('\n');
            }
        }
        s
    }
}

/// The authentic payload of one input, or why there is none.
fn open(
    input: &AttestationInput,
    keys: &[TrustedKey],
    keyless: Option<&Keyless>,
    manifest_digest: &str,
    now: u64,
) -> Result<(String, Vec<u8>), Outcome> {
    let malformed = |reason: String| Outcome::Malformed { reason };
    if let Some(kl) = keyless.filter(|_| super::sigstore::is_keyless(&input.bytes)) {
        let digest = super::sigstore::sha256_digest(manifest_digest)
            .ok_or_else(|| malformed("the manifest digest is not sha256".into()))?;
        let now = i64::try_from(now).unwrap_or(i64::MAX);
        return match super::sigstore::verify(
            &input.bytes,
            super::sigstore::Artifact::Sha256(digest),
            &kl.options(now),
        ) {
            Ok(v) => match v.dsse {
                Some((_, payload)) => Ok((
                    format!("keyless {} ({})", v.signer, v.issuer.unwrap_or_default()),
                    payload,
                )),
                None => Err(malformed(
                    "the bundle holds a message signature, not a DSSE attestation".into(),
                )),
            },
            Err(e) => Err(Outcome::Rejected {
                code: e.code.to_string(),
                reason: e.message,
            }),
        };
    }
    let v: Value =
        serde_json::from_slice(&input.bytes).map_err(|e| malformed(format!("not JSON: {e}")))?;
    let (env, hint) = if v.get("mediaType").is_some() {
        let (b, version) = Bundle::parse(&input.bytes).map_err(malformed)?;
        // Attestations are v0.3 bundles (cosign 2.x+, sigstore clients):
        // the media type is not signed, so one version is accepted.
        if version != super::bundle::Version::V03 {
            return Err(malformed(
                "verdict attestations are v0.3 bundles; this is an older bundle version".into(),
            ));
        }
        let hint = b
            .verification_material
            .public_key
            .as_ref()
            .map(|k| k.hint.clone());
        if hint.is_none() {
            return Err(malformed(
                "the bundle is signed with a certificate (keyless); verify it with a trusted root and an identity policy (--trusted-root with --certificate-identity and --certificate-oidc-issuer), not --key".into(),
            ));
        }
        let env = b.dsse_envelope.ok_or_else(|| {
            malformed("the bundle holds a message signature, not a DSSE attestation".into())
        })?;
        (env, hint)
    } else {
        let env: Envelope = serde_json::from_value(v).map_err(|e| {
            malformed(format!(
                "neither a Sigstore bundle nor a DSSE envelope: {e}"
            ))
        })?;
        (env, None)
    };
    if env.payload_type != IN_TOTO_PAYLOAD_TYPE {
        return Err(malformed(format!(
            "payload type {:?} is not an in-toto statement",
            crate::image::digest::truncate(&env.payload_type)
        )));
    }
    match dsse::verify(&env, keys, true) {
        EnvelopeCheck::Verified { key, payload } => {
            // Our bundles name the key; a hint that names another key is a
            // changed bundle.
            if let Some(h) = hint.filter(|h| !h.is_empty()) {
                if key.id != format!("sha256:{h}") {
                    return Err(Outcome::UntrustedKey);
                }
            }
            Ok((format!("{} ({})", key.name, key.id), payload))
        }
        EnvelopeCheck::Untrusted => Err(Outcome::UntrustedKey),
        EnvelopeCheck::Malformed(m) => Err(malformed(m)),
    }
}

/// Check every attestation for `manifest_digest` with `keys` at `now`.
pub fn verify(
    manifest_digest: &str,
    inputs: &[AttestationInput],
    keys: &[TrustedKey],
    keyless: Option<&Keyless>,
    req: &Requirements,
    now: u64,
) -> Report {
    let want = manifest_digest.trim_start_matches("sha256:");
    let mut checked: Vec<Checked> = Vec::new();
    // (index in `checked`, scan time) of authentic verdicts for this image.
    let mut candidates: Vec<(usize, i64)> = Vec::new();
    for input in inputs {
        let mut c = Checked {
            source: input.source.clone(),
            outcome: Outcome::Superseded,
            key: None,
            predicate: None,
        };
        match open(input, keys, keyless, manifest_digest, now) {
            Err(o) => c.outcome = o,
            Ok((key, payload)) => {
                c.key = Some(key);
                let st: Result<Statement<Value>, _> = serde_json::from_slice(&payload);
                match st {
                    Err(e) => {
                        c.outcome = Outcome::Malformed {
                            reason: format!("the signed payload is not an in-toto statement: {e}"),
                        }
                    }
                    Ok(st) if st.kind != STATEMENT_TYPE => {
                        c.outcome = Outcome::Malformed {
                            reason: format!(
                                "statement type {:?} is not {STATEMENT_TYPE}",
                                crate::image::digest::truncate(&st.kind)
                            ),
                        }
                    }
                    Ok(st) => {
                        let about = st
                            .subject
                            .iter()
                            .any(|s| s.digest.get("sha256").is_some_and(|d| d == want));
                        if !about {
                            c.outcome = Outcome::WrongSubject {
                                subjects: st
                                    .subject
                                    .iter()
                                    .flat_map(|s| s.digest.iter().map(|(a, d)| format!("{a}:{d}")))
                                    .collect(),
                            };
                        } else if st.predicate_type != PREDICATE_TYPE {
                            c.outcome = Outcome::OtherPredicate {
                                predicate_type: st.predicate_type,
                            };
                        } else {
                            match serde_json::from_value::<Predicate>(st.predicate) {
                                Err(e) => {
                                    c.outcome = Outcome::Malformed {
                                        reason: format!("the verdict predicate is malformed: {e}"),
                                    }
                                }
                                Ok(p) if p.image.manifest_digest != manifest_digest => {
                                    c.outcome = Outcome::WrongSubject {
                                        subjects: vec![p.image.manifest_digest.clone()],
                                    }
                                }
                                Ok(p) => {
                                    let t = parse_rfc3339(&p.scanned_at).unwrap_or(i64::MIN);
                                    candidates.push((checked.len(), t));
                                    c.predicate = Some(p);
                                }
                            }
                        }
                    }
                }
            }
        }
        checked.push(c);
    }
    // The newest decides; ties: the first given.
    let decider = candidates
        .iter()
        .copied()
        .reduce(|a, b| if b.1 > a.1 { b } else { a })
        .map(|(i, _)| i);
    let mut verified = false;
    let mut reason = None;
    match decider.and_then(|i| checked.get_mut(i)) {
        None => {
            reason = Some(if inputs.is_empty() {
                "no attestation found for this image".to_string()
            } else {
                "no authentic verdict attestation for this image among those found".to_string()
            })
        }
        Some(c) => {
            let unmet = c
                .predicate
                .as_ref()
                .map(|p| req.unmet(p, now))
                .unwrap_or_default();
            if unmet.is_empty() {
                c.outcome = Outcome::Satisfied;
                verified = true;
            } else {
                reason = Some(format!("the newest attestation: {}", unmet.join("; ")));
                c.outcome = Outcome::Unsatisfied { reasons: unmet };
            }
        }
    }
    Report {
        manifest_digest: manifest_digest.to_string(),
        checked,
        verified,
        reason,
    }
}

#[cfg(test)]
#[path = "attestation_tests.rs"]
mod tests;
