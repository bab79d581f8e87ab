//! The component entry. Built for `wasm32-wasip2` this binary is
//! `imagegate.wasm`: `main` is its `wasi:cli/run` export, and the
//! `imagegate:gate/scanner` interface of `wit/imagegate.wit` is exported next
//! to it through `wit-bindgen`. Built natively, it is the same command line
//! over the library (handy for tests and benchmarks without a host).
//!
//! With `--features host-sha256` it is the `imagegate-accel` world instead:
//! the same component, which also imports `imagegate:gate/host-sha256` and
//! `imagegate:gate/host-zstd`, and hashes layer blobs (and decodes zstd
//! layers, when the host has a decoder) with them (the Rust and JavaScript
//! hosts' build).

#[cfg(target_arch = "wasm32")]
mod component {
    #[cfg(not(feature = "host-sha256"))]
    wit_bindgen::generate!({
        path: "wit/imagegate.wit",
        world: "imagegate",
    });

    // The `imagegate-accel` build (`--features host-sha256`): layer blobs are
    // hashed by the host's `imagegate:gate/host-sha256` (see the WIT file).
    #[cfg(feature = "host-sha256")]
    wit_bindgen::generate!({
        path: "wit/imagegate.wit",
        world: "imagegate-accel",
    });

    #[cfg(feature = "host-sha256")]
    mod host_sha256 {
        use super::imagegate::gate::host_sha256::Hasher;
        use ::imagegate::image::digest::{use_host_sha256, BulkSha256};

        struct Host(Hasher);

        impl BulkSha256 for Host {
            fn update(&mut self, data: &[u8]) {
                self.0.update(data);
            }

            fn finish(self: Box<Self>) -> Result<[u8; 32], String> {
                let out = self.0.finish();
                <[u8; 32]>::try_from(out.as_slice()).map_err(|_| {
                    format!(
                        "the host's SHA-256 returned {} bytes instead of 32",
                        out.len()
                    )
                })
            }
        }

        pub fn install() {
            use_host_sha256(|| Box::new(Host(Hasher::new())));
        }
    }

    #[cfg(feature = "host-sha256")]
    mod host_zstd {
        use super::imagegate::gate::host_zstd::{available, Decoder};
        use ::imagegate::image::zstd::{use_host_zstd, HostZstd};

        struct Host(Decoder);

        impl HostZstd for Host {
            fn push(&mut self, data: &[u8]) {
                self.0.push(data);
            }

            fn pull(&mut self, max: u32) -> Result<Vec<u8>, String> {
                self.0.pull(max)
            }

            fn finish(&mut self) -> Result<(), String> {
                self.0.finish()
            }
        }

        /// Decode zstd layers with the host's decoder when it has one.
        pub fn install() {
            if available() {
                use_host_zstd(|| Box::new(Host(Decoder::new())));
            }
        }
    }

    /// Hash layers with the host's SHA-256, and decode zstd layers with the
    /// host's decoder when it has one, where this build imports them.
    pub fn install_host_sha256() {
        #[cfg(feature = "host-sha256")]
        {
            host_sha256::install();
            host_zstd::install();
        }
    }

    use ::imagegate::vulndb::matcher::Level;
    use ::imagegate::Format;
    use exports::imagegate::gate::scanner::{
        AttestRequest, Attestation, AttestationVerdict, Guest, PolicyFile, RenderedReport,
        ReportFormat, ScanError, ScanPlan, ScanRequest, ScanResult, Verdict,
        VerifyAttestationRequest, VulnerabilitySeverity,
    };

    fn to_wit_error(e: ::imagegate::Error) -> ScanError {
        ScanError {
            code: e.code().to_string(),
            message: e.to_string(),
        }
    }

