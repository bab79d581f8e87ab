//! The final filesystem of an image: the layers applied in order with their
//! whiteouts (`.wh.<name>`, `.wh..wh..opq`), remembering which layer each
//! file came from, and path resolution that follows symlinks the way the
//! container would see them (never outside the image root).
//!
//! The tree also keeps a bounded [`History`] of chosen files (the walk
//! decides which: package databases), every version any layer wrote, even
//! when a later layer replaced or deleted it: which layer's package
//! database listed a file decides who owns it.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::Arc;

/// What kind of filesystem object an entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    File,
    Dir,
    Symlink(Box<str>),
    Hardlink(Box<str>),
    CharDevice,
    BlockDevice,
    Fifo,
    Other,
}

/// One entry of the final filesystem.
#[derive(Debug, Clone)]
pub struct Node {
    /// 0-based index of the layer that last wrote this path.
    pub layer: u32,
    pub kind: NodeKind,
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
    pub size: u64,
    /// Captured content (bounded) for files the scanner asked for. Shared,
    /// not copied, by hard links to the file.
    pub content: Option<Arc<[u8]>>,
}

/// Changes one layer makes, applied in one step by [`FileTree::apply`] (a
/// whiteout never hides what the same layer adds). The scan does not collect
/// them: it applies each entry as it streams by, so memory holds the final
/// tree only, never a second copy of the largest layer.
#[derive(Debug, Default)]
pub struct LayerChanges {
    pub whiteouts: Vec<String>,
    pub opaque_dirs: Vec<String>,
    pub entries: Vec<(String, Node)>,
}

/// One version of a file some layer wrote, kept after later layers replace
/// or delete it.
#[derive(Debug, Clone)]
pub struct Version {
    pub path: String,
    pub layer: u32,
    /// The captured content, when the walk asked for it (and the budget allowed).
    pub content: Option<Arc<[u8]>>,
}

/// Most bytes of content [`FileTree::record`] keeps (every recorded version
/// counts, also one the final tree still shares); past it, versions are kept
/// without their content.
pub const HISTORY_BUDGET: u64 = 64 << 20;

/// Every recorded version, in layer order.
#[derive(Debug, Default)]
pub struct History {
    pub versions: Vec<Version>,
    bytes: u64,
    /// Content was dropped once the budget was spent.
    pub truncated: bool,
}

/// A path in the tree's map: ordered as `str` (byte by byte), but
/// compared 8 bytes at a time. In WebAssembly a string comparison is a
/// `memcmp` that steps one byte at a time, and the map's paths share long
/// prefixes (`app/node_modules/…`): that was 5% of a scan of a layer of
/// 100,000 small files. Lookups by `&str` (through [`Borrow`]) get the
/// same order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key(String);

impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        compare(self.0.as_bytes(), other.0.as_bytes())
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Borrow<str> for Key {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// `a.cmp(b)` for byte strings, 8 bytes per step.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    let word = |s: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(s);
        u64::from_be_bytes(w)
    };
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + 8 <= n {
        let (x, y) = (word(&a[i..i + 8]), word(&b[i..i + 8]));
        if x != y {
            return x.cmp(&y);
        }
        i += 8;
    }
    while i < n {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
        i += 1;
    }
    a.len().cmp(&b.len())
}

/// The merged view of all layers applied so far.
#[derive(Debug, Default)]
pub struct FileTree {
    nodes: BTreeMap<Key, Node>,
    /// Bytes of captured content given to hard links so far (bounded by
    /// [`crate::image::Limits::max_linked_capture`]).
    pub(crate) linked_bytes: u64,
    /// Bytes of the paths in `nodes` (bounded by
    /// [`crate::image::Limits::max_path_bytes`]).
    path_bytes: u64,
    history: History,
}

/// Most symlinks followed when resolving one path (as Linux's MAXSYMLINKS).
const MAX_SYMLINKS: usize = 40;

impl FileTree {
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn get(&self, path: &str) -> Option<&Node> {
        self.nodes.get(path)
    }

    /// Bytes of all paths in the tree now.
    pub fn path_bytes(&self) -> u64 {
        self.path_bytes
    }

    /// Keep a version of `path` written by `layer` (with its content while
    /// [`HISTORY_BUDGET`] lasts). Paths count towards the tree's path limit.
    pub fn record(&mut self, path: &str, layer: u32, content: Option<Arc<[u8]>>) {
        let len = content.as_ref().map_or(0, |c| c.len() as u64);
        let content = if self.history.bytes.saturating_add(len) > HISTORY_BUDGET {
            self.history.truncated |= content.is_some();
            None
        } else {
            self.history.bytes += len;
            content
        };
        self.path_bytes += path.len() as u64;
        self.history.versions.push(Version {
            path: path.to_string(),
            layer,
            content,
        });
    }

    /// The versions [`FileTree::record`] kept.
    pub fn history(&self) -> &History {
        &self.history
    }

