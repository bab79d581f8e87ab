//! The built-in secret rules, written from each provider's documented token
//! format: an id, a title, a severity, a regex whose `secret` group is the
//! value, and a [`Check`] the value must pass. Every rule's literal prefixes
//! (`ghp_`, `AKIA`, `glpat-`, …) are what the scanner's keyword prefilter
//! searches for: they are derived from the regex (see
//! [`super::CompiledSecrets`]); rules whose regex has no literal prefix (a
//! provider name before an assignment, a file structure) list their keywords,
//! every one of which occurs in any match.
//!
//! Every value passes a plausibility gate before it is a finding (see
//! [`token_ok`]): placeholders (`${X}`, `<token>`), documentation values
//! (`EXAMPLE`, `xxxx`, `your_…`, `changeme`), runs of one character and
//! low-entropy values are rejected, for every rule.
//!
//! Patterns are compiled as byte regexes with Unicode off (`\s`, `\w`, `\b`
//! are ASCII), so any file content can be searched. The peers' rule lists
//! (gitleaks, Trivy) say which providers to cover; the mapping of their rule
//! ids to ours is in `docs/secrets.md`.

/// How bad a leaked secret is: the one severity scale of findings
/// ([`crate::severity::Level`], never `unknown` for a rule), by the name
/// the secret scanner has always used.
pub use crate::severity::Level as Severity;

/// The test a regex match must pass before it is a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// A provider token: [`token_ok`] (no placeholder or documentation
    /// value, no run of one character, entropy for its length).
    Token,
    /// A GitHub-format token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `npm_`): the
    /// last 6 characters are the base62 CRC32 of the 30 before them, as
    /// GitHub and npm document; plus [`token_ok`].
    Crc32,
    /// Generic assignments: no placeholders, variables, code, URLs or names,
    /// no stop-words, letters and digits/symbols mixed, entropy ≥ 3
    /// bits/char; not in documentation files or comment lines.
    Generic,
    /// A password the user chose (files with a known structure: `.netrc`,
    /// `.pypirc`, git credentials, URLs): not a placeholder or a
    /// documentation value, at least 6 characters, not one repeated character.
    Password,
    /// The first segment must decode (base64url) to a JSON header with
    /// `"alg"`; the value is the token.
    Jwt,
    /// A base64-encoded JWT (`ZXlK…`): it must decode to a [`Check::Jwt`] token.
    JwtBase64,
    /// A PEM private key header followed by a real body (≥ 64 base64
    /// characters); the value is the body. `PemPlain` takes unencrypted keys,
    /// `PemEncrypted` encrypted ones (`ENCRYPTED` in the type, a
    /// `Proc-Type: 4,ENCRYPTED` header, or an OpenSSH key whose cipher is
    /// not `none`).
    PemPlain,
    PemEncrypted,
    /// A PuTTY private key file (`PuTTY-User-Key-File-2/3`) with its private
    /// lines; encrypted or not.
    Putty,
    /// An env-file line: the variable's name (group `name`) must name a
    /// secret (see [`env_secret`]).
    EnvName,
    /// A value in the `data:` (base64) or `stringData:` block of a
    /// Kubernetes `kind: Secret` manifest; the value is the decoded secret.
    K8sSecret,
    /// A Docker `auth` value: base64 of `user:password` whose password is
    /// not a placeholder; the value is the base64 text.
    DockerAuth,
    /// A policy's own rule: the match is the finding unless it is a
    /// placeholder (`${X}`, `<token>`, `EXAMPLE`, `xxxx`, …).
    Custom,
}

impl Check {
    /// Whether the rule's matches in documentation files (and, for the
    /// generic rule and JWTs, on comment lines) are examples, not findings:
    /// the generic rule, JWTs and env-file lines (docs, READMEs and
    /// `.env.example` files are full of sample values). Provider tokens are findings
    /// anywhere: a real `ghp_` token in a README is a leak.
    pub fn documentation_examples(self) -> bool {
        matches!(
            self,
            Check::Generic | Check::Jwt | Check::JwtBase64 | Check::EnvName
        )
    }
}

/// One built-in rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    /// Keywords (ASCII case-insensitive) for rules whose regex has no literal
    /// prefix: one of them occurs in every match. Empty: derived from the
    /// regex's literal prefixes.
    pub keywords: &'static [&'static str],
    /// File names where the regex always runs: an exact last path component
    /// (`.netrc`), `*.tfvars` (a suffix) or `.env.*` (a prefix).
    pub files: &'static [&'static str],
    pub regex: &'static str,
    pub check: Check,
    /// The keywords are context, not part of the match: the regex runs over
    /// the whole chunk, not only around each keyword.
    pub context: bool,
}

impl Rule {
    const fn context(self) -> Rule {
        Rule {
            context: true,
            ..self
        }
    }

    const fn keywords(self, keywords: &'static [&'static str]) -> Rule {
        Rule { keywords, ..self }
    }

    const fn files(self, files: &'static [&'static str]) -> Rule {
        Rule { files, ..self }
    }

    const fn check(self, check: Check) -> Rule {
        Rule { check, ..self }
    }
}

/// A token rule: found by its literal prefix, gated by [`token_ok`].
const fn rule(
    id: &'static str,
    title: &'static str,
    severity: Severity,
    regex: &'static str,
) -> Rule {
    Rule {
        id,
        title,
        severity,
        keywords: &[],
        files: &[],
        regex,
        check: Check::Token,
        context: false,
    }
}

/// A value assigned to a name that names the provider (`HEROKU_API_KEY =
/// "…"`, `"datadog_key": "…"`, `twilio.auth_token: …`): the names (a regex
/// alternation, matched case-insensitively), up to 30 name characters, a
/// quote, an assignment (`=`, `:`, `:=`, `=>`, `?=`, `,`), a quote and the
/// value, all on one line, the value ending at a character that cannot
/// continue it.
macro_rules! named {
    ($names:literal, $value:literal) => {
        concat!(
            r#"(?i:"#,
            $names,
            r#")[\w.-]{0,30}?[ \t]*["']?[ \t]*(?:=|:=|::?|=>|\?=|,)[ \t]*[`"']?(?P<secret>"#,
            $value,
            r#")(?:[^\w.+/=-]|$)"#
        )
    };
}

/// A token with a literal prefix: not preceded by a token character, not
/// followed by one.
macro_rules! token {
    ($value:literal) => {
        concat!(
            r#"(?:^|[^\w.+/-])(?P<secret>"#,
            $value,
            r#")(?:[^\w+/-]|$)"#
        )
    };
}

use Severity::{Critical, High, Low, Medium};

/// The PEM private key header; the checks read the body that follows.
const PEM_HEADER: &str = r"-----BEGIN (?P<kind>(?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----";

