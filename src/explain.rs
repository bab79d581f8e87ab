//! Documentation of every stable error and diagnostic code, served by
//! `imagegate explain CODE`. A test checks that every code is documented
//! here (docs/codes.md is generated from it).

/// Error codes: (code, one-paragraph explanation). Every error exits 2.
pub const CODES: &[(&str, &str)] = &[
    ("image-io", "The image could not be read: the file or directory is missing, not readable, or an I/O error occurred. Check the path and that the host granted access to it. Exit code 2."),
    ("not-an-image", "The input is not a container image in a supported format: an empty file, a file that is not a tar archive, a tar archive without manifest.json (docker-archive) or index.json/oci-layout (OCI archive), or a directory that is not an OCI image layout. Supported: `docker save` tarballs (legacy and Docker 25+ layouts), OCI image layout directories and OCI archives. Exit code 2."),
    ("image-malformed", "The image has a supported format but is broken: invalid JSON in a manifest, index or config, a blob the manifest references is missing, a truncated archive (including one cut at an entry boundary: the end-of-archive marker is required) or layer, a corrupt gzip/zstd stream, a tar extension header (GNU long name, PAX header) over 1 MiB, an entry name or link target over 4096 bytes, a duplicate archive entry, or a config whose diff_ids do not match the layer count. The message names the file. Exit code 2."),
    ("digest-mismatch", "A blob or layer does not hash to the digest (or have the size) that describes it: a manifest, config or layer blob against its descriptor, or an uncompressed layer against the config's rootfs.diff_ids. The chain of custody is broken, so the gate refuses to decide. Exit code 2."),
    ("unsafe-path", "A path or link would leave the archive or the image: an absolute path or `..` in an archive entry or manifest path, a symlink or hard link whose target leaves the archive, or a link loop. imagegate never follows such links. Exit code 2."),
    ("limit-exceeded", "A bound that protects the gate was exceeded: a metadata file larger than 8 MiB, a decompression ratio above 200:1 past 1 GiB (a decompression bomb), an uncompressed layer above 64 GiB, more than 1024 layers or 2,000,000 entries in a layer, more than 128 MiB of file names in the merged tree, indexes nested more than 8 deep, or the host's memory or time limit. Exit code 2."),
    ("image-selection", "The request does not pick exactly one image: the archive or layout holds several images and no --tag was given, no image has the given tag, or no manifest matches the requested --platform (default linux/amd64). The message lists what is available. Exit code 2."),
    ("unsupported", "The input uses something imagegate does not support: a digest algorithm other than sha256, a compressed outer tarball (decompress it first), a manifest schema other than version 2, an unknown manifest media type, or a GNU sparse file as a blob of the outer archive. Exit code 2."),
    ("policy-invalid", "The policy file (`imagegate.toml` or `--policy FILE`) is not valid: a TOML syntax error, an unknown section or key (a typo must not silently weaken the gate), a value of the wrong type, or a bad value (an unknown severity word, a malformed date, glob or digest, an ignore without a reason). Every problem is listed at once as FILE:LINE:COLUMN. See docs/policy.md for every key. Exit code 2."),
    ("vex-invalid", "A VEX document (`--vex FILE`, or one the workspace holds by convention: `.vex/*.json`, `*.openvex.json`, `*.vex.json`) is not valid, so the gate does not decide rather than ignore it: it is not JSON, it is none of OpenVEX, CycloneDX VEX or CSAF VEX, a statement names no vulnerability or no product, a status or justification is not one the format defines, a purl or version range is malformed, or the document names no product imagegate can identify (products are matched by purl; a document whose products are all names or CPEs cannot apply to an image). The message names the file and the statement. See docs/vex.md. Exit code 2."),
    ("usage", "The command line or request is invalid: an unknown option, a missing argument, or a malformed --platform. Run `imagegate --help`. Exit code 2."),
    ("db-download", "`imagegate db update` could not download an OSV export: the mirror could not be reached, the connection failed or was cut, the server kept answering 5xx/429 after 4 tries with exponential backoff, or it answered another error status (404: no export for that ecosystem name). The old DB is kept unchanged. Check the network, the --mirror URL and the --ecosystems names; offline, build the DB with `imagegate db build --from DIR`. Exit code 2."),
    ("db-integrity", "A downloaded OSV export failed an integrity check on every try: fewer bytes than Content-Length (a truncated transfer), an md5 or crc32c that does not match the server's x-goog-hash header, or a zip without a complete central directory. The partial file is deleted and the old DB is kept unchanged. Exit code 2."),
    ("registry-not-found", "`imagegate pull`, `scan registry://...`, `base-check`, `sweep` or `attest --attach`: the registry has no such image or tag (it answered 404 for the manifest). Check the repository name, the tag or digest, and the registry host. Exit code 2."),
    ("registry-auth", "`imagegate pull`, `scan registry://...`, `base-check`, `sweep` or `attest --attach`: the registry refused access (401/403), or the Basic/Bearer token exchange failed. Credentials come from IMAGEGATE_REGISTRY_USERNAME/IMAGEGATE_REGISTRY_PASSWORD or `auths.<host>.auth` in $DOCKER_CONFIG/config.json (default ~/.docker/config.json); credential helpers (credsStore, credHelpers) are not supported. Credentials are never printed. Exit code 2."),
    ("registry-error", "`imagegate pull`, `scan registry://...`, `base-check`, `sweep` or `attest --attach`: the registry could not be reached or answered an unexpected error (connection failed, TLS error, 5xx/429 after 4 tries, another HTTP status, a manifest that is not JSON, a blob it lists but does not have). Registries are reached over https; plain http only for loopback hosts or `--insecure-registry HOST`. Exit code 2."),
    ("base-unknown", "`imagegate base-check` (or the base column of `imagegate sweep`): the image's base image cannot be checked, so the gate does not say it is up to date. The base is read from the `org.opencontainers.image.base.name` and `org.opencontainers.image.base.digest` annotations (manifest, then index) or config labels, else from the policy's `[[base.images]]` entry whose diff_ids the image's layers start with (that entry needs a `digest`). The message says what is missing: no annotation or label and no matching entry, only one of name and digest, a digest that is not sha256:<64 hex>, or a base name that pins a digest with no tag to follow. Build with BuildKit (`docker buildx build`, which writes the base annotations) or list the base under `[[base.images]]` with its digest. See docs/registries-and-rescans.md. Exit code 2."),
];

