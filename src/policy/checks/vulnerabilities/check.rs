//! The `vulnerabilities` check: turns matched advisories into diagnostics by
//! `fail-on`, `ignore-unfixed` and the per-status rules, `unknown-severity`
//! and the ignore list (which matches any id of a finding: its CVE, the
//! distribution's advisory ids, GHSA aliases); judges the DB itself
//! (missing, stale); and makes every gap of the scan (an OS or release the
//! DB has no data for, an unreadable package database, a version that
//! cannot be evaluated) undecided: the gate does not pass what it could
//! not check.

use super::cfg::{Config, SEVERITIES};
use super::diags::*;
use crate::diag::Location;
use crate::policy::checks::Context;
use crate::policy::diag::{Level, Sink};
use crate::vulndb::matcher::Level as Sev;
use crate::vulndb::priority::fmt_score;

fn sev_word(l: Sev) -> &'static str {
    SEVERITIES
        .iter()
        .find(|(_, s)| *s == l)
        .map(|(w, _)| *w)
        .unwrap_or("unknown")
}

fn policy_loc(what: String) -> Option<Location> {
    Some(Location::config(format!("policy: {what}")))
}

/// The day of a DB build time: Unix seconds, or a string starting `YYYY-MM-DD`.
pub fn build_day(build_time: &str) -> Option<i64> {
    let t = build_time.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse::<u64>().ok().map(crate::time::day_of);
    }
    crate::time::parse_date(t.get(..10)?)
}

/// The warning every report carries when the check is switched off.
pub fn skipped(cfg: &Config, sink: &mut Sink) {
    let by = cfg
        .skipped_by
        .unwrap_or("[vulnerabilities] enabled = false in the policy");
    sink.emit(
        Level::Warning,
        &SKIPPED,
        format!("vulnerability checking is switched off ({by}): no package was checked for advisories, so this verdict says nothing about known vulnerabilities"),
        None,
    );
}

/// `fail-on-kev` and `fail-on-epss` need the DB's KEV and EPSS data:
/// without, the gate cannot tell which findings they fail (undecided).
fn priority_data(cfg: &Config, db: &crate::vulndb::scan::DbSummary, sink: &mut Sink) {
    if cfg.fail_on_kev && db.kev.is_none() {
        sink.undecided(
            &DB_NO_KEV,
            "the policy fails findings in CISA's KEV catalogue (fail-on-kev) but the vulnerability DB was built without it, so known exploited findings cannot be told apart: rebuild the DB with the catalogue (`imagegate db build --kev FILE`, `imagegate db update --kev`)",
            policy_loc("vulnerabilities.fail-on-kev".into()),
        );
    }
    if let (Some(t), None) = (cfg.fail_on_epss, &db.epss) {
        sink.undecided(
            &DB_NO_EPSS,
            format!(
                "the policy fails findings with an EPSS score of {} or more (fail-on-epss) but the vulnerability DB was built without EPSS scores: rebuild the DB with them (`imagegate db build --epss FILE`, `imagegate db update --epss`)",
                fmt_score(t)
            ),
            policy_loc("vulnerabilities.fail-on-epss".into()),
        );
    }
}

/// Whether `fail-on-kev` or `fail-on-epss` fails this finding whatever its
/// severity: the code and why (KEV first).
fn priority_rule(
    cfg: &Config,
    v: &crate::vulndb::scan::Vulnerability,
) -> Option<(&'static crate::policy::diag::Code, String)> {
    let kev = v.known_exploited.as_ref().filter(|_| cfg.fail_on_kev);
    let epss = cfg
        .fail_on_epss
        .and_then(|t| v.epss.as_ref().filter(|e| e.score >= t).map(|e| (t, e)));
    let epss_text = epss.map(|(t, e)| {
        format!(
            "EPSS score {} (percentile {}, {}) is at or above fail-on-epss = {}",
            fmt_score(e.score),
            fmt_score(e.percentile),
            e.cve,
            fmt_score(t)
        )
    });
    match (kev, epss_text) {
        (Some(k), also) => Some((
            &KNOWN_EXPLOITED,
            format!(
                "{} is in CISA's Known Exploited Vulnerabilities catalogue (added {}{}{}; fail-on-kev){}",
                k.cve,
                k.date_added,
                if k.due_date.is_empty() {
                    String::new()
                } else {
                    format!(", due {}", k.due_date)
                },
                if k.ransomware() {
                    ", known ransomware campaign use"
                } else {
                    ""
                },
                also.map(|t| format!("; its {t}")).unwrap_or_default()
            ),
        )),
        (None, Some(t)) => Some((&EPSS, format!("its {t}"))),
        (None, None) => None,
    }
}

