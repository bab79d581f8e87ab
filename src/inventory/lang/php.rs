//! PHP packages: Composer's `vendor/composer/installed.json`, the record of
//! what `composer install` put into the vendor directory.
//!
//! Trivy's image scan runs its `composer-vendor` analyser (an "individual
//! package" analyser) on every file named `installed.json`; its lock-file
//! analyser for `composer.lock` is disabled in image scans, and we do not
//! read `composer.lock` either. Name (`vendor/package`) and version are taken
//! as written: Trivy does not strip a leading `v` (`"v5.4.21"` stays
//! `v5.4.21`), and neither do we (`version_normalized` is not used).
//! Development packages (Composer 2's `dev-package-names`) are listed too,
//! as Trivy lists them. Entries without a name or version are skipped.
//!
//! Both layouts are read: Composer 2's `{"packages": [...], "dev": ...}` and
//! Composer 1's top-level array. (Trivy decodes only the object form, so it
//! lists nothing for a Composer 1 file; we do, on purpose: those are still
//! installed packages.) Problems are reported for `.../composer/installed.json`
//! only; an `installed.json` elsewhere that is not Composer's is ignored.

use crate::inventory::{Ecosystem, Package};
use serde_json::Value;

/// Parse an `installed.json`.
pub fn parse(content: &[u8]) -> Result<Vec<Package>, String> {
    let v = super::json(content)?;
    let entries = match &v {
        Value::Array(a) => a,
        Value::Object(o) => match o.get("packages") {
            Some(Value::Array(a)) => a,
            _ => return Err("no \"packages\" array".to_string()),
        },
        _ => return Err("neither a Composer 1 array nor a Composer 2 object".to_string()),
    };
    let mut out = Vec::new();
    for e in entries {
        let (Some(name), Some(version)) =
            (super::str_field(e, "name"), super::str_field(e, "version"))
        else {
            continue;
        };
        let mut p = Package::new(Ecosystem::Composer, name, version);
        match e.get("license") {
            Some(Value::String(s)) if !s.trim().is_empty() => p.licenses.push(s.trim().to_string()),
            Some(Value::Array(a)) => p.licenses.extend(
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            ),
            _ => {}
        }
        out.push(p);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // vendor/composer/installed.json written by Composer 2.6 (abridged).
    const COMPOSER2: &str = r#"{
    "packages": [
        {
            "name": "monolog/monolog",
            "version": "3.5.0",
            "version_normalized": "3.5.0.0",
            "source": {"type": "git", "url": "https://github.com/Seldaek/monolog.git", "reference": "c915e2634718dbc8a4a15c61b0e62e7a44e14448"},
            "require": {"php": ">=8.1", "psr/log": "^2.0 || ^3.0"},
            "time": "2023-10-27T15:32:31+00:00",
            "type": "library",
            "installation-source": "dist",
            "autoload": {"psr-4": {"Monolog\\": "src/Monolog"}},
            "license": ["MIT"],
            "description": "Sends your logs to files, sockets, inboxes, databases and various web services",
            "install-path": "../monolog/monolog"
        },
        {
            "name": "symfony/console",
            "version": "v6.4.1",
            "version_normalized": "6.4.1.0",
            "license": ["MIT"],
            "install-path": "../symfony/console"
        },
        {
            "name": "psr/log",
            "version": "3.0.0",
            "license": "MIT",
            "install-path": "../psr/log"
        },
        {"version": "1.0.0", "install-path": "../broken/entry"}
    ],
    "dev": true,
    "dev-package-names": []
}"#;

    // Composer 1 wrote a bare array.
    const COMPOSER1: &str = r#"[
    {
        "name": "guzzlehttp/guzzle",
        "version": "6.5.5",
        "version_normalized": "6.5.5.0",
        "type": "library",
        "license": ["MIT"]
    },
    {
        "name": "laravel/framework",
        "version": "v5.8.38",
        "license": ["MIT"]
    }
]"#;

    #[test]
    fn composer2() {
        let p = parse(COMPOSER2.as_bytes()).unwrap();
        let got: Vec<_> = p
            .iter()
            .map(|p| (p.name.as_str(), p.version.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("monolog/monolog", "3.5.0"),
                ("symfony/console", "v6.4.1"),
                ("psr/log", "3.0.0")
            ]
        );
        assert!(p
            .iter()
            .all(|p| p.ecosystem == Ecosystem::Composer && p.licenses == ["MIT"]));
    }

    #[test]
    fn composer1() {
        let p = parse(COMPOSER1.as_bytes()).unwrap();
        assert_eq!(p.len(), 2);
        assert_eq!(
            (p[1].name.as_str(), p[1].version.as_str()),
            ("laravel/framework", "v5.8.38")
        );
    }

    #[test]
    fn broken() {
        assert!(parse(b"{\"packages\": [").is_err());
        assert!(parse(b"{\"installed\": []}").is_err());
        assert!(parse(b"\"x\"").is_err());
        assert_eq!(parse(b"{\"packages\": []}"), Ok(vec![]));
    }
}
