//! `[files]`: an allow-list of executables.
//!
//! ```toml
//! [files]
//! allowed-executables = ["/app/**", "/usr/local/bin/app"]  # globs; absent = no check
//! unowned-executables = "error"   # executables neither allowed nor owned by an OS package
//! ```

use crate::policy::cfg::{globs, Cx, Tbl};
use crate::policy::diag::Level;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    /// `None`: the allow-list check does not run.
    pub allowed_executables: Option<Vec<String>>,
    pub unowned_executables: Level,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            allowed_executables: None,
            unowned_executables: Level::Error,
        }
    }
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(g) = t.strings(cx, "allowed-executables") {
        c.allowed_executables = Some(globs(cx, "files.allowed-executables", g));
    }
    if let Some(l) = t.level(cx, "unowned-executables") {
        c.unowned_executables = l;
    }
    c
}
