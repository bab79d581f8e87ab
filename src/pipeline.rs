//! The scan pipeline's first stage: read an image once, handing each file
//! to the analysers as it streams by. The layer walk ([`crate::image`])
//! knows no analyser; here the inventory's [`inventory::Analyser`] (package
//! sources kept for their parsers, binaries and archives identified as they
//! stream) and the secret scanner's [`LayerSecrets`] are composed into the
//! one [`Visitor`] the walk gets, so each byte is still read once.
//!
//! The stages after it (vulnerability matching, VEX, policy, reports) read
//! [`Scanned`]: see `scan_report` in `lib.rs`.

use crate::error::Result;
use crate::image::fs::{FileTree, NodeKind};
use crate::image::resolve::Selector;
use crate::image::visit::{Body, FileInfo, Keep, Visitor};
use crate::image::{self, Image, Limits};
use crate::inventory::{self, Inventory};
use crate::secrets::{self, CompiledSecrets, LayerSecrets, Scanner, SecretFinding};
use std::io::{self, Read};
use std::path::Path;

/// An image read once by every analyser.
pub struct Scanned {
    pub image: Image,
    pub inventory: Inventory,
    /// Secrets in the layers' files and the config (empty without rules).
    pub secrets: Vec<SecretFinding>,
}

/// Read the image at `path` (`name` in errors), inventory its packages and,
/// with `rules`, scan its files and config for secrets.
pub fn read(
    path: &Path,
    name: &str,
    sel: &Selector,
    limits: &Limits,
    rules: Option<&CompiledSecrets>,
) -> Result<Scanned> {
    let mut analysers = Analysers::new(rules);
    let image = image::read_with(path, name, sel, limits, &mut analysers)?;
    Ok(analysers.finish(image))
}

/// [`read`] for a docker-archive or OCI archive held in memory (the fuzz
/// targets and their regression tests use this; scans read files).
pub fn read_tar_bytes(
    bytes: Vec<u8>,
    name: &str,
    sel: &Selector,
    limits: &Limits,
    rules: Option<&CompiledSecrets>,
) -> Result<Scanned> {
    let mut analysers = Analysers::new(rules);
    let image = image::read_tar_bytes(bytes, name, sel, limits, &mut analysers)?;
    Ok(analysers.finish(image))
}

/// The analysers of one scan, as one visitor of the layer walk.
pub struct Analysers<'c> {
    inventory: inventory::Analyser,
    secrets: Option<LayerSecrets<'c>>,
}

impl<'c> Analysers<'c> {
    pub fn new(rules: Option<&'c CompiledSecrets>) -> Analysers<'c> {
        Analysers {
            inventory: inventory::Analyser::default(),
            secrets: rules.map(LayerSecrets::new),
        }
    }

    /// The packages of `tree` (the tree of the layers these analysers saw).
    pub fn inventory(&self, tree: &FileTree) -> Inventory {
        inventory::collect(tree, &self.inventory)
    }

    /// What the analysers found in `image` (the image they were handed).
    pub fn finish(self, image: Image) -> Scanned {
        let inventory = self.inventory(&image.tree);
        let secrets = match self.secrets {
            Some(s) => {
                let diff_ids: Vec<_> = image.layers.iter().map(|l| l.diff_id.clone()).collect();
                let cs = s.rules();
                let mut found = s.into_findings(&diff_ids);
                found.extend(secrets::scan_config(cs, &image.resolved.config));
                found
            }
            None => Vec::new(),
        };
        Scanned {
            image,
            inventory,
            secrets,
        }
    }
}

impl Visitor for Analysers<'_> {
    /// Only the inventory keeps files (the scanner reads what streams by).
    fn keep(&self, path: &str) -> Keep {
        self.inventory.keep(path)
    }

    fn written(&mut self, layer: u32, path: &str) {
        self.inventory.written(layer, path);
        if let Some(s) = &mut self.secrets {
            s.written(layer, path);
        }
    }

    fn deleted(&mut self, layer: u32, path: &str, opaque: bool) {
        self.inventory.deleted(layer, path, opaque);
        if let Some(s) = &mut self.secrets {
            s.deleted(layer, path, opaque);
        }
    }

    fn file(&mut self, info: &FileInfo<'_>, body: Body<'_>) -> io::Result<()> {
        let Some(s) = &mut self.secrets else {
            return self.inventory.file(info, body);
        };
        match body {
            // One pass for both: the scanner sees the bytes as the binary
            // analyser pulls them, then the rest of the file.
            Body::Stream(r) => {
                if *info.kind != NodeKind::File || !s.scanner.begin_file(info.path, info.size) {
                    return self.inventory.file(info, Body::Stream(r));
                }
                let mut tee = Tee {
                    inner: &mut *r,
                    scanner: &mut s.scanner,
                };
                self.inventory.file(info, Body::Stream(&mut tee))?;
                s.scan_rest(r, info.layer, info.path)
            }
            // The inventory does not read these (see `inventory::Analyser::file`).
            Body::TooLarge { cap, rest } => {
                self.inventory.file(
                    info,
                    Body::TooLarge {
                        cap,
                        rest: &mut io::empty(),
                    },
                )?;
                s.file(info, Body::TooLarge { cap, rest })
            }
            Body::Kept(c) => {
                self.inventory.file(info, Body::Kept(c))?;
                s.file(info, Body::Kept(c))
            }
            Body::LinkNotKept {
                target,
                over_budget,
            } => {
                self.inventory.file(
                    info,
                    Body::LinkNotKept {
                        target,
                        over_budget,
                    },
                )?;
                s.file(
                    info,
                    Body::LinkNotKept {
                        target,
                        over_budget,
                    },
                )
            }
        }
    }
}

/// Passes a file's bytes to the secret scanner as a reader (the binary
/// analyser) pulls them, so each byte is read once.
struct Tee<'a, 'c> {
    inner: &'a mut dyn Read,
    scanner: &'a mut Scanner<'c>,
}

impl Read for Tee<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.scanner.feed(&buf[..n]);
        Ok(n)
    }
}
