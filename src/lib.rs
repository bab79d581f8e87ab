//! imagegate: the container-image gate. This crate holds all scanning and
//! policy logic. It builds natively (for tests and benchmarks) and as the
//! WASI Preview 2 component `imagegate.wasm` (see `src/main.rs` and
//! `wit/imagegate.wit`). It reads only through the paths it is given and
//! never prints: [`scan`] returns a [`ScanOutcome`] or an [`Error`].

pub mod cli;
pub mod defaults;
pub mod diag;
pub mod error;
pub mod explain;
pub mod image;
pub mod input;
pub mod inventory;
pub mod logsafe;
pub mod pipeline;
pub mod policy;
pub mod redact;
pub mod report;
pub mod rescan;
pub mod secrets;
pub mod severity;
pub mod signature;
pub mod time;
pub mod vex;
pub mod vulndb;

pub use error::{Error, ErrorKind, Result};
use image::facts::ImageFacts;
use image::resolve::{PlatformReq, Selector};
use image::Limits;
pub use report::{Format, RenderedReport, Report, Verdict};
use std::path::PathBuf;

/// One scan request; the same fields as the WIT `scan-request`.
#[derive(Debug, Clone)]
pub struct ScanRequest {
    /// Path to the image (tarball or OCI layout directory).
    pub image: PathBuf,
    /// Name used in reports and errors; defaults to the file name.
    pub display_name: Option<String>,
    pub tag: Option<String>,
    pub platform: Option<String>,
    /// The formats to render, each once (at least one; the scan runs once).
    pub formats: Vec<Format>,
    /// ANSI colours in the text report (the host sets it when the text goes
    /// to a terminal and `NO_COLOR` is unset). Other formats ignore it.
    pub color: bool,
    pub limits: Limits,
    /// The vulnerability DB to match packages against (`imagegate db build`).
    pub db: Option<PathBuf>,
    /// Secret detection settings (default: every built-in rule on).
    pub secrets: secrets::SecretsConfig,
    /// The current time from the host (Unix seconds). Used only for
    /// decisions (end-of-life dates, ignore expiry, DB age), never printed.
    /// `None`: decisions that need a date are skipped with a note.
    pub now: Option<u64>,
    /// Signatures given as files (cosign `--output-signature` and
    /// `--output-payload`), checked next to those found in an OCI layout.
    pub signatures: Vec<signature::SignatureInput>,
    /// Trusted public keys `(name, PEM)`. With any key a valid signature is
    /// required (like `cosign verify --key`).
    pub trusted_keys: Vec<(String, String)>,
    /// Sigstore bundles given as image signatures (key-signed or keyless).
    pub signature_bundles: Vec<signature::BundleInput>,
    /// The Sigstore trusted root's text for keyless bundles (`--trusted-root`
    /// or the policy's `signatures.trusted-root`, read by the host).
    pub trusted_root: Option<String>,
    /// The reference the pipeline names the image by (`registry/repo:tag`
    /// or `@sha256:…`), judged by the `registries` policy check; `None`:
    /// the names the image carries.
    pub reference: Option<String>,
    /// The policy file (name and text); `None`: the default policy.
    pub policy: Option<policy::PolicyFile>,
    /// `--fail-on`: overrides the policy's `vulnerabilities.fail-on`.
    pub fail_on: Option<vulndb::matcher::Level>,
    /// `--skip-vulnerabilities`: no advisory matching and no DB needed; every
    /// report says so at the top (`vulnerabilities-skipped`).
    pub skip_vulnerabilities: bool,
    /// VEX documents (OpenVEX, CycloneDX VEX, CSAF VEX) the host read: each
    /// is applied to the findings ([`vex`]); a bad one is `vex-invalid`.
    pub vex: Vec<vex::VexFile>,
    /// The `author` of the OpenVEX export (`imagegate vex --author`); `None`:
    /// the policy's `vulnerabilities.vex-author`.
    pub vex_author: Option<String>,
}

