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
//! Keys given on the command line (`--public-key`) are trusted too; any
//! trusted key makes a signature required, as `require = true` does.
//! `require = true` with no trusted key at all fails every image
//! (`signature-missing` / `signature-invalid`).

use crate::policy::cfg::{Cx, Tbl};

#[derive(Debug, Clone, Default)]
pub struct Config {
    pub require: bool,
    /// `(name, PEM)`; the name is `policy key N` (1-based).
    pub trusted_keys: Vec<(String, String)>,
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
    c
}
