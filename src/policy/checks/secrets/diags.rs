//! Codes of the `secrets` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const SECRET_FOUND: Code = Code {
    code: "secret-found",
    check: C,
    doc: "A credential was found in the image: in a file of some layer (also a file that a later layer deleted or replaced: it is still in the image and anyone who pulls it can extract it), in an environment variable, a label or a history line (build arguments and ENV steps leak there). The finding names the rule, the location (path and line, layer, and the layer that deleted it) and a redacted preview (the first 4 characters of values of at least 16, and the length) plus a fingerprint `sha256:<hex>` of the value; the value itself is never printed. Remove the secret from the build (use build secrets or mount it at run time), rebuild without the layer that holds it, and rotate it: it has been exposed. If it is not a secret (a test fixture), allow its fingerprint or path in the policy. Severity: error (the verdict fails).",
};

pub const CODES: &[Code] = &[SECRET_FOUND];
