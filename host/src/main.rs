//! `imagegate`, the command-line host: runs the imagegate component under
//! wasmtime with the least it needs (the image preopened read-only, no
//! network, no environment), a memory limit and a time limit, and publishes
//! its verdict as the exit code (0 pass, 1 fail, 2 error). The component is
//! precompiled once per wasmtime version and component hash and cached.

mod db;
mod download;
mod engine;

use clap::{Parser, Subcommand, ValueEnum};
use engine::{Gate, HostError, RunLimits};
use std::io::Write;
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

#[derive(Clone, Copy, Debug, ValueEnum)]
enum OutFormat {
    /// JSON report (schema imagegate.report/v1).
    Json,
    /// Human-readable summary.
    Text,
    /// CycloneDX 1.6 JSON SBOM.
    Cyclonedx,
    /// SPDX 2.3 JSON SBOM.
    Spdx,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Scan an image: a docker-archive or OCI-archive tarball, or an OCI image layout directory.
    Scan {
        /// The image to scan.
        image: PathBuf,
        /// Report format.
        #[arg(long, short = 'f', value_enum, default_value_t = OutFormat::Json)]
        format: OutFormat,
        /// Write the report to FILE instead of stdout (only after a decision; never a partial report).
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
        /// Pick the image with this tag from an archive or layout holding several.
        #[arg(long)]
        tag: Option<String>,
        /// Platform to pick from a multi-platform index (os/arch[/variant]); default linux/amd64.
        #[arg(long)]
        platform: Option<String>,
        /// Vulnerability DB to match packages against (default: $IMAGEGATE_DB, else
        /// $XDG_CACHE_HOME/imagegate/imagegate.db, when that file exists).
        #[arg(long, value_name = "DB")]
        db: Option<PathBuf>,
        /// Never touch the network. A scan never does (it only reads the image and
        /// the DB file); the flag states it, e.g. for air-gapped pipelines.
        #[arg(long)]
        offline: bool,
        /// Decide as of this time (YYYY-MM-DD or Unix seconds) instead of the clock: for reproducing a past verdict.
        #[arg(long, value_name = "DATE", value_parser = parse_now)]
        now: Option<u64>,
        /// A trusted public key (PEM, ECDSA P-256 or Ed25519; repeatable). With any key, a valid signature over the manifest digest is required.
        #[arg(long = "public-key", value_name = "PEM")]
        public_keys: Vec<PathBuf>,
        /// A detached cosign signature (base64, `cosign sign --output-signature`); repeatable, each with --payload.
        #[arg(long = "signature", value_name = "SIG")]
        signatures: Vec<PathBuf>,
        /// The payload the signature signs (`cosign sign --output-payload`).
        #[arg(long = "payload", value_name = "PAYLOAD")]
        payloads: Vec<PathBuf>,
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
    /// Run the component's own `wasi:cli/run` entry, like `wasmtime run --dir HOST::GUEST imagegate.wasm ARGS`.
    #[command(hide = true)]
    WasiRun {
        /// HOST::GUEST directory to preopen read-only (repeatable).
        #[arg(long = "dir", value_name = "HOST::GUEST")]
        dirs: Vec<String>,
        /// Arguments for the component.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
enum DbCmd {
    /// Download the OSV exports (conditional requests, retries, checksums) and
    /// rebuild the DB; on any failure the old DB is kept and the exit code is 2.
    Update {
        /// OSV ecosystems to fetch, comma-separated (default: every ecosystem the matcher
        /// supports; see README "Vulnerability database").
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
    let gate = Gate::load(cli.component.as_deref())?;
    match cli.command {
        Cmd::Version => {
            let guest = gate.version(&limits)?;
            println!(
                "imagegate-host {} (wasmtime {})",
                env!("CARGO_PKG_VERSION"),
                engine::WASMTIME_VERSION
            );
            println!("{guest}");
            Ok(0)
        }
        Cmd::Explain { code } => match gate.explain(&limits, &code)? {
            Some(text) => {
                println!("{code}: {text}");
                Ok(0)
            }
            None => Err(HostError::usage(format!("unknown code {code:?}"))),
        },
        Cmd::Scan {
            image,
            format,
            output,
            tag,
            platform,
            db,
            offline: _,
            now,
            public_keys,
            signatures,
            payloads,
        } => {
            // The default DB is used when it exists; a scan never downloads.
            let db = db.or_else(|| db::default_db_path().filter(|p| p.is_file()));
            let signing = engine::Signing::read(&signatures, &payloads, &public_keys)?;
            let format = match format {
                OutFormat::Json => engine::ReportFormat::Json,
                OutFormat::Text => engine::ReportFormat::Text,
                OutFormat::Cyclonedx => engine::ReportFormat::Cyclonedx,
                OutFormat::Spdx => engine::ReportFormat::Spdx,
            };
            let outcome = gate.scan(
                &limits,
                &image,
                format,
                tag,
                platform,
                db.as_deref(),
                now.unwrap_or_else(clock_now),
                &signing,
            )?;
            match output {
                Some(path) => write_atomic(&path, outcome.report.as_bytes())?,
                None => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(outcome.report.as_bytes())
                        .and_then(|_| out.flush())
                        .map_err(|e| HostError::io("stdout", e))?;
                }
            }
            Ok(outcome.exit_code)
        }
        Cmd::WasiRun { dirs, args } => gate.wasi_run(&limits, &dirs, &args),
        Cmd::Db { command } => run_db(&gate, &limits, command),
    }
}

fn run_db(gate: &Gate, limits: &RunLimits, command: DbCmd) -> Result<u8, HostError> {
    match command {
        DbCmd::Update {
            ecosystems,
            db,
            mirror,
            offline,
        } => {
            if offline {
                return Err(HostError::usage(
                    "db update downloads the OSV exports and cannot run --offline; offline, build the DB from a local copy instead: imagegate db build --from DIR -o DB (DIR holding <Ecosystem>/all.zip)",
                ));
            }
            let env_mirror = std::env::var("IMAGEGATE_DB_MIRROR")
                .ok()
                .filter(|m| !m.is_empty());
            let explicit = mirror.is_some() || env_mirror.is_some();
            let mirror = download::check_mirror(
                &mirror
                    .or(env_mirror)
                    .unwrap_or_else(|| download::DEFAULT_MIRROR.to_string()),
                explicit,
            )?;
            let mut ecosystems: Vec<String> = if ecosystems.is_empty() {
                download::DEFAULT_ECOSYSTEMS
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
            let opts = db::UpdateOptions {
                ecosystems,
                db: db::resolve_db(db)?,
                mirror,
                now: clock_now(),
            };
            db::update(gate, limits, &opts)
        }
        DbCmd::Info { db } => db::info(gate, limits, &db::resolve_db(db)?),
        DbCmd::Build {
            from,
            output,
            build_time,
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
            db::build(gate, limits, &from, &output, build_time)
        }
    }
}

/// The host clock in Unix seconds (the guest has none).
fn clock_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `--now`: Unix seconds or YYYY-MM-DD (midnight UTC).
fn parse_now(s: &str) -> Result<u64, String> {
    imagegate::time::parse_now(s).ok_or_else(|| format!("{s:?} is not YYYY-MM-DD or Unix seconds"))
}

/// Write the report next to its final name, then rename: a reader never
/// sees a partial report.
fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<(), HostError> {
    let name = path.display().to_string();
    // Special files (/dev/null, a pipe) are written directly.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return std::fs::write(path, bytes).map_err(|e| HostError::io(&name, e));
    }
    let tmp = path.with_extension(format!(
        "{}.imagegate-tmp",
        path.extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    std::fs::write(&tmp, bytes).map_err(|e| HostError::io(&name, e))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        HostError::io(&name, e)
    })
}
