//! Redaction of secret-looking values before anything is reported. A value is
//! replaced by `[redacted: N chars]`; it never reaches a report, log or error.
//! (Full secret detection lives in the secrets module; this guards the image
//! facts: env values, labels and history lines.)

/// Words in a variable or label name that mark its value as secret.
const SECRET_NAME_WORDS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "PASS",
    "PWD",
    "SECRET",
    "TOKEN",
    "APIKEY",
    "API_KEY",
    "ACCESS_KEY",
    "PRIVATE",
    "CREDENTIAL",
    "CREDS",
    "AUTH",
    "SESSION",
    "COOKIE",
    "SIGNATURE",
    "CONNECTION_STRING",
    "DSN",
];

/// Names that contain a secret word but are known not to be secrets.
const SAFE_NAMES: &[&str] = &["PWD", "OLDPWD", "PASSWORD_FILE", "AUTHOR", "AUTHORS"];

/// Value prefixes of well-known token formats.
const SECRET_VALUE_PREFIXES: &[&str] = &[
    "AKIA",
    "ASIA",
    "ABIA",
    "ACCA",
    "AIza",
    "LTAI",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "glrt-",
    "gldt-",
    "glptt-",
    "glcbt-",
    "GR1348941",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xoxr-",
    "xoxe",
    "xapp-",
    "sk_live_",
    "rk_live_",
    "sk_test_",
    "rk_test_",
    "whsec_",
    "sk-ant-",
    "sk-proj-",
    "hf_",
    "npm_",
    "pypi-",
    "rubygems_",
    "dckr_pat_",
    "dop_v1_",
    "doo_v1_",
    "hvs.",
    "hvb.",
    "dp.pt.",
    "dp.st.",
    "ATATT3",
    "AKCp",
    "CCIPAT_",
    "shpat_",
    "shpss_",
    "sntryu_",
    "sntrys_",
    "glsa_",
    "glc_",
    "NRAK-",
    "dt0c01.",
    "pscale_",
    "lin_api_",
    "pplx-",
    "xkeysib-",
    "SG.",
    "-----BEGIN",
    "PuTTY-User-Key-File-",
];

/// Whether a `NAME=value` pair must have its value redacted.
pub fn is_secret(name: &str, value: &str) -> bool {
    if value.is_empty() {
        return false;
    }
    secret_name(name) || looks_like_token(value)
}

/// Whether a variable, label, property or flag name marks its value as secret.
pub fn secret_name(name: &str) -> bool {
    let upper = name
        .trim_start_matches('-')
        .to_ascii_uppercase()
        .replace(['-', '.'], "_");
    if upper.is_empty() || SAFE_NAMES.contains(&upper.as_str()) {
        return false;
    }
    upper.ends_with("KEY")
        || upper.contains("TOKEN")
        || SECRET_NAME_WORDS.iter().any(|w| {
            upper == *w
                || upper.starts_with(&format!("{w}_"))
                || upper.ends_with(&format!("_{w}"))
                || upper.contains(&format!("_{w}_"))
                || (w.len() >= 6 && upper.contains(w))
        })
}

/// Whether a bare value looks like a well-known credential.
pub fn looks_like_token(value: &str) -> bool {
    SECRET_VALUE_PREFIXES
        .iter()
        .any(|p| value.starts_with(p) && value.len() >= p.len() + 8)
        || value.contains("://") && value.contains('@') && has_url_password(value)
}

fn has_url_password(value: &str) -> bool {
    // scheme://user:password@host
    value
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('@'))
        .is_some_and(|(userinfo, _)| userinfo.contains(':'))
}

/// The placeholder that replaces a secret value.
pub fn placeholder(value: &str) -> String {
    format!("[redacted: {} chars]", value.chars().count())
}

/// The redacted preview of a secret value found by the secrets module: the
/// first 4 characters when the value has at least 16 (so at most a quarter
/// shows), then its length: `AKIA… (20 chars)`, `… (9 chars)`.
pub fn preview(value: &[u8]) -> String {
    let text = String::from_utf8_lossy(value);
    let n = text.chars().count();
    let head: String = if n >= 16 {
        text.chars()
            .take(4)
            .map(|c| if c.is_control() { '?' } else { c })
            .collect()
    } else {
        String::new()
    };
    format!("{head}… ({n} chars)")
}

