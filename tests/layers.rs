//! The layering of `src/` (ARCHITECTURE.md, "Layers"): every `crate::`
//! path (and `super::` path that reaches the crate root) in non-test code is
//! an import edge between top-level modules; an edge may only point to a
//! lower layer. Today's upward edges are listed in `KNOWN`, each with its
//! reason; the test fails on a new one and on a listed one that is gone, so
//! the list only shrinks.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// The layers of `src/`, lowest first. A module may use modules of lower
/// layers only; modules of one layer do not use each other. `lib` is
/// `src/lib.rs` (the scan pipeline, the request and outcome types); the
/// component entry `src/main.rs` is a separate binary on top of everything.
const LAYERS: &[&[&str]] = &[
    &["logsafe", "redact", "time"],
    &["error"],
    &["image"],
    &["inventory"],
    &["secrets", "signature"],
    &["pipeline"],
    &["vulndb"],
    &["vex"],
    &["policy"],
    &["explain", "defaults"],
    &["report"],
    &["rescan"],
    &["lib"],
    &["cli"],
];

/// Upward edges that exist today (issue 20), with why. Remove an entry when
/// its edge is gone (the test says so); never add one without a reason in
/// ARCHITECTURE.md.
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "image",
        "signature",
        "resolve.rs collects cosign signature tags into signature::SignatureInput",
    ),
    (
        "signature",
        "report",
        "verdict attestations (signature/attestation.rs) read report::SCHEMA",
    ),
    (
        "vulndb",
        "vex",
        "vulndb::scan::Vulnerability carries the vex::apply::Decision applied to it",
    ),
    (
        "vex",
        "policy",
        "vex::apply matches image products with the registries check's Reference",
    ),
    (
        "vex",
        "defaults",
        "workspace VEX files are named with defaults::policy_name",
    ),
    (
        "vex",
        "cli",
        "workspace VEX files are read with cli::read_input",
    ),
    (
        "policy",
        "report",
        "Diagnostic, Location and Severity live in report/mod.rs, not in a base module",
    ),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Source with comments and the contents of string and char literals blanked
