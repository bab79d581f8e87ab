//! Codes of the `vulnerabilities` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const VULNERABILITY: Code = Code {
    code: "vulnerability",
    check: C,
    doc: "An installed package is affected by an advisory at or above the policy's `fail-on` severity (default `high`) and is not ignored. With `ignore-unfixed = true` (the default) only advisories with a fixed version count. Fix: upgrade the package (the message names the fixed versions) or rebuild on a newer base; if the advisory does not apply, add it to `[vulnerabilities] ignore` with a reason and an expiry date. Severity: error.",
};
pub const UNKNOWN_SEVERITY: Code = Code {
    code: "vulnerability-unknown-severity",
    check: C,
    doc: "An advisory affects an installed package but its record carries no usable severity (no CVSS vector, no Ubuntu or GHSA severity), so `fail-on` cannot rank it. How it is reported is set by `[vulnerabilities] unknown-severity` (default `warning`; `error` fails the gate, `off` hides it). Unfixed ones follow `ignore-unfixed`.",
};
pub const UNFIXED: Code = Code {
    code: "vulnerabilities-unfixed",
    check: C,
    doc: "Advisories at or above `fail-on` affect installed packages but have no fixed version yet; with `ignore-unfixed = true` (the default) they do not fail the gate. One note counts them; the report's `vulnerabilities` list has each. Set `ignore-unfixed = false` to fail on them too. Severity: note.",
};
pub const IGNORED: Code = Code {
    code: "vulnerability-ignored",
    check: C,
    doc: "An advisory matched an installed package but the policy ignores it (`[vulnerabilities] ignore`); the note repeats the reason and expiry so the acceptance stays visible in every report. Severity: note.",
};
pub const IGNORE_EXPIRED: Code = Code {
    code: "vulnerability-ignore-expired",
    check: C,
    doc: "An entry of `[vulnerabilities] ignore` has an `expires` date in the past (the host's date), so it no longer ignores anything: the advisory is judged as if the entry were absent. Review it: fix the package, or renew the entry with a new date and reason. Severity: warning.",
};
pub const IGNORE_UNUSED: Code = Code {
    code: "vulnerability-ignore-unused",
    check: C,
    doc: "An entry of `[vulnerabilities] ignore` matched no advisory of this image (by id or alias). It may be stale (the package was fixed) or mistyped. Severity: note.",
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

pub const SKIPPED: Code = Code {
    code: "vulnerabilities-skipped",
    check: C,
    doc: "Vulnerability checking was switched off explicitly (`--skip-vulnerabilities`, the adapters' skip-vulnerabilities input, or `[vulnerabilities] enabled = false`), so no package was checked for advisories and the verdict says nothing about known vulnerabilities. Every report shows this warning at the top. Severity: warning.",
};

pub const CODES: &[Code] = &[
    SKIPPED,
    VULNERABILITY,
    UNKNOWN_SEVERITY,
    UNFIXED,
    IGNORED,
    IGNORE_EXPIRED,
    IGNORE_UNUSED,
    DB_MISSING,
    DB_STALE,
    DB_AGE_UNKNOWN,
];
