//! `imagegate sweep REGISTRY[/PREFIX]`: keep judging what is in a registry.
//! Lists repositories (`/v2/_catalog`) and tags (`/v2/<repo>/tags/list`),
//! following `Link` pagination; resolves each tag to its platform manifest
//! digest; scans digests not seen before (their JSON reports are kept in a
//! state directory, keyed by digest), rescans the kept reports of the others
//! against today's DB, checks each image's base image, and writes one summary
//! (JSON and Markdown). Every image is independent: an error on one is
//! recorded and the sweep goes on; the exit code is the worst outcome.
//! See docs/registries-and-rescans.md.

use crate::base;
use crate::engine::{Gate, HostError, RunLimits};
use crate::registry::{self, Reference};
use crate::{JudgeArgs, ScanArgs};
use imagegate::logsafe::log_safe_string;
use imagegate::ErrorKind;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `imagegate sweep`'s arguments.
pub struct Args {
    pub target: String,
    pub state: PathBuf,
    pub output_dir: Option<PathBuf>,
    /// The options it shares with `scan`.
    pub judge: JudgeArgs,
    pub base_check: bool,
    pub page_size: usize,
}

/// One image of the sweep (one digest of one repository, with its tags).
#[derive(Debug, Default)]
struct Entry {
    repo: String,
    tags: Vec<String>,
    digest: Option<String>,
    /// scanned | rescanned | kept | none
    action: &'static str,
    /// pass | fail | error
    verdict: &'static str,
    /// New advisories since the kept scan (rescans only).
    new_advisories: Vec<String>,
    /// up-to-date | rebuild-needed | unknown | error | not-checked
    base: &'static str,
    base_detail: Option<Value>,
    errors: Vec<(String, String)>,
}

impl Entry {
    fn error(&mut self, what: &str, e: &HostError) {
        self.errors
            .push((e.code().to_string(), format!("{what}: {}", e.message())));
    }
    /// 0 pass and up to date, 1 fail or rebuild needed, 2 errored.
    fn worst(&self) -> u8 {
        if !self.errors.is_empty() || self.verdict == "error" {
            2
        } else if self.verdict == "fail" || self.base == "rebuild-needed" {
            1
        } else {
            0
        }
    }
}

/// A tag that names no image: cosign's signature/attestation/SBOM tags and
/// the OCI referrers tag schema (`sha256-<hex>`).
fn companion_tag(tag: &str) -> bool {
    let Some(rest) = tag.strip_prefix("sha256-") else {
        return false;
    };
    let hexpart = rest.split('.').next().unwrap_or_default();
    hexpart.len() == 64 && hexpart.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Split `HOST[:PORT][/PREFIX]`.
fn target(t: &str) -> Result<(String, Option<String>), HostError> {
    let t = t
        .strip_prefix("registry://")
        .unwrap_or(t)
        .trim_end_matches('/');
    let (host, prefix) = match t.split_once('/') {
        Some((h, p)) => (h, Some(p.to_string())),
        None => (t, None),
    };
    // Check both parts as Reference does.
    let probe = format!("{host}/{}", prefix.as_deref().unwrap_or("x"));
    Reference::parse(&probe).map_err(|_| {
        HostError::usage(format!(
            "{t:?} is not REGISTRY[/PREFIX] (a registry host[:port], optionally a repository prefix)"
        ))
    })?;
    Ok((host.to_string(), prefix))
}

fn under(prefix: Option<&str>, repo: &str) -> bool {
    prefix.is_none_or(|p| {
        repo == p
            || repo
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with('/'))
    })
}

