//! `imagegate`, the command-line host: runs the imagegate component under
//! wasmtime with the least it needs (the image preopened read-only, no
//! network, no environment), a memory limit and a time limit, and publishes
//! its verdict as the exit code (0 pass, 1 fail, 2 error). The component is
//! precompiled once per wasmtime version and component hash and cached.

mod attest;
mod base;
mod db;
mod discover;
mod download;
mod engine;
mod registry;
mod sweep;

use clap::{Parser, Subcommand, ValueEnum};
use engine::{Gate, HostError, RunLimits, ScanOptions};
use imagegate::ErrorKind;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "imagegate",
    version,
    about = "Decide whether a container image may ship.",
    disable_help_subcommand = true
)]
struct Cli {
    /// The component to run (default: imagegate.wasm next to this binary, or $IMAGEGATE_COMPONENT).
    #[arg(long, global = true, value_name = "WASM")]
    component: Option<PathBuf>,
    /// Guest memory limit in MiB.
    #[arg(long, global = true, default_value_t = 512, value_name = "MIB")]
    memory_limit: u64,
    /// Time limit in seconds.
    #[arg(long, global = true, default_value_t = 600, value_name = "SECS")]
    timeout: u64,
    #[command(subcommand)]
    command: Cmd,
}

/// A report format on the command line: the component's list
/// (`imagegate::Format`: names, summaries), so the host can't drift from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct OutFormat(imagegate::Format);

impl ValueEnum for OutFormat {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::LazyLock<Vec<OutFormat>> =
            std::sync::LazyLock::new(|| imagegate::Format::ALL.map(OutFormat).to_vec());
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.0.name()).help(self.0.summary()))
    }
}

impl OutFormat {
    fn wit(self) -> engine::ReportFormat {
        match self.0 {
            imagegate::Format::Json => engine::ReportFormat::Json,
            imagegate::Format::Text => engine::ReportFormat::Text,
            imagegate::Format::Cyclonedx => engine::ReportFormat::Cyclonedx,
            imagegate::Format::Spdx => engine::ReportFormat::Spdx,
            imagegate::Format::Sarif => engine::ReportFormat::Sarif,
            imagegate::Format::Junit => engine::ReportFormat::Junit,
            imagegate::Format::Markdown => engine::ReportFormat::Markdown,
            imagegate::Format::OpenVex => engine::ReportFormat::Openvex,
        }
    }

    /// The library's format (file names under --output-dir).
    fn lib(self) -> imagegate::Format {
        self.0
    }
}

/// `--fail-on`: case-insensitive, like every host's fail-on input.
#[derive(Clone, Copy, Debug, ValueEnum)]
#[value(rename_all = "lower")]
enum FailOn {
    Low,
    Medium,
    High,
    Critical,
}

