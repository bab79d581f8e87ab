//! The hook for VEX attached to the image as an attestation (an in-toto
//! statement whose predicate is an OpenVEX document, as `vexctl attest` and
//! `cosign attest --type openvex` make). Finding and verifying attestations
//! (the DSSE envelope, its signature, the `.att` tag or referrer) belongs to
//! the attestation work, not here: once an attestation is verified, its
//! statement is handed to [`from_statement`], which checks that it is about
//! this image and returns its predicate as one more [`VexFile`] for
//! `ScanRequest::vex`; from there it is treated like a file given with
//! `--vex` (parsed, applied, cited by `name`).

use super::VexFile;
use crate::error::{Error, ErrorKind, Result};

/// In-toto statement types accepted.
pub const STATEMENT_TYPES: &[&str] = &[
    "https://in-toto.io/Statement/v0.1",
    "https://in-toto.io/Statement/v1",
];

/// The OpenVEX predicate type (`https://openvex.dev/ns`, optionally with a version path).
pub const PREDICATE_TYPE: &str = "https://openvex.dev/ns";

/// The OpenVEX predicate of a verified in-toto statement about the image
/// whose manifest digest is `manifest_digest` (`sha256:…`). `name` is how
/// reports will cite it (e.g. `attestation sha256:ab12…`). A statement of
/// another type, for another predicate, or about another image is a
/// `vex-invalid` error: it must not be applied.
pub fn from_statement(name: &str, statement: &str, manifest_digest: &str) -> Result<VexFile> {
    let bad = |m: String| Error::new(ErrorKind::VexInvalid, name, m);
    let v: serde_json::Value = serde_json::from_str(statement)
        .map_err(|e| bad(format!("the attestation is not JSON: {e}")))?;
    let ty = v.get("_type").and_then(|t| t.as_str()).unwrap_or("");
    if !STATEMENT_TYPES.contains(&ty) {
        return Err(bad(format!("not an in-toto statement (_type {ty:?})")));
    }
    let pt = v
        .get("predicateType")
        .and_then(|t| t.as_str())
        .unwrap_or("");
    if !(pt == PREDICATE_TYPE || pt.starts_with("https://openvex.dev/ns/")) {
        return Err(bad(format!("predicateType {pt:?} is not OpenVEX")));
    }
    let want = manifest_digest
        .strip_prefix("sha256:")
        .unwrap_or(manifest_digest)
        .to_ascii_lowercase();
    let about = v
        .get("subject")
        .and_then(|s| s.as_array())
        .into_iter()
        .flatten()
        .filter_map(|s| {
            s.get("digest")
                .and_then(|d| d.get("sha256"))
                .and_then(|d| d.as_str())
        })
        .any(|d| d.eq_ignore_ascii_case(&want));
    if !about {
        return Err(bad(format!(
            "the attestation's subject is not this image ({manifest_digest})"
        )));
    }
    let predicate = v
        .get("predicate")
        .filter(|p| p.is_object())
        .ok_or_else(|| bad("the attestation has no predicate".into()))?;
    Ok(VexFile {
        name: name.to_string(),
        text: predicate.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_openvex_statement_about_this_image() {
        let d = "sha256:aaaa";
        let st = |ty: &str, pt: &str, digest: &str| {
            format!(
                r#"{{"_type":"{ty}","predicateType":"{pt}","subject":[{{"name":"app","digest":{{"sha256":"{digest}"}}}}],"predicate":{{"@context":"https://openvex.dev/ns/v0.2.0","@id":"x","author":"a","timestamp":"2024-01-01T00:00:00Z","version":1,"statements":[{{"vulnerability":{{"name":"CVE-1"}},"products":[{{"@id":"pkg:oci/app@sha256%3Aaaaa"}}],"status":"fixed"}}]}}}}"#
            )
        };
        let f = from_statement(
            "attestation",
            &st(
                "https://in-toto.io/Statement/v1",
                "https://openvex.dev/ns/v0.2.0",
                "AAAA",
            ),
            d,
        )
        .unwrap();
        let doc = crate::vex::parse(&f).unwrap();
        assert_eq!(doc.statements[0].vulnerability, "CVE-1");
        for (s, why) in [
            (
                st("x", "https://openvex.dev/ns", "aaaa"),
                "not an in-toto statement",
            ),
            (
                st(
                    "https://in-toto.io/Statement/v0.1",
                    "https://slsa.dev/provenance/v1",
                    "aaaa",
                ),
                "is not OpenVEX",
            ),
            (
                st(
                    "https://in-toto.io/Statement/v0.1",
                    "https://openvex.dev/ns",
                    "bbbb",
                ),
                "not this image",
            ),
            ("{".to_string(), "not JSON"),
        ] {
            let e = from_statement("attestation", &s, d).unwrap_err();
            assert!(e.code() == "vex-invalid" && e.message.contains(why), "{e}");
        }
    }
}
