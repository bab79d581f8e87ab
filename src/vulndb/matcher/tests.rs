//! Tests for the OSV matcher: unit cases for the evaluation rules, event
//! boundary checks over the corpus records, and an end-to-end comparison
//! with recorded osv.dev `querybatch` answers.

use super::*;
use crate::vulndb::osv::{self, Range};
use crate::vulndb::severity as sev;
use serde_json::Value;
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
fn severity_rules() {
    let s = |json: &str| {
        let r = rec(json);
        sev::record_cvss(&r, None).map(|c| (c.level, c.source, c.score))
    };
    assert_eq!(
        s(
            r#"{"id":"R-1","severity":[{"type":"CVSS_V4","score":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}]}"#
        ),
        Some((Level::Critical, "cvss_v4".into(), Some(9.3)))
    );
    assert_eq!(
        s(
            r#"{"id":"R-2","severity":[{"type":"CVSS_V4","score":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"},{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N"}]}"#
        ),
        Some((Level::Low, "cvss_v3".into(), Some(3.7)))
    );
    assert_eq!(
        s(r#"{"id":"GHSA-1","severity":[{"type":"CVSS_V3","score":"garbage"}]}"#),
        None
    );
    assert_eq!(
        s(r#"{"id":"V2-1","severity":[{"type":"CVSS_V2","score":"AV:N/AC:L/Au:N/C:P/I:P/A:P"}]}"#),
        Some((Level::High, "cvss_v2".into(), Some(7.5)))
    );
}

fn hit(r: &Record, q: &Query) -> Option<Vec<String>> {
    match match_record(r, q) {
        Ok(m) => m.map(|m| m.fixed),
        Err(e) => panic!("{e:?}"),
    }
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
    assert_eq!(
        hit(&r, &query("PyPI", "foo-bar", "1.2")),
        Some(vec!["1.3".to_string()])
    );
    let c = sev::record_cvss(&r, None);
    assert_eq!(
        c.map(|c| (c.level, c.score, c.source)),
        Some((Level::Critical, Some(9.8), "cvss_v3".to_string()))
    );
    // Listed version outside the range: affected, fixed is the next fix.
    assert_eq!(
        hit(&r, &query("PyPI", "foo-bar", "0.9")),
        Some(vec!["1.3".to_string()])
    );
    assert!(hit(&r, &query("PyPI", "foo-bar", "1.3")).is_none());
    assert!(hit(&r, &query("PyPI", "foo-bar", "0.8")).is_none());
    assert!(hit(&r, &query("npm", "foo-bar", "1.2")).is_none());
    // Withdrawn, and bug fix errata.
    let w = rec(
        r#"{"id":"W-1","withdrawn":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"Go","name":"m"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"}]}]}]}"#,
    );
    assert!(hit(&w, &query("Go", "m", "1.0.0")).is_none());
    let b = rec(
        r#"{"id":"ALBA-2019:1","affected":[{"package":{"ecosystem":"AlmaLinux:8","name":"m"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"2-1.el8"}]}]}]}"#,
    );
    assert!(hit(&b, &query("AlmaLinux:8", "m", "1-1.el8")).is_none());
}

#[test]
fn invalid_versions_are_not_guessed() {
    let r = rec(
        r#"{"id":"GHSA-1","affected":[{"package":{"ecosystem":"npm","name":"x"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.36.0rc1"}]}]}]}"#,
    );
    let e = match_record(&r, &query("npm", "x", "1.0.0")).err();
    assert_eq!(
        e.map(|e| (e.version, e.installed)),
        Some(("1.36.0rc1".into(), false))
    );
    let ok = rec(
        r#"{"id":"GHSA-2","affected":[{"package":{"ecosystem":"npm","name":"x"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"2.0.0"}]}]}]}"#,
    );
    let e = match_record(&ok, &query("npm", "x", "latest")).err();
    assert_eq!(
        e.map(|e| (e.version, e.installed)),
        Some(("latest".into(), true))
    );
    // Another package's record is never evaluated.
    assert!(matches!(
        match_record(&r, &query("npm", "y", "1.0.0")),
        Ok(None)
    ));
}

/// The findings of `records` for `q`; the rating table is `lend`.
fn findings(
    records: &[Record],
    q: &Query,
    order: &[Kind],
    lend: &[(&str, Rating)],
) -> Vec<Finding> {
    let matches: Vec<RecordMatch<'_>> = records
        .iter()
        .filter_map(|r| match_record(r, q).ok().flatten())
        .collect();
    let mut borrow = |id: &str| {
        lend.iter()
            .filter(|(i, _)| *i == id)
            .map(|(_, r)| r.clone())
            .collect::<Vec<_>>()
    };
    let mut f = group(q, &matches, order, &mut borrow);
    f.sort_by(|a, b| a.id.cmp(&b.id));
    f
}

#[test]
fn debian_records_group_by_cve() {
    let dsa = rec(
        r#"{"id":"DSA-5555-1","upstream":["DEBIAN-CVE-2023-1111","DEBIAN-CVE-2023-2222"],
      "affected":[{"package":{"ecosystem":"Debian:12","name":"openssl"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"3.0.11-1~deb12u2"}]}]}]}"#,
    );
    let c1 = rec(
        r#"{"id":"DEBIAN-CVE-2023-1111","upstream":["CVE-2023-1111"],
      "severity":[{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
      "affected":[{"package":{"ecosystem":"Debian:12","name":"openssl"},"ecosystem_specific":{"urgency":"low"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"3.0.11-1~deb12u2"}]}]}]}"#,
    );
    let c3 = rec(
        r#"{"id":"DEBIAN-CVE-2023-3333","upstream":["CVE-2023-3333"],
      "affected":[{"package":{"ecosystem":"Debian:12","name":"openssl"},"ecosystem_specific":{"urgency":"unimportant"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}"#,
    );
    let q = query("Debian:12", "openssl", "3.0.11-1~deb12u1");
    let order = Kind::DEFAULT_ORDER;
    let f = findings(&[dsa.clone(), c1.clone(), c3], &q, &order, &[]);
    let ids: Vec<&str> = f.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["CVE-2023-1111", "CVE-2023-2222", "CVE-2023-3333"]);
    assert_eq!(f[0].aliases, ["DEBIAN-CVE-2023-1111", "DSA-5555-1"]);
    assert_eq!(f[0].records, ["DEBIAN-CVE-2023-1111", "DSA-5555-1"]);
    assert_eq!(f[1].aliases, ["DEBIAN-CVE-2023-2222", "DSA-5555-1"]);
    assert_eq!(
        (f[0].status, f[0].fixed.clone()),
        (Status::Fixed, vec!["3.0.11-1~deb12u2".to_string()])
    );
    // Vendor first: Debian's urgency, not the CVSS 9.8.
    assert_eq!(
        (
            f[0].severity.level,
            f[0].severity.source.as_str(),
            f[0].severity.from.as_deref()
        ),
        (Level::Low, "debian", Some("DEBIAN-CVE-2023-1111"))
    );
    // CVSS first when the policy says so.
    let f2 = findings(&[dsa.clone(), c1], &q, &[Kind::Cvss, Kind::Vendor], &[]);
    assert_eq!(
        (f2[0].severity.level, f2[0].severity.source.as_str()),
        (Level::Critical, "cvss_v3")
    );
    // CVE-2023-2222 only has the DSA: unknown, then borrowed when allowed.
    assert_eq!(f[1].severity.level, Level::Unknown);
    let lent = Rating {
        level: Level::High,
        score: Some(7.5),
        source: "cvss_v3".into(),
        vector: None,
        record: "UBUNTU-CVE-2023-2222".into(),
    };
    let f3 = findings(
        std::slice::from_ref(&dsa),
        &q,
        &order,
        &[("CVE-2023-2222", lent.clone())],
    );
    let b = f3
        .iter()
        .find(|f| f.id == "CVE-2023-2222")
        .map(|f| f.severity.clone());
    assert_eq!(
        b.map(|s| (s.level, s.borrowed, s.from)),
        Some((Level::High, true, Some("UBUNTU-CVE-2023-2222".into())))
    );
    // Never borrowed from the finding's own records; not at all when distrusted.
    let own = Rating {
        record: "DSA-5555-1".into(),
        ..lent.clone()
    };
    let f4 = findings(
        std::slice::from_ref(&dsa),
        &q,
        &order,
        &[("CVE-2023-2222", own)],
    );
    assert!(f4.iter().all(|f| f.severity.level == Level::Unknown));
    let f5 = findings(
        &[dsa],
        &q,
        &[Kind::Vendor, Kind::Cvss],
        &[("CVE-2023-2222", lent)],
    );
    assert!(f5.iter().all(|f| f.severity.level == Level::Unknown));
    // Debian's tracker state.
    assert_eq!(f[2].status, Status::Unimportant);
    assert!(f[2].fix_text().contains("unimportant"));
}

