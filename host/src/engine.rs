//! The wasmtime embedding: engine configuration, the precompiled-component
//! cache, the sandbox (read-only preopens, memory limit, epoch deadline) and
//! calls into the component's `scanner` interface or its `wasi:cli/run`.

use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, ResourceLimiter, Store};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

wasmtime::component::bindgen!({
    path: "../wit/imagegate.wit",
    world: "imagegate",
});

pub use exports::imagegate::gate::scanner::{
    PolicyFile, ReportFormat, ScanPlan, VexDocument, VulnerabilitySeverity,
};
use exports::imagegate::gate::scanner::{PublicKey, ScanRequest, SignatureFile};

pub const WASMTIME_VERSION: &str = "48.0.8";

/// Epoch ticks per second (the deadline's resolution).
const TICKS_PER_SEC: u64 = 10;

/// A host-side failure: always exit code 2.
#[derive(Debug)]
pub struct HostError {
    code: String,
    message: String,
}

impl HostError {
    /// A host error. Its message may quote a registry's answer, a file name
    /// or the component's error: it is made log-safe here (no line breaks,
    /// escape sequences or CI commands reach stderr).
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> HostError {
        HostError {
            code: code.into(),
            message: imagegate::logsafe::log_safe_string(&message.into()),
        }
    }
    pub fn usage(message: impl Into<String>) -> HostError {
        HostError::new("usage", message)
    }
    pub fn io(file: &str, e: std::io::Error) -> HostError {
        HostError::new("image-io", format!("{file}: {e}"))
    }
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Guest errors already carry "error[code]: ...".
        if self.message.starts_with("error[") {
            f.write_str(&self.message)
        } else {
            write!(f, "error[{}]: {}", self.code, self.message)
        }
    }
}

/// Errors of the library's own helpers (file reads, report writes) keep their codes.
impl From<imagegate::Error> for HostError {
    fn from(e: imagegate::Error) -> HostError {
        HostError::new(e.code(), e.to_string())
    }
}

pub struct RunLimits {
    pub memory_bytes: u64,
    pub timeout: Duration,
}

/// Records when the guest asked for more memory than allowed.
struct MemLimiter {
    max: usize,
    hit: bool,
}

impl ResourceLimiter for MemLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.max {
            self.hit = true;
            return Ok(false);
        }
        Ok(true)
    }
    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 1_000_000)
    }
}

struct HostState {
    ctx: WasiCtx,
    table: ResourceTable,
    limiter: MemLimiter,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.ctx,
            table: &mut self.table,
        }
    }
}

/// The loaded component, ready to instantiate.
pub struct Gate {
    engine: Engine,
    component: Component,
    linker: Linker<HostState>,
}

/// The outcome of a decided scan.
pub struct Outcome {
    pub exit_code: u8,
    /// One rendered report per requested format, in the requested order.
    pub reports: Vec<String>,
}

/// What to ask of one scan, besides the image.
pub struct ScanOptions<'a> {
    pub formats: Vec<ReportFormat>,
    pub color: bool,
    pub tag: Option<String>,
    pub platform: Option<String>,
    pub db: Option<&'a Path>,
    pub now: u64,
    pub signing: &'a Signing,
    pub reference: Option<String>,
    pub policy: Option<PolicyFile>,
    pub fail_on: Option<VulnerabilitySeverity>,
    /// `--skip-vulnerabilities`: no advisory matching, no DB needed.
    pub skip_vulnerabilities: bool,
    /// The source name in reports (default: the image's file name), e.g.
    /// the registry reference of a pulled image instead of its temp path.
    pub display_name: Option<String>,
    /// VEX documents the host read (`--vex`, or the workspace's by convention).
    pub vex: Vec<VexDocument>,
}

