//! The human-readable text report: the verdict first, then the image facts.
//! With [`RenderOptions::color`] (the host sets it only for a terminal, and
//! never when `NO_COLOR` is set) the verdict and severities get ANSI colours;
//! otherwise the text is plain.

use crate::image::facts::ImageFacts;
use crate::report::{RenderOptions, Report, Severity};
use crate::vulndb::matcher::Level;
use std::fmt::Write;

const RESET: &str = "\x1b[0m";

/// Wrap `s` in an ANSI style when colours are on.
fn paint(on: bool, style: &str, s: &str) -> String {
    if on {
        format!("\x1b[{style}m{s}{RESET}")
    } else {
        s.to_string()
    }
}

fn verdict_style(v: &str) -> &'static str {
    match v {
        "pass" => "1;32",
        "fail" => "1;31",
        _ => "1;33",
    }
}

fn severity_style(s: Severity) -> &'static str {
    match s {
        Severity::Error => "31",
        Severity::Warning => "33",
        Severity::Note => "36",
    }
}

fn level_style(l: Level) -> &'static str {
    match l {
        Level::Critical => "1;31",
        Level::High => "31",
        Level::Medium => "33",
        Level::Low => "36",
        Level::Unknown => "2",
    }
}

fn human(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = bytes as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

/// A string from the image or the DB made log-safe (see [`crate::logsafe`]),
/// so a label or history line cannot forge report lines or CI log commands.
pub(crate) fn esc(s: &str) -> String {
    crate::logsafe::log_safe_string(s)
}

/// The plain text report (no colours).
pub fn render(r: &Report) -> String {
    render_with(r, &RenderOptions::default())
}

/// The text report: the verdict and every diagnostic, the image and what
/// was found in it (packages, vulnerabilities, secrets), its config, layers
/// and history.
pub fn render_with(r: &Report, opts: &RenderOptions) -> String {
    let c = opts.color;
    let mut o = String::new();
    verdict(&mut o, r, c);
    let _ = writeln!(o);
    image(&mut o, r);
    vulnerabilities(&mut o, r, c);
    secrets(&mut o, r);
    config(&mut o, &r.image);
    layers(&mut o, &r.image);
    o
}

/// The tool and input, the verdict with its counts, why vulnerabilities
/// were not checked or the gate could not decide, and every diagnostic.
fn verdict(o: &mut String, r: &Report, c: bool) {
    let _ = writeln!(
        o,
        "imagegate {}: {} ({})",
        r.tool.version,
        esc(&r.source.name),
        r.source.format
    );
    let _ = writeln!(
        o,
        "verdict: {} ({} errors, {} warnings, {} notes)",
        paint(
            c,
            verdict_style(r.verdict.as_str()),
            &r.verdict.as_str().to_uppercase()
        ),
        r.summary.errors,
        r.summary.warnings,
        r.summary.notes
    );
    if let Some(m) = r.vulnerabilities_skipped() {
        let _ = writeln!(o, "VULNERABILITIES NOT CHECKED: {}", esc(m));
    }
    for u in &r.policy.undecided {
        let _ = writeln!(o, "undecided: {}", esc(u));
    }
    for d in &r.diagnostics {
        let loc = d
            .location
            .as_ref()
            .map(|l| format!(" [{}]", esc(&l.display())))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "  {}[{}]{loc}: {}",
            paint(c, severity_style(d.severity), &format!("{:?}", d.severity)),
            d.code,
            esc(&d.message)
        );
    }
}