pub fn run(cfg: &Config, cx: &Context<'_>, sink: &mut Sink) {
    let (Some(vulns), Some(db)) = (cx.vulns, cx.db) else {
        no_db(cfg, sink);
        return;
    };
    db_age(cfg, db, cx.today, sink);
    priority_data(cfg, db, sink);
    gaps(cx.gaps, sink);
    expired_ignores(cfg, cx.today, sink);
    // Which ignores named a finding (`ignore::apply` marked the findings
    // that ignores applying today name).
    let mut used = vec![false; cfg.ignore.len()];
    let mut unfixed = 0usize;
    for v in vulns {
        if !finding(cfg, v, &mut used, sink) {
            unfixed += 1;
        }
    }
    unfixed_note(cfg, unfixed, sink);
    if let Some(vex) = cx.vex {
        vex_documents(vex, sink);
    }
    unused_ignores(cfg, cx, &used, sink);
}

/// No DB: undecided when the policy requires one, else a warning.
fn no_db(cfg: &Config, sink: &mut Sink) {
    let msg = "no vulnerability DB: packages were not checked for advisories";
    if cfg.require_db {
        sink.undecided(
            &DB_MISSING,
            format!("{msg}; run `imagegate db update` (or pass --db FILE), or switch vulnerability checking off explicitly (--skip-vulnerabilities)"),
            policy_loc("vulnerabilities.require-db".into()),
        );
    } else {
        sink.emit(Level::Warning, &DB_MISSING, msg, None);
    }
}

/// `max-db-age`: a DB older than that is undecided; an age that cannot be
/// told (no date from the host, a build time that is not one) is a note.
fn db_age(cfg: &Config, db: &crate::vulndb::scan::DbSummary, today: Option<i64>, sink: &mut Sink) {
    if cfg.max_db_age == 0 {
        return;
    }
    match (build_day(&db.build_time), today) {
        (Some(built), Some(today)) => {
            let age = today - built;
            if age > cfg.max_db_age as i64 {
                sink.undecided(
                    &DB_STALE,
                    format!(
                        "the vulnerability DB was built on {} ({age} days ago), more than max-db-age = {} days: run `imagegate db update`",
                        crate::time::format_date(built),
                        cfg.max_db_age
                    ),
                    policy_loc("vulnerabilities.max-db-age".into()),
                );
            }
        }
        (None, _) => sink.emit(
            Level::Note,
            &DB_AGE_UNKNOWN,
            format!(
                "the vulnerability DB's build time {:?} is not a date, so its age was not checked",
                db.build_time
            ),
            None,
        ),
        (Some(_), None) => sink.emit(
            Level::Note,
            &DB_AGE_UNKNOWN,
            "the host gave no date, so the DB's age was not checked",
            None,
        ),
    }
}

/// Every gap of the scan (what it could not check) is undecided.
fn gaps(gaps: &[crate::vulndb::scan::Gap], sink: &mut Sink) {
    for gap in gaps {
        let code = match gap.code {
            "vulnerability-os-unsupported" => &OS_UNSUPPORTED,
            "vulnerability-db-no-data" => &DB_NO_DATA,
            "vulnerability-version-invalid" => &VERSION_INVALID,
            _ => &OS_PACKAGE_DB_UNREADABLE,
        };
        let loc = (gap.path.is_some() || gap.package.is_some()).then(|| Location {
            path: gap.path.clone(),
            package: gap.package.clone(),
            ..Location::default()
        });
        sink.undecided(code, gap.message.clone(), loc);
    }
}

/// What an ignore names: `CVE-1`, `CVE-1 in purl pkg:…`, `any advisory in
/// path /opt/**`.
fn ignore_what(ig: &super::ignore::Ignore) -> String {
    match ig.scope.describe() {
        Some(scope) if ig.id == "*" => format!("any advisory in {scope}"),
        Some(scope) => format!("{} in {scope}", ig.id),
        None => ig.id.clone(),
    }
}

/// Expired ignores (and expiring ones without a date from the host, which
/// cannot be trusted) are reported once each.
fn expired_ignores(cfg: &Config, today: Option<i64>, sink: &mut Sink) {
    for ig in &cfg.ignore {
        match (ig.expires, today) {
            (Some(exp), Some(today)) if today > exp => sink.emit(
                Level::Warning,
                &IGNORE_EXPIRED,
                format!(
                    "the ignore of {} expired on {}: it no longer applies (reason was: {})",
                    ignore_what(ig),
                    crate::time::format_date(exp),
                    ig.reason
                ),
                policy_loc(format!("vulnerabilities.ignore[{}]", ig.index)),
            ),
            (Some(exp), None) => sink.emit(
                Level::Warning,
                &IGNORE_EXPIRED,
                format!(
                    "the ignore of {} expires on {} but the host gave no date: it does not apply",
                    ignore_what(ig),
                    crate::time::format_date(exp)
                ),
                policy_loc(format!("vulnerabilities.ignore[{}]", ig.index)),
            ),
            _ => {}
        }
    }
}

