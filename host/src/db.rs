//! The host's `db` commands. `db update` downloads the OSV exports (see
//! [`crate::download`]) and has the component build the DB from them; `db
//! build` and `db info` forward to the component with the least preopens.
//! The component only ever writes into a fresh temporary directory beside
//! the DB; the host then fsyncs the new file and renames it over the old
//! one, so a reader sees the old DB or the new one, never a partial file,
//! and any failure leaves the old DB as it was.

use crate::download::{self, Downloader, Fetch};
use crate::engine::{CliOutput, Gate, HostError, Mount, RunLimits};
use imagegate::ErrorKind;
use std::path::{Path, PathBuf};

/// The default DB: `$IMAGEGATE_DB`, else `$XDG_CACHE_HOME/imagegate/imagegate.db`,
/// else `~/.cache/imagegate/imagegate.db`.
pub fn default_db_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("IMAGEGATE_DB").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(cache.join("imagegate").join("imagegate.db"))
}

/// The DB path to use: the one given, else the default.
pub fn resolve_db(db: Option<PathBuf>) -> Result<PathBuf, HostError> {
    db.or_else(default_db_path).ok_or_else(|| {
        HostError::usage("no DB path: pass --db PATH or set IMAGEGATE_DB (HOME is not set)")
    })
}

/// The directory of the download cache for a DB: `<DB>.sources/` beside it.
pub fn sources_dir(db: &Path) -> PathBuf {
    let mut name = db
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "imagegate.db".into());
    name.push(".sources");
    db.with_file_name(name)
}

/// `db update`'s options.
pub struct UpdateOptions {
    pub ecosystems: Vec<String>,
    pub db: PathBuf,
    pub mirror: String,
    pub now: u64,
    /// Also fetch CISA's KEV catalogue from this URL (`--kev`).
    pub kev: Option<String>,
    /// Also fetch FIRST's EPSS scores from this URL (`--epss`).
    pub epss: Option<String>,
    /// Say what was done on stderr instead of stdout (a `scan` that fetches
    /// its DB writes its report to stdout).
    pub summary_to_stderr: bool,
}

