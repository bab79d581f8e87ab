//! npm packages: `package.json` files.
//!
//! Trivy's image scan runs its `node-pkg` analyser, which reads every file
//! named `package.json` (inside `node_modules` — scoped `@scope/name` and
//! nested `node_modules` included — and outside, e.g. the application's own
//! `/app/package.json`) and lists the ones that have both `name` and
//! `version`; we do the same. Files without either are skipped silently
//! (bundler hints such as `node_modules/rxjs/ajax/package.json`, private
//! workspace roots).
//!
//! `package-lock.json` is *not* read: Trivy's `npm` (lock file) analyser is
//! one of the lock-file analysers its `image` command disables, so a lock file
//! an application copied into the image adds nothing to Trivy's image
//! inventory; the installed `node_modules/**/package.json` files are the
//! evidence. Matching Trivy here keeps our package list comparable.
//!
//! Licence: `license` as a string or the legacy `{ "type": ... }` object, or
//! the legacy `licenses` array of either.

use crate::inventory::{Ecosystem, Package};
use serde_json::Value;

/// Parse a `package.json`. `Ok(None)` when it has no name or no version.
pub fn parse(content: &[u8]) -> Result<Option<Package>, String> {
    let v = super::json(content)?;
    if !v.is_object() {
        return Err("package.json is not a JSON object".to_string());
    }
    let (Some(name), Some(version)) = (
        super::str_field(&v, "name"),
        super::str_field(&v, "version"),
    ) else {
        return Ok(None);
    };
    let mut p = Package::new(Ecosystem::Npm, name, version);
    let one = |l: &Value| match l {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(_) => super::str_field(l, "type").map(str::to_string),
        _ => None,
    };
    if let Some(l) = v.get("license").and_then(one) {
        p.licenses.push(l);
    } else if let Some(ls) = v.get("licenses").and_then(Value::as_array) {
        p.licenses.extend(ls.iter().filter_map(one));
    }
    p.licenses.retain(|l| !l.is_empty());
    Ok(Some(p))
}

/// Whether `path` is the top-level `package.json` of an installed package
/// (`.../node_modules/name/package.json`, `.../node_modules/@scope/name/package.json`)
/// or a `package.json` outside any `node_modules`; not a file deeper inside a
/// package (test fixtures, sub-path hints), whose problems are not reported.
pub fn is_package_root(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    let Some(anchor) = parts.iter().rposition(|p| *p == "node_modules") else {
        return true;
    };
    let name = parts
        .get(anchor + 1..parts.len().saturating_sub(1))
        .unwrap_or(&[]);
    match name {
        [n] => !n.starts_with('@'),
        [scope, _] => scope.starts_with('@'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // node_modules/express/package.json as npm 9 installs it (abridged).
    const EXPRESS: &str = r#"{
  "name": "express",
  "description": "Fast, unopinionated, minimalist web framework",
  "version": "4.18.2",
  "author": "TJ Holowaychuk <tj@vision-media.ca>",
  "license": "MIT",
  "repository": "expressjs/express",
  "homepage": "http://expressjs.com/",
  "keywords": ["express", "framework", "sinatra", "web", "http", "rest", "restful", "router", "app", "api"],
  "dependencies": {
    "accepts": "~1.3.8",
    "array-flatten": "1.1.1",
    "body-parser": "1.20.1"
  },
  "devDependencies": { "mocha": "10.0.0" },
  "engines": { "node": ">= 0.10.0" },
  "files": ["LICENSE", "History.md", "Readme.md", "index.js", "lib/"],
  "scripts": { "test": "mocha --require test/support/env --reporter spec --bail --check-leaks test/ test/acceptance/" }
}
"#;

    #[test]
    fn express() {
        let p = parse(EXPRESS.as_bytes()).unwrap().unwrap();
        assert_eq!(
            (p.ecosystem, p.name.as_str(), p.version.as_str()),
            (Ecosystem::Npm, "express", "4.18.2")
        );
        assert_eq!(p.licenses, vec!["MIT"]);
    }

    #[test]
    fn scoped_and_legacy_licenses() {
        let p = parse(
            br#"{"name":"@babel/parser","version":"7.23.0","license":{"type":"MIT","url":"x"}}"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(p.name, "@babel/parser");
        assert_eq!(p.licenses, vec!["MIT"]);
        let p =
            parse(br#"{"name":"a","version":"1.0.0","licenses":[{"type":"MIT"},"Apache-2.0",3]}"#)
                .unwrap()
                .unwrap();
        assert_eq!(p.licenses, vec!["MIT", "Apache-2.0"]);
    }

    #[test]
    fn skipped_and_broken() {
        assert_eq!(parse(br#"{"name":"app","private":true}"#), Ok(None));
        assert_eq!(
            parse(br#"{"main":"../ajax/index.js","types":"x.d.ts"}"#),
            Ok(None)
        );
        assert_eq!(parse(br#"{"name":"a","version":1}"#), Ok(None));
        assert!(parse(b"{\"name\": \"a\",").is_err());
        assert!(parse(b"[1,2]").is_err());
        assert!(parse(b"").is_err());
        // A byte-order mark is tolerated.
        assert!(parse(b"\xef\xbb\xbf{\"name\":\"a\",\"version\":\"1\"}")
            .unwrap()
            .is_some());
    }

    #[test]
    fn package_roots() {
        assert!(is_package_root("app/package.json"));
        assert!(is_package_root("package.json"));
        assert!(is_package_root("app/node_modules/express/package.json"));
        assert!(is_package_root(
            "app/node_modules/@babel/parser/package.json"
        ));
        assert!(is_package_root(
            "app/node_modules/a/node_modules/b/package.json"
        ));
        assert!(!is_package_root("app/node_modules/rxjs/ajax/package.json"));
        assert!(!is_package_root("app/node_modules/@scope/package.json"));
        assert!(!is_package_root(
            "app/node_modules/resolve/test/resolver/malformed_package_json/package.json"
        ));
        assert!(!is_package_root("node_modules/package.json"));
    }
}