// Parsed once per process; boxing the big variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
enum Cmd {
    /// Scan an image: a docker-archive or OCI-archive tarball, an OCI image layout directory,
    /// or registry://HOST[:PORT]/REPO[:TAG|@sha256:DIGEST] (pulled to a temporary layout first).
    Scan {
        #[command(flatten)]
        scan: ScanArgs,
        /// Report formats, comma-separated (several need --output-dir).
        #[arg(
            long,
            short = 'f',
            value_enum,
            value_delimiter = ',',
            default_value = "json"
        )]
        format: Vec<OutFormat>,
        /// Write the report to FILE instead of stdout (only after a decision; never a partial report).
        #[arg(long, short = 'o', value_name = "FILE", conflicts_with = "output_dir")]
        output: Option<PathBuf>,
        /// Write one file per format into DIR (imagegate.json, .sarif, .junit.xml, .md, .txt, .cdx.json, .spdx.json), all or none.
        #[arg(long, value_name = "DIR")]
        output_dir: Option<PathBuf>,
        /// Exit 0 on a failing verdict (reports still say fail); an error
        /// (the gate could not decide) still exits 2.
        #[arg(long)]
        report_only: bool,
    },
    /// Scan an image and write its triage decisions as an OpenVEX v0.2.0 document: the
    /// policy ignores and VEX statements that applied to its findings (product: the image
    /// as pkg:oci/NAME@sha256:..., subcomponents: the package purls). Exit 0 when the
    /// scan decided (pass or fail; nothing is written when no decision applied), 2 when
    /// it could not (nothing written). See docs/vex.md.
    Vex {
        #[command(flatten)]
        scan: ScanArgs,
        /// The document's author (default: the policy's vulnerabilities.vex-author).
        #[arg(long, value_name = "NAME")]
        author: Option<String>,
        /// Write the document to FILE instead of stdout.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Scan an image and sign its verdict: an in-toto statement (subject: the manifest digest)
    /// in a DSSE envelope, written as a Sigstore bundle (see docs/attestations.md).
    /// Exits like scan: 0 pass, 1 fail (attested too), 2 undecided (nothing attested).
    Attest {
        #[command(flatten)]
        scan: ScanArgs,
        /// The private key: a PEM file (PKCS#8 or SEC1; ECDSA P-256 or Ed25519), or env://VAR
        /// to read the PEM from an environment variable. Never printed.
        #[arg(long, value_name = "KEY")]
        key: String,
        /// Where to write the bundle.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: PathBuf,
        /// Also write the scan's JSON report to FILE.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// Also attach the attestation next to the image: in a registry (registry:// images) as an
        /// OCI 1.1 referrer (with the referrers tag fallback) and cosign's sha256-<hex>.att tag; in
        /// an OCI layout directory as the .att tag.
        #[arg(long)]
        attach: bool,
    },
    /// Check an image's verdict attestations: exit 0 when the newest authentic one for its
    /// manifest digest meets the requirements (default verdict=pass), else 1. The attestations
    /// attached to a registry:// image or an OCI layout are found (referrers, the .att tag) and
    /// checked with the --bundle files.
    VerifyAttestation {
        /// The image: registry://HOST[:PORT]/REPO[:TAG|@sha256:DIGEST], a docker-archive or
        /// OCI-archive tarball, or an OCI image layout directory.
        image: PathBuf,
        /// Allow plain http to this registry host (repeatable; loopback hosts always may).
        #[arg(long = "insecure-registry", value_name = "HOST")]
        insecure_registries: Vec<String>,
        /// A trusted public key (PEM; repeatable). Either --key, or --trusted-root with identities.
        #[arg(
            long = "key",
            value_name = "PEM",
            required_unless_present = "trusted_root"
        )]
        keys: Vec<PathBuf>,
        /// Keyless Sigstore bundles: the trusted root (trusted_root.json; the public-good one
        /// ships in the PyPI sigstore package). Needs --certificate-oidc-issuer and an identity.
        #[arg(long, value_name = "FILE")]
        trusted_root: Option<PathBuf>,
        /// The OIDC issuer of the trusted signer (the Fulcio certificate's issuer extension).
        #[arg(long, value_name = "URL", requires = "trusted_root")]
        certificate_oidc_issuer: Option<String>,
        /// A trusted signer identity: the certificate's SAN (URI or e-mail), exactly (repeatable).
        #[arg(long, value_name = "SUBJECT", requires = "certificate_oidc_issuer")]
        certificate_identity: Vec<String>,
        /// A trusted signer identity as a regular expression matched against the whole SAN (repeatable).
        #[arg(long, value_name = "REGEX", requires = "certificate_oidc_issuer")]
        certificate_identity_regexp: Vec<String>,
        /// An attestation: a Sigstore bundle or DSSE envelope file (repeatable), checked with
        /// those attached to the image.
        #[arg(long = "bundle", value_name = "FILE")]
        bundles: Vec<PathBuf>,
        /// A requirement KEY=VALUE (repeatable): verdict=pass|fail|any (default pass),
        /// policy-digest, db-digest, component-digest, component-version, vulnerabilities-checked.
        #[arg(long = "require", value_name = "KEY=VALUE")]
        require: Vec<String>,
        /// The scan may be at most this old (7d, 36h, 90m).
        #[arg(long, value_name = "AGE", value_parser = parse_age)]
        max_age: Option<u64>,
        /// The DB the scan used must have been built at most this long ago (7d, 36h).
        #[arg(long, value_name = "AGE", value_parser = parse_age)]
        max_db_age: Option<u64>,
        /// Pick the image with this tag from an archive or layout holding several.
        #[arg(long)]
        tag: Option<String>,
        /// Platform to pick from a multi-platform index (os/arch[/variant]); default linux/amd64.
        #[arg(long)]
        platform: Option<String>,
        /// Decide as of this time (YYYY-MM-DD or Unix seconds) instead of the clock.
        #[arg(long, value_name = "DATE", value_parser = parse_now)]
        now: Option<u64>,
        /// Report format.
        #[arg(long, short = 'f', value_parser = ["text", "json"], default_value = "text")]
        format: String,
    },
    /// Match stored JSON reports (imagegate.json of earlier scans) against a newer DB: which advisories are new since each scan.
    Rescan {
        /// Stored JSON reports (`imagegate scan --format json`).
        #[arg(required = true)]
        reports: Vec<PathBuf>,
        /// The (newer) vulnerability DB; default: the default DB.
        #[arg(long, value_name = "DB")]
        db: Option<PathBuf>,
        /// Fail when an image has a new advisory at or above this severity (default high).
        #[arg(long, value_enum, ignore_case = true, value_name = "SEVERITY")]
        fail_on: Option<FailOn>,
        /// Report format.
        #[arg(long, short = 'f', value_parser = ["text", "json"], default_value = "text")]
        format: String,
        /// Write the report to FILE instead of stdout.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Pull an image from a registry into an OCI image layout directory (then scan it offline).
    Pull {
        /// [registry://]HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]
        reference: String,
        /// The layout directory to create (must not exist, or be empty).
        #[arg(long, short = 'o', value_name = "DIR")]
        output: PathBuf,
        /// Platform to pick from a multi-platform index (os/arch[/variant]); default linux/amd64.
        #[arg(long)]
        platform: Option<String>,
        /// Allow plain http to this registry host (repeatable; loopback hosts always may).
        #[arg(long = "insecure-registry", value_name = "HOST")]
        insecure_registries: Vec<String>,
    },
    /// Is the image built on the current build of its base image? Reads the base's name and
    /// digest (org.opencontainers.image.base.name/.digest annotations or labels, else the
    /// policy's [[base.images]]) and asks the registry for the base tag's digest now.
    /// Exit 0 up to date, 1 rebuild needed, 2 could not decide (an unknown base included).
    BaseCheck {
        /// The image: registry://HOST[:PORT]/REPO[:TAG|@sha256:DIGEST], a tarball or an OCI layout.
        image: String,
        /// The policy whose [[base.images]] identify a base by its layers (default ./imagegate.toml when it exists).
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
        /// Pick the image with this tag from an archive or layout holding several.
        #[arg(long)]
        tag: Option<String>,
        /// Platform (os/arch[/variant]) of the image and of the base to compare; default: the image's.
        #[arg(long)]
        platform: Option<String>,
        /// Allow plain http to this registry host (repeatable; loopback hosts always may).
        #[arg(long = "insecure-registry", value_name = "HOST")]
        insecure_registries: Vec<String>,
        /// Output: one line (text) or the JSON facts (schema imagegate.base-check/v1).
        #[arg(long, short = 'f', value_parser = ["text", "json"], default_value = "text")]
        format: String,
    },
    /// Sweep a registry: list its repositories and tags (catalog and tags APIs), scan the
    /// digests not seen before (their reports kept in --state DIR), rescan the kept reports of
    /// the others against today's DB, check each image's base, and write one summary
    /// (sweep.json, sweep.md). Exit 0 all pass and up to date, 1 some image fails or needs a
    /// rebuild, 2 some image could not be judged.
    #[command(
        mut_arg("skip_vulnerabilities", |a| a.help(
            "Scan without vulnerability matching, and do not rescan kept reports"
        )),
        mut_arg("policy", |a| a.help(
            "The policy for every scan and the base check (default ./imagegate.toml when it exists)"
        )),
        mut_arg("fail_on", |a| a.help(
            "Fail on vulnerabilities (and new advisories in rescans) at or above this severity"
        )),
    )]
    Sweep {
        /// REGISTRY[/PREFIX]: a registry host[:port], optionally a repository prefix (team/ matches team/app).
        target: String,
        /// The state directory: reports/<digest>.json of every image scanned (created when missing).
        #[arg(long, value_name = "DIR")]
        state: PathBuf,
        /// Where to write sweep.json and sweep.md (default: the state directory).
        #[arg(long, value_name = "DIR")]
        output_dir: Option<PathBuf>,
        #[command(flatten)]
        judge: JudgeArgs,
        /// Do not check the images' base images.
        #[arg(long)]
        no_base_check: bool,
        /// Entries per catalog/tags page requested (the registry may send fewer).
        #[arg(long, hide = true, default_value_t = 1000)]
        page_size: usize,
    },
    /// Manage the vulnerability DB (OSV advisories).
    Db {
        #[command(subcommand)]
        command: DbCmd,
    },
    /// Print the host and component versions.
    Version,
    /// Explain an error or diagnostic code.
    Explain { code: String },
    /// Compare two versions under an ecosystem's ordering (OSV ecosystem or purl type,
    /// e.g. Debian, Alpine, PyPI, npm, rpm): prints <, = or >. A version the ecosystem
    /// rejects is an error (exit 2), never a guess.
    Vercmp {
        /// The ecosystem: `Debian:12`, `Alpine`, `Red Hat`, `PyPI`, `npm`, `Go`, `Maven`, `deb`, `apk`, ...
        ecosystem: String,
        /// The first version.
        #[arg(allow_hyphen_values = true)]
        a: String,
        /// The second version.
        #[arg(allow_hyphen_values = true)]
        b: String,
    },
    /// Compile the component for this machine and write it beside the component
    /// (<name>.<hash>.cwasm), so no run compiles it (./build.sh does this).
    #[command(hide = true)]
    Precompile,
    /// Run the component's own `wasi:cli/run` entry, like `wasmtime run --dir HOST::GUEST imagegate.wasm ARGS`.
    #[command(hide = true)]
    WasiRun {
        /// HOST::GUEST directory to preopen read-only (repeatable).
        #[arg(long = "dir", value_name = "HOST::GUEST")]
        dirs: Vec<String>,
        /// HOST::GUEST directory to preopen read-write (repeatable), for --output/--output-dir.
        #[arg(long = "dir-rw", value_name = "HOST::GUEST")]
        dirs_rw: Vec<String>,
        /// Arguments for the component.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

/// What picks and judges an image: shared by `scan`, `vex` and `attest`.
#[derive(clap::Args, Debug)]
struct ScanArgs {
    /// The image to scan.
    image: PathBuf,
    #[command(flatten)]
    judge: JudgeArgs,
    /// Pick the image with this tag from an archive or layout holding several.
    #[arg(long)]
    tag: Option<String>,
    /// A detached cosign signature (base64, `cosign sign --output-signature`); repeatable, each with --payload.
    #[arg(long = "signature", value_name = "SIG")]
    signatures: Vec<PathBuf>,
    /// The payload the signature signs (`cosign sign --output-payload`).
    #[arg(long = "payload", value_name = "PAYLOAD")]
    payloads: Vec<PathBuf>,
    /// A Sigstore bundle signing the image (key-signed or keyless; repeatable).
    #[arg(long = "signature-bundle", value_name = "FILE")]
    signature_bundles: Vec<PathBuf>,
    /// The Sigstore trusted root (trusted_root.json) for keyless bundles; overrides the policy's
    /// signatures.trusted-root. Keyless signers come from the policy's signatures.identities.
    #[arg(long, value_name = "FILE")]
    trusted_root: Option<PathBuf>,
    /// The reference the pipeline pushes or pulls the image by (registry/repo:tag or @sha256:...), for the registries check.
    #[arg(long, value_name = "REF")]
    reference: Option<String>,
    /// A VEX document (OpenVEX, CycloneDX VEX or CSAF VEX; repeatable). Default: the
    /// workspace's .vex/*.json, *.openvex.json and *.vex.json (see docs/vex.md).
    #[arg(long = "vex", value_name = "FILE")]
    vex: Vec<PathBuf>,
}

/// How images are judged, the same for one image (`scan`, `vex`, `attest`)
/// and for a registry (`sweep`, which words some of the help its own way).
#[derive(clap::Args, Debug, Clone)]
struct JudgeArgs {
    /// Allow plain http to this registry host (repeatable; loopback hosts always may).
    #[arg(long = "insecure-registry", value_name = "HOST")]
    insecure_registries: Vec<String>,
    /// Platform to pick from a multi-platform index (os/arch[/variant]); default linux/amd64.
    #[arg(long)]
    platform: Option<String>,
    /// Vulnerability DB to match packages against (default: the cached DB,
    /// $IMAGEGATE_DB or $XDG_CACHE_HOME/imagegate/imagegate.db, fetched as by
    /// `db update` when it is missing or older than the policy's max-db-age).
    #[arg(long, value_name = "DB")]
    db: Option<PathBuf>,
    /// Never fetch the vulnerability DB: a missing or stale cached DB is used as it
    /// is, or not at all (the verdict is then error, unless --skip-vulnerabilities).
    #[arg(long)]
    offline: bool,
    /// Switch vulnerability checking off: no DB is needed or fetched, and
    /// every report says at the top that advisories were not checked.
    #[arg(long)]
    skip_vulnerabilities: bool,
    /// Decide as of this time (YYYY-MM-DD or Unix seconds) instead of the clock: for reproducing a past verdict.
    #[arg(long, value_name = "DATE", value_parser = parse_now)]
    now: Option<u64>,
    /// A trusted public key (PEM, ECDSA P-256 or Ed25519; repeatable). With any key, a valid signature over the manifest digest is required.
    #[arg(long = "public-key", value_name = "PEM")]
    public_keys: Vec<PathBuf>,
    /// Policy file (default: ./imagegate.toml when it exists, else the built-in default policy).
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
    /// Fail on vulnerabilities at or above this severity (overrides the policy's vulnerabilities.fail-on).
    #[arg(long, value_enum, ignore_case = true, value_name = "SEVERITY")]
    fail_on: Option<FailOn>,
}

#[derive(Subcommand, Debug)]
enum DbCmd {
    /// Download the OSV exports (conditional requests, retries, checksums) and
    /// rebuild the DB; on any failure the old DB is kept and the exit code is 2.
    Update {
        /// OSV ecosystems to fetch, comma-separated (default: every ecosystem the matcher
        /// supports; see docs/vulnerabilities.md).
        #[arg(long, value_delimiter = ',', value_name = "E1,E2")]
        ecosystems: Vec<String>,
        /// The DB to replace (default: $IMAGEGATE_DB, else $XDG_CACHE_HOME/imagegate/imagegate.db).
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// Base URL of the OSV export layout `<URL>/<Ecosystem>/all.zip`
        /// (default: $IMAGEGATE_DB_MIRROR, else the OSV bucket).
        #[arg(long, value_name = "URL")]
        mirror: Option<String>,
        /// Refused: an update needs the network (use `db build --from DIR` offline).
        #[arg(long)]
        offline: bool,
        /// Also fetch CISA's Known Exploited Vulnerabilities catalogue (for `fail-on-kev`).
        #[arg(long)]
        kev: bool,
        /// Where to fetch the KEV catalogue (implies --kev; default: $IMAGEGATE_KEV_URL,
        /// else CISA's feed).
        #[arg(long, value_name = "URL")]
        kev_url: Option<String>,
        /// Also fetch FIRST's EPSS scores of the day (for `fail-on-epss`).
        #[arg(long)]
        epss: bool,
        /// Where to fetch the EPSS scores (implies --epss; default: $IMAGEGATE_EPSS_URL,
        /// else FIRST's daily file).
        #[arg(long, value_name = "URL")]
        epss_url: Option<String>,
    },
    /// Print a DB's format, build time, counts and sources.
    Info {
        /// The DB (default: $IMAGEGATE_DB, else $XDG_CACHE_HOME/imagegate/imagegate.db).
        db: Option<PathBuf>,
    },
    /// Build a DB from local OSV data: an export mirror (<Ecosystem>/all.zip),
    /// all.zip files, folders of <id>.json records or JSONL files.
    Build {
        /// Sources (repeatable, or several after one --from).
        #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
        from: Vec<PathBuf>,
        /// The DB to write (replaced atomically).
        #[arg(long, short = 'o', value_name = "OUT")]
        output: PathBuf,
        /// The build time recorded in the DB (default: $SOURCE_DATE_EPOCH, else now).
        #[arg(long, value_name = "TIME")]
        build_time: Option<String>,
        /// CISA's Known Exploited Vulnerabilities catalogue
        /// (known_exploited_vulnerabilities.json), for `fail-on-kev`.
        #[arg(long, value_name = "FILE")]
        kev: Option<PathBuf>,
        /// FIRST's EPSS scores (epss_scores-YYYY-MM-DD.csv.gz or .csv), for `fail-on-epss`.
        #[arg(long, value_name = "FILE")]
        epss: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("imagegate: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8, HostError> {
    let limits = RunLimits {
        memory_bytes: cli.memory_limit.saturating_mul(1 << 20),
        timeout: std::time::Duration::from_secs(cli.timeout),
    };
    // Loaded only by the commands that run the component.
    let gate = || Gate::load(cli.component.as_deref());
    match cli.command {
        // A pull needs no component.
        Cmd::Pull {
            reference,
            output,
            platform,
            insecure_registries,
        } => run_pull(
            &reference,
            &output,
            platform.as_deref(),
            &insecure_registries,
        ),
        // A base check reads manifests and configs only: no component needed.
        Cmd::BaseCheck {
            image,
            policy,
            tag,
            platform,
            insecure_registries,
            format,
        } => Ok(base::run(&base::Args {
            image,
            policy,
            tag,
            platform,
            insecure: insecure_registries,
            json: format == "json",
        })),
        // A version comparison is the library's pure function: no component needed.
        Cmd::Vercmp { ecosystem, a, b } => cmd_vercmp(&ecosystem, &a, &b),
        Cmd::Precompile => cmd_precompile(cli.component.as_deref()),
        Cmd::Version => cmd_version(&gate()?, &limits),
        Cmd::Explain { code } => cmd_explain(&gate()?, &limits, &code),
        Cmd::Scan {
            scan,
            format,
            output,
            output_dir,
            report_only,
        } => cmd_scan(
            &gate()?,
            &limits,
            scan,
            format,
            output,
            output_dir,
            report_only,
        ),
        Cmd::Vex {
            scan,
            author,
            output,
        } => cmd_vex(&gate()?, &limits, scan, author, output),
        Cmd::Attest {
            scan,
            key,
            output,
            report,
            attach,
        } => attest::run(
            &gate()?,
            &limits,
            scan,
            &key,
            &output,
            report.as_deref(),
            attach,
        ),
        Cmd::VerifyAttestation {
            image,
            insecure_registries,
            keys,
            trusted_root,
            certificate_oidc_issuer,
            certificate_identity,
            certificate_identity_regexp,
            bundles,
            require,
            max_age,
            max_db_age,
            tag,
            platform,
            now,
            format,
        } => attest::verify(
            &gate()?,
            &limits,
            &image,
            &keys,
            &bundles,
            attest::Keyless {
                trusted_root,
                issuer: certificate_oidc_issuer,
                identities: certificate_identity,
                regexps: certificate_identity_regexp,
            },
            &insecure_registries,
            engine::VerifyAttestation {
                tag,
                platform,
                require,
                max_age,
                max_db_age,
                now: now.unwrap_or_else(clock_now),
                json: format == "json",
                ..engine::VerifyAttestation::default()
            },
        ),
        Cmd::WasiRun {
            dirs,
            dirs_rw,
            args,
        } => gate()?.wasi_run(&limits, &dirs, &dirs_rw, &args),
        Cmd::Db { command } => run_db(&gate()?, &limits, command),
        Cmd::Rescan {
            reports,
            db,
            fail_on,
            format,
            output,
        } => cmd_rescan(&gate()?, &limits, &reports, db, fail_on, &format, output),
        Cmd::Sweep {
            target,
            state,
            output_dir,
            judge,
            no_base_check,
            page_size,
        } => sweep::run(
            &gate()?,
            &limits,
            sweep::Args {
                target,
                state,
                output_dir,
                judge,
                base_check: !no_base_check,
                page_size: page_size.max(1),
            },
        ),
    }
}

/// `imagegate vercmp ECOSYSTEM A B`: prints <, = or >.
fn cmd_vercmp(ecosystem: &str, a: &str, b: &str) -> Result<u8, HostError> {
    let ord = imagegate::vulndb::ecosystem::vercmp(ecosystem, a, b)?;
    println!(
        "{}",
        match ord {
            std::cmp::Ordering::Less => "<",
            std::cmp::Ordering::Equal => "=",
            std::cmp::Ordering::Greater => ">",
        }
    );
    Ok(0)
}

/// `imagegate precompile`: the component compiled for this machine, beside it.
fn cmd_precompile(component: Option<&std::path::Path>) -> Result<u8, HostError> {
    let out = engine::precompile(component)?;
    println!("precompiled: {}", out.display());
    Ok(0)
}

/// `imagegate version`: the host's and the component's versions.
fn cmd_version(gate: &Gate, limits: &RunLimits) -> Result<u8, HostError> {
    let guest = gate.version(limits)?;
    println!(
        "imagegate-host {} (wasmtime {})",
        env!("CARGO_PKG_VERSION"),
        engine::WASMTIME_VERSION
    );
    println!("{guest}");
    Ok(0)
}

/// `imagegate explain CODE`.
fn cmd_explain(gate: &Gate, limits: &RunLimits, code: &str) -> Result<u8, HostError> {
    match gate.explain(limits, code)? {
        Some(text) => {
            println!("{code}: {text}");
            Ok(0)
        }
        None => Err(HostError::usage(format!("unknown code {code:?}"))),
    }
}

/// `imagegate scan`: the reports to stdout, `--output` or `--output-dir`;
/// the verdict's exit code.
fn cmd_scan(
    gate: &Gate,
    limits: &RunLimits,
    scan: ScanArgs,
    format: Vec<OutFormat>,
    output: Option<PathBuf>,
    output_dir: Option<PathBuf>,
    report_only: bool,
) -> Result<u8, HostError> {
    let mut formats: Vec<OutFormat> = Vec::new();
    for f in format {
        if formats.iter().any(|g| g.lib() == f.lib()) {
            return Err(HostError::usage(format!(
                "format {} given twice",
                f.lib().name()
            )));
        }
        formats.push(f);
    }
    if formats.len() > 1 && output_dir.is_none() {
        return Err(HostError::usage(
            "several formats need --output-dir DIR (one file per format)",
        ));
    }
    // Colours only for a text report on a terminal, never with NO_COLOR.
    let to_stdout = output.is_none() && output_dir.is_none();
    let color = to_stdout
        && formats.iter().all(|f| f.0 == imagegate::Format::Text)
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let ran = run_scan(
        gate,
        limits,
        scan,
        formats.iter().map(|f| f.wit()).collect(),
        color,
        None,
    )?;
    let outcome = ran.outcome;
    // Every report is rendered before anything is written.
    let reports: Vec<imagegate::RenderedReport> = formats
        .iter()
        .zip(outcome.reports)
        .map(|(f, content)| imagegate::RenderedReport {
            format: f.lib(),
            content,
        })
        .collect();
    let first = reports.first().map(|r| r.content.as_str()).unwrap_or("");
    match (output, output_dir) {
        (_, Some(dir)) => {
            imagegate::report::output::write_dir(&dir, &reports).map_err(HostError::from)?;
        }
        (Some(path), None) => {
            imagegate::report::output::write_file(&path, first.as_bytes())
                .map_err(HostError::from)?;
        }
        (None, None) => write_stdout(first)?,
    }
    // --report-only: a failing verdict exits 0; an error stays 2.
    Ok(if report_only && outcome.exit_code == 1 {
        0
    } else {
        outcome.exit_code
    })
}

/// `imagegate vex`: the scan's triage decisions as OpenVEX, to `--output`
/// or stdout (nothing when none applied, nor when the scan could not decide).
fn cmd_vex(
    gate: &Gate,
    limits: &RunLimits,
    scan: ScanArgs,
    author: Option<String>,
    output: Option<PathBuf>,
) -> Result<u8, HostError> {
    let ran = run_scan(
        gate,
        limits,
        scan,
        vec![engine::ReportFormat::Openvex],
        false,
        author,
    )?;
    let outcome = ran.outcome;
    if outcome.exit_code == 2 {
        eprintln!("imagegate: the scan could not decide (verdict error), so no VEX document was written; `imagegate scan` with the same options says why");
        return Ok(2);
    }
    let doc = outcome.reports.first().map(String::as_str).unwrap_or("");
    if imagegate::report::openvex::statement_count(doc) == 0 {
        eprintln!("imagegate: no policy ignore or VEX statement applied to a finding of this image: no VEX document written");
        return Ok(0);
    }
    match output {
        Some(path) => {
            imagegate::report::output::write_file(&path, doc.as_bytes()).map_err(HostError::from)?
        }
        None => write_stdout(doc)?,
    }
    Ok(0)
}

/// `imagegate rescan REPORT... [--db DB]`: the report to `--output` or
/// stdout; exit 1 when an image has a new advisory at or above fail-on.
fn cmd_rescan(
    gate: &Gate,
    limits: &RunLimits,
    reports: &[PathBuf],
    db: Option<PathBuf>,
    fail_on: Option<FailOn>,
    format: &str,
    output: Option<PathBuf>,
) -> Result<u8, HostError> {
    let db = db::resolve_db(db)?;
    let (code, out) = rescan(gate, limits, &db, reports, fail_on, format)?;
    match output {
        Some(path) => {
            imagegate::report::output::write_file(&path, out.as_bytes()).map_err(HostError::from)?
        }
        None => write_stdout(&out)?,
    }
    Ok(code)
}

/// Write a report to stdout, flushed.
fn write_stdout(text: &str) -> Result<(), HostError> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| HostError::io("stdout", e))
}

/// Match stored reports against `db` in the component: (exit code 0 or 1, the
/// report in `format`). An error (not a report, an unreadable DB) names the host path.
fn rescan(
    gate: &Gate,
    limits: &RunLimits,
    db: &std::path::Path,
    reports: &[PathBuf],
    fail_on: Option<FailOn>,
    format: &str,
) -> Result<(u8, String), HostError> {
    let (db_dir, db_name) = db::split_path(db)?;
    let mut mounts = vec![engine::Mount::read_only(&db_dir, "/db")];
    let mut args = vec!["rescan".to_string()];
    let mut map: Vec<(String, PathBuf)> = vec![(format!("/db/{db_name}"), db.to_path_buf())];
    for (i, r) in reports.iter().enumerate() {
        let (dir, name) = db::split_path(r)?;
        let guest = format!("/reports/{i}");
        mounts.push(engine::Mount::read_only(&dir, &guest));
        args.push(format!("{guest}/{name}"));
        map.push((format!("{guest}/{name}"), r.clone()));
    }
    args.extend([
        "--db".to_string(),
        format!("/db/{db_name}"),
        "--format".to_string(),
        format.to_string(),
    ]);
    if let Some(f) = fail_on {
        args.extend(["--fail-on".to_string(), format!("{f:?}").to_lowercase()]);
    }
    let r = gate.run_cli(limits, &mounts, &args)?;
    let map_ref: Vec<(&str, &std::path::Path)> =
        map.iter().map(|(g, h)| (g.as_str(), h.as_path())).collect();
    let err = db::rewrite(r.stderr.trim(), &map_ref);
    // The guest's exit status is only success or failure under WASI
    // 0.2: an error says `error[code]` on stderr.
    if r.code != 0 {
        if let Some(e) = HostError::from_stderr(&err) {
            return Err(e);
        }
    }
    Ok((if r.code == 0 { 0 } else { 1 }, r.stdout))
}

/// A decided scan, with what an attestation records about it.
struct ScanRun {
    outcome: engine::Outcome,
    /// The policy text the scan used (none: the built-in policy).
    policy: Option<engine::PolicyFile>,
    /// The DB the scan used.
    db: Option<PathBuf>,
    /// The reference a registry image was pulled by.
    reference: Option<String>,
    now: u64,
}

/// Run one scan as `scan` and `attest` do: pull a registry:// image into a
/// temporary layout, read the policy, fetch the DB when the plan needs one.
fn run_scan(
    gate: &Gate,
    limits: &RunLimits,
    args: ScanArgs,
    formats: Vec<engine::ReportFormat>,
    color: bool,
    vex_author: Option<String>,
) -> Result<ScanRun, HostError> {
    let ScanArgs {
        image,
        judge:
            JudgeArgs {
                insecure_registries,
                platform,
                db,
                offline,
                skip_vulnerabilities,
                now,
                public_keys,
                policy,
                fail_on,
            },
        tag,
        signatures,
        payloads,
        signature_bundles,
        trusted_root,
        reference,
        vex,
    } = args;
    // registry://: pull into a private temporary layout (removed when
    // the scan is done), then scan it like a local layout.
    let remote = match image.to_str().filter(|s| s.starts_with("registry://")) {
        Some(s) => {
            if tag.is_some() {
                return Err(HostError::usage(
                            "--tag picks an image inside an archive or layout; put the tag in the registry:// reference",
                        ));
            }
            let r = registry::Reference::parse(s)?;
            let tmp = registry::TempLayout::new()?;
            let pulled = registry::pull(
                &r,
                &tmp.path,
                &registry::PullOptions {
                    platform: platform.as_deref(),
                    insecure: &insecure_registries,
                },
            )?;
            // Sigstore bundles signing the image, as referrers (its cosign
            // .sig tag came with the pull).
            let mut at = r.clone();
            at.digest = Some(pulled.manifest_digest);
            let found = discover::registry(
                &at,
                &insecure_registries,
                imagegate::image::attached::Want::Signatures,
            )?;
            found.print_notes();
            Some((r, tmp, found.found))
        }
        None => None,
    };
    let (image, display_name, reference) = match &remote {
        Some((r, tmp, _)) => (
            tmp.path.clone(),
            Some(r.to_string()),
            reference.or_else(|| Some(r.to_string())),
        ),
        None => (image, None, reference),
    };
    let mut signing = engine::Signing::read(&signatures, &payloads, &public_keys)?;
    // The policy's signatures.trusted-root is relative to the policy file.
    let policy_dir = policy
        .as_deref()
        .and_then(|p| p.parent())
        .map(PathBuf::from)
        .unwrap_or_default();
    let policy = read_policy(policy.as_deref())?;
    let vex = read_vex(vex)?;
    let now = now.unwrap_or_else(clock_now);
    // What the scan needs (a bad policy fails here, before a download).
    let plan = gate.plan(limits, policy.as_ref(), skip_vulnerabilities)?;
    let trusted_root =
        trusted_root.or_else(|| plan.trusted_root.as_ref().map(|p| policy_dir.join(p)));
    signing.read_bundles(&signature_bundles, trusted_root.as_deref())?;
    if let Some((_, _, found)) = &remote {
        signing.bundles.extend(found.iter().cloned());
    }
    let db = db::for_scan(gate, limits, &plan, db, offline, now);
    let fail_on = fail_on.map(|f| match f {
        FailOn::Low => engine::VulnerabilitySeverity::Low,
        FailOn::Medium => engine::VulnerabilitySeverity::Medium,
        FailOn::High => engine::VulnerabilitySeverity::High,
        FailOn::Critical => engine::VulnerabilitySeverity::Critical,
    });
    let outcome = gate.scan(
        limits,
        &image,
        ScanOptions {
            formats,
            color,
            tag,
            platform,
            db: db.as_deref(),
            now,
            signing: &signing,
            reference: reference.clone(),
            policy: policy.clone(),
            fail_on,
            skip_vulnerabilities,
            display_name,
            vex,
            vex_author,
        },
    )?;
    drop(remote);
    Ok(ScanRun {
        outcome,
        policy,
        db,
        reference,
        now,
    })
}

fn run_db(gate: &Gate, limits: &RunLimits, command: DbCmd) -> Result<u8, HostError> {
    match command {
        DbCmd::Update {
            ecosystems,
            db,
            mirror,
            offline,
            kev,
            kev_url,
            epss,
            epss_url,
        } => {
            if offline {
                return Err(HostError::usage(
                    "db update downloads the OSV exports and cannot run --offline; offline, build the DB from a local copy instead: imagegate db build --from DIR -o DB (DIR holding <Ecosystem>/all.zip)",
                ));
            }
            let mirror = download::mirror(mirror)?;
            let mut ecosystems: Vec<String> = if ecosystems.is_empty() {
                imagegate::defaults::DB_ECOSYSTEMS
                    .iter()
                    .map(|e| e.to_string())
                    .collect()
            } else {
                ecosystems
                    .into_iter()
                    .map(|e| e.trim().to_string())
                    .filter(|e| !e.is_empty())
                    .collect()
            };
            ecosystems.dedup();
            for e in &ecosystems {
                download::check_ecosystem(e)?;
            }
            let kev = download::feed_url(
                kev,
                kev_url,
                "IMAGEGATE_KEV_URL",
                imagegate::defaults::KEV_SOURCE,
            )?;
            let epss = download::feed_url(
                epss,
                epss_url,
                "IMAGEGATE_EPSS_URL",
                imagegate::defaults::EPSS_SOURCE,
            )?;
            let opts = db::UpdateOptions {
                ecosystems,
                db: db::resolve_db(db)?,
                mirror,
                now: clock_now(),
                kev,
                epss,
                summary_to_stderr: false,
            };
            db::update(gate, limits, &opts)
        }
        DbCmd::Info { db } => db::info(gate, limits, &db::resolve_db(db)?),
        DbCmd::Build {
            from,
            output,
            build_time,
            kev,
            epss,
        } => {
            let build_time = build_time
                .or_else(|| {
                    std::env::var("SOURCE_DATE_EPOCH")
                        .ok()
                        .map(|v| match v.parse::<u64>() {
                            Ok(n) => db::rfc3339(n),
                            Err(_) => v,
                        })
                })
                .unwrap_or_else(|| db::rfc3339(clock_now()));
            let prio = db::PriorityFiles { kev, epss };
            db::build(gate, limits, &from, &prio, &output, build_time)
        }
    }
}

/// `imagegate pull REF -o DIR`: a new layout; on failure nothing is left.
fn run_pull(
    reference: &str,
    output: &std::path::Path,
    platform: Option<&str>,
    insecure: &[String],
) -> Result<u8, HostError> {
    let r = registry::Reference::parse(reference)?;
    let shown = output.display().to_string();
    let existed = match std::fs::read_dir(output) {
        Ok(mut d) => {
            if d.next().is_some() {
                return Err(HostError::usage(format!(
                    "{shown}: exists and is not empty; pull into a new directory"
                )));
            }
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(output).map_err(|e| HostError::io(&shown, e))?;
            false
        }
        Err(e) => return Err(HostError::io(&shown, e)),
    };
    match registry::pull(&r, output, &registry::PullOptions { platform, insecure }) {
        Ok(p) => {
            eprintln!(
                "imagegate: pulled {r} ({}, {} bytes{}) into {shown}",
                p.manifest_digest,
                p.bytes,
                if p.signature {
                    ", with its cosign signature"
                } else {
                    ""
                }
            );
            Ok(0)
        }
        Err(e) => {
            // Leave no partial layout behind.
            if existed {
                if let Ok(d) = std::fs::read_dir(output) {
                    for entry in d.flatten() {
                        let p = entry.path();
                        let _ = if p.is_dir() {
                            std::fs::remove_dir_all(&p)
                        } else {
                            std::fs::remove_file(&p)
                        };
                    }
                }
            } else {
                let _ = std::fs::remove_dir_all(output);
            }
            Err(e)
        }
    }
}

/// Read the policy: `--policy FILE`, else `./imagegate.toml` (the shared
/// default, [`imagegate::defaults::POLICY_FILE`]) when it exists.
/// The guest gets its text (it has no access to the host's working directory).
fn read_policy(path: Option<&std::path::Path>) -> Result<Option<engine::PolicyFile>, HostError> {
    let default = std::path::Path::new(imagegate::defaults::POLICY_FILE);
    let (path, explicit) = match path {
        Some(p) => (p, true),
        None => (default, false),
    };
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|_| {
                HostError::new(
                    ErrorKind::PolicyInvalid,
                    format!("{shown}: the policy file is not UTF-8"),
                )
            })?;
            // Named as every host names it (relative to the workspace).
            let cwd = std::env::current_dir().ok();
            let name = imagegate::defaults::policy_name(path, cwd.as_deref());
            Ok(Some(engine::PolicyFile { name, text }))
        }
        Err(e) if !explicit && e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(HostError::io(&shown, e)),
    }
}