/// Diagnostic codes of the scan itself (the inventory's and the DB's):
/// findings in a scan that reached a verdict. The policy checks' codes,
/// `secret-found` and `signature-*` among them, are in their `diags.rs`.
pub const DIAGNOSTIC_CODES: &[(&str, &str)] = &[
    ("package-db-corrupt", "A package database or manifest could not be parsed completely: an entry without a name or version, invalid JSON, an unreadable database page. The message names the file and the entry. The rest of the scan goes on; packages from the broken entry are missing from the inventory, so vulnerability results for them are incomplete. Severity: warning."),
    ("vulndb-record-invalid", "A record in the vulnerability DB could not be parsed as an OSV record, so it was not matched. The message names the record. Rebuild the DB from fresh OSV data (`imagegate db build`). Severity: warning."),
    ("package-db-too-large", "A package database or manifest is larger than imagegate reads into memory (256 MiB for databases, 4 MiB for manifests), so its packages are missing from the inventory. Severity: warning."),
];

/// The explanation of `code`, if it is a known code: error codes, the
/// scan's own diagnostics, and every policy check's codes (declared in
/// `src/policy/checks/*/diags.rs`).
pub fn explain(code: &str) -> Option<&'static str> {
    CODES
        .iter()
        .chain(DIAGNOSTIC_CODES)
        .find(|(c, _)| *c == code)
        .map(|(_, t)| *t)
        .or_else(|| {
            crate::policy::codes()
                .find(|c| c.code == code)
                .map(|c| c.doc)
        })
}
