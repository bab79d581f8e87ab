//! Language packages installed in an image, read from the manifests that
//! package managers leave next to what they install: Python distribution
//! metadata, npm `package.json`, RubyGems specifications, Composer's
//! `installed.json` and .NET `*.deps.json`.
//!
//! What counts follows Trivy's *image* scan, which runs its "individual
//! package" analysers and disables every lock-file analyser
//! (`package-lock.json`, `yarn.lock`, `composer.lock`, `Gemfile.lock`,
//! `requirements.txt`, ...). Lock files describe what a build *would*
//! install; in an image the installed manifests are the evidence, so lock
//! files are not read here. Each parser module documents its own choices.
//!
//! As Trivy's system-file filter does, Python, npm and gem packages whose
//! manifest is a file owned by an OS package (dpkg/apk/rpm file lists) are
//! left out: their version is the distribution's, and the OS package already
//! stands for them. Composer and .NET packages are never filtered (Trivy
//! does not filter them either).
//!
//! Every parser takes the captured bytes and returns the packages or a
//! message; [`collect`] attributes layer and path and turns messages into
//! `package-db-corrupt` warnings naming the file.

pub mod dotnet;
pub mod npm;
pub mod php;
pub mod python;
pub mod ruby;

use super::{Ecosystem, Inventory, Package, Warning, MAX_MANIFEST};
use crate::image::fs::{FileTree, NodeKind};
use std::collections::HashSet;

/// Which parser a manifest path belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Python,
    Npm,
    Gem,
    Composer,
    Dotnet,
}

/// Files a distribution ships without listing them in a package database
/// (Google distroless removes the dpkg `.list` files); Trivy hard-codes the
/// same list so that Python's own bundled egg-info files are not reported.
const DEFAULT_SYSTEM_FILES: &[&str] = &[
    "/usr/lib/python2.7/argparse.egg-info",
    "/usr/lib/python2.7/lib-dynload/Python-2.7.egg-info",
    "/usr/lib/python2.7/wsgiref.egg-info",
];

/// The parser for the file at `path` (relative, as in the layer tar), if any.
/// Runs for every file of every layer: the file name is checked first and
/// most paths are rejected after one comparison of their last component.
fn source_of(path: &str) -> Option<Source> {
    let (dir, name) = match path.rsplit_once('/') {
        Some((d, n)) => (d, n),
        None => ("", path),
    };
    match name {
        "package.json" => Some(Source::Npm),
        "installed.json" => Some(Source::Composer),
        "METADATA" if dir.ends_with(".dist-info") => Some(Source::Python),
        "PKG-INFO" if dir.ends_with(".egg-info") || last_component(dir) == "EGG-INFO" => {
            Some(Source::Python)
        }
        _ if name.ends_with(".egg-info") => Some(Source::Python),
        _ if name.ends_with(".deps.json") && name.len() > ".deps.json".len() => {
            Some(Source::Dotnet)
        }
        _ if name.ends_with(".gemspec")
            && (dir == "specifications"
                || dir.starts_with("specifications/")
                || dir.ends_with("/specifications")
                || dir.contains("/specifications/")) =>
        {
            Some(Source::Gem)
        }
        _ => None,
    }
}

fn last_component(dir: &str) -> &str {
    dir.rsplit('/').next().unwrap_or(dir)
}

/// How many bytes of the file at `path` the language parsers need, if any.
pub fn capture_limit(path: &str) -> Option<u64> {
    source_of(path).map(|_| MAX_MANIFEST)
}

/// Whether a problem with this file is worth a warning. Files that merely
/// share a common name (a `package.json` that is a bundler hint or a test
/// fixture inside a package, an `installed.json` that is not Composer's)
/// are skipped silently when they do not parse.
fn reports_problems(source: Source, path: &str) -> bool {
    match source {
        Source::Npm => npm::is_package_root(path),
        Source::Composer => {
            path == "composer/installed.json" || path.ends_with("/composer/installed.json")
        }
        _ => true,
    }
}

/// Parse one manifest.
fn parse(source: Source, content: &[u8]) -> Result<Vec<Package>, String> {
    match source {
        Source::Python => python::parse(content).map(|p| vec![p]),
        Source::Npm => npm::parse(content).map(|p| p.into_iter().collect()),
        Source::Gem => ruby::parse(content).map(|p| vec![p]),
        Source::Composer => php::parse(content),
        Source::Dotnet => dotnet::parse(content),
    }
}

/// Add the language packages of the final tree to `inv`. `owned` holds the
/// files of the OS packages ([`super::os_owned_files`]).
pub fn collect(tree: &FileTree, inv: &mut Inventory, owned: &HashSet<String>) {
    let mut found: Vec<Package> = Vec::new();
    for (path, node) in tree.iter() {
        if !matches!(node.kind, NodeKind::File | NodeKind::Hardlink(_)) {
            continue;
        }
        let Some(source) = source_of(path) else {
            continue;
        };
        let abs = format!("/{path}");
        let result = match node.content.as_deref() {
            Some(content) => parse(source, content),
            None => Err(format!(
                "not read: {} bytes is more than the manifest limit",
                node.size
            )),
        };
        match result {
            Ok(pkgs) => {
                for mut p in pkgs {
                    p.layer = node.layer;
                    p.path = abs.clone();
                    found.push(p);
                }
            }
            Err(message) => {
                if reports_problems(source, path) {
                    inv.warnings.push(Warning {
                        code: "package-db-corrupt",
                        path: abs,
                        message,
                    });
                }
            }
        }
    }
    found.retain(|p| {
        let owned =
            owned.contains(p.path.as_str()) || DEFAULT_SYSTEM_FILES.contains(&p.path.as_str());
        !(filtered_when_owned(p.ecosystem) && owned)
    });
    inv.packages.extend(found);
}

/// The ecosystems whose manifests are dropped when an OS package owns them.
fn filtered_when_owned(e: Ecosystem) -> bool {
    matches!(e, Ecosystem::Pypi | Ecosystem::Npm | Ecosystem::Gem)
}

/// The bytes as text, without a UTF-8 byte-order mark.
pub(crate) fn text(content: &[u8]) -> std::borrow::Cow<'_, str> {
    let content = content.strip_prefix(b"\xef\xbb\xbf").unwrap_or(content);
    String::from_utf8_lossy(content)
}

/// Parse JSON (after a byte-order mark, which some Windows-built files have).
pub(crate) fn json(content: &[u8]) -> Result<serde_json::Value, String> {
    let content = content.strip_prefix(b"\xef\xbb\xbf").unwrap_or(content);
    serde_json::from_slice(content).map_err(|e| format!("invalid JSON: {e}"))
}

/// A non-empty string field of a JSON object.
pub(crate) fn str_field<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(serde_json::Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests;