/// Download the sources, build the DB in the component, replace the DB.
pub fn update(gate: &Gate, limits: &RunLimits, o: &UpdateOptions) -> Result<u8, HostError> {
    let parent = parent_dir(&o.db);
    std::fs::create_dir_all(&parent)
        .map_err(|e| HostError::io(&parent.display().to_string(), e))?;
    let cache = sources_dir(&o.db);
    let dl = Downloader::new(o.mirror.clone(), cache.clone());
    let mut sources = Vec::new();
    for eco in &o.ecosystems {
        let s = dl.fetch(eco)?;
        match s.fetch {
            Fetch::Downloaded(n) => eprintln!(
                "imagegate: {eco}: downloaded {:.1} MiB, sha256:{}",
                n as f64 / f64::from(1u32 << 20),
                s.sha256
            ),
            Fetch::NotModified => {
                eprintln!("imagegate: {eco}: not modified, using the cached copy")
            }
        }
        sources.push(s);
    }
    // The prioritisation inputs, when asked for.
    let mut prio: Vec<(&str, download::Source)> = Vec::new();
    for (what, url) in [("kev", &o.kev), ("epss", &o.epss)] {
        let Some(url) = url else { continue };
        let s = if what == "kev" {
            dl.fetch_kev(url)?
        } else {
            dl.fetch_epss(url)?
        };
        let label = s.ecosystem.clone();
        match s.fetch {
            Fetch::Downloaded(n) => eprintln!(
                "imagegate: {label}: downloaded {:.1} MiB, sha256:{}",
                n as f64 / f64::from(1u32 << 20),
                s.sha256
            ),
            Fetch::NotModified => {
                eprintln!("imagegate: {label}: not modified, using the cached copy")
            }
        }
        prio.push((what, s));
    }
    // Nothing changed and the DB holds exactly these sources: keep it.
    if sources.iter().all(|s| s.fetch == Fetch::NotModified)
        && prio.iter().all(|(_, s)| s.fetch == Fetch::NotModified)
        && db_has_sources(gate, limits, &o.db, &sources, &prio)
    {
        say(o, &format!("{}: up to date", o.db.display()));
        return Ok(0);
    }
    // The component reads a mirror of exactly the requested sources: hard
    // links (or copies) of the cached zips in a fresh staging directory.
    let work = TempDir::new(&parent, &o.db)?;
    let staging = work.path.join("src");
    let out = work.path.join("out");
    for dir in [&staging, &out] {
        std::fs::create_dir_all(dir).map_err(|e| HostError::io(&dir.display().to_string(), e))?;
    }
    let args = vec![
        "db".to_string(),
        "build".into(),
        "-o".into(),
        "/out/imagegate.db".into(),
        "--build-time".into(),
        rfc3339(o.now),
        "--from".into(),
        "/src".into(),
    ];
    for s in &sources {
        let d = staging.join(&s.ecosystem);
        std::fs::create_dir_all(&d).map_err(|e| HostError::io(&d.display().to_string(), e))?;
        let z = d.join("all.zip");
        if std::fs::hard_link(&s.zip, &z).is_err() {
            std::fs::copy(&s.zip, &z).map_err(|e| HostError::io(&z.display().to_string(), e))?;
        }
    }
    let mut args = args;
    let mut mounts = vec![
        Mount::read_only(&staging, "/src"),
        Mount::writable(&out, "/out"),
    ];
    let mut map: Vec<(String, PathBuf)> = vec![("/src".into(), cache.clone())];
    for (what, s) in &prio {
        let (dir, name) = split_path(&s.zip)?;
        let guest = format!("/{what}");
        args.push(format!("--{what}"));
        args.push(format!("{guest}/{name}"));
        map.push((guest.clone(), dir.clone()));
        mounts.push(Mount::read_only(&dir, guest));
    }
    let r = gate.run_cli(limits, &mounts, &args)?;
    let built = out.join("imagegate.db");
    if r.code != 0 {
        // A zip that passed the transfer checks but not the build must not
        // be reused: forget what was downloaded now, so the next run fetches
        // it again instead of getting 304.
        for s in sources
            .iter()
            .chain(prio.iter().map(|(_, s)| s))
            .filter(|s| s.fetch != Fetch::NotModified)
        {
            let mut meta = s.zip.clone().into_os_string();
            meta.push(".meta");
            let _ = std::fs::remove_file(meta);
        }
        let mut shown: Vec<(&str, &Path)> =
            map.iter().map(|(g, h)| (g.as_str(), h.as_path())).collect();
        shown.push(("/out/imagegate.db", &o.db));
        return Err(guest_failure(&r, &shown, "the DB build failed"));
    }
    // Check the new file before it replaces anything.
    verify_db(gate, limits, &built)?;
    replace(&built, &o.db)?;
    let summary = r
        .stdout
        .trim()
        .replace("/out/imagegate.db", &o.db.display().to_string());
    say(o, &summary);
    Ok(0)
}

fn say(o: &UpdateOptions, line: &str) {
    if o.summary_to_stderr {
        eprintln!("imagegate: {line}");
    } else {
        println!("{line}");
    }
}

/// The DB a scan uses. A DB given with `--db` is used as it is (the
/// component judges its age). Otherwise, when the plan needs one, the cached
/// default DB is used while it is younger than the policy's `max-db-age`,
/// and fetched anew (exactly as `db update` would, ecosystems and mirror
/// from the shared defaults) when it is missing or older. Offline, or when
/// the download fails, the scan goes on with what there is: the component
/// then decides `error` (`vulnerability-db-missing` or `-stale`) with every
/// report saying so, the same in every host. Never a silent pass.
pub fn for_scan(
    gate: &Gate,
    limits: &RunLimits,
    plan: &crate::engine::ScanPlan,
    explicit: Option<PathBuf>,
    offline: bool,
    now: u64,
) -> Option<PathBuf> {
    if explicit.is_some() || !plan.needs_db {
        return explicit;
    }
    let path = default_db_path()?;
    let age = imagegate::defaults::db_age_days(&path, now);
    let fresh = age.is_some_and(|a| plan.max_db_age_days == 0 || a <= plan.max_db_age_days as i64);
    if fresh {
        return Some(path);
    }
    let shown = path.display().to_string();
    let why = match age {
        None if path.exists() => "its build date cannot be read".to_string(),
        None => "there is none yet".to_string(),
        Some(a) => format!("it is {a} days old (max-db-age = {})", plan.max_db_age_days),
    };
    if offline {
        eprintln!("imagegate: offline: not fetching the vulnerability DB {shown} ({why})");
        return path.exists().then_some(path);
    }
    eprintln!(
        "imagegate: fetching the vulnerability DB into {shown} ({why}); as `imagegate db update`"
    );
    let opts = download::mirror(None).map(|mirror| UpdateOptions {
        ecosystems: plan.db_ecosystems.clone(),
        db: path.clone(),
        mirror,
        now,
        kev: None,
        epss: None,
        summary_to_stderr: true,
    });
    match opts.and_then(|o| update(gate, limits, &o)) {
        Ok(_) => Some(path),
        Err(e) => {
            eprintln!("imagegate: the vulnerability DB could not be fetched: {e}");
            path.exists().then_some(path)
        }
    }
}

