//! Codes of the `registries` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const NOT_ALLOWED: Code = Code {
    code: "registry-not-allowed",
    check: C,
    doc: "The image reference names a registry or repository outside `[registries] allowed`. References are normalized as Docker does (`debian:12` is `docker.io/library/debian:12`) and compared by prefix at a path boundary. Pull and push only through approved registries; add the prefix to the list if this one is approved. Severity: error.",
};
pub const REFERENCE_MISSING: Code = Code {
    code: "reference-missing",
    check: C,
    doc: "`[registries] allowed` is set but the image has no full reference to check: no `--reference` was given and the image carries no `registry/repository:tag` name (only a bare tag or none). The gate cannot show the image comes from an approved registry. Pass the reference the pipeline pushes or pulls with `--reference`. Severity: error.",
};
pub const LATEST: Code = Code {
    code: "reference-latest",
    check: C,
    doc: "The image reference uses the tag `latest`, or no tag and no digest (which means `latest`). Such a reference moves: what is deployed is not what was scanned. Tag releases with a version or pin by digest. Level set by `[registries] latest` (default `warning`).",
};
pub const NOT_PINNED: Code = Code {
    code: "reference-not-pinned",
    check: C,
    doc: "The reference given with `--reference` is not pinned by digest (`name@sha256:...`) while `[registries] require-digest` asks for it. A digest names exactly the scanned bytes; a tag can be moved. Level set by `require-digest` (default `off`).",
};
pub const DIGEST_MISMATCH: Code = Code {
    code: "reference-digest-mismatch",
    check: C,
    doc: "The reference given with `--reference` is pinned by a digest that is not the digest of the scanned image's manifest: the pipeline would ship a different image than the one scanned. Severity: error.",
};

pub const CODES: &[Code] = &[
    NOT_ALLOWED,
    REFERENCE_MISSING,
    LATEST,
    NOT_PINNED,
    DIGEST_MISMATCH,
];
