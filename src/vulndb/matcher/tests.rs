//! Tests for the OSV matcher: unit cases for the evaluation rules, event
//! boundary checks over the corpus records, and an end-to-end comparison
//! with recorded osv.dev `querybatch` answers.

use super::*;
use crate::vulndb::osv::{self, Range};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

fn rec(json: &str) -> Record {
    match osv::parse(json) {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    }
}

fn query(e: &str, n: &str, v: &str) -> Query {
    Query {
        ecosystem: e.into(),
        name: n.into(),
        version: v.into(),
    }
}

fn ev(list: &[(&str, &str)]) -> Vec<Event> {
    list.iter()
        .map(|(k, v)| match *k {
            "i" => Event::Introduced((*v).into()),
            "f" => Event::Fixed((*v).into()),
            "l" => Event::LastAffected((*v).into()),
            _ => Event::Limit((*v).into()),
        })
        .collect()
}

#[test]
fn range_semantics() {
    let s = Scheme::Semver;
    // Unsorted events, two intervals.
    let e = ev(&[("f", "2.5.0"), ("i", "2.0.0"), ("i", "0"), ("f", "1.5.0")]);
    assert_eq!(in_range(s, &e, "0.0.1"), Some(Some("1.5.0".into())));
    assert_eq!(in_range(s, &e, "1.5.0"), None);
    assert_eq!(in_range(s, &e, "1.9.9"), None);
    assert_eq!(in_range(s, &e, "2.0.0"), Some(Some("2.5.0".into())));
    assert_eq!(in_range(s, &e, "2.5.0"), None);
    assert_eq!(in_range(s, &e, "3.0.0"), None);
    // last_affected: inclusive, no fix.
    let e = ev(&[("i", "1.0.0"), ("l", "1.2.0")]);
    assert_eq!(in_range(s, &e, "0.9.0"), None);
    assert_eq!(in_range(s, &e, "1.2.0"), Some(None));
    assert_eq!(in_range(s, &e, "1.2.1"), None);
    // Open-ended.
    let e = ev(&[("i", "0")]);
    assert_eq!(in_range(s, &e, "99.0.0"), Some(None));
    // limit.
    let e = ev(&[("i", "1.0.0"), ("x", "2.0.0")]);
    assert_eq!(in_range(s, &e, "1.5.0"), Some(None));
    assert_eq!(in_range(s, &e, "2.0.0"), None);
    let e = ev(&[("i", "1.0.0"), ("x", "*")]);
    assert_eq!(in_range(s, &e, "9.0.0"), Some(None));
    // Prerelease ordering: 1.0.0-rc.1 < 1.0.0.
    let e = ev(&[("i", "0"), ("f", "1.0.0")]);
    assert_eq!(in_range(s, &e, "1.0.0-rc.1"), Some(Some("1.0.0".into())));
    // Ecosystem ordering (PEP 440): 1.0 == 1.0.0, post release after.
    let p = Scheme::Pep440;
    let e = ev(&[("i", "1.0"), ("f", "1.0.post1")]);
    assert_eq!(in_range(p, &e, "1.0.0"), Some(Some("1.0.post1".into())));
    assert_eq!(in_range(p, &e, "1.0.post1"), None);
}

#[test]
fn versions_list_git_ranges_and_findings() {
    let r = rec(r#"{"id":"PYSEC-1","modified":"x","aliases":["CVE-1"],
      "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
      "affected":[{"package":{"ecosystem":"PyPI","name":"Foo_Bar"},
        "ranges":[{"type":"GIT","repo":"https://x","events":[{"introduced":"0"},{"fixed":"abc"}]},
                  {"type":"ECOSYSTEM","events":[{"introduced":"1.0"},{"fixed":"1.3"}]}],
        "versions":["0.9"]}],
      "references":[{"type":"WEB","url":"https://example.com"}]}"#);
    let f = match_record(&r, &query("PyPI", "foo-bar", "1.2")).map(|f| (f.fixed, f.severity));
    let (fixed, sev) = f.unwrap_or_default_test();
    assert_eq!(fixed, vec!["1.3".to_string()]);
    assert_eq!(sev.level, Level::Critical);
    assert_eq!(sev.score, Some(9.8));
    assert_eq!(sev.source, "cvss_v3");
    // Listed version outside the range: affected, fixed is the next fix.
    let f = match_record(&r, &query("PyPI", "foo-bar", "0.9"));
    assert_eq!(f.map(|f| f.fixed), Some(vec!["1.3".to_string()]));
    assert!(match_record(&r, &query("PyPI", "foo-bar", "1.3")).is_none());
    assert!(match_record(&r, &query("PyPI", "foo-bar", "0.8")).is_none());
    assert!(match_record(&r, &query("npm", "foo-bar", "1.2")).is_none());
    // Withdrawn.
    let w = rec(
        r#"{"id":"W-1","withdrawn":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"Go","name":"m"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"}]}]}]}"#,
    );
    assert!(match_record(&w, &query("Go", "m", "1.0.0")).is_none());
}

