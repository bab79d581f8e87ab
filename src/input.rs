//! The small files a scan reads beside the image (policy, VEX documents,
//! keys, signatures, payloads): read whole with a size bound, and named as
//! reports name them, never by a host path. A base module: the component's
//! CLI, `vex` and the hosts (through `imagegate::cli`) share it.

use crate::error::{Error, ErrorKind, Result};
use std::path::{Component, Path};

/// Read a small input file whole, bounded: a larger one is
/// `limit-exceeded`. The host reads signature and key files the same way.
pub fn read_input(path: &str, limit: u64) -> Result<Vec<u8>> {
    use std::io::Read as _;
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut buf = Vec::new();
    f.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::io(path, &e))?;
    if buf.len() as u64 > limit {
        return Err(Error::new(
            ErrorKind::LimitExceeded,
            path,
            format!("is larger than {limit} bytes"),
        ));
    }
    Ok(buf)
}

/// The last component of a path, as shown in reports (never a host path).
pub fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// How reports name a file, the same in every host: its path relative to
/// the workspace root when it lies inside it (`imagegate.toml`,
/// `ci/policy.toml`), else its file name; `None` when it has neither (`/`,
/// `..`). `workspace` is the host's working directory (the CI workspace);
/// `None` (the component's own CLI, which has no working directory): a
/// relative path is inside.
pub fn shown_name(file: &Path, workspace: Option<&Path>) -> Option<String> {
    let inside = |p: &Path| {
        p.components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    };
    let rel = if file.is_relative() {
        Some(file.to_path_buf())
    } else {
        workspace.and_then(|w| file.strip_prefix(w).ok().map(|p| p.to_path_buf()))
    };
    match rel {
        Some(r) if inside(&r) && r.components().any(|c| matches!(c, Component::Normal(_))) => Some(
            r.components()
                .filter_map(|c| match c {
                    Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("/"),
        ),
        _ => file.file_name().map(|n| n.to_string_lossy().into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_without_host_paths() {
        let ws = Some(Path::new("/ci/work"));
        assert_eq!(
            shown_name(Path::new("/ci/work/.vex/a.json"), ws).as_deref(),
            Some(".vex/a.json")
        );
        assert_eq!(
            shown_name(Path::new("/etc/a.vex.json"), ws).as_deref(),
            Some("a.vex.json")
        );
        assert_eq!(shown_name(Path::new("."), None), None);
        assert_eq!(shown_name(Path::new("/"), ws), None);
        assert_eq!(file_name("/keys/cosign.pub"), "cosign.pub");
    }
}