/// The VEX documents: the `--vex` files, else those the working directory
/// (the workspace) holds by convention ([`imagegate::vex::discover`]), read
/// here and passed to the guest as text, named relative to the workspace.
fn read_vex(explicit: Vec<PathBuf>) -> Result<Vec<engine::VexDocument>, HostError> {
    let cwd = std::env::current_dir().map_err(|e| HostError::io("working directory", e))?;
    let paths = if explicit.is_empty() {
        imagegate::vex::discover(&cwd).map_err(|e| HostError::io("working directory", e))?
    } else {
        explicit
    };
    let files = imagegate::vex::read(&paths, Some(&cwd)).map_err(HostError::from)?;
    Ok(files
        .into_iter()
        .map(|f| engine::VexDocument {
            name: f.name,
            text: f.text,
        })
        .collect())
}

/// The host clock in Unix seconds (the guest has none).
fn clock_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `--max-age`: `7d`, `36h`, `90m`, `2w`, `30s`.
fn parse_age(s: &str) -> Result<u64, String> {
    imagegate::time::parse_duration(s)
        .ok_or_else(|| format!("{s:?} is not a duration such as 7d, 36h or 90m"))
}

/// `--now`: Unix seconds or YYYY-MM-DD (midnight UTC).
fn parse_now(s: &str) -> Result<u64, String> {
    imagegate::time::parse_now(s).ok_or_else(|| format!("{s:?} is not YYYY-MM-DD or Unix seconds"))
}