/// The prioritisation inputs of a build: CISA's KEV catalogue and FIRST's
/// EPSS scores, as local files.
#[derive(Debug, Clone, Default)]
pub struct PriorityFiles {
    pub kev: Option<PathBuf>,
    pub epss: Option<PathBuf>,
}

/// `db build --from PATH... -o OUT [--build-time T] [--kev F] [--epss F]`
/// through the component.
pub fn build(
    gate: &Gate,
    limits: &RunLimits,
    from: &[PathBuf],
    prio: &PriorityFiles,
    out_path: &Path,
    build_time: String,
) -> Result<u8, HostError> {
    let parent = parent_dir(out_path);
    std::fs::create_dir_all(&parent)
        .map_err(|e| HostError::io(&parent.display().to_string(), e))?;
    let work = TempDir::new(&parent, out_path)?;
    let out = work.path.join("out");
    std::fs::create_dir_all(&out).map_err(|e| HostError::io(&out.display().to_string(), e))?;
    let mut mounts = vec![Mount::writable(&out, "/out")];
    let mut args = vec![
        "db".to_string(),
        "build".into(),
        "-o".into(),
        "/out/imagegate.db".into(),
        "--build-time".into(),
        build_time,
    ];
    let mut names: Vec<(String, PathBuf)> = Vec::new();
    for (i, f) in from.iter().enumerate() {
        let (dir, name) = split_path(f)?;
        let guest = format!("/in{i}");
        args.push("--from".into());
        args.push(format!("{guest}/{name}"));
        names.push((guest.clone(), dir.clone()));
        mounts.push(Mount::read_only(dir, guest));
    }
    for (flag, file) in [("--kev", &prio.kev), ("--epss", &prio.epss)] {
        if let Some(f) = file {
            let (dir, name) = split_path(f)?;
            let guest = format!("/{}", flag.trim_start_matches('-'));
            args.push(flag.into());
            args.push(format!("{guest}/{name}"));
            names.push((guest.clone(), dir.clone()));
            mounts.push(Mount::read_only(dir, guest));
        }
    }
    let r = gate.run_cli(limits, &mounts, &args)?;
    let mut map: Vec<(&str, &Path)> = names
        .iter()
        .map(|(g, h)| (g.as_str(), h.as_path()))
        .collect();
    map.push(("/out/imagegate.db", out_path));
    if r.code != 0 {
        return Err(guest_failure(&r, &map, "the DB build failed"));
    }
    replace(&out.join("imagegate.db"), out_path)?;
    println!("{}", rewrite(r.stdout.trim(), &map));
    Ok(0)
}

/// `db info DB` through the component.
pub fn info(gate: &Gate, limits: &RunLimits, db: &Path) -> Result<u8, HostError> {
    let r = run_on_db(gate, limits, db, "info")?;
    print!("{}", r.stdout.replace("/db/", ""));
    Ok(0)
}

fn run_on_db(
    gate: &Gate,
    limits: &RunLimits,
    db: &Path,
    cmd: &str,
) -> Result<CliOutput, HostError> {
    let (dir, name) = split_path(db)?;
    let guest = format!("/db/{name}");
    let args = vec!["db".to_string(), cmd.to_string(), guest.clone()];
    let r = gate.run_cli(limits, &[Mount::read_only(&dir, "/db")], &args)?;
    if r.code != 0 {
        return Err(guest_failure(
            &r,
            &[(guest.as_str(), db)],
            "the DB could not be read",
        ));
    }
    Ok(r)
}

/// The new DB opens and its header and directory checksum verify.
fn verify_db(gate: &Gate, limits: &RunLimits, db: &Path) -> Result<(), HostError> {
    run_on_db(gate, limits, db, "info").map(|_| ())
}

