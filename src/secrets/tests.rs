//! Per-rule positive and negative cases. Values are generated at run time
//! from templates (`⟨a36⟩`: 36 random alphanumerics, see [`render`]) with a
//! fixed seed, so no real-looking secret is a literal in the repository and
//! every run sees the same values. Assertions compare rule ids and counts,
//! never print values.
//!
//! `export_cases` (ignored; `IMAGEGATE_SECRETS_CASES=DIR`) writes the cases
//! to files for `bench/secrets.sh`.

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
const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const UPPER32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BECH32: &[u8] = b"QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
const HEX: &[u8] = b"0123456789abcdef";
const UPPER_HEX: &[u8] = b"0123456789ABCDEF";
const DIGITS: &[u8] = b"0123456789";
const WORD: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// Expand a template: `⟨KIND N⟩` fields (no space: `⟨a36⟩`) are random
/// strings of N characters of an alphabet (`a` alphanumeric, `l` lowercase
/// alphanumeric, `u` uppercase alphanumeric, `L` letters, `h`/`H` hex,
/// `d` digits, `w` `[A-Za-z0-9_-]`, `b` base64, `c` base32, `e` bech32,
/// `B` base64 of N alphanumerics); `⟨uuid⟩`/`⟨UUID⟩`; `⟨gh⟩` 30
/// alphanumerics and their base62 CRC32 (GitHub's and npm's checksum);
/// `⟨dockerauth⟩` base64 of `deploy:<16>`; `⟨jwtb64⟩` a base64-encoded JWT.
/// With `placeholder`, every field is filled with `x` instead: the
/// documentation form of the same value, which no rule may report.
fn render(template: &str, seed: u64, placeholder: bool) -> String {
    render_values(template, seed, placeholder).0
}