fn find_component(explicit: Option<&Path>) -> Result<PathBuf, HostError> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("IMAGEGATE_COMPONENT") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| HostError::io("current executable", e))?;
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let candidates = [
        dir.join("imagegate.wasm"),
        // Development layout: target/{release,debug}/imagegate next to
        // target/wasm32-wasip2/component/ (see build.sh).
        dir.join("../wasm32-wasip2/component/imagegate-component.wasm"),
        dir.join("../../wasm32-wasip2/component/imagegate-component.wasm"),
    ];
    candidates.iter().find(|p| p.is_file()).cloned().ok_or_else(|| {
        HostError::new(
            "image-io",
            format!(
                "the imagegate component was not found (looked for {}); build it with ./build.sh, or pass --component PATH",
                candidates[0].display()
            ),
        )
    })
}

fn cache_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("IMAGEGATE_CACHE_DIR") {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return Some(PathBuf::from(d).join("imagegate"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("imagegate"))
}

impl Gate {
    /// Load the component, from the precompiled cache when it is valid.
    pub fn load(explicit: Option<&Path>) -> Result<Gate, HostError> {
        let path = find_component(explicit)?;
        let name = path.display().to_string();
        let mut config = Config::new();
        config.epoch_interruption(true);
        config.wasm_component_model(true);
        let engine = Engine::new(&config)
            .map_err(|e| HostError::new("image-io", format!("wasmtime: {e}")))?;
        let bytes = std::fs::read(&path).map_err(|e| HostError::io(&name, e))?;
        let key = {
            let mut h = Sha256::new();
            h.update(WASMTIME_VERSION.as_bytes());
            h.update(std::env::consts::ARCH.as_bytes());
            h.update(&bytes);
            h.finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        };
        let cached = cache_dir().map(|d| d.join(format!("{}.cwasm", &key[..32])));
        let mut component = None;
        if let Some(c) = &cached {
            if c.is_file() {
                // SAFETY: the file was written by `precompile_component` of this
                // same wasmtime version for these exact component bytes (the
                // name is their hash); wasmtime also checks engine compatibility
                // and we fall back to compiling on any error.
                component = unsafe { Component::deserialize_file(&engine, c) }.ok();
            }
        }
        let component = match component {
            Some(c) => c,
            None => {
                let compiled = engine.precompile_component(&bytes).map_err(|e| {
                    HostError::new(
                        "not-an-image",
                        format!("{name}: not a valid imagegate component: {e}"),
                    )
                })?;
                if let Some(c) = &cached {
                    // Best effort: a read-only cache only costs start-up time.
                    if let Some(dir) = c.parent() {
                        let _ = std::fs::create_dir_all(dir);
                    }
                    let tmp = c.with_extension(format!("tmp{}", std::process::id()));
                    if std::fs::write(&tmp, &compiled).is_ok() {
                        let _ = std::fs::rename(&tmp, c);
                    }
                }
                // SAFETY: bytes produced just now by this engine.
                unsafe { Component::deserialize(&engine, &compiled) }
                    .map_err(|e| HostError::new("image-io", format!("{name}: {e}")))?
            }
        };
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)
            .map_err(|e| HostError::new("image-io", format!("wasmtime linker: {e}")))?;
        Ok(Gate {
            engine,
            component,
            linker,
        })
    }

    fn store(&self, ctx: WasiCtx, limits: &RunLimits) -> (Store<HostState>, Arc<AtomicBool>) {
        let max = usize::try_from(limits.memory_bytes).unwrap_or(usize::MAX);
        let mut store = Store::new(
            &self.engine,
            HostState {
                ctx,
                table: ResourceTable::new(),
                limiter: MemLimiter { max, hit: false },
            },
        );
        store.limiter(|s| &mut s.limiter);
        let ticks = limits
            .timeout
            .as_secs()
            .saturating_mul(TICKS_PER_SEC)
            .max(1);
        store.set_epoch_deadline(ticks);
        store.epoch_deadline_trap();
        // A ticker thread advances the epoch; it stops when the call returns.
        let done = Arc::new(AtomicBool::new(false));
        let engine = self.engine.clone();
        let stop = done.clone();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(1000 / TICKS_PER_SEC));
                engine.increment_epoch();
            }
        });
        (store, done)
    }

    fn trap(&self, store: &Store<HostState>, limits: &RunLimits, e: wasmtime::Error) -> HostError {
        if store.data().limiter.hit {
            return HostError::new(
                "limit-exceeded",
                format!(
                    "the scan needed more than the memory limit of {} MiB (raise it with --memory-limit)",
                    limits.memory_bytes >> 20
                ),
            );
        }
        if let Some(wasmtime::Trap::Interrupt) = e.downcast_ref::<wasmtime::Trap>() {
            return HostError::new(
                "limit-exceeded",
                format!(
                    "the scan exceeded the time limit of {} s (raise it with --timeout)",
                    limits.timeout.as_secs()
                ),
            );
        }
        HostError::new("image-io", format!("the component failed: {e:#}"))
    }

    fn instantiate(
        &self,
        ctx: WasiCtx,
        limits: &RunLimits,
    ) -> Result<(Store<HostState>, Arc<AtomicBool>, Imagegate), HostError> {
        let (mut store, done) = self.store(ctx, limits);
        let inst = Imagegate::instantiate(&mut store, &self.component, &self.linker)
            .map_err(|e| self.trap(&store, limits, e));
        match inst {
            Ok(i) => Ok((store, done, i)),
            Err(e) => {
                done.store(true, Ordering::Relaxed);
                Err(e)
            }
        }
    }

    pub fn version(&self, limits: &RunLimits) -> Result<String, HostError> {
        let (mut store, done, inst) = self.instantiate(WasiCtxBuilder::new().build(), limits)?;
        let r = inst.imagegate_gate_scanner().call_version(&mut store);
        done.store(true, Ordering::Relaxed);
        r.map_err(|e| self.trap(&store, limits, e))
    }

    pub fn explain(&self, limits: &RunLimits, code: &str) -> Result<Option<String>, HostError> {
        let (mut store, done, inst) = self.instantiate(WasiCtxBuilder::new().build(), limits)?;
        let r = inst.imagegate_gate_scanner().call_explain(&mut store, code);
        done.store(true, Ordering::Relaxed);
        r.map_err(|e| self.trap(&store, limits, e))
    }

    /// What a scan with this policy needs (a DB? how fresh?) and the shared
    /// defaults; a bad policy is its `policy-invalid` error.
    pub fn plan(
        &self,
        limits: &RunLimits,
        policy: Option<&PolicyFile>,
        skip_vulnerabilities: bool,
    ) -> Result<ScanPlan, HostError> {
        let (mut store, done, inst) = self.instantiate(WasiCtxBuilder::new().build(), limits)?;
        let r = inst
            .imagegate_gate_scanner()
            .call_plan(&mut store, policy, skip_vulnerabilities);
        done.store(true, Ordering::Relaxed);
        match r {
            Ok(Ok(plan)) => Ok(plan),
            Ok(Err(e)) => Err(HostError::new(e.code, e.message)),
            Err(e) => Err(self.trap(&store, limits, e)),
        }
    }

    /// Scan `image` with only its directory preopened, read-only.
    #[allow(clippy::too_many_arguments)] // one per scan-request field
    pub fn scan(
        &self,
        limits: &RunLimits,
        image: &Path,
        opts: ScanOptions<'_>,
    ) -> Result<Outcome, HostError> {
        let ScanOptions {
            formats,
            color,
            tag,
            platform,
            db,
            now,
            signing,
            reference,
            policy,
            fail_on,
            skip_vulnerabilities,
            display_name,
            vex,
        } = opts;
        let shown = image.display().to_string();
        let meta = std::fs::metadata(image).map_err(|e| HostError::io(&shown, e))?;
        // Resolve links on the host side, so the preopen is the real directory
        // (the guest never follows a link out of its preopen).
        let abs = std::fs::canonicalize(image).map_err(|e| HostError::io(&shown, e))?;
        let (dir, guest) = if meta.is_dir() {
            (abs.clone(), "/image".to_string())
        } else {
            let parent = abs
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("/"));
            let file = abs
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .ok_or_else(|| HostError::usage(format!("{shown}: not a file name")))?;
            (parent, format!("/image/{file}"))
        };
        let mut b = WasiCtxBuilder::new();
        b.preopened_dir(&dir, "/image", FsPerms::ReadOnly)
            .map_err(|e| HostError::new("image-io", format!("{}: {e}", dir.display())))?;
        // The DB's directory, read-only, at /db.
        let db_guest = match db {
            Some(db) => {
                let shown = db.display().to_string();
                let real = std::fs::canonicalize(db).map_err(|e| HostError::io(&shown, e))?;
                let parent = real
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| PathBuf::from("/"));
                let file = real
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .ok_or_else(|| HostError::usage(format!("{shown}: not a file name")))?;
                b.preopened_dir(&parent, "/db", FsPerms::ReadOnly)
                    .map_err(|e| {
                        HostError::new("image-io", format!("{}: {e}", parent.display()))
                    })?;
                Some(format!("/db/{file}"))
            }
            None => None,
        };
        let (mut store, done, inst) = self.instantiate(b.build(), limits)?;
        let display = display_name.or_else(|| {
            image
                .file_name()
                .or(abs.file_name())
                .map(|f| f.to_string_lossy().into_owned())
        });
        let req = ScanRequest {
            image: guest,
            display_name: display,
            tag,
            platform,
            formats: formats.clone(),
            color,
            db: db_guest,
            now: Some(now),
            signatures: signing.signatures.clone(),
            trusted_keys: signing.keys.clone(),
            reference,
            policy,
            fail_on,
            skip_vulnerabilities,
            vex,
        };
        let r = inst.imagegate_gate_scanner().call_scan(&mut store, &req);
        done.store(true, Ordering::Relaxed);
        match r {
            Ok(Ok(res)) => {
                // The component answers every requested format, in order.
                let same = res.reports.len() == formats.len()
                    && res
                        .reports
                        .iter()
                        .zip(&formats)
                        .all(|(r, f)| r.format == *f);
                if !same {
                    return Err(HostError::new(
                        "image-io",
                        "the component did not return the requested reports",
                    ));
                }
                Ok(Outcome {
                    exit_code: res.exit_code,
                    reports: res.reports.into_iter().map(|r| r.content).collect(),
                })
            }
            // Errors name files inside the image by their display name.
            Ok(Err(e)) => Err(HostError::new(e.code, e.message)),
            Err(e) => Err(self.trap(&store, limits, e)),
        }
    }

    /// Run the component's `wasi:cli/run` with `--dir HOST::GUEST` preopens (read-only).
    pub fn wasi_run(
        &self,
        limits: &RunLimits,
        dirs: &[String],
        dirs_rw: &[String],
        args: &[String],
    ) -> Result<u8, HostError> {
        let split = |d: &String| -> (String, String) {
            let (host, guest) = d.split_once("::").unwrap_or((d.as_str(), d.as_str()));
            (host.to_string(), guest.to_string())
        };
        let mounts: Vec<Mount> = dirs
            .iter()
            .map(|d| {
                let (host, guest) = split(d);
                Mount::read_only(host, guest)
            })
            .chain(dirs_rw.iter().map(|d| {
                let (host, guest) = split(d);
                Mount::writable(host, guest)
            }))
            .collect();
        let mut b = WasiCtxBuilder::new();
        b.inherit_stdout().inherit_stderr();
        self.run_command(b, limits, &mounts, args)
    }

    /// Run one of the component's own commands (`db build`, `db info`...)
    /// with the given preopens, capturing its stdout and stderr. Under WASI
    /// 0.2 the guest's exit status is only success (0) or failure (1).
    pub fn run_cli(
        &self,
        limits: &RunLimits,
        mounts: &[Mount],
        args: &[String],
    ) -> Result<CliOutput, HostError> {
        let out = MemoryOutputPipe::new(CAPTURE_LIMIT);
        let err = MemoryOutputPipe::new(CAPTURE_LIMIT);
        let mut b = WasiCtxBuilder::new();
        b.stdout(out.clone()).stderr(err.clone());
        let code = self.run_command(b, limits, mounts, args)?;
        Ok(CliOutput {
            code,
            stdout: String::from_utf8_lossy(&out.contents()).into_owned(),
            stderr: String::from_utf8_lossy(&err.contents()).into_owned(),
        })
    }

    fn run_command(
        &self,
        mut b: WasiCtxBuilder,
        limits: &RunLimits,
        mounts: &[Mount],
        args: &[String],
    ) -> Result<u8, HostError> {
        let mut argv = vec!["imagegate.wasm".to_string()];
        argv.extend(args.iter().cloned());
        b.args(&argv);
        for m in mounts {
            let perms = if m.writable {
                FsPerms::ReadWrite
            } else {
                FsPerms::ReadOnly
            };
            b.preopened_dir(&m.host, &m.guest, perms)
                .map_err(|e| HostError::new("image-io", format!("{}: {e}", m.host.display())))?;
        }
        let (mut store, done) = self.store(b.build(), limits);
        let cmd = wasmtime_wasi::p2::bindings::sync::Command::instantiate(
            &mut store,
            &self.component,
            &self.linker,
        )
        .map_err(|e| self.trap(&store, limits, e));
        let cmd = match cmd {
            Ok(c) => c,
            Err(e) => {
                done.store(true, Ordering::Relaxed);
                return Err(e);
            }
        };
        let r = cmd.wasi_cli_run().call_run(&mut store);
        done.store(true, Ordering::Relaxed);
        match r {
            Ok(Ok(())) => Ok(0),
            Ok(Err(())) => Ok(1),
            Err(e) => match e.downcast_ref::<wasmtime_wasi::I32Exit>() {
                Some(exit) => Ok(u8::try_from(exit.0).unwrap_or(2)),
                None => Err(self.trap(&store, limits, e)),
            },
        }
    }
}