/// Run the sweep: exit 0 all pass and up to date, 1 some image fails or
/// needs a rebuild, 2 some image could not be judged (or the listing failed).
pub fn run(gate: &Gate, limits: &RunLimits, args: Args) -> Result<u8, HostError> {
    let (host, prefix) = target(&args.target)?;
    let reports = args.state.join("reports");
    std::fs::create_dir_all(&reports)
        .map_err(|e| HostError::io(&reports.display().to_string(), e))?;
    let out_dir = args
        .output_dir
        .clone()
        .unwrap_or_else(|| args.state.clone());
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| HostError::io(&out_dir.display().to_string(), e))?;
    let now = args.judge.now.unwrap_or_else(crate::clock_now);

    let mut repos = registry::catalog(&host, &args.judge.insecure_registries, args.page_size)?;
    repos.retain(|r| under(prefix.as_deref(), r));
    repos.sort();
    repos.dedup();

    // Resolve every tag to the digest of its platform manifest.
    let mut entries: Vec<Entry> = Vec::new();
    for repo in &repos {
        let shown = log_safe_string(&format!("{host}/{repo}"));
        let list = Reference::parse(&format!("{host}/{repo}"))
            .and_then(|r| registry::tags(&r, &args.judge.insecure_registries, args.page_size));
        let mut tags = match list {
            Ok(t) => t,
            Err(e) => {
                let mut en = Entry {
                    repo: repo.clone(),
                    action: "none",
                    verdict: "error",
                    base: "not-checked",
                    ..Entry::default()
                };
                en.error("listing tags", &e);
                eprintln!("imagegate: sweep: {shown}: {e}");
                entries.push(en);
                continue;
            }
        };
        tags.retain(|t| !companion_tag(t));
        tags.sort();
        let mut by_digest: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for tag in tags {
            let resolved = Reference::parse(&format!("{host}/{repo}:{tag}")).and_then(|r| {
                registry::inspect(
                    &r,
                    &registry::PullOptions {
                        platform: args.judge.platform.as_deref(),
                        insecure: &args.judge.insecure_registries,
                    },
                    false,
                )
            });
            match resolved {
                Ok(i) => by_digest.entry(i.manifest_digest).or_default().push(tag),
                Err(e) => {
                    let mut en = Entry {
                        repo: repo.clone(),
                        tags: vec![tag.clone()],
                        action: "none",
                        verdict: "error",
                        base: "not-checked",
                        ..Entry::default()
                    };
                    en.error("resolving the tag", &e);
                    eprintln!("imagegate: sweep: {shown}:{}: {e}", log_safe_string(&tag));
                    entries.push(en);
                }
            }
        }
        for (digest, tags) in by_digest {
            entries.push(Entry {
                repo: repo.clone(),
                tags,
                digest: Some(digest),
                ..Entry::default()
            });
        }
    }

    // The DB: once for the whole sweep (a missing one is fetched as `scan` does).
    let policy_file = crate::read_policy(args.judge.policy.as_deref())?;
    let bases = match &policy_file {
        Some(p) => imagegate::policy::cfg::parse(&p.name, &p.text)?.base.images,
        None => Vec::new(),
    };
    let plan = gate.plan(
        limits,
        policy_file.as_ref(),
        args.judge.skip_vulnerabilities,
    )?;
    let db = crate::db::for_scan(
        gate,
        limits,
        &plan,
        args.judge.db.clone(),
        args.judge.offline,
        now,
    );

    for en in entries.iter_mut().filter(|e| e.digest.is_some()) {
        let digest = en.digest.clone().unwrap_or_default();
        let by_digest = format!("{host}/{}@{digest}", en.repo);
        let shown = log_safe_string(&by_digest);
        let kept = reports.join(format!("{}.json", digest.replace(':', "-")));
        if kept.is_file() {
            judge_kept(gate, limits, &args, db.as_deref(), &kept, en);
        } else {
            let first_tag = en.tags.first().cloned().unwrap_or_default();
            let scan = ScanArgs {
                image: PathBuf::from(format!("registry://{by_digest}")),
                judge: JudgeArgs {
                    db: db.clone(),
                    offline: true,
                    now: Some(now),
                    ..args.judge.clone()
                },
                tag: None,
                signatures: Vec::new(),
                payloads: Vec::new(),
                signature_bundles: Vec::new(),
                trusted_root: None,
                reference: Some(format!("{host}/{}:{first_tag}", en.repo)),
                vex: Vec::new(),
            };
            en.action = "scanned";
            match crate::run_scan(
                gate,
                limits,
                scan,
                vec![crate::engine::ReportFormat::Json],
                false,
                None,
            ) {
                Ok(ran) => {
                    en.verdict = match ran.outcome.exit_code {
                        0 => "pass",
                        1 => "fail",
                        _ => "error",
                    };
                    let json = ran.outcome.reports.first().cloned().unwrap_or_default();
                    // Only a decided scan is kept (an undecided one is retried next time).
                    if ran.outcome.exit_code < 2 {
                        if let Err(e) = keep(&kept, json.as_bytes()) {
                            en.error("keeping the report", &e);
                        }
                    } else {
                        en.errors.push((
                            "verdict-error".to_string(),
                            "the scan could not decide (verdict error)".to_string(),
                        ));
                    }
                }
                Err(e) => {
                    en.verdict = "error";
                    en.error("scanning", &e);
                }
            }
        }
        en.base = "not-checked";
        if args.base_check {
            let checked = Reference::parse(&by_digest)
                .and_then(|r| {
                    base::remote_facts(
                        &r,
                        args.judge.platform.as_deref(),
                        &args.judge.insecure_registries,
                    )
                })
                .and_then(|f| {
                    base::decide(
                        &f,
                        &bases,
                        args.judge.platform.as_deref(),
                        &args.judge.insecure_registries,
                    )
                });
            match checked {
                Ok(o) => {
                    en.base = o.status();
                    en.base_detail = Some(o.json());
                }
                Err(e) if e.code() == ErrorKind::BaseUnknown.code() => {
                    en.base = "unknown";
                    en.base_detail = Some(json!({"message": e.message()}));
                }
                Err(e) => {
                    en.base = "error";
                    en.error("checking the base image", &e);
                }
            }
        }
        eprintln!(
            "imagegate: sweep: {shown}: {} {}, base {}{}",
            en.action,
            en.verdict,
            en.base,
            if en.errors.is_empty() {
                ""
            } else {
                " (errors)"
            }
        );
    }

    let worst = entries.iter().map(Entry::worst).max().unwrap_or(0);
    let summary = summary_json(&host, prefix.as_deref(), db.as_deref(), &entries, worst);
    let md = summary_markdown(&host, prefix.as_deref(), &entries);
    let json_path = out_dir.join("sweep.json");
    let md_path = out_dir.join("sweep.md");
    imagegate::report::output::write_file(&json_path, summary.to_string().as_bytes())
        .map_err(HostError::from)?;
    imagegate::report::output::write_file(&md_path, md.as_bytes()).map_err(HostError::from)?;
    let count = |f: &dyn Fn(&Entry) -> bool| entries.iter().filter(|e| f(e)).count();
    println!(
        "sweep {}: {} images: {} fail, {} need a rebuild, {} errored; {} and {}",
        log_safe_string(&args.target),
        entries.len(),
        count(&|e| e.verdict == "fail"),
        count(&|e| e.base == "rebuild-needed"),
        count(&|e| e.worst() == 2),
        json_path.display(),
        md_path.display()
    );
    Ok(worst)
}

