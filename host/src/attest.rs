//! `imagegate attest` and `imagegate verify-attestation`: the host reads
//! files and keys, runs the scan, hashes the policy, DB and component, and
//! hands values to the component, which builds, signs and checks the
//! attestations (see docs/attestations.md). Key material is read into
//! memory that is zeroed after use and never printed.

use crate::engine::{self, AttestRequest, AttestationFile, Gate, HostError, PublicKey, RunLimits};
use crate::{run_scan, ScanArgs};
use imagegate::ErrorKind;
use sha2::{Digest as _, Sha256};
use std::path::{Path, PathBuf};
use zeroize::{Zeroize as _, Zeroizing};

/// Largest key file read.
const MAX_KEY: u64 = 64 << 10;
/// Largest attestation file read.
const MAX_ATTESTATION: u64 = 8 << 20;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Read the private key: a PEM file, or `env://VAR`. Errors name the file
/// or variable, never the content.
pub fn read_private_key(spec: &str) -> Result<Zeroizing<String>, HostError> {
    if let Some(var) = spec.strip_prefix("env://") {
        let v = std::env::var(var).map_err(|_| {
            HostError::usage(format!(
                "--key env://{var}: the environment variable {var} is not set (or not UTF-8)"
            ))
        })?;
        let v = Zeroizing::new(v);
        if v.trim().is_empty() {
            return Err(HostError::usage(format!(
                "--key env://{var}: the environment variable {var} is empty"
            )));
        }
        return Ok(v);
    }
    let bytes = Zeroizing::new(imagegate::cli::read_input(spec, MAX_KEY).map_err(HostError::from)?);
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| HostError::usage(format!("--key {spec}: not a PEM text file")))?;
    Ok(Zeroizing::new(text.to_string()))
}

/// SHA-256 of a file, streamed.
fn file_digest(path: &Path) -> Result<String, HostError> {
    use std::io::Read as _;
    let shown = path.display().to_string();
    let mut f = std::fs::File::open(path).map_err(|e| HostError::io(&shown, e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => h.update(buf.get(..n).unwrap_or_default()),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(HostError::io(&shown, e)),
        }
    }
    Ok(format!("sha256:{}", hex(&h.finalize())))
}

