//! Tests of the DB builder and reader against the OSV corpus: lookups return
//! the source records, withdrawn ones are gone, builds are deterministic,
//! zip and folder sources equal JSONL, and corrupt files give errors.

use super::*;
use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use std::path::PathBuf;

fn corpus_jsonl() -> Option<Vec<PathBuf>> {
    let dir = crate::test_corpus()?.join("osv");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    v.sort();
    assert_eq!(v.len(), 4);
    Some(v)
}

fn build_bytes(sources: &[PathBuf], time: &str) -> (Vec<u8>, BuildStats) {
    let mut out = Vec::new();
    let stats = build(sources, &mut out, time).unwrap();
    (out, stats)
}

/// All source records by id, as JSON values.
fn source_records(files: &[PathBuf]) -> BTreeMap<String, serde_json::Value> {
    let mut m = BTreeMap::new();
    for f in files {
        for line in std::fs::read_to_string(f).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            m.insert(v["id"].as_str().unwrap().to_string(), v);
        }
    }
    m
}

fn ids(recs: &[Vec<u8>]) -> Vec<String> {
    recs.iter()
        .map(|r| {
            let v: serde_json::Value = serde_json::from_slice(r).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn pypi_normalisation() {
    assert_eq!(normalise_package("PyPI", "Foo.Bar__baz"), "foo-bar-baz");
    assert_eq!(normalise_package("PyPI", "Requests"), "requests");
    assert_eq!(normalise_package("npm", "Foo_Bar"), "Foo_Bar");
}

#[test]
fn corpus_lookups_return_source_records() {
    let Some(files) = corpus_jsonl() else { return };
    let (bytes, stats) = build_bytes(&files, "2026-11-25T00:00:00Z");
    let src = source_records(&files);
    let withdrawn: Vec<&String> = src
        .iter()
        .filter(|(_, v)| v.get("withdrawn").is_some())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(withdrawn.len(), 40, "README: 10 + 17 + 13 withdrawn");
    assert_eq!(stats.withdrawn, 40);
    assert_eq!(
        stats.records + stats.unindexed + 40,
        src.len() as u64 + stats.duplicates
    );
    let mut db = Db::open(Cursor::new(bytes)).unwrap();
    assert_eq!(db.info().build_time, "2026-11-25T00:00:00Z");
    assert_eq!(db.info().sources.len(), 4);
    assert_eq!(db.info().records, stats.records);

    let gin = db.lookup("Go", "github.com/gin-gonic/gin").unwrap();
    assert!(ids(&gin).contains(&"GO-2020-0001".to_string()));
    let a = db.lookup("PyPI", "requests").unwrap();
    assert!(!a.is_empty());
    assert_eq!(a, db.lookup("PyPI", "Requests").unwrap());
    assert_eq!(a, db.lookup("PyPI", "REQUESTS").unwrap());
    assert!(!db.lookup("crates.io", "smallvec").unwrap().is_empty());
    assert!(db.lookup("Go", "no/such/module").unwrap().is_empty());
    assert!(db.lookup("", "").unwrap().is_empty());
    assert!(db.lookup("zzzz", "zzzz").unwrap().is_empty());

    // Every key: every record returned is a source record (as JSON), is
    // not withdrawn, and really lists that package.
    let keys = db.keys().unwrap();
    assert_eq!(keys.len() as u64, stats.keys);
    let mut seen = std::collections::BTreeSet::new();
    for (eco, pkg) in &keys {
        let recs = db.lookup(eco, pkg).unwrap();
        assert!(!recs.is_empty());
        for r in recs {
            let v: serde_json::Value = serde_json::from_slice(&r).unwrap();
            let id = v["id"].as_str().unwrap().to_string();
            assert_eq!(Some(&v), src.get(&id), "{id}");
            assert!(!withdrawn.contains(&&id));
            assert!(v["affected"].as_array().unwrap().iter().any(|a| {
                a["package"]["ecosystem"] == eco.as_str()
                    && normalise_package(eco, a["package"]["name"].as_str().unwrap()) == *pkg
            }));
            seen.insert(id);
        }
    }
    assert_eq!(seen.len() as u64, stats.records);
}

#[test]
fn deterministic_and_source_order_independent() {
    let Some(files) = corpus_jsonl() else { return };
    let (a, _) = build_bytes(&files, "t");
    let (b, _) = build_bytes(&files, "t");
    assert_eq!(a, b);
    let mut rev = files.clone();
    rev.reverse();
    let (c, _) = build_bytes(&rev, "t");
    // Records and index are the same; only the sources list order differs.
    let mut da = Db::open(Cursor::new(a)).unwrap();
    let mut dc = Db::open(Cursor::new(c)).unwrap();
    for (e, p) in da.keys().unwrap() {
        assert_eq!(da.lookup(&e, &p).unwrap(), dc.lookup(&e, &p).unwrap());
    }
}

/// A minimal zip writer (deflated members, classic headers) for tests.
fn write_zip(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cd = Vec::new();
    for (name, data) in members {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        let comp = e.finish().unwrap();
        let mut crc = flate2::Crc::new();
        crc.update(data);
        let off = out.len() as u32;
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0u16.to_le_bytes()); // flags
            v.extend_from_slice(&8u16.to_le_bytes()); // deflate
            v.extend_from_slice(&[0; 4]); // time, date
            v.extend_from_slice(&crc.sum().to_le_bytes());
            v.extend_from_slice(&(comp.len() as u32).to_le_bytes());
            v.extend_from_slice(&(data.len() as u32).to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra
        };
        out.extend_from_slice(b"PK\x03\x04");
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&comp);
        cd.extend_from_slice(b"PK\x01\x02");
        cd.extend_from_slice(&20u16.to_le_bytes()); // made by
        common(&mut cd);
        cd.extend_from_slice(&[0; 10]); // comment len, disk, attrs
        cd.extend_from_slice(&off.to_le_bytes());
        cd.extend_from_slice(name.as_bytes());
    }
    let cd_off = out.len() as u32;
    out.extend_from_slice(&cd);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(members.len() as u16).to_le_bytes());
    out.extend_from_slice(&(members.len() as u16).to_le_bytes());
    out.extend_from_slice(&(cd.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_off.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn zip_mirror_and_json_folder_equal_jsonl() {
    let Some(files) = corpus_jsonl() else { return };
    let crates: Vec<PathBuf> = files
        .iter()
        .filter(|f| f.ends_with("crates.io.jsonl"))
        .cloned()
        .collect();
    let text = std::fs::read_to_string(&crates[0]).unwrap();
    let members: Vec<(String, Vec<u8>)> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let pretty = serde_json::to_vec_pretty(&v).unwrap();
            (format!("{}.json", v["id"].as_str().unwrap()), pretty)
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("crates.io")).unwrap();
    let zip_path = dir.path().join("crates.io/all.zip");
    std::fs::write(&zip_path, write_zip(&members)).unwrap();
    let recs = dir.path().join("records");
    std::fs::create_dir(&recs).unwrap();
    for (name, data) in &members {
        std::fs::write(recs.join(name), data).unwrap();
    }
    let lookup_all = |bytes: Vec<u8>| {
        let mut db = Db::open(Cursor::new(bytes)).unwrap();
        let keys = db.keys().unwrap();
        let mut m = BTreeMap::new();
        for (e, p) in keys {
            let vals: Vec<serde_json::Value> = db
                .lookup(&e, &p)
                .unwrap()
                .iter()
                .map(|r| serde_json::from_slice(r).unwrap())
                .collect();
            m.insert((e, p), vals);
        }
        (m, db.info().clone())
    };
    let (want, want_info) = lookup_all(build_bytes(&crates, "t").0);
    for src in [dir.path().to_path_buf(), zip_path.clone(), recs.clone()] {
        let (got, info) = lookup_all(build_bytes(std::slice::from_ref(&src), "t").0);
        assert_eq!(got, want, "{}", src.display());
        assert_eq!(info.records, want_info.records);
        assert_eq!(info.sources[0].records, want_info.sources[0].records);
    }
    let (_, info) = lookup_all(build_bytes(&[dir.path().to_path_buf()], "t").0);
    assert_eq!(info.sources[0].name, "crates.io/all.zip");
}

fn small_db() -> Vec<u8> {
    let recs = [
        r#"{"id":"A-1","affected":[{"package":{"ecosystem":"PyPI","name":"Foo_Bar"}},{"package":{"ecosystem":"npm","name":"x"}}]}"#,
        r#"{"id":"A-2","withdrawn":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"x"}}]}"#,
        r#"{"id":"A-3","affected":[{"package":{"ecosystem":"npm","name":"x"}}], "n": 1.50}"#,
        r#"{"id":"A-4","summary":"no package"}"#,
    ];
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.jsonl");
    std::fs::write(&p, recs.join("\n")).unwrap();
    build_bytes(&[p], "t").0
}

#[test]
fn small_db_semantics() {
    let mut db = Db::open(Cursor::new(small_db())).unwrap();
    assert_eq!(db.info().records, 2);
    assert_eq!(db.info().withdrawn_skipped, 1);
    assert_eq!(ids(&db.lookup("npm", "x").unwrap()), ["A-1", "A-3"]);
    assert_eq!(ids(&db.lookup("PyPI", "foo.bar").unwrap()), ["A-1"]);
    // Minified with key order and number spelling kept.
    let a3 = db.lookup("npm", "x").unwrap().pop().unwrap();
    assert_eq!(
        String::from_utf8(a3).unwrap(),
        r#"{"id":"A-3","affected":[{"package":{"ecosystem":"npm","name":"x"}}],"n":1.50}"#
    );
}

/// Ecosystems are folded as the matcher queries them, listed in the
/// directory, and the rating table lends each record's ratings to its ids.
#[test]
fn folded_ecosystems_and_rating_table() {
    let recs = [
        r#"{"id":"UBUNTU-CVE-2024-1111","upstream":["CVE-2024-1111"],"severity":[{"type":"Ubuntu","score":"medium"},{"type":"CVSS_V3","score":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}],"affected":[{"package":{"ecosystem":"Ubuntu:22.04:LTS","name":"openssl"}},{"package":{"ecosystem":"Ubuntu:Pro:18.04:LTS","name":"openssl"}},{"package":{"ecosystem":"Ubuntu:Pro:FIPS:20.04:LTS","name":"openssl"}}]}"#,
        r#"{"id":"RHSA-2024:1","summary":"Important: openssl security update","upstream":["CVE-2024-1111","CVE-2024-2222"],"affected":[{"package":{"ecosystem":"Red Hat:enterprise_linux:9::baseos","name":"openssl"}},{"package":{"ecosystem":"Red Hat:enterprise_linux:9::appstream","name":"openssl"}}]}"#,
        r#"{"id":"GHSA-xxxx-yyyy-zzzz","aliases":["CVE-2024-3333"],"database_specific":{"severity":"CRITICAL"},"affected":[{"package":{"ecosystem":"npm","name":"x"}}]}"#,
        r#"{"id":"PYSEC-2024-1","aliases":["GHSA-xxxx-yyyy-zzzz"],"affected":[{"package":{"ecosystem":"PyPI","name":"x"}}]}"#,
        r#"{"id":"RHBA-2024:2","summary":"Important: bug fix","upstream":["CVE-2024-4444"],"affected":[{"package":{"ecosystem":"Red Hat:enterprise_linux:9::baseos","name":"y"}}]}"#,
    ];
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.jsonl");
    std::fs::write(&p, recs.join("\n")).unwrap();
    let (bytes, stats) = build_bytes(&[p], "t");
    let mut db = Db::open(Cursor::new(bytes)).unwrap();
    let ecos: Vec<&str> = db.ecosystems().iter().map(|(e, _)| e.as_str()).collect();
    assert_eq!(
        ecos,
        [
            "PyPI",
            "Red Hat:enterprise_linux:9",
            "Ubuntu:18.04",
            "Ubuntu:22.04",
            "Ubuntu:Pro:FIPS:20.04:LTS",
            "npm"
        ]
    );
    assert!(db.has_ecosystem("Ubuntu:22.04") && !db.has_ecosystem("Ubuntu:24.04"));
    // Lookups fold the query the same way.
    for eco in ["Ubuntu:22.04", "Ubuntu:22.04:LTS", "Ubuntu:18.04"] {
        assert_eq!(
            ids(&db.lookup(eco, "openssl").unwrap()),
            ["UBUNTU-CVE-2024-1111"]
        );
    }
    assert_eq!(
        ids(&db.lookup("Red Hat:enterprise_linux:9", "openssl").unwrap()),
        ["RHSA-2024:1"]
    );
    // Ratings: CVSS first, then vendor ratings, each best first.
    let r = db.ratings("CVE-2024-1111").unwrap();
    let got: Vec<(&str, &str, crate::vulndb::severity::Level)> = r
        .iter()
        .map(|r| (r.record.as_str(), r.source.as_str(), r.level))
        .collect();
    use crate::vulndb::severity::Level::*;
    assert_eq!(
        got,
        [
            ("UBUNTU-CVE-2024-1111", "cvss_v3", High),
            ("RHSA-2024:1", "redhat", High),
            ("UBUNTU-CVE-2024-1111", "ubuntu", Medium),
        ]
    );
    assert_eq!(r[0].score, Some(7.5));
    assert_eq!(db.ratings("CVE-2024-2222").unwrap().len(), 1);
    let g = db.ratings("GHSA-xxxx-yyyy-zzzz").unwrap();
    assert_eq!(g.first().map(|r| r.level), Some(Critical));
    assert_eq!(db.ratings("CVE-2024-3333").unwrap().len(), 1);
    // Bug fix errata lend nothing; unknown ids have nothing.
    assert!(db.ratings("CVE-2024-4444").unwrap().is_empty());
    assert!(db.ratings("CVE-0000-0000").unwrap().is_empty());
    assert!(db.ratings("").unwrap().is_empty());
    assert_eq!(stats.rated_ids, 4);
    assert_eq!(db.info().rated_ids, 4);
}

fn exercise(bytes: Vec<u8>) -> Result<()> {
    let mut db = Db::open(Cursor::new(bytes))?;
    for (e, p) in db.keys()? {
        db.lookup(&e, &p)?;
    }
    db.lookup("npm", "x")?;
    Ok(())
}

#[test]
fn corrupt_dbs_give_errors() {
    let good = small_db();
    exercise(good.clone()).unwrap();
    // Every truncation.
    for len in 0..good.len() {
        let e = exercise(good[..len].to_vec()).unwrap_err();
        assert!(
            e.message.contains("truncated") || e.message.contains("not an imagegate DB"),
            "{len}: {e}"
        );
    }
    // Every single flipped byte.
    for i in 0..good.len() {
        for bit in [0x01u8, 0x80] {
            let mut b = good.clone();
            b[i] ^= bit;
            assert!(exercise(b).is_err(), "flip {bit:#x} at {i} went unnoticed");
        }
    }
    assert!(exercise(b"hello".to_vec())
        .unwrap_err()
        .message
        .contains("not an imagegate DB"));
    let mut v1 = good.clone();
    v1[4] = 1;
    let e = exercise(v1).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unsupported);
    assert!(
        e.message.contains("DB format 1, this imagegate reads 2"),
        "{e}"
    );
}

#[test]
fn corrupt_corpus_db_never_panics() {
    let Some(files) = corpus_jsonl() else { return };
    let (good, _) = build_bytes(&files[..1], "t");
    let step = (good.len() / 300).max(1);
    for len in (0..good.len()).step_by(step) {
        assert!(exercise(good[..len].to_vec()).is_err());
    }
    // Flips in the header, the directory and spread over the data.
    let mut at: Vec<usize> = (0..600).collect();
    at.extend((600..good.len()).step_by(good.len() / 200));
    for i in at {
        let mut b = good.clone();
        b[i] ^= 0x55;
        assert!(exercise(b).is_err(), "flip at {i} went unnoticed");
    }
}

#[test]
fn duplicates_keep_newest_in_any_order_and_bad_records_fail() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    std::fs::write(
        &a,
        r#"{"id":"D-1","modified":"2024-01-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"x"}}]}"#,
    )
    .unwrap();
    std::fs::write(
        &b,
        r#"{"id":"D-1","modified":"2025-01-01T00:00:00Z","withdrawn":null,"affected":[{"package":{"ecosystem":"npm","name":"y"}}]}"#,
    )
    .unwrap();
    for srcs in [[a.clone(), b.clone()], [b.clone(), a.clone()]] {
        let (bytes, stats) = build_bytes(&srcs, "t");
        assert_eq!(stats.duplicates, 1);
        let mut db = Db::open(Cursor::new(bytes)).unwrap();
        assert!(db.lookup("npm", "x").unwrap().is_empty());
        let y = db.lookup("npm", "y").unwrap();
        assert!(String::from_utf8_lossy(&y[0]).contains("2025"));
    }
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\":\"Z\"}\n{\"no_id\":1}\n").unwrap();
    let e = build(&[bad], &mut Vec::new(), "t").unwrap_err();
    assert!(e.file.ends_with("bad.jsonl: line 2"), "{e}");
    let zip = dir.path().join("all.zip");
    std::fs::write(&zip, b"PK\x03\x04 not really").unwrap();
    assert!(build(&[zip], &mut Vec::new(), "t").is_err());
}

#[test]
fn corrupt_zips_give_errors() {
    let rec = |id: &str| {
        format!(r#"{{"id":"{id}","affected":[{{"package":{{"ecosystem":"npm","name":"x"}}}}]}}"#)
            .into_bytes()
    };
    let good = write_zip(&[
        ("A.json".to_string(), rec("A")),
        ("B.json".to_string(), rec("B")),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("all.zip");
    std::fs::write(&p, &good).unwrap();
    assert_eq!(build(&[&p], &mut Vec::new(), "t").unwrap().records, 2);
    for len in 0..good.len() {
        std::fs::write(&p, &good[..len]).unwrap();
        assert!(
            build(&[&p], &mut Vec::new(), "t").is_err(),
            "truncated at {len}"
        );
    }
    for i in 0..good.len() {
        let mut b = good.clone();
        b[i] ^= 0xff;
        std::fs::write(&p, &b).unwrap();
        // Some bytes (times, attributes) do not matter; none may panic.
        let _ = build(&[&p], &mut Vec::new(), "t");
    }
}