/// Mark the ignore entries that name a finding as used.
fn mark(cfg: &Config, ig: &crate::vulndb::scan::Ignored, used: &mut [bool]) {
    for i in std::iter::once(ig.index).chain(ig.also.iter().copied()) {
        if let Some(u) = cfg.ignore.iter().position(|x| x.index == i) {
            used[u] = true;
        }
    }
}

/// Judge one finding: its VEX statements, then its ignore, then the
/// policy's rules. Returns `false` when a rule would have counted it but it
/// has no fix (`ignore-unfixed`, `[vulnerabilities.status]`).
fn finding(
    cfg: &Config,
    v: &crate::vulndb::scan::Vulnerability,
    used: &mut [bool],
    sink: &mut Sink,
) -> bool {
    let f = &v.finding;
    let loc = Location {
        layer: Some(v.layer),
        path: Some(v.path.clone()),
        package: Some(format!("{}@{}", f.package, f.installed)),
        config: None,
    };
    if let Some(d) = v.vex.as_ref() {
        if vex_statement(cfg, v, d, &loc, used, sink) {
            return true;
        }
    }
    if let Some(ig) = &v.ignored {
        mark(cfg, ig, used);
        let via = if ig.id == "*" || f.id.eq_ignore_ascii_case(&ig.id) {
            String::new()
        } else {
            format!(" (as {})", ig.id)
        };
        sink.emit(
            Level::Note,
            &IGNORED,
            format!(
                "{}{via} in {}@{} is ignored by {}",
                f.id,
                f.package,
                f.installed,
                ig.cite()
            ),
            Some(loc),
        );
        return true;
    }
    judge(cfg, v, loc, sink)
}

