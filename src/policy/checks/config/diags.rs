//! Codes of the `config` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const LABEL_MISSING: Code = Code {
    code: "label-missing",
    check: C,
    doc: "A label listed in `[config] required-labels` is not set (or is empty) in the image config, e.g. `org.opencontainers.image.source`, which links an image back to its source. Add it with `LABEL` or `docker build --label`. Severity: error.",
};
pub const HEALTHCHECK_MISSING: Code = Code {
    code: "healthcheck-missing",
    check: C,
    doc: "The image defines no HEALTHCHECK (or `HEALTHCHECK NONE`), while `[config] healthcheck` asks for one. Orchestrators that use the image's healthcheck cannot tell a hung service from a healthy one. Level set by `healthcheck` (default `off`).",
};
pub const ADD_REMOTE_URL: Code = Code {
    code: "add-remote-url",
    check: C,
    doc: "A build step in the history used `ADD` with an http(s) URL and no `--checksum`: the build fetched unverified content from the network, so the image is not reproducible and the download could have been tampered with. Download with a checksum check (`ADD --checksum=sha256:…` or `curl` + `sha256sum -c`). Level set by `[config] add-remote-url` (default `warning`).",
};
pub const PRIVILEGED_PORT: Code = Code {
    code: "privileged-port",
    check: C,
    doc: "The image exposes a port below 1024. Binding it needs root or `CAP_NET_BIND_SERVICE` in the container, which works against running as non-root. Listen on a port ≥ 1024 and map it outside. Level set by `[config] privileged-ports` (default `warning`).",
};

pub const CODES: &[Code] = &[
    LABEL_MISSING,
    HEALTHCHECK_MISSING,
    ADD_REMOTE_URL,
    PRIVILEGED_PORT,
];