impl ScanRequest {
    pub fn new(image: impl Into<PathBuf>) -> ScanRequest {
        ScanRequest {
            image: image.into(),
            display_name: None,
            tag: None,
            platform: None,
            formats: vec![Format::Json],
            color: false,
            limits: Limits::default(),
            db: None,
            secrets: secrets::SecretsConfig::default(),
            now: None,
            signatures: Vec::new(),
            trusted_keys: Vec::new(),
            signature_bundles: Vec::new(),
            trusted_root: None,
            reference: None,
            policy: None,
            fail_on: None,
            skip_vulnerabilities: false,
            vex: Vec::new(),
            vex_author: None,
        }
    }

    /// The name shown for the input: the given display name, else the last
    /// path component (so reports never carry host paths).
    pub fn name(&self) -> String {
        if let Some(n) = &self.display_name {
            return n.clone();
        }
        self.image
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.image.display().to_string())
    }
}

/// The outcome of a scan the gate could decide.
#[derive(Debug, Clone)]
pub struct ScanOutcome {
    pub verdict: Verdict,
    /// One report per requested format, in the requested order.
    pub reports: Vec<RenderedReport>,
}

impl ScanOutcome {
    /// The first rendered report (the only one when one format was asked for).
    pub fn report(&self) -> &str {
        self.reports
            .first()
            .map(|r| r.content.as_str())
            .unwrap_or("")
    }
}

