//! The checks, one folder each with the same three files: `cfg.rs` (what
//! the user writes, parsed and validated), `check.rs` (a pure function of
//! [`Context`] → diagnostics) and `diags.rs` (the codes it can emit). A new
//! check is a new folder plus one line in [`CHECKS`] and in `cfg.rs`.

pub mod base;
pub mod config;
pub mod files;
pub mod least_privilege;
pub mod registries;
pub mod secrets;
pub mod signatures;
pub mod vulnerabilities;

use crate::image::facts::ImageFacts;
use crate::image::fs::FileTree;
use crate::inventory::os::OsInfo;
use crate::inventory::Package;
use crate::policy::cfg::PolicyConfig;
use crate::policy::diag::{Code, Sink};
use crate::vulndb::scan::{DbSummary, Gap, Vulnerability};
use std::collections::HashSet;

/// Everything a check may look at. Pure data: checks never read files.
pub struct Context<'a> {
    pub facts: &'a ImageFacts,
    pub tree: &'a FileTree,
    pub os: Option<&'a OsInfo>,
    pub packages: &'a [Package],
    /// Absolute paths of files owned by OS packages.
    pub owned: &'a HashSet<String>,
    /// Matching results; `None` when the scan had no DB.
    pub vulns: Option<&'a [Vulnerability]>,
    pub db: Option<&'a DbSummary>,
    /// What the vulnerability scan could not check (empty without a DB).
    pub gaps: &'a [Gap],
    /// Today, as a day number (see `crate::time`); `None` when the host gave no time.
    pub today: Option<i64>,
    /// The reference the pipeline names the image by (`ScanRequest.reference`).
    pub reference: Option<&'a str>,
    /// The VEX documents applied to the findings (none given: `None`).
    pub vex: Option<&'a crate::vex::apply::Outcome>,
    /// The image's base, when `[[base.images]]` identifies it by its layers
    /// (`vulnerabilities::ignore::image_base`).
    pub base: Option<&'a vulnerabilities::ignore::Base>,
    /// The secrets the scanner found (already filtered by the policy's
    /// allow-lists), sorted; empty when secret scanning is off.
    pub secrets: &'a [crate::secrets::SecretFinding],
    /// The verification of the image's signatures; `None` when nothing
    /// asked for it (no key, signature, bundle, identity or requirement).
    pub signatures: Option<&'a crate::signature::SignatureReport>,
}

/// One check: its name, whether the policy enables it, and its run function.
pub struct Check {
    pub name: &'static str,
    pub enabled: fn(&PolicyConfig) -> bool,
    pub run: fn(&PolicyConfig, &Context<'_>, &mut Sink),
    /// What a check says when it is switched off (most say nothing; not
    /// checking for vulnerabilities is a warning in every report).
    pub off: Option<fn(&PolicyConfig, &mut Sink)>,
    pub codes: &'static [Code],
    /// Whether `summary.checks` lists the check even when it emits nothing.
    /// `false` for `secrets` and `signatures`: reports list them only when
    /// they found something, as they did before these became checks here,
    /// so every report kept its shape.
    pub listed: bool,
}

/// Every check, in report order.
pub const CHECKS: &[Check] = &[
    Check {
        name: vulnerabilities::NAME,
        enabled: |p| p.vulnerabilities.enabled,
        run: |p, cx, s| vulnerabilities::check::run(&p.vulnerabilities, cx, s),
        off: Some(|p, s| vulnerabilities::check::skipped(&p.vulnerabilities, s)),
        codes: vulnerabilities::diags::CODES,
        listed: true,
    },
    Check {
        name: registries::NAME,
        enabled: |p| p.registries.enabled,
        run: |p, cx, s| registries::check::run(&p.registries, cx, s),
        off: None,
        codes: registries::diags::CODES,
        listed: true,
    },
    Check {
        name: base::NAME,
        enabled: |p| p.base.enabled,
        run: |p, cx, s| base::check::run(&p.base, cx, s),
        off: None,
        codes: base::diags::CODES,
        listed: true,
    },
    Check {
        name: least_privilege::NAME,
        enabled: |p| p.least_privilege.enabled,
        run: |p, cx, s| least_privilege::check::run(&p.least_privilege, cx, s),
        off: None,
        codes: least_privilege::diags::CODES,
        listed: true,
    },
    Check {
        name: files::NAME,
        enabled: |p| p.files.enabled,
        run: |p, cx, s| files::check::run(&p.files, cx, s),
        off: None,
        codes: files::diags::CODES,
        listed: true,
    },
    Check {
        name: config::NAME,
        enabled: |p| p.config.enabled,
        run: |p, cx, s| config::check::run(&p.config, cx, s),
        off: None,
        codes: config::diags::CODES,
        listed: true,
    },
    Check {
        name: secrets::NAME,
        enabled: |p| p.secrets.enabled,
        run: |p, cx, s| secrets::check::run(&p.secrets, cx, s),
        off: None,
        codes: secrets::diags::CODES,
        listed: false,
    },
    Check {
        name: signatures::NAME,
        // No switch: the check speaks only when keys, signatures, bundles,
        // identities or `require` asked for a verification.
        enabled: |_| true,
        run: |p, cx, s| signatures::check::run(&p.signatures, cx, s),
        off: None,
        codes: signatures::diags::CODES,
        listed: false,
    },
];
