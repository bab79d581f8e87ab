//! `[config]`: hygiene of the image config and its build history.
//!
//! ```toml
//! [config]
//! required-labels = ["org.opencontainers.image.source"]
//! healthcheck = "off"          # require a HEALTHCHECK: error | warning | note | off
//! add-remote-url = "warning"   # `ADD https://…` without --checksum in the history
//! privileged-ports = "warning" # ExposedPorts below 1024
//! ```

use crate::policy::cfg::{Cx, Tbl};
use crate::policy::diag::Level;

#[derive(Debug, Clone)]
pub struct Config {
    pub enabled: bool,
    pub required_labels: Vec<String>,
    pub healthcheck: Level,
    pub add_remote_url: Level,
    pub privileged_ports: Level,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            enabled: true,
            required_labels: Vec::new(),
            healthcheck: Level::Off,
            add_remote_url: Level::Warning,
            privileged_ports: Level::Warning,
        }
    }
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "enabled") {
        c.enabled = b;
    }
    if let Some(list) = t.strings(cx, "required-labels") {
        for l in list {
            if l.get_ref().trim().is_empty() {
                cx.err(l.span(), "`config.required-labels`: a label name is empty");
            } else {
                c.required_labels.push(l.into_inner());
            }
        }
    }
    if let Some(l) = t.level(cx, "healthcheck") {
        c.healthcheck = l;
    }
    if let Some(l) = t.level(cx, "add-remote-url") {
        c.add_remote_url = l;
    }
    if let Some(l) = t.level(cx, "privileged-ports") {
        c.privileged_ports = l;
    }
    c
}