/// Most output captured from a component command (its reports are small).
const CAPTURE_LIMIT: usize = 16 << 20;

/// A host directory preopened in the guest.
pub struct Mount {
    pub host: PathBuf,
    pub guest: String,
    pub writable: bool,
}

impl Mount {
    pub fn read_only(host: impl Into<PathBuf>, guest: impl Into<String>) -> Mount {
        Mount {
            host: host.into(),
            guest: guest.into(),
            writable: false,
        }
    }
    pub fn writable(host: impl Into<PathBuf>, guest: impl Into<String>) -> Mount {
        Mount {
            host: host.into(),
            guest: guest.into(),
            writable: true,
        }
    }
}

/// What a component command printed, and its exit status (0 or 1).
pub struct CliOutput {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}
/// Signature inputs the host read from files (the guest gets bytes, not paths).
#[derive(Debug, Default)]
pub struct Signing {
    pub signatures: Vec<SignatureFile>,
    pub keys: Vec<PublicKey>,
}

impl Signing {
    /// Read `--signature`/`--payload` pairs and `--public-key` files.
    pub fn read(
        sigs: &[PathBuf],
        payloads: &[PathBuf],
        keys: &[PathBuf],
    ) -> Result<Signing, HostError> {
        if sigs.len() != payloads.len() {
            return Err(HostError::usage(
                "each --signature needs its --payload (cosign sign --output-signature / --output-payload)",
            ));
        }
        let read = |p: &PathBuf| -> Result<Vec<u8>, HostError> {
            imagegate::cli::read_input(&p.to_string_lossy(), 64 << 10).map_err(HostError::from)
        };
        let name = |p: &PathBuf| imagegate::cli::file_name(&p.to_string_lossy());
        let mut out = Signing::default();
        for (s, p) in sigs.iter().zip(payloads) {
            out.signatures.push(SignatureFile {
                name: name(s),
                payload: read(p)?,
                signature: String::from_utf8_lossy(&read(s)?).into_owned(),
            });
        }
        for k in keys {
            out.keys.push(PublicKey {
                name: name(k),
                pem: String::from_utf8_lossy(&read(k)?).into_owned(),
            });
        }
        Ok(out)
    }
}
