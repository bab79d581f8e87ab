//! The `signatures` check over the verification of the image's signatures
//! (`src/signature/`, run during the scan over the manifest digest): each
//! signature checked is `signature-verified` or `signature-invalid`; none
//! where one is required is `signature-missing`; a legacy docker-archive,
//! which has no manifest to sign, is `signature-unverifiable`. A failure is
//! an error when a signature is required, else a warning; a signature that
//! does not verify next to one that does is a warning.

use super::cfg::Config;
use super::diags::*;
use crate::diag::Location;
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};

/// The help of a signature's own diagnostic, verified or not.
const HELP_CHECKED: &str = "run `imagegate explain signature-invalid`";

pub fn run(_cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    // No key, signature, identity or requirement: nothing was checked.
    let Some(s) = cx.signatures else {
        return;
    };
    let failing = if s.required {
        Level::Error
    } else {
        Level::Warning
    };
    let at = || Some(Location::config("manifest"));
    if s.manifest_digest.is_none() {
        if s.required || s.given > 0 {
            sink.emit_with_help(
                failing,
                &UNVERIFIABLE,
                "the image has no manifest (a legacy docker-archive), so no signature can name it",
                at(),
                "scan the OCI layout or OCI archive of the image (`skopeo copy ... oci-archive:app.tar`) or a Docker 25+ `docker save`",
            );
        }
        return;
    }
    for v in &s.checked {
        let (code, level) = if v.verified() {
            (&VERIFIED, Level::Note)
        } else if s.verified {
            (&INVALID, Level::Warning)
        } else {
            (&INVALID, failing)
        };
        sink.emit_with_help(level, code, v.reason(), at(), HELP_CHECKED);
    }
    if s.checked.is_empty() && s.required {
        sink.emit_with_help(
            failing,
            &MISSING,
            "no signature found for this image: none given and no cosign `.sig` tag in the layout",
            at(),
            "sign with `cosign sign --key` and scan the layout holding the `.sig` tag, or pass --signature and --payload",
        );
    }
}
