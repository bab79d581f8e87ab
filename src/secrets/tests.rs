//! Per-rule positive and negative samples. Fake tokens are built by
//! concatenation at run time so no real-looking secret is a literal in the
//! repository; assertions compare rule ids and counts, never print values.

use super::*;

/// A deterministic pseudo-random string over `alphabet` (not a real secret).
fn filler(seed: u64, n: usize, alphabet: &[u8]) -> String {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % alphabet.len() as u64) as usize] as char
        })
        .collect()
}

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const HEX: &[u8] = b"0123456789abcdef";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Rule ids found in `text` scanned as the file `path`.
fn found_in(cs: &CompiledSecrets, path: &str, text: &str) -> Vec<String> {
    let mut s = Scanner::new(cs);
    if !s.begin_file(path, text.len() as u64) {
        return Vec::new();
    }
    s.feed(text.as_bytes());
    s.finish()
        .into_iter()
        .map(|h| cs.rules[h.rule].id.clone())
        .collect()
}

fn rules_of(text: &str) -> Vec<String> {
    found_in(&CompiledSecrets::builtin(), "app/config.txt", text)
}

fn assert_rule(text: &str, rule: &str) {
    let got = rules_of(text);
    assert!(
        got.iter().any(|r| r == rule),
        "rule {rule} did not fire (found: {got:?})"
    );
}

fn assert_none(text: &str, what: &str) {
    let got = rules_of(text);
    assert!(got.is_empty(), "{what}: unexpected findings {got:?}");
}

fn pem(kind: &str, body_seed: u64, headers: &str, body_prefix: &str) -> String {
    let body = format!("{body_prefix}{}", filler(body_seed, 256, B64));
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect();
    let dashes = "-----";
    format!(
        "{dashes}BEGIN {kind}{dashes}\n{headers}{}\n{dashes}END {kind}{dashes}\n",
        lines.join("\n")
    )
}