/// Scan and return the structured report with the policy's verdict.
pub fn scan_report(req: &ScanRequest) -> Result<Report> {
    // A bad policy fails before the image is read.
    let mut policy = policy::Policy::load(req.policy.as_ref(), req.fail_on)?;
    if req.skip_vulnerabilities {
        policy.skip_vulnerabilities("--skip-vulnerabilities");
    }
    // So does a bad VEX document: it is never ignored.
    let vex_docs = vex::parse_all(&req.vex)?;
    let platform = req
        .platform
        .as_deref()
        .map(PlatformReq::parse)
        .transpose()?;
    let sel = Selector {
        tag: req.tag.clone(),
        platform,
    };
    let name = req.name();
    // The policy's `[secrets]` section drives the scanner when a policy
    // file is given; else the request's (the API default: every rule on).
    let secrets_cfg = match &req.policy {
        Some(_) => policy::checks::secrets::to_secrets_config(&policy.config.secrets),
        None => req.secrets.clone(),
    };
    let compiled = if policy.config.secrets.enabled {
        Some(secrets_cfg.compile().map_err(|errs| {
            let msgs: Vec<String> = errs.iter().map(ToString::to_string).collect();
            Error::new(ErrorKind::Usage, "secrets policy", msgs.join("; "))
        })?)
    } else {
        None
    };
    let pipeline::Scanned {
        image,
        inventory,
        secrets: found,
    } = pipeline::read(&req.image, &name, &sel, &req.limits, compiled.as_ref())?;
    let facts = ImageFacts::from_image(&image);
    let owned = inventory::os_owned_files(&inventory, &image.tree);
    let inventory_warnings = inventory.warnings.clone();
    let source = report::SourceInfo {
        name,
        format: image.resolved.format.as_str(),
    };
    let keys = req
        .trusted_keys
        .iter()
        .chain(&policy.config.signatures.trusted_keys)
        .map(|(name, pem)| {
            signature::TrustedKey::from_pem(name, pem)
                .map_err(|e| Error::new(ErrorKind::Usage, name, format!("public key: {e}")))
        })
        .collect::<Result<Vec<_>>>()?;
    let keyless = match (&req.trusted_root, policy.config.signatures.identities.is_empty()) {
        (Some(root), _) => Some(
            signature::sigstore::Keyless::new(root.as_bytes(), &policy.config.signatures.identities)
                .map_err(|e| Error::new(ErrorKind::Usage, "trusted root", e))?,
        ),
        (None, false) => {
            return Err(Error::new(
                ErrorKind::PolicyInvalid,
                "signatures.identities",
                "keyless identities need a Sigstore trusted root: `signatures.trusted-root` in the policy or --trusted-root",
            ))
        }
        (None, true) => None,
    };
    let mut report = Report::new(source, facts, inventory, Vec::new());
    report.add_secrets(found);
    let mut sigs = req.signatures.clone();
    sigs.extend(image.resolved.signatures.iter().cloned());
    let mut bundles = req.signature_bundles.clone();
    bundles.extend(
        image
            .resolved
            .bundles
            .iter()
            .map(|b| signature::BundleInput {
                source: b.source.clone(),
                bytes: b.bytes.clone(),
            }),
    );
    let identities = &policy.config.signatures.identities;
    if !keys.is_empty()
        || !sigs.is_empty()
        || !bundles.is_empty()
        || !identities.is_empty()
        || policy.config.signatures.require
    {
        let digest = image
            .resolved
            .manifest_digest
            .as_ref()
            .map(|d| d.to_string());
        let required =
            !keys.is_empty() || !identities.is_empty() || policy.config.signatures.require;
        let inputs = signature::Inputs {
            signatures: &sigs,
            bundles: &bundles,
            keys: &keys,
            keyless: keyless.as_ref(),
            now: req.now.and_then(|n| i64::try_from(n).ok()),
        };
        report.add_signatures(signature::evaluate(digest, &inputs, required));
    }
    let base =
        policy::checks::vulnerabilities::ignore::image_base(&policy.config.base, &report.image);
    // Switched off, vulnerabilities are not matched even with a DB at hand:
    // the report then holds no advisory it did not judge.
    let db_path = req
        .db
        .as_ref()
        .filter(|_| policy.config.vulnerabilities.enabled);
    if let Some(db_path) = db_path {
        let db_name = db_path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| db_path.display().to_string());
        let (mut db, summary) = vulndb::scan::open(db_path, &db_name)?;
        let inv = inventory::Inventory {
            os: report.os.clone(),
            packages: report.packages.clone(),
            warnings: inventory_warnings,
        };
        let outcome = vulndb::scan::match_inventory(
            &mut db,
            &inv,
            &db_name,
            &policy.config.vulnerabilities.severity_sources,
        )?;
        let mut vulns = outcome.vulns;
        if !vex_docs.is_empty() {
            let id = vex::apply::Image {
                manifest_digest: report.image.manifest_digest.as_ref().map(|d| d.to_string()),
                config_digest: report.image.config_digest.to_string(),
                references: report
                    .image
                    .references
                    .iter()
                    .cloned()
                    .chain(req.reference.clone())
                    .collect(),
            };
            let purls: Vec<String> = report.packages.iter().map(|p| p.purl.clone()).collect();
            report.vex = Some(vex::apply::apply(&vex_docs, &id, &purls, &mut vulns));
        }
        policy::checks::vulnerabilities::ignore::apply(
            &policy.config.vulnerabilities.ignore,
            &report.image,
            base.as_ref(),
            req.now.map(time::day_of),
            &mut vulns,
        );
        report.add_vulnerabilities(summary, vulns, outcome.warnings, outcome.gaps);
    }
    let eval = {
        let cx = policy::checks::Context {
            facts: &report.image,
            tree: &image.tree,
            os: report.os.as_ref(),
            packages: &report.packages,
            owned: &owned,
            vulns: report.vulnerabilities.as_deref(),
            db: report.vulnerability_db.as_ref(),
            gaps: &report.vulnerability_gaps,
            today: req.now.map(time::day_of),
            reference: req.reference.as_deref(),
            vex: report.vex.as_ref(),
            base: base.as_ref(),
            secrets: &report.secrets,
            signatures: report.signatures.as_ref(),
        };
        policy::evaluate(&policy, &cx)
    };
    report.apply_policy(&policy.source, eval);
    report.export = report::openvex::Export {
        author: req
            .vex_author
            .clone()
            .or_else(|| policy.config.vulnerabilities.vex_author.clone()),
        issued: req.now,
    };
    Ok(report)
}

