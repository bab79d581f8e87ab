//! Codes of the `base` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const NOT_ALLOWED: Code = Code {
    code: "base-image-not-allowed",
    check: C,
    doc: "The image's base (from the OCI annotations or labels `org.opencontainers.image.base.name` / `.base.digest`) is not in `[base] allowed` (name prefixes) or `allowed-digests`, and its layers do not start with any `[[base.images]]` entry. Build on an approved base image. Severity: error.",
};
pub const UNKNOWN: Code = Code {
    code: "base-image-unknown",
    check: C,
    doc: "A base-image allow-list is configured but the base of this image cannot be identified: it has no `org.opencontainers.image.base.name`/`.base.digest` annotation or label, and its layers do not start with the diff_ids of any `[[base.images]]` entry. Build with BuildKit's base annotations, or list the approved base's diff_ids under `[[base.images]]`. Severity: error.",
};
pub const OS_NOT_ALLOWED: Code = Code {
    code: "os-not-allowed",
    check: C,
    doc: "The detected operating system (os-release `ID` and `VERSION_ID`) is not in `[base] allowed-os` (entries `family` or `family:version-prefix`, e.g. `debian:12`, `alpine:3.20`). Severity: error.",
};
pub const OS_UNKNOWN: Code = Code {
    code: "os-unknown",
    check: C,
    doc: "`[base] allowed-os` is set but no operating system was detected (no os-release and no package database naming one, e.g. a scratch or distroless-static image). The gate cannot show the OS is approved. Severity: error.",
};
pub const OS_EOL: Code = Code {
    code: "os-eol",
    check: C,
    doc: "The image's OS release is past its end of life (the EOL table in docs/policy.md, compared with the host's date): it gets no more security updates, so new vulnerabilities will never be fixed. Rebuild on a supported release. Level set by `[base] eol` (default `warning`).",
};
pub const OS_EOL_SOON: Code = Code {
    code: "os-eol-soon",
    check: C,
    doc: "The image's OS release reaches its end of life within `[base] eol-warning-days` (default 90) days. Plan the move to a newer release. Severity: note.",
};
pub const OS_EOL_UNKNOWN: Code = Code {
    code: "os-eol-unknown",
    check: C,
    doc: "The OS family is in the EOL table but this release is not (too new for the table, or a testing/unstable release without a version), or the host gave no date, so end of life was not checked. Severity: note.",
};

pub const STALE: Code = Code {
    code: "base-image-stale",
    check: C,
    doc: "The image was built on an older build of an approved base image: its layers start with the diff_ids of a `[[base.images]]` entry that is not the last one listed for that `name` (entries are listed oldest first; the last is the current build), or its `org.opencontainers.image.base.digest` differs from the `digest` of that last entry. The base was patched since: rebuild the image on the current base. Severity: warning.",
};

pub const CODES: &[Code] = &[
    NOT_ALLOWED,
    STALE,
    UNKNOWN,
    OS_NOT_ALLOWED,
    OS_UNKNOWN,
    OS_EOL,
    OS_EOL_SOON,
    OS_EOL_UNKNOWN,
];
