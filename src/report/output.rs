//! Writing rendered reports to files, shared by the component's own CLI
//! (through WASI preopens) and the host: each file is written to a fresh
//! temporary name in the same directory (created exclusively, so an existing
//! link is never followed) and renamed over its final name, and a set of
//! reports is renamed into place only after every file was written, so a
//! reader never sees a partial report or a partial set. File names are fixed
//! (`Format::file_name`), so nothing is written outside the directory.

use super::RenderedReport;
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

fn tmp_name(dest: &Path) -> PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.imagegate-tmp"))
}

fn write_tmp(dest: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let tmp = tmp_name(dest);
    let shown = dest.display().to_string();
    let _ = std::fs::remove_file(&tmp);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| Error::io(shown.clone(), &e))?;
    if let Err(e) = f.write_all(bytes).and_then(|_| f.flush()) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(shown, &e));
    }
    Ok(tmp)
}

/// Write one report to `path` atomically. Special files (`/dev/null`, a
/// pipe) are written directly.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = path.display().to_string();
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return std::fs::write(path, bytes).map_err(|e| Error::io(shown, &e));
    }
    let tmp = write_tmp(path, bytes)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(shown, &e)
    })
}

/// Write every report to `dir/<Format::file_name>`: all temporary files
/// first, then the renames. `dir` is created if missing. Returns the paths
/// written, in the order of `reports`.
pub fn write_dir(dir: &Path, reports: &[RenderedReport]) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir.display().to_string(), &e))?;
    let mut tmps: Vec<(PathBuf, PathBuf)> = Vec::new();
    for r in reports {
        let dest = dir.join(r.format.file_name());
        match write_tmp(&dest, r.content.as_bytes()) {
            Ok(tmp) => tmps.push((tmp, dest)),
            Err(e) => {
                for (t, _) in &tmps {
                    let _ = std::fs::remove_file(t);
                }
                return Err(e);
            }
        }
    }
    let mut written = Vec::new();
    for (i, (tmp, dest)) in tmps.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, dest) {
            for (t, _) in &tmps[i..] {
                let _ = std::fs::remove_file(t);
            }
            return Err(Error::io(dest.display().to_string(), &e));
        }
        written.push(dest.clone());
    }
    Ok(written)
}