/// The fingerprint of a secret value: `sha256:<hex>`. A policy allows a
/// known value by it without the value being written anywhere.
pub fn fingerprint(value: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(value);
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in d {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Redact `value` if `NAME=value` looks secret; otherwise redact secrets
/// embedded in it (`JAVA_OPTS=-Dx.password=...`).
pub fn value(name: &str, value: &str) -> String {
    if is_secret(name, value) {
        placeholder(value)
    } else {
        line(value)
    }
}

/// Flags whose next word is a secret (`--password x`, `-u user:pass`,
/// `Authorization: Bearer x`).
fn secret_flag(word: &str) -> bool {
    let w = word
        .trim_matches(|c| c == '"' || c == '\'')
        .to_ascii_lowercase();
    matches!(
        w.as_str(),
        "bearer" | "basic" | "token" | "-p" | "-u" | "--user" | "--pass"
    ) || (w.starts_with("--") && secret_name(&w))
}

fn is_quote(c: char) -> bool {
    c == '"' || c == '\''
}

/// Redact secrets in a free text line such as a history `created_by`
/// (`ENV`, `ARG`, `RUN` lines) or a command argument: secret-looking
/// `NAME=value` words (quoted values to their closing quote), the word after
/// a secret flag (`--password x`, `Bearer x`), token-like words, and
/// everything after a legacy `ENV SECRET_NAME value`.
pub fn line(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let prev = if i > 0 { words[i - 1] } else { "" };
        let (lead, core) = split_lead(word);
        if i > 0 && secret_flag(prev) && !core.is_empty() {
            out.push(format!("{lead}{}", placeholder(core)));
            i += 1;
            continue;
        }
        if let Some((name, val)) = core.split_once('=') {
            // A quoted value may span several words.
            let mut val = val.to_string();
            let mut last = i;
            if let Some(q) = val.chars().next().filter(|c| is_quote(*c)) {
                while !val[q.len_utf8()..].contains(q) && last + 1 < words.len() {
                    last += 1;
                    val.push(' ');
                    val.push_str(words[last]);
                }
            }
            let bare = val.trim_matches(is_quote);
            if is_secret(name, bare) {
                out.push(format!("{lead}{name}={}", placeholder(bare)));
            } else if last == i {
                out.push(format!("{lead}{name}={}", line(&val)));
            } else {
                out.push(format!("{lead}{name}={val}"));
            }
            i = last + 1;
            continue;
        }
        if matches!(prev, "ENV" | "ARG") && secret_name(core) && i + 1 < words.len() {
            // Legacy `ENV NAME value`: the rest of the line is the value.
            let rest = words[i + 1..].join(" ");
            out.push(format!("{word} {}", placeholder(&rest)));
            break;
        }
        if looks_like_token(core.trim_matches(is_quote)) {
            out.push(format!("{lead}{}", placeholder(core)));
        } else {
            out.push(word.to_string());
        }
        i += 1;
    }
    out.join(" ")
}

/// Redact an argument vector (entrypoint, cmd, healthcheck): each argument
/// as a line, and the argument after a secret flag.
pub fn argv(args: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        let after_flag = i > 0 && args.get(i - 1).is_some_and(|p| secret_flag(p));
        out.push(if after_flag && !a.is_empty() {
            placeholder(a)
        } else {
            line(a)
        });
    }
    out
}

fn split_lead(word: &str) -> (&str, &str) {
    let idx = word
        .find(|c: char| !matches!(c, '(' | '"' | '\'' | '|' | ';' | '&'))
        .unwrap_or(word.len());
    word.split_at(idx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_by_name_and_value() {
        assert!(is_secret("DB_PASSWORD", "hunter22"));
        assert!(is_secret("GITHUB_TOKEN", "x"));
        assert!(is_secret("X", "ghp_0123456789abcdefghij"));
        assert!(is_secret("DATABASE_URL", "postgres://app:s3cr3t@db/app"));
        assert!(!is_secret("PATH", "/usr/bin"));
        assert!(!is_secret("PWD", "/app"));
        assert!(!is_secret("DEBIAN_FRONTEND", "noninteractive"));
        let l = line("/bin/sh -c #(nop) ENV API_TOKEN=abcd1234 MODE=prod");
        assert!(!l.contains("abcd1234"), "{l}");
        assert!(l.contains("MODE=prod"));
        assert!(l.contains("API_TOKEN=[redacted: 8 chars]"));
        let l =
            line("/bin/sh -c #(nop) ENV DB_PASSWORD=\"correct horse battery staple\" MODE=prod");
        assert!(!l.contains("horse") && !l.contains("staple"), "{l}");
        assert!(l.ends_with("MODE=prod"), "{l}");
        let l = line("/bin/sh -c #(nop) ENV DB_PASSWORD correct horse");
        assert!(!l.contains("correct") && !l.contains("horse"), "{l}");
        let l = line("curl -u admin:s3cr3tpass -H Authorization: Bearer eyJhbGciOi http://x");
        assert!(
            !l.contains("s3cr3tpass") && !l.contains("eyJhbGciOi"),
            "{l}"
        );
        assert!(l.ends_with("http://x"), "{l}");
        let l = value("JAVA_OPTS", "-Xmx1g -Dspring.datasource.password=s3cret");
        assert!(!l.contains("s3cret") && l.starts_with("-Xmx1g "), "{l}");
        for name in [
            "APITOKEN",
            "APP_KEY",
            "SSH_KEY",
            "ENCRYPTION_KEY",
            "--api-key",
        ] {
            assert!(secret_name(name), "{name}");
        }
        let a = argv(&[
            "app".into(),
            "--password".into(),
            "hunter2".into(),
            "--api-key=ghp_0123456789abcdefghij".into(),
        ]);
        assert_eq!(a[0], "app");
        assert!(
            !a.join(" ").contains("hunter2") && !a.join(" ").contains("ghp_"),
            "{a:?}"
        );
    }
}