/// Whether the DB at `db` was built from exactly these sources (same names
/// and sha256), and the same KEV and EPSS files.
fn db_has_sources(
    gate: &Gate,
    limits: &RunLimits,
    db: &Path,
    sources: &[download::Source],
    prio: &[(&str, download::Source)],
) -> bool {
    if !db.is_file() {
        return false;
    }
    let Ok(r) = run_on_db(gate, limits, db, "info") else {
        return false;
    };
    let mut have: Vec<String> = r
        .stdout
        .lines()
        .filter_map(|l| {
            l.strip_prefix("source: ")
                .or_else(|| l.strip_prefix("kev: "))
                .or_else(|| l.strip_prefix("epss: "))
                .map(|rest| (l.split(':').next().unwrap_or_default(), rest))
        })
        .filter_map(|(kind, l)| {
            let (name, rest) = l.split_once(" sha256:")?;
            let sha = rest.split(' ').next()?;
            Some(match kind {
                "source" => format!("{name} {sha}"),
                _ => format!("{kind} {sha}"),
            })
        })
        .collect();
    let mut want: Vec<String> = sources
        .iter()
        .map(|s| format!("{}/all.zip {}", s.ecosystem, s.sha256))
        .chain(prio.iter().map(|(what, s)| format!("{what} {}", s.sha256)))
        .collect();
    have.sort();
    want.sort();
    have == want
}

/// A failed component command as a host error, guest paths shown as host paths.
fn guest_failure(r: &CliOutput, map: &[(&str, &Path)], what: &str) -> HostError {
    let msg = rewrite(r.stderr.trim(), map);
    let msg = msg.strip_prefix("imagegate: ").unwrap_or(&msg).to_string();
    if msg.starts_with("error[") {
        let code = HostError::from_stderr(&msg).map(|e| e.code().to_string());
        HostError::guest(
            code.unwrap_or_default(),
            format!("{msg} ({what}; the old DB was kept)"),
        )
    } else {
        HostError::new(ErrorKind::Io, format!("{what}: {msg}; the old DB was kept"))
    }
}

pub fn rewrite(s: &str, map: &[(&str, &Path)]) -> String {
    let mut s = s.to_string();
    for (guest, host) in map {
        s = s.replace(guest, &host.display().to_string());
    }
    s
}

/// The directory holding `path` (`.` for a bare file name).
fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The real directory holding `path` and its file name (links resolved on
/// the host, so the guest never has to follow one).
pub fn split_path(path: &Path) -> Result<(PathBuf, String), HostError> {
    let shown = path.display().to_string();
    let real = std::fs::canonicalize(path).map_err(|e| HostError::io(&shown, e))?;
    let dir = real
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"));
    let name = real
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .ok_or_else(|| HostError::usage(format!("{shown}: not a file name")))?;
    Ok((dir, name))
}

/// Move the freshly built file over `dest`: fsync the file, rename (atomic
/// on one filesystem), fsync the directory.
fn replace(built: &Path, dest: &Path) -> Result<(), HostError> {
    let shown = dest.display().to_string();
    let f = std::fs::File::open(built).map_err(|e| HostError::io(&shown, e))?;
    f.sync_all().map_err(|e| HostError::io(&shown, e))?;
    drop(f);
    std::fs::rename(built, dest).map_err(|e| HostError::io(&shown, e))?;
    if let Ok(d) = std::fs::File::open(parent_dir(dest)) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A fresh directory beside the DB (`.<name>.tmp-<pid>`), removed on drop.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(parent: &Path, db: &Path) -> Result<TempDir, HostError> {
        let name = db
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "imagegate.db".into());
        let path = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir(&path).map_err(|e| HostError::io(&path.display().to_string(), e))?;
        Ok(TempDir { path })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Unix seconds as `YYYY-MM-DDTHH:MM:SSZ` (the DB's build time).
pub fn rfc3339(secs: u64) -> String {
    let days = imagegate::time::day_of(secs);
    let rem = secs % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        imagegate::time::format_date(days),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_times() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_764_028_800 + 3661), "2025-11-25T01:01:01Z");
        assert_eq!(
            sources_dir(Path::new("/c/imagegate.db")),
            PathBuf::from("/c/imagegate.db.sources")
        );
        assert_eq!(parent_dir(Path::new("x.db")), PathBuf::from("."));
    }
}
