//! .NET packages: `<app>.deps.json`, written next to every published .NET
//! (Core) application and shipped with the shared runtime
//! (`/usr/share/dotnet/shared/Microsoft.NETCore.App/<v>/Microsoft.NETCore.App.deps.json`).
//!
//! As Trivy's `dotnet-core` analyser (not a lock-file analyser, so it runs in
//! image scans): any file ending in `.deps.json`; each key `Name/Version` of
//! `libraries` whose `type` is `package` (case-insensitive) is a NuGet
//! package. `runtimepack` libraries (the runtime bundled into a
//! self-contained app, `runtimepack.Microsoft.NETCore.App.Runtime.linux-x64`)
//! are listed under the name without the `runtimepack.` prefix, as Trivy
//! does. `project` libraries (the application itself and its project
//! references) are not packages from a feed and are not listed.
//!
//! When `targets` has the entry named by `runtimeTarget.name`, a library that
//! appears there without any `runtime`, `runtimeTargets` or `native` assets
//! is compile-time only (reference assemblies, analysers, meta-packages) and
//! is skipped, as Trivy skips it; a library missing from the target is kept.

use crate::inventory::{Ecosystem, Package};
use serde_json::Value;
use std::collections::HashMap;

const RUNTIME_PACK: &str = "runtimepack.";

fn strip_pack(name: &str) -> &str {
    name.strip_prefix(RUNTIME_PACK).unwrap_or(name)
}

/// Whether a `targets` entry brings files that are loaded at run time.
fn has_runtime_assets(lib: &Value) -> bool {
    ["runtime", "runtimeTargets", "native"]
        .iter()
        .any(|k| lib.get(k).is_some_and(|v| !v.is_null()))
}

/// Parse a `.deps.json`.
pub fn parse(content: &[u8]) -> Result<Vec<Package>, String> {
    let v = super::json(content)?;
    if !v.is_object() {
        return Err("deps.json is not a JSON object".to_string());
    }
    let Some(libraries) = v.get("libraries") else {
        return Ok(Vec::new());
    };
    let Some(libraries) = libraries.as_object() else {
        return Err("\"libraries\" is not an object".to_string());
    };
    // The runtime target's libraries, keyed `Name/Version` without the
    // runtime-pack prefix so that both spellings meet.
    let target: Option<HashMap<String, &Value>> = v
        .get("runtimeTarget")
        .and_then(|t| super::str_field(t, "name"))
        .and_then(|name| v.get("targets")?.get(name)?.as_object())
        .map(|t| {
            t.iter()
                .map(|(k, lib)| (strip_pack(k).to_string(), lib))
                .collect()
        });
    let mut out = Vec::new();
    for (key, lib) in libraries {
        let Some((name, version)) = key.split_once('/') else {
            continue;
        };
        let kind = super::str_field(lib, "type").unwrap_or("");
        if !(kind.eq_ignore_ascii_case("package") || kind.eq_ignore_ascii_case("runtimepack")) {
            continue;
        }
        let name = strip_pack(name);
        if name.is_empty() || version.is_empty() {
            continue;
        }
        let entry = target
            .as_ref()
            .and_then(|t| t.get(&format!("{name}/{version}")));
        if entry.is_some_and(|e| !has_runtime_assets(e)) {
            continue;
        }
        out.push(Package::new(Ecosystem::Nuget, name, version));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    // bin/Release/net8.0/linux-x64/publish/app.deps.json (abridged), with a
    // compile-only analyser package and a self-contained runtime pack.
    const APP: &str = r#"{
  "runtimeTarget": {
    "name": ".NETCoreApp,Version=v8.0/linux-x64",
    "signature": ""
  },
  "compilationOptions": {},
  "targets": {
    ".NETCoreApp,Version=v8.0": {},
    ".NETCoreApp,Version=v8.0/linux-x64": {
      "app/1.0.0": {
        "dependencies": {
          "Newtonsoft.Json": "13.0.3",
          "Microsoft.CodeAnalysis.NetAnalyzers": "8.0.0",
          "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64": "8.0.1"
        },
        "runtime": { "app.dll": {} }
      },
      "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.1": {
        "runtime": {
          "System.Private.CoreLib.dll": { "assemblyVersion": "8.0.0.0", "fileVersion": "8.0.123.58001" }
        },
        "native": { "libSystem.Native.so": { "fileVersion": "0.0.0.0" } }
      },
      "Newtonsoft.Json/13.0.3": {
        "runtime": {
          "lib/net6.0/Newtonsoft.Json.dll": { "assemblyVersion": "13.0.0.0", "fileVersion": "13.0.3.27908" }
        }
      },
      "Microsoft.CodeAnalysis.NetAnalyzers/8.0.0": {}
    }
  },
  "libraries": {
    "app/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
    "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.1": { "type": "runtimepack", "serviceable": false, "sha512": "" },
    "Newtonsoft.Json/13.0.3": {
      "type": "package",
      "serviceable": true,
      "sha512": "sha512-HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lOReHMOagPa+zQ==",
      "path": "newtonsoft.json/13.0.3",
      "hashesPath": "newtonsoft.json.13.0.3.nupkg.sha512"
    },
    "Microsoft.CodeAnalysis.NetAnalyzers/8.0.0": {
      "type": "package",
      "serviceable": true,
      "sha512": "sha512-x",
      "path": "microsoft.codeanalysis.netanalyzers/8.0.0"
    },
    "Serilog/3.1.1": { "type": "Package", "serviceable": true, "sha512": "sha512-y" },
    "NoVersion": { "type": "package" }
  }
}"#;

    #[test]
    fn app_deps() {
        let p = parse(APP.as_bytes()).unwrap();
        let mut got: Vec<_> = p
            .iter()
            .map(|p| (p.name.as_str(), p.version.as_str()))
            .collect();
        got.sort();
        assert_eq!(
            got,
            vec![
                ("Microsoft.NETCore.App.Runtime.linux-x64", "8.0.1"),
                ("Newtonsoft.Json", "13.0.3"),
                // Not in the runtime target: kept.
                ("Serilog", "3.1.1"),
            ]
        );
        assert!(p.iter().all(|p| p.ecosystem == Ecosystem::Nuget));
    }

    #[test]
    fn without_target_every_package_counts() {
        let t = r#"{"runtimeTarget":{"name":"missing"},"targets":{},"libraries":{"A/1.0.0":{"type":"package"},"B/2.0.0":{"type":"reference"}}}"#;
        let p = parse(t.as_bytes()).unwrap();
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].name.as_str(), p[0].version.as_str()), ("A", "1.0.0"));
        assert_eq!(parse(b"{\"runtimeTarget\":{}}"), Ok(vec![]));
    }

    #[test]
    fn broken() {
        assert!(parse(b"{\"libraries\": {").is_err());
        assert!(parse(b"{\"libraries\": []}").is_err());
        assert!(parse(b"null").is_err());
    }
}