/// [`render`], also returning every generated field value.
fn render_values(template: &str, seed: u64, placeholder: bool) -> (String, Vec<String>) {
    let mut values = Vec::new();
    let mut out = String::new();
    let mut rest = template;
    let mut field = 0u64;
    while let Some(open) = rest.find('⟨') {
        out.push_str(&rest[..open]);
        let after = &rest[open + '⟨'.len_utf8()..];
        let close = after.find('⟩').unwrap_or(after.len());
        let spec = &after[..close];
        rest = after.get(close + '⟩'.len_utf8()..).unwrap_or("");
        field += 1;
        let s = seed * 1000 + field;
        let x = |n: usize| "x".repeat(n);
        let gen = |n: usize, alphabet: &[u8]| {
            if placeholder {
                x(n)
            } else {
                filler(s, n, alphabet)
            }
        };
        let value = match spec {
            "uuid" | "UUID" => {
                let h = if spec == "uuid" { HEX } else { UPPER_HEX };
                [8, 4, 4, 4, 12]
                    .iter()
                    .enumerate()
                    .map(|(i, n)| {
                        if placeholder {
                            x(*n)
                        } else {
                            filler(s + i as u64 * 7, *n, h)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("-")
            }
            "gh" => {
                let random = gen(30, ALNUM);
                let check = rules::base62_6(rules::crc32(random.as_bytes()));
                format!("{random}{}", String::from_utf8_lossy(&check))
            }
            "dockerauth" => b64(format!("deploy:{}", gen(16, ALNUM)).as_bytes()),
            "jwtb64" => {
                let jwt = format!(
                    "{}.{}.{}",
                    b64url(br#"{"alg":"HS256","typ":"JWT"}"#),
                    b64url(format!(r#"{{"sub":"{}"}}"#, gen(12, ALNUM)).as_bytes()),
                    gen(43, WORD)
                );
                b64(jwt.as_bytes())
            }
            _ => {
                let (kind, n) = spec.split_at(1);
                let n: usize = n.parse().unwrap_or(0);
                match kind {
                    "a" => gen(n, ALNUM),
                    "l" => gen(n, LOWER_ALNUM),
                    "u" => gen(n, UPPER_ALNUM),
                    "L" => gen(n, LETTERS),
                    "h" => gen(n, HEX),
                    "H" => gen(n, UPPER_HEX),
                    "d" => gen(n, DIGITS),
                    "w" => gen(n, WORD),
                    "b" => gen(n, B64),
                    "c" => gen(n, UPPER32),
                    "e" => gen(n, BECH32),
                    "B" => b64(gen(n, ALNUM).as_bytes()),
                    _ => format!("?{spec}?"),
                }
            }
        };
        out.push_str(&value);
        values.push(value);
    }
    out.push_str(rest);
    (out, values)
}

fn b64url(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

/// A PEM block of `kind` with a random body (a template: its body is a
/// `⟨b…⟩` field, so the placeholder form has a body of `x`).
fn pem(kind: &str, headers: &str, body_prefix: &str) -> String {
    let dashes = "-----";
    let body: Vec<String> = (0..4).map(|_| "⟨b64⟩".to_string()).collect();
    format!(
        "{dashes}BEGIN {kind}{dashes}\n{headers}{body_prefix}{}\n{dashes}END {kind}{dashes}\n",
        body.join("\n")
    )
}

/// (rule, file path in the image, template) for every built-in rule.
fn cases() -> Vec<(&'static str, &'static str, String)> {
    let t =
        |rule: &'static str, path: &'static str, template: &str| (rule, path, template.to_string());
    let env = "app/config.txt";
    vec![
        t("aws-access-key-id", env, "aws_access_key_id = AKIA⟨c16⟩\n"),
        t("aws-access-key-id", env, "key: ASIA⟨c16⟩\n"),
        t("aws-secret-access-key", env, "aws_secret_access_key = ⟨b40⟩\n"),
        t(
            "gcp-service-account-key",
            "app/sa.json",
            r#"{"type": "service_account", "private_key_id": "⟨h40⟩"}"#,
        ),
        t("gcp-api-key", env, "GOOGLE_MAPS_KEY=AIza⟨w35⟩\n"),
        t(
            "azure-storage-account-key",
            env,
            "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=⟨b86⟩==;EndpointSuffix=core.windows.net\n",
        ),
        t(
            "azure-sas-token",
            env,
            "https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=r&se=2030-01-01&sig=⟨a44⟩%3D\n",
        ),
        t("azure-ad-client-secret", env, "client_secret: ⟨a3⟩8Q~⟨a34⟩\n"),
        t("alibaba-access-key-id", env, "access_key_id: LTAI⟨a20⟩\n"),
        t("alibaba-secret-key", env, "alibaba_secret = \"⟨a30⟩\"\n"),
        t("digitalocean-token", env, "DO_TOKEN=dop_v1_⟨h64⟩\n"),
        t("yandex-api-key", env, "key: AQVN⟨w36⟩\n"),
        t("yandex-credential", env, "yandex_static_key: YC⟨w38⟩\n"),
        t("heroku-api-key", env, "token = HRKU-AA⟨w58⟩\n"),
        t("heroku-api-key-legacy", env, "HEROKU_API_KEY=⟨uuid⟩\n"),
        t("cloudflare-api-key", env, "CLOUDFLARE_API_TOKEN=⟨w40⟩\n"),
        t("cloudflare-origin-ca-key", env, "key = v1.0-⟨h24⟩-⟨h146⟩\n"),
        t("flyio-token", env, "FLY_API_TOKEN=fo1_⟨w43⟩\n"),
        t("flyio-token", env, "Authorization: FlyV1 fm2_⟨b120⟩\n"),
        t("scalingo-api-token", env, "token: tk-us-⟨w48⟩\n"),
        t("vault-token", env, "VAULT_TOKEN=hvs.⟨w100⟩\n"),
        t("vault-token-legacy", env, "vault_token: s.⟨a24⟩\n"),
        t("terraform-cloud-token", env, "token = \"⟨a14⟩.atlasv1.⟨w64⟩\"\n"),
        t("openshift-user-token", env, "oc login --token=sha256~⟨w43⟩\n"),
        t("pulumi-api-token", env, "PULUMI_ACCESS_TOKEN=pul-⟨h40⟩\n"),
        t("doppler-token", env, "DOPPLER_TOKEN=dp.pt.⟨a43⟩\n"),
        t("doppler-token", env, "DOPPLER_TOKEN=dp.st.prd.⟨a43⟩\n"),
        t("infracost-api-token", env, "INFRACOST_API_KEY=ico-⟨a32⟩\n"),
        t("databricks-api-token", env, "DATABRICKS_TOKEN=dapi⟨h32⟩\n"),
        t("planetscale-token", env, "PLANETSCALE_TOKEN=pscale_tkn_⟨w43⟩\n"),
        t("netlify-access-token", env, "NETLIFY_AUTH_TOKEN=⟨w43⟩\n"),
        t("clickhouse-cloud-api-secret", env, "key_secret: 4b1d⟨a38⟩\n"),
        t("confluent-api-key", env, "confluent_api_secret = \"⟨b64⟩\"\n"),
        t("defined-networking-api-token", env, "DN_API_KEY=dnkey-⟨l26⟩-⟨l52⟩\n"),
        t("age-secret-key", env, "AGE-SECRET-KEY-1⟨e58⟩\n"),
        t("onepassword-secret-key", env, "A3-⟨u6⟩-⟨u11⟩-⟨u5⟩-⟨u5⟩-⟨u5⟩\n"),
        t(
            "onepassword-service-account-token",
            env,
            "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ⟨b260⟩\n",
        ),
        t("github-pat", "app/.env", "A=1\nGITHUB_TOKEN=ghp_⟨gh⟩\n"),
        t("github-fine-grained-pat", env, "t=github_pat_⟨a22⟩_⟨a59⟩\n"),
        t("github-oauth-token", env, "t=gho_⟨gh⟩\n"),
        t("github-app-token", env, "t=ghs_⟨gh⟩\n"),
        t("github-app-token", env, "t=ghu_⟨gh⟩\n"),
        t("github-refresh-token", env, "refresh_token=ghr_⟨a76⟩\n"),
        t("github-refresh-token", env, "ghr_⟨a36⟩\n"),
        t("gitlab-pat", env, "t=glpat-⟨w20⟩\n"),
        t("gitlab-pat", env, "t=glpat-⟨w27⟩.01⟨l7⟩\n"),
        t("gitlab-runner-token", env, "token = \"glrt-⟨w20⟩\"\n"),
        t("gitlab-runner-token", env, "registration-token: GR1348941⟨w20⟩\n"),
        t("gitlab-token", env, "CI_DEPLOY_PASSWORD=gldt-⟨w20⟩\n"),
        t("gitlab-token", env, "TRIGGER=glptt-⟨h40⟩\n"),
        t("gitlab-token", env, "JOB=glcbt-⟨a3⟩_⟨w20⟩\n"),
        t("gitlab-token", env, "app_secret: gloas-⟨w64⟩\n"),
        t("gitlab-session-cookie", env, "Cookie: _gitlab_session=⟨l32⟩\n"),
        t("atlassian-api-token", env, "JIRA_TOKEN=ATATT3⟨w186⟩\n"),
        t("atlassian-api-token-legacy", env, "JIRA_API_TOKEN=⟨a24⟩\n"),
        t("bitbucket-client-secret", env, "BITBUCKET_CLIENT_SECRET=⟨w64⟩\n"),
        t("circleci-token", env, "CIRCLE_TOKEN=CCIPAT_⟨a22⟩_⟨h40⟩\n"),
        t("circleci-token-legacy", env, "CIRCLECI_TOKEN=⟨h40⟩\n"),
        t("jfrog-api-key", env, "X-JFrog-Art-Api: AKCp⟨a69⟩\n"),
        t("jfrog-identity-token", env, "ARTIFACTORY_TOKEN=⟨a64⟩\n"),
        t("npm-access-token", env, "token=npm_⟨gh⟩\n"),
        t(
            "npmrc-auth",
            "app/.npmrc",
            "//registry.npmjs.org/:_authToken=⟨a30⟩\n",
        ),
        t(
            "pypi-token",
            env,
            "password = pypi-AgEIcHlwaS5vcmc⟨w60⟩\n",
        ),
        t(
            "pypirc-password",
            "root/.pypirc",
            "[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.internal/\nusername = deploy\npassword = ⟨a16⟩\n",
        ),
        t("rubygems-api-token", env, ":rubygems_api_key: rubygems_⟨h48⟩\n"),
        t("nuget-api-key", env, "NUGET_KEY=oy2⟨l43⟩\n"),
        t(
            "nuget-config-password",
            "app/nuget.config",
            "<packageSourceCredentials><feed><add key=\"Username\" value=\"u\" />\n<add key=\"ClearTextPassword\" value=\"⟨a16⟩\" /></feed></packageSourceCredentials>\n",
        ),
        t("docker-hub-token", env, "DOCKER_TOKEN=dckr_pat_⟨w27⟩\n"),
        t(
            "docker-config-auth",
            "root/.docker/config.json",
            "{\"auths\": {\"registry.local\": {\"auth\": \"⟨dockerauth⟩\"}}}\n",
        ),
        t(
            "dockerconfig-secret",
            "chart/values.yaml",
            "imagePullSecret:\n  .dockerconfigjson: eyJ⟨b80⟩\n",
        ),
        t("clojars-api-token", env, "CLOJARS_TOKEN=CLOJARS_⟨l60⟩\n"),
        t("private-packagist-token", env, "TOKEN=packagist_out_⟨h68⟩\n"),
        t("sonar-token", env, "SONAR_TOKEN=squ_⟨h40⟩\n"),
        t("sonar-token-legacy", env, "sonar.login=⟨a40⟩\n"),
        t("snyk-api-token", env, "SNYK_TOKEN=⟨uuid⟩\n"),
        t("travisci-access-token", env, "TRAVIS_TOKEN=⟨a22⟩\n"),
        t("droneci-access-token", env, "DRONE_TOKEN=⟨a32⟩\n"),
        t("codecov-access-token", env, "CODECOV_TOKEN=⟨uuid⟩\n"),
        t("octopus-deploy-api-key", env, "OCTOPUS_API_KEY=API-⟨u26⟩\n"),
        t("harness-api-key", env, "HARNESS=pat.⟨w22⟩.⟨a24⟩.⟨a20⟩\n"),
        t("sourcegraph-access-token", env, "SRC_ACCESS_TOKEN=sgp_⟨h16⟩_⟨h40⟩\n"),
        t("postman-api-token", env, "POSTMAN_API_KEY=PMAK-⟨h24⟩-⟨h34⟩\n"),
        t("prefect-api-token", env, "PREFECT_API_KEY=pnu_⟨a36⟩\n"),
        t("readme-api-token", env, "README_API_KEY=rdme_⟨l70⟩\n"),
        t("linear-api-key", env, "LINEAR_API_KEY=lin_api_⟨a40⟩\n"),
        t("linear-client-secret", env, "LINEAR_CLIENT_SECRET=⟨h32⟩\n"),
        t(
            "sidekiq-secret",
            env,
            "BUNDLE_ENTERPRISE__CONTRIBSYS__COM=⟨h8⟩:⟨h8⟩\n",
        ),
        t(
            "sidekiq-sensitive-url",
            "app/Gemfile",
            "source \"https://⟨h8⟩:⟨h8⟩@enterprise.contribsys.com/\"\n",
        ),
        t("frameio-api-token", env, "FRAMEIO_TOKEN=fio-u-⟨w64⟩\n"),
        t("typeform-api-token", env, "TYPEFORM_TOKEN=tfp_⟨w59⟩\n"),
        t(
            "authress-access-key",
            env,
            "AUTHRESS_KEY=sc_⟨a10⟩.⟨a5⟩.acc_⟨l20⟩.⟨b60⟩\n",
        ),
        t("maxmind-license-key", env, "MAXMIND_LICENSE_KEY=⟨a6⟩_⟨a29⟩_mmk\n"),
        t("settlemint-token", env, "SETTLEMINT_TOKEN=sm_pat_⟨a16⟩\n"),
        t("intra42-client-secret", env, "secret=s-s4t2ud-⟨h64⟩\n"),
        t("slack-token", env, "SLACK=xoxb-⟨d12⟩-⟨d12⟩-⟨a24⟩\n"),
        t("slack-token", env, "SLACK=xoxp-⟨d12⟩-⟨d12⟩-⟨d12⟩-⟨h32⟩\n"),
        t("slack-app-token", env, "SLACK_APP_TOKEN=xapp-1-A⟨u10⟩-⟨d13⟩-⟨l64⟩\n"),
        t(
            "slack-webhook-url",
            env,
            "url: https://hooks.slack.com/services/T⟨u8⟩/B⟨u8⟩/⟨a24⟩\n",
        ),
        t(
            "slack-webhook-url",
            env,
            "url: hooks.slack.com/services/T⟨u8⟩/B⟨u8⟩/⟨a24⟩\n",
        ),
        t(
            "microsoft-teams-webhook",
            env,
            "webhook: https://acme.webhook.office.com/webhookb2/⟨uuid⟩@⟨uuid⟩/IncomingWebhook/⟨h32⟩/⟨uuid⟩\n",
        ),
        t("discord-token", env, "DISCORD_BOT_TOKEN=M⟨a24⟩.⟨w6⟩.⟨w27⟩\n"),
        t("discord-token", env, "discord_client_secret: ⟨w32⟩\n"),
        t("telegram-bot-token", env, "TELEGRAM_BOT_TOKEN=⟨d10⟩:AA⟨w33⟩\n"),
        t("twilio-api-key", env, "TWILIO_API_KEY=SK⟨h32⟩\n"),
        t("twilio-auth-token", env, "twilio_auth_token = ⟨h32⟩\n"),
        t("sendgrid-api-key", env, "SENDGRID_API_KEY=SG.⟨w22⟩.⟨w43⟩\n"),
        t("sendgrid-api-key", env, "key: SG.⟨w22⟩.⟨w43⟩\n"),
        t("sendinblue-api-token", env, "BREVO_KEY=xkeysib-⟨h64⟩-⟨a16⟩\n"),
        t("mailgun-api-key", env, "MAILGUN_API_KEY=key-⟨h32⟩\n"),
        t("mailchimp-api-key", env, "MAILCHIMP_API_KEY=⟨h32⟩-us6\n"),
        t("mattermost-access-token", env, "MATTERMOST_TOKEN=⟨l26⟩\n"),
        t("messagebird-api-token", env, "MESSAGEBIRD_API_KEY=⟨a25⟩\n"),
        t("sendbird-access-token", env, "SENDBIRD_API_TOKEN=⟨h40⟩\n"),
        t("intercom-api-key", env, "INTERCOM_ACCESS_TOKEN=dG9rOj⟨w54⟩\n"),
        t("gitter-access-token", env, "GITTER_TOKEN=⟨l40⟩\n"),
        t("zendesk-secret-key", env, "ZENDESK_API_TOKEN=⟨a40⟩\n"),
        t("stripe-secret-key", env, "stripe: sk_live_⟨a24⟩\n"),
        t("stripe-secret-key", env, "STRIPE_KEY=rk_test_⟨a24⟩\n"),
        t("stripe-webhook-secret", env, "STRIPE_WEBHOOK_SECRET=whsec_⟨a32⟩\n"),
        t("square-access-token", env, "SQUARE_ACCESS_TOKEN=EAAA⟨w60⟩\n"),
        t("square-access-token", env, "SQUARE_SECRET=sq0csp-⟨w43⟩\n"),
        t("shopify-token", env, "SHOPIFY_TOKEN=shpat_⟨h32⟩\n"),
        t("flutterwave-secret-key", env, "FLW_SECRET=FLWSECK_TEST-⟨h32⟩-X\n"),
        t("gocardless-api-token", env, "GOCARDLESS_ACCESS_TOKEN=live_⟨w40⟩\n"),
        t("plaid-api-token", env, "PLAID_SECRET=⟨l30⟩\n"),
        t("lob-api-key", env, "LOB_API_KEY=test_⟨h35⟩\n"),
        t("easypost-api-token", env, "EASYPOST_API_KEY=EZAK⟨a54⟩\n"),
        t("shippo-api-token", env, "SHIPPO_TOKEN=shippo_live_⟨h40⟩\n"),
        t("duffel-api-token", env, "DUFFEL_TOKEN=duffel_test_⟨w43⟩\n"),
        t("finicity-api-token", env, "FINICITY_APP_KEY=⟨h32⟩\n"),
        t("coinbase-access-token", env, "COINBASE_API_SECRET=⟨w64⟩\n"),
        t("kraken-access-token", env, "KRAKEN_PRIVATE_KEY=⟨b88⟩\n"),
        t("kucoin-access-token", env, "KUCOIN_API_KEY=⟨h24⟩\n"),
        t("bittrex-access-key", env, "BITTREX_API_KEY=⟨a32⟩\n"),
        t(
            "freemius-secret-key",
            "app/config.php",
            "<?php return ['secret_key' => 'sk_⟨a29⟩'];\n",
        ),
        t(
            "openai-api-key",
            env,
            "OPENAI_API_KEY=sk-proj-⟨w74⟩T3BlbkFJ⟨w74⟩\n",
        ),
        t("openai-api-key", env, "OPENAI_API_KEY=sk-⟨a20⟩T3BlbkFJ⟨a20⟩\n"),
        t("anthropic-api-key", env, "ANTHROPIC_API_KEY=sk-ant-api03-⟨w93⟩AA\n"),
        t("huggingface-access-token", env, "HF_TOKEN=hf_⟨a34⟩\n"),
        t("cohere-api-token", env, "COHERE_API_KEY=⟨a40⟩\n"),
        t("perplexity-api-key", env, "PPLX=pplx-⟨a48⟩\n"),
        t("privateai-api-token", env, "PRIVATE_AI_KEY=⟨l32⟩\n"),
        t("datadog-access-token", env, "DD_API_KEY=⟨h32⟩\n"),
        t("datadog-access-token", env, "datadog_app_key: ⟨h40⟩\n"),
        t("new-relic-key", env, "NEW_RELIC_API_KEY=NRAK-⟨u27⟩\n"),
        t("new-relic-user-api-id", env, "NEW_RELIC_USER_KEY=⟨a64⟩\n"),
        t("sentry-token", env, "SENTRY_AUTH_TOKEN=sntryu_⟨h64⟩\n"),
        t("sentry-access-token", env, "SENTRY_AUTH_TOKEN=⟨h64⟩\n"),
        t("grafana-token", env, "GRAFANA_TOKEN=glsa_⟨a32⟩_⟨h8⟩\n"),
        t("grafana-token", env, "GRAFANA_CLOUD=glc_⟨b60⟩\n"),
        t("dynatrace-api-token", env, "DT_API_TOKEN=dt0c01.⟨u24⟩.⟨u64⟩\n"),
        t("sumologic-access-token", env, "SUMO_ACCESS_KEY=⟨a64⟩\n"),
        t("launchdarkly-access-token", env, "LAUNCHDARKLY_SDK_KEY=⟨w40⟩\n"),
        t("algolia-api-key", env, "ALGOLIA_ADMIN_KEY=⟨a32⟩\n"),
        t("okta-access-token", env, "OKTA_API_TOKEN=00⟨w40⟩\n"),
        t("adobe-client-secret", env, "ADOBE_CLIENT_SECRET=p8e-⟨a32⟩\n"),
        t("adafruit-api-key", env, "ADAFRUIT_IO_KEY=⟨w32⟩\n"),
        t("airtable-api-key", env, "AIRTABLE_TOKEN=pat⟨a14⟩.⟨h64⟩\n"),
        t("airtable-api-key-legacy", env, "airtable_api_key: key⟨a14⟩\n"),
        t("asana-client-secret", env, "ASANA_CLIENT_SECRET=⟨a32⟩\n"),
        t("beamer-api-token", env, "BEAMER_API_KEY=b_⟨w44⟩\n"),
        t("contentful-delivery-api-token", env, "CONTENTFUL_DELIVERY_TOKEN=⟨w43⟩\n"),
        t("dropbox-api-token", env, "DROPBOX_ACCESS_TOKEN=sl.⟨w135⟩\n"),
        t("etsy-access-token", env, "ETSY_API_KEY=⟨l24⟩\n"),
        t("facebook-access-token", env, "FB_PAGE_TOKEN=EAAC⟨a120⟩\n"),
        t("facebook-secret", env, "FACEBOOK_APP_SECRET=⟨h32⟩\n"),
        t("fastly-api-token", env, "FASTLY_API_TOKEN=⟨w32⟩\n"),
        t("finnhub-access-token", env, "FINNHUB_API_KEY=⟨a20⟩\n"),
        t("flickr-access-token", env, "FLICKR_KEY=⟨h32⟩\n"),
        t("freshbooks-access-token", env, "FRESHBOOKS_TOKEN=⟨a64⟩\n"),
        t("hubspot-api-key", env, "HUBSPOT_TOKEN=pat-na1-⟨uuid⟩\n"),
        t("hubspot-api-key-legacy", env, "HUBSPOT_API_KEY=⟨UUID⟩\n"),
        t("ionic-api-token", env, "IONIC_TOKEN=ion_⟨a42⟩\n"),
        t("linkedin-client-secret", env, "LINKEDIN_CLIENT_SECRET=⟨a16⟩\n"),
        t("mapbox-secret-token", env, "MAPBOX_TOKEN=sk.eyJ⟨w60⟩.⟨w22⟩\n"),
        t("cisco-meraki-api-key", env, "MERAKI_API_KEY=⟨h40⟩\n"),
        t("notion-api-token", env, "NOTION_TOKEN=ntn_⟨d11⟩⟨a35⟩\n"),
        t("nytimes-access-token", env, "NYTIMES_API_KEY=⟨a32⟩\n"),
        t("rapidapi-access-token", env, "RAPIDAPI_KEY=⟨w50⟩\n"),
        t("squarespace-access-token", env, "SQUARESPACE_API_KEY=⟨uuid⟩\n"),
        t("twitch-api-token", env, "TWITCH_CLIENT_SECRET=⟨l30⟩\n"),
        t(
            "twitter-token",
            env,
            "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAA⟨a90⟩\n",
        ),
        t("twitter-token", env, "TWITTER_API_SECRET=⟨a50⟩\n"),
        t("private-key", "root/.ssh/id_rsa", &pem("RSA PRIVATE KEY", "", "")),
        t("private-key", "app/key.pem", &pem("PRIVATE KEY", "", "")),
        t("private-key", "app/ec.pem", &pem("EC PRIVATE KEY", "", "")),
        t("private-key", "app/dsa.pem", &pem("DSA PRIVATE KEY", "", "")),
        t(
            "private-key",
            "root/.ssh/id_ed25519",
            &pem("OPENSSH PRIVATE KEY", "", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU"),
        ),
        t(
            "private-key",
            "app/key.asc",
            &pem("PGP PRIVATE KEY BLOCK", "Version: test\n\n", ""),
        ),
        t(
            "private-key-encrypted",
            "app/enc.pem",
            &pem("ENCRYPTED PRIVATE KEY", "", ""),
        ),
        t(
            "private-key-encrypted",
            "app/enc-rsa.pem",
            &pem(
                "RSA PRIVATE KEY",
                "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n",
                "",
            ),
        ),
        t(
            "private-key-encrypted",
            "root/.ssh/id_enc",
            &pem(
                "OPENSSH PRIVATE KEY",
                "",
                "b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHI",
            ),
        ),
        t(
            "putty-private-key",
            "home/u/key.ppk",
            "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240101\nPublic-Lines: 2\n⟨b64⟩\n⟨b4⟩\nPrivate-Lines: 1\n⟨b44⟩\nPrivate-MAC: ⟨h64⟩\n",
        ),
        t(
            "jwt",
            env,
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ⟨w40⟩.⟨w43⟩\n",
        ),
        t("jwt-base64", env, "token: ⟨jwtb64⟩\n"),
        t(
            "kubeconfig-client-key",
            "root/.kube/config",
            "users:\n- name: u\n  user:\n    client-key-data: ⟨b60⟩\n",
        ),
        t(
            "kubeconfig-token",
            "root/.kube/config",
            "apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    token: ⟨a40⟩\n",
        ),
        t(
            "kubernetes-secret",
            "app/k8s/secret.yaml",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ⟨B16⟩\n",
        ),
        t(
            "kubernetes-secret",
            "app/k8s/secret2.yaml",
            "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  token: \"⟨a24⟩\"\n",
        ),
        t(
            "netrc-password",
            "root/.netrc",
            "machine git.example.org\n  login deploy\n  password ⟨a18⟩\n",
        ),
        t(
            "netrc-password",
            env,
            "machine example.net login deploy password ⟨a16⟩\n",
        ),
        t(
            "git-credentials",
            "root/.git-credentials",
            "https://deploy:⟨a20⟩@git.example.org\n",
        ),
        t(
            "terraform-variable-secret",
            "infra/prod.tfvars",
            "region = \"eu-west-1\"\ndb_password = \"⟨a16⟩\"\n",
        ),
        t(
            "env-file-secret",
            "app/.env.production",
            "APP_ENV=production\nDB_PASS_TOKEN=⟨a16⟩\n",
        ),
        t(
            "curl-credentials",
            "app/deploy.sh",
            "curl -sf -u deploy:⟨a16⟩ https://api.internal/v1/deploy\n",
        ),
        t(
            "curl-credentials",
            "app/deploy.sh",
            "curl -H \"Authorization: Bearer ⟨a40⟩\" https://api.internal/v1\n",
        ),
        t(
            "url-credentials",
            env,
            "DATABASE_URL=postgres://app:⟨a16⟩@db.internal:5432/app\n",
        ),
        t("generic-secret", env, "db_password = \"⟨a14⟩\"\n"),
        t("generic-secret", env, "API_KEY: ⟨a24⟩\n"),
    ]
}

/// Things that look like secrets and are not: each must give no finding.
/// (path, template; fields are random, so hashes and ids look real.)
fn traps() -> Vec<(&'static str, String)> {
    let t = |path: &'static str, template: &str| (path, template.to_string());
    vec![
        // Placeholders and documentation values.
        t("app/a.txt", "key = AKIAIOSFODNN7EXAMPLE\nsecret = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
        t("app/b.txt", "t=ghp_⟨a20⟩\n"),
        t("app/c.txt", "t=ghp_⟨a36⟩\n"), // no valid checksum: not a GitHub token
        t("app/d.txt", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nAWS=AKIAXXXXXXXXXXXXXXXX\nGL=glpat-XXXXXXXXXXXXXXXXXXXX\n"),
        t("app/e.txt", "token: glpat-your_token_here_abcd\nkey: sk_live_<your key here>\n"),
        t("app/f.py", "if line == \"-----BEGIN RSA PRIVATE KEY-----\":\n    pass\n"),
        t("app/g.txt", "# generate a private key with: openssl genrsa\n"),
        t("app/h.py", "password = self.password\npassword = ${DB_PASSWORD}\npassword: changeme123\n"),
        t("app/i.ini", "password_file = /run/secrets/db\nPASSWORD_MIN_LENGTH = 12\napi_key = get_api_key()\n"),
        t("app/j.yaml", "token: abc\nkind: Pod\n"),
        t("app/k.txt", "eyJhbGci.notbase64!!.x\n"),
        t("app/l.txt", "see https://user:password@example.com/ and postgres://user:pass@localhost/db\n"),
        t("app/m.txt", "id = SK⟨h32⟩\n"),
        // The generic rule: one line, one value, never a URL or a name.
        t("app/.env.sample", "GITHUB_API_KEY=\nDYNATRACE_API_KEY=\n"),
        t("app/n.py", "access_token_url='https://auth.example.org/oauth/token'\nsecret_name: db-credentials\n"),
        t("app/o.cfg", "SECRET_KEY_ID = ⟨uuid⟩\nrequest_token_url = https://api.example.org/oauth/request_token\n"),
        // Ruby's uri/generic.rb doc comments, axios's README example.
        t(
            "usr/lib/ruby/3.1.0/uri/generic.rb",
            "    # == Examples\n    #\n    #   require 'uri'\n    #\n    #   uri = URI.parse(\"http://john:S3nsit1ve@my.example.com\")\n    #   uri.password = \"V3ry_S3nsit1ve\"\n    #   uri.to_s  #=> \"http://john:V3ry_S3nsit1ve@my.example.com\"\n    #\n    def password=(password)\n      check_password(password)\n      set_password(password)\n    end\n",
        ),
        t(
            "app/node_modules/axios/README.md",
            "  // `auth` indicates that HTTP Basic auth should be used\n  auth: {\n    username: 'janedoe',\n    password: 's00pers3cret'\n  },\n",
        ),
        // Lockfiles, checksums, ids.
        t(
            "app/package-lock.json",
            "{\n  \"packages\": {\n    \"node_modules/axios\": {\n      \"version\": \"1.6.0\",\n      \"resolved\": \"https://registry.npmjs.org/axios/-/axios-1.6.0.tgz\",\n      \"integrity\": \"sha512-⟨b86⟩==\"\n    }\n  }\n}\n",
        ),
        t(
            "app/yarn.lock",
            "axios@^1.6.0:\n  version \"1.6.0\"\n  resolved \"https://registry.yarnpkg.com/axios/-/axios-1.6.0.tgz#⟨h40⟩\"\n  integrity sha512-⟨b86⟩==\n",
        ),
        t(
            "app/go.sum",
            "golang.org/x/crypto v0.17.0 h1:⟨b43⟩=\ngolang.org/x/crypto v0.17.0/go.mod h1:⟨b43⟩=\ngithub.com/aws/aws-sdk-go v1.44.0 h1:⟨b43⟩=\n",
        ),
        t(
            "app/Cargo.lock",
            "[[package]]\nname = \"secrecy\"\nversion = \"0.8.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"⟨h64⟩\"\n",
        ),
        t(
            "app/requirements.txt",
            "requests==2.31.0 \\\n    --hash=sha256:⟨h64⟩\n",
        ),
        t(
            "app/ids.json",
            "{\"id\": \"⟨uuid⟩\", \"api_key_id\": \"⟨uuid⟩\", \"secret_id\": \"⟨uuid⟩\", \"digest\": \"sha256:⟨h64⟩\", \"commit\": \"⟨h40⟩\"}\n",
        ),
        t(
            "app/index.html",
            "<script src=\"https://cdn.example.org/x.js\" integrity=\"sha384-⟨b64⟩\" crossorigin=\"anonymous\"></script>\n",
        ),
        // Minified JS under node_modules: base64 blobs and code.
        t(
            "app/node_modules/pkg/dist/pkg.min.js",
            "!function(){var a=\"data:image/png;base64,⟨b400⟩\";function t(e){return e.token=e.secret||n.apiKey,e}const k=process.env.API_KEY;var s={password:e.password,secret:t.secret};}();\n",
        ),
        // Structured files with nothing to find.
        t(
            "app/k8s/templated.yaml",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {{ .Values.password | b64enc }}\n  username: {{ .Values.user | b64enc | quote }}\n",
        ),
        t(
            "app/k8s/configmap.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  checksum: ⟨B16⟩\n",
        ),
        t("app/.npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"),
        t("app/.env", "DB_PASSWORD=changeme\nAPI_TOKEN=\nSECRET_KEY_FILE=/run/secrets/x\nTOKEN_URL=https://auth.example.org/token\n"),
        t("app/node_modules/pkg/.env.example", "APP_SECRET=⟨a24⟩\nDB_PASSWORD=⟨a16⟩\n"),
        t("infra/prod.tfvars", "db_password = var.db_password\napi_token = \"${var.token}\"\n"),
        t(
            "app/cert.pem",
            "-----BEGIN CERTIFICATE-----\n⟨b64⟩\n⟨b64⟩\n⟨b64⟩\n-----END CERTIFICATE-----\n-----BEGIN PUBLIC KEY-----\n⟨b64⟩\n⟨b64⟩\n-----END PUBLIC KEY-----\n",
        ),
        // Documented dummy values (Stripe's docs, jwt.io's sample token).
        t("app/stripe.md", "Stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'\n"),
        t(
            "app/jwt.js",
            "const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';\n",
        ),
        // Code that names secrets.
        t(
            "app/settings.py",
            "SECRET_KEY = os.environ[\"SECRET_KEY\"]\npassword = request.form.get('password')\napi_key: str = Field(..., env='API_KEY')\nDB_PASSWORD = config('DB_PASSWORD', default='')\n",
        ),
        t(
            "app/lib/webrick/httpauth.rb",
            "      # Returns the password for +user+ in +realm+.\n      def get_passwd(realm, user, reload_db)\n        @auth_type == BasicAuth ? @passwd : @digest\n      end\n      password = @userdb.get_passwd(@realm, user, @reload_db)\n",
        ),
    ]
}

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

#[test]
fn every_rule_has_a_case() {
    let cases = cases();
    let missing: Vec<&str> = rules::BUILTIN
        .iter()
        .map(|r| r.id)
        .filter(|id| !cases.iter().any(|c| c.0 == *id))
        .collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

#[test]
fn every_case_is_found_by_its_rule() {
    let cs = CompiledSecrets::builtin();
    let mut missed = Vec::new();
    for (i, (rule, path, template)) in cases().iter().enumerate() {
        let text = render(template, i as u64 + 1, false);
        let got = found_in(&cs, path, &text);
        if !got.iter().any(|r| r == rule) {
            missed.push(format!("case {i} ({rule}): found {got:?}"));
        }
    }
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}

#[test]
fn placeholder_form_of_every_case_is_not_found() {
    let cs = CompiledSecrets::builtin();
    let mut flagged = Vec::new();
    for (i, (rule, path, template)) in cases().iter().enumerate() {
        let text = render(template, i as u64 + 1, true);
        let got = found_in(&cs, path, &text);
        if !got.is_empty() {
            flagged.push(format!("case {i} ({rule}): {got:?}"));
        }
    }
    assert!(
        flagged.is_empty(),
        "placeholders flagged:\n{}",
        flagged.join("\n")
    );
}

#[test]
fn traps_are_not_found() {
    let cs = CompiledSecrets::builtin();
    let mut flagged = Vec::new();
    for (i, (path, template)) in traps().iter().enumerate() {
        let text = render(template, 500 + i as u64, false);
        let got = found_in(&cs, path, &text);
        if !got.is_empty() {
            flagged.push(format!("trap {i} ({path}): {got:?}"));
        }
    }
    assert!(flagged.is_empty(), "traps flagged:\n{}", flagged.join("\n"));
}

#[test]
fn every_rule_literal_prefix_is_in_the_prefilter() {
    let cs = CompiledSecrets::builtin();
    for (i, r) in rules::BUILTIN.iter().enumerate() {
        assert_eq!(cs.rules[i].id, r.id);
        if !r.keywords.is_empty() {
            // Own keywords: each is searched for this rule.
            for k in r.keywords {
                assert!(
                    cs.prefilter_finds(&k.to_ascii_lowercase(), i),
                    "{}: keyword {k:?} not in the prefilter",
                    r.id
                );
            }
            continue;
        }
        let prefixes = literal_prefixes(r.regex);
        assert!(
            prefixes.is_some() || !r.files.is_empty(),
            "{}: no literal prefix of 4+ characters, no keywords and no file names",
            r.id
        );
        for p in prefixes.unwrap_or_default() {
            assert!(
                cs.prefilter_finds(&p, i),
                "{}: prefix {p:?} not in the prefilter",
                r.id
            );
        }
    }
    eprintln!(
        "prefilter: {} keywords for {} rules",
        cs.keyword_count(),
        cs.rules.len()
    );
    // The AWS key prefixes the old fixed keyword list missed.
    let aws = prefixes_of("aws-access-key-id");
    for p in ["akia", "asia", "abia", "acca"] {
        assert!(aws.iter().any(|k| k == p), "{p} missing: {aws:?}");
    }
}

fn prefixes_of(id: &str) -> Vec<String> {
    rules::BUILTIN
        .iter()
        .find(|r| r.id == id)
        .and_then(|r| literal_prefixes(r.regex))
        .unwrap_or_default()
}

#[test]
fn builtin_regexes_compile() {
    for r in rules::BUILTIN {
        assert!(compile_regex(r.regex).is_ok(), "{} does not compile", r.id);
    }
}

#[test]
fn value_never_in_hit_and_fingerprint_matches() {
    let cs = CompiledSecrets::builtin();
    let text = render("A=1\nGITHUB_TOKEN=ghp_⟨gh⟩\n", 60, false);
    let token = text
        .lines()
        .nth(1)
        .and_then(|l| l.split_once('='))
        .map(|(_, v)| v.to_string())
        .unwrap_or_default();
    let mut s = Scanner::new(&cs);
    assert!(s.begin_file("app/.env", 100));
    s.feed(text.as_bytes());
    let hits = s.finish();
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.line, 2);
    assert!(h.fingerprint == crate::redact::fingerprint(token.as_bytes()));
    assert!(!h.preview.contains(&token) && !h.fingerprint.contains(&token));
    assert!(h.preview.starts_with("ghp_") && h.preview.ends_with("(40 chars)"));
}

#[test]
fn no_hit_holds_its_value_for_any_rule() {
    // Every rule's case: the preview and fingerprint never contain the value
    // (nor a 8-character piece of it past the 4-character preview).
    let cs = CompiledSecrets::builtin();
    for (i, (rule, path, template)) in cases().iter().enumerate() {
        let text = render(template, i as u64 + 1, false);
        let mut s = Scanner::new(&cs);
        if !s.begin_file(path, text.len() as u64) {
            continue;
        }
        s.feed(text.as_bytes());
        for h in s.finish() {
            let shown = format!("{} {}", h.preview, h.fingerprint);
            let leaked = text
                .as_bytes()
                .windows(8)
                .filter(|w| w.iter().all(u8::is_ascii_alphanumeric))
                .filter(|w| {
                    let w = String::from_utf8_lossy(w);
                    shown.contains(w.as_ref()) && !h.fingerprint.contains(w.as_ref())
                })
                .count();
            assert!(leaked == 0, "case {i} ({rule}): value text in the preview");
            assert!(
                h.preview.chars().filter(|c| *c != '…').count() <= 4 + " (999 chars)".len(),
                "case {i} ({rule}): preview too long"
            );
        }
    }
}

/// A docker-archive (one uncompressed layer of `files`) written to `dir`.
fn docker_archive(dir: &std::path::Path, files: &[(String, String)]) -> std::path::PathBuf {
    use sha2::Digest as _;
    let hex = |b: &[u8]| {
        sha2::Sha256::digest(b)
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<String>()
    };
    let mut layer = tar::Builder::new(Vec::new());
    for (path, text) in files {
        let mut h = tar::Header::new_ustar();
        h.set_size(text.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(1_700_000_000);
        h.set_entry_type(tar::EntryType::Regular);
        layer
            .append_data(&mut h, path, text.as_bytes())
            .expect("tar entry");
    }
    let layer = layer.into_inner().expect("tar");
    let diff_id = hex(&layer);
    let config = format!(
        r#"{{"architecture":"amd64","os":"linux","config":{{}},"rootfs":{{"type":"layers","diff_ids":["sha256:{diff_id}"]}}}}"#
    );
    let config_name = format!("{}.json", hex(config.as_bytes()));
    let manifest = format!(
        r#"[{{"Config":"{config_name}","RepoTags":["imagegate-test/cases:latest"],"Layers":["{diff_id}.tar"]}}]"#
    );
    let mut archive = tar::Builder::new(Vec::new());
    for (name, data) in [
        (format!("{diff_id}.tar"), layer),
        (config_name, config.into_bytes()),
        ("manifest.json".to_string(), manifest.into_bytes()),
    ] {
        let mut h = tar::Header::new_ustar();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        archive
            .append_data(&mut h, name, data.as_slice())
            .expect("tar entry");
    }
    let path = dir.join("cases.tar");
    std::fs::write(&path, archive.into_inner().expect("tar")).expect("write image");
    path
}

#[test]
fn no_report_format_or_cli_output_holds_a_value_of_any_rule() {
    // Every rule's case in one image: each is found, and no report format
    // nor the command line's output contains any generated value.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    let mut values = Vec::new();
    for (i, (_, path, template)) in cases().iter().enumerate() {
        let (text, v) = render_values(template, i as u64 + 1, false);
        files.push((format!("cases/{i}/{path}"), text));
        values.extend(v.into_iter().filter(|v| v.len() >= 8));
    }
    let image = docker_archive(dir.path(), &files);
    let formats = vec![
        crate::Format::Json,
        crate::Format::Text,
        crate::Format::Cyclonedx,
        crate::Format::Spdx,
        crate::Format::Sarif,
        crate::Format::Junit,
        crate::Format::Markdown,
    ];
    let mut req = crate::ScanRequest::new(&image);
    req.skip_vulnerabilities = true;
    req.formats = formats.clone();
    let outcome = crate::scan(&req).expect("scan");
    assert_eq!(outcome.reports.len(), formats.len());
    let json: serde_json::Value =
        serde_json::from_str(&outcome.reports[0].content).expect("json report");
    let found: HashSet<&str> = json["secrets"]
        .as_array()
        .map(|a| a.iter().filter_map(|f| f["rule"].as_str()).collect())
        .unwrap_or_default();
    let missing: Vec<&str> = rules::BUILTIN
        .iter()
        .map(|r| r.id)
        .filter(|id| !found.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "rules not found in the image: {missing:?}"
    );
    for r in &outcome.reports {
        let leaked = values
            .iter()
            .filter(|v| r.content.contains(v.as_str()))
            .count();
        assert!(
            leaked == 0,
            "{:?}: {leaked} value(s) in the report",
            r.format
        );
    }
    let mut out = Vec::new();
    let mut err = Vec::new();
    let args: Vec<String> = [
        "scan",
        &image.to_string_lossy(),
        "--format=text",
        "--skip-vulnerabilities",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(crate::cli::run(&args, &mut out, &mut err), 1);
    let all = String::from_utf8_lossy(&[out, err].concat()).into_owned();
    let leaked = values.iter().filter(|v| all.contains(v.as_str())).count();
    assert!(leaked == 0, "{leaked} value(s) on the command line output");
}

#[test]
fn streaming_across_chunks_reports_once_with_line() {
    let cs = CompiledSecrets::builtin();
    let token = render("glpat-⟨a20⟩", 61, false);
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
    let token = render("ghp_⟨gh⟩", 62, false);
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
fn generic_rule_skips_documentation_and_comments_but_tokens_do_not() {
    let cs = CompiledSecrets::builtin();
    let generic = render("db_password = \"⟨a14⟩\"\n", 63, false);
    assert_eq!(
        found_in(&cs, "app/README.md", &generic),
        Vec::<String>::new()
    );
    assert_eq!(
        found_in(&cs, "app/x.conf", &format!("# {generic}")),
        Vec::<String>::new()
    );
    let token = render("t=ghp_⟨gh⟩\n", 64, false);
    assert_eq!(found_in(&cs, "app/README.md", &token), vec!["github-pat"]);
    assert_eq!(
        found_in(&cs, "app/x.conf", &format!("# {token}")),
        vec!["github-pat"]
    );
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

    // A custom rule whose value starts with a literal needs no keywords.
    let derived = SecretsConfig {
        custom_rules: vec![CustomRule {
            keywords: vec![],
            ..cfg.custom_rules[0].clone()
        }],
        ..SecretsConfig::default()
    };
    let cs = derived.compile().unwrap_or_else(|_| unreachable!());
    assert_eq!(
        found_in(&cs, "app/x.conf", &format!("k={token}")),
        vec!["acme-key".to_string()]
    );
}

/// Writes every case, its placeholder form and the traps to
/// `$IMAGEGATE_SECRETS_CASES/{positive,negative}/…` for `bench/secrets.sh`,
/// with `index.tsv` (kind, rule, file) beside them.
#[test]
#[ignore = "writes the benchmark cases; run by bench/secrets.sh"]
fn export_cases() {
    let Some(dir) = std::env::var_os("IMAGEGATE_SECRETS_CASES") else {
        panic!("set IMAGEGATE_SECRETS_CASES to the output directory");
    };
    let dir = std::path::PathBuf::from(dir);
    let mut index = String::from("kind\trule\tfile\n");
    let mut write = |kind: &str, rule: &str, n: usize, path: &str, text: &str| {
        let file = format!("{kind}/{rule}/{n}/{path}");
        let full = dir.join(&file);
        std::fs::create_dir_all(full.parent().unwrap_or(&dir)).expect("mkdir");
        std::fs::write(&full, text).expect("write case");
        index.push_str(&format!("{kind}\t{rule}\t{file}\n"));
    };
    for (i, (rule, path, template)) in cases().iter().enumerate() {
        write(
            "positive",
            rule,
            i,
            path,
            &render(template, i as u64 + 1, false),
        );
        write(
            "negative",
            rule,
            i,
            path,
            &render(template, i as u64 + 1, true),
        );
    }
    for (i, (path, template)) in traps().iter().enumerate() {
        write(
            "negative",
            "trap",
            i,
            path,
            &render(template, 500 + i as u64, false),
        );
    }
    std::fs::write(dir.join("index.tsv"), index).expect("index");
}

#[test]
fn docs_name_every_rule_and_only_real_ones() {
    // docs/secrets.md lists every built-in rule, and its coverage tables
    // (gitleaks, Trivy → ours) name only rules that exist.
    let doc = include_str!("../../docs/secrets.md");
    for r in rules::BUILTIN {
        assert!(
            doc.contains(&format!("`{}`", r.id)),
            "{} not in docs/secrets.md",
            r.id
        );
    }
    let mut ids: HashSet<&str> = rules::BUILTIN.iter().map(|r| r.id).collect();
    ids.insert(rules::ENV_SECRET.id);
    let mut rows = 0;
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | `peer-rule` | `ours`, `ours` | note |
        if cells.len() < 4 || cells[2] == "not covered" || !cells[2].starts_with('`') {
            continue;
        }
        rows += 1;
        for ours in cells[2].split(',').map(|c| c.trim().trim_matches('`')) {
            let ours = ours.trim_end_matches('*');
            assert!(
                ids.contains(ours) || ids.iter().any(|i| i.starts_with(ours)),
                "docs/secrets.md names unknown rule {ours:?} in: {line}"
            );
        }
    }
    assert!(rows > 250, "coverage tables not found ({rows} rows)");
}
