//! `imagegate`, the command-line host: runs the imagegate component under
//! wasmtime with the least it needs (the image preopened read-only, no
//! network, no environment), a memory limit and a time limit, and publishes
//! its verdict as the exit code (0 pass, 1 fail, 2 error). The component is
//! precompiled once per wasmtime version and component hash and cached.

mod engine;

use clap::{Parser, Subcommand, ValueEnum};
use engine::{Gate, HostError, RunLimits, ScanOptions};
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

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FailOn {
    Low,
    Medium,
    High,
    Critical,
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
        /// Vulnerability DB to match packages against (built with the component's `db build`).
        #[arg(long, value_name = "DB")]
        db: Option<PathBuf>,
        /// Decide as of this time (YYYY-MM-DD or Unix seconds) instead of the clock: for reproducing a past verdict.
        #[arg(long, value_name = "DATE", value_parser = parse_now)]
        now: Option<u64>,
        /// Policy file (default: ./imagegate.toml when it exists, else the built-in default policy).
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
        /// The reference the pipeline pushes or pulls the image by (registry/repo:tag or @sha256:...), for the registries check.
        #[arg(long, value_name = "REF")]
        reference: Option<String>,
        /// Fail on vulnerabilities at or above this severity (overrides the policy's vulnerabilities.fail-on).
        #[arg(long, value_enum, value_name = "SEVERITY")]
        fail_on: Option<FailOn>,
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
            now,
            policy,
            reference,
            fail_on,
        } => {
            let format = match format {
                OutFormat::Json => engine::ReportFormat::Json,
                OutFormat::Text => engine::ReportFormat::Text,
                OutFormat::Cyclonedx => engine::ReportFormat::Cyclonedx,
                OutFormat::Spdx => engine::ReportFormat::Spdx,
            };
            let policy = read_policy(policy.as_deref())?;
            let fail_on = fail_on.map(|f| match f {
                FailOn::Low => engine::VulnerabilitySeverity::Low,
                FailOn::Medium => engine::VulnerabilitySeverity::Medium,
                FailOn::High => engine::VulnerabilitySeverity::High,
                FailOn::Critical => engine::VulnerabilitySeverity::Critical,
            });
            let outcome = gate.scan(
                &limits,
                &image,
                ScanOptions {
                    format,
                    tag,
                    platform,
                    db: db.as_deref(),
                    now: now.unwrap_or_else(clock_now),
                    reference,
                    policy,
                    fail_on,
                },
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
    }
}

/// Read the policy: `--policy FILE`, else `./imagegate.toml` when it exists.
/// The guest gets its text (it has no access to the host's working directory).
fn read_policy(path: Option<&std::path::Path>) -> Result<Option<engine::PolicyFile>, HostError> {
    let default = std::path::Path::new("imagegate.toml");
    let (path, explicit) = match path {
        Some(p) => (p, true),
        None => (default, false),
    };
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|_| {
                HostError::new(
                    "policy-invalid",
                    format!("{name}: the policy file is not UTF-8"),
                )
            })?;
            Ok(Some(engine::PolicyFile { name, text }))
        }
        Err(e) if !explicit && e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(HostError::io(&name, e)),
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
