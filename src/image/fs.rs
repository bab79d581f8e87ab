//! The final filesystem of an image: the layers applied in order with their
//! whiteouts (`.wh.<name>`, `.wh..wh..opq`), remembering which layer each
//! file came from, and path resolution that follows symlinks the way the
//! container would see them (never outside the image root).

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
    /// Packages found while the file streamed by (binaries, archives).
    pub found: Option<Box<crate::inventory::Found>>,
}

/// Changes one layer makes, applied in one step at the end of the layer so
/// that a whiteout never hides what the same layer adds.
#[derive(Debug, Default)]
pub struct LayerChanges {
    pub whiteouts: Vec<String>,
    pub opaque_dirs: Vec<String>,
    pub entries: Vec<(String, Node)>,
}

/// The merged view of all layers applied so far.
#[derive(Debug, Default)]
pub struct FileTree {
    nodes: BTreeMap<String, Node>,
    /// Bytes of captured content given to hard links so far (bounded by
    /// [`crate::image::Limits::max_linked_capture`]).
    pub(crate) linked_bytes: u64,
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

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Node)> {
        self.nodes.iter()
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
            .take_while(move |(k, _)| k.starts_with(prefix))
    }

    /// Remove everything below `dir` (not `dir` itself); returns how many.
    fn remove_children(&mut self, dir: &str) -> usize {
        let keys: Vec<String> = if dir.is_empty() {
            self.nodes.keys().cloned().collect()
        } else {
            let lo = format!("{dir}/");
            let hi = format!("{dir}0"); // '0' is the byte after '/'
            self.nodes.range(lo..hi).map(|(k, _)| k.clone()).collect()
        };
        for k in &keys {
            self.nodes.remove(k);
        }
        keys.len()
    }

    /// Apply one layer's changes; returns how many lower entries it removed.
    pub fn apply(&mut self, changes: LayerChanges) -> usize {
        let mut removed = 0;
        for dir in &changes.opaque_dirs {
            removed += self.remove_children(dir);
        }
        for path in &changes.whiteouts {
            removed += usize::from(self.nodes.remove(path).is_some());
            removed += self.remove_children(path);
        }
        for (path, node) in changes.entries {
            if node.kind != NodeKind::Dir {
                // A non-directory replaces a lower directory and hides its contents.
                if self
                    .nodes
                    .get(&path)
                    .is_some_and(|n| n.kind == NodeKind::Dir)
                {
                    removed += self.remove_children(&path);
                }
            } else if let Some(old) = self.nodes.get(&path) {
                if old.kind == NodeKind::Dir {
                    // Directory metadata is replaced, contents merge.
                    self.nodes.insert(path, node);
                    continue;
                }
            }
            self.nodes.insert(path, node);
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
            let p = cur.join("/");
            if let Some(node) = self.nodes.get(&p) {
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
        let mut p = cur.join("/");
        for _ in 0..MAX_SYMLINKS {
            let node = self.nodes.get(&p)?;
            match &node.kind {
                NodeKind::Hardlink(target) => p = target.to_string(),
                _ => return Some((p, node)),
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

    fn node(layer: u32, kind: NodeKind) -> Node {
        Node {
            layer,
            kind,
            mode: 0o644,
            uid: 0,
            gid: 0,
            size: 0,
            content: None,
            found: None,
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
