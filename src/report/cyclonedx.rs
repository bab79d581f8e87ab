//! The CycloneDX 1.6 JSON SBOM of a scanned image, modelled on what Trivy
//! and Syft emit for container images: `metadata.component` is the image
//! (type `container`), then one `operating-system` component for the
//! detected OS and one `library` component per package, each with its purl,
//! a stable `bom-ref`, licences where known and `imagegate:*` properties
//! (ecosystem, layer, path, source package). The dependency graph says the
//! image contains the OS and every package.
//!
//! Deterministic: no `metadata.timestamp` (the BOM describes the image, not
//! the moment of the scan), and a `serialNumber` derived from the image's
//! config digest instead of a random UUID. Config values (environment,
//! labels, history) are never copied into the BOM.

use crate::report::sbom;
use crate::report::Report;
use serde::Serialize;

/// The JSON schema this renderer targets.
pub const SCHEMA_URL: &str = "http://cyclonedx.org/schema/bom-1.6.schema.json";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bom {
    #[serde(rename = "$schema")]
    schema: &'static str,
    bom_format: &'static str,
    spec_version: &'static str,
    serial_number: String,
    version: u32,
    metadata: Metadata,
    components: Vec<Component>,
    dependencies: Vec<Dependency>,
}

#[derive(Serialize)]
struct Metadata {
    tools: Tools,
    component: Component,
}

#[derive(Serialize)]
struct Tools {
    components: Vec<Component>,
}

#[derive(Serialize)]
struct Component {
    #[serde(rename = "bom-ref", skip_serializing_if = "Option::is_none")]
    bom_ref: Option<String>,
    #[serde(rename = "type")]
    kind: &'static str,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    licenses: Vec<LicenseChoice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    purl: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    properties: Vec<Property>,
}

#[derive(Serialize)]
struct LicenseChoice {
    license: License,
}

#[derive(Serialize)]
struct License {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

#[derive(Serialize)]
struct Property {
    name: &'static str,
    value: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Dependency {
    #[serde(rename = "ref")]
    reference: String,
    depends_on: Vec<String>,
}

fn properties(props: Vec<(&'static str, String)>) -> Vec<Property> {
    props
        .into_iter()
        .map(|(name, value)| Property { name, value })
        .collect()
}

/// Each licence string as an SPDX id when it is a known one, else by name
/// (expressions and free text stay readable and valid); duplicates dropped.
fn licenses(list: &[String]) -> Vec<LicenseChoice> {
    let mut out: Vec<LicenseChoice> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for l in list {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        let license = match sbom::spdx_license_id(l) {
            Some(id) => License {
                id: Some(id),
                name: None,
            },
            None => License {
                id: None,
                name: Some(l.to_string()),
            },
        };
        let key = license.id.map_or_else(|| l.to_string(), str::to_string);
        if !seen.contains(&key) {
            seen.push(key);
            out.push(LicenseChoice { license });
        }
    }
    out
}

/// Render the report as a CycloneDX 1.6 JSON document (pretty, newline-terminated).
pub fn render(report: &Report) -> String {
    let image_ref = sbom::image_ref(report);
    let image = Component {
        bom_ref: Some(image_ref.clone()),
        kind: "container",
        name: sbom::image_name(report),
        version: Some(report.image.config_digest.to_string()),
        description: None,
        licenses: Vec::new(),
        purl: sbom::image_purl(report),
        properties: properties(sbom::image_properties(report)),
    };
    let mut components = Vec::new();
    let mut depends_on = Vec::new();
    if let (Some(os), Some(os_ref)) = (&report.os, sbom::os_ref(report)) {
        components.push(Component {
            bom_ref: Some(os_ref.clone()),
            kind: "operating-system",
            name: os.family.clone(),
            version: os.version.clone(),
            description: os.pretty_name.clone(),
            licenses: Vec::new(),
            purl: None,
            properties: properties(sbom::os_properties(report)),
        });
        depends_on.push(os_ref);
    }
    let refs = sbom::package_refs(&report.packages);
    for (p, r) in report.packages.iter().zip(refs) {
        components.push(Component {
            bom_ref: Some(r.clone()),
            kind: "library",
            name: p.name.clone(),
            version: (!p.version.is_empty()).then(|| p.version.clone()),
            description: None,
            licenses: licenses(&p.licenses),
            purl: (!p.purl.is_empty()).then(|| p.purl.clone()),
            properties: properties(sbom::package_properties(report, p)),
        });
        depends_on.push(r);
    }
    let bom = Bom {
        schema: SCHEMA_URL,
        bom_format: "CycloneDX",
        spec_version: "1.6",
        serial_number: format!(
            "urn:uuid:{}",
            sbom::uuid_from(&format!(
                "imagegate:cyclonedx:{}",
                report.image.config_digest
            ))
        ),
        version: 1,
        metadata: Metadata {
            tools: Tools {
                components: vec![Component {
                    bom_ref: None,
                    kind: "application",
                    name: report.tool.name.to_string(),
                    version: Some(report.tool.version.to_string()),
                    description: None,
                    licenses: Vec::new(),
                    purl: None,
                    properties: Vec::new(),
                }],
            },
            component: image,
        },
        components,
        dependencies: vec![Dependency {
            reference: image_ref,
            depends_on,
        }],
    };
    // Serialising plain structs of strings cannot fail.
    let mut s =
        serde_json::to_string_pretty(&bom).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
