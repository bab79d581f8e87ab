//! The Sigstore client conformance suite's bundle-verification cases
//! (`$IMAGEGATE_CORPUS/sigstore/bundle-verify/`, 53 cases): a case whose
//! name ends in `_fail` must fail, every other must pass, with the case's
//! artifact (default `../a.txt`), identity, issuer, `key.pub` and
//! `trusted_root.json`. Cases without a trusted root use the Sigstore
//! public-good production root, which ships in the PyPI `sigstore` wheel:
//! scripts/test.sh extracts it to `target/tools/sigstore-prod/trusted_root.json`
//! (or set `$IMAGEGATE_SIGSTORE_PROD_ROOT`).

use imagegate::signature::sigstore::{
    self, Artifact, Identity, Options, Subject, TrustedRoot, VerifierKey,
};
use std::path::{Path, PathBuf};

const DEFAULT_IDENTITY: &str = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
const DEFAULT_ISSUER: &str = "https://token.actions.githubusercontent.com";

fn require() -> bool {
    std::env::var("IMAGEGATE_REQUIRE_CORPUS").is_ok_and(|v| v == "1")
}

fn prod_root() -> Option<PathBuf> {
    let p = std::env::var_os("IMAGEGATE_SIGSTORE_PROD_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/tools/sigstore-prod/trusted_root.json")
        });
    p.is_file().then_some(p)
}

fn read_opt(dir: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(name))
        .ok()
        .map(|s| s.trim().to_string())
}

/// Run one case: Ok(()) verified, Err(code: message) failed.
fn run_case(dir: &Path, prod: Option<&Path>, now: i64) -> Result<Result<(), String>, String> {
    let bundle = std::fs::read(dir.join("bundle.sigstore.json")).map_err(|e| e.to_string())?;
    let artifact_path = if dir.join("artifact").is_file() {
        dir.join("artifact")
    } else {
        // The suite's default artifact sits next to bundle-verify/.
        dir.join("../../a.txt")
    };
    let artifact = std::fs::read(&artifact_path).map_err(|e| e.to_string())?;
    let root_path = if dir.join("trusted_root.json").is_file() {
        dir.join("trusted_root.json")
    } else {
        match prod {
            Some(p) => p.to_path_buf(),
            None => return Err("needs the production trusted root".into()),
        }
    };
    let root_bytes = std::fs::read(&root_path).map_err(|e| e.to_string())?;
    let root = match TrustedRoot::parse(&root_bytes) {
        Ok(r) => r,
        Err(e) => return Ok(Err(format!("{}: {e}", sigstore::E_TRUST_ROOT))),
    };
    let key = match read_opt(dir, "key.pub") {
        Some(pem) => match VerifierKey::from_pem(&pem) {
            Ok(k) => Some(k),
            Err(e) => return Ok(Err(format!("key: {e}"))),
        },
        None => None,
    };
    let identities = vec![Identity {
        issuer: read_opt(dir, "issuer").unwrap_or_else(|| DEFAULT_ISSUER.into()),
        subject: Subject::Exact(
            read_opt(dir, "identity").unwrap_or_else(|| DEFAULT_IDENTITY.into()),
        ),
    }];
    let opts = Options {
        root: Some(&root),
        key: key.as_ref(),
        identities: &identities,
        now,
    };
    Ok(sigstore::verify(&bundle, Artifact::Bytes(&artifact), &opts)
        .map(|_| ())
        .map_err(|e| e.to_string()))
}

#[test]
fn sigstore_conformance_bundle_verify() {
    let Some(corpus) = crate::real_images::corpus() else {
        return;
    };
    let base = corpus.join("sigstore/bundle-verify");
    let prod = prod_root();
    if prod.is_none() {
        let msg = "the Sigstore production trusted root is missing (run scripts/test.sh, or set IMAGEGATE_SIGSTORE_PROD_ROOT to sigstore/_store/prod/trusted_root.json of the PyPI sigstore wheel)";
        assert!(!require(), "IMAGEGATE_REQUIRE_CORPUS=1 but {msg}");
        eprintln!("SKIP (cases without their own root): {msg}");
    }
    let now = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs(),
    )
    .unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&base)
        .unwrap_or_else(|e| panic!("{}: {e}", base.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 53, "the suite has 53 cases");
    let (mut good, mut skipped) = (0, 0);
    let mut wrong = Vec::new();
    println!("| case | expected | result | detail |\n|---|---|---|---|");
    for name in &names {
        let expect_pass = !name.ends_with("_fail");
        let expected = if expect_pass { "pass" } else { "fail" };
        match run_case(&base.join(name), prod.as_deref(), now) {
            Err(why) => {
                skipped += 1;
                println!("| {name} | {expected} | SKIP | {why} |");
            }
            Ok(r) => {
                let passed = r.is_ok();
                let detail = r.err().unwrap_or_default();
                let ok = passed == expect_pass;
                if ok {
                    good += 1;
                } else {
                    wrong.push(name.clone());
                }
                println!(
                    "| {name} | {expected} | {}{} | {} |",
                    if passed { "pass" } else { "fail" },
                    if ok { "" } else { " WRONG" },
                    detail.replace('|', "\\|")
                );
            }
        }
    }
    println!("{good}/{} as expected, {skipped} skipped", names.len());
    assert!(wrong.is_empty(), "cases with the wrong result: {wrong:?}");
    assert!(skipped == 0 || !require(), "{skipped} cases skipped");
}