/// What the image is: references, digests, platform, OS, packages per
/// ecosystem and the VEX documents applied.
fn image(o: &mut String, r: &Report) {
    let i = &r.image;
    if !i.references.is_empty() {
        let _ = writeln!(o, "references:  {}", esc(&i.references.join(", ")));
    }
    if let Some(m) = &i.manifest_digest {
        let _ = writeln!(o, "manifest:    {m}");
    }
    let _ = writeln!(o, "config:      {}", i.config_digest);
    let plat = format!(
        "{}/{}{}",
        i.os.as_deref().unwrap_or("?"),
        i.architecture.as_deref().unwrap_or("?"),
        i.variant
            .as_deref()
            .map(|v| format!("/{v}"))
            .unwrap_or_default()
    );
    let _ = writeln!(o, "platform:    {}", esc(&plat));
    if let Some(os) = &i.os_release {
        let _ = writeln!(
            o,
            "os:          {} ({})",
            esc(os
                .pretty_name
                .as_deref()
                .or(os.name.as_deref())
                .unwrap_or("unknown")),
            esc(&os.path)
        );
    } else {
        let _ = writeln!(o, "os:          unknown (no os-release)");
    }
    if let Some(os) = &r.os {
        let _ = writeln!(
            o,
            "os family:   {} {}{}",
            esc(&os.family),
            esc(os.version.as_deref().unwrap_or("(unknown version)")),
            if os.distroless { " (distroless)" } else { "" }
        );
    }
    let mut per: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for p in &r.packages {
        *per.entry(p.ecosystem.as_str()).or_default() += 1;
    }
    let counts: Vec<String> = per.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let _ = writeln!(
        o,
        "packages:    {}{}",
        r.packages.len(),
        if counts.is_empty() {
            String::new()
        } else {
            format!(" ({})", counts.join(", "))
        }
    );
    if let Some(vex) = &r.vex {
        for d in &vex.documents {
            let _ = writeln!(
                o,
                "vex:         {} ({}, {} of {} statements named a finding)",
                esc(&d.name),
                d.format.as_str(),
                d.applied,
                d.statements.max(d.applied)
            );
        }
    }
}

/// The DB's prioritisation and every vulnerability finding, with counts
/// by severity (findings suppressed by VEX or ignored by the policy apart).
fn vulnerabilities(o: &mut String, r: &Report, c: bool) {
    if let Some(p) = r
        .vulnerability_db
        .as_ref()
        .map(|d| d.priority_text())
        .filter(|p| !p.is_empty())
    {
        let _ = writeln!(o, "priority:    {} (findings sorted by risk)", esc(&p));
    }
    if let Some(vulns) = &r.vulnerabilities {
        let _ = writeln!(o, "vulnerabilities: {}", counts(vulns));
        for v in vulns {
            let f = &v.finding;
            let level = serde_json::to_value(f.severity.level)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let also = if f.aliases.is_empty() {
                String::new()
            } else {
                format!("; also {}", esc(&f.aliases.join(", ")))
            };
            let level = paint(c, level_style(f.severity.level), &format!("{level:<8}"));
            let _ = writeln!(
                o,
                "  {level} {} {}@{} ({}; rated by {}{also}){}{}",
                esc(&f.id),
                esc(&v.package_label()),
                esc(&f.installed),
                esc(&f.fix_text()),
                esc(&f.severity.describe()),
                esc(&v.priority_text()),
                esc(&v.vex_text())
            );
        }
    }
}

/// The findings judged (by severity, most severe first), and how many more
/// VEX suppressed or the policy ignored.
fn counts(vulns: &[crate::vulndb::scan::Vulnerability]) -> String {
    let mut levels: std::collections::BTreeMap<
        std::cmp::Reverse<crate::vulndb::matcher::Level>,
        usize,
    > = std::collections::BTreeMap::new();
    let suppressed = vulns.iter().filter(|v| v.suppressed_by_vex()).count();
    let ignored = vulns
        .iter()
        .filter(|v| !v.suppressed_by_vex() && v.ignored.is_some())
        .count();
    for v in vulns
        .iter()
        .filter(|v| !v.suppressed_by_vex() && v.ignored.is_none())
    {
        *levels
            .entry(std::cmp::Reverse(v.finding.severity.level))
            .or_default() += 1;
    }
    let parts: Vec<String> = levels
        .iter()
        .map(|(l, n)| {
            format!(
                "{} {n}",
                serde_json::to_value(l.0)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            )
        })
        .collect();
    format!(
        "{}{}{}{}",
        vulns.len() - suppressed - ignored,
        if parts.is_empty() {
            String::new()
        } else {
            format!(" ({})", parts.join(", "))
        },
        if suppressed > 0 {
            format!(", {suppressed} more not affected per VEX")
        } else {
            String::new()
        },
        if ignored > 0 {
            format!(", {ignored} more ignored by the policy")
        } else {
            String::new()
        }
    )
}

