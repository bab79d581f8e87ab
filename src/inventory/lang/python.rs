//! Python distributions: `<name>.dist-info/METADATA` (wheels, pip),
//! `<name>.egg-info/PKG-INFO` and `EGG-INFO/PKG-INFO` (setuptools eggs), and
//! `<name>.egg-info` when it is a single file (distutils; Debian's
//! `python3-*` packages ship those under `/usr/lib/python3/dist-packages`).
//!
//! As Trivy's `python-pkg` analyser, the files count wherever they are, not
//! only below `site-packages`/`dist-packages` (virtualenvs, `/opt/...`, pip's
//! vendored distributions); the directory name is not trusted for the
//! version, only the headers are. The format is RFC 822 style (core metadata
//! spec): headers up to the first blank line, continuation lines start with
//! whitespace, the body (the long description) is not read.
//!
//! Licence, in Trivy's order of preference: `License-Expression` (PEP 639),
//! else `License` (skipped when it is `UNKNOWN` or a whole licence text
//! spread over continuation lines), else the last part of every
//! `Classifier: License :: ...`. Trivy's fallback of classifying the file
//! named by `License-File` is not done.

use crate::inventory::{Ecosystem, Package};

/// The headers of a metadata file, in order, names as written.
fn headers(text: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            break; // the body starts here
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = out.last_mut() {
                v.push('\n');
                v.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(':') {
            out.push((k.trim(), v.trim().to_string()));
        }
        // A line without a colon is not a header; skip it as Go's textproto
        // reader (used by Trivy) tolerates such lines when the needed
        // headers were read.
    }
    out
}

/// Parse a `METADATA` / `PKG-INFO` / `.egg-info` file.
pub fn parse(content: &[u8]) -> Result<Package, String> {
    let text = super::text(content);
    let h = headers(&text);
    let get = |name: &str| {
        h.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    };
    let (Some(name), Some(version)) = (get("Name"), get("Version")) else {
        return Err("no Name or Version header".to_string());
    };
    let mut p = Package::new(Ecosystem::Pypi, name, version);
    if let Some(l) = get("License-Expression") {
        p.licenses.push(l.to_string());
    } else if let Some(l) = get("License").filter(|l| !l.contains('\n') && *l != "UNKNOWN") {
        p.licenses.push(l.to_string());
    } else {
        for (_, v) in h
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("Classifier"))
        {
            let Some(rest) = v.strip_prefix("License :: ") else {
                continue;
            };
            let lic = rest.rsplit(" :: ").next().unwrap_or(rest).trim();
            if !lic.is_empty() && lic != "OSI Approved" && !p.licenses.iter().any(|x| x == lic) {
                p.licenses.push(lic.to_string());
            }
        }
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The header of requests 2.31.0's METADATA as pip installs it.
    const REQUESTS: &str = "Metadata-Version: 2.1
Name: requests
Version: 2.31.0
Summary: Python HTTP for Humans.
Home-page: https://requests.readthedocs.io
Author: Kenneth Reitz
Author-email: me@kennethreitz.org
License: Apache 2.0
Project-URL: Documentation, https://requests.readthedocs.io
Project-URL: Source, https://github.com/psf/requests
Platform: UNKNOWN
Classifier: Development Status :: 5 - Production/Stable
Classifier: Environment :: Web Environment
Classifier: Intended Audience :: Developers
Classifier: License :: OSI Approved :: Apache Software License
Classifier: Natural Language :: English
Classifier: Programming Language :: Python :: 3
Requires-Python: >=3.7
Description-Content-Type: text/markdown
License-File: LICENSE
Requires-Dist: charset-normalizer (<4,>=2)
Requires-Dist: idna (<4,>=2.5)
Requires-Dist: urllib3 (<3,>=1.21.1)
Requires-Dist: certifi (>=2017.4.17)
Provides-Extra: security
Provides-Extra: socks
Requires-Dist: PySocks (!=1.5.7,>=1.5.6) ; extra == 'socks'

# Requests

Name: not-a-header
Version: 0.0.0
";

    #[test]
    fn requests_metadata() {
        let p = parse(REQUESTS.as_bytes()).unwrap();
        assert_eq!(
            (p.ecosystem, p.name.as_str(), p.version.as_str()),
            (Ecosystem::Pypi, "requests", "2.31.0")
        );
        assert_eq!(p.licenses, vec!["Apache 2.0"]);
    }

    #[test]
    fn license_expression_wins_and_classifiers_are_the_fallback() {
        let p = parse(b"Metadata-Version: 2.4\r\nName: attrs\r\nVersion: 24.2.0\r\nLicense: old\r\nLicense-Expression: MIT\r\n").unwrap();
        assert_eq!(p.licenses, vec!["MIT"]);
        let p = parse(
            b"Name: six\nVersion: 1.16.0\nLicense: UNKNOWN\nClassifier: License :: OSI Approved :: MIT License\nClassifier: License :: OSI Approved\n",
        )
        .unwrap();
        assert_eq!(p.licenses, vec!["MIT License"]);
        // A whole licence text in the header is not a licence name.
        let p = parse(b"Name: x\nVersion: 1\nLicense: Copyright (c) 2010\n        Permission is hereby granted\nClassifier: License :: OSI Approved :: BSD License\n").unwrap();
        assert_eq!(p.licenses, vec!["BSD License"]);
    }

    #[test]
    fn debian_egg_info_file() {
        // /usr/lib/python3/dist-packages/python_apt-2.6.0.egg-info (a file)
        let t = "Metadata-Version: 1.2\nName: python-apt\nVersion: 2.6.0\nSummary: Python bindings for APT\nHome-page: UNKNOWN\nAuthor: APT Development Team\nAuthor-email: deity@lists.debian.org\nLicense: GNU GPL\nPlatform: posix\nClassifier: Programming Language :: C++\n";
        let p = parse(t.as_bytes()).unwrap();
        assert_eq!(
            (p.name.as_str(), p.version.as_str()),
            ("python-apt", "2.6.0")
        );
        assert_eq!(p.licenses, vec!["GNU GPL"]);
    }

    #[test]
    fn missing_fields_and_garbage() {
        assert!(parse(b"Metadata-Version: 2.1\nName: x\n").is_err());
        assert!(parse(b"").is_err());
        assert!(parse(b"\xff\xfe\x00garbage\nno headers").is_err());
        // The version must come from the header block, not the body.
        assert!(parse(b"Name: x\n\nVersion: 1\n").is_err());
    }
}
