//! Codes of the `vulnerabilities` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const VULNERABILITY: Code = Code {
    code: "vulnerability",
    check: C,
    doc: "An installed package is affected by an advisory at or above the policy's `fail-on` severity (default `high`) and is not ignored. The message names the advisory (its CVE when it has one; the report lists every other id: DSA, ALSA, USN, GHSA...), its severity and where the rating came from (the vendor's own rating, a CVSS vector, or one borrowed from another record about the same CVE), and the fixed versions. With `ignore-unfixed = true` (the default) only advisories with a fixed version count (`[vulnerabilities.status]` sets it per status). Fix: upgrade the package or rebuild on a newer base; if the advisory does not apply, add any of its ids to `[vulnerabilities] ignore` with a reason and an expiry date (scoped to the package, path or layer when it applies only there), or give a VEX document. Severity: error.",
};
pub const UNKNOWN_SEVERITY: Code = Code {
    code: "vulnerability-unknown-severity",
    check: C,
    doc: "An advisory affects an installed package but no source the policy trusts rates it (`[vulnerabilities] severity-sources`, default vendor rating, then CVSS vectors, then the rating another record of the DB gives the same CVE), so `fail-on` cannot rank it. Such a finding never passes silently below the threshold: `[vulnerabilities] unknown-severity` decides it (default `fail`: an error; `warn`, `ignore`). Unfixed ones follow `ignore-unfixed` and `[vulnerabilities.status]` and are counted in `vulnerabilities-unfixed`.",
};
pub const UNFIXED: Code = Code {
    code: "vulnerabilities-unfixed",
    check: C,
    doc: "Advisories at or above `fail-on` (or of unknown severity) affect installed packages but have no fixed version: status `unfixed`, or a distribution's `unimportant` or `end-of-life`. With `ignore-unfixed = true` (the default) they do not fail the gate; `[vulnerabilities.status]` sets it per status (`check` or `ignore`). One note counts them; the report's `vulnerabilities` list has each with its status. Severity: note.",
};
pub const IGNORED: Code = Code {
    code: "vulnerability-ignored",
    check: C,
    doc: "An advisory matched an installed package but the policy ignores it (`[vulnerabilities] ignore`): an entry naming any of its ids (or `*`) whose scope, when it has one, holds for the finding (`purl` or `package` with `versions`, `path`, `layer`, `base-image`). The finding does not count toward the verdict; the note names the entry (`vulnerabilities.ignore[N]`), its owner, expiry and reason, so the acceptance stays visible in every report (the JSON finding's `ignored`, the text, Markdown and JUnit lines, a SARIF suppression). `imagegate vex` exports these decisions as OpenVEX. See docs/policy.md. Severity: note.",
};
pub const IGNORE_EXPIRED: Code = Code {
    code: "vulnerability-ignore-expired",
    check: C,
    doc: "An entry of `[vulnerabilities] ignore` has an `expires` date in the past (the host's date), so it no longer ignores anything: the advisory is judged as if the entry were absent. Review it: fix the package, or renew the entry with a new date and reason. Severity: warning.",
};
pub const IGNORE_UNUSED: Code = Code {
    code: "vulnerability-ignore-unused",
    check: C,
    doc: "An active entry of `[vulnerabilities] ignore` matched no advisory of this image: no finding has its id (by any id: the CVE, the distribution's advisory ids, GHSA or other aliases) within its scope (`purl`, `package` and `versions`, `path`, `layer`, `base-image`: every key given must hold). It may be stale (the package was fixed or upgraded, the layer rebuilt) or mistyped: remove or correct it. A `base-image` scope needs the image's base identified by its layers (`[[base.images]]` with `diff-ids` the image starts with); the note says so when it is not. Severity: note.",
};
pub const DB_MISSING: Code = Code {
    code: "vulnerability-db-missing",
    check: C,
    doc: "The scan had no vulnerability DB, so no package was checked for advisories, and the gate could not decide: verdict `error` (exit 2). Hosts fetch the DB themselves (`imagegate scan` downloads and caches it on first use, the CI adapters likewise); this happens offline or when the download failed. Fix: run `imagegate db update` (or pass `--db FILE`, built with `imagegate db build` from a mirror), or switch vulnerability checking off explicitly (`--skip-vulnerabilities`, or `[vulnerabilities] enabled = false`). `[vulnerabilities] require-db = false` makes it a warning instead (not recommended: the verdict then says nothing about known vulnerabilities).",
};
pub const DB_STALE: Code = Code {
    code: "vulnerability-db-stale",
    check: C,
    doc: "The vulnerability DB was built more than `[vulnerabilities] max-db-age` days (default 7) before the host's date, so recent advisories are missing and the gate could not decide: verdict `error` (exit 2). Fix: `imagegate db update` (the hosts refresh their cached DB when it is older than `max-db-age`), or rebuild it from fresh OSV data. `max-db-age = 0` disables the check.",
};
pub const DB_AGE_UNKNOWN: Code = Code {
    code: "vulnerability-db-age-unknown",
    check: C,
    doc: "The DB's build time is not a date (built without `--build-time` or `SOURCE_DATE_EPOCH`), or the host gave no date, so its age could not be checked against `max-db-age`. Severity: note.",
};
pub const VEX_SUPPRESSED: Code = Code {
    code: "vulnerability-vex-suppressed",
    check: C,
    doc: "A VEX statement says the advisory does not affect this package in this image: `not_affected` (with a justification or an impact statement) or `fixed`, in an OpenVEX, CycloneDX VEX or CSAF VEX document given with `--vex` or found in the workspace (`.vex/*.json`, `*.openvex.json`, `*.vex.json`). The finding does not count toward the verdict; the note names the document and statement and repeats the justification, and the report's finding lists every statement that named it (`vex`). A statement applies only to what it names exactly: the advisory by any of its ids, and the package by purl (version, qualifiers), directly or as a subcomponent of this image (`pkg:oci` by digest or repository). See docs/vex.md. Severity: note.",
};
pub const VEX_STATUS: Code = Code {
    code: "vulnerability-vex-status",
    check: C,
    doc: "A VEX statement names this finding but does not take it out of the verdict: `affected` (the note repeats its action statement), `under_investigation`, or `not_affected` without a justification or impact statement. The finding is judged as usual (`fail-on`, ignores). Severity: note.",
};
pub const VEX_CONFLICT: Code = Code {
    code: "vulnerability-vex-conflict",
    check: C,
    doc: "VEX statements about this finding disagree: two documents (one says `not_affected` or `fixed`, another `affected` or `under_investigation`), or two statements of one document with the same date. imagegate does not pick one: the finding is kept and judged as usual, and the warning names the statements. Within one document a later statement (by its timestamp) replaces an earlier one without conflict. Severity: warning.",
};
pub const VEX_UNUSED: Code = Code {
    code: "vex-statements-unused",
    check: C,
    doc: "Statements of a VEX document named no finding of this image: another vulnerability, another product (a package the image does not have, another version, another image digest), or a product without a purl (names and CPEs cannot be matched). One note per document lists them by position, so a stale or mistyped statement gets noticed. Severity: note.",
};
pub const VEX_UNEVALUATED: Code = Code {
    code: "vex-statement-unevaluated",
    check: C,
    doc: "A VEX statement names a finding's advisory and package, but its version range could not be evaluated for the installed version (a range of another versioning scheme, or a version that scheme rejects), so it did not apply: nothing is suppressed on a guess. Fix the range in the document. Severity: warning.",
};
pub const KNOWN_EXPLOITED: Code = Code {
    code: "vulnerability-known-exploited",
    check: C,
    doc: "With `[vulnerabilities] fail-on-kev = true`, an installed package is affected by an advisory one of whose CVE ids is in CISA's Known Exploited Vulnerabilities catalogue (KEV): it fails the gate whatever its severity (`fail-on` does not apply). The message names the CVE, the date CISA added it, the remediation due date and whether it is known to be used in ransomware campaigns. Ignores, VEX statements and `ignore-unfixed` / `[vulnerabilities.status]` apply first, as for `vulnerability`. The KEV data comes from the DB (`imagegate db build --kev FILE`, `imagegate db update --kev`); the report's DB section names the catalogue version. See docs/vulnerabilities.md. Severity: error.",
};
pub const EPSS: Code = Code {
    code: "vulnerability-epss",
    check: C,
    doc: "With `[vulnerabilities] fail-on-epss = P` (0 to 1), an installed package is affected by an advisory whose EPSS score (FIRST's Exploit Prediction Scoring System: the probability of exploitation activity in the next 30 days; the highest score of the advisory's CVE ids) is P or more: it fails the gate whatever its severity. Ignores, VEX statements and `ignore-unfixed` / `[vulnerabilities.status]` apply first. The scores come from the DB (`imagegate db build --epss FILE`, `imagegate db update --epss`); the report's DB section names the model version and score date. Severity: error.",
};
pub const DB_NO_KEV: Code = Code {
    code: "vulnerability-db-no-kev",
    check: C,
    doc: "The policy sets `[vulnerabilities] fail-on-kev = true` but the vulnerability DB was built without CISA's KEV catalogue, so the gate cannot tell which findings are known to be exploited: verdict `error` (exit 2), never a pass on missing data. Fix: rebuild the DB with the catalogue (`imagegate db build --from … --kev known_exploited_vulnerabilities.json`, or `imagegate db update --kev`), and give that DB to every host (`--db`, the adapters' `db` input).",
};
pub const DB_NO_EPSS: Code = Code {
    code: "vulnerability-db-no-epss",
    check: C,
    doc: "The policy sets `[vulnerabilities] fail-on-epss` but the vulnerability DB was built without FIRST's EPSS scores, so the gate cannot tell which findings reach the threshold: verdict `error` (exit 2). Fix: rebuild the DB with the scores (`imagegate db build --from … --epss epss_scores-YYYY-MM-DD.csv.gz`, or `imagegate db update --epss`), and give that DB to every host.",
};

