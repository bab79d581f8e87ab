//! Packages found in files as they stream through the layer walk, without
//! keeping the file: Go build info in binaries, cargo-auditable data in Rust
//! binaries, and Java archives (including nested jars). Only bounded
//! prefixes and windows are held in memory.

use super::Found;
use std::io::{self, Read};

/// Analyse one regular file of a layer while its bytes stream by. `r` yields
/// the file's content (`size` bytes); read what is needed (or nothing).
/// Returns what was found, if anything. An `Err` is a failure of the layer
/// stream itself (it aborts the scan); problems with the file's own content
/// go into `Found::warnings`.
pub fn analyze(
    _path: &str,
    _size: u64,
    _mode: u32,
    _r: &mut dyn Read,
) -> io::Result<Option<Found>> {
    Ok(None)
}
