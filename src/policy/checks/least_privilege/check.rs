//! The `least-privilege` check: the config's user, and the final
//! filesystem's setuid/setgid files, world-writable entries, device nodes
//! and user-switching tools.

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
use crate::image::fs::NodeKind;
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};
use crate::policy::glob;

/// Whether a config `User` value means root (`None`/empty, `root`, `0`, `0:…`).
pub fn is_root(user: Option<&str>) -> bool {
    let Some(u) = user.map(str::trim).filter(|u| !u.is_empty()) else {
        return true;
    };
    let name = u.split(':').next().unwrap_or("");
    name == "root"
        || (!name.is_empty()
            && name.bytes().all(|b| b.is_ascii_digit())
            && name.bytes().all(|b| b == b'0'))
}

const TOOLS: &[&str] = &["sudo", "su", "doas", "pkexec"];
const BIN_DIRS: &[&str] = &[
    "bin",
    "sbin",
    "usr/bin",
    "usr/sbin",
    "usr/local/bin",
    "usr/local/sbin",
];

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    if is_root(cx.facts.user.as_deref()) {
        let msg = match cx.facts.user.as_deref() {
            None => "the image sets no USER, so it runs as root".to_string(),
            Some(u) => format!("the image runs as root (USER {u})"),
        };
        sink.emit(
            cfg.root_user,
            &ROOT_USER,
            msg,
            Some(Location::config("config.User")),
        );
    }
    let any_fs = [cfg.setuid, cfg.world_writable, cfg.devices]
        .iter()
        .any(|l| *l != Level::Off);
    if any_fs {
        for (path, node) in cx.tree.iter() {
            let abs = format!("/{path}");
            let mode = node.mode & 0o7777;
            let loc = || Some(Location::file(node.layer, abs.clone()));
            match node.kind {
                NodeKind::File | NodeKind::Hardlink(_) => {
                    if mode & 0o6000 != 0
                        && !cfg.allowed_setuid.iter().any(|g| glob::matches(g, &abs))
                    {
                        let bits = match (mode & 0o4000 != 0, mode & 0o2000 != 0) {
                            (true, true) => "setuid and setgid",
                            (true, false) => "setuid",
                            _ => "setgid",
                        };
                        sink.emit(
                            cfg.setuid,
                            &SETUID,
                            format!(
                                "{abs} is {bits} (mode {mode:04o}, owner {}:{})",
                                node.uid, node.gid
                            ),
                            loc(),
                        );
                    }
                    if mode & 0o002 != 0 {
                        world_writable(cfg, sink, &abs, "file", mode, loc());
                    }
                }
                NodeKind::Dir if mode & 0o002 != 0 && mode & 0o1000 == 0 => {
                    world_writable(cfg, sink, &abs, "directory", mode, loc());
                }
                NodeKind::CharDevice | NodeKind::BlockDevice => sink.emit(
                    cfg.devices,
                    &DEVICE,
                    format!(
                        "{abs} is a {} device",
                        if node.kind == NodeKind::CharDevice {
                            "character"
                        } else {
                            "block"
                        }
                    ),
                    loc(),
                ),
                _ => {}
            }
        }
    }
    if cfg.escalation_tools != Level::Off {
        for dir in BIN_DIRS {
            for tool in TOOLS {
                let p = format!("{dir}/{tool}");
                if let Some(node) = cx.tree.get(&p) {
                    if !matches!(node.kind, NodeKind::Dir) {
                        sink.emit(
                            cfg.escalation_tools,
                            &ESCALATION_TOOL,
                            format!("/{p} lets a process switch user"),
                            Some(Location::file(node.layer, format!("/{p}"))),
                        );
                    }
                }
            }
        }
    }
}

fn world_writable(
    cfg: &Config,
    sink: &mut Sink,
    abs: &str,
    what: &str,
    mode: u32,
    loc: Option<Location>,
) {
    if cfg
        .allowed_world_writable
        .iter()
        .any(|g| glob::matches(g, abs))
    {
        return;
    }
    sink.emit(
        cfg.world_writable,
        &WORLD_WRITABLE,
        format!("{abs} is a world-writable {what} (mode {mode:04o})"),
        loc,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_users() {
        for u in [
            None,
            Some(""),
            Some("root"),
            Some("0"),
            Some("0:0"),
            Some("root:staff"),
            Some("00"),
        ] {
            assert!(is_root(u), "{u:?}");
        }
        for u in [
            Some("1000"),
            Some("app"),
            Some("1000:0"),
            Some("nobody"),
            Some("10"),
        ] {
            assert!(!is_root(u), "{u:?}");
        }
    }
}
