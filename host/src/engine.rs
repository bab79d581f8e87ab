//! The wasmtime embedding: engine configuration, the precompiled-component
//! cache, the sandbox (read-only preopens, memory limit, epoch deadline) and
//! calls into the component's `scanner` interface or its `wasi:cli/run`.

use ::imagegate::ErrorKind;
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wasmtime::component::{Component, HasSelf, Linker, Resource, ResourceTable};
use wasmtime::{Config, Engine, ResourceLimiter, Store};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

mod sha256;
mod zstd;

// The accel world: the `scanner` exports plus the `host-sha256` and
// `host-zstd` imports. The
// portable component (world `imagegate`) instantiates with the same linker;
// it just doesn't use the import.
wasmtime::component::bindgen!({
    path: "../wit/imagegate.wit",
    world: "imagegate-accel",
    imports: { default: trappable },
    with: {
        "imagegate:gate/host-sha256.hasher": sha256::HostHasher,
        "imagegate:gate/host-zstd.decoder": zstd::HostZstd,
    },
});

pub use exports::imagegate::gate::scanner::{
    AttestRequest, Attestation, AttestationFile, AttestationVerdict, CertificateIdentity,
    PolicyFile, PublicKey, ReportFormat, ScanPlan, VexDocument, VulnerabilitySeverity,
};
use exports::imagegate::gate::scanner::{ScanRequest, SignatureFile, VerifyAttestationRequest};

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
    /// A host error of one of the stable kinds ([`ErrorKind`], documented in
    /// docs/codes.md). Its message may quote a registry's answer, a file name
    /// or the component's error: it is made log-safe here (no line breaks,
    /// escape sequences or CI commands reach stderr).
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> HostError {
        HostError::guest(kind.code(), message)
    }
    /// An error the component reported, with the code it gave (WIT
    /// `scan-error.code`, or the `error[CODE]` its command line printed).
    pub fn guest(code: impl Into<String>, message: impl Into<String>) -> HostError {
        HostError {
            code: code.into(),
            message: ::imagegate::logsafe::log_safe_string(&message.into()),
        }
    }
    /// The failure of a component command run through `wasi:cli/run`, from
    /// its stderr (`imagegate: error[CODE]: ...`, the prefix dropped); `None`
    /// when it names no error code.
    pub fn from_stderr(stderr: &str) -> Option<HostError> {
        let msg = stderr.strip_prefix("imagegate: ").unwrap_or(stderr);
        let code = msg
            .split_once("error[")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(c, _)| c)?;
        Some(HostError::guest(code, msg))
    }
    pub fn usage(message: impl Into<String>) -> HostError {
        HostError::new(ErrorKind::Usage, message)
    }
    pub fn io(file: &str, e: std::io::Error) -> HostError {
        HostError::new(ErrorKind::Io, format!("{file}: {e}"))
    }
    /// The stable code (`error[code]` on stderr).
    pub fn code(&self) -> &str {
        &self.code
    }
    /// The message, log-safe.
    pub fn message(&self) -> &str {
        &self.message
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
impl From<::imagegate::Error> for HostError {
    fn from(e: ::imagegate::Error) -> HostError {
        HostError::new(e.kind, e.to_string())
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
    /// Tests only: answer every `host-sha256` digest wrong.
    #[cfg(test)]
    wrong_sha256: bool,
    /// Tests only: flip a bit of every piece `host-zstd` decodes.
    #[cfg(test)]
    wrong_zstd: bool,
}

impl imagegate::gate::host_sha256::Host for HostState {}

/// `imagegate:gate/host-sha256`: each `hasher` is a [`sha256::HostHasher`]
/// in the store's resource table. A misuse (update after finish) traps.
impl imagegate::gate::host_sha256::HostHasher for HostState {
    fn new(&mut self) -> wasmtime::Result<Resource<sha256::HostHasher>> {
        Ok(self.table.push(sha256::HostHasher::new())?)
    }

    fn update(&mut self, h: Resource<sha256::HostHasher>, data: Vec<u8>) -> wasmtime::Result<()> {
        self.table
            .get_mut(&h)?
            .update(data)
            .map_err(wasmtime::Error::msg)
    }

    fn finish(&mut self, h: Resource<sha256::HostHasher>) -> wasmtime::Result<Vec<u8>> {
        #[allow(unused_mut)] // mutated in tests only
        let mut digest = self
            .table
            .get_mut(&h)?
            .finish()
            .map_err(wasmtime::Error::msg)?;
        #[cfg(test)]
        if self.wrong_sha256 {
            digest[0] ^= 0x80;
        }
        Ok(digest.to_vec())
    }

    fn drop(&mut self, h: Resource<sha256::HostHasher>) -> wasmtime::Result<()> {
        self.table.delete(h)?;
        Ok(())
    }
}

impl imagegate::gate::host_zstd::Host for HostState {
    fn available(&mut self) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

/// `imagegate:gate/host-zstd`: each `decoder` is a [`zstd::HostZstd`] in the
/// store's resource table. A misuse (push before the last bytes were
/// decoded) traps; a bad stream is an error the component reports.
impl imagegate::gate::host_zstd::HostDecoder for HostState {
    fn new(&mut self) -> wasmtime::Result<Resource<zstd::HostZstd>> {
        let d = zstd::HostZstd::new().map_err(wasmtime::Error::msg)?;
        Ok(self.table.push(d)?)
    }

    fn push(&mut self, d: Resource<zstd::HostZstd>, data: Vec<u8>) -> wasmtime::Result<()> {
        self.table
            .get_mut(&d)?
            .push(data)
            .map_err(wasmtime::Error::msg)
    }

    fn pull(
        &mut self,
        d: Resource<zstd::HostZstd>,
        max: u32,
    ) -> wasmtime::Result<Result<Vec<u8>, String>> {
        #[allow(unused_mut)] // mutated in tests only
        let mut got = self.table.get_mut(&d)?.pull(max);
        #[cfg(test)]
        if self.wrong_zstd {
            if let Ok(Some(b)) = got.as_mut().map(|g| g.last_mut()) {
                *b ^= 0x01;
            }
        }
        Ok(got)
    }

    fn finish(&mut self, d: Resource<zstd::HostZstd>) -> wasmtime::Result<Result<(), String>> {
        Ok(self.table.get_mut(&d)?.finish())
    }

    fn drop(&mut self, d: Resource<zstd::HostZstd>) -> wasmtime::Result<()> {
        self.table.delete(d)?;
        Ok(())
    }
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
    /// `sha256:<hex>` of the component's bytes (recorded in attestations).
    pub digest: String,
    #[cfg(test)]
    wrong_sha256: bool,
    #[cfg(test)]
    wrong_zstd: bool,
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
    /// `imagegate vex --author`: the OpenVEX export's author.
    pub vex_author: Option<String>,
}

/// The component's file names beside the binary, in the order they are
/// looked for: the accel build (layer hashing by this host, see
/// [`sha256`]), then the portable one.
pub const COMPONENT_NAMES: [&str; 2] = ["imagegate-accel.wasm", "imagegate.wasm"];

fn find_component(explicit: Option<&Path>) -> Result<PathBuf, HostError> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("IMAGEGATE_COMPONENT") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| HostError::io("current executable", e))?;
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut candidates: Vec<PathBuf> = COMPONENT_NAMES.iter().map(|n| dir.join(n)).collect();
    // Development layout: target/{release,debug}/imagegate next to
    // target/wasm32-wasip2/component/ (see build.sh).
    candidates.push(dir.join("../wasm32-wasip2/component/imagegate-component.wasm"));
    candidates.push(dir.join("../../wasm32-wasip2/component/imagegate-component.wasm"));
    candidates.iter().find(|p| p.is_file()).cloned().ok_or_else(|| {
        HostError::new(
            ErrorKind::Io,
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

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The one engine configuration, for running and for precompiling.
fn new_engine() -> Result<Engine, HostError> {
    let mut config = Config::new();
    config.epoch_interruption(true);
    config.wasm_component_model(true);
    if std::env::var_os("IMAGEGATE_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    Engine::new(&config).map_err(|e| HostError::new(ErrorKind::Io, format!("wasmtime: {e}")))
}

/// Feeds what [`Engine::precompile_compatibility_hash`] hashes into SHA-256.
struct ShaHasher(Sha256);

impl std::hash::Hasher for ShaHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        0
    }
}

/// The precompiled file `./build.sh` puts beside the component:
/// `<name>.<16 hex of the component's SHA-256>.cwasm`, so a component
/// replaced without its precompiled file never runs stale code.
pub fn precompiled_path(component: &Path, digest: &[u8]) -> PathBuf {
    let stem = component
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    component.with_file_name(format!("{stem}.{}.cwasm", &hex(digest)[..16]))
}

/// A file from [`Engine::precompile_component`], if this engine can run it:
/// wasmtime checks its version, configuration and the CPU features it was
/// compiled for against this host.
fn deserialize(engine: &Engine, file: &Path) -> wasmtime::Result<Component> {
    match Engine::detect_precompiled_file(file)? {
        Some(wasmtime::Precompiled::Component) => {}
        _ => wasmtime::bail!("not a precompiled component"),
    }
    // SAFETY: only files this host wrote are loaded: the one `imagegate
    // precompile` (./build.sh) put beside the component, named by the
    // component's hash, or our cache entry named by the hash of the
    // component, the wasmtime version and the engine's compatibility hash.
    // They are as trusted as the binary and its cache directory, and
    // wasmtime checks the engine and CPU compatibility on top.
    unsafe { Component::deserialize_file(engine, file) }
}

/// `imagegate precompile`: compile the component for this machine and
/// write it beside the component (see [`precompiled_path`]), removing older
/// precompiled files of the same component name. Returns the file written.
pub fn precompile(explicit: Option<&Path>) -> Result<PathBuf, HostError> {
    let path = find_component(explicit)?;
    let name = path.display().to_string();
    let engine = new_engine()?;
    let bytes = std::fs::read(&path).map_err(|e| HostError::io(&name, e))?;
    let out = precompiled_path(&path, &Sha256::digest(&bytes));
    let compiled = engine.precompile_component(&bytes).map_err(|e| {
        HostError::new(
            ErrorKind::NotAnImage,
            format!("{name}: not a valid imagegate component: {e}"),
        )
    })?;
    let shown = out.display().to_string();
    if let (Some(dir), Some(stem)) = (path.parent(), path.file_stem()) {
        let prefix = format!("{}.", stem.to_string_lossy());
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        for e in std::fs::read_dir(dir)
            .map_err(|e| HostError::io(&dir.display().to_string(), e))?
            .flatten()
        {
            let f = e.file_name().to_string_lossy().into_owned();
            if f.starts_with(&prefix) && f.ends_with(".cwasm") && e.path() != out {
                std::fs::remove_file(e.path())
                    .map_err(|err| HostError::io(&e.path().display().to_string(), err))?;
            }
        }
    }
    let tmp = out.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, &compiled)
        .and_then(|()| std::fs::rename(&tmp, &out))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            HostError::io(&shown, e)
        })?;
    Ok(out)
}

impl Gate {
    /// Load the component: precompiled beside it (./build.sh), else from the
    /// cache, else compiled now (with a one-line notice) and cached.
    pub fn load(explicit: Option<&Path>) -> Result<Gate, HostError> {
        Gate::load_cached(explicit, cache_dir())
    }

    fn load_cached(explicit: Option<&Path>, cache: Option<PathBuf>) -> Result<Gate, HostError> {
        let path = find_component(explicit)?;
        let name = path.display().to_string();
        let engine = new_engine()?;
        let bytes = std::fs::read(&path).map_err(|e| HostError::io(&name, e))?;
        let digest = Sha256::digest(&bytes);
        let component_digest = format!("sha256:{}", hex(&digest));
        let prebuilt = precompiled_path(&path, &digest);
        let mut refused = None;
        let mut component = None;
        if prebuilt.is_file() {
            match deserialize(&engine, &prebuilt) {
                Ok(c) => component = Some(c),
                Err(e) => refused = Some(e),
            }
        }
        let key = {
            let mut h = ShaHasher(Sha256::new());
            h.0.update(WASMTIME_VERSION.as_bytes());
            std::hash::Hash::hash(&engine.precompile_compatibility_hash(), &mut h);
            h.0.update(digest);
            hex(&h.0.finalize())
        };
        let cached = cache.map(|d| d.join(format!("{}.cwasm", &key[..32])));
        if component.is_none() {
            if let Some(c) = cached.as_ref().filter(|c| c.is_file()) {
                // A corrupt or stale entry is compiled again and replaced.
                component = deserialize(&engine, c).ok();
            }
        }
        let component = match component {
            Some(c) => c,
            None => {
                let why = match &refused {
                    Some(e) => format!(
                        "{} does not fit this machine ({}); ",
                        prebuilt.display(),
                        e.to_string().replace(['\n', '\r'], " ")
                    ),
                    None => String::new(),
                };
                let whence = match &cached {
                    Some(c) => format!(
                        "once, cached in {}",
                        c.parent().unwrap_or(Path::new("")).display()
                    ),
                    None => "no cache directory".to_string(),
                };
                eprintln!("imagegate: {why}compiling {name} for this machine ({whence})");
                let compiled = engine.precompile_component(&bytes).map_err(|e| {
                    HostError::new(
                        ErrorKind::NotAnImage,
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
                    .map_err(|e| HostError::new(ErrorKind::Io, format!("{name}: {e}")))?
            }
        };
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)
            .and_then(|()| {
                imagegate::gate::host_sha256::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s)
            })
            .and_then(|()| {
                imagegate::gate::host_zstd::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s)
            })
            .map_err(|e| HostError::new(ErrorKind::Io, format!("wasmtime linker: {e}")))?;
        Ok(Gate {
            engine,
            component,
            linker,
            digest: component_digest,
            #[cfg(test)]
            wrong_sha256: false,
            #[cfg(test)]
            wrong_zstd: false,
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
                #[cfg(test)]
                wrong_sha256: self.wrong_sha256,
                #[cfg(test)]
                wrong_zstd: self.wrong_zstd,
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
                ErrorKind::LimitExceeded,
                format!(
                    "the scan needed more than the memory limit of {} MiB (raise it with --memory-limit)",
                    limits.memory_bytes >> 20
                ),
            );
        }
        if let Some(wasmtime::Trap::Interrupt) = e.downcast_ref::<wasmtime::Trap>() {
            return HostError::new(
                ErrorKind::LimitExceeded,
                format!(
                    "the scan exceeded the time limit of {} s (raise it with --timeout)",
                    limits.timeout.as_secs()
                ),
            );
        }
        HostError::new(ErrorKind::Io, format!("the component failed: {e:#}"))
    }

    fn instantiate(
        &self,
        ctx: WasiCtx,
        limits: &RunLimits,
    ) -> Result<(Store<HostState>, Arc<AtomicBool>, ImagegateAccel), HostError> {
        let (mut store, done) = self.store(ctx, limits);
        let inst = ImagegateAccel::instantiate(&mut store, &self.component, &self.linker)
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
            Ok(Err(e)) => Err(HostError::guest(e.code, e.message)),
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
            vex_author,
        } = opts;
        let mut b = WasiCtxBuilder::new();
        // File reads on this thread: the host is synchronous, and handing
        // each (at most 64 KiB) read to tokio's blocking pool cost a thread
        // switch per read (17% of a big image's samples).
        b.allow_blocking_current_thread(true);
        let (guest, abs) = preopen_image(&mut b, image)?;
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
                        HostError::new(ErrorKind::Io, format!("{}: {e}", parent.display()))
                    })?;
                Some(format!("/db/{file}"))
            }
            None => None,
        };
        let (mut store, done, inst) = self.instantiate(b.build(), limits)?;
        let display = display_name.or_else(|| default_name(image, &abs));
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
            signature_bundles: signing.bundles.clone(),
            trusted_root: signing.trusted_root.clone(),
            reference,
            policy,
            fail_on,
            skip_vulnerabilities,
            vex,
            vex_author,
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
                        ErrorKind::Io,
                        "the component did not return the requested reports",
                    ));
                }
                Ok(Outcome {
                    exit_code: res.exit_code,
                    reports: res.reports.into_iter().map(|r| r.content).collect(),
                })
            }
            // Errors name files inside the image by their display name.
            Ok(Err(e)) => Err(HostError::guest(e.code, e.message)),
            Err(e) => Err(self.trap(&store, limits, e)),
        }
    }

    /// Sign a scan's verdict (no preopens: the component gets the report,
    /// the digests and the key as values).
    pub fn attest(
        &self,
        limits: &RunLimits,
        req: &AttestRequest,
    ) -> Result<Attestation, HostError> {
        let (mut store, done, inst) = self.instantiate(WasiCtxBuilder::new().build(), limits)?;
        let r = inst.imagegate_gate_scanner().call_attest(&mut store, req);
        done.store(true, Ordering::Relaxed);
        match r {
            Ok(Ok(a)) => Ok(a),
            Ok(Err(e)) => Err(HostError::guest(e.code, e.message)),
            Err(e) => Err(self.trap(&store, limits, e)),
        }
    }

    /// Check attestations of the image at `image` (preopened read-only) or
    /// of `req.manifest_digest`.
    pub fn verify_attestation(
        &self,
        limits: &RunLimits,
        image: Option<&Path>,
        mut req: VerifyAttestation,
    ) -> Result<AttestationVerdict, HostError> {
        let mut b = WasiCtxBuilder::new();
        b.allow_blocking_current_thread(true);
        let mut guest = None;
        if let Some(image) = image {
            let (g, abs) = preopen_image(&mut b, image)?;
            guest = Some(g);
            req.display_name = req.display_name.or_else(|| default_name(image, &abs));
        }
        let (mut store, done, inst) = self.instantiate(b.build(), limits)?;
        let wit = VerifyAttestationRequest {
            image: guest,
            display_name: req.display_name,
            tag: req.tag,
            platform: req.platform,
            manifest_digest: req.manifest_digest,
            attestations: req.attestations,
            trusted_keys: req.trusted_keys,
            trusted_root: req.trusted_root,
            identities: req.identities,
            require: req.require,
            max_age: req.max_age,
            max_db_age: req.max_db_age,
            now: req.now,
            json: req.json,
        };
        let r = inst
            .imagegate_gate_scanner()
            .call_verify_attestation(&mut store, &wit);
        done.store(true, Ordering::Relaxed);
        match r {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(HostError::guest(e.code, e.message)),
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
        b.allow_blocking_current_thread(true);
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
                .map_err(|e| HostError::new(ErrorKind::Io, format!("{}: {e}", m.host.display())))?;
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

/// Preopen the image read-only at `/image`: its directory (a layout) or the
/// directory holding it (a tarball). Returns the guest path and the real path.
fn preopen_image(b: &mut WasiCtxBuilder, image: &Path) -> Result<(String, PathBuf), HostError> {
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
    b.preopened_dir(&dir, "/image", FsPerms::ReadOnly)
        .map_err(|e| HostError::new(ErrorKind::Io, format!("{}: {e}", dir.display())))?;
    Ok((guest, abs))
}

/// The image's name in reports: its file name.
fn default_name(image: &Path, abs: &Path) -> Option<String> {
    image
        .file_name()
        .or(abs.file_name())
        .map(|f| f.to_string_lossy().into_owned())
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
/// What `verify-attestation` asks (the WIT request without the image path).
#[derive(Default)]
pub struct VerifyAttestation {
    pub display_name: Option<String>,
    pub tag: Option<String>,
    pub platform: Option<String>,
    pub manifest_digest: Option<String>,
    pub attestations: Vec<AttestationFile>,
    pub trusted_keys: Vec<PublicKey>,
    /// `trusted_root.json` text, for keyless bundles.
    pub trusted_root: Option<String>,
    pub identities: Vec<CertificateIdentity>,
    pub require: Vec<String>,
    pub max_age: Option<u64>,
    pub max_db_age: Option<u64>,
    pub now: u64,
    pub json: bool,
}

/// Signature inputs the host read from files (the guest gets bytes, not paths).
#[derive(Debug, Default)]
pub struct Signing {
    pub signatures: Vec<SignatureFile>,
    pub keys: Vec<PublicKey>,
    /// Sigstore bundles (`--signature-bundle`).
    pub bundles: Vec<AttestationFile>,
    /// The Sigstore trusted root's text.
    pub trusted_root: Option<String>,
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
            ::imagegate::cli::read_input(&p.to_string_lossy(), 64 << 10).map_err(HostError::from)
        };
        let name = |p: &PathBuf| ::imagegate::cli::file_name(&p.to_string_lossy());
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

    /// Read `--signature-bundle` files and the trusted root (`--trusted-root`
    /// or the policy's `signatures.trusted-root`).
    pub fn read_bundles(
        &mut self,
        bundles: &[PathBuf],
        trusted_root: Option<&Path>,
    ) -> Result<(), HostError> {
        let name = |p: &PathBuf| ::imagegate::cli::file_name(&p.to_string_lossy());
        for b in bundles {
            self.bundles.push(AttestationFile {
                name: name(b),
                content: ::imagegate::cli::read_input(&b.to_string_lossy(), 8 << 20)
                    .map_err(HostError::from)?,
            });
        }
        if let Some(p) = trusted_root {
            let bytes = ::imagegate::cli::read_input(&p.to_string_lossy(), 4 << 20)
                .map_err(HostError::from)?;
            self.trusted_root = Some(String::from_utf8(bytes).map_err(|_| {
                HostError::usage(format!("trusted root {}: not UTF-8 JSON", p.display()))
            })?);
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "../../tests/fixtures/mod.rs"]
mod fixtures;

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    /// The accel component ./build.sh puts beside the binary.
    fn accel() -> PathBuf {
        let p =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/imagegate-accel.wasm");
        assert!(
            p.is_file(),
            "the accel component is not built ({}): run ./build.sh",
            p.display()
        );
        p
    }

    fn scan(gate: &Gate, image: &Path) -> Result<Outcome, HostError> {
        let signing = Signing::default();
        gate.scan(
            &RunLimits {
                memory_bytes: 512 << 20,
                timeout: Duration::from_secs(600),
            },
            image,
            ScanOptions {
                formats: vec![ReportFormat::Json],
                color: false,
                tag: None,
                platform: None,
                db: None,
                now: 1_764_000_000,
                signing: &signing,
                reference: None,
                policy: None,
                fail_on: None,
                // As the native request it is compared with.
                skip_vulnerabilities: true,
                display_name: None,
                vex: Vec::new(),
                vex_author: None,
            },
        )
    }

    /// The Rust host's `host-sha256` and `host-zstd` under the real accel
    /// component: the report is the native library's, byte for byte; a host
    /// answering a wrong digest is caught by the component
    /// (`digest-mismatch`, exit 2), for every layer compression (one hash
    /// when uncompressed, else two), and so is a wrong zstd decoding.
    #[test]
    fn host_sha256_answers_are_checked_by_the_component() {
        let cache = tempdir();
        let mut gate =
            Gate::load_cached(Some(&accel()), Some(cache.path().to_path_buf())).expect("load");
        let d = tempdir();
        for comp in [Comp::None, Comp::Gzip, Comp::Zstd] {
            let img = write_tar(
                d.path(),
                "app.tar",
                &oci_files(&[Img::standard(comp).without_secrets()]),
            );
            gate.wrong_sha256 = false;
            let out = scan(&gate, &img).expect("scan with the host's SHA-256");
            let mut req = ::imagegate::ScanRequest::new(&img);
            req.now = Some(1_764_000_000);
            req.skip_vulnerabilities = true;
            let native = ::imagegate::scan(&req).expect("native scan");
            assert_eq!(out.reports[0], native.report(), "{comp:?}");
            assert_eq!(out.exit_code, native.verdict.exit_code());

            gate.wrong_sha256 = true;
            let Err(e) = scan(&gate, &img) else {
                panic!("{comp:?}: a wrong host digest passed");
            };
            assert_eq!(e.code, "digest-mismatch", "{comp:?}: {e}");
            assert!(e.to_string().contains("app.tar"), "{e}");
            gate.wrong_sha256 = false;

            // A host decoding zstd wrong: the component's diff_id check (or
            // the tar reader, for a flipped header byte) catches it.
            gate.wrong_zstd = true;
            let got = scan(&gate, &img);
            gate.wrong_zstd = false;
            match (comp, got) {
                (Comp::Zstd, Ok(_)) => panic!("a wrong host zstd decoding passed"),
                (Comp::Zstd, Err(e)) => assert!(
                    e.code == "digest-mismatch" || e.code == "image-malformed",
                    "{e}"
                ),
                (_, got) => assert!(got.is_ok(), "{comp:?}: host-zstd is not used"),
            }
        }
    }
}
