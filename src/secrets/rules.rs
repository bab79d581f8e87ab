//! The built-in secret rules, written from each provider's documented token
//! format: an id, a title, a severity, the keywords that must occur near a
//! match (the prefilter) and a regex whose `secret` group is the value. A
//! rule may add a [`Check`] that the match must pass (entropy and
//! stop-words for generic assignments, a decodable JWT header, a PEM body).
//!
//! Patterns are compiled as byte regexes with Unicode off (`\s`, `\w`, `\b`
//! are ASCII), so any file content can be searched.

use serde::Serialize;

/// How bad a leaked secret is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Critical,
    High,
    Medium,
    Low,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }

    /// Parse `critical`, `high`, `medium` or `low`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "critical" => Some(Severity::Critical),
            "high" => Some(Severity::High),
            "medium" => Some(Severity::Medium),
            "low" => Some(Severity::Low),
            _ => None,
        }
    }
}

/// An extra test a regex match must pass before it is a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The match is the finding.
    None,
    /// Documentation values (containing `EXAMPLE`) are not findings.
    NotExample,
    /// Generic assignments: no placeholders, variables or code, no
    /// stop-words, letters and digits/symbols mixed, entropy ≥ 3 bits/char.
    Generic,
    /// A value that may be a template: `${VAR}`, `{{ x }}`, `<token>` are not findings.
    NotPlaceholder,
    /// The first segment must decode (base64url) to a JSON header with `"alg"`.
    Jwt,
    /// A PEM private key header followed by a real body (≥ 64 base64
    /// characters); the value is the body. `PemPlain` takes unencrypted keys,
    /// `PemEncrypted` encrypted ones (`ENCRYPTED` in the type, a
    /// `Proc-Type: 4,ENCRYPTED` header, or an OpenSSH key whose cipher is
    /// not `none`).
    PemPlain,
    PemEncrypted,
}

/// One built-in rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    /// Any of these (ASCII case-insensitive) in a chunk makes the scanner run
    /// the regex over that chunk.
    pub keywords: &'static [&'static str],
    /// File names (the last path component) where the regex always runs.
    pub files: &'static [&'static str],
    pub regex: &'static str,
    pub check: Check,
    /// The keywords are context, not the start of the value: the regex runs
    /// over the whole chunk, not only around each keyword.
    pub context: bool,
}

impl Rule {
    const fn context(self) -> Rule {
        Rule {
            context: true,
            ..self
        }
    }
}

const fn rule(
    id: &'static str,
    title: &'static str,
    severity: Severity,
    keywords: &'static [&'static str],
    regex: &'static str,
    check: Check,
) -> Rule {
    Rule {
        id,
        title,
        severity,
        keywords,
        files: &[],
        regex,
        check,
        context: false,
    }
}

use Severity::{Critical, High, Medium};

/// The PEM private key header; the checks read the body that follows.
const PEM_HEADER: &str = r"-----BEGIN (?P<kind>(?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----";
const PEM_KEYWORDS: &[&str] = &["PRIVATE"];