/// `imagegate attest`.
pub fn run(
    gate: &Gate,
    limits: &RunLimits,
    scan: ScanArgs,
    key: &str,
    output: &Path,
    report: Option<&Path>,
    attach: bool,
) -> Result<u8, HostError> {
    // A bad key fails before the scan (the component parses it again to sign).
    let pem = read_private_key(key)?;
    let image = scan.image.clone();
    let insecure = scan.judge.insecure_registries.clone();
    let remote = image
        .to_str()
        .filter(|s| s.starts_with("registry://"))
        .map(crate::registry::Reference::parse)
        .transpose()?;
    if attach && remote.is_none() && !image.join("index.json").is_file() {
        return Err(HostError::usage(format!(
            "--attach: {} is neither a registry:// image nor an OCI image layout directory; attach to one of those",
            image.display()
        )));
    }
    imagegate::signature::keys::SigningKey::from_pem(&pem)
        .map_err(|e| HostError::usage(format!("--key {key}: signing key: {e}")))?;
    let ran = run_scan(
        gate,
        limits,
        scan,
        vec![engine::ReportFormat::Json],
        false,
        None,
    )?;
    let json = ran.outcome.reports.first().cloned().unwrap_or_default();
    if let Some(path) = report {
        imagegate::report::output::write_file(path, json.as_bytes()).map_err(HostError::from)?;
    }
    if ran.outcome.exit_code == 2 {
        return Err(HostError::new(
            ErrorKind::Usage,
            "the scan could not decide (verdict error; see the report): nothing was attested",
        ));
    }
    let parsed = serde_json::from_str::<serde_json::Value>(&json).ok();
    let has_db = parsed
        .as_ref()
        .and_then(|v| v.get("vulnerability_db").map(|d| !d.is_null()))
        .unwrap_or(false);
    let manifest_digest = parsed
        .as_ref()
        .and_then(|v| v.pointer("/image/manifest_digest"))
        .and_then(serde_json::Value::as_str)
        .map(str::to_string);
    let db_digest = match (&ran.db, has_db) {
        (Some(db), true) => Some(file_digest(db)?),
        _ => None,
    };
    let mut req = AttestRequest {
        report: json,
        subject_name: ran.reference.clone(),
        policy_digest: ran
            .policy
            .as_ref()
            .map(|p| format!("sha256:{}", hex(&Sha256::digest(p.text.as_bytes())))),
        db_digest,
        component_digest: gate.digest.clone(),
        now: ran.now,
        signing_key: pem.to_string(),
    };
    drop(pem);
    let made = gate.attest(limits, &req);
    req.signing_key.zeroize();
    let made = made?;
    imagegate::report::output::write_file(output, made.bundle.as_bytes())
        .map_err(HostError::from)?;
    eprintln!(
        "imagegate: attested verdict {} (key {}) in {}",
        imagegate::logsafe::log_safe(&made.verdict),
        imagegate::logsafe::log_safe(&made.key_id),
        imagegate::logsafe::log_safe(&output.display().to_string())
    );
    if attach {
        let digest = manifest_digest
            .ok_or_else(|| HostError::usage("--attach: the report names no manifest digest"))?;
        let envelope = serde_json::from_str::<serde_json::Value>(&made.bundle)
            .ok()
            .and_then(|b| b.get("dsseEnvelope").map(|e| e.to_string()))
            .ok_or_else(|| HostError::usage("--attach: the bundle has no DSSE envelope"))?;
        let predicate = imagegate::signature::attestation::PREDICATE_TYPE;
        match remote {
            Some(mut r) => {
                r.digest = Some(digest);
                let a = crate::registry::attach(
                    &r,
                    made.bundle.as_bytes(),
                    envelope.as_bytes(),
                    predicate,
                    &insecure,
                )?;
                eprintln!(
                    "imagegate: attached to {}: referrer {}{}, cosign tag {}",
                    imagegate::logsafe::log_safe(&r.to_string()),
                    a.referrer,
                    a.referrers_tag
                        .map(|t| format!(" (referrers tag {t})"))
                        .unwrap_or_default(),
                    a.att_tag
                );
            }
            None => {
                let tag = crate::registry::attach_layout(
                    &image,
                    &digest,
                    envelope.as_bytes(),
                    predicate,
                )?;
                eprintln!(
                    "imagegate: attached to {} as the cosign tag {tag}",
                    imagegate::logsafe::log_safe(&image.display().to_string())
                );
            }
        }
    }
    Ok(ran.outcome.exit_code)
}

/// Read `--key` public keys and `--bundle` files for the component.
pub fn read_inputs(
    keys: &[PathBuf],
    bundles: &[PathBuf],
) -> Result<(Vec<PublicKey>, Vec<AttestationFile>), HostError> {
    let name = |p: &PathBuf| imagegate::cli::file_name(&p.to_string_lossy());
    let mut pubs = Vec::new();
    for k in keys {
        let bytes =
            imagegate::cli::read_input(&k.to_string_lossy(), MAX_KEY).map_err(HostError::from)?;
        pubs.push(PublicKey {
            name: name(k),
            pem: String::from_utf8_lossy(&bytes).into_owned(),
        });
    }
    let mut atts = Vec::new();
    for b in bundles {
        atts.push(AttestationFile {
            name: name(b),
            content: imagegate::cli::read_input(&b.to_string_lossy(), MAX_ATTESTATION)
                .map_err(HostError::from)?,
        });
    }
    Ok((pubs, atts))
}

/// `verify-attestation`'s keyless options.
pub struct Keyless {
    pub trusted_root: Option<PathBuf>,
    pub issuer: Option<String>,
    pub identities: Vec<String>,
    pub regexps: Vec<String>,
}

/// The largest trusted root read (the public-good one is about 10 KiB).
const MAX_TRUSTED_ROOT: u64 = 4 << 20;