#[test]
fn token_rules_positive() {
    let cases: Vec<(String, &str)> = vec![
        (
            format!("key = {}{}\n", "AKIA", filler(1, 16, UPPER32)),
            "aws-access-key-id",
        ),
        (
            format!(
                "aws_secret_access_key = {}\n",
                filler(2, 40, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
            ),
            "aws-secret-access-key",
        ),
        (
            format!(
                "{{\"type\": \"service_account\", \"private_key_id\": \"{}\"}}",
                filler(3, 40, HEX)
            ),
            "gcp-service-account-key",
        ),
        (
            format!(
                "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={}==;EndpointSuffix=core.windows.net",
                filler(4, 86, B64)
            ),
            "azure-storage-account-key",
        ),
        (
            format!(
                "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=r&se=2030-01-01&{}={}%3D",
                "sig",
                filler(5, 44, ALNUM)
            ),
            "azure-sas-token",
        ),
        (
            format!(
                "client_secret: {}{}{}\n",
                filler(6, 3, ALNUM),
                "8Q~",
                filler(7, 34, ALNUM)
            ),
            "azure-ad-client-secret",
        ),
        (format!("t={}{}", "ghp_", filler(8, 36, ALNUM)), "github-pat"),
        (
            format!("t={}{}", "github_pat_", filler(9, 82, ALNUM)),
            "github-fine-grained-pat",
        ),
        (
            format!("t={}{}", "gho_", filler(10, 36, ALNUM)),
            "github-oauth-token",
        ),
        (
            format!("t={}{}", "ghs_", filler(11, 36, ALNUM)),
            "github-app-token",
        ),
        (
            format!("refresh_token={}{}", "ghr_", filler(12, 76, ALNUM)),
            "github-refresh-token",
        ),
        (
            format!("t={}{}", "glpat-", filler(13, 20, ALNUM)),
            "gitlab-pat",
        ),
        (
            format!("SLACK={}{}-{}", "xoxb-", "1234567890", filler(14, 24, ALNUM)),
            "slack-token",
        ),
        (
            format!(
                "url: https://hooks.slack.com/services/T{}/B{}/{}",
                filler(15, 8, UPPER32),
                filler(16, 8, UPPER32),
                filler(17, 24, ALNUM)
            ),
            "slack-webhook-url",
        ),
        (
            format!("stripe: {}{}", "sk_live_", filler(18, 24, ALNUM)),
            "stripe-secret-key",
        ),
        (
            format!("TWILIO_API_KEY={}{}", "SK", filler(19, 32, HEX)),
            "twilio-api-key",
        ),
        (
            format!("twilio_auth_token = {}", filler(20, 32, HEX)),
            "twilio-auth-token",
        ),
        (
            format!(
                "SENDGRID_API_KEY={}{}.{}",
                "SG.",
                filler(21, 22, ALNUM),
                filler(22, 43, ALNUM)
            ),
            "sendgrid-api-key",
        ),
        (
            format!("token={}{}", "npm_", filler(23, 36, ALNUM)),
            "npm-access-token",
        ),
        (
            format!(
                "//registry.example.org/:_authToken={}\n",
                filler(24, 30, ALNUM)
            ),
            "npmrc-auth",
        ),
        (
            format!(
                "password = {}{}\n",
                "pypi-AgEIcHlwaS5vcmc",
                filler(25, 60, ALNUM)
            ),
            "pypi-token",
        ),
        (
            format!(
                "{{\"auths\": {{\"registry.local\": {{\"auth\": \"{}\"}}}}}}",
                filler(26, 24, ALNUM)
            ),
            "docker-config-auth",
        ),
        (pem("RSA PRIVATE KEY", 27, "", ""), "private-key"),
        (pem("PRIVATE KEY", 28, "", ""), "private-key"),
        (pem("EC PRIVATE KEY", 29, "", ""), "private-key"),
        (pem("DSA PRIVATE KEY", 30, "", ""), "private-key"),
        (
            pem("OPENSSH PRIVATE KEY", 31, "", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU"),
            "private-key",
        ),
        (
            pem("PGP PRIVATE KEY BLOCK", 32, "Version: test\n\n", ""),
            "private-key",
        ),
        (
            pem("ENCRYPTED PRIVATE KEY", 33, "", ""),
            "private-key-encrypted",
        ),
        (
            pem(
                "RSA PRIVATE KEY",
                34,
                "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n",
                "",
            ),
            "private-key-encrypted",
        ),
        (
            pem(
                "OPENSSH PRIVATE KEY",
                35,
                "",
                "b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHI",
            ),
            "private-key-encrypted",
        ),
        (
            format!(
                "users:\n- name: u\n  user:\n    client-key-data: {}\n",
                filler(36, 60, B64)
            ),
            "kubeconfig-client-key",
        ),
        (
            format!(
                "apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    token: {}\n",
                filler(37, 40, ALNUM)
            ),
            "kubeconfig-token",
        ),
        (
            format!(
                "Authorization: Bearer {}{}.{}{}.{}",
                "eyJhbGci",
                "OiJIUzI1NiIsInR5cCI6IkpXVCJ9",
                "eyJ",
                "zdWIiOiIxMjM0NTY3ODkwIn0",
                filler(38, 43, ALNUM)
            ),
            "jwt",
        ),
        (
            format!(
                "machine example.net login deploy password {}\n",
                filler(39, 16, ALNUM)
            ),
            "netrc-password",
        ),
        (
            format!(
                "DATABASE_URL=postgres://app:{}@db.internal:5432/app",
                filler(40, 16, ALNUM)
            ),
            "url-credentials",
        ),
        (
            format!("db_password = \"{}\"\n", filler(41, 14, ALNUM)),
            "generic-secret",
        ),
        (
            format!("API_KEY: {}\n", filler(42, 24, ALNUM)),
            "generic-secret",
        ),
    ];
    for (text, rule) in &cases {
        assert_rule(text, rule);
    }
}

#[test]
fn token_rules_negative() {
    let negatives: Vec<(String, &str)> = vec![
        (
            format!("key = {}{}\n", "AKIA", "IOSFODNN7EXAMPLE"),
            "AWS documentation key",
        ),
        (
            format!("t={}{}", "ghp_", filler(8, 20, ALNUM)),
            "short GitHub token",
        ),
        (
            "if line == \"-----BEGIN RSA PRIVATE KEY-----\":\n    pass\n".to_string(),
            "PEM header quoted in code",
        ),
        (
            "# generate a private key with: openssl genrsa\n".to_string(),
            "prose about private keys",
        ),
        ("password = self.password\n".to_string(), "attribute access"),
        ("password = ${DB_PASSWORD}\n".to_string(), "placeholder"),
        ("password: changeme123\n".to_string(), "stop-word"),
        ("password_file = /run/secrets/db\n".to_string(), "a path"),
        (
            "PASSWORD_MIN_LENGTH = 12\napi_key = get_api_key()\n".to_string(),
            "names and calls",
        ),
        (
            "token: abc\nkind: Pod\n".to_string(),
            "kubeconfig-like without kind: Config",
        ),
        (
            format!("{}.{}.{}", "eyJhbGci", "notbase64!!", "x"),
            "not a JWT",
        ),
        (
            "see https://user:password@example.com/ and postgres://user:pass@localhost/db\n"
                .to_string(),
            "documentation URLs",
        ),
        (
            format!("id = {}{}", "SK", filler(19, 32, HEX)),
            "SK hex without twilio context",
        ),
    ];
    for (text, what) in &negatives {
        assert_none(text, what);
    }
}

#[test]
fn git_credentials_by_file_name() {
    let cs = CompiledSecrets::builtin();
    let text = format!("https://deploy:{}@git.example.org\n", filler(50, 20, ALNUM));
    let got = found_in(&cs, "root/.git-credentials", &text);
    assert_eq!(got, vec!["git-credentials".to_string()]);
    let netrc = format!(
        "machine git.example.org\n  login deploy\n  password {}\n",
        filler(51, 18, ALNUM)
    );
    assert!(found_in(&cs, "root/.netrc", &netrc).contains(&"netrc-password".to_string()));
}

#[test]
fn value_never_in_hit_and_fingerprint_matches() {
    let cs = CompiledSecrets::builtin();
    let token = format!("{}{}", "ghp_", filler(60, 36, ALNUM));
    let mut s = Scanner::new(&cs);
    assert!(s.begin_file("app/.env", 100));
    s.feed(format!("A=1\nGITHUB_TOKEN={token}\n").as_bytes());
    let hits = s.finish();
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.line, 2);
    assert!(h.fingerprint == crate::redact::fingerprint(token.as_bytes()));
    assert!(!h.preview.contains(&token) && !h.fingerprint.contains(&token));
    assert!(h.preview.starts_with("ghp_") && h.preview.ends_with("(40 chars)"));
}

#[test]
fn streaming_across_chunks_reports_once_with_line() {
    let cs = CompiledSecrets::builtin();
    let token = format!("{}{}", "glpat-", filler(61, 20, ALNUM));
    // Place tokens around every chunk boundary region, fed in odd pieces.
    let mut text = String::new();
    let mut expect_lines = Vec::new();
    let mut line = 1u32;
    while text.len() < 3 * scanner::CHUNK {
        let filler_line = "the quick brown fox jumps over the lazy dog 0123456789\n";
        for _ in 0..997 {
            text.push_str(filler_line);
            line += 1;
        }
        text.push_str(&format!("token={token}\n"));
        expect_lines.push(line);
        line += 1;
    }
    let mut s = Scanner::new(&cs);
    assert!(s.begin_file("app/big.txt", text.len() as u64));
    for piece in text.as_bytes().chunks(4093) {
        s.feed(piece);
    }
    let hits = s.finish();
    let lines: Vec<u32> = hits.iter().map(|h| h.line).collect();
    assert_eq!(lines, expect_lines);
}

#[test]
fn binary_and_skipped_paths() {
    let cs = CompiledSecrets::builtin();
    let token = format!("{}{}", "ghp_", filler(62, 36, ALNUM));
    let mut bin = vec![0x7f, b'E', b'L', b'F', 0, 0];
    bin.extend_from_slice(token.as_bytes());
    let mut s = Scanner::new(&cs);
    assert!(s.begin_file("usr/bin/x", bin.len() as u64));
    s.feed(&bin);
    assert!(s.finish().is_empty());
    assert!(!s.begin_file("usr/share/doc/x/README", 10));
    assert!(!s.begin_file("app/x.png", 10));
    assert!(!s.begin_file("app/huge.log", scanner::MAX_FILE + 1));
}

#[test]
fn config_compile_errors_and_policy() {
    let cfg = SecretsConfig {
        disabled_rules: vec!["jwt".into(), "no-such-rule".into()],
        allow_paths: vec!["/app/tests/**".into(), "a[".into()],
        allow_fingerprints: vec!["sha256:xyz".into()],
        custom_rules: vec![
            CustomRule {
                id: "acme-key".into(),
                title: "ACME key".into(),
                severity: Severity::High,
                regex: r"acme_(?P<secret>[a-z0-9]{16})".into(),
                keywords: vec!["acme_".into()],
            },
            CustomRule {
                id: "Bad Id".into(),
                title: "".into(),
                severity: Severity::Low,
                regex: "abc(".into(),
                keywords: vec![],
            },
        ],
    };
    let errs = cfg.compile().err().unwrap_or_default();
    let fields: Vec<(Option<usize>, &str)> = errs.iter().map(|e| (e.rule_index, e.field)).collect();
    assert_eq!(
        fields,
        vec![
            (Some(1), "disabled_rules"),
            (Some(1), "id"),
            (Some(1), "title"),
            (Some(1), "keywords"),
            (Some(1), "regex"),
            (Some(1), "allow_paths"),
            (Some(0), "allow_fingerprints"),
        ]
    );
    let regex_err = &errs[4].message;
    assert!(
        regex_err.contains("abc(") && regex_err.contains('^'),
        "{regex_err}"
    );

    let token = format!(
        "acme_{}",
        filler(70, 16, b"abcdefghijklmnopqrstuvwxyz0123456789")
    );
    let ok = SecretsConfig {
        disabled_rules: vec!["jwt".into()],
        allow_paths: vec!["/app/tests/**".into()],
        allow_fingerprints: vec![],
        custom_rules: vec![cfg.custom_rules[0].clone()],
    };
    let cs = ok.compile().unwrap_or_else(|_| unreachable!());
    assert_eq!(
        found_in(&cs, "app/x.conf", &format!("k={token}")),
        vec!["acme-key".to_string()]
    );
    assert!(found_in(&cs, "app/tests/fixtures/x.conf", &format!("k={token}")).is_empty());
    let fp = crate::redact::fingerprint(&token.as_bytes()[5..]);
    let allowed = SecretsConfig {
        allow_fingerprints: vec![fp],
        ..ok.clone()
    }
    .compile()
    .unwrap_or_else(|_| unreachable!());
    assert!(found_in(&allowed, "app/x.conf", &format!("k={token}")).is_empty());
}

#[test]
fn keywords_stay_few() {
    // The prefilter stays on Teddy (at most 32 patterns: Slim Teddy) for speed.
    assert!(CompiledSecrets::builtin().keyword_count() <= 32);
}
