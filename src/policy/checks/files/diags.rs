//! Codes of the `files` check.

use crate::policy::diag::Code;

pub const NOT_ALLOWED: Code = Code {
    code: "executable-not-allowed",
    check: super::NAME,
    doc: "An executable file (any x bit) is neither owned by an OS package (dpkg, apk or rpm file lists) nor matched by `[files] allowed-executables` globs. Unknown executables are how droppers, miners and stray build tools end up in production images. Add the path (or a glob such as `/app/**`) to the allow-list if it belongs, or remove it. dpkg maintainer scripts (`/var/lib/dpkg/info/*`) count as owned. Runs only when `allowed-executables` is set; level set by `unowned-executables` (default `error`).",
};

pub const CODES: &[Code] = &[NOT_ALLOWED];