/// Scan once and render the report in every requested format (all of them
/// before returning: a host never holds a partial set).
pub fn scan(req: &ScanRequest) -> Result<ScanOutcome> {
    if req.formats.is_empty() {
        return Err(Error::new(
            ErrorKind::Usage,
            "",
            "no report format requested",
        ));
    }
    for (i, f) in req.formats.iter().enumerate() {
        if req.formats[..i].contains(f) {
            return Err(Error::new(
                ErrorKind::Usage,
                "",
                format!("format {:?} requested twice", f.name()),
            ));
        }
    }
    if req.formats.contains(&Format::OpenVex) && req.now.is_none() {
        return Err(Error::new(
            ErrorKind::Usage,
            "",
            "the openvex format needs the host's time (the document's timestamp)",
        ));
    }
    let report = scan_report(req)?;
    let opts = report::RenderOptions { color: req.color };
    let reports = req
        .formats
        .iter()
        .map(|&format| RenderedReport {
            format,
            content: report::render(&report, format, &opts),
        })
        .collect();
    Ok(ScanOutcome {
        verdict: report.verdict,
        reports,
    })
}

/// `imagegate attest`: sign a scan's verdict (the WIT `attest-request`).
pub struct AttestRequest {
    /// The scan's JSON report, unchanged.
    pub report_json: String,
    /// The subject's name; `None`: the report's source name.
    pub subject_name: Option<String>,
    /// `sha256:<hex>` of the policy text, of the DB file and of the component.
    pub policy_digest: Option<String>,
    pub db_digest: Option<String>,
    pub component_digest: String,
    /// Signing time, Unix seconds.
    pub now: u64,
    /// The private key, PEM (zeroed when dropped, never printed).
    pub signing_key: zeroize::Zeroizing<String>,
}

impl std::fmt::Debug for AttestRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttestRequest")
            .field("subject_name", &self.subject_name)
            .field("now", &self.now)
            .finish_non_exhaustive()
    }
}

/// Build and sign the verdict attestation of a report.
pub fn attest(req: &AttestRequest) -> Result<signature::attestation::Made> {
    let key = signature::keys::SigningKey::from_pem(&req.signing_key)
        .map_err(|e| Error::new(ErrorKind::Usage, "signing key", e))?;
    let input = signature::attestation::AttestInput {
        report_json: req.report_json.clone(),
        report_schema: report::SCHEMA,
        subject_name: req.subject_name.clone(),
        policy_digest: req.policy_digest.clone(),
        db_digest: req.db_digest.clone(),
        component_digest: req.component_digest.clone(),
        component_version: version(),
        time: req.now,
    };
    signature::attestation::make(&input, &key)
        .map_err(|e| Error::new(ErrorKind::Usage, "report", e))
}

/// `imagegate verify-attestation` (the WIT `verify-attestation-request`).
#[derive(Debug, Clone)]
pub struct VerifyAttestationRequest {
    /// The image whose manifest digest the attestations must name; `None`:
    /// `manifest_digest` is given (a host resolved it in a registry).
    pub image: Option<PathBuf>,
    pub display_name: Option<String>,
    pub tag: Option<String>,
    pub platform: Option<String>,
    pub manifest_digest: Option<String>,
    pub attestations: Vec<signature::attestation::AttestationInput>,
    /// Trusted public keys `(name, PEM)`.
    pub trusted_keys: Vec<(String, String)>,
    /// Keyless bundles: the trusted root (`trusted_root.json` text) and
    /// the identities trusted to sign.
    pub trusted_root: Option<String>,
    pub identities: Vec<signature::sigstore::IdentitySpec>,
    pub requirements: signature::attestation::Requirements,
    pub now: u64,
    pub limits: Limits,
}

