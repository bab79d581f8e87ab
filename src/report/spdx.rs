//! The SPDX 2.3 JSON SBOM of a scanned image, modelled on what Trivy and
//! Syft emit for container images: one document describing the image
//! package (purpose `CONTAINER`), which CONTAINS the detected operating
//! system and every package. Packages carry their purl as a
//! `PACKAGE-MANAGER` external reference, `filesAnalyzed: false`, and the
//! `imagegate:*` facts (ecosystem, layer, path, source package) as
//! annotations.
//!
//! Deterministic, with two documented choices:
//! - `documentNamespace` is derived from the image's name and config digest
//!   (no random UUID), so re-scanning the same image gives the same namespace;
//! - `creationInfo.created` (and every annotation date) is the image
//!   config's `created` time, normalised to `YYYY-MM-DDThh:mm:ssZ`, or
//!   `1970-01-01T00:00:00Z` when the config has none (or a non-UTC form).
//!   The scan time is never used.
//!
//! Licences: `licenseDeclared` is the SPDX id when the package states
//! exactly one well-known SPDX id, else `NOASSERTION`; `licenseConcluded`
//! is always `NOASSERTION` (imagegate reads declarations, it concludes
//! nothing). Config values (environment, labels, history) are never copied.

use crate::report::sbom;
use crate::report::Report;
use serde::Serialize;

/// Where `documentNamespace`s point (a URI prefix; it need not resolve).
pub const NAMESPACE_BASE: &str = "https://github.com/imagegate/imagegate/spdx";

const NOASSERTION: &str = "NOASSERTION";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document {
    spdx_version: &'static str,
    data_license: &'static str,
    #[serde(rename = "SPDXID")]
    spdx_id: &'static str,
    name: String,
    document_namespace: String,
    creation_info: CreationInfo,
    packages: Vec<Package>,
    relationships: Vec<Relationship>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreationInfo {
    comment: String,
    created: String,
    creators: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Package {
    name: String,
    #[serde(rename = "SPDXID")]
    spdx_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version_info: Option<String>,
    download_location: &'static str,
    files_analyzed: bool,
    license_concluded: &'static str,
    license_declared: &'static str,
    copyright_text: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_info: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    external_refs: Vec<ExternalRef>,
    primary_package_purpose: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    annotations: Vec<Annotation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ExternalRef {
    reference_category: &'static str,
    reference_type: &'static str,
    reference_locator: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Annotation {
    annotation_date: String,
    annotation_type: &'static str,
    annotator: String,
    comment: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Relationship {
    spdx_element_id: String,
    related_spdx_element: String,
    relationship_type: &'static str,
}

fn purl_ref(purl: &str) -> Vec<ExternalRef> {
    if purl.is_empty() {
        return Vec::new();
    }
    vec![ExternalRef {
        reference_category: "PACKAGE-MANAGER",
        reference_type: "purl",
        reference_locator: purl.to_string(),
    }]
}

/// The package's declared licence when it is exactly one known SPDX id.
fn declared(licenses: &[String]) -> &'static str {
    match licenses {
        [one] => sbom::spdx_license_id(one).unwrap_or(NOASSERTION),
        _ => NOASSERTION,
    }
}

/// Render the report as an SPDX 2.3 JSON document (pretty, newline-terminated).
pub fn render(report: &Report) -> String {
    let created = sbom::created(report);
    let tool = format!("Tool: {}-{}", report.tool.name, report.tool.version);
    let annotations = |props: Vec<(&'static str, String)>| -> Vec<Annotation> {
        props
            .into_iter()
            .map(|(k, v)| Annotation {
                annotation_date: created.clone(),
                annotation_type: "OTHER",
                annotator: tool.clone(),
                comment: format!("{k}={v}"),
            })
            .collect()
    };
    let name = sbom::image_name(report);
    let image_id = format!("SPDXRef-Image-{}", sbom::spdx_id_part(&name));
    let mut packages = vec![Package {
        name: name.clone(),
        spdx_id: image_id.clone(),
        version_info: Some(report.image.config_digest.to_string()),
        download_location: NOASSERTION,
        files_analyzed: false,
        license_concluded: NOASSERTION,
        license_declared: NOASSERTION,
        copyright_text: NOASSERTION,
        description: None,
        source_info: None,
        external_refs: sbom::image_purl(report)
            .map(|p| purl_ref(&p))
            .unwrap_or_default(),
        primary_package_purpose: "CONTAINER",
        annotations: annotations(sbom::image_properties(report)),
    }];
    let mut relationships = vec![Relationship {
        spdx_element_id: "SPDXRef-DOCUMENT".to_string(),
        related_spdx_element: image_id.clone(),
        relationship_type: "DESCRIBES",
    }];
    let mut contains = |id: &str| {
        relationships.push(Relationship {
            spdx_element_id: image_id.clone(),
            related_spdx_element: id.to_string(),
            relationship_type: "CONTAINS",
        })
    };
    if let Some(os) = &report.os {
        let id = format!(
            "SPDXRef-OperatingSystem-{}",
            sbom::spdx_id_part(&match &os.version {
                Some(v) => format!("{}-{v}", os.family),
                None => os.family.clone(),
            })
        );
        packages.push(Package {
            name: os.family.clone(),
            spdx_id: id.clone(),
            version_info: os.version.clone(),
            download_location: NOASSERTION,
            files_analyzed: false,
            license_concluded: NOASSERTION,
            license_declared: NOASSERTION,
            copyright_text: NOASSERTION,
            description: os.pretty_name.clone(),
            source_info: Some(format!("detected from {}", os.source)),
            external_refs: Vec::new(),
            primary_package_purpose: "OPERATING_SYSTEM",
            annotations: annotations(sbom::os_properties(report)),
        });
        contains(&id);
    }
    let refs = sbom::package_refs(&report.packages);
    for (p, r) in report.packages.iter().zip(refs) {
        // The name keeps the id readable; the hash of the unique bom-ref keeps it unique.
        let id = format!(
            "SPDXRef-Package-{}-{}-{}",
            p.ecosystem.as_str(),
            sbom::spdx_id_part(&p.name),
            sbom::short_hash(&r)
        );
        packages.push(Package {
            name: p.name.clone(),
            spdx_id: id.clone(),
            version_info: (!p.version.is_empty()).then(|| p.version.clone()),
            download_location: NOASSERTION,
            files_analyzed: false,
            license_concluded: NOASSERTION,
            license_declared: declared(&p.licenses),
            copyright_text: NOASSERTION,
            description: None,
            source_info: Some(format!("acquired package info from {}", p.path)),
            external_refs: purl_ref(&p.purl),
            primary_package_purpose: "LIBRARY",
            annotations: annotations(sbom::package_properties(report, p)),
        });
        contains(&id);
    }
    let doc = Document {
        spdx_version: "SPDX-2.3",
        data_license: "CC0-1.0",
        spdx_id: "SPDXRef-DOCUMENT",
        name: name.clone(),
        document_namespace: format!(
            "{NAMESPACE_BASE}/{}-{}",
            sbom::spdx_id_part(&name),
            report.image.config_digest.hex()
        ),
        creation_info: CreationInfo {
            comment: "created is the image config's creation time (1970-01-01T00:00:00Z when \
                      absent), not the scan time, so the same image gives the same document"
                .to_string(),
            created,
            creators: vec![tool],
        },
        packages,
        relationships,
    };
    // Serialising plain structs of strings cannot fail.
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