/// Every built-in rule. Order matters where two rules match the same value:
/// the first one wins (specific token formats come before generic ones).
pub const BUILTIN: &[Rule] = &[
    rule(
        "aws-access-key-id",
        "AWS access key ID",
        High,
        &["AKIA", "ASIA"],
        r"\b(?P<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b",
        Check::NotExample,
    ),
    rule(
        "aws-secret-access-key",
        "AWS secret access key",
        Critical,
        &["secret"],
        r#"(?i)(?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key)["']?\s*(?:[:=]|=>)\s*["']?(?P<secret>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"#,
        Check::NotExample,
    ),
    rule(
        "gcp-service-account-key",
        "GCP service account key (JSON key file)",
        Critical,
        &["private"],
        r#""private_key_id"\s*:\s*"(?P<secret>[0-9a-f]{40})""#,
        Check::None,
    ),
    rule(
        "azure-storage-account-key",
        "Azure storage account key or connection string",
        Critical,
        &["account"],
        r#"(?i)(?:AccountKey=|(?:storage|account)[_-]?(?:access[_-]?)?key["']?\s*[:=]\s*["']?)(?P<secret>[A-Za-z0-9+/]{86}==)"#,
        Check::None,
    ),
    rule(
        "azure-sas-token",
        "Azure shared access signature (SAS) token",
        High,
        &["sig="],
        r#"(?i)\bsv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,512}?\bsig=(?P<secret>[A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})"#,
        Check::None,
    ),
    rule(
        "azure-ad-client-secret",
        "Azure AD (Entra ID) client secret",
        High,
        &["secret"],
        r"(?:^|[^A-Za-z0-9_~.-])(?P<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|$)",
        Check::None,
    ),
    rule(
        "github-pat",
        "GitHub personal access token (classic)",
        Critical,
        &["ghp_"],
        r"\b(?P<secret>ghp_[A-Za-z0-9]{36})\b",
        Check::None,
    ),
    rule(
        "github-fine-grained-pat",
        "GitHub fine-grained personal access token",
        Critical,
        &["github_pat_"],
        r"\b(?P<secret>github_pat_[A-Za-z0-9_]{82})\b",
        Check::None,
    ),
    rule(
        "github-oauth-token",
        "GitHub OAuth access token",
        Critical,
        &["gho_"],
        r"\b(?P<secret>gho_[A-Za-z0-9]{36})\b",
        Check::None,
    ),
    rule(
        "github-app-token",
        "GitHub App user-to-server or installation token",
        Critical,
        &["ghs_", "_token", "secret"],
        r"\b(?P<secret>gh[us]_[A-Za-z0-9]{36})\b",
        Check::None,
    ),
    rule(
        "github-refresh-token",
        "GitHub refresh token",
        Critical,
        &["_token", "secret"],
        r"\b(?P<secret>ghr_[A-Za-z0-9]{36,76})\b",
        Check::None,
    ),
    rule(
        "gitlab-pat",
        "GitLab personal access token",
        Critical,
        &["glpat-"],
        r"\b(?P<secret>glpat-[A-Za-z0-9_-]{20}(?:[A-Za-z0-9_.-]{0,300}))",
        Check::None,
    ),
    rule(
        "slack-token",
        "Slack token",
        High,
        &["xoxb-", "xoxp-", "slack"],
        r"\b(?P<secret>xox[abeoprs]-[0-9]+-[0-9A-Za-z-]{8,250})",
        Check::None,
    ),
    rule(
        "slack-webhook-url",
        "Slack incoming webhook URL",
        High,
        &["slack"],
        r"(?P<secret>https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,200})",
        Check::None,
    ),
    rule(
        "stripe-secret-key",
        "Stripe live secret or restricted key",
        Critical,
        &["k_live_"],
        r"\b(?P<secret>[sr]k_live_[0-9A-Za-z]{24,247})\b",
        Check::None,
    ),
    rule(
        "twilio-api-key",
        "Twilio API key (SK…, near the word twilio)",
        High,
        &["twilio"],
        r"\b(?P<secret>SK[0-9a-f]{32})\b",
        Check::None,
    )
    .context(),
    rule(
        "twilio-auth-token",
        "Twilio auth token",
        High,
        &["twilio"],
        r#"(?i)twilio[A-Za-z0-9_.-]{0,20}auth[_-]?token["']?\s*[:=]\s*["']?(?P<secret>[0-9a-f]{32})\b"#,
        Check::None,
    )
    .context(),
    rule(
        "sendgrid-api-key",
        "SendGrid API key",
        Critical,
        &["sendgrid"],
        r"\b(?P<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?:[^A-Za-z0-9_-]|$)",
        Check::None,
    )
    .context(),
    rule(
        "npm-access-token",
        "npm access token",
        Critical,
        &["npm_"],
        r"\b(?P<secret>npm_[A-Za-z0-9]{36})\b",
        Check::None,
    ),
    rule(
        "npmrc-auth",
        "npm registry credentials (.npmrc _authToken/_auth/_password)",
        High,
        &[":_auth", "passw"],
        r#"(?i)(?:_authToken|:_auth|:_password)\s*=\s*["']?(?P<secret>[^\s"']{8,})"#,
        Check::NotPlaceholder,
    ),
    rule(
        "pypi-token",
        "PyPI API token",
        Critical,
        &["pypi-AgEIcHlwaS5vcmc"],
        r"\b(?P<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})",
        Check::None,
    ),
    rule(
        "docker-config-auth",
        "Docker registry credentials (config.json auths)",
        High,
        &["\"auths\""],
        r#""(?:auth|identitytoken)"\s*:\s*"(?P<secret>[A-Za-z0-9+/=._-]{8,})""#,
        Check::None,
    )
    .context(),
    rule(
        "private-key",
        "Private key (PEM: RSA, EC, DSA, OpenSSH, PGP, PKCS#8)",
        Critical,
        PEM_KEYWORDS,
        PEM_HEADER,
        Check::PemPlain,
    ),
    rule(
        "private-key-encrypted",
        "Encrypted private key (PEM)",
        Medium,
        PEM_KEYWORDS,
        PEM_HEADER,
        Check::PemEncrypted,
    ),
    rule(
        "kubeconfig-client-key",
        "Kubernetes client key (kubeconfig client-key-data)",
        Critical,
        &["client-key-data"],
        r#"client-key-data:\s*["']?(?P<secret>[A-Za-z0-9+/=]{40,})"#,
        Check::None,
    ),
    rule(
        "kubeconfig-token",
        "Kubernetes bearer token (kubeconfig)",
        High,
        &["kind: config"],
        r#"(?m)^\s*(?:-\s+)?token:\s*["']?(?P<secret>[A-Za-z0-9._~+/=-]{20,})"#,
        Check::NotPlaceholder,
    )
    .context(),
    rule(
        "jwt",
        "JSON Web Token",
        Medium,
        &["eyJhbGci"],
        r"\b(?P<secret>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})",
        Check::Jwt,
    ),
    Rule {
        id: "netrc-password",
        title: ".netrc credentials",
        severity: High,
        keywords: &["passw"],
        files: &[".netrc", "_netrc"],
        regex: r"(?i)\bmachine\s+\S+(?:\s+login\s+\S+)?\s+password\s+(?P<secret>\S+)",
        check: Check::NotPlaceholder,
        context: true,
    },
    Rule {
        id: "git-credentials",
        title: "Git credential store entry (.git-credentials)",
        severity: High,
        keywords: &[],
        files: &[".git-credentials", "git-credentials", "credentials"],
        regex: r"(?m)^\s*https?://[^:@\s/]+:(?P<secret>[^@\s/]+)@",
        check: Check::NotPlaceholder,
        context: true,
    },
    rule(
        "url-credentials",
        "Password in a URL",
        Medium,
        &["postgres", "mysql", "mongodb", "redis"],
        r#"\b[A-Za-z][A-Za-z0-9+.-]{1,16}://[^:@\s/'"<>]{1,64}:(?P<secret>[^@\s/'"<>]{6,128})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"#,
        Check::Generic,
    ),
    rule(
        "generic-secret",
        "Secret assigned to a password/secret/api key setting",
        Medium,
        &["passw", "secret", "api_key", "apikey", "_token"],
        r#"(?i)(?:password|passwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token)[A-Za-z0-9_-]{0,20}["']?\s*(?:[:=]|:=|=>)\s*["']?(?P<secret>[^\s"'`;,]{8,128})"#,
        Check::Generic,
    ),
];

