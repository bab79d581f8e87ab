//! The command line of the component itself (its `wasi:cli/run` entry), so
//! `wasmtime run --dir ./imgs::/imgs imagegate.wasm scan /imgs/app.tar` works
//! with no host. Arguments are parsed once into [`Command`]; [`run`] executes
//! it and returns the exit code. The Rust host has its own richer CLI with
//! the same `scan` options and output.

use crate::{explain, Error, ErrorKind, Format, Result, ScanRequest};
use std::io::Write;

pub const USAGE: &str = "\
usage: imagegate scan IMAGE [--format json|text|cyclonedx|spdx] [--output FILE] [--tag TAG] [--platform OS/ARCH[/VARIANT]]
       imagegate version
       imagegate explain CODE
       imagegate digest FILE...   (sha256 of files as the gate computes it; the benchmark's floor)

IMAGE is a docker-archive or OCI-archive tarball, or an OCI image layout directory.
Formats: json (the report), text, cyclonedx (CycloneDX 1.6 SBOM), spdx (SPDX 2.3 SBOM).
Exit codes: 0 pass, 1 policy fail, 2 error (the gate could not decide).";

/// A parsed command.
#[derive(Debug, Clone)]
pub enum Command {
    Scan {
        request: ScanRequest,
        output: Option<String>,
    },
    Version,
    Explain(String),
    Digest(Vec<String>),
    Help,
}

fn usage(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Usage, "", format!("{}\n{USAGE}", msg.into()))
}

/// Parse the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command> {
    let mut it = args.iter();
    let Some(cmd) = it.next() else {
        return Ok(Command::Help);
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "version" | "--version" | "-V" => Ok(Command::Version),
        "explain" => match (it.next(), it.next()) {
            (Some(code), None) => Ok(Command::Explain(code.clone())),
            _ => Err(usage("explain takes exactly one CODE")),
        },
        "digest" => {
            let files: Vec<String> = it.cloned().collect();
            if files.is_empty() {
                return Err(usage("digest needs at least one FILE"));
            }
            Ok(Command::Digest(files))
        }
        "scan" => {
            let mut image = None;
            let mut output = None;
            let mut tag = None;
            let mut platform = None;
            let mut format = Format::Json;
            while let Some(a) = it.next() {
                let (flag, inline) = match a.split_once('=') {
                    Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                    _ => (a.as_str(), None),
                };
                let mut value = |name: &str| -> Result<String> {
                    inline
                        .clone()
                        .or_else(|| it.next().cloned())
                        .ok_or_else(|| usage(format!("{name} needs a value")))
                };
                match flag {
                    "--format" | "-f" => format = Format::parse(&value("--format")?)?,
                    "--output" | "-o" => output = Some(value("--output")?),
                    "--tag" => tag = Some(value("--tag")?),
                    "--platform" => platform = Some(value("--platform")?),
                    f if f.starts_with('-') && f.len() > 1 => {
                        return Err(usage(format!("unknown option {f}")))
                    }
                    _ if image.is_none() => image = Some(a.clone()),
                    _ => return Err(usage(format!("unexpected argument {a:?}"))),
                }
            }
            let image = image.ok_or_else(|| usage("scan needs an IMAGE"))?;
            let mut request = ScanRequest::new(image);
            request.tag = tag;
            request.platform = platform;
            request.format = format;
            Ok(Command::Scan { request, output })
        }
        other => Err(usage(format!("unknown command {other:?}"))),
    }
}

/// Run a command; the report goes to `out` (or `--output`), errors to `err`.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let result = parse(args).and_then(|cmd| execute(cmd, out));
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "imagegate: {e}");
            e.exit_code()
        }
    }
}

fn execute(cmd: Command, out: &mut dyn Write) -> Result<u8> {
    let io = |e: std::io::Error| Error::io("stdout", &e);
    match cmd {
        Command::Help => {
            writeln!(out, "{USAGE}").map_err(io)?;
            Ok(0)
        }
        Command::Version => {
            writeln!(out, "{}", crate::version()).map_err(io)?;
            Ok(0)
        }
        Command::Explain(code) => match explain::explain(&code) {
            Some(text) => {
                writeln!(out, "{code}: {text}").map_err(io)?;
                Ok(0)
            }
            None => Err(Error::new(
                ErrorKind::Usage,
                "",
                format!("unknown code {code:?}; known codes: {}", known_codes()),
            )),
        },
        Command::Digest(files) => {
            for f in files {
                let file = std::fs::File::open(&f).map_err(|e| Error::io(f.clone(), &e))?;
                let reader =
                    std::io::BufReader::with_capacity(crate::image::source::READ_BUF, file);
                let (digest, _) = crate::image::digest::HashingReader::new(reader)
                    .finish()
                    .map_err(|e| Error::io(f.clone(), &e))?;
                writeln!(out, "{digest}  {f}").map_err(io)?;
            }
            Ok(0)
        }
        Command::Scan { request, output } => {
            let outcome = crate::scan(&request)?;
            match output {
                Some(path) => std::fs::write(&path, outcome.report.as_bytes())
                    .map_err(|e| Error::io(path.clone(), &e))?,
                None => out.write_all(outcome.report.as_bytes()).map_err(io)?,
            }
            Ok(outcome.verdict.exit_code())
        }
    }
}

pub fn known_codes() -> String {
    explain::CODES
        .iter()
        .map(|(c, _)| *c)
        .collect::<Vec<_>>()
        .join(", ")
}