/// The secret findings (never their values: the preview and fingerprint).
fn secrets(o: &mut String, r: &Report) {
    let _ = writeln!(o, "secrets:     {}", r.secrets.len());
    for f in &r.secrets {
        let layer = match (f.layer, f.deleted_in_layer) {
            (Some(l), Some(m)) => {
                format!(" (layer {l}, deleted in layer {m}: still in the image)")
            }
            (Some(l), None) => format!(" (layer {l})"),
            _ => String::new(),
        };
        let _ = writeln!(
            o,
            "  {:<8} {} {}{layer}: {} {}",
            f.severity.as_str(),
            f.rule,
            esc(&f.location()),
            esc(&f.preview),
            f.fingerprint
        );
    }
}

/// The image config: created, user, entrypoint, cmd, workdir, ports,
/// healthcheck, env and labels.
fn config(o: &mut String, i: &ImageFacts) {
    if let Some(c) = &i.created {
        let _ = writeln!(o, "created:     {}", esc(c));
    }
    let _ = writeln!(
        o,
        "user:        {}",
        esc(i.user.as_deref().unwrap_or("(none: runs as root)"))
    );
    if let Some(e) = &i.entrypoint {
        let _ = writeln!(
            o,
            "entrypoint:  {}",
            esc(&serde_json::to_string(e).unwrap_or_default())
        );
    }
    if let Some(c) = &i.cmd {
        let _ = writeln!(
            o,
            "cmd:         {}",
            esc(&serde_json::to_string(c).unwrap_or_default())
        );
    }
    if let Some(w) = &i.working_dir {
        let _ = writeln!(o, "workdir:     {}", esc(w));
    }
    if !i.exposed_ports.is_empty() {
        let _ = writeln!(o, "ports:       {}", esc(&i.exposed_ports.join(", ")));
    }
    match &i.healthcheck {
        Some(h) => {
            let _ = writeln!(o, "healthcheck: {}", esc(&h.test.join(" ")));
        }
        None => {
            let _ = writeln!(o, "healthcheck: none");
        }
    }
    if !i.env.is_empty() {
        let _ = writeln!(o, "env:");
        for e in &i.env {
            let _ = writeln!(o, "  {}={}", esc(&e.name), esc(&e.value));
        }
    }
    if !i.labels.is_empty() {
        let _ = writeln!(o, "labels:");
        for (k, v) in &i.labels {
            let _ = writeln!(o, "  {}={}", esc(k), esc(v));
        }
    }
}

/// The layers with their sizes and counts, and the build history.
fn layers(o: &mut String, i: &ImageFacts) {
    let _ = writeln!(
        o,
        "layers:      {} ({} stored, {} uncompressed); final filesystem: {} entries, {} files",
        i.totals.layers,
        human(i.totals.size),
        human(i.totals.uncompressed_size),
        i.totals.final_entries,
        i.totals.final_files
    );
    for l in &i.layers {
        let _ = writeln!(
            o,
            "  #{:<2} {} {:>10} {} entries={} files={} whiteouts={}",
            l.index,
            l.diff_id,
            human(l.uncompressed_size),
            l.compression.as_str(),
            l.entries,
            l.files,
            l.whiteouts
        );
    }
    if !i.history.is_empty() {
        let _ = writeln!(o, "history:");
        for h in &i.history {
            let step = h.created_by.as_deref().unwrap_or("");
            let tag = h
                .layer
                .map(|l| format!("#{l}"))
                .unwrap_or_else(|| "  ".to_string());
            let _ = writeln!(o, "  {tag:<3} {}", esc(step));
        }
    }
}
