//! Path globs for the policy file: absolute patterns over image paths.
//! `*` matches any characters but `/`, `?` one character but `/`, and `**`
//! any number of whole path segments (`/usr/**` matches `/usr/bin/env`;
//! `/**/lib*.so` matches at any depth). Everything else is literal.

/// Check that `pattern` is a glob this module understands.
pub fn validate(pattern: &str) -> Result<(), &'static str> {
    if !pattern.starts_with('/') {
        return Err("path globs are absolute and start with `/`");
    }
    if pattern.contains("***") {
        return Err("`***` is not a pattern; use `**` for any depth");
    }
    if pattern.contains(['[', ']', '{', '}']) {
        return Err("character classes and alternatives (`[..]`, `{..}`) are not supported");
    }
    for seg in pattern.split('/') {
        if seg.contains("**") && seg != "**" {
            return Err("`**` must be a whole path segment, e.g. `/opt/**/bin/*`");
        }
    }
    Ok(())
}

/// Whether `path` (absolute) matches `pattern`.
pub fn matches(pattern: &str, path: &str) -> bool {
    let p: Vec<&str> = pattern.split('/').collect();
    let s: Vec<&str> = path.split('/').collect();
    match_segments(&p, &s)
}

fn match_segments(p: &[&str], s: &[&str]) -> bool {
    match p.split_first() {
        None => s.is_empty(),
        Some((&"**", rest)) => (0..=s.len()).any(|i| match_segments(rest, &s[i..])),
        Some((first, rest)) => match s.split_first() {
            Some((seg, srest)) => {
                match_one(first.as_bytes(), seg.as_bytes()) && match_segments(rest, srest)
            }
            None => false,
        },
    }
}

/// One segment: `*` and `?` wildcards (iterative, linear backtracking).
fn match_one(p: &[u8], s: &[u8]) -> bool {
    let (mut pi, mut si) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == s[si]) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(matches("/usr/bin/*", "/usr/bin/env"));
        assert!(!matches("/usr/bin/*", "/usr/bin/x/y"));
        assert!(matches("/usr/**", "/usr/bin/x/y"));
        assert!(matches("/usr/**", "/usr"));
        assert!(matches("/**/lib*.so", "/opt/a/libz.so"));
        assert!(matches("/**/lib*.so", "/libz.so"));
        assert!(!matches("/**/lib*.so", "/opt/a/libz.so.1"));
        assert!(matches("/app/run?.sh", "/app/run1.sh"));
        assert!(!matches("/app/run?.sh", "/app/run12.sh"));
        assert!(matches("/tmp", "/tmp"));
        assert!(!matches("/tmp", "/tmp/x"));
        assert!(validate("usr/bin").is_err());
        assert!(validate("/a/**b").is_err());
        assert!(validate("/a/[ab]").is_err());
        assert!(validate("/a/**/b*").is_ok());
    }
}
