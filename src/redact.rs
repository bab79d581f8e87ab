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
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xoxr-",
    "sk_live_",
    "rk_live_",
    "npm_",
    "pypi-",
    "SG.",
    "-----BEGIN",
];

/// Whether a `NAME=value` pair must have its value redacted.
pub fn is_secret(name: &str, value: &str) -> bool {
    if value.is_empty() {
        return false;
    }
    let upper = name.to_ascii_uppercase().replace(['-', '.'], "_");
    let by_name = !SAFE_NAMES.contains(&upper.as_str())
        && SECRET_NAME_WORDS.iter().any(|w| {
            upper == *w
                || upper.starts_with(&format!("{w}_"))
                || upper.ends_with(&format!("_{w}"))
                || upper.contains(&format!("_{w}_"))
                || (w.len() >= 6 && upper.contains(w))
        });
    by_name || looks_like_token(value)
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

/// Redact `value` if `NAME=value` looks secret.
pub fn value(name: &str, value: &str) -> String {
    if is_secret(name, value) {
        placeholder(value)
    } else {
        value.to_string()
    }
}

/// Redact secret-looking `NAME=value` words and token-like words in a free
/// text line such as a history `created_by` (`ENV`, `ARG`, `RUN` lines).
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut first = true;
    for word in text.split(' ') {
        if !first {
            out.push(' ');
        }
        first = false;
        let (lead, core) = split_lead(word);
        out.push_str(lead);
        if let Some((name, val)) = core.split_once('=') {
            let val_trim = val.trim_matches(|c| c == '"' || c == '\'');
            if is_secret(name.trim_start_matches('-'), val_trim) {
                out.push_str(name);
                out.push('=');
                out.push_str(&placeholder(val_trim));
                continue;
            }
        } else if looks_like_token(core.trim_matches(|c| c == '"' || c == '\'')) {
            out.push_str(&placeholder(core));
            continue;
        }
        out.push_str(core);
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
    }
}