/// Rules that only apply to the image config (not a regex over text).
pub const ENV_SECRET: Rule = rule(
    "secret-env-var",
    "Secret in an environment variable (by its name)",
    High,
    &[],
    "",
    Check::Generic,
);

/// Values that are placeholders or documentation, not secrets.
const STOP_WORDS: &[&str] = &[
    "example",
    "sample",
    "changeme",
    "change_me",
    "placeholder",
    "dummy",
    "your",
    "xxxx",
    "****",
    "redacted",
    "fake",
    "todo",
    "secret_key_base",
];

/// Shannon entropy in bits per byte.
pub fn entropy(v: &[u8]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in v {
        counts[usize::from(b)] += 1;
    }
    let n = v.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

fn has_stop_word(v: &[u8]) -> bool {
    let lower = v.to_ascii_lowercase();
    STOP_WORDS
        .iter()
        .any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

/// A template or variable reference rather than a literal value.
pub fn is_placeholder(v: &[u8]) -> bool {
    v.iter()
        .any(|b| matches!(b, b'$' | b'{' | b'}' | b'<' | b'>' | b'%' | b'`'))
        || has_stop_word(v)
}

/// The gate for generic `password=`-style values (see [`Check::Generic`]).
pub fn generic_ok(v: &[u8]) -> bool {
    if v.len() < 8 || is_placeholder(v) {
        return false;
    }
    if v.iter()
        .any(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'\\' | b'*'))
    {
        return false; // code, not a literal
    }
    if v.starts_with(b"/") || v.starts_with(b"./") || v.starts_with(b"~/") {
        return false; // a path (e.g. `password_file=/run/secrets/db`)
    }
    // `self.password`, `config.api_key`: an attribute access
    let ident = |s: &[u8]| {
        !s.is_empty()
            && (s[0].is_ascii_alphabetic() || s[0] == b'_')
            && s.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    if v.contains(&b'.') && v.split(|b| *b == b'.').all(ident) {
        return false;
    }
    // Identifiers such as `PASSWORD_LENGTH`, `get_secret_key` are names, not values.
    if v.iter()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
        || v.iter()
            .all(|b| b.is_ascii_lowercase() || *b == b'_' || *b == b'-')
    {
        return false;
    }
    let letters = v.iter().any(u8::is_ascii_alphabetic);
    let others = v.iter().any(|b| !b.is_ascii_alphabetic());
    letters && others && entropy(v) >= 3.0
}

/// Decode base64 (standard or URL alphabet, padding optional).
pub fn base64_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in s {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// A JWT whose header decodes to a JSON object naming its algorithm.
pub fn jwt_ok(v: &[u8]) -> bool {
    let header = v.split(|b| *b == b'.').next().unwrap_or_default();
    base64_decode(header)
        .is_some_and(|h| h.first() == Some(&b'{') && memchr::memmem::find(&h, b"\"alg\"").is_some())
}

/// The base64 prefix of an OpenSSH private key whose cipher is `none`.
const OPENSSH_UNENCRYPTED: &[u8] = b"b3BlbnNzaC1rZXktdjEAAAAABG5vbmU";

/// The body of a PEM block that starts at `after` (just past the header):
/// the base64 characters up to `-----END` (at most 16 KiB on), without
/// headers and whitespace. Returns the body and whether a
/// `Proc-Type: 4,ENCRYPTED` header was seen; `None` when there is no real
/// body (a header quoted in code or documentation).
pub fn pem_body(after: &[u8]) -> Option<(Vec<u8>, bool)> {
    let window = &after[..after.len().min(16 << 10)];
    let end = memchr::memmem::find(window, b"-----END").unwrap_or(window.len());
    let block = &window[..end];
    let mut body = Vec::with_capacity(block.len());
    let mut encrypted = false;
    for line in block.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.contains(&b':') {
            encrypted |= memchr::memmem::find(line, b"ENCRYPTED").is_some();
            continue; // RFC 1421 headers: Proc-Type, DEK-Info, Version, Comment
        }
        for &b in line {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'=' => body.push(b),
                b' ' | b'\t' => {}
                _ => return None, // not a PEM body (a quoted header in code)
            }
        }
    }
    (body.len() >= 64).then_some((body, encrypted))
}

/// Whether a PEM key is encrypted, from its type words, headers and body.
pub fn pem_encrypted(kind: &[u8], headers_encrypted: bool, body: &[u8]) -> bool {
    headers_encrypted
        || memchr::memmem::find(kind, b"ENCRYPTED").is_some()
        || (kind == b"OPENSSH " && !body.starts_with(OPENSSH_UNENCRYPTED))
}

/// Words in an environment variable name that make a literal value a secret
/// (stricter than the redaction list: `GPG_KEY`-style public values are not flagged).
const ENV_SECRET_WORDS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "SECRET",
    "TOKEN",
    "API_KEY",
    "APIKEY",
    "ACCESS_KEY",
    "PRIVATE_KEY",
    "CLIENT_SECRET",
    "CONNECTION_STRING",
];