/// A kept report: its verdict stands (the image has not changed); new
/// advisories from today's DB at or above fail-on make it fail.
fn judge_kept(
    gate: &Gate,
    limits: &RunLimits,
    args: &Args,
    db: Option<&Path>,
    kept: &Path,
    en: &mut Entry,
) {
    let stored = std::fs::read(kept)
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .and_then(|v| v.get("verdict").and_then(Value::as_str).map(str::to_string));
    en.verdict = match stored.as_deref() {
        Some("pass") => "pass",
        Some("fail") => "fail",
        _ => {
            en.errors.push((
                ErrorKind::Malformed.code().to_string(),
                format!(
                    "{}: the kept report has no pass/fail verdict; delete it to scan again",
                    kept.display()
                ),
            ));
            "error"
        }
    };
    let Some(db) = db.filter(|_| !args.judge.skip_vulnerabilities) else {
        en.action = "kept";
        if !args.judge.skip_vulnerabilities {
            en.verdict = "error";
            en.errors.push((
                "usage".to_string(),
                "no vulnerability DB to rescan the kept report against (pass --db, or run `imagegate db update`)".to_string(),
            ));
        }
        return;
    };
    en.action = "rescanned";
    match crate::rescan(
        gate,
        limits,
        db,
        &[kept.to_path_buf()],
        args.judge.fail_on,
        "json",
    ) {
        Ok((code, out)) => {
            let v: Value = serde_json::from_str(&out).unwrap_or(Value::Null);
            let image = v.get("images").and_then(|i| i.get(0));
            en.new_advisories = image
                .and_then(|i| i.get("new"))
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.get("id").and_then(Value::as_str))
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            if code != 0 && en.verdict == "pass" {
                en.verdict = "fail";
            }
        }
        Err(e) => {
            en.verdict = "error";
            en.error("rescanning the kept report", &e);
        }
    }
}