/// Check the attestations of one image.
pub fn verify_attestation(
    req: &VerifyAttestationRequest,
) -> Result<signature::attestation::Report> {
    let keys = req
        .trusted_keys
        .iter()
        .map(|(name, pem)| {
            signature::TrustedKey::from_pem(name, pem)
                .map_err(|e| Error::new(ErrorKind::Usage, name, format!("public key: {e}")))
        })
        .collect::<Result<Vec<_>>>()?;
    let keyless = match &req.trusted_root {
        Some(_) if req.identities.is_empty() => {
            return Err(Error::new(
                ErrorKind::Usage,
                "",
                "a trusted root needs at least one trusted identity (--certificate-oidc-issuer with --certificate-identity or --certificate-identity-regexp)",
            ))
        }
        Some(root) => Some(
            signature::sigstore::Keyless::new(root.as_bytes(), &req.identities)
                .map_err(|e| Error::new(ErrorKind::Usage, "--trusted-root", e))?,
        ),
        None if !req.identities.is_empty() => {
            return Err(Error::new(
                ErrorKind::Usage,
                "",
                "certificate identities need a trusted root (--trusted-root trusted_root.json)",
            ))
        }
        None => None,
    };
    if keys.is_empty() && keyless.is_none() {
        return Err(Error::new(
            ErrorKind::Usage,
            "",
            "verify-attestation needs a trusted public key (--key), or a trusted root and identities for keyless bundles (--trusted-root, --certificate-identity, --certificate-oidc-issuer)",
        ));
    }
    let mut inputs = req.attestations.clone();
    let digest = match (&req.image, &req.manifest_digest) {
        (Some(path), None) => {
            let platform = req
                .platform
                .as_deref()
                .map(PlatformReq::parse)
                .transpose()?;
            let sel = Selector {
                tag: req.tag.clone(),
                platform,
            };
            let name = req.display_name.clone().unwrap_or_else(|| {
                path.file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
            // The attestations attached to the image in its layout join
            // those given (once each: a bundle given as a file and its
            // envelope in the `.att` tag are one attestation).
            let (resolved, attached) = image::resolve_attached(
                path,
                &name,
                &sel,
                &req.limits,
                image::attached::Want::Attestations(Some(signature::attestation::PREDICATE_TYPE)),
            )?;
            signature::attestation::add_discovered(
                &mut inputs,
                attached
                    .into_iter()
                    .map(|a| signature::attestation::AttestationInput {
                        source: a.source,
                        bytes: a.bytes,
                    }),
            );
            resolved
                .manifest_digest
                .map(|d| d.to_string())
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Unsupported,
                        name,
                        "the image has no manifest (a legacy docker-archive), so no attestation can name it; use its OCI layout or archive",
                    )
                })?
        }
        (None, Some(d)) => image::digest::Digest::parse(d, "manifest digest")?.to_string(),
        _ => {
            return Err(Error::new(
                ErrorKind::Usage,
                "",
                "give the image or its manifest digest, not both",
            ))
        }
    };
    Ok(signature::attestation::verify(
        &digest,
        &inputs,
        &keys,
        keyless.as_ref(),
        &req.requirements,
        req.now,
    ))
}

/// `imagegate <version> (report schema ...)`.
pub fn version() -> String {
    format!(
        "imagegate {} (report schema {})",
        env!("CARGO_PKG_VERSION"),
        report::SCHEMA
    )
}

/// The shared test corpus (`../shared/corpus`, or `$IMAGEGATE_CORPUS`).
/// Missing: a failure when `IMAGEGATE_REQUIRE_CORPUS=1` (CI), else a skip.
#[cfg(test)]
pub(crate) fn test_corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("IMAGEGATE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.join("README.md").is_file() {
        return Some(dir);
    }
    if std::env::var("IMAGEGATE_REQUIRE_CORPUS").is_ok_and(|v| v == "1") {
        panic!(
            "IMAGEGATE_REQUIRE_CORPUS=1 but the corpus is missing at {}",
            dir.display()
        );
    }
    eprintln!(
        "SKIP: test corpus not found at {} (set IMAGEGATE_CORPUS)",
        dir.display()
    );
    None
}