/// The VEX statements that name a finding: a note (a warning when they
/// conflict); returns whether they suppress it (then nothing else is said).
fn vex_statement(
    cfg: &Config,
    v: &crate::vulndb::scan::Vulnerability,
    d: &crate::vex::apply::Decision,
    loc: &Location,
    used: &mut [bool],
    sink: &mut Sink,
) -> bool {
    let f = &v.finding;
    let first = d.statements.first();
    let cite = first.map(|a| a.cite()).unwrap_or_default();
    let why = first.map(|a| a.why()).filter(|w| !w.is_empty());
    if d.suppressed {
        let also = match &v.ignored {
            Some(ig) => {
                mark(cfg, ig, used);
                format!(" (also ignored by vulnerabilities.ignore[{}])", ig.index)
            }
            None => String::new(),
        };
        let more = if d.statements.len() > 1 {
            format!(
                " and {} more statement{}",
                d.statements.len() - 1,
                if d.statements.len() == 2 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        sink.emit(
            Level::Note,
            &VEX_SUPPRESSED,
            format!(
                "{} in {}@{} is {} per VEX {cite}{more}{}{also}",
                f.id,
                f.package,
                f.installed,
                d.status.as_str(),
                why.map(|w| format!(": {w}")).unwrap_or_default()
            ),
            Some(loc.clone()),
        );
        return true;
    }
    let (level, code) = if d
        .reason
        .as_deref()
        .is_some_and(|r| r.starts_with("conflicting"))
    {
        (Level::Warning, &VEX_CONFLICT)
    } else {
        (Level::Note, &VEX_STATUS)
    };
    sink.emit(
        level,
        code,
        format!(
            "{} in {}@{} is {} per VEX {cite}{}{}; the finding is judged as usual",
            f.id,
            f.package,
            f.installed,
            d.status.as_str(),
            why.map(|w| format!(": {w}")).unwrap_or_default(),
            d.reason
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        ),
        Some(loc.clone()),
    );
    false
}

/// The policy's rules for a finding neither suppressed nor ignored:
/// `fail-on-kev` / `fail-on-epss`, then `unknown-severity`, then `fail-on`.
/// Returns `false` when a rule applies but the finding's status is not
/// judged (no fix yet): it is counted in the `vulnerabilities-unfixed` note.
fn judge(
    cfg: &Config,
    v: &crate::vulndb::scan::Vulnerability,
    loc: Location,
    sink: &mut Sink,
) -> bool {
    let f = &v.finding;
    let fix_text = f.fix_text();
    let judged = cfg.judges(f.status);
    if let Some((code, why)) = priority_rule(cfg, v) {
        if !judged {
            return false;
        }
        sink.emit(
            Level::Error,
            code,
            format!(
                "{} ({}) affects {}@{}: {why}; {fix_text}",
                f.id,
                sev_word(f.severity.level),
                f.package,
                f.installed
            ),
            Some(loc),
        );
        return true;
    }
    if f.severity.level == Sev::Unknown {
        if !judged {
            return false;
        }
        sink.emit(
            cfg.unknown_severity,
            &UNKNOWN_SEVERITY,
            format!(
                "{} affects {}@{} ({fix_text}) and no trusted source rates it (severity-sources: {})",
                f.id,
                f.package,
                f.installed,
                cfg.severity_sources
                    .iter()
                    .map(|k| match k {
                        crate::vulndb::severity::Kind::Vendor => "vendor",
                        crate::vulndb::severity::Kind::Cvss => "cvss",
                        crate::vulndb::severity::Kind::Borrowed => "borrowed",
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(loc),
        );
        return true;
    }
    if f.severity.level < cfg.fail_on {
        return true;
    }
    if !judged {
        return false;
    }
    let rated = match (&f.severity.from, f.severity.borrowed) {
        (Some(_), true) => format!("{}, {}", sev_word(f.severity.level), f.severity.describe()),
        (Some(from), false) if from != &f.id => format!(
            "{}, {} rating in {from}",
            sev_word(f.severity.level),
            f.severity.describe()
        ),
        _ => format!("{}, {}", sev_word(f.severity.level), f.severity.describe()),
    };
    sink.emit(
        Level::Error,
        &VULNERABILITY,
        format!(
            "{} ({rated}) affects {}@{}: {fix_text}",
            f.id, f.package, f.installed
        ),
        Some(loc),
    );
    true
}

/// How many findings a rule would have counted but have no fix yet.
fn unfixed_note(cfg: &Config, unfixed: usize, sink: &mut Sink) {
    if unfixed == 0 {
        return;
    }
    sink.emit(
        Level::Note,
        &UNFIXED,
        format!(
            "{unfixed} advisor{} at or above {} (or of unknown severity) ha{} no fix yet and {} not counted (ignore-unfixed, [vulnerabilities.status])",
            if unfixed == 1 { "y" } else { "ies" },
            sev_word(cfg.fail_on),
            if unfixed == 1 { "s" } else { "ve" },
            if unfixed == 1 { "is" } else { "are" },
        ),
        None,
    );
}

/// Per VEX document, the statements that named no finding of this image;
/// then the statements that could not be evaluated.
fn vex_documents(vex: &crate::vex::apply::Outcome, sink: &mut Sink) {
    for d in &vex.documents {
        if d.unused.is_empty() {
            continue;
        }
        let mut shown: Vec<String> = d.unused.iter().take(10).map(|i| i.to_string()).collect();
        if d.unused.len() > 10 {
            shown.push("…".into());
        }
        let unidentified = if d.unidentified.is_empty() {
            String::new()
        } else {
            format!(
                "; products without a purl cannot match: {}",
                d.unidentified.join(", ")
            )
        };
        sink.emit(
            Level::Note,
            &VEX_UNUSED,
            format!(
                "{} ({}): {} of {} statements named no finding of this image (statement {}){unidentified}",
                d.name,
                d.format.as_str(),
                d.unused.len(),
                d.statements.max(d.unused.len()),
                shown.join(", ")
            ),
            Some(Location::config(format!("vex: {}", d.name))),
        );
    }
    for u in &vex.unevaluated {
        sink.emit(Level::Warning, &VEX_UNEVALUATED, u.clone(), None);
    }
}

/// Active ignores that named no finding (stale or mistyped).
fn unused_ignores(cfg: &Config, cx: &Context<'_>, used: &[bool], sink: &mut Sink) {
    for (ig, used) in cfg.ignore.iter().zip(used) {
        if *used || !ig.active(cx.today) {
            continue;
        }
        let what = ignore_what(ig);
        let hint = if ig.scope.base_image.is_some() && cx.base.is_none() {
            "; `base-image` needs the image's base identified by its layers ([[base.images]] with diff-ids the image starts with)"
        } else {
            ""
        };
        sink.emit(
            Level::Note,
            &IGNORE_UNUSED,
            format!("the ignore of {what} matched no advisory in this image{hint}"),
            policy_loc(format!("vulnerabilities.ignore[{}]", ig.index)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn db_build_days() {
        assert_eq!(build_day("1795564800"), Some(20_782));
        assert_eq!(build_day("2026-11-25T10:00:00Z"), Some(20_782));
        assert_eq!(build_day("unknown"), None);
        assert_eq!(build_day(""), None);
    }
}
