//! The one error type of imagegate: a stable kebab-case code, the file at
//! fault and a message. Every error means "the gate could not decide" and maps
//! to exit code 2; there is never a partial verdict.

use std::fmt;

/// What went wrong, as a stable code. The codes are part of the public
/// contract (`imagegate explain CODE`, the WIT `scan-error.code`): never rename
/// one, only add new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The image could not be read (missing file, permission, I/O failure).
    Io,
    /// The input is not an image in a supported format.
    NotAnImage,
    /// The image is in a known format but its structure is broken
    /// (bad JSON, missing blob, truncated data, a corrupt layer).
    Malformed,
    /// A blob or layer does not match the digest or size that describes it.
    DigestMismatch,
    /// A path or link would leave the archive or the image root.
    UnsafePath,
    /// A size, count, depth or ratio limit was exceeded (e.g. a decompression bomb).
    LimitExceeded,
    /// The request cannot be satisfied (no image with that tag or platform,
    /// several images and no tag, bad arguments).
    Selection,
    /// A feature of the input that imagegate does not support.
    Unsupported,
    /// The command line or request is invalid.
    Usage,
    /// `db update` could not download a source (network error, an HTTP
    /// error status, retries exhausted). Raised by the host.
    DbDownload,
    /// A downloaded source failed an integrity check (length, checksum,
    /// incomplete zip). Raised by the host.
    DbIntegrity,
    /// The policy file is not valid: TOML syntax, unknown keys, wrong types
    /// or values (every problem is listed with line and column).
    PolicyInvalid,
    /// A registry has no such image or tag (404 for the manifest). Raised by the host.
    RegistryNotFound,
    /// A registry refused access or the token flow failed. Raised by the host.
    RegistryAuth,
    /// A registry could not be reached or answered an unexpected error. Raised by the host.
    RegistryError,
    /// A VEX document is not valid: not JSON, none of OpenVEX, CycloneDX
    /// or CSAF, a statement with no product or vulnerability, an unknown
    /// status or justification, or no product imagegate can identify.
    VexInvalid,
    /// `base-check` cannot identify the image's base (no base annotations
    /// or labels, no `[[base.images]]` match with a digest, a base name with
    /// no tag to follow). Raised by the host.
    BaseUnknown,
}

impl ErrorKind {
    /// Every kind, in documentation order.
    pub const ALL: [ErrorKind; 17] = [
        ErrorKind::Io,
        ErrorKind::NotAnImage,
        ErrorKind::Malformed,
        ErrorKind::DigestMismatch,
        ErrorKind::UnsafePath,
        ErrorKind::LimitExceeded,
        ErrorKind::Selection,
        ErrorKind::Unsupported,
        ErrorKind::Usage,
        ErrorKind::DbDownload,
        ErrorKind::DbIntegrity,
        ErrorKind::PolicyInvalid,
        ErrorKind::RegistryNotFound,
        ErrorKind::RegistryAuth,
        ErrorKind::RegistryError,
        ErrorKind::VexInvalid,
        ErrorKind::BaseUnknown,
    ];

    /// The stable kebab-case code.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Io => "image-io",
            ErrorKind::NotAnImage => "not-an-image",
            ErrorKind::Malformed => "image-malformed",
            ErrorKind::DigestMismatch => "digest-mismatch",
            ErrorKind::UnsafePath => "unsafe-path",
            ErrorKind::LimitExceeded => "limit-exceeded",
            ErrorKind::Selection => "image-selection",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::Usage => "usage",
            ErrorKind::DbDownload => "db-download",
            ErrorKind::DbIntegrity => "db-integrity",
            ErrorKind::PolicyInvalid => "policy-invalid",
            ErrorKind::RegistryNotFound => "registry-not-found",
            ErrorKind::RegistryAuth => "registry-auth",
            ErrorKind::RegistryError => "registry-error",
            ErrorKind::VexInvalid => "vex-invalid",
            ErrorKind::BaseUnknown => "base-unknown",
        }
    }
}

/// An error with the file it concerns. `file` is a path inside the input
/// (e.g. `app.tar: blobs/sha256/ab..`) so the user can find the fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub file: String,
    pub message: String,
}

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error whose file and message may quote the input: both are made
    /// log-safe ([`crate::logsafe::log_safe`]) here, so no error can carry a
    /// line break, an escape sequence or a CI command from an image or a DB.
    pub fn new(kind: ErrorKind, file: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            kind,
            file: safe(file.into()),
            message: safe(message.into()),
        }
    }

    /// An error whose message is several lines: each line made log-safe,
    /// then joined with a line break and an indent (e.g. `policy-invalid`
    /// lists every problem on its own line).
    pub fn with_lines(
        kind: ErrorKind,
        file: impl Into<String>,
        first: &str,
        lines: &[String],
    ) -> Self {
        let mut message = safe(first.to_string());
        for l in lines {
            message.push_str("\n  ");
            message.push_str(&crate::logsafe::log_safe(l));
        }
        Error {
            kind,
            file: safe(file.into()),
            message,
        }
    }

    /// An I/O error while reading `file`.
    pub fn io(file: impl Into<String>, err: &std::io::Error) -> Self {
        let file = file.into();
        let message = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::UnexpectedEof => "unexpected end of file (truncated?)".to_string(),
            _ => err.to_string(),
        };
        let kind = if err.kind() == std::io::ErrorKind::UnexpectedEof {
            ErrorKind::Malformed
        } else {
            ErrorKind::Io
        };
        Error::new(kind, file, message)
    }

    /// Prefix the file with the outer input, e.g. `app.tar: manifest.json`.
    pub fn within(mut self, outer: &str) -> Self {
        let outer = crate::logsafe::log_safe(outer);
        if self.file.is_empty() {
            self.file = outer.into_owned();
        } else if !self.file.starts_with(outer.as_ref()) {
            self.file = format!("{outer}: {}", self.file);
        }
        self
    }

    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// Exit code for every error: 2, "could not decide".
    pub fn exit_code(&self) -> u8 {
        2
    }
}

/// `s` made log-safe, without a copy when it already is.
fn safe(s: String) -> String {
    match crate::logsafe::log_safe(&s) {
        std::borrow::Cow::Borrowed(_) => s,
        std::borrow::Cow::Owned(o) => o,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.file.is_empty() {
            write!(f, "error[{}]: {}", self.code(), self.message)
        } else {
            write!(f, "error[{}]: {}: {}", self.code(), self.file, self.message)
        }
    }
}

impl std::error::Error for Error {}
