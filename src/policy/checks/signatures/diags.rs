//! Codes of the `signatures` check: its diagnostics (`signature-*`) and
//! the reasons a Sigstore bundle is rejected (`sigstore-*`), which the
//! verification in `src/signature/sigstore/` names (its `E_*` constants)
//! inside a `signature-invalid` message and in `imagegate
//! verify-attestation` reports.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const VERIFIED: Code = Code {
    code: "signature-verified",
    check: C,
    doc: "A cosign-compatible signature over this image's manifest digest verified with a trusted key. Since every blob digest was verified while reading, it covers the exact config and layers scanned. Severity: note.",
};
pub const INVALID: Code = Code {
    code: "signature-invalid",
    check: C,
    doc: "A signature was found or given but does not vouch for this image: no trusted key verifies it (another key, or an altered payload), it signs another manifest digest, or it is not a cosign simple-signing payload. The message says which. Severity: error when a valid signature is required (a trusted key was given) and none verified, else warning.",
};
pub const MISSING: Code = Code {
    code: "signature-missing",
    check: C,
    doc: "A trusted key was given, so a signature is required, but none was found: no --signature/--payload files and no cosign `sha256-<hex>.sig` tag in the OCI layout. Severity: error.",
};
pub const UNVERIFIABLE: Code = Code {
    code: "signature-unverifiable",
    check: C,
    doc: "The image is a legacy docker-archive, which has no manifest, so no signature can name it. Scan the OCI layout or OCI archive of the image instead (skopeo copy ... oci-archive:app.tar, or Docker 25+ docker save). Severity: error when a signature is required, else warning.",
};

// The reasons of a rejected Sigstore bundle.

pub const BUNDLE_INVALID: Code = Code {
    code: "sigstore-bundle-invalid",
    check: C,
    doc: "A Sigstore bundle is malformed, so it is not trusted: not JSON of the bundle schema (an unknown field anywhere is refused), an unknown media type or version (v0.1, v0.2 and v0.3 are known), invalid base64, an empty certificate chain or one that holds a root certificate, a DSSE envelope with other than one signature, a negative log index, or a proof its version requires missing (v0.1: a signed entry timestamp; v0.2 and later: an inclusion proof with a checkpoint). See docs/attestations.md. Severity: error.",
};
pub const TRUST_ROOT_INVALID: Code = Code {
    code: "sigstore-trust-root-invalid",
    check: C,
    doc: "The Sigstore trusted root (`trusted-root` in [signatures], `--trusted-root`) is missing, unreadable or malformed: not a trustedroot JSON, a key or certificate that does not parse, a validity without a start. Keyless bundles cannot be checked without one. The public-good root ships inside the PyPI `sigstore` package (sigstore/_store/prod/trusted_root.json): see docs/attestations.md. Severity: error.",
};
pub const CERT_CHAIN: Code = Code {
    code: "sigstore-cert-chain",
    check: C,
    doc: "The bundle's signing certificate is not trusted: it does not chain to a certificate authority of the trusted root that was valid at signing time, the certificate itself was not valid at the verified signing time (expired, or not yet valid), it is a CA, or it lacks the digitalSignature key usage or the code-signing extended key usage. Severity: error.",
};
pub const SCT: Code = Code {
    code: "sigstore-sct",
    check: C,
    doc: "The signing certificate carries no valid signed certificate timestamp from a CT log of the trusted root: no SCT, an SCT from an unknown log, or one whose signature does not verify with the log's key. Severity: error.",
};
pub const TLOG: Code = Code {
    code: "sigstore-tlog",
    check: C,
    doc: "A transparency log entry of the bundle does not verify: its log is not in the trusted root (another Sigstore instance), the Merkle inclusion proof does not lead to the checkpoint's root hash, the checkpoint is not signed by the log's key (a wrong key hint or signature), the signed entry timestamp does not verify, the integrated time is in the future or outside the log key's validity, or the bundle has no log entry or no proof at all. Severity: error.",
};
pub const TLOG_MISMATCH: Code = Code {
    code: "sigstore-tlog-mismatch",
    check: C,
    doc: "A transparency log entry verifies, but what it records is not this bundle: another artifact digest, signature, payload or signing certificate, or an entry kind that does not fit the content (hashedrekord for a message signature; dsse, intoto or hashedrekord 0.0.2 for a DSSE envelope). Severity: error.",
};
pub const TIMESTAMP: Code = Code {
    code: "sigstore-timestamp",
    check: C,
    doc: "A signed timestamp of the bundle does not verify, or there is no verified signing time: an RFC 3161 timestamp not signed by a timestamp authority of the trusted root, outside that TSA's validity in the root or its certificate's validity, over another signature (message imprint), or a keyless bundle with neither a verified timestamp nor a signed entry timestamp. Severity: error.",
};
pub const SIGNATURE: Code = Code {
    code: "sigstore-signature",
    check: C,
    doc: "The bundle's signature does not verify: the content was altered, it was signed by another key than the trusted one, the message digest the bundle states differs from the artifact's, or a key-signed bundle was given but no key to check it. Severity: error.",
};
pub const ARTIFACT_MISMATCH: Code = Code {
    code: "sigstore-artifact-mismatch",
    check: C,
    doc: "The bundle is authentic but signs something else: its DSSE statement's subjects do not include this image's (or artifact's) SHA-256 digest, or its payload is not an in-toto statement. Severity: error.",
};
pub const IDENTITY_MISMATCH: Code = Code {
    code: "sigstore-identity-mismatch",
    check: C,
    doc: "The bundle's certificate is valid, but its identity is not trusted by the policy: no `identities` entry matches its OIDC issuer (Fulcio's issuer extension) and subject (the certificate's SAN URI or e-mail, exactly or by the `subject-regexp`, matched whole). Keyless verification without any identity entry fails: any Fulcio certificate would otherwise pass. Severity: error.",
};

pub const CODES: &[Code] = &[
    VERIFIED,
    INVALID,
    MISSING,
    UNVERIFIABLE,
    BUNDLE_INVALID,
    TRUST_ROOT_INVALID,
    CERT_CHAIN,
    SCT,
    TLOG,
    TLOG_MISMATCH,
    TIMESTAMP,
    SIGNATURE,
    ARTIFACT_MISMATCH,
    IDENTITY_MISMATCH,
];

#[cfg(test)]
mod tests {
    /// The verification names its rejections by these codes: each one is
    /// declared (and so explained) here.
    #[test]
    fn every_sigstore_error_code_is_declared() {
        use crate::signature::sigstore as s;
        for code in [
            s::E_BUNDLE,
            s::E_TRUST_ROOT,
            s::E_CERT,
            s::E_SCT,
            s::E_TLOG,
            s::E_TLOG_MISMATCH,
            s::E_TIMESTAMP,
            s::E_SIGNATURE,
            s::E_ARTIFACT,
            s::E_IDENTITY,
        ] {
            assert!(super::CODES.iter().any(|c| c.code == code), "{code}");
        }
    }
}