pub const SKIPPED: Code = Code {
    code: "vulnerabilities-skipped",
    check: C,
    doc: "Vulnerability checking was switched off explicitly (`--skip-vulnerabilities`, the adapters' skip-vulnerabilities input, or `[vulnerabilities] enabled = false`), so no package was checked for advisories and the verdict says nothing about known vulnerabilities. Every report shows this warning at the top. Severity: warning.",
};
pub const OS_UNSUPPORTED: Code = Code {
    code: "vulnerability-os-unsupported",
    check: C,
    doc: "The image holds OS packages (deb, apk, rpm) but its operating system was not detected, has no release version, or is not one imagegate maps to OSV data (supported: Debian and distroless, Ubuntu, Alpine, Wolfi, Chainguard, AlmaLinux, Rocky Linux, Red Hat Enterprise Linux and UBI, SUSE Linux Enterprise, openSUSE). Those packages were not checked, so the verdict is `error` (exit 2): the gate could not decide. Scan an image of a supported distribution, or switch vulnerability checking off explicitly.",
};
pub const DB_NO_DATA: Code = Code {
    code: "vulnerability-db-no-data",
    check: C,
    doc: "Packages of the image map to an OSV ecosystem the vulnerability DB holds no record of: a release newer (or older) than the DB's data (the message lists the releases it has), or an ecosystem the DB was built without. Releases are never listed in imagegate itself: what the DB holds decides. Those packages were not checked, so the verdict is `error` (exit 2). Update the DB (`imagegate db update`) or build it with that ecosystem's OSV export.",
};
pub const VERSION_INVALID: Code = Code {
    code: "vulnerability-version-invalid",
    check: C,
    doc: "A version that must be compared is not valid in its ecosystem (`imagegate vercmp` rejects it too): the installed version of a package, or a version in an advisory for an installed package. imagegate never guesses an order, so the advisory could not be evaluated and the verdict is `error` (exit 2). The message names the package, the version and the rule it breaks.",
};
pub const OS_PACKAGE_DB_UNREADABLE: Code = Code {
    code: "os-package-db-unreadable",
    check: C,
    doc: "A dpkg, apk or rpm package database was found but could not be read completely (a corrupt entry or page, an unknown format, a file larger than imagegate reads). Packages it lists may be missing, so they were not checked for vulnerabilities and the verdict is `error` (exit 2). The `package-db-corrupt` or `package-db-too-large` warning names the entry.",
};

pub const CODES: &[Code] = &[
    SKIPPED,
    VULNERABILITY,
    KNOWN_EXPLOITED,
    EPSS,
    UNKNOWN_SEVERITY,
    UNFIXED,
    IGNORED,
    IGNORE_EXPIRED,
    IGNORE_UNUSED,
    VEX_SUPPRESSED,
    VEX_STATUS,
    VEX_CONFLICT,
    VEX_UNUSED,
    VEX_UNEVALUATED,
    DB_MISSING,
    DB_STALE,
    DB_AGE_UNKNOWN,
    DB_NO_KEV,
    DB_NO_EPSS,
    OS_UNSUPPORTED,
    DB_NO_DATA,
    VERSION_INVALID,
    OS_PACKAGE_DB_UNREADABLE,
];