    fn remove(&mut self, path: &str) -> bool {
        let gone = self.nodes.remove(path).is_some();
        if gone {
            self.path_bytes = self.path_bytes.saturating_sub(path.len() as u64);
        }
        gone
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Node)> {
        self.nodes.iter().map(|(k, n)| (&k.0, n))
    }

    /// Entries whose path starts with `prefix` (a plain string prefix), in order.
    pub fn iter_prefix<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a Node)> + 'a {
        self.nodes
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .map(|(k, n)| (&k.0, n))
            .take_while(move |(k, _)| k.starts_with(prefix))
    }

    /// Remove the entries below `dir` (not `dir` itself) that a layer lower
    /// than `layer` wrote; returns how many.
    fn remove_children(&mut self, dir: &str, layer: u32) -> usize {
        let lower = |(k, n): (&Key, &Node)| (n.layer < layer).then(|| k.0.clone());
        let keys: Vec<String> = if dir.is_empty() {
            self.nodes.iter().filter_map(lower).collect()
        } else {
            let lo = format!("{dir}/");
            let hi = format!("{dir}0"); // '0' is the byte after '/'
            self.nodes
                .range::<str, _>((
                    std::ops::Bound::Included(lo.as_str()),
                    std::ops::Bound::Excluded(hi.as_str()),
                ))
                .filter_map(lower)
                .collect()
        };
        for k in &keys {
            self.remove(k);
        }
        keys.len()
    }

    /// Layer `layer` has a whiteout `.wh.<name>` for `path`: remove `path`
    /// and everything below it, as far as lower layers wrote them (a layer's
    /// whiteout never hides what the same layer adds, wherever it is in the
    /// stream). Returns how many entries it removed.
    pub fn whiteout(&mut self, layer: u32, path: &str) -> usize {
        let own = self.nodes.get(path).is_some_and(|n| n.layer >= layer);
        let mut removed = 0;
        if !own && self.remove(path) {
            removed += 1;
        }
        removed + self.remove_children(path, layer)
    }

    /// Layer `layer` has an opaque whiteout in `dir`: remove what lower
    /// layers wrote below it. Returns how many entries it removed.
    pub fn opaque(&mut self, layer: u32, dir: &str) -> usize {
        self.remove_children(dir, layer)
    }

    /// Add one entry of the layer being applied (layers in order, entries in
    /// stream order): a directory over a directory replaces its metadata and
    /// the contents merge; anything else over a directory hides what is
    /// below it. Returns how many entries that removed.
    pub fn insert(&mut self, path: String, node: Node) -> usize {
        // One search of the map per entry (100,000 of them in a big layer).
        let replaced_dir = match self.nodes.entry(Key(path)) {
            std::collections::btree_map::Entry::Vacant(v) => {
                self.path_bytes += v.key().0.len() as u64;
                v.insert(node);
                None
            }
            std::collections::btree_map::Entry::Occupied(mut o) => {
                let was_dir = o.get().kind == NodeKind::Dir;
                let is_dir = node.kind == NodeKind::Dir;
                o.insert(node);
                (was_dir && !is_dir).then(|| o.key().0.clone())
            }
        };
        match replaced_dir {
            Some(dir) => self.remove_children(&dir, u32::MAX),
            None => 0,
        }
    }

    /// Apply one layer's changes at once (whiteouts first, then the
    /// entries); returns how many lower entries it removed. The scan applies
    /// each entry as it streams by instead ([`FileTree::insert`],
    /// [`FileTree::whiteout`], [`FileTree::opaque`]), which gives the same tree.
    pub fn apply(&mut self, changes: LayerChanges) -> usize {
        let mut removed = 0;
        for dir in &changes.opaque_dirs {
            removed += self.opaque(u32::MAX, dir);
        }
        for path in &changes.whiteouts {
            removed += self.whiteout(u32::MAX, path);
        }
        for (path, node) in changes.entries {
            removed += self.insert(path, node);
        }
        removed
    }

    /// Resolve `path` as the container would: symlinks are followed, `..`
    /// stops at the root, absolute targets start from the image root.
    /// Returns the resolved path and its node, or None (missing, or a loop).
    pub fn resolve(&self, path: &str) -> Option<(String, &Node)> {
        let mut stack: Vec<String> = path.split('/').rev().map(str::to_string).collect();
        let mut cur: Vec<String> = Vec::new();
        let mut hops = 0;
        while let Some(c) = stack.pop() {
            match c.as_str() {
                "" | "." => continue,
                ".." => {
                    cur.pop();
                    continue;
                }
                _ => {}
            }
            cur.push(c);
            if let Some(node) = self.nodes.get(&Key(cur.join("/"))) {
                if let NodeKind::Symlink(target) = &node.kind {
                    hops += 1;
                    if hops > MAX_SYMLINKS {
                        return None;
                    }
                    cur.pop();
                    if target.starts_with('/') {
                        cur.clear();
                    }
                    stack.extend(target.split('/').rev().map(str::to_string));
                }
            }
        }
        let mut p = Key(cur.join("/"));
        for _ in 0..MAX_SYMLINKS {
            let node = self.nodes.get(&p)?;
            match &node.kind {
                NodeKind::Hardlink(target) => p = Key(target.to_string()),
                _ => return Some((p.0, node)),
            }
        }
        None
    }

    /// The captured content of the file at `path`, following links.
    pub fn content(&self, path: &str) -> Option<&[u8]> {
        self.resolve(path).and_then(|(_, n)| n.content.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 8-bytes-at-a-time comparison orders as `str` does: on prefixes,
    /// equal strings, differences at every offset around the word size,
    /// and bytes over 0x7f.
    #[test]
    fn keys_order_as_str() {
        let mut words: Vec<Vec<u8>> = vec![Vec::new()];
        let base = b"app/node_modules/abc/lib/index.js".to_vec();
        for cut in 0..=base.len() {
            words.push(base[..cut].to_vec());
        }
        for at in 0..base.len() {
            for b in [0u8, b'/', b'0', b'a', 0x7f, 0x80, 0xff] {
                let mut w = base.clone();
                w[at] = b;
                words.push(w);
            }
        }
        for a in &words {
            for b in &words {
                assert_eq!(compare(a, b), a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    fn node(layer: u32, kind: NodeKind) -> Node {
        Node {
            layer,
            kind,
            mode: 0o644,
            uid: 0,
            gid: 0,
            size: 0,
            content: None,
        }
    }

    #[test]
    fn whiteouts_and_opaque() {
        let mut t = FileTree::default();
        t.apply(LayerChanges {
            entries: vec![
                ("app".into(), node(0, NodeKind::Dir)),
                ("app/a".into(), node(0, NodeKind::File)),
                ("app/tmp".into(), node(0, NodeKind::Dir)),
                ("app/tmp/x".into(), node(0, NodeKind::File)),
                ("app0".into(), node(0, NodeKind::File)),
            ],
            ..Default::default()
        });
        let removed = t.apply(LayerChanges {
            whiteouts: vec!["app/a".into()],
            opaque_dirs: vec!["app/tmp".into()],
            entries: vec![("app/tmp/y".into(), node(1, NodeKind::File))],
        });
        assert_eq!(removed, 2);
        assert!(t.get("app/a").is_none());
        assert!(t.get("app/tmp/x").is_none());
        assert_eq!(t.get("app/tmp/y").map(|n| n.layer), Some(1));
        assert!(
            t.get("app0").is_some(),
            "prefix removal must not touch siblings"
        );
    }

    #[test]
    fn streamed_whiteouts_only_hide_lower_layers() {
        let mut t = FileTree::default();
        for (p, k) in [
            ("app", NodeKind::Dir),
            ("app/a", NodeKind::File),
            ("app/tmp", NodeKind::Dir),
            ("app/tmp/x", NodeKind::File),
            ("etc", NodeKind::Dir),
            ("etc/old", NodeKind::File),
        ] {
            t.insert(p.into(), node(0, k));
        }
        // Layer 1, in stream order: its own files come BEFORE the whiteouts
        // that name them or their directory; they must survive, as with
        // `apply` (whiteouts first).
        let mut removed = t.insert("app/tmp/y".into(), node(1, NodeKind::File));
        removed += t.opaque(1, "app/tmp");
        removed += t.insert("app/a".into(), node(1, NodeKind::File));
        removed += t.whiteout(1, "app/a");
        removed += t.whiteout(1, "etc");
        assert_eq!(removed, 3, "app/tmp/x, etc, etc/old");
        assert!(t.get("app/tmp/x").is_none());
        assert_eq!(t.get("app/tmp/y").map(|n| n.layer), Some(1));
        assert_eq!(t.get("app/a").map(|n| n.layer), Some(1));
        assert!(t.get("etc").is_none() && t.get("etc/old").is_none());
        // A file replacing a directory hides everything below it.
        assert_eq!(t.insert("app".into(), node(2, NodeKind::File)), 3);
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn resolve_never_leaves_root() {
        let mut t = FileTree::default();
        let mut f = node(0, NodeKind::File);
        f.content = Some(Arc::from(&b"inside"[..]));
        t.apply(LayerChanges {
            entries: vec![
                ("etc/passwd".into(), f),
                (
                    "etc/os-release".into(),
                    node(0, NodeKind::Symlink("../../../../etc/passwd".into())),
                ),
                ("loop".into(), node(0, NodeKind::Symlink("loop".into()))),
            ],
            ..Default::default()
        });
        assert_eq!(t.content("etc/os-release"), Some(&b"inside"[..]));
        assert!(t.resolve("loop").is_none());
    }
}