trait TestUnwrap<T> {
    fn unwrap_or_default_test(self) -> T;
}
impl<T> TestUnwrap<T> for Option<T> {
    fn unwrap_or_default_test(self) -> T {
        match self {
            Some(t) => t,
            None => panic!("expected a finding"),
        }
    }
}

#[test]
fn severity_rules() {
    let v4 = rec(
        r#"{"id":"R-1","severity":[{"type":"CVSS_V4","score":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}]}"#,
    );
    let s = severity(&v4, None);
    assert_eq!(
        (s.level, s.source.as_str(), s.score),
        (Level::Critical, "cvss_v4", Some(9.3))
    );
    let both = rec(
        r#"{"id":"R-2","severity":[{"type":"CVSS_V4","score":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"},{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"}]}"#,
    );
    let s = severity(&both, None);
    assert_eq!(
        (s.level, s.source.as_str(), s.score),
        (Level::Low, "cvss_v3", Some(3.7))
    );
    let ghsa = rec(
        r#"{"id":"GHSA-1","severity":[{"type":"CVSS_V3","score":"garbage"}],"database_specific":{"severity":"MODERATE"}}"#,
    );
    let s = severity(&ghsa, None);
    assert_eq!(
        (s.level, s.source.as_str(), s.score),
        (Level::Medium, "ghsa", None)
    );
    let none = rec(r#"{"id":"N-1"}"#);
    assert_eq!(severity(&none, None).level, Level::Unknown);
    let v2 = rec(
        r#"{"id":"V2-1","severity":[{"type":"CVSS_V2","score":"AV:N/AC:L/Au:N/C:P/I:P/A:P"}]}"#,
    );
    let s = severity(&v2, None);
    assert_eq!((s.level, s.score), (Level::High, Some(7.5)));
}

fn load(corpus: &Path, file: &str) -> Vec<Record> {
    let text = std::fs::read_to_string(corpus.join("osv").join(format!("{file}.jsonl")))
        .unwrap_or_default();
    assert!(!text.is_empty(), "osv/{file}.jsonl missing");
    text.lines().filter_map(|l| osv::parse(l).ok()).collect()
}

/// The version an event boundary must (or must not) cover, per range.
fn check_range(scheme: Scheme, r: &Range, fails: &mut Vec<String>, id: &str) -> usize {
    let mut checks = 0;
    let closes = |v: &str| {
        r.events
            .iter()
            .any(|e| matches!(e, Event::Fixed(f) if compare(scheme, f, v) == Ordering::Equal))
    };
    let reopens = |v: &str| {
        r.events
            .iter()
            .any(|e| matches!(e, Event::Introduced(i) if compare(scheme, i, v) == Ordering::Equal))
    };
    for e in &r.events {
        let (v, want) = match e {
            Event::Introduced(v) if v == "0" => continue,
            Event::Introduced(v) if closes(v) => continue, // empty interval
            Event::Introduced(v) => (v, true),
            Event::Fixed(v) if reopens(v) => continue,
            Event::Fixed(v) => (v, false),
            Event::LastAffected(v) if closes(v) => continue,
            Event::LastAffected(v) => (v, true),
            Event::Limit(_) => continue,
        };
        checks += 1;
        let got = in_range(scheme, &r.events, v).is_some();
        if got != want {
            fails.push(format!("{id}: {e:?} in {:?} → affected={got}", r.events));
        }
    }
    checks
}

#[test]
fn corpus_event_boundaries() {
    let Some(corpus) = crate::test_corpus() else {
        return;
    };
    let mut total = 0usize;
    let mut fails = Vec::new();
    for file in ["Go", "crates.io", "PyPI", "Maven"] {
        let mut checks = 0usize;
        for r in load(&corpus, file).iter().filter(|r| !r.is_withdrawn()) {
            for a in &r.affected {
                for range in &a.ranges {
                    let Some(scheme) = range_scheme(&range.kind, &a.ecosystem) else {
                        continue;
                    };
                    checks += check_range(scheme, range, &mut fails, &r.id);
                }
            }
        }
        eprintln!("{file}: {checks} boundary checks");
        total += checks;
    }
    eprintln!("boundary checks: {total}, failures: {}", fails.len());
    for f in fails.iter().take(40) {
        eprintln!("  {f}");
    }
    assert!(total > 15_000, "too few checks: {total}");
    assert!(fails.is_empty(), "{} boundary failures", fails.len());
}

#[test]
fn corpus_querybatch_agreement() {
    let Some(corpus) = crate::test_corpus() else {
        return;
    };
    let mut records = Vec::new();
    for file in ["Go", "PyPI", "crates.io", "Maven"] {
        records.extend(load(&corpus, file));
    }
    let known: BTreeSet<&str> = records.iter().map(|r| r.id.as_str()).collect();
    // (ecosystem, normalised name) → record indexes.
    let mut index: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        for a in &r.affected {
            let key = (a.ecosystem.clone(), norm(&a.ecosystem, &a.name));
            let list = index.entry(key).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let text = std::fs::read_to_string(corpus.join("osv-api/querybatch-vectors.jsonl"))
        .unwrap_or_default();
    assert!(!text.is_empty(), "querybatch vectors missing");
    let lines: Vec<Value> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .collect();
    // Every id osv.dev returned anywhere: an extra id outside this set is a
    // record osv.dev did not serve at recording time, or served with other
    // ranges (published later, withdrawn or re-ranged since): drift.
    let ever_returned: BTreeSet<&str> = lines
        .iter()
        .filter_map(|v| v["vulns"].as_array())
        .flatten()
        .filter_map(|x| x["id"].as_str())
        .collect();
    let (mut agree, mut total, mut drift, mut pairs) = (0usize, 0usize, 0usize, 0usize);
    let mut per_eco: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut diffs = Vec::new();
    for v in &lines {
        let pkg = &v["query"]["package"];
        let (Some(eco), Some(name), Some(version)) = (
            pkg["ecosystem"].as_str(),
            pkg["name"].as_str(),
            v["query"]["version"].as_str(),
        ) else {
            continue;
        };
        if !matches!(eco, "Go" | "PyPI" | "crates.io" | "Maven") {
            continue;
        }
        let q = query(eco, name, version);
        let want: BTreeSet<&str> = v["vulns"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x["id"].as_str())
            .filter(|id| known.contains(id))
            .collect();
        let got: BTreeSet<&str> = index
            .get(&(eco.to_owned(), norm(eco, name)))
            .into_iter()
            .flatten()
            .filter_map(|&i| records.get(i))
            .filter(|r| match_record(r, &q).is_some())
            .map(|r| r.id.as_str())
            .collect();
        total += 1;
        pairs += want.len();
        let e = per_eco.entry(eco.to_owned()).or_default();
        e.1 += 1;
        if got == want {
            agree += 1;
            e.0 += 1;
        } else {
            let extra: Vec<_> = got.difference(&want).collect();
            let missing: Vec<_> = want.difference(&got).collect();
            let drifted =
                missing.is_empty() && extra.iter().all(|id| !ever_returned.contains(**id));
            drift += usize::from(drifted);
            diffs.push(format!(
                "{eco} {name} {version}: extra {extra:?} missing {missing:?}{}",
                if drifted {
                    " (extras osv.dev returned for no query: drift)"
                } else {
                    ""
                }
            ));
        }
    }
    eprintln!(
        "querybatch agreement: {agree}/{total} queries ({pairs} expected (query, id) pairs), \
         {drift} more differ only by ids osv.dev returned for no query (drift); \
         per ecosystem (agree, total): {per_eco:?}"
    );
    for d in &diffs {
        eprintln!("  {d}");
    }
    assert!(total >= 250, "too few comparable queries: {total}");
    assert!(pairs >= 400, "too few expected pairs: {pairs}");
    assert!(
        agree * 100 >= total * 95,
        "agreement {agree}/{total} below 95%"
    );
    assert!(
        (agree + drift) * 100 >= total * 99,
        "agreement modulo drift {}/{total} below 99%",
        agree + drift
    );
}

fn norm(eco: &str, name: &str) -> String {
    if eco == "PyPI" {
        crate::vulndb::ecosystem::pep503(name)
    } else {
        name.to_owned()
    }
}