#[test]
fn errata_and_aliases_group() {
    let alsa = rec(
        r#"{"id":"ALSA-2025:1","summary":"Important: x security update","related":["CVE-2025-1111","CVE-2025-2222"],
      "affected":[{"package":{"ecosystem":"AlmaLinux:9","name":"x"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1:2.0-1.el9"}]}]}]}"#,
    );
    let q = query("AlmaLinux:9", "x", "1:1.0-1.el9");
    let f = findings(&[alsa], &q, &Kind::DEFAULT_ORDER, &[]);
    assert_eq!(f.len(), 2);
    for x in &f {
        assert_eq!(x.aliases, ["ALSA-2025:1"]);
        assert_eq!(
            (x.severity.level, x.severity.source.as_str()),
            (Level::High, "almalinux")
        );
        assert_eq!(x.fix_text(), "fixed in 1:2.0-1.el9");
        assert!(x.has_id("alsa-2025:1"));
        assert_eq!(x.has_id("CVE-2025-2222"), x.id == "CVE-2025-2222");
    }
    // GO without CVE joins the GHSA it aliases; a record sharing nothing stays apart.
    let go = rec(
        r#"{"id":"GO-2024-1","aliases":["GHSA-aaaa"],"affected":[{"package":{"ecosystem":"Go","name":"m"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.2.0"}]}]}]}"#,
    );
    let gh = rec(
        r#"{"id":"GHSA-aaaa","aliases":["CVE-2024-9999"],"database_specific":{"severity":"HIGH"},"affected":[{"package":{"ecosystem":"Go","name":"m"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.2.0"}]}]}]}"#,
    );
    let other = rec(
        r#"{"id":"GO-2024-2","affected":[{"package":{"ecosystem":"Go","name":"m"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"}]}]}]}"#,
    );
    let q = query("Go", "m", "1.0.0");
    let f = findings(&[go, gh, other], &q, &Kind::DEFAULT_ORDER, &[]);
    let ids: Vec<(&str, Vec<&str>)> = f
        .iter()
        .map(|f| {
            (
                f.id.as_str(),
                f.aliases.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("CVE-2024-9999", vec!["GHSA-aaaa", "GO-2024-1"]),
            ("GO-2024-2", vec![])
        ]
    );
    assert_eq!(
        (f[0].severity.source.as_str(), f[1].status),
        ("ghsa", Status::Unfixed)
    );
}

#[test]
fn ubuntu_pro_fixes() {
    let r = rec(
        r#"{"id":"UBUNTU-CVE-2025-6491","upstream":["CVE-2025-6491"],"severity":[{"type":"Ubuntu","score":"medium"}],
      "affected":[{"package":{"ecosystem":"Ubuntu:Pro:18.04:LTS","name":"php7.2"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"7.2.24-0ubuntu0.18.04.17+esm9"}]}]},
                  {"package":{"ecosystem":"Ubuntu:22.04:LTS","name":"php8.1"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"8.1.2-1ubuntu2.22"}]}]}]}"#,
    );
    let q = query("Ubuntu:18.04", "php7.2", "7.2.24-0ubuntu0.18.04.17");
    let f = findings(std::slice::from_ref(&r), &q, &Kind::DEFAULT_ORDER, &[]);
    assert_eq!(
        f[0].fix_text(),
        "fixed in 7.2.24-0ubuntu0.18.04.17+esm9 (Ubuntu Pro)"
    );
    assert_eq!(f[0].severity.source, "ubuntu");
    let q = query("Ubuntu:22.04", "php8.1", "8.1.2-1ubuntu2.21");
    let f = findings(&[r], &q, &Kind::DEFAULT_ORDER, &[]);
    assert_eq!(f[0].fix_text(), "fixed in 8.1.2-1ubuntu2.22");
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
            .filter(|r| matches!(match_record(r, &q), Ok(Some(_))))
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