/// Names that contain a secret word but hold no secret.
const ENV_SAFE_SUFFIXES: &[&str] = &["_FILE", "_PATH", "_DIR", "_URL_FILE", "_LENGTH", "_NAME"];

/// Whether env `name=value` holds a literal secret by its name.
pub fn env_secret(name: &str, value: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    ENV_SECRET_WORDS.iter().any(|w| upper.contains(w))
        && !ENV_SAFE_SUFFIXES.iter().any(|s| upper.ends_with(s))
        && value.len() >= 6
        && !is_placeholder(value.as_bytes())
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "none" | "null" | "disabled" | "enabled"
        )
        && !value.starts_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_ids_unique_and_kebab() {
        let mut ids: Vec<&str> = BUILTIN.iter().map(|r| r.id).collect();
        ids.push(ENV_SECRET.id);
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule id");
        for id in ids {
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id}"
            );
        }
        for r in BUILTIN {
            assert!(!r.keywords.is_empty() || !r.files.is_empty(), "{}", r.id);
        }
    }

    #[test]
    fn generic_gate() {
        assert!(generic_ok(b"Tr0ub4dor&3x"));
        assert!(generic_ok(b"q7Vz2kP9wLm4"));
        assert!(!generic_ok(b"self.password"));
        assert!(!generic_ok(b"${DB_PASSWORD}"));
        assert!(!generic_ok(b"changeme123"));
        assert!(!generic_ok(b"/run/secrets/db"));
        assert!(!generic_ok(b"PASSWORD_MIN_LENGTH"));
        assert!(!generic_ok(b"get_password"));
        assert!(!generic_ok(b"aaaaaaaa1"));
    }

    #[test]
    fn env_names() {
        assert!(env_secret("DB_PASSWORD", "s3cr3t-v4lue"));
        assert!(!env_secret("DB_PASSWORD_FILE", "/run/secrets/db"));
        assert!(!env_secret(
            "GPG_KEY",
            "A035C8C19219BA821ECEA86B64E628F8D684696D"
        ));
        assert!(!env_secret("API_TOKEN", "${TOKEN}"));
        assert!(!env_secret("PATH", "/usr/bin:/bin"));
    }
}
