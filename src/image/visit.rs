//! What the layer walk hands to analysers: the walk ([`super::layers::walk`])
//! streams each layer once and knows no analyser; it asks a [`Visitor`] what
//! to keep of each file and hands it each file's bytes, once. The scan
//! pipeline (`crate::pipeline`) composes the inventory's and the secret
//! scanner's visitors into the one the walk gets.
//!
//! The protocol, per tar entry, in stream order:
//! - a whiteout: [`Visitor::deleted`];
//! - any other entry: [`Visitor::written`], then for a regular file (or a
//!   hard link whose content the tree could not share) one call of
//!   [`Visitor::file`] with its [`Body`].
//!
//! Which bytes the tree keeps is the visitor's answer to [`Visitor::keep`],
//! bounded by the walk's [`super::Limits::max_capture`].

use super::fs::NodeKind;
use std::io::{self, Read};

/// Which versions of a file the tree records ([`super::fs::FileTree::record`]),
/// beyond the final one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    Nothing,
    /// Which layers wrote it (rpm and apk databases).
    Layer,
    /// Each version's content (dpkg file lists).
    Content,
}

/// What the tree keeps of a file at some path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keep {
    /// Capture the file's content when it is at most this many bytes (the
    /// walk lowers it to its own limit).
    pub capture: Option<u64>,
    pub history: History,
}

impl Keep {
    pub const NOTHING: Keep = Keep {
        capture: None,
        history: History::Nothing,
    };
}

/// A file as the walk sees it before its bytes.
#[derive(Debug, Clone, Copy)]
pub struct FileInfo<'a> {
    /// 0-based index of the layer being walked.
    pub layer: u32,
    /// Path in the layer, relative, normalised (no leading `/`).
    pub path: &'a str,
    pub size: u64,
    pub mode: u32,
    pub kind: &'a NodeKind,
}

/// A file's bytes, as the walk can give them.
pub enum Body<'a> {
    /// The content the tree captured (as [`Visitor::keep`] asked).
    Kept(&'a [u8]),
    /// The bytes streaming by, not kept: each can be read once.
    Stream(&'a mut dyn Read),
    /// A file [`Visitor::keep`] asked to capture but larger than the capture
    /// limit `cap`: not kept, its bytes are still streaming by.
    TooLarge { cap: u64, rest: &'a mut dyn Read },
    /// A hard link to `target`, a file the tree was asked to capture but
    /// whose content it does not hold: not kept, or (`over_budget` is the
    /// limit) the image's hard links already share that many captured bytes.
    LinkNotKept {
        target: &'a str,
        over_budget: Option<u64>,
    },
}

/// An analyser the walk hands files to.
pub trait Visitor {
    /// What the tree keeps of a file at `path`.
    fn keep(&self, path: &str) -> Keep {
        let _ = path;
        Keep::NOTHING
    }

    /// Layer `layer` writes an entry (any kind) at `path`.
    fn written(&mut self, layer: u32, path: &str) {
        let _ = (layer, path);
    }

    /// Layer `layer` deletes `path` and everything below it (a whiteout),
    /// or only what is below it (`opaque`: `.wh..wh..opq`).
    fn deleted(&mut self, layer: u32, path: &str, opaque: bool) {
        let _ = (layer, path, opaque);
    }

    /// A regular file's bytes, or a hard link the tree can't resolve. A
    /// read error is the layer's (truncated, corrupt) and ends the walk.
    fn file(&mut self, info: &FileInfo<'_>, body: Body<'_>) -> io::Result<()>;
}

/// A visitor that wants nothing: the walk only builds the tree.
pub struct NoVisitor;

impl Visitor for NoVisitor {
    fn file(&mut self, _: &FileInfo<'_>, _: Body<'_>) -> io::Result<()> {
        Ok(())
    }
}