    fn to_lib(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Json => Format::Json,
            ReportFormat::Text => Format::Text,
            ReportFormat::Cyclonedx => Format::Cyclonedx,
            ReportFormat::Spdx => Format::Spdx,
            ReportFormat::Sarif => Format::Sarif,
            ReportFormat::Junit => Format::Junit,
            ReportFormat::Markdown => Format::Markdown,
            ReportFormat::Openvex => Format::OpenVex,
        }
    }

    fn to_wit(f: Format) -> ReportFormat {
        match f {
            Format::Json => ReportFormat::Json,
            Format::Text => ReportFormat::Text,
            Format::Cyclonedx => ReportFormat::Cyclonedx,
            Format::Spdx => ReportFormat::Spdx,
            Format::Sarif => ReportFormat::Sarif,
            Format::Junit => ReportFormat::Junit,
            Format::Markdown => ReportFormat::Markdown,
            Format::OpenVex => ReportFormat::Openvex,
        }
    }

    struct Component;

    impl Guest for Component {
        fn scan(request: ScanRequest) -> Result<ScanResult, ScanError> {
            install_host_sha256();
            let mut req = ::imagegate::ScanRequest::new(request.image);
            req.display_name = request.display_name;
            req.tag = request.tag;
            req.platform = request.platform;
            req.db = request.db.map(std::path::PathBuf::from);
            req.now = request.now;
            req.signatures = request
                .signatures
                .into_iter()
                .map(|s| ::imagegate::signature::SignatureInput {
                    source: s.name,
                    payload: s.payload,
                    signature: s.signature,
                })
                .collect();
            req.trusted_keys = request
                .trusted_keys
                .into_iter()
                .map(|k| (k.name, k.pem))
                .collect();
            req.signature_bundles = request
                .signature_bundles
                .into_iter()
                .map(|b| ::imagegate::signature::BundleInput {
                    source: b.name,
                    bytes: b.content,
                })
                .collect();
            req.trusted_root = request.trusted_root;
            req.formats = request.formats.into_iter().map(to_lib).collect();
            req.color = request.color;
            req.reference = request.reference;
            req.policy = request.policy.map(|p| ::imagegate::policy::PolicyFile {
                name: p.name,
                text: p.text,
            });
            req.skip_vulnerabilities = request.skip_vulnerabilities;
            req.vex = request
                .vex
                .into_iter()
                .map(|d| ::imagegate::vex::VexFile {
                    name: d.name,
                    text: d.text,
                })
                .collect();
            req.vex_author = request.vex_author;
            req.fail_on = request.fail_on.map(|s| match s {
                VulnerabilitySeverity::Low => Level::Low,
                VulnerabilitySeverity::Medium => Level::Medium,
                VulnerabilitySeverity::High => Level::High,
                VulnerabilitySeverity::Critical => Level::Critical,
            });
            match ::imagegate::scan(&req) {
                Ok(outcome) => Ok(ScanResult {
                    verdict: match outcome.verdict {
                        ::imagegate::Verdict::Pass => Verdict::Pass,
                        ::imagegate::Verdict::Fail => Verdict::Fail,
                        ::imagegate::Verdict::Error => Verdict::Error,
                    },
                    exit_code: outcome.verdict.exit_code(),
                    reports: outcome
                        .reports
                        .into_iter()
                        .map(|r| RenderedReport {
                            format: to_wit(r.format),
                            content: r.content,
                        })
                        .collect(),
                }),
                Err(e) => Err(ScanError {
                    code: e.code().to_string(),
                    message: e.to_string(),
                }),
            }
        }

        fn plan(
            policy: Option<PolicyFile>,
            skip_vulnerabilities: bool,
        ) -> Result<ScanPlan, ScanError> {
            use ::imagegate::defaults;
            let policy = policy.map(|p| ::imagegate::policy::PolicyFile {
                name: p.name,
                text: p.text,
            });
            let plan =
                defaults::plan(policy.as_ref(), skip_vulnerabilities).map_err(|e| ScanError {
                    code: e.code().to_string(),
                    message: e.to_string(),
                })?;
            Ok(ScanPlan {
                needs_db: plan.needs_db,
                max_db_age_days: plan.max_db_age_days,
                policy_file: defaults::POLICY_FILE.to_string(),
                db_file: defaults::DB_FILE.to_string(),
                db_source: defaults::DB_SOURCE.to_string(),
                db_ecosystems: defaults::DB_ECOSYSTEMS
                    .iter()
                    .map(|e| e.to_string())
                    .collect(),
                trusted_root: plan.trusted_root,
            })
        }

        fn version() -> String {
            ::imagegate::version()
        }

        fn attest(request: AttestRequest) -> Result<Attestation, ScanError> {
            let req = ::imagegate::AttestRequest {
                report_json: request.report,
                subject_name: request.subject_name,
                policy_digest: request.policy_digest,
                db_digest: request.db_digest,
                component_digest: request.component_digest,
                now: request.now,
                signing_key: zeroize::Zeroizing::new(request.signing_key),
            };
            let made = ::imagegate::attest(&req).map_err(to_wit_error)?;
            Ok(Attestation {
                bundle: made.bundle,
                statement: made.statement,
                key_id: made.key_id,
                verdict: made.verdict,
            })
        }

        fn verify_attestation(
            request: VerifyAttestationRequest,
        ) -> Result<AttestationVerdict, ScanError> {
            use ::imagegate::signature::attestation::{AttestationInput, Requirements};
            let mut requirements = Requirements {
                max_age: request.max_age,
                max_db_age: request.max_db_age,
                ..Requirements::default()
            };
            for r in &request.require {
                requirements.add(r).map_err(|m| {
                    to_wit_error(::imagegate::Error::new(
                        ::imagegate::ErrorKind::Usage,
                        "",
                        m,
                    ))
                })?;
            }
            let req = ::imagegate::VerifyAttestationRequest {
                image: request.image.map(std::path::PathBuf::from),
                display_name: request.display_name,
                tag: request.tag,
                platform: request.platform,
                manifest_digest: request.manifest_digest,
                attestations: request
                    .attestations
                    .into_iter()
                    .map(|a| AttestationInput {
                        source: a.name,
                        bytes: a.content,
                    })
                    .collect(),
                trusted_keys: request
                    .trusted_keys
                    .into_iter()
                    .map(|k| (k.name, k.pem))
                    .collect(),
                trusted_root: request.trusted_root,
                identities: request
                    .identities
                    .into_iter()
                    .map(|i| ::imagegate::signature::sigstore::IdentitySpec {
                        issuer: i.issuer,
                        subject: i.subject,
                        regexp: i.regexp,
                    })
                    .collect(),
                requirements,
                now: request.now,
                limits: ::imagegate::image::Limits::default(),
            };
            let report = ::imagegate::verify_attestation(&req).map_err(to_wit_error)?;
            let text = if request.json {
                ::imagegate::logsafe::defuse_json(
                    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n",
                )
            } else {
                report.text()
            };
            Ok(AttestationVerdict {
                verified: report.verified,
                exit_code: if report.verified { 0 } else { 1 },
                report: text,
            })
        }

        fn explain(code: String) -> Option<String> {
            ::imagegate::explain::explain(&code).map(str::to_string)
        }
    }

    export!(Component);
}

fn main() {
    use std::io::IsTerminal;
    #[cfg(target_arch = "wasm32")]
    component::install_host_sha256();
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Colours only for a terminal, and never with NO_COLOR set (no-color.org).
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let code = imagegate::cli::run_with(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
        color,
    );
    std::process::exit(i32::from(code));
}
