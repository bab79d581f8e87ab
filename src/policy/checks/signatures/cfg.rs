//! `[signatures]`: trusted public keys and the signature requirement.
//!
//! ```toml
//! [signatures]
//! require = true                 # a valid signature by a trusted key, or the gate fails
//! trusted-keys = ['''
//! -----BEGIN PUBLIC KEY-----
//! MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...
//! -----END PUBLIC KEY-----
//! ''']
//! ```
//!
//! Keyless Sigstore bundles (Fulcio certificates) are trusted from named
//! signers only, checked against a trusted root:
//!
//! ```toml
//! [signatures]
//! trusted-root = "sigstore/trusted_root.json"   # relative to the policy file
//! identities = [
//!   { issuer = "https://token.actions.githubusercontent.com",
//!     subject-regexp = 'https://github\.com/acme/.*' },
//! ]
//! ```
//!
//! Keys given on the command line (`--public-key`) are trusted too; any
//! trusted key or identity makes a signature required, as `require = true` does.
//! `require = true` with no trusted key at all fails every image
//! (`signature-missing` / `signature-invalid`).

use crate::policy::cfg::{Cx, Tbl};

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub require: bool,
    /// `(name, PEM)`; the name is `policy key N` (1-based).
    pub trusted_keys: Vec<(String, String)>,
    /// The Sigstore trusted root's path, relative to the policy file (the
    /// host reads it; the component gets its text in the request).
    pub trusted_root: Option<String>,
    /// Identities trusted to sign keyless bundles.
    pub identities: Vec<crate::signature::sigstore::IdentitySpec>,
}

pub fn parse(cx: &mut Cx<'_>, t: &mut Tbl<'_, '_>) -> Config {
    let mut c = Config::default();
    if let Some(b) = t.bool(cx, "require") {
        c.require = b;
    }
    if let Some(list) = t.strings(cx, "trusted-keys") {
        for (i, k) in list.into_iter().enumerate() {
            let name = format!("policy key {}", i + 1);
            match crate::signature::TrustedKey::from_pem(&name, k.get_ref()) {
                Ok(_) => c.trusted_keys.push((name, k.into_inner())),
                Err(e) => cx.err(k.span(), format!("`signatures.trusted-keys[{i}]`: {e}")),
            }
        }
    }
    if let Some(p) = t.str(cx, "trusted-root") {
        if p.get_ref().trim().is_empty() {
            cx.err(p.span(), "`signatures.trusted-root` is empty");
        } else {
            c.trusted_root = Some(p.into_inner());
        }
    }
    for (i, mut it) in t.tables(cx, "identities").into_iter().enumerate() {
        let issuer = it.str(cx, "issuer");
        let subject = it.str(cx, "subject");
        let regexp = it.str(cx, "subject-regexp");
        let spec = match (issuer, subject, regexp) {
            (Some(iss), Some(s), None) => Some((iss, s, false)),
            (Some(iss), None, Some(r)) => Some((iss, r, true)),
            (None, _, _) => {
                cx.err(
                    it.span.clone(),
                    format!("`{}` needs an `issuer` (the OIDC issuer URL)", it.path),
                );
                None
            }
            _ => {
                cx.err(
                    it.span.clone(),
                    format!(
                        "`{}` needs exactly one of `subject` and `subject-regexp`",
                        it.path
                    ),
                );
                None
            }
        };
        if let Some((iss, subj, regexp)) = spec {
            let id = crate::signature::sigstore::IdentitySpec {
                issuer: iss.get_ref().clone(),
                subject: subj.get_ref().clone(),
                regexp,
            };
            match id.compile() {
                Ok(_) => c.identities.push(id),
                Err(e) => cx.err(subj.span(), format!("`signatures.identities[{i}]`: {e}")),
            }
        }
        it.finish(cx);
    }
    c
}

#[cfg(test)]
mod tests {
    #[test]
    fn keyless_identities_parse_and_bad_ones_are_errors() {
        let ok = crate::policy::cfg::parse(
            "imagegate.toml",
            "[signatures]\ntrusted-root = \"root.json\"\nidentities = [\n  { issuer = \"https://i\", subject = \"a@b\" },\n  { issuer = \"https://i\", subject-regexp = 'https://x/.*' },\n]\n",
        )
        .expect("a valid policy");
        let s = &ok.signatures;
        assert_eq!(s.trusted_root.as_deref(), Some("root.json"));
        assert_eq!(s.identities.len(), 2);
        assert!(!s.identities[0].regexp && s.identities[1].regexp);
        for (bad, why) in [
            ("identities = [{ subject = \"a\" }]", "needs an `issuer`"),
            ("identities = [{ issuer = \"i\" }]", "exactly one of"),
            (
                "identities = [{ issuer = \"i\", subject = \"a\", subject-regexp = \"b\" }]",
                "exactly one of",
            ),
            (
                "identities = [{ issuer = \"i\", subject-regexp = \"(\" }]",
                "not a valid regular expression",
            ),
            (
                "identities = [{ issuer = \"i\", subject = \"a\", typo = 1 }]",
                "typo",
            ),
            ("trusted-root = \"\"", "is empty"),
        ] {
            let e = crate::policy::cfg::parse("imagegate.toml", &format!("[signatures]\n{bad}\n"))
                .expect_err(bad)
                .to_string();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }
}
