//! The command line of the component itself (its `wasi:cli/run` entry), so
//! `wasmtime run --dir ./imgs::/imgs imagegate.wasm scan /imgs/app.tar` works
//! with no host. Arguments are parsed once into [`Command`]; [`run`] executes
//! it and returns the exit code. The Rust host has its own richer CLI with
//! the same `scan` options and output.

use crate::vulndb::ecosystem::{scheme_for_name, ECOSYSTEMS};
use crate::vulndb::version::Scheme;
use crate::{explain, Error, ErrorKind, Format, Result, ScanRequest};
use std::io::Write;

pub const USAGE: &str = "\
usage: imagegate scan IMAGE [--format FORMAT[,FORMAT...]] [--output FILE | --output-dir DIR] [--tag TAG] [--platform OS/ARCH[/VARIANT]] [--db DB] [--now DATE]
                     [--public-key PEM]... [--signature SIG --payload PAYLOAD]...
                     [--policy FILE] [--reference REF] [--fail-on low|medium|high|critical]
                     [--skip-vulnerabilities] [--report-only] [--vex FILE]...
       imagegate vex IMAGE [--author NAME] [--output FILE] [the scan options but --format,
                     --output-dir and --report-only]   (the applied ignores and VEX
                     statements as OpenVEX v0.2.0; exit 0, or 2 when the scan could not decide)
       imagegate version
       imagegate explain CODE
       imagegate digest FILE...   (sha256 of files as the gate computes it; the benchmark's floor)
       imagegate db build --from PATH... -o OUT [--build-time TIME] [--kev FILE] [--epss FILE]
       imagegate db info DB
       imagegate db lookup DB ECOSYSTEM PACKAGE   (prints the record ids)
       imagegate db check DB                      (looks up every key, checks every record)
       imagegate rescan REPORT... --db DB [--fail-on SEVERITY] [--format text|json] [-o FILE]
                                                  (stored JSON reports against a newer DB: what is new)
       imagegate vercmp ECOSYSTEM A B             (prints <, = or >; a version the ecosystem
                                                  rejects is an error, exit 2)

IMAGE is a docker-archive or OCI-archive tarball, or an OCI image layout directory.
db build sources: an OSV export mirror (<Ecosystem>/all.zip), all.zip files,
folders of <id>.json records, JSONL files. TIME defaults to $SOURCE_DATE_EPOCH, else \"unknown\".
--kev: CISA's known_exploited_vulnerabilities.json; --epss: FIRST's epss_scores-*.csv(.gz)
(prioritisation data for fail-on-kev / fail-on-epss, see docs/vulnerabilities.md).
Formats: json (the report), text, cyclonedx (CycloneDX 1.6 SBOM), spdx (SPDX 2.3 SBOM),
sarif (SARIF 2.1.0), junit (JUnit XML), markdown (step summary). Several formats need
--output-dir DIR, which gets imagegate.json, .txt, .cdx.json, .spdx.json, .sarif, .junit.xml, .md.
--policy defaults to ./imagegate.toml when it exists, else the built-in default policy.
--vex FILE (OpenVEX, CycloneDX VEX, CSAF VEX; repeatable) defaults to ./.vex/*.json,
./*.openvex.json and ./*.vex.json (see docs/vex.md).
Without --db the scan has no advisory data and the verdict is error (exit 2), unless
--skip-vulnerabilities switches vulnerability checking off (every report then says so).
--report-only: exit 0 on a failing verdict (the reports still say fail); an error stays exit 2.
Exit codes: 0 pass, 1 policy fail, 2 error (the gate could not decide).";

/// A parsed command.
#[derive(Debug, Clone)]
pub enum Command {
    Scan {
        request: Box<ScanRequest>,
        output: Option<String>,
        output_dir: Option<String>,
        /// `--report-only`: a failing verdict exits 0 (an error stays 2).
        report_only: bool,
    },
    /// `imagegate vex`: the scan's triage decisions as OpenVEX.
    Vex {
        request: Box<ScanRequest>,
        output: Option<String>,
    },
    Version,
    Explain(String),
    Digest(Vec<String>),
    DbBuild {
        from: Vec<String>,
        out: String,
        build_time: String,
        /// CISA's KEV catalogue (JSON).
        kev: Option<String>,
        /// FIRST's EPSS scores (CSV, gzipped or plain).
        epss: Option<String>,
    },
    DbInfo(String),
    DbCheck(String),
    DbLookup {
        db: String,
        ecosystem: String,
        package: String,
    },
    Rescan {
        reports: Vec<String>,
        db: String,
        fail_on: crate::vulndb::matcher::Level,
        json: bool,
        output: Option<String>,
    },
    Vercmp {
        ecosystem: String,
        scheme: Scheme,
        a: String,
        b: String,
    },
    Help,
}

/// One command's arguments, read by `lexopt`: options with a value as
/// `--flag value`, `--flag=value`, `-f value` or `-fvalue` (a value is taken
/// as it is, even when it starts with `-`), flags, positional arguments in
/// order, and `--` before positional arguments that start with `-`.
struct Args(lexopt::Parser);

/// One argument: an option as written (`--db`, `-o`), or a positional one.
#[derive(Debug, PartialEq, Eq)]
enum Arg {
    Opt(String),
    Pos(String),
}

impl Args {
    fn new(args: &[String]) -> Self {
        Args(lexopt::Parser::from_args(args))
    }

    /// The next argument taken whole, as written (the command words).
    fn word(&mut self) -> Option<String> {
        self.0.raw_args().ok()?.next().map(text)
    }

    /// The remaining arguments, as written (commands that take only
    /// positional arguments, which may start with `-`).
    fn rest(&mut self) -> Vec<String> {
        self.0
            .raw_args()
            .map(|raw| raw.map(text).collect())
            .unwrap_or_default()
    }

    /// The next option or positional argument.
    fn next(&mut self) -> Result<Option<Arg>> {
        match self.0.next() {
            Ok(None) => Ok(None),
            Ok(Some(lexopt::Arg::Short(c))) => Ok(Some(Arg::Opt(format!("-{c}")))),
            Ok(Some(lexopt::Arg::Long(l))) => Ok(Some(Arg::Opt(format!("--{l}")))),
            Ok(Some(lexopt::Arg::Value(v))) => Ok(Some(Arg::Pos(text(v)))),
            // `--flag=value` for a flag that takes none.
            Err(lexopt::Error::UnexpectedValue { option, .. }) => {
                Err(usage(format!("{option} takes no value")))
            }
            Err(e) => Err(usage(e.to_string())),
        }
    }

    /// The value of the option just returned by `next` (named `name` in
    /// the error when it is missing).
    fn value(&mut self, name: &str) -> Result<String> {
        self.0
            .value()
            .map(text)
            .map_err(|_| usage(format!("{name} needs a value")))
    }
}

/// An argument as a string (arguments are UTF-8 already: `run` takes strings).
fn text(s: std::ffi::OsString) -> String {
    s.into_string()
        .unwrap_or_else(|s| s.to_string_lossy().into_owned())
}

fn usage(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Usage, "", format!("{}\n{USAGE}", msg.into()))
}

fn unknown_option(option: &str) -> Error {
    usage(format!("unknown option {option}"))
}

/// Parse the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command> {
    let mut args = Args::new(args);
    let Some(cmd) = args.word() else {
        return Ok(Command::Help);
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "version" | "--version" | "-V" => Ok(Command::Version),
        "explain" => match args.rest().as_slice() {
            [code] => Ok(Command::Explain(code.clone())),
            _ => Err(usage("explain takes exactly one CODE")),
        },
        "digest" => {
            let files = args.rest();
            if files.is_empty() {
                return Err(usage("digest needs at least one FILE"));
            }
            Ok(Command::Digest(files))
        }
        "db" => parse_db(&mut args),
        "rescan" => parse_rescan(&mut args),
        "vercmp" => parse_vercmp(&args.rest()),
        "scan" => parse_scan(&mut args, false),
        "vex" => parse_scan(&mut args, true),
        other => Err(usage(format!("unknown command {other:?}"))),
    }
}

// Shared with the host (`imagegate::cli::{file_name, read_input}`); they
// live in the base module `input`, which `vex` uses too.
pub use crate::input::{file_name, read_input};

/// The policy file: `--policy FILE`, else `./imagegate.toml` when it
/// exists (under the component's own CLI, relative to the preopened
/// directories), else none (the default policy).
fn read_policy(path: Option<&str>) -> Result<Option<crate::policy::PolicyFile>> {
    let (path, explicit) = match path {
        Some(p) => (p, true),
        None => (crate::defaults::POLICY_FILE, false),
    };
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|_| {
                Error::new(
                    ErrorKind::PolicyInvalid,
                    path,
                    "the policy file is not UTF-8",
                )
            })?;
            Ok(Some(crate::policy::PolicyFile {
                name: crate::defaults::policy_name(std::path::Path::new(path), None),
                text,
            }))
        }
        Err(e) if !explicit && e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, &e)),
    }
}

/// `--fail-on SEVERITY`, any case.
fn fail_on(v: &str) -> Result<crate::vulndb::matcher::Level> {
    crate::policy::checks::vulnerabilities::cfg::parse_severity(v).ok_or_else(|| {
        usage(format!(
            "--fail-on {v:?}: expected low, medium, high or critical"
        ))
    })
}

/// The options of `scan` (and of `vex`, which has `--author` and not
/// `--format`, `--output-dir` or `--report-only`), as given.
#[derive(Default)]
struct ScanOptions {
    image: Option<String>,
    author: Option<String>,
    output: Option<String>,
    output_dir: Option<String>,
    tag: Option<String>,
    platform: Option<String>,
    db: Option<String>,
    now: Option<u64>,
    sig_files: Vec<String>,
    payload_files: Vec<String>,
    key_files: Vec<String>,
    vex_files: Vec<std::path::PathBuf>,
    policy: Option<String>,
    reference: Option<String>,
    fail_on: Option<crate::vulndb::matcher::Level>,
    skip_vulnerabilities: bool,
    report_only: bool,
    formats: Option<Vec<Format>>,
}

/// `imagegate scan IMAGE [options]`, or with `export`, `imagegate vex`.
fn parse_scan(args: &mut Args, export: bool) -> Result<Command> {
    let cmd = if export { "vex" } else { "scan" };
    let mut o = ScanOptions::default();
    while let Some(arg) = args.next()? {
        let opt = match arg {
            Arg::Pos(a) if o.image.is_none() => {
                o.image = Some(a);
                continue;
            }
            Arg::Pos(a) => return Err(usage(format!("unexpected argument {a:?}"))),
            Arg::Opt(opt) => opt,
        };
        match opt.as_str() {
            "--format" | "-f" if !export => {
                o.formats = Some(Format::parse_list(&args.value("--format")?)?)
            }
            "--output" | "-o" => o.output = Some(args.value("--output")?),
            "--output-dir" if !export => o.output_dir = Some(args.value("--output-dir")?),
            "--author" if export => o.author = Some(args.value("--author")?),
            "--tag" => o.tag = Some(args.value("--tag")?),
            "--platform" => o.platform = Some(args.value("--platform")?),
            "--db" => o.db = Some(args.value("--db")?),
            "--signature" => o.sig_files.push(args.value("--signature")?),
            "--payload" => o.payload_files.push(args.value("--payload")?),
            "--public-key" => o.key_files.push(args.value("--public-key")?),
            "--policy" => o.policy = Some(args.value("--policy")?),
            "--vex" => o.vex_files.push(args.value("--vex")?.into()),
            "--reference" => o.reference = Some(args.value("--reference")?),
            "--skip-vulnerabilities" => o.skip_vulnerabilities = true,
            "--report-only" if !export => o.report_only = true,
            "--fail-on" => o.fail_on = Some(fail_on(&args.value("--fail-on")?)?),
            "--now" => {
                let v = args.value("--now")?;
                o.now = Some(crate::time::parse_now(&v).ok_or_else(|| {
                    usage(format!("--now {v:?} is not YYYY-MM-DD or Unix seconds"))
                })?)
            }
            _ => return Err(unknown_option(&opt)),
        }
    }
    let image = o
        .image
        .take()
        .ok_or_else(|| usage(format!("{cmd} needs an IMAGE")))?;
    let formats = if export {
        vec![Format::OpenVex]
    } else {
        o.formats.take().unwrap_or_else(|| vec![Format::Json])
    };
    if o.output.is_some() && o.output_dir.is_some() {
        return Err(usage("--output and --output-dir exclude each other"));
    }
    if formats.len() > 1 && o.output_dir.is_none() {
        return Err(usage(
            "several formats need --output-dir DIR (one file per format)",
        ));
    }
    let (output, output_dir, report_only) = (o.output.take(), o.output_dir.take(), o.report_only);
    let request = Box::new(scan_request(image, formats, o)?);
    if export {
        return Ok(Command::Vex { request, output });
    }
    Ok(Command::Scan {
        request,
        output,
        output_dir,
        report_only,
    })
}

/// The scan request of `scan` and `vex`: the files the options name (policy,
/// VEX documents, signatures, keys) read into it.
fn scan_request(image: String, formats: Vec<Format>, o: ScanOptions) -> Result<ScanRequest> {
    let mut request = ScanRequest::new(image);
    request.tag = o.tag;
    request.platform = o.platform;
    request.formats = formats;
    request.db = o.db.map(std::path::PathBuf::from);
    request.reference = o.reference;
    request.fail_on = o.fail_on;
    request.vex_author = o.author;
    request.skip_vulnerabilities = o.skip_vulnerabilities;
    request.policy = read_policy(o.policy.as_deref())?;
    // Without --vex, the documents the working directory holds by
    // convention (under WASI only if it is preopened).
    let vex_files = if o.vex_files.is_empty() {
        crate::vex::discover(std::path::Path::new(".")).unwrap_or_default()
    } else {
        o.vex_files
    };
    request.vex = crate::vex::read(&vex_files, None)?;
    // The component's own entry may read the WASI clock; the typed
    // `scan` export gets the time from its host instead.
    request.now = o.now.or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .map(|d| d.as_secs())
    });
    if o.sig_files.len() != o.payload_files.len() {
        return Err(usage(
            "each --signature needs its --payload (cosign sign --output-signature / --output-payload)",
        ));
    }
    for (sig, payload) in o.sig_files.iter().zip(&o.payload_files) {
        request.signatures.push(crate::signature::SignatureInput {
            source: file_name(sig),
            payload: read_input(payload, crate::signature::MAX_PAYLOAD as u64)?,
            signature: String::from_utf8_lossy(&read_input(sig, 64 << 10)?).into_owned(),
        });
    }
    for key in &o.key_files {
        let pem = read_input(key, 64 << 10)?;
        request
            .trusted_keys
            .push((file_name(key), String::from_utf8_lossy(&pem).into_owned()));
    }
    Ok(request)
}

/// `imagegate rescan REPORT... --db DB [--fail-on SEVERITY] [--format text|json] [-o FILE]`.
fn parse_rescan(args: &mut Args) -> Result<Command> {
    let mut reports = Vec::new();
    let mut db = None;
    let mut fail_on_level = crate::vulndb::matcher::Level::High;
    let mut json = false;
    let mut output = None;
    while let Some(arg) = args.next()? {
        let opt = match arg {
            Arg::Pos(a) => {
                reports.push(a);
                continue;
            }
            Arg::Opt(opt) => opt,
        };
        match opt.as_str() {
            "--db" => db = Some(args.value("--db")?),
            "--output" | "-o" => output = Some(args.value("--output")?),
            "--format" | "-f" => match args.value("--format")?.as_str() {
                "json" => json = true,
                "text" => json = false,
                other => {
                    return Err(usage(format!(
                        "rescan --format {other:?}: expected json or text"
                    )))
                }
            },
            "--fail-on" => fail_on_level = fail_on(&args.value("--fail-on")?)?,
            _ => return Err(unknown_option(&opt)),
        }
    }
    if reports.is_empty() {
        return Err(usage(
            "rescan needs at least one REPORT (a stored imagegate.json)",
        ));
    }
    let db = db.ok_or_else(|| usage("rescan needs --db DB"))?;
    Ok(Command::Rescan {
        reports,
        db,
        fail_on: fail_on_level,
        json,
        output,
    })
}

/// `imagegate vercmp ECOSYSTEM A B`.
fn parse_vercmp(rest: &[String]) -> Result<Command> {
    let [eco, a, b] = rest else {
        return Err(usage("vercmp takes ECOSYSTEM A B"));
    };
    let scheme = scheme_for_name(eco).ok_or_else(|| {
        let known: Vec<&str> = ECOSYSTEMS.iter().map(|(n, _, _)| *n).collect();
        usage(format!(
            "unknown ecosystem {eco:?}; known: {}",
            known.join(", ")
        ))
    })?;
    Ok(Command::Vercmp {
        ecosystem: eco.clone(),
        scheme,
        a: a.clone(),
        b: b.clone(),
    })
}

/// `imagegate db build|info|check|lookup ...`.
fn parse_db(args: &mut Args) -> Result<Command> {
    match args.word().as_deref() {
        Some("build") => parse_db_build(args),
        Some("info") => match args.rest().as_slice() {
            [db] => Ok(Command::DbInfo(db.clone())),
            _ => Err(usage("db info takes exactly one DB")),
        },
        Some("check") => match args.rest().as_slice() {
            [db] => Ok(Command::DbCheck(db.clone())),
            _ => Err(usage("db check takes exactly one DB")),
        },
        Some("lookup") => match args.rest().as_slice() {
            [db, e, p] => Ok(Command::DbLookup {
                db: db.clone(),
                ecosystem: e.clone(),
                package: p.clone(),
            }),
            _ => Err(usage("db lookup takes DB ECOSYSTEM PACKAGE")),
        },
        _ => Err(usage("db takes build, info, lookup or check")),
    }
}

/// `imagegate db build --from PATH... -o OUT [--build-time TIME] [--kev FILE] [--epss FILE]`.
fn parse_db_build(args: &mut Args) -> Result<Command> {
    let mut from = Vec::new();
    let mut out = None;
    let mut build_time = None;
    let (mut kev, mut epss) = (None, None);
    while let Some(arg) = args.next()? {
        let opt = match arg {
            // `--from A B C`: later paths are sources too.
            Arg::Pos(a) if !from.is_empty() => {
                from.push(a);
                continue;
            }
            Arg::Pos(a) => return Err(usage(format!("unexpected argument {a:?}"))),
            Arg::Opt(opt) => opt,
        };
        match opt.as_str() {
            "--from" => from.push(args.value("--from")?),
            "--output" | "-o" => out = Some(args.value("--output")?),
            "--build-time" => build_time = Some(args.value("--build-time")?),
            "--kev" => kev = Some(args.value("--kev")?),
            "--epss" => epss = Some(args.value("--epss")?),
            _ => return Err(unknown_option(&opt)),
        }
    }
    if from.is_empty() {
        return Err(usage("db build needs --from PATH"));
    }
    let out = out.ok_or_else(|| usage("db build needs -o OUT"))?;
    let build_time = build_time
        .or_else(|| std::env::var("SOURCE_DATE_EPOCH").ok())
        .unwrap_or_else(|| "unknown".to_string());
    Ok(Command::DbBuild {
        from,
        out,
        build_time,
        kev,
        epss,
    })
}

fn open_db(path: &str) -> Result<crate::vulndb::db::Db<std::io::BufReader<std::fs::File>>> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    crate::vulndb::db::Db::open(std::io::BufReader::with_capacity(64 << 10, f))
        .map_err(|e| e.within(path))
}

/// Run a command; the report goes to `out` (or `--output`), errors to `err`.
/// No colours (see [`run_with`]).
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    run_with(args, out, err, false)
}

/// Run a command; `color_out` says `out` is a terminal that takes colours
/// (the caller checks `IsTerminal` and `NO_COLOR`): a text report written
/// to `out` is then coloured.
pub fn run_with(args: &[String], out: &mut dyn Write, err: &mut dyn Write, color_out: bool) -> u8 {
    let result = parse(args).and_then(|mut cmd| {
        if let Command::Scan {
            request,
            output: None,
            output_dir: None,
            ..
        } = &mut cmd
        {
            request.color = color_out && request.formats == [Format::Text];
        }
        execute(cmd, out, err)
    });
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "imagegate: {e}");
            e.exit_code()
        }
    }
}

fn execute(cmd: Command, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    match cmd {
        Command::Help => {
            writeln!(out, "{USAGE}").map_err(stdout)?;
            Ok(0)
        }
        Command::Version => {
            writeln!(out, "{}", crate::version()).map_err(stdout)?;
            Ok(0)
        }
        Command::Explain(code) => exec_explain(&code, out),
        Command::Digest(files) => exec_digest(&files, out),
        Command::DbBuild {
            from,
            out: path,
            build_time,
            kev,
            epss,
        } => exec_db_build(&from, &path, &build_time, kev, epss, out),
        Command::Rescan {
            reports,
            db,
            fail_on,
            json,
            output,
        } => exec_rescan(&reports, &db, fail_on, json, output, out),
        Command::DbInfo(path) => exec_db_info(&path, out),
        Command::DbCheck(path) => exec_db_check(&path, out),
        Command::DbLookup {
            db,
            ecosystem,
            package,
        } => exec_db_lookup(&db, &ecosystem, &package, out),
        Command::Vercmp {
            ecosystem,
            scheme,
            a,
            b,
        } => {
            let c = match crate::vulndb::ecosystem::vercmp_scheme(&ecosystem, scheme, &a, &b)? {
                std::cmp::Ordering::Less => "<",
                std::cmp::Ordering::Equal => "=",
                std::cmp::Ordering::Greater => ">",
            };
            writeln!(out, "{c}").map_err(stdout)?;
            Ok(0)
        }
        Command::Scan {
            request,
            output,
            output_dir,
            report_only,
        } => exec_scan(&request, output, output_dir, report_only, out),
        Command::Vex { request, output } => exec_vex(&request, output, out, err),
    }
}

/// A failed write of the output.
fn stdout(e: std::io::Error) -> Error {
    Error::io("stdout", &e)
}

/// `imagegate explain CODE`.
fn exec_explain(code: &str, out: &mut dyn Write) -> Result<u8> {
    match explain::explain(code) {
        Some(text) => {
            writeln!(out, "{code}: {text}").map_err(stdout)?;
            Ok(0)
        }
        None => Err(Error::new(
            ErrorKind::Usage,
            "",
            format!("unknown code {code:?}; known codes: {}", known_codes()),
        )),
    }
}

/// `imagegate digest FILE...`: each file's sha256 as the gate computes it.
fn exec_digest(files: &[String], out: &mut dyn Write) -> Result<u8> {
    for f in files {
        let file = std::fs::File::open(f).map_err(|e| Error::io(f.clone(), &e))?;
        let reader = std::io::BufReader::with_capacity(crate::image::source::READ_BUF, file);
        let (digest, _) = crate::image::digest::HashingReader::new(reader)
            .finish()
            .map_err(|e| Error::io(f.clone(), &e))?;
        writeln!(out, "{digest}  {f}").map_err(stdout)?;
    }
    Ok(0)
}

/// `imagegate db build`: the DB at `path`, or no file at all on an error.
fn exec_db_build(
    from: &[String],
    path: &str,
    build_time: &str,
    kev: Option<String>,
    epss: Option<String>,
    out: &mut dyn Write,
) -> Result<u8> {
    let prio = crate::vulndb::db::Priority {
        kev: kev.map(std::path::PathBuf::from),
        epss: epss.map(std::path::PathBuf::from),
    };
    let f = std::fs::File::create(path).map_err(|e| Error::io(path, &e))?;
    let mut w = std::io::BufWriter::with_capacity(64 << 10, f);
    let built = crate::vulndb::db::build_with(from, &prio, &mut w, build_time);
    if built.is_err() {
        // No partial DB is left behind.
        drop(w);
        let _ = std::fs::remove_file(path);
    }
    let stats = built.map_err(|e| if e.file.is_empty() { e.within(path) } else { e })?;
    let mut prio = String::new();
    if let Some(n) = stats.kev {
        prio.push_str(&format!(", {n} KEV entries"));
    }
    if let Some(n) = stats.epss {
        prio.push_str(&format!(", {n} EPSS scores"));
    }
    writeln!(
        out,
        "{path}: {} records, {} keys, {} withdrawn skipped, {} duplicates{prio}, {} bytes",
        stats.records, stats.keys, stats.withdrawn, stats.duplicates, stats.bytes
    )
    .map_err(stdout)?;
    Ok(0)
}

/// `imagegate rescan`: stored reports against a newer DB; exit 1 when an
/// image has a new advisory at or above `fail_on`.
fn exec_rescan(
    reports: &[String],
    db: &str,
    fail_on: crate::vulndb::matcher::Level,
    json: bool,
    output: Option<String>,
    out: &mut dyn Write,
) -> Result<u8> {
    let mut stored = Vec::with_capacity(reports.len());
    for r in reports {
        let text = read_input(r, 256 << 20)?;
        let text = String::from_utf8(text)
            .map_err(|_| Error::new(ErrorKind::Malformed, r, "not UTF-8 JSON"))?;
        stored.push((file_name(r), text));
    }
    let report = crate::rescan::rescan(&stored, std::path::Path::new(db), fail_on)?;
    let rendered = if json {
        crate::rescan::render_json(&report)
    } else {
        crate::rescan::render_text(&report)
    };
    match output {
        Some(path) => {
            crate::report::output::write_file(std::path::Path::new(&path), rendered.as_bytes())?
        }
        None => out.write_all(rendered.as_bytes()).map_err(stdout)?,
    }
    Ok(report.verdict.exit_code())
}

/// `imagegate db info DB`: format, build time, counts, sources and feeds.
fn exec_db_info(path: &str, out: &mut dyn Write) -> Result<u8> {
    let db = open_db(path)?;
    let i = db.info();
    writeln!(out, "format: {}", i.format_version).map_err(stdout)?;
    writeln!(
        out,
        "build time: {}",
        crate::logsafe::log_safe(&i.build_time)
    )
    .map_err(stdout)?;
    writeln!(out, "records: {}", i.records).map_err(stdout)?;
    writeln!(out, "keys: {}", i.keys).map_err(stdout)?;
    writeln!(out, "withdrawn skipped: {}", i.withdrawn_skipped).map_err(stdout)?;
    writeln!(out, "size: {} bytes", i.file_len).map_err(stdout)?;
    for s in &i.sources {
        let sha: String = s.sha256.iter().map(|b| format!("{b:02x}")).collect();
        writeln!(
            out,
            "source: {} sha256:{sha} {} records",
            crate::logsafe::log_safe(&s.name),
            s.records
        )
        .map_err(stdout)?;
    }
    let ecos: Vec<&str> = i.ecosystems.iter().map(|(e, _)| e.as_str()).collect();
    writeln!(out, "ecosystems: {}", ecos.join(", ")).map_err(stdout)?;
    writeln!(out, "rated ids: {}", i.rated_ids).map_err(stdout)?;
    for (what, feed) in [("kev", &i.kev), ("epss", &i.epss)] {
        if let Some(f) = feed {
            writeln!(
                out,
                "{what}: {} sha256:{} version {} date {} {} entries",
                crate::logsafe::log_safe(&f.source),
                f.sha256,
                crate::logsafe::log_safe(&f.version),
                crate::logsafe::log_safe(&f.date),
                f.entries
            )
            .map_err(stdout)?;
        }
    }
    Ok(0)
}

/// `imagegate db check DB`: every key looked up, every record parsed.
fn exec_db_check(path: &str, out: &mut dyn Write) -> Result<u8> {
    let mut db = open_db(path)?;
    let keys = db.keys().map_err(|e| e.within(path))?;
    let start = std::time::Instant::now();
    let mut reads = 0u64;
    // Visit keys in a scattered order (a fixed permutation), so the
    // per-lookup time does not flatter the block cache.
    let n = keys.len();
    let stride = if n % 1_000_003 == 0 { 1 } else { 1_000_003 };
    for i in 0..n {
        let Some((e, p)) = keys.get(i * stride % n) else {
            continue;
        };
        for rec in db.lookup(e, p).map_err(|e| e.within(path))? {
            serde_json::from_slice::<serde::de::IgnoredAny>(&rec)
                .map_err(|e| Error::new(ErrorKind::Malformed, path, format!("bad record: {e}")))?;
            reads += 1;
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / keys.len().max(1) as f64;
    writeln!(
        out,
        "{path}: ok, {} keys, {reads} records read, {per:.1} µs per lookup",
        keys.len()
    )
    .map_err(stdout)?;
    Ok(0)
}

/// `imagegate db lookup DB ECOSYSTEM PACKAGE`: the ids of its records.
fn exec_db_lookup(db: &str, ecosystem: &str, package: &str, out: &mut dyn Write) -> Result<u8> {
    let mut d = open_db(db)?;
    for rec in d.lookup(ecosystem, package).map_err(|e| e.within(db))? {
        let v: serde_json::Value = serde_json::from_slice(&rec)
            .map_err(|e| Error::new(ErrorKind::Malformed, db, format!("bad record: {e}")))?;
        let id = v.get("id").and_then(|i| i.as_str()).unwrap_or("?");
        writeln!(out, "{}", crate::logsafe::log_safe(id)).map_err(stdout)?;
    }
    Ok(0)
}

/// `imagegate scan`: the report to `out`, `--output` or `--output-dir`.
fn exec_scan(
    request: &ScanRequest,
    output: Option<String>,
    output_dir: Option<String>,
    report_only: bool,
    out: &mut dyn Write,
) -> Result<u8> {
    let outcome = crate::scan(request)?;
    match (output, output_dir) {
        (_, Some(dir)) => {
            crate::report::output::write_dir(std::path::Path::new(&dir), &outcome.reports)?;
        }
        (Some(path), None) => crate::report::output::write_file(
            std::path::Path::new(&path),
            outcome.report().as_bytes(),
        )?,
        (None, None) => out.write_all(outcome.report().as_bytes()).map_err(stdout)?,
    }
    Ok(exit_code(outcome.verdict, report_only))
}

/// `imagegate vex`: the OpenVEX document to `out` or `--output`; nothing
/// when no decision applied, an error when the scan could not decide.
fn exec_vex(
    request: &ScanRequest,
    output: Option<String>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8> {
    let outcome = crate::scan(request)?;
    if outcome.verdict == crate::Verdict::Error {
        return Err(Error::new(
            ErrorKind::Usage,
            "",
            "the scan could not decide (verdict error), so no VEX document was written; `imagegate scan` with the same options says why",
        ));
    }
    let doc = outcome.report();
    if crate::report::openvex::statement_count(doc) == 0 {
        let _ = writeln!(
            err,
            "imagegate: no policy ignore or VEX statement applied to a finding of this image: no VEX document written"
        );
        return Ok(0);
    }
    match output {
        Some(path) => {
            crate::report::output::write_file(std::path::Path::new(&path), doc.as_bytes())?
        }
        None => out.write_all(doc.as_bytes()).map_err(stdout)?,
    }
    Ok(0)
}

/// The exit code of a decided scan: 0 pass, 1 fail (0 with `--report-only`),
/// 2 error. Report-only never hides an error: the gate could not decide.
pub fn exit_code(verdict: crate::Verdict, report_only: bool) -> u8 {
    match verdict {
        crate::Verdict::Fail if report_only => 0,
        v => v.exit_code(),
    }
}

pub fn known_codes() -> String {
    explain::CODES
        .iter()
        .map(|(c, _)| *c)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_take_values_inline_or_next_and_keep_positionals_whole() {
        let args: Vec<String> = ["--db=a=b", "--tag", "t", "x=y.tar", "-o", "--out"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut f = Args::new(&args);
        let opt = |s: &str| Some(Arg::Opt(s.to_string()));
        assert_eq!(f.next().ok().flatten(), opt("--db"));
        assert_eq!(f.value("--db").ok().as_deref(), Some("a=b"));
        assert_eq!(f.next().ok().flatten(), opt("--tag"));
        assert_eq!(f.value("--tag").ok().as_deref(), Some("t"));
        assert_eq!(
            f.next().ok().flatten(),
            Some(Arg::Pos("x=y.tar".to_string()))
        );
        assert_eq!(f.next().ok().flatten(), opt("-o"));
        // A value that looks like a flag is still the value.
        assert_eq!(f.value("-o").ok().as_deref(), Some("--out"));
        assert_eq!(f.next().ok().flatten(), None);
        let e = f
            .value("--x")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("--x needs a value"), "{e}");
        let (code, _, err) = run_args(&["scan", "a.tar", "--now"]);
        assert_eq!(code, 2);
        assert!(err.contains("--now needs a value"), "{err}");
    }

    #[test]
    fn option_syntax() {
        let args = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        // `-o FILE`, `-oFILE`, `--output FILE`, `--output=FILE`: one option.
        for given in [
            &["-o", "r.json"][..],
            &["-or.json"],
            &["--output", "r.json"],
            &["--output=r.json"],
        ] {
            let mut a = vec!["scan", "x.tar", "--skip-vulnerabilities"];
            a.extend_from_slice(given);
            let Ok(Command::Scan { output, .. }) = parse(&args(&a)) else {
                panic!("{given:?} did not parse");
            };
            assert_eq!(output.as_deref(), Some("r.json"), "{given:?}");
        }
        // After `--`, an argument that starts with `-` is the image.
        let Ok(Command::Scan { request, .. }) = parse(&args(&["scan", "--", "-x.tar"])) else {
            panic!("scan -- -x.tar did not parse");
        };
        assert_eq!(request.image, std::path::Path::new("-x.tar"));
        // A flag given a value is refused, not read as set (fail closed:
        // `--skip-vulnerabilities=false` must not switch checking off).
        for (a, want) in [
            (
                &["scan", "x.tar", "--skip-vulnerabilities=false"][..],
                "--skip-vulnerabilities takes no value",
            ),
            (
                &["scan", "x.tar", "--report-only=no"],
                "--report-only takes no value",
            ),
            (&["scan", "x.tar", "--bogus"], "unknown option --bogus"),
            (&["scan", "x.tar", "-x"], "unknown option -x"),
            (&["vex", "x.tar", "-f", "json"], "unknown option -f"),
            (&["scan", "x.tar", "y.tar"], "unexpected argument \"y.tar\""),
            (&["rescan", "r.json", "--db"], "--db needs a value"),
            (&["db", "build", "x"], "unexpected argument \"x\""),
        ] {
            let (code, out, err) = run_args(a);
            assert_eq!((code, out.as_str()), (2, ""), "{a:?}");
            assert!(
                // (The usage text follows, on the same line: errors are log-safe.)
                err.starts_with(&format!(
                    "imagegate: error[usage]: {want}\\nusage: imagegate scan"
                )),
                "{a:?}: {err}"
            );
        }
        // Commands of positional arguments take them as written.
        let (code, _, err) = run_args(&["vercmp", "npm", "-1", "1"]);
        assert_eq!(code, 2);
        assert!(err.contains("\"-1\" is not a valid"), "{err}");
        let (code, _, err) = run_args(&["explain", "--help"]);
        assert_eq!(code, 2);
        assert!(err.contains("unknown code \"--help\""), "{err}");
        // Help and version, as the first word only.
        for h in ["-h", "--help", "help"] {
            let (code, out, _) = run_args(&[h]);
            assert_eq!((code, out), (0, format!("{USAGE}\n")));
        }
        assert_eq!(run_args(&[]).1, format!("{USAGE}\n"));
        for v in ["version", "--version", "-V"] {
            assert_eq!(run_args(&[v]).1, format!("{}\n", crate::version()));
        }
    }

    fn run_args(a: &[&str]) -> (u8, String, String) {
        let args: Vec<String> = a.iter().map(|x| x.to_string()).collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&args, &mut out, &mut err);
        (
            code,
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
        )
    }

    #[test]
    fn vercmp_command() {
        assert_eq!(
            run_args(&["vercmp", "Debian:12", "1:1.0-1", "2.0"]).1,
            ">\n"
        );
        assert_eq!(run_args(&["vercmp", "deb", "1.0~rc1", "1.0"]).1, "<\n");
        assert_eq!(run_args(&["vercmp", "PyPI", "1.0", "1.0.0"]).1, "=\n");
        assert_eq!(run_args(&["vercmp", "pypi", "1.0a1", "1.0"]).1, "<\n");
        assert_eq!(run_args(&["vercmp", "Go", "v1.2.3", "1.10.0"]).1, "<\n");
        assert_eq!(
            run_args(&["vercmp", "Red Hat", "1.0-1.el9", "1.0-2.el9"]).1,
            "<\n"
        );
        assert_eq!(
            run_args(&["vercmp", "Alpine:v3.19", "1.2.3-r1", "1.2.3-r0"]).1,
            ">\n"
        );
        for eco in [
            "npm",
            "crates.io",
            "cargo",
            "golang",
            "Maven",
            "maven",
            "RubyGems",
            "gem",
            "NuGet",
            "nuget",
            "Packagist",
            "composer",
            "apk",
            "rpm",
            "Ubuntu",
        ] {
            let (code, out, err) = run_args(&["vercmp", eco, "1.0.0", "1.0.1"]);
            assert_eq!((code, out.as_str()), (0, "<\n"), "{eco}: {err}");
        }
        let (code, _, err) = run_args(&["vercmp", "Haskell", "1", "2"]);
        assert_eq!(code, 2);
        assert!(
            err.contains("error[usage]") && err.contains("known: Debian"),
            "{err}"
        );
        assert_eq!(run_args(&["vercmp", "npm", "1"]).0, 2);
        // A version the ecosystem rejects is an error, never a guess.
        for (eco, a, b) in [
            ("npm", "1.36.0rc1", "1.0.0"),
            ("PyPI", "1.0", "1.0-SNAPSHOT"),
            ("Debian", "abc", "1.0"),
            ("Alpine", "1.0", "1-ruff"),
            ("rpm", "a:1-1", "1-1"),
        ] {
            let (code, out, err) = run_args(&["vercmp", eco, a, b]);
            assert_eq!((code, out.as_str()), (2, ""), "{eco} {a} {b}");
            assert!(
                err.contains("error[usage]") && err.contains("is not a valid") && err.contains(eco),
                "{err}"
            );
        }
        // apk-tools 3: a `~hash` sorts above no hash.
        assert_eq!(
            run_args(&["vercmp", "Alpine", "1.0~abc-r0", "1.0-r1"]).1,
            ">\n"
        );
    }

    #[test]
    fn vex_options() {
        let args = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (
            dir.path().join("a.openvex.json"),
            dir.path().join("b.cdx.json"),
        );
        std::fs::write(&a, "{}").unwrap();
        std::fs::write(&b, "[]").unwrap();
        let Ok(Command::Scan { request, .. }) = parse(&args(&[
            "scan",
            "x.tar",
            "--vex",
            a.to_str().unwrap(),
            "--vex",
            b.to_str().unwrap(),
        ])) else {
            panic!("scan did not parse");
        };
        let names: Vec<&str> = request.vex.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.openvex.json", "b.cdx.json"]);
        // Read, but parsed (and refused) before the image is opened.
        let e = crate::scan(&request).unwrap_err();
        assert_eq!(e.kind, ErrorKind::VexInvalid);
        assert!(e.to_string().contains("a.openvex.json"), "{e}");
        let missing = dir.path().join("nope.json");
        let (code, _, err) = run_args(&["scan", "x.tar", "--vex", missing.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("nope.json"), "{err}");
    }

    #[test]
    fn policy_options() {
        let args = |a: &[&str]| a.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let Ok(Command::Scan { request, .. }) = parse(&args(&[
            "scan",
            "x.tar",
            "--reference=reg.example.com/a:1",
            "--fail-on",
            "CRITICAL",
        ])) else {
            panic!("scan did not parse");
        };
        assert_eq!(request.reference.as_deref(), Some("reg.example.com/a:1"));
        assert_eq!(
            request.fail_on,
            Some(crate::vulndb::matcher::Level::Critical)
        );
        assert!(request.policy.is_none(), "no ./imagegate.toml here");
        let (code, _, err) = run_args(&["scan", "x.tar", "--fail-on", "severe"]);
        assert_eq!(code, 2);
        assert!(err.contains("--fail-on \"severe\""), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.toml");
        std::fs::write(&p, "[files]\nallowed-executables = [\"bin/*\"]\n").unwrap();
        let Ok(Command::Scan { request, .. }) =
            parse(&args(&["scan", "x.tar", "--policy", p.to_str().unwrap()]))
        else {
            panic!("scan did not parse");
        };
        let f = request.policy.clone().unwrap();
        assert!(f.text.contains("allowed-executables"));
        // The policy is validated before the image is opened.
        let e = crate::scan(&request).unwrap_err();
        assert_eq!(e.kind, ErrorKind::PolicyInvalid);
        assert!(
            e.message
                .contains("p.toml:2:24: `files.allowed-executables`"),
            "{}",
            e.message
        );
        let (code, _, err) = run_args(&["scan", "x.tar", "--policy", "/nonexistent/p.toml"]);
        assert_eq!(code, 2);
        assert!(err.contains("/nonexistent/p.toml"), "{err}");
    }

    #[test]
    fn db_commands() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.jsonl");
        std::fs::write(
            &src,
            concat!(
                r#"{"id":"X-2","affected":[{"package":{"ecosystem":"PyPI","name":"Foo.Bar"}}]}"#,
                "\n",
                r#"{"id":"X-1","affected":[{"package":{"ecosystem":"PyPI","name":"foo_bar"}}]}"#,
                "\n",
            ),
        )
        .unwrap();
        let db = dir.path().join("v.igdb");
        let (s, d) = (src.to_str().unwrap(), db.to_str().unwrap());
        let (code, out, err) =
            run_args(&["db", "build", "--from", s, "-o", d, "--build-time", "T0"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("2 records, 1 keys"), "{out}");
        let first = std::fs::read(&db).unwrap();
        let (code, out, _) = run_args(&["db", "info", d]);
        assert_eq!(code, 0);
        assert!(
            out.contains("build time: T0\n") && out.contains("records: 2\n"),
            "{out}"
        );
        assert!(out.contains("source: a.jsonl sha256:"), "{out}");
        assert_eq!(
            run_args(&["db", "lookup", d, "PyPI", "FOO-bar"]).1,
            "X-1\nX-2\n"
        );
        assert_eq!(
            run_args(&["db", "lookup", d, "npm", "foo"]),
            (0, String::new(), String::new())
        );
        // Deterministic.
        assert_eq!(
            run_args(&["db", "build", "--from", s, "-o", d, "--build-time=T0"]).0,
            0
        );
        assert_eq!(std::fs::read(&db).unwrap(), first);
        // Errors.
        let (code, _, err) = run_args(&["db", "info", s]);
        assert_eq!(code, 2);
        assert!(err.contains("not an imagegate DB"), "{err}");
        std::fs::write(&db, &first[..first.len() - 1]).unwrap();
        let (code, _, err) = run_args(&["db", "lookup", d, "PyPI", "foo-bar"]);
        assert_eq!(code, 2);
        assert!(err.contains("truncated"), "{err}");
        for bad in [
            &["db"][..],
            &["db", "build", "-o", d],
            &["db", "build", "--from", s],
            &["db", "build", "--from", s, "-o", d, "--bogus"],
            &["db", "info"],
            &["db", "lookup", d, "PyPI"],
            &["db", "frob"],
        ] {
            let (code, _, err) = run_args(bad);
            assert_eq!(code, 2, "{bad:?}");
            assert!(err.contains("error[usage]"), "{bad:?}: {err}");
        }
        let missing = dir.path().join("nope");
        let (code, _, err) =
            run_args(&["db", "build", "--from", missing.to_str().unwrap(), "-o", d]);
        assert_eq!(code, 2);
        assert!(err.contains("no such file"), "{err}");
    }

    #[test]
    fn db_build_from_corpus() {
        let Some(corpus) = crate::test_corpus() else {
            return;
        };
        let osv = corpus.join("osv");
        let files: Vec<String> = ["Go", "PyPI", "crates.io", "Maven"]
            .iter()
            .map(|e| {
                osv.join(format!("{e}.jsonl"))
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("all.igdb");
        let d = d.to_str().unwrap();
        let mut args = vec!["db", "build", "-o", d, "--from"];
        args.extend(files.iter().map(String::as_str));
        let (code, _, err) = run_args(&args);
        assert_eq!(code, 0, "{err}");
        let (_, out, _) = run_args(&["db", "lookup", d, "Go", "github.com/gin-gonic/gin"]);
        assert!(out.lines().any(|l| l == "GO-2020-0001"), "{out}");
        let (code, out, err) = run_args(&["db", "check", d]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(": ok, "), "{out}");
        let (_, out, _) = run_args(&["db", "info", d]);
        assert!(out.contains("build time: "), "{out}");
        assert_eq!(out.matches("source: ").count(), 4);
    }
}