impl Keyless {
    /// The trusted root's text and the identities, for the component.
    fn read(self) -> Result<(Option<String>, Vec<engine::CertificateIdentity>), HostError> {
        let root = match &self.trusted_root {
            None => None,
            Some(p) => {
                let bytes = imagegate::cli::read_input(&p.to_string_lossy(), MAX_TRUSTED_ROOT)
                    .map_err(HostError::from)?;
                Some(String::from_utf8(bytes).map_err(|_| {
                    HostError::usage(format!("--trusted-root {}: not UTF-8 JSON", p.display()))
                })?)
            }
        };
        let issuer = self.issuer.unwrap_or_default();
        if root.is_some() && self.identities.is_empty() && self.regexps.is_empty() {
            return Err(HostError::usage(
                "--trusted-root needs --certificate-oidc-issuer and --certificate-identity or --certificate-identity-regexp (keyless bundles are trusted only from named signers)",
            ));
        }
        let ids = self
            .identities
            .into_iter()
            .map(|s| (s, false))
            .chain(self.regexps.into_iter().map(|s| (s, true)))
            .map(|(subject, regexp)| engine::CertificateIdentity {
                issuer: issuer.clone(),
                subject,
                regexp,
            })
            .collect();
        Ok((root, ids))
    }
}

/// `imagegate verify-attestation`: a local image (the component resolves it
/// and finds what its layout holds), or a `registry://` image, resolved here
/// to its manifest digest, whose attachments are found here
/// ([`crate::discover`]) and handed to the component with the `--bundle`s.
#[allow(clippy::too_many_arguments)]
pub fn verify(
    gate: &Gate,
    limits: &RunLimits,
    image: &Path,
    keys: &[PathBuf],
    bundles: &[PathBuf],
    keyless: Keyless,
    insecure: &[String],
    mut req: engine::VerifyAttestation,
) -> Result<u8, HostError> {
    let (pubs, atts) = read_inputs(keys, bundles)?;
    req.trusted_keys = pubs;
    req.attestations = atts;
    (req.trusted_root, req.identities) = keyless.read()?;
    let remote = image
        .to_str()
        .filter(|s| s.starts_with("registry://"))
        .map(crate::registry::Reference::parse)
        .transpose()?;
    let v = match remote {
        None => gate.verify_attestation(limits, Some(image), req)?,
        Some(mut r) => {
            if req.tag.is_some() {
                return Err(HostError::usage(
                    "--tag picks an image inside an archive or layout; put the tag in the registry:// reference",
                ));
            }
            let shown = r.to_string();
            let inspected = crate::registry::inspect(
                &r,
                &crate::registry::PullOptions {
                    platform: req.platform.as_deref(),
                    insecure,
                },
                false,
            )?;
            r.digest = Some(inspected.manifest_digest.clone());
            let found = crate::discover::registry(
                &r,
                insecure,
                imagegate::image::attached::Want::Attestations(Some(
                    imagegate::signature::attestation::PREDICATE_TYPE,
                )),
            )?;
            found.print_notes();
            eprintln!(
                "imagegate: {} attestation(s) attached to {} ({})",
                found.found.len(),
                imagegate::logsafe::log_safe(&shown),
                inspected.manifest_digest
            );
            let mut inputs: Vec<imagegate::signature::attestation::AttestationInput> = req
                .attestations
                .drain(..)
                .map(|a| imagegate::signature::attestation::AttestationInput {
                    source: a.name,
                    bytes: a.content,
                })
                .collect();
            imagegate::signature::attestation::add_discovered(
                &mut inputs,
                found.found.into_iter().map(|a| {
                    imagegate::signature::attestation::AttestationInput {
                        source: a.name,
                        bytes: a.content,
                    }
                }),
            );
            req.attestations = inputs
                .into_iter()
                .map(|a| AttestationFile {
                    name: a.source,
                    content: a.bytes,
                })
                .collect();
            req.display_name = Some(shown);
            req.manifest_digest = Some(inspected.manifest_digest);
            req.platform = None;
            gate.verify_attestation(limits, None, req)?
        }
    };
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    out.write_all(v.report.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| HostError::io("stdout", e))?;
    Ok(v.exit_code)
}