/// Every built-in rule. Order matters where two rules match the same value:
/// the first one wins (specific token formats come before generic ones).
pub const BUILTIN: &[Rule] = &[
    // ---------------------------------------------------------------- cloud
    rule(
        "aws-access-key-id",
        "AWS access key ID",
        High,
        token!(r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"),
    ),
    rule(
        "aws-secret-access-key",
        "AWS secret access key",
        Critical,
        r#"(?i:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)["']?[ \t]*(?:[:=]|=>|:=)[ \t]*["']?(?P<secret>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"#,
    )
    .keywords(&["secret_access", "secretaccess", "secret-access", "secret.access", "aws_secret", "aws-secret", "awssecret", "aws.secret"]),
    rule(
        "gcp-service-account-key",
        "GCP service account key (JSON key file)",
        Critical,
        r#""private_key_id"\s*:\s*"(?P<secret>[0-9a-f]{40})""#,
    ),
    rule(
        "gcp-api-key",
        "Google (GCP) API key",
        Medium,
        token!(r"AIza[0-9A-Za-z_-]{35}"),
    ),
    rule(
        "azure-storage-account-key",
        "Azure storage account key or connection string",
        Critical,
        r#"(?i:AccountKey=|(?:storage|account)[_-]?(?:access[_-]?)?key["']?[ \t]*[:=][ \t]*["']?)(?P<secret>[A-Za-z0-9+/]{86}==)"#,
    )
    .keywords(&[
        "accountkey",
        "account_key",
        "account-key",
        "account_access",
        "account-access",
        "accountaccess",
        "storagekey",
        "storage_key",
        "storage-key",
        "storage_access",
        "storage-access",
        "storageaccess",
    ]),
    rule(
        "azure-sas-token",
        "Azure shared access signature (SAS) token",
        High,
        r#"\bsv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,512}?\bsig=(?P<secret>[A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})"#,
    ),
    rule(
        "azure-ad-client-secret",
        "Azure AD (Entra ID) client secret",
        High,
        r"(?:^|[^A-Za-z0-9_~.-])(?P<secret>[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|$)",
    )
    .keywords(&["q~"]),
    rule(
        "alibaba-access-key-id",
        "Alibaba Cloud AccessKey ID",
        High,
        token!(r"LTAI[A-Za-z0-9]{12,20}"),
    ),
    rule(
        "alibaba-secret-key",
        "Alibaba Cloud AccessKey secret",
        High,
        named!("alibaba|aliyun", r"[A-Za-z0-9]{30}"),
    )
    .keywords(&["alibaba", "aliyun"]),
    rule(
        "digitalocean-token",
        "DigitalOcean personal access, OAuth or refresh token",
        Critical,
        token!(r"do[opr]_v1_[a-f0-9]{64}"),
    ),
    rule(
        "yandex-api-key",
        "Yandex Cloud API key",
        High,
        token!(r"AQVN[A-Za-z0-9_-]{35,38}"),
    ),
    rule(
        "yandex-credential",
        "Yandex Cloud IAM token or static access key",
        High,
        named!("yandex", r"t1\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]{86}={0,2}|YC[A-Za-z0-9_-]{38}"),
    )
    .keywords(&["yandex"]),
    rule(
        "heroku-api-key",
        "Heroku API key",
        High,
        token!(r"HRKU-AA[0-9A-Za-z_-]{58}"),
    ),
    rule(
        "heroku-api-key-legacy",
        "Heroku API key (UUID, assigned to a heroku setting)",
        High,
        named!("heroku", r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
    )
    .keywords(&["heroku"]),
    rule(
        "cloudflare-api-key",
        "Cloudflare API token or global API key",
        High,
        named!("cloudflare|cf_api", r"[A-Za-z0-9_-]{40}|[a-f0-9]{37}"),
    )
    .keywords(&["cloudflare", "cf_api"]),
    rule(
        "cloudflare-origin-ca-key",
        "Cloudflare Origin CA key",
        High,
        token!(r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}"),
    ),
    rule(
        "flyio-token",
        "Fly.io access token",
        High,
        token!(r"fo1_[\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3}"),
    ),
    rule(
        "scalingo-api-token",
        "Scalingo API token",
        High,
        token!(r"tk-us-[\w-]{48}"),
    ),
    rule(
        "vault-token",
        "HashiCorp Vault service or batch token",
        Critical,
        token!(r"hvs\.[\w-]{90,120}|hvb\.[\w-]{138,300}"),
    ),
    rule(
        "vault-token-legacy",
        "HashiCorp Vault token (legacy s., assigned to a vault setting)",
        High,
        named!("vault", r"s\.[A-Za-z0-9]{24}"),
    )
    .keywords(&["vault"]),
    rule(
        "terraform-cloud-token",
        "HashiCorp Terraform Cloud/Enterprise API token",
        Critical,
        r"(?:^|[^A-Za-z0-9])(?P<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?:[^\w=-]|$)",
    )
    .keywords(&["atlasv1"]),
    rule(
        "openshift-user-token",
        "OpenShift user token",
        High,
        r"(?:^|[^\w~-])(?P<secret>sha256~[\w-]{43})(?:[^\w-]|$)",
    ),
    rule("pulumi-api-token", "Pulumi access token", High, token!(r"pul-[a-f0-9]{40}")),
    rule(
        "doppler-token",
        "Doppler token (personal, service, service account, CLI, SCIM, audit)",
        High,
        token!(r"dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,32}\.)?[A-Za-z0-9]{40,44}"),
    ),
    rule("infracost-api-token", "Infracost API token", Medium, token!(r"ico-[A-Za-z0-9]{32}")),
    rule(
        "databricks-api-token",
        "Databricks personal access token",
        High,
        token!(r"dapi[a-f0-9]{32}(?:-\d)?"),
    ),
    rule(
        "planetscale-token",
        "PlanetScale API token, OAuth token or password",
        High,
        token!(r"pscale_(?:tkn|oauth|pw)_[\w=.-]{32,64}"),
    ),
    rule(
        "netlify-access-token",
        "Netlify access token",
        High,
        named!("netlify", r"[A-Za-z0-9_=-]{40,46}"),
    )
    .keywords(&["netlify"]),
    rule(
        "clickhouse-cloud-api-secret",
        "ClickHouse Cloud API secret key",
        High,
        token!(r"4b1d[A-Za-z0-9]{38}"),
    ),
    rule(
        "confluent-api-key",
        "Confluent Cloud API key or secret",
        High,
        named!("confluent", r"[A-Za-z0-9+/]{64}|[A-Za-z0-9]{16}"),
    )
    .keywords(&["confluent"]),
    rule(
        "defined-networking-api-token",
        "Defined Networking API token",
        High,
        token!(r"dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52}"),
    ),
    rule(
        "age-secret-key",
        "age encryption secret key",
        Critical,
        token!(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
    ),
    rule(
        "onepassword-secret-key",
        "1Password account secret key",
        Critical,
        token!(r"A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}"),
    )
    .keywords(&["a3-"]),
    rule(
        "onepassword-service-account-token",
        "1Password service account token",
        Critical,
        token!(r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}"),
    ),
    // ------------------------------------------------ source hosting and CI
    rule(
        "github-pat",
        "GitHub personal access token (classic)",
        Critical,
        token!(r"ghp_[A-Za-z0-9]{36}"),
    )
    .check(Check::Crc32),
    rule(
        "github-fine-grained-pat",
        "GitHub fine-grained personal access token",
        Critical,
        token!(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    ),
    rule(
        "github-oauth-token",
        "GitHub OAuth access token",
        Critical,
        token!(r"gho_[A-Za-z0-9]{36}"),
    )
    .check(Check::Crc32),
    rule(
        "github-app-token",
        "GitHub App user-to-server or installation token",
        Critical,
        token!(r"gh[us]_[A-Za-z0-9]{36}"),
    )
    .check(Check::Crc32),
    rule(
        "github-refresh-token",
        "GitHub refresh token",
        Critical,
        token!(r"ghr_[A-Za-z0-9]{36,76}"),
    ),
    rule(
        "gitlab-pat",
        "GitLab personal, project or group access token",
        Critical,
        token!(r"glpat-[\w-]{20}|glpat-[\w-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}"),
    ),
    rule(
        "gitlab-runner-token",
        "GitLab runner authentication or registration token",
        Critical,
        token!(r"glrt-[\w-]{20}|glrt-t\d_[\w-]{27,300}\.[0-9a-z]{2}[0-9a-z]{7}|GR1348941[\w-]{20}"),
    ),
    rule(
        "gitlab-token",
        "GitLab token (deploy, CI job, trigger, feed, mail, agent, OAuth app, SCIM, feature flag)",
        Critical,
        token!(
            r"gldt-[\w-]{20}|glcbt-[0-9a-zA-Z]{1,5}_[\w-]{20}|glptt-[0-9a-f]{40}|glft-[\w-]{20}|glimt-[\w-]{25}|glagent-[\w-]{50}|gloas-[\w-]{64}|glsoat-[\w-]{20}|glffct-[\w-]{20}"
        ),
    ),
    rule(
        "gitlab-session-cookie",
        "GitLab session cookie",
        High,
        r"_gitlab_session=(?P<secret>[0-9a-z]{32})(?:[^0-9a-z]|$)",
    ),
    rule(
        "atlassian-api-token",
        "Atlassian (Jira, Confluence, Bitbucket) API token or app password",
        High,
        token!(r"ATATT3[A-Za-z0-9_=-]{186}|ATBB[A-Za-z0-9_=.-]{28,40}"),
    ),
    rule(
        "atlassian-api-token-legacy",
        "Atlassian API token (24 characters, assigned to an atlassian/jira/confluence setting)",
        High,
        named!("atlassian|confluence|jira", r"[A-Za-z0-9]{24}"),
    )
    .keywords(&["atlassian", "confluence", "jira"]),
    rule(
        "bitbucket-client-secret",
        "Bitbucket OAuth client secret",
        High,
        named!("bitbucket", r"[A-Za-z0-9=_-]{64}|[A-Za-z0-9]{32}"),
    )
    .keywords(&["bitbucket"]),
    rule(
        "circleci-token",
        "CircleCI personal or project API token",
        High,
        token!(r"CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}"),
    ),
    rule(
        "circleci-token-legacy",
        "CircleCI API token (40 hex, assigned to a circle setting)",
        High,
        named!("circle", r"[a-f0-9]{40}"),
    )
    .keywords(&["circle"]),
    rule(
        "jfrog-api-key",
        "JFrog Artifactory API key or reference token",
        High,
        token!(r"AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59}"),
    ),
    rule(
        "jfrog-identity-token",
        "JFrog identity token or API key (assigned to a jfrog/artifactory setting)",
        High,
        named!("jfrog|artifactory|bintray|xray", r"[A-Za-z0-9]{73}|[A-Za-z0-9]{64}"),
    )
    .keywords(&["jfrog", "artifactory", "bintray", "xray"]),
    rule(
        "npm-access-token",
        "npm access token",
        Critical,
        token!(r"npm_[A-Za-z0-9]{36}"),
    )
    .check(Check::Crc32),
    rule(
        "npmrc-auth",
        "npm registry credentials (.npmrc _authToken/_auth/_password)",
        High,
        r#"(?i:_authToken|:_auth|:_password)[ \t]*=[ \t]*["']?(?P<secret>[^\s"']{8,})"#,
    )
    .keywords(&["_authtoken", ":_auth", ":_password"])
    .check(Check::Password),
    rule(
        "pypi-token",
        "PyPI API token",
        Critical,
        r"(?:^|[^\w-])(?P<secret>pypi-AgEIcHlwaS5vcmc[\w-]{50,1000})",
    ),
    rule(
        "pypirc-password",
        "PyPI credentials (.pypirc password)",
        High,
        r"(?m)^[ \t]*password[ \t]*[:=][ \t]*(?P<secret>[^\s]+)",
    )
    .files(&[".pypirc"])
    .check(Check::Password)
    .context(),
    rule(
        "rubygems-api-token",
        "RubyGems API key",
        Critical,
        token!(r"rubygems_[a-f0-9]{48}"),
    ),
    rule(
        "nuget-api-key",
        "NuGet.org API key",
        High,
        r"(?:^|[^\w])(?P<secret>oy2[a-z0-9]{43})(?:[^\w]|$)",
    )
    .keywords(&["oy2"]),
    rule(
        "nuget-config-password",
        "NuGet package source password (nuget.config)",
        High,
        r#"(?i)<add\s+key="(?:ClearText)?Password"\s+value="(?P<secret>[^"]{8,})"\s*/>"#,
    )
    .keywords(&["password"])
    .check(Check::Password),
    rule(
        "docker-hub-token",
        "Docker Hub personal or organization access token",
        High,
        token!(r"dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}"),
    ),
    rule(
        "docker-config-auth",
        "Docker registry credentials (config.json auths)",
        High,
        r#""(?:auth|identitytoken)"\s*:\s*"(?P<secret>[A-Za-z0-9+/=._-]{8,})""#,
    )
    .keywords(&["\"auths\""])
    .check(Check::DockerAuth)
    .context(),
    rule(
        "dockerconfig-secret",
        "Docker config in a Kubernetes/Helm value (.dockerconfigjson, .dockercfg)",
        High,
        r#"(?i)\.(?:dockerconfigjson|dockercfg)["']?[ \t]*:[ \t]*[|>]?[-+]?\s*["']?(?P<secret>e[wy][A-Za-z0-9/+=]{20,})"#,
    )
    .keywords(&[".dockerconfigjson", ".dockercfg"]),
    rule(
        "clojars-api-token",
        "Clojars deploy token",
        High,
        token!(r"CLOJARS_[A-Za-z0-9]{60}"),
    ),
    rule(
        "private-packagist-token",
        "Private Packagist token",
        High,
        token!(r"packagist_[ou][ru]t_[A-Fa-f0-9]{68}"),
    ),
    rule(
        "sonar-token",
        "SonarQube/SonarCloud token",
        High,
        token!(r"sq[pua]_[a-f0-9]{40}"),
    ),
    rule(
        "sonar-token-legacy",
        "SonarQube token (40 characters, assigned to a sonar login/token setting)",
        High,
        named!(r"sonar[_.-]?(?:login|token)", r"[A-Za-z0-9=_-]{40}"),
    )
    .keywords(&["sonar"]),
    rule(
        "snyk-api-token",
        "Snyk API token",
        High,
        named!(r"snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)", r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    )
    .keywords(&["snyk"]),
    rule(
        "travisci-access-token",
        "Travis CI access token",
        High,
        named!("travis", r"[A-Za-z0-9]{22}"),
    )
    .keywords(&["travis"]),
    rule(
        "droneci-access-token",
        "Drone CI access token",
        High,
        named!("drone", r"[A-Za-z0-9]{32}"),
    )
    .keywords(&["drone"]),
    rule(
        "codecov-access-token",
        "Codecov upload or access token",
        Medium,
        named!("codecov", r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9]{32}"),
    )
    .keywords(&["codecov"]),
    rule(
        "octopus-deploy-api-key",
        "Octopus Deploy API key",
        High,
        token!(r"API-[A-Z0-9]{26}"),
    ),
    rule(
        "harness-api-key",
        "Harness personal or service account token",
        High,
        token!(r"(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}"),
    ),
    rule(
        "sourcegraph-access-token",
        "Sourcegraph access token",
        High,
        token!(r"sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}"),
    ),
    rule(
        "postman-api-token",
        "Postman API key",
        High,
        token!(r"PMAK-[A-Fa-f0-9]{24}-[A-Fa-f0-9]{34}"),
    ),
    rule("prefect-api-token", "Prefect API key", High, token!(r"pnu_[A-Za-z0-9]{36}")),
    rule("readme-api-token", "ReadMe API key", Medium, token!(r"rdme_[a-z0-9]{70}")),
    rule("linear-api-key", "Linear API key", High, token!(r"lin_api_[A-Za-z0-9]{40}")),
    rule(
        "linear-client-secret",
        "Linear OAuth client secret",
        Medium,
        named!("linear", r"[a-f0-9]{32}"),
    )
    .keywords(&["linear"]),
    rule(
        "sidekiq-secret",
        "Sidekiq Enterprise/Pro gem source credentials",
        High,
        named!(
            "BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM",
            r"[a-f0-9]{8}:[a-f0-9]{8}"
        ),
    )
    .keywords(&["contribsys__com"]),
    rule(
        "sidekiq-sensitive-url",
        "Sidekiq Enterprise/Pro gem source URL with credentials",
        High,
        r"(?i)\bhttps?://(?P<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?:[/#?:]|$)",
    )
    .keywords(&["contribsys.com"]),
    rule(
        "frameio-api-token",
        "Frame.io API token",
        Medium,
        token!(r"fio-u-[A-Za-z0-9_=-]{64}"),
    ),
    rule(
        "typeform-api-token",
        "Typeform personal access token",
        Medium,
        token!(r"tfp_[A-Za-z0-9_.=-]{59}"),
    ),
    rule(
        "authress-access-key",
        "Authress service client access key",
        High,
        token!(r"(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}"),
    )
    .keywords(&[".acc_", ".acc-"]),
    rule(
        "maxmind-license-key",
        "MaxMind license key",
        Medium,
        r"(?:^|[^\w])(?P<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?:[^\w]|$)",
    )
    .keywords(&["_mmk"]),
    rule(
        "settlemint-token",
        "SettleMint application, personal or service access token",
        High,
        token!(r"sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}"),
    ),
    rule(
        "intra42-client-secret",
        "42 intra API client secret",
        Medium,
        token!(r"s-s4t2(?:ud|af)-[a-f0-9]{64}"),
    ),
    // ------------------------------------------------- chat and messaging
    rule(
        "slack-token",
        "Slack token (bot, user, workspace, configuration, legacy)",
        High,
        token!(r"xox[abeoprs]-[0-9]+-[0-9A-Za-z-]{8,250}|xox[ar]-[0-9A-Za-z]{8,48}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{163,166}|xoxe-\d-[A-Za-z0-9]{146}"),
    ),
    rule(
        "slack-app-token",
        "Slack app-level token",
        High,
        token!(r"xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+"),
    ),
    rule(
        "slack-webhook-url",
        "Slack incoming webhook URL",
        High,
        r"(?:https?://)?(?P<secret>hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,200})",
    ),
    rule(
        "microsoft-teams-webhook",
        "Microsoft Teams incoming webhook URL",
        High,
        r"(?P<secret>https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}@[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9]{8}-(?:[a-z0-9]{4}-){3}[a-z0-9]{12})",
    )
    .keywords(&["webhook.office.com"]),
    rule(
        "discord-token",
        "Discord API key, bot token or client secret",
        High,
        named!(
            "discord",
            r"[a-f0-9]{64}|[MN][A-Za-z0-9]{23,25}\.[\w-]{6}\.[\w-]{27,38}|[A-Za-z0-9=_-]{32}"
        ),
    )
    .keywords(&["discord"]),
    rule(
        "telegram-bot-token",
        "Telegram bot API token",
        High,
        r"(?:^|[^0-9])(?P<secret>[0-9]{5,16}:A[A-Za-z0-9_-]{34})(?:[^\w-]|$)",
    )
    .keywords(&["telegr"])
    .context(),
    rule(
        "twilio-api-key",
        "Twilio API key (SK…, in text that mentions twilio)",
        High,
        r"\b(?P<secret>SK[0-9a-fA-F]{32})\b",
    )
    .keywords(&["twilio"])
    .context(),
    rule(
        "twilio-auth-token",
        "Twilio auth token",
        High,
        r#"(?i)twilio[A-Za-z0-9_.-]{0,20}auth[_-]?token["']?[ \t]*[:=][ \t]*["']?(?P<secret>[0-9a-f]{32})\b"#,
    )
    .keywords(&["twilio"])
    .context(),
    rule(
        "sendgrid-api-key",
        "SendGrid API key",
        Critical,
        token!(r"SG\.[\w-]{22}\.[\w-]{43}"),
    )
    .keywords(&["sg."]),
    rule(
        "sendinblue-api-token",
        "Brevo (Sendinblue) API or SMTP key",
        High,
        token!(r"x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}"),
    ),
    rule(
        "mailgun-api-key",
        "Mailgun private API key or webhook signing key",
        High,
        named!("mailgun", r"key-[a-f0-9]{32}|[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}"),
    )
    .keywords(&["mailgun"]),
    rule(
        "mailchimp-api-key",
        "Mailchimp API key",
        High,
        named!("mailchimp", r"[a-f0-9]{32}-us[0-9]{1,2}"),
    )
    .keywords(&["mailchimp"]),
    rule(
        "mattermost-access-token",
        "Mattermost access token",
        Medium,
        named!("mattermost", r"[a-z0-9]{26}"),
    )
    .keywords(&["mattermost"]),
    rule(
        "messagebird-api-token",
        "MessageBird API key",
        Medium,
        named!(r"message[_-]?bird", r"[A-Za-z0-9]{25}"),
    )
    .keywords(&["messagebird", "message_bird", "message-bird"]),
    rule(
        "sendbird-access-token",
        "Sendbird API token",
        Medium,
        named!("sendbird", r"[a-f0-9]{40}"),
    )
    .keywords(&["sendbird"]),
    rule(
        "intercom-api-key",
        "Intercom access token or client secret",
        Medium,
        named!("intercom", r"[A-Za-z0-9=_-]{60}|dG9rOj[A-Za-z0-9=_-]{50,60}"),
    )
    .keywords(&["intercom"]),
    rule(
        "gitter-access-token",
        "Gitter access token",
        Medium,
        named!("gitter", r"[a-z0-9_-]{40}"),
    )
    .keywords(&["gitter"]),
    rule(
        "zendesk-secret-key",
        "Zendesk API token",
        Medium,
        named!("zendesk", r"[A-Za-z0-9]{40}"),
    )
    .keywords(&["zendesk"]),
    // -------------------------------------------------------------- payment
    rule(
        "stripe-secret-key",
        "Stripe secret or restricted key (live or test)",
        Critical,
        token!(r"[sr]k_(?:live|test|prod)_[0-9A-Za-z]{10,247}"),
    ),
    rule(
        "stripe-webhook-secret",
        "Stripe webhook signing secret",
        High,
        token!(r"whsec_[A-Za-z0-9+/]{32,}={0,2}"),
    ),
    rule(
        "square-access-token",
        "Square access token or OAuth secret",
        Critical,
        token!(r"EAAA[\w-]{22,60}|sq0atp-[\w-]{22}|sq0csp-[\w-]{43}"),
    ),
    rule(
        "shopify-token",
        "Shopify access token, custom/private app token or shared secret",
        Critical,
        token!(r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
    ),
    rule(
        "flutterwave-secret-key",
        "Flutterwave secret or encryption key",
        High,
        token!(r"FLWSECK(?:_TEST)?-[a-hA-H0-9]{32}-X|FLWSECK_TEST-?[a-hA-H0-9]{12}"),
    ),
    rule(
        "gocardless-api-token",
        "GoCardless access token",
        High,
        r"(?:^|[^\w])(?P<secret>(?:live|sandbox)_[A-Za-z0-9_=-]{40})(?:[^\w=-]|$)",
    )
    .keywords(&["gocardless"])
    .context(),
    rule(
        "plaid-api-token",
        "Plaid access token or secret",
        High,
        named!(
            "plaid",
            r"access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9]{30}"
        ),
    )
    .keywords(&["plaid"]),
    rule(
        "lob-api-key",
        "Lob secret API key",
        Medium,
        named!("lob", r"(?:live|test)_[a-f0-9]{35}"),
    )
    .keywords(&["lob"]),
    rule(
        "easypost-api-token",
        "EasyPost production or test API key",
        High,
        token!(r"EZ[AT]K[A-Za-z0-9]{54}"),
    ),
    rule(
        "shippo-api-token",
        "Shippo API token",
        High,
        token!(r"shippo_(?:live|test)_[a-fA-F0-9]{40}"),
    ),
    rule(
        "duffel-api-token",
        "Duffel API token",
        High,
        token!(r"duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"),
    ),
    rule(
        "finicity-api-token",
        "Finicity API token or client secret",
        Medium,
        named!("finicity", r"[a-f0-9]{32}|[A-Za-z0-9]{20}"),
    )
    .keywords(&["finicity"]),
    rule(
        "coinbase-access-token",
        "Coinbase access token",
        High,
        named!("coinbase", r"[A-Za-z0-9_-]{64}"),
    )
    .keywords(&["coinbase"]),
    rule(
        "kraken-access-token",
        "Kraken API key or private key",
        High,
        named!("kraken", r"[A-Za-z0-9/=_+-]{80,90}"),
    )
    .keywords(&["kraken"]),
    rule(
        "kucoin-access-token",
        "KuCoin API key or secret",
        High,
        named!("kucoin", r"[a-f0-9]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    )
    .keywords(&["kucoin"]),
    rule(
        "bittrex-access-key",
        "Bittrex API key or secret",
        High,
        named!("bittrex", r"[A-Za-z0-9]{32}"),
    )
    .keywords(&["bittrex"]),
    rule(
        "freemius-secret-key",
        "Freemius secret key (PHP array)",
        High,
        r#"(?i)["']secret_key["']\s*=>\s*["'](?P<secret>sk_[^\s"']{29})["']"#,
    )
    .keywords(&["secret_key"]),
    // --------------------------------------------------------- AI providers
    rule(
        "openai-api-key",
        "OpenAI API key",
        Critical,
        r"(?:^|[^\w-])(?P<secret>sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?:[^\w-]|$)",
    )
    .keywords(&["t3blbkfj"]),
    rule(
        "anthropic-api-key",
        "Anthropic API or admin key",
        Critical,
        token!(r"sk-ant-(?:api03|admin01)-[\w-]{93}AA"),
    ),
    rule(
        "huggingface-access-token",
        "Hugging Face user or organization access token",
        High,
        token!(r"hf_[A-Za-z0-9]{34,40}|api_org_[A-Za-z]{34}"),
    )
    .keywords(&["hf_", "api_org_"]),
    rule(
        "cohere-api-token",
        "Cohere API key",
        High,
        named!("cohere|co_api_key", r"[A-Za-z0-9]{40}"),
    )
    .keywords(&["cohere", "co_api_key"]),
    rule(
        "perplexity-api-key",
        "Perplexity API key",
        High,
        token!(r"pplx-[A-Za-z0-9]{48}"),
    ),
    rule(
        "privateai-api-token",
        "Private AI API key",
        Medium,
        named!(r"private[_-]?ai", r"[a-z0-9]{32}"),
    )
    .keywords(&["privateai", "private_ai", "private-ai"]),
    // --------------------------------------------------------- observability
    rule(
        "datadog-access-token",
        "Datadog API or application key",
        High,
        named!("datadog|dd_api_key|dd_app_key|dd_application_key", r"[a-f0-9]{40}|[a-f0-9]{32}"),
    )
    .keywords(&["datadog", "dd_api_key", "dd_app_key", "dd_application_key"]),
    rule(
        "new-relic-key",
        "New Relic user API key, ingest browser key or insert key",
        High,
        token!(r"NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[\w-]{32}"),
    ),
    rule(
        "new-relic-user-api-id",
        "New Relic user API id/key (64 characters, assigned to a newrelic setting)",
        Medium,
        named!("new-relic|newrelic|new_relic", r"[A-Za-z0-9]{64}"),
    )
    .keywords(&["new-relic", "newrelic", "new_relic"]),
    rule(
        "sentry-token",
        "Sentry user or organization auth token",
        High,
        token!(r"sntryu_[a-f0-9]{64}|sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[A-Za-z0-9+/]{10,200}={0,2}_[A-Za-z0-9+/]{43}"),
    ),
    rule(
        "sentry-access-token",
        "Sentry auth token (64 hex, assigned to a sentry setting)",
        High,
        named!("sentry", r"[a-f0-9]{64}"),
    )
    .keywords(&["sentry"]),
    rule(
        "grafana-token",
        "Grafana API key, cloud token or service account token",
        High,
        token!(r"eyJrIjoi[A-Za-z0-9]{70,400}={0,3}|glc_[A-Za-z0-9+/]{32,400}={0,3}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),
    ),
    rule(
        "dynatrace-api-token",
        "Dynatrace API token",
        High,
        token!(r"dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}"),
    ),
    rule(
        "sumologic-access-token",
        "Sumo Logic access key",
        High,
        named!("sumo", r"[A-Za-z0-9]{64}"),
    )
    .keywords(&["sumo"]),
    rule(
        "launchdarkly-access-token",
        "LaunchDarkly access token or SDK key",
        Medium,
        named!("launchdarkly", r"[A-Za-z0-9=_-]{40}"),
    )
    .keywords(&["launchdarkly"]),
    rule(
        "algolia-api-key",
        "Algolia API key",
        Medium,
        named!("algolia", r"[A-Za-z0-9]{32}"),
    )
    .keywords(&["algolia"]),
    rule(
        "okta-access-token",
        "Okta API token",
        High,
        named!("okta", r"00[\w=-]{40}"),
    )
    .keywords(&["okta"]),
    // ------------------------------------------- SaaS APIs named in settings
    rule(
        "adobe-client-secret",
        "Adobe OAuth client secret",
        High,
        token!(r"p8e-[A-Za-z0-9]{32}"),
    ),
    rule(
        "adafruit-api-key",
        "Adafruit IO key",
        Medium,
        named!("adafruit", r"[A-Za-z0-9_-]{32}"),
    )
    .keywords(&["adafruit"]),
    rule(
        "airtable-api-key",
        "Airtable personal access token or API key",
        High,
        r"(?:^|[^\w])(?P<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?:[^\w]|$)",
    )
    .keywords(&["airtable"]),
    rule(
        "airtable-api-key-legacy",
        "Airtable API key (assigned to an airtable setting)",
        High,
        named!("airtable", r"key[A-Za-z0-9]{14}|[A-Za-z0-9]{17}"),
    )
    .keywords(&["airtable"]),
    rule(
        "asana-client-secret",
        "Asana client secret or personal access token",
        Medium,
        named!("asana", r"[0-9]/[0-9]{16}:[A-Za-z0-9]{32}|[0-9]/[0-9]{16}/[0-9]{16}:[A-Za-z0-9]{32}|[A-Za-z0-9]{32}"),
    )
    .keywords(&["asana"]),
    rule(
        "beamer-api-token",
        "Beamer API key",
        Medium,
        named!("beamer", r"b_[A-Za-z0-9=_-]{44}"),
    )
    .keywords(&["beamer"]),
    rule(
        "contentful-delivery-api-token",
        "Contentful delivery API token",
        Medium,
        named!("contentful", r"[A-Za-z0-9=_-]{43}"),
    )
    .keywords(&["contentful"]),
    rule(
        "dropbox-api-token",
        "Dropbox access token or app secret",
        High,
        named!(
            "dropbox",
            r"sl\.[A-Za-z0-9=_-]{135}|[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}|[A-Za-z0-9]{15}"
        ),
    )
    .keywords(&["dropbox"]),
    rule(
        "etsy-access-token",
        "Etsy API key",
        Medium,
        named!("etsy", r"[A-Za-z0-9]{24}"),
    )
    .keywords(&["etsy"]),
    rule(
        "facebook-access-token",
        "Facebook page, user or app access token",
        High,
        token!(r"EAA[MC][A-Za-z0-9]{100,}"),
    ),
    rule(
        "facebook-secret",
        "Facebook app secret or access token (assigned to a facebook setting)",
        High,
        named!("facebook", r"[a-f0-9]{32}|[0-9]{15,16}(?:\||%7C)[A-Za-z0-9_-]{27,40}"),
    )
    .keywords(&["facebook"]),
    rule(
        "fastly-api-token",
        "Fastly API token",
        High,
        named!("fastly", r"[A-Za-z0-9=_-]{32}"),
    )
    .keywords(&["fastly"]),
    rule(
        "finnhub-access-token",
        "Finnhub API key",
        Low,
        named!("finnhub", r"[A-Za-z0-9]{20}"),
    )
    .keywords(&["finnhub"]),
    rule(
        "flickr-access-token",
        "Flickr API key",
        Low,
        named!("flickr", r"[A-Za-z0-9]{32}"),
    )
    .keywords(&["flickr"]),
    rule(
        "freshbooks-access-token",
        "FreshBooks access token",
        Medium,
        named!("freshbooks", r"[A-Za-z0-9]{64}"),
    )
    .keywords(&["freshbooks"]),
    rule(
        "hubspot-api-key",
        "HubSpot private app token or API key",
        High,
        token!(r"pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    ),
    rule(
        "hubspot-api-key-legacy",
        "HubSpot API key (UUID, assigned to a hubspot setting)",
        High,
        named!("hubspot", r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"),
    )
    .keywords(&["hubspot"]),
    rule(
        "ionic-api-token",
        "Ionic API token",
        Medium,
        token!(r"ion_[A-Za-z0-9]{42}"),
    )
    .keywords(&["ionic"]),
    rule(
        "linkedin-client-secret",
        "LinkedIn client secret",
        Medium,
        named!(r"linked[_-]?in", r"[A-Za-z0-9]{16}"),
    )
    .keywords(&["linkedin", "linked_in", "linked-in"]),
    rule(
        "mapbox-secret-token",
        "Mapbox secret access token",
        High,
        token!(r"sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}"),
    ),
    rule(
        "cisco-meraki-api-key",
        "Cisco Meraki API key",
        High,
        named!("meraki", r"[0-9a-f]{40}"),
    )
    .keywords(&["meraki"]),
    rule(
        "notion-api-token",
        "Notion integration token",
        High,
        token!(r"ntn_[0-9]{11}[A-Za-z0-9]{35}"),
    ),
    rule(
        "nytimes-access-token",
        "New York Times API key",
        Low,
        named!("nytimes|new-york-times|newyorktimes", r"[A-Za-z0-9=_-]{32}"),
    )
    .keywords(&["nytimes", "new-york-times", "newyorktimes"]),
    rule(
        "rapidapi-access-token",
        "RapidAPI key",
        Medium,
        named!("rapidapi", r"[A-Za-z0-9_-]{50}"),
    )
    .keywords(&["rapidapi"]),
    rule(
        "squarespace-access-token",
        "Squarespace API key",
        Medium,
        named!("squarespace", r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    )
    .keywords(&["squarespace"]),
    rule(
        "twitch-api-token",
        "Twitch API token",
        Medium,
        named!("twitch", r"[A-Za-z0-9]{30}"),
    )
    .keywords(&["twitch"]),
    rule(
        "twitter-token",
        "Twitter (X) API key, secret, access token or bearer token",
        High,
        named!(
            "twitter",
            r"A{22}[A-Za-z0-9%]{80,100}|[0-9]{15,25}-[A-Za-z0-9]{20,40}|[A-Za-z0-9]{50}|[A-Za-z0-9]{45}|[A-Za-z0-9]{25}"
        ),
    )
    .keywords(&["twitter"]),
    // ---------------------------------------------------------- private keys
    rule(
        "private-key",
        "Private key (PEM: RSA, EC, DSA, OpenSSH, PGP, PKCS#8)",
        Critical,
        PEM_HEADER,
    )
    .check(Check::PemPlain),
    rule(
        "private-key-encrypted",
        "Encrypted private key (PEM)",
        Medium,
        PEM_HEADER,
    )
    .check(Check::PemEncrypted),
    rule(
        "putty-private-key",
        "PuTTY private key (.ppk)",
        Critical,
        r"PuTTY-User-Key-File-[23]: [^\r\n]{1,64}\r?\n(?:[^\r\n]{0,256}\r?\n){1,40}?Private-Lines: (?P<lines>[0-9]{1,3})\r?\n(?P<secret>(?:[A-Za-z0-9+/=]{1,64}\r?\n){1,200})",
    )
    .check(Check::Putty),
    // ------------------------------------------------ tokens and structures
    rule(
        "jwt",
        "JSON Web Token",
        Medium,
        r"(?:^|[^\w-])(?P<secret>eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})",
    )
    .keywords(&[".eyj"])
    .check(Check::Jwt),
    rule(
        "jwt-base64",
        "Base64-encoded JSON Web Token",
        Medium,
        r"(?:^|[^A-Za-z0-9+/])(?P<secret>ZXlK[A-Za-z0-9+/]{60,}={0,2})",
    )
    .check(Check::JwtBase64),
    rule(
        "kubeconfig-client-key",
        "Kubernetes client key (kubeconfig client-key-data)",
        Critical,
        r#"client-key-data:[ \t]*["']?(?P<secret>[A-Za-z0-9+/=]{40,})"#,
    ),
    rule(
        "kubeconfig-token",
        "Kubernetes bearer token (kubeconfig)",
        High,
        r#"(?m)^[ \t]*(?:-[ \t]+)?token:[ \t]*["']?(?P<secret>[A-Za-z0-9._~+/=-]{20,})"#,
    )
    .keywords(&["kind: config"])
    .check(Check::Password)
    .context(),
    rule(
        "kubernetes-secret",
        "Kubernetes Secret manifest value (data: base64, stringData:)",
        High,
        r#"(?m)^(?P<indent>[ \t]+)[\w.-]{1,253}:[ \t]*["']?(?P<secret>[^\s"'#{}][^\s"'#]{2,})["']?[ \t]*\r?$"#,
    )
    .keywords(&["kind: secret"])
    .check(Check::K8sSecret)
    .context(),
    rule(
        "netrc-password",
        ".netrc credentials",
        High,
        r"(?i)\bmachine\s+\S+(?:\s+login\s+\S+)?\s+password\s+(?P<secret>\S+)",
    )
    .files(&[".netrc", "_netrc"])
    .keywords(&["password"])
    .check(Check::Password)
    .context(),
    rule(
        "git-credentials",
        "Git credential store entry (.git-credentials)",
        High,
        r"(?m)^[ \t]*https?://[^:@\s/]+:(?P<secret>[^@\s/]+)@",
    )
    .files(&[".git-credentials", "git-credentials", "credentials"])
    .check(Check::Password)
    .context(),
    rule(
        "terraform-variable-secret",
        "Secret in Terraform variables (*.tfvars)",
        High,
        r#"(?m)^[ \t]*(?P<name>[A-Za-z0-9_-]{0,64}(?i:password|passwd|secret|token|api_?key|access_?key|private_?key|client_?secret)[A-Za-z0-9_-]{0,64})[ \t]*=[ \t]*"(?P<secret>[^"\r\n$]{6,})""#,
    )
    .files(&["*.tfvars", "*.tfvars.json"])
    .check(Check::Password)
    .context(),
    rule(
        "env-file-secret",
        "Secret in an env file (.env: NAME=value with a secret name)",
        High,
        r#"(?m)^[ \t]*(?:export[ \t]+)?(?P<name>[A-Za-z_][A-Za-z0-9_.-]{0,127})[ \t]*=[ \t]*["']?(?P<secret>[^\s"'#]{6,})"#,
    )
    .files(&[".env", ".env.*", "*.env"])
    .check(Check::EnvName)
    .context(),
    rule(
        "curl-credentials",
        "Credentials in a curl command (-u user:password, Authorization header)",
        High,
        r#"\bcurl\b[^\r\n]{0,300}?[ \t](?:(?:-u|--user)[ =]?["']?[^\s:"']{1,64}:(?P<secret>[^\s"']{4,128})|(?:-H|--header)[ =]?["'](?i:authorization:[ \t]*(?:bearer|token|basic)[ \t]+|x-api-key:[ \t]*|api-key:[ \t]*)(?P<secret2>[\w~@.+/=-]{8,}))"#,
    )
    .keywords(&["curl"])
    .check(Check::Password),
    rule(
        "url-credentials",
        "Password in a URL",
        Medium,
        r#"\b[A-Za-z][A-Za-z0-9+.-]{1,16}://[^:@\s/'"<>]{1,64}:(?P<secret>[^@\s/'"<>]{6,128})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"#,
    )
    .keywords(&["postgres", "mysql", "mongodb", "redis", "amqp"])
    .check(Check::Generic),
    rule(
        "generic-secret",
        "Secret assigned to a password/secret/api key setting",
        Medium,
        r#"(?i)(?P<name>[A-Za-z0-9_.-]{0,40}(?:password|passwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token)[A-Za-z0-9_-]{0,20})(?:["']?[ \t]*(?:=|:=|=>)[ \t]*["']?|["']?:[ \t]+["']?|["']:[ \t]*["'])(?P<secret>[^\s"'`;,]{8,128})"#,
    )
    .keywords(&["passw", "secret", "api_key", "apikey", "api-key", "_token", "-token", "accesstoken", "authtoken"])
    .check(Check::Generic),
];

/// The rule that only applies to the image config (by an env variable's name).
pub const ENV_SECRET: Rule = rule(
    "secret-env-var",
    "Secret in an environment variable (by its name)",
    High,
    "",
)
.check(Check::Generic);

/// Fingerprints (sha256 of the value) of documented dummy values that the
/// providers' own documentation uses: Stripe's test key and jwt.io's sample
/// token, among the most copied values in fixtures and READMEs.
const DOCUMENTED_DUMMIES: &[&str] = &[
    "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326",
    "7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606",
];

/// Whether `fingerprint` (`sha256:<hex>`) is a documented dummy value.
pub fn documented_dummy(fingerprint: &str) -> bool {
    fingerprint
        .strip_prefix("sha256:")
        .is_some_and(|h| DOCUMENTED_DUMMIES.contains(&h))
}

/// Values that are placeholders or documentation, not secrets (lowercase
/// substrings, after undoing digit-for-letter spelling: `s3cr3t` is `secret`).
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
    "....",
    "redacted",
    "fake",
    "todo",
    "insert",
    "replace",
    "secret_key_base",
    "123456",
    "abcdef",
    "qwerty",
    "letmein",
];

/// Extra stop-words for values a person chose (generic assignments): a
/// password that spells "secret" or "password" is a documentation value.
const PASSWORD_WORDS: &[&str] = &[
    "secret",
    "password",
    "passwd",
    "sensitive",
    "s00per",
    "test",
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

/// The value lowercased with digit-for-letter spelling undone.
fn plain_lower(v: &[u8]) -> Vec<u8> {
    v.iter()
        .map(|b| match b.to_ascii_lowercase() {
            b'0' => b'o',
            b'1' => b'i',
            b'3' => b'e',
            b'4' => b'a',
            b'5' => b's',
            b'7' => b't',
            b'@' => b'a',
            b'$' => b's',
            c => c,
        })
        .collect()
}

fn contains_any(hay: &[u8], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| memchr::memmem::find(hay, w.as_bytes()).is_some())
}

fn has_stop_word(v: &[u8]) -> bool {
    contains_any(&v.to_ascii_lowercase(), STOP_WORDS)
}

/// The longest run of one repeated byte.
fn longest_run(v: &[u8]) -> usize {
    longest_run_but(v, None)
}

/// The longest run of one repeated byte other than `except`.
fn longest_run_but(v: &[u8], except: Option<u8>) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut prev = None;
    for &b in v {
        run = if Some(b) == prev { run + 1 } else { 1 };
        prev = Some(b);
        if Some(b) != except {
            best = best.max(run);
        }
    }
    best
}

/// A template or variable reference rather than a literal value.
pub fn is_placeholder(v: &[u8]) -> bool {
    v.iter()
        .any(|b| matches!(b, b'$' | b'{' | b'}' | b'<' | b'>' | b'`'))
        || has_stop_word(v)
}

/// The gate every provider token passes: not a placeholder or documentation
/// value, no run of 6 or more of one character (`…000000`; runs of `A`, the
/// base64 of zero bytes, are part of some formats: Twitter's bearer tokens,
/// Dropbox's long-lived ones), and an entropy fitting its length (≥ 3
/// bits/char from 16 characters, ≥ 2.5 from 8).
pub fn token_ok(v: &[u8]) -> bool {
    if is_placeholder(v) || longest_run_but(v, Some(b'A')) >= 6 {
        return false;
    }
    let e = entropy(v);
    match v.len() {
        n if n >= 16 => e >= 3.0,
        n if n >= 8 => e >= 2.5,
        _ => true,
    }
}

/// The gate for passwords in files with a known structure (`.netrc`,
/// `.pypirc`, git credentials, Terraform variables): a literal of ≥ 6
/// characters that is no placeholder, stop-word or one repeated character.
pub fn password_ok(v: &[u8]) -> bool {
    v.len() >= 6
        && !is_placeholder(v)
        && !contains_any(
            &plain_lower(v),
            &["password", "passwd", "changeme", "secret"],
        )
        && longest_run(v) < v.len().min(6)
        && !v.iter().all(|b| *b == b'*' || *b == b'x' || *b == b'X')
}

/// Base62 digits in the order GitHub's token checksum uses.
const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// CRC-32 (IEEE 802.3, the zlib/PNG one).
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `n` in base62, left-padded with `0` to 6 digits (GitHub's checksum field).
pub fn base62_6(mut n: u32) -> [u8; 6] {
    let mut out = [b'0'; 6];
    for slot in out.iter_mut().rev() {
        *slot = BASE62[(n % 62) as usize];
        n /= 62;
    }
    out
}

/// A GitHub-format token (`prefix_` + 30 random + 6 checksum): the checksum
/// is the base62 CRC32 of the 30 random characters (GitHub's and npm's
/// documented formats).
pub fn crc32_token_ok(v: &[u8]) -> bool {
    let Some(us) = memchr::memchr(b'_', v) else {
        return false;
    };
    let body = &v[us + 1..];
    if body.len() != 36 {
        return false;
    }
    let (random, check) = body.split_at(30);
    base62_6(crc32(random)) == check && token_ok(v)
}

/// Lines that start with a comment marker.
fn comment_line(line: &[u8]) -> bool {
    let t = line.trim_ascii_start();
    [
        &b"#"[..],
        b"//",
        b"/*",
        b"*",
        b";",
        b"--",
        b"<!--",
        b"%",
        b"rem ",
        b"REM ",
    ]
    .iter()
    .any(|m| t.starts_with(m))
}

/// Whether the match at `start` of `buf` sits on a comment line.
pub fn on_comment_line(buf: &[u8], start: usize) -> bool {
    let from = memchr::memrchr(b'\n', &buf[..start]).map_or(0, |i| i + 1);
    comment_line(&buf[from..start])
}

/// Names that hold no secret though they contain a secret word: URLs,
/// files, lengths, ids, flags, fields.
const SAFE_NAME_SUFFIXES: &[&str] = &[
    "url",
    "uri",
    "endpoint",
    "file",
    "path",
    "dir",
    "name",
    "id",
    "length",
    "len",
    "size",
    "type",
    "field",
    "param",
    "header",
    "env",
    "var",
    "key_id",
    "prefix",
    "format",
    "policy",
    "hash",
    "enabled",
    "required",
    "count",
    "ttl",
    "timeout",
    "expiry",
    "expires",
    "expires_at",
    "label",
    "hint",
    "pattern",
    "regex",
    "version",
    "mode",
    "store",
    "manager",
    "used",
    "date",
    "time",
    "at",
    "changed",
    "updated",
    "created",
    "reset",
    "last",
    "age",
    "set",
    "prompt",
    "message",
    "arn",
    "ref",
    "reference",
    "provider",
    "algorithm",
    "encoding",
    "class",
    "option",
    "options",
    "config",
    "rotation",
    "status",
    "state",
    "source",
    "location",
    "template",
    "description",
];

/// Whether an assignment's name is one whose value is a secret (not
/// `access_token_url`, `password_file`, `secret_name`).
pub fn secret_setting_name(name: &[u8]) -> bool {
    // camelCase → snake_case, lowercase: `PasswordLastUsed` → `password_last_used`.
    let mut lower = Vec::with_capacity(name.len() + 8);
    for (i, &b) in name.iter().enumerate() {
        if b.is_ascii_uppercase()
            && i > 0
            && (name[i - 1].is_ascii_lowercase() || name[i - 1].is_ascii_digit())
        {
            lower.push(b'_');
        }
        lower.push(b.to_ascii_lowercase());
    }
    let lower = lower.strip_suffix(b"\"").unwrap_or(&lower);
    !SAFE_NAME_SUFFIXES.iter().any(|s| {
        lower.ends_with(s.as_bytes())
            && (lower.len() == s.len()
                || matches!(lower[lower.len() - s.len() - 1], b'_' | b'-' | b'.'))
    }) && !lower.ends_with(b"url")
}

/// The gate for generic `password=`-style values (see [`Check::Generic`]).
pub fn generic_ok(v: &[u8]) -> bool {
    if v.len() < 8 || is_placeholder(v) || contains_any(&plain_lower(v), PASSWORD_WORDS) {
        return false;
    }
    if v.iter()
        .any(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'\\' | b'*' | b'%'))
    {
        return false; // code or a format string, not a literal
    }
    if memchr::memmem::find(v, b"://").is_some() {
        return false; // a URL, not a secret
    }
    if v.starts_with(b"/") || v.starts_with(b"./") || v.starts_with(b"~/") {
        return false; // a path (e.g. `password_file=/run/secrets/db`)
    }
    if v.ends_with(b"=")
        && !v
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    {
        return false; // the next assignment (`A=\nB=`), not a value
    }
    if v.ends_with(b":") || v.ends_with(b".") {
        return false;
    }
    if memchr::memmem::find(v, b".+").is_some() || memchr::memmem::find(v, b".*").is_some() {
        return false; // a pattern
    }
    // Dates, times, versions, addresses: digits and punctuation (ISO `T`/`Z`).
    if v.iter().all(|b| {
        b.is_ascii_digit() || matches!(b, b'-' | b':' | b'.' | b'T' | b'Z' | b'+' | b'/' | b'_')
    }) {
        return false;
    }
    // `self.password`, `config.api_key`, `Foo::Bar`: an attribute or constant
    let ident = |s: &[u8]| {
        !s.is_empty()
            && (s[0].is_ascii_alphabetic() || s[0] == b'_')
            && s.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    if (v.contains(&b'.') && v.split(|b| *b == b'.').all(ident))
        || (v.contains(&b':') && v.split(|b| *b == b':').filter(|s| !s.is_empty()).all(ident))
    {
        return false;
    }
    // Identifiers such as `PASSWORD_LENGTH`, `get_secret_key`, `DynatraceApiKey`
    // are names, not values.
    if ident(v) && !v.iter().any(u8::is_ascii_digit) {
        return false;
    }
    if v.iter()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
        || v.iter()
            .all(|b| b.is_ascii_lowercase() || *b == b'_' || *b == b'-')
    {
        return false;
    }
    let letters = v.iter().any(u8::is_ascii_alphabetic);
    let others = v.iter().any(|b| !b.is_ascii_alphabetic());
    letters && others && entropy(v) >= 3.0 && longest_run(v) < 5
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
    let mut parts = v.split(|b| *b == b'.');
    let header = parts.next().unwrap_or_default();
    let payload = parts.next().unwrap_or_default();
    base64_decode(header)
        .is_some_and(|h| h.first() == Some(&b'{') && memchr::memmem::find(&h, b"\"alg\"").is_some())
        && base64_decode(payload).is_some_and(|p| p.first() == Some(&b'{'))
        && !has_stop_word(v)
}

/// A base64 text that decodes to a JWT.
pub fn jwt_base64(v: &[u8]) -> Option<Vec<u8>> {
    let jwt = base64_decode(v)?;
    let end = jwt
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')))
        .unwrap_or(jwt.len());
    let jwt = &jwt[..end];
    (jwt.iter().filter(|b| **b == b'.').count() == 2 && jwt_ok(jwt)).then(|| jwt.to_vec())
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
    (body.len() >= 64 && token_ok(&body[..body.len().min(256)])).then_some((body, encrypted))
}

/// Whether a PEM key is encrypted, from its type words, headers and body.
pub fn pem_encrypted(kind: &[u8], headers_encrypted: bool, body: &[u8]) -> bool {
    headers_encrypted
        || memchr::memmem::find(kind, b"ENCRYPTED").is_some()
        || (kind == b"OPENSSH " && !body.starts_with(OPENSSH_UNENCRYPTED))
}

/// The body of a PuTTY key's private lines, when it is as long as the
/// `Private-Lines` count says and not a placeholder.
pub fn putty_body(lines: &[u8], body: &[u8]) -> Option<Vec<u8>> {
    let want: usize = std::str::from_utf8(lines).ok()?.parse().ok()?;
    let got: Vec<&[u8]> = body
        .split(|b| *b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.is_empty())
        .take(want)
        .collect();
    if want == 0 || got.len() != want {
        return None;
    }
    let joined = got.concat();
    (joined.len() >= 32 && token_ok(&joined[..joined.len().min(256)])).then_some(joined)
}

/// Docker `auth`: base64 of `user:password` (or an identity token, not
/// base64 of a pair): the password part must be no placeholder.
pub fn docker_auth_ok(v: &[u8]) -> bool {
    match base64_decode(v) {
        Some(d) if d.contains(&b':') => {
            let pass = d.splitn(2, |b| *b == b':').nth(1).unwrap_or_default();
            !pass.is_empty() && !is_placeholder(pass) && longest_run(pass) < pass.len().max(2)
        }
        _ => !is_placeholder(v) && v.len() >= 16,
    }
}

/// Kubernetes: the match at `start` (a `key: value` line indented by
/// `indent` bytes) must be inside the `data:`/`stringData:` block of a YAML
/// document with `kind: Secret`. Returns the decoded secret (`data:` values
/// are base64) when it is one.
pub fn k8s_secret_value(buf: &[u8], start: usize, indent: usize, value: &[u8]) -> Option<Vec<u8>> {
    let line_start = memchr::memrchr(b'\n', &buf[..start]).map_or(0, |i| i + 1);
    // Walk back to the parent line (less indented, not blank or a comment).
    let mut end = line_start;
    let mut parent: Option<&[u8]> = None;
    while end > 0 {
        let s = memchr::memrchr(b'\n', &buf[..end - 1]).map_or(0, |i| i + 1);
        let line = &buf[s..end - 1];
        end = s;
        let t = line.trim_ascii();
        if t.is_empty() || t.starts_with(b"#") {
            continue;
        }
        if t == b"---" {
            return None;
        }
        let ind = line.len() - line.trim_ascii_start().len();
        if ind < indent {
            parent = Some(t);
            break;
        }
    }
    let parent = parent?;
    let base64 = match parent {
        b"data:" => true,
        b"stringData:" => false,
        _ => return None,
    };
    // The document around it must say `kind: Secret`.
    let doc_start = find_doc_start(buf, line_start);
    let doc_end = memchr::memmem::find(&buf[start..], b"\n---").map_or(buf.len(), |i| start + i);
    let doc = &buf[doc_start..doc_end];
    let is_secret = doc.split(|b| *b == b'\n').any(|l| {
        let l = l.trim_ascii();
        l == b"kind: Secret" || l == b"kind: \"Secret\"" || l == b"kind: 'Secret'"
    });
    if !is_secret {
        return None;
    }
    let decoded = if base64 {
        if !value
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
            || !value.len().is_multiple_of(4)
        {
            return None;
        }
        base64_decode(value)?
    } else {
        value.to_vec()
    };
    let printable = decoded
        .iter()
        .all(|b| b.is_ascii_graphic() || matches!(b, b' ' | b'\n' | b'\r' | b'\t'));
    (decoded.len() >= 6 && (!printable || password_ok(decoded.trim_ascii()))).then_some(decoded)
}

fn find_doc_start(buf: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(p) = memchr::memmem::rfind(&buf[..i], b"---") {
        let at_line_start = p == 0 || buf[p - 1] == b'\n';
        let line_end = memchr::memchr(b'\n', &buf[p..]).map_or(buf.len(), |e| p + e);
        if at_line_start && buf[p..line_end].trim_ascii() == b"---" {
            return line_end;
        }
        i = p;
    }
    0
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
const ENV_SAFE_SUFFIXES: &[&str] = &[
    "_FILE",
    "_PATH",
    "_DIR",
    "_URL_FILE",
    "_LENGTH",
    "_NAME",
    "_URL",
    "_URI",
    "_ENDPOINT",
    "_ID",
    "_TYPE",
    "_EXPIRY",
    "_TTL",
];

/// Whether env `name=value` holds a literal secret by its name.
pub fn env_secret(name: &str, value: &str) -> bool {
    let upper = name.to_ascii_uppercase().replace(['-', '.'], "_");
    ENV_SECRET_WORDS.iter().any(|w| upper.contains(w))
        && !ENV_SAFE_SUFFIXES.iter().any(|s| upper.ends_with(s))
        && value.len() >= 6
        && !is_placeholder(value.as_bytes())
        && !matches!(
            value.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "none" | "null" | "disabled" | "enabled"
        )
        && !value.starts_with('/')
        && longest_run(value.as_bytes()) < value.len().min(6)
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
        assert!(!generic_ok(b"DYNATRACE_API_KEY="));
        assert!(!generic_ok(b"https://auth.example.net/token"));
        assert!(!generic_ok(b"DynatraceApiKey"));
        assert!(!generic_ok(b"V3ry_S3nsit1ve"));
        assert!(!generic_ok(b"s00pers3cret"));
        assert!(!generic_ok(b"Foo::Bar::Baz"));
    }

    #[test]
    fn token_gate() {
        assert!(token_ok(b"AKIAQ7VZ2KP9WLM4RT5X"));
        assert!(!token_ok(b"AKIAXXXXXXXXXXXXXXXX"));
        assert!(!token_ok(b"AKIA0000000000000000"));
        assert!(!token_ok(b"glpat-your_token_goes_here"));
        assert!(!token_ok(b"sk_live_<your key>"));
    }

    #[test]
    fn setting_names() {
        assert!(secret_setting_name(b"db_password"));
        assert!(secret_setting_name(b"API_KEY"));
        assert!(!secret_setting_name(b"access_token_url"));
        assert!(!secret_setting_name(b"password_file"));
        assert!(!secret_setting_name(b"secret_name"));
        assert!(!secret_setting_name(b"SECRET_KEY_ID"));
    }

    #[test]
    fn crc32_checksum() {
        // The CRC-32 check value of "123456789" (every CRC catalogue's test vector).
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(&base62_6(0), b"000000");
        assert_eq!(&base62_6(61), b"00000z");
        assert_eq!(&base62_6(62), b"000010");
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
