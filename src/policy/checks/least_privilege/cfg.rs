//! `[least-privilege]`: who the container runs as and what in the
//! filesystem grants more than it should.
//!
//! ```toml
//! [least-privilege]
//! root-user = "warning"        # no USER, USER root / 0 / 0:0: error | warning | note | off
//! setuid = "note"              # setuid/setgid regular files
//! allowed-setuid = ["/usr/bin/passwd"]   # globs exempt from `setuid`
//! world-writable = "warning"   # files and non-sticky dirs writable by all
//! allowed-world-writable = []  # globs exempt from `world-writable`
//! devices = "warning"          # character/block device files
//! escalation-tools = "note"    # sudo, su, doas, pkexec present
//! ```

use crate::policy::cfg::{globs, Cx, Tbl};
use crate::policy::diag::Level;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    pub root_user: Level,
    pub setuid: Level,
    pub allowed_setuid: Vec<String>,
    pub world_writable: Level,
    pub allowed_world_writable: Vec<String>,
    pub devices: Level,
    pub escalation_tools: Level,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            root_user: Level::Warning,
            setuid: Level::Note,
            allowed_setuid: Vec::new(),
            world_writable: Level::Warning,
            allowed_world_writable: Vec::new(),
            devices: Level::Warning,
            escalation_tools: Level::Note,
        }
    }
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(l) = t.level(cx, "root-user") {
        c.root_user = l;
    }
    if let Some(l) = t.level(cx, "setuid") {
        c.setuid = l;
    }
    if let Some(g) = t.strings(cx, "allowed-setuid") {
        c.allowed_setuid = globs(cx, "least-privilege.allowed-setuid", g);
    }
    if let Some(l) = t.level(cx, "world-writable") {
        c.world_writable = l;
    }
    if let Some(g) = t.strings(cx, "allowed-world-writable") {
        c.allowed_world_writable = globs(cx, "least-privilege.allowed-world-writable", g);
    }
    if let Some(l) = t.level(cx, "devices") {
        c.devices = l;
    }
    if let Some(l) = t.level(cx, "escalation-tools") {
        c.escalation_tools = l;
    }
    c
}
