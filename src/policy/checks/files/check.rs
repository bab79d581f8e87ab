//! The `files` check: every executable of the final filesystem must be
//! owned by an OS package or allowed by a glob.

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
use crate::image::fs::NodeKind;
use crate::policy::checks::Context;
use crate::policy::diag::Sink;
use crate::policy::glob;

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    let Some(allowed) = &cfg.allowed_executables else {
        return;
    };
    // Package file lists name paths as installed (`/bin/cat`); with a
    // merged /usr the file is at `/usr/bin/cat`: compare resolved paths.
    let owned: std::collections::HashSet<String> = cx
        .owned
        .iter()
        .filter_map(|p| {
            cx.tree
                .resolve(p.trim_start_matches('/'))
                .map(|(r, _)| format!("/{r}"))
        })
        .collect();
    for (path, node) in cx.tree.iter() {
        if !matches!(node.kind, NodeKind::File | NodeKind::Hardlink(_)) || node.mode & 0o111 == 0 {
            continue;
        }
        // Package-manager maintainer scripts belong to the packages too.
        if path.starts_with("var/lib/dpkg/info/") {
            continue;
        }
        let abs = format!("/{path}");
        if owned.contains(&abs)
            || cx.owned.contains(&abs)
            || allowed.iter().any(|g| glob::matches(g, &abs))
        {
            continue;
        }
        sink.emit(
            cfg.unowned_executables,
            &NOT_ALLOWED,
            format!(
                "{abs} is executable (mode {:04o}) but is not owned by an OS package nor in files.allowed-executables",
                node.mode & 0o7777
            ),
            Some(Location::file(node.layer, abs.clone())),
        );
    }
}