/// Write a kept report whole or not at all.
fn keep(path: &Path, bytes: &[u8]) -> Result<(), HostError> {
    let tmp = path.with_extension("json.part");
    let shown = path.display().to_string();
    std::fs::write(&tmp, bytes).map_err(|e| HostError::io(&shown, e))?;
    std::fs::rename(&tmp, path).map_err(|e| HostError::io(&shown, e))
}

fn summary_json(
    host: &str,
    prefix: Option<&str>,
    db: Option<&Path>,
    entries: &[Entry],
    worst: u8,
) -> Value {
    let images: Vec<Value> = entries
        .iter()
        .map(|e| {
            json!({
                "repository": e.repo,
                "tags": e.tags,
                "digest": e.digest,
                "action": e.action,
                "verdict": e.verdict,
                "new_advisories": e.new_advisories,
                "base": e.base,
                "base_check": e.base_detail,
                "errors": e.errors.iter().map(|(c, m)| json!({"code": c, "message": m})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let names = |f: &dyn Fn(&Entry) -> bool| -> Vec<String> {
        entries
            .iter()
            .filter(|e| f(e))
            .map(|e| display(host, e))
            .collect()
    };
    json!({
        "schema": "imagegate.sweep/v1",
        "registry": host,
        "prefix": prefix,
        "vulnerability_db": db.map(|p| p.display().to_string()),
        "exit_code": worst,
        "fail": names(&|e| e.verdict == "fail"),
        "rebuild_needed": names(&|e| e.base == "rebuild-needed"),
        "errored": names(&|e| e.worst() == 2),
        "images": images,
    })
}

fn display(host: &str, e: &Entry) -> String {
    let mut s = format!("{host}/{}", e.repo);
    if let Some(t) = e.tags.first() {
        s.push(':');
        s.push_str(t);
    }
    if let Some(d) = &e.digest {
        s.push('@');
        s.push_str(d);
    }
    s
}

/// A Markdown table cell: log-safe, no pipes or line breaks.
fn cell(s: &str) -> String {
    log_safe_string(s)
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn summary_markdown(host: &str, prefix: Option<&str>, entries: &[Entry]) -> String {
    let mut md = format!(
        "# imagegate sweep of {}{}\n\n",
        cell(host),
        prefix.map(|p| format!("/{}", cell(p))).unwrap_or_default()
    );
    let count = |f: &dyn Fn(&Entry) -> bool| entries.iter().filter(|e| f(e)).count();
    md.push_str(&format!(
        "{} images: **{} fail**, **{} need a rebuild**, **{} errored**.\n\n",
        entries.len(),
        count(&|e| e.verdict == "fail"),
        count(&|e| e.base == "rebuild-needed"),
        count(&|e| e.worst() == 2)
    ));
    md.push_str("| image | tags | verdict | action | new advisories | base | errors |\n");
    md.push_str("|---|---|---|---|---|---|---|\n");
    for e in entries {
        let digest = e
            .digest
            .as_deref()
            .map(|d| format!("@{}", d.get(..19).unwrap_or(d)))
            .unwrap_or_default();
        md.push_str(&format!(
            "| {}{} | {} | {} | {} | {} | {} | {} |\n",
            cell(&e.repo),
            cell(&digest),
            cell(&e.tags.join(", ")),
            e.verdict,
            e.action,
            cell(&e.new_advisories.join(", ")),
            e.base,
            cell(
                &e.errors
                    .iter()
                    .map(|(c, m)| format!("{c}: {m}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        ));
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_prefixes_and_companion_tags() {
        assert_eq!(
            target("127.0.0.1:5000/team").ok(),
            Some(("127.0.0.1:5000".into(), Some("team".into())))
        );
        assert_eq!(
            target("reg.example").ok(),
            Some(("reg.example".into(), None))
        );
        assert!(target("bad host/x").is_err());
        assert!(target("reg.example/Team").is_err());
        assert!(under(Some("team"), "team/app") && under(Some("team"), "team"));
        assert!(!under(Some("team"), "teamx/app") && under(None, "x"));
        let h = "a".repeat(64);
        assert!(companion_tag(&format!("sha256-{h}.sig")));
        assert!(companion_tag(&format!("sha256-{h}")));
        assert!(!companion_tag("sha256-abc") && !companion_tag("1.0"));
        assert_eq!(cell("a|b\nc\x1b"), cell("a|b\nc\x1b").replace('\n', " "));
        assert!(!cell("a|b").contains(" | "));
    }
}