/// (lifetimes kept), byte for byte the length of the source, so that only
/// code is searched and offsets stay those of the source.
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, ch: char| {
        if ch == '\n' {
            out.push('\n');
        } else {
            out.extend(std::iter::repeat_n(' ', ch.len_utf8()));
        }
    };
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(i + k).copied().unwrap_or('\0');
        let ident_before = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
        if at(0) == '/' && at(1) == '/' {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if at(0) == '/' && at(1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if !ident_before && (at(0) == 'r' || (at(0) == 'b' && at(1) == 'r')) && {
            let mut k = if at(0) == 'b' { 2 } else { 1 };
            while at(k) == '#' {
                k += 1;
            }
            at(k) == '"'
        } {
            // a raw string: r"..." or r#"..."#
            let mut hashes = 0;
            while c[i] != '"' {
                hashes += usize::from(c[i] == '#');
                out.push(' ');
                i += 1;
            }
            out.push('"');
            i += 1;
            while i < c.len() {
                if c[i] == '"' && (1..=hashes).all(|h| c.get(i + h) == Some(&'#')) {
                    out.push('"');
                    out.extend(std::iter::repeat_n(' ', hashes));
                    i += 1 + hashes;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if at(0) == '"' {
            out.push('"');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' && i + 1 < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
            if i < c.len() {
                out.push('"');
                i += 1;
            }
        } else if at(0) == '\'' && (at(1) == '\\' || at(2) == '\'') {
            // a char literal ('x', '\n', '\u{..}'), not a lifetime
            out.push('\'');
            i += 1;
            if c[i] == '\\' {
                blank(&mut out, c[i]);
                i += 1;
            }
            blank(&mut out, c[i]);
            i += 1;
            while i < c.len() && c[i] != '\'' {
                blank(&mut out, c[i]);
                i += 1;
            }
            if i < c.len() {
                out.push('\'');
                i += 1;
            }
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    debug_assert_eq!(out.len(), text.len());
    out
}

/// Skips whitespace and attributes from `i`; returns the next position.
fn skip_attrs(b: &[u8], mut i: usize) -> usize {
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) == Some(&b'#') && b.get(i + 1) == Some(&b'[') {
            let mut depth = 0;
            while i < b.len() {
                match b[i] {
                    b'[' => depth += 1,
                    b']' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        } else {
            return i;
        }
    }
}

/// The item starting at `i` ends at its first `;` outside braces, or at the
/// brace that closes its first `{`.
fn item_end(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0;
    while i < b.len() {
        match b[i] {
            b';' if depth == 0 => return i + 1,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    i
}

/// Code without `#[cfg(test)]` items, and the outline modules (`mod x;`)
/// those items declare, with their `#[path]` when given.
fn without_tests(code: &str, raw: &str) -> (String, Vec<(String, Option<String>)>) {
    let b = code.as_bytes();
    let mut out = String::with_capacity(code.len());
    let mut test_mods = Vec::new();
    let mut last = 0;
    let mut from = 0;
    while let Some(at) = code[from..].find("#[cfg(test)]").map(|p| p + from) {
        let start = skip_attrs(b, at);
        let end = item_end(b, start);
        let attrs = &raw[at..start];
        let item = code[start..end].trim();
        let words: Vec<&str> = item
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        if item.ends_with(';') {
            if let Some(k) = words.iter().position(|w| *w == "mod") {
                let path = attrs
                    .split("#[path = \"")
                    .nth(1)
                    .and_then(|p| p.split('"').next())
                    .map(str::to_string);
                test_mods.push((words[k + 1].to_string(), path));
            }
        }
        out.push_str(&code[last..at]);
        for ch in code[at..end].chars() {
            if ch == '\n' {
                out.push('\n');
            } else {
                out.extend(std::iter::repeat_n(' ', ch.len_utf8()));
            }
        }
        last = end;
        from = end.max(at + 1);
    }
    out.push_str(&code[last..]);
    (out, test_mods)
}

struct SrcFile {
    rel: String,
    module: String,
    /// The module path's length below the crate root (`lib.rs` 0, `cli.rs`
    /// and `policy/mod.rs` 1, `policy/cfg.rs` 2).
    depth: usize,
    code: String,
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every non-test source file of the library, its module and its code.
fn sources() -> Vec<SrcFile> {
    let root = src();
    let mut paths = Vec::new();
    rs_files(&root, &mut paths);
    paths.sort();
    let mut parsed = Vec::new();
    let mut test_files: HashSet<PathBuf> = HashSet::new();
    for p in &paths {
        let raw = std::fs::read_to_string(p).unwrap();
        let (code, test_mods) = without_tests(&code_only(&raw), &raw);
        let dir = p.parent().unwrap();
        let stem = p.file_stem().unwrap().to_str().unwrap();
        let child_dir = if matches!(stem, "mod" | "lib" | "main") {
            dir.to_path_buf()
        } else {
            dir.join(stem)
        };
        for (name, path) in test_mods {
            match path {
                Some(path) => test_files.insert(dir.join(path)),
                None => {
                    test_files.insert(child_dir.join(format!("{name}.rs")));
                    test_files.insert(child_dir.join(name).join("mod.rs"))
                }
            };
        }
        parsed.push((p.clone(), code));
    }
    let is_test = |p: &Path| {
        test_files.iter().any(|t| {
            p == t
                || t.file_name().is_some_and(|f| f == "mod.rs")
                    && p.starts_with(t.parent().unwrap())
                || p.starts_with(t.with_extension(""))
        })
    };
    let mut out = Vec::new();
    for (p, code) in parsed {
        let rel = p
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel == "main.rs" || is_test(&p) {
            continue;
        }
        let parts: Vec<&str> = rel.trim_end_matches(".rs").split('/').collect();
        let module = if rel == "lib.rs" {
            "lib".to_string()
        } else {
            parts[0].to_string()
        };
        let depth = if rel == "lib.rs" {
            0
        } else if parts.last() == Some(&"mod") {
            parts.len() - 1
        } else {
            parts.len()
        };
        out.push(SrcFile {
            rel,
            module,
            depth,
            code,
        });
    }
    out
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The first path segments named right after `crate::` (or a `super::`
/// chain that reaches the crate root), also inside `crate::{a, b::c}`.
fn root_names(f: &SrcFile, modules: &BTreeSet<String>) -> Vec<String> {
    let code = &f.code;
    let mut names = Vec::new();
    let mut starts = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back().unwrap_or(' ');
        if before.is_alphanumeric() || before == '_' {
            continue;
        }
        starts.push(at + "crate::".len());
    }
    if f.depth > 0 {
        let chain = "super::".repeat(f.depth);
        for (at, _) in code.match_indices(&chain) {
            let before = code[..at].chars().next_back().unwrap_or(' ');
            let after = &code[at + chain.len()..];
            if before.is_alphanumeric()
                || before == '_'
                || before == ':'
                || after.starts_with("super")
            {
                continue;
            }
            starts.push(at + chain.len());
        }
    } else {
        // lib.rs names its modules without a prefix: `image::resolve::...`.
        for m in modules {
            for (at, _) in code.match_indices(&format!("{m}::")) {
                let before = code[..at].chars().next_back().unwrap_or(' ');
                if !(before.is_alphanumeric() || before == '_' || before == ':') {
                    names.push(m.clone());
                }
            }
        }
    }
    for s in starts {
        let rest = &code[s..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (k, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_alphanumeric() || c == '_') => {
                        names.push(ident_at(&group[k..]).to_string());
                        item_start = false;
                    }
                    c if !c.is_whitespace() => item_start = false,
                    _ => {}
                }
            }
        } else {
            let name = ident_at(rest);
            if !name.is_empty() {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// `pub use MODULE::{A, B};` lines of lib.rs: the root items defined elsewhere.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let Some((module, items)) = rest.split_once("::") else {
            continue;
        };
        for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
            let item = item.trim();
            if let Some(last) = item.rsplit("::").next().filter(|s| !s.is_empty()) {
                map.insert(last.to_string(), module.to_string());
            }
        }
    }
    map
}

/// `(from, to) -> files` of every edge between top-level modules.
fn edges() -> BTreeMap<(String, String), BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<String> = files
        .iter()
        .map(|f| f.module.clone())
        .filter(|m| m != "lib")
        .collect();
    let lib = files
        .iter()
        .find(|f| f.rel == "lib.rs")
        .expect("src/lib.rs");
    let reexported = reexports(&lib.code);
    let mut edges: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        for name in root_names(f, &modules) {
            let to = if modules.contains(&name) {
                name
            } else if let Some(m) = reexported.get(&name) {
                m.clone()
            } else {
                "lib".to_string()
            };
            if to != f.module {
                edges
                    .entry((f.module.clone(), to))
                    .or_default()
                    .insert(f.rel.clone());
            }
        }
    }
    edges
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn no_module_imports_a_layer_above_it() {
    let edges = edges();
    let mut problems = Vec::new();
    let modules: BTreeSet<&str> = edges
        .keys()
        .flat_map(|(a, b)| [a.as_str(), b.as_str()])
        .collect();
    for m in &modules {
        if layer_of(m).is_none() {
            problems.push(format!(
                "module `{m}` is in no layer: add it to LAYERS in tests/layers.rs and to ARCHITECTURE.md"
            ));
        }
    }
    for m in LAYERS.iter().flat_map(|l| l.iter()) {
        if !modules.contains(m) {
            problems.push(format!(
                "LAYERS names `{m}`, which has no edges or does not exist"
            ));
        }
    }
    let mut used = HashSet::new();
    for ((from, to), files) in &edges {
        let (Some(a), Some(b)) = (layer_of(from), layer_of(to)) else {
            continue;
        };
        if b < a {
            continue;
        }
        if KNOWN.iter().any(|(f, t, _)| f == from && t == to) {
            used.insert((from.as_str(), to.as_str()));
            continue;
        }
        let files: Vec<&str> = files.iter().map(String::as_str).collect();
        problems.push(format!(
            "`{from}` (layer {a}) uses `{to}` (layer {b}, {}) in src/{}: move the shared type down, or pass it in",
            if a == b { "the same layer" } else { "above it" },
            files.join(", src/")
        ));
    }
    for (from, to, why) in KNOWN {
        if !used.contains(&(*from, *to)) {
            problems.push(format!(
                "the known upward edge `{from}` -> `{to}` ({why}) is gone: remove it from KNOWN in tests/layers.rs and from ARCHITECTURE.md"
            ));
        }
    }
    assert!(problems.is_empty(), "layering:\n{}", problems.join("\n"));
}

/// ARCHITECTURE.md states the same layers and known edges as this test.
#[test]
fn architecture_md_states_the_layers() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut missing = Vec::new();
    for (n, layer) in LAYERS.iter().enumerate() {
        let names: Vec<String> = layer.iter().map(|m| format!("`{m}`")).collect();
        let line = format!("| {n} | {} |", names.join(", "));
        if !doc.contains(&line) {
            missing.push(line);
        }
    }
    for (from, to, _) in KNOWN {
        let edge = format!("`{from}` → `{to}`");
        if !doc.contains(&edge) {
            missing.push(edge);
        }
    }
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not state (as in tests/layers.rs):\n{}",
        missing.join("\n")
    );
}

/// The parser sees through comments, strings, groups and test items.
#[test]
fn edge_parser() {
    let raw = "use crate::{a::X, b};\n// crate::c\nlet s = \"crate::d\"; let c = '{';\nfn f<'a>(x: &'a str) { crate::e::f() }\n#[cfg(test)]\nmod tests { use crate::g; }\n#[cfg(test)]\n#[path = \"h_tests.rs\"]\nmod h;\nr#\"crate::i\"#;\n";
    let (code, mods) = without_tests(&code_only(raw), raw);
    assert_eq!(code.len(), raw.len());
    assert_eq!(
        code_only("let s = \"é…\"; // ü\n'…'").len(),
        "let s = \"é…\"; // ü\n'…'".len()
    );
    let f = SrcFile {
        rel: "x.rs".into(),
        module: "x".into(),
        depth: 1,
        code,
    };
    let names = root_names(&f, &BTreeSet::new());
    assert_eq!(names, vec!["a", "b", "e"]);
    assert_eq!(
        mods,
        vec![("h".to_string(), Some("h_tests.rs".to_string()))]
    );
}
