//! `imagegate base-check IMAGE`: is the image built on the current build of
//! its base image? The base's name and digest come from the image (the OCI
//! annotations `org.opencontainers.image.base.name` / `.base.digest` of the
//! manifest, then of the index, then the config labels) or from the policy's
//! `[[base.images]]` list (a layer-prefix match); the registry is asked for
//! the base tag's current digest (for the image's platform). A base that
//! cannot be identified is an error (`base-unknown`), never "up to date".
//! See docs/registries-and-rescans.md.

use crate::engine::HostError;
use crate::registry::{self, Reference};
use imagegate::logsafe::log_safe_string;
use imagegate::policy::checks::base::cfg::BaseImage;
use imagegate::ErrorKind;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;

const BASE_NAME: &str = "org.opencontainers.image.base.name";
const BASE_DIGEST: &str = "org.opencontainers.image.base.digest";

/// What the check reads from the image.
#[derive(Debug, Default)]
pub struct ImageFacts {
    /// The image as the user named it.
    pub name: String,
    /// Its manifest digest, when it has one.
    pub digest: Option<String>,
    pub annotations: BTreeMap<String, String>,
    pub index_annotations: BTreeMap<String, String>,
    pub labels: BTreeMap<String, String>,
    pub diff_ids: Vec<String>,
    /// `os/arch[/variant]` from the config.
    pub platform: Option<String>,
}

/// The base the image was built on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    /// The reference to follow (a tag).
    pub reference: Reference,
    /// The name as the image or policy gave it.
    pub name: String,
    pub digest: String,
    /// Where the name and digest were found.
    pub source: String,
}

/// A decided check.
#[derive(Debug)]
pub struct Outcome {
    pub image: String,
    pub image_digest: Option<String>,
    pub base: Base,
    /// The base tag's digest now (an index's when it is one).
    pub current: String,
    /// The digest of the base's manifest for the platform.
    pub current_manifest: String,
    pub platform: String,
    pub rebuild_needed: bool,
}

fn is_digest(s: &str) -> bool {
    s.strip_prefix("sha256:")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

fn unknown(image: &str, why: impl std::fmt::Display) -> HostError {
    HostError::new(
        ErrorKind::BaseUnknown,
        format!("{image}: the base image cannot be checked: {why}"),
    )
}

/// A base image name as a registry reference. Short Docker names are
/// normalised as Docker does (`debian:12` is `docker.io/library/debian:12`).
/// The reference must name a tag to follow.
pub fn base_reference(image: &str, name: &str) -> Result<Reference, HostError> {
    let first = name.split('/').next().unwrap_or_default();
    let has_host =
        name.contains('/') && (first.contains('.') || first.contains(':') || first == "localhost");
    let full = if has_host {
        name.to_string()
    } else if name.contains('/') {
        format!("docker.io/{name}")
    } else {
        format!("docker.io/library/{name}")
    };
    let mut r = Reference::parse(&full).map_err(|_| {
        unknown(
            image,
            format!("the base name {name:?} is not an image reference"),
        )
    })?;
    // A name with a digest and no tag parses with no tag.
    if r.tag.is_none() {
        return Err(unknown(
            image,
            format!("the base name {name:?} pins a digest and names no tag, so there is no newer build to look for"),
        ));
    }
    r.digest = None;
    Ok(r)
}

/// Find the base: the annotations (manifest, then index) or config labels,
/// else the policy's `[[base.images]]` entry whose layers the image starts with.
pub fn identify(facts: &ImageFacts, policy: &[BaseImage]) -> Result<Base, HostError> {
    let lookup = |key: &str| -> Option<(String, &'static str)> {
        [
            (&facts.annotations, "manifest annotations"),
            (&facts.index_annotations, "index annotations"),
            (&facts.labels, "config labels"),
        ]
        .into_iter()
        .find_map(|(m, src)| {
            m.get(key)
                .filter(|v| !v.trim().is_empty())
                .map(|v| (v.trim().to_string(), src))
        })
    };
    let name = lookup(BASE_NAME);
    let digest = lookup(BASE_DIGEST);
    let image = &facts.name;
    if let (Some((n, ns)), Some((d, ds))) = (&name, &digest) {
        if !is_digest(d) {
            return Err(unknown(
                image,
                format!("{BASE_DIGEST} ({ds}) is {d:?}, not a sha256:<64 hex> digest"),
            ));
        }
        let source = if ns == ds {
            ns.to_string()
        } else {
            format!("{ns} (name), {ds} (digest)")
        };
        return Ok(Base {
            reference: base_reference(image, n)?,
            name: n.clone(),
            digest: d.clone(),
            source,
        });
    }
    // The most specific (longest) layer-prefix match, later entries first.
    let by_layers = policy
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, b)| {
            !b.diff_ids.is_empty()
                && b.diff_ids.len() <= facts.diff_ids.len()
                && b.diff_ids.iter().zip(&facts.diff_ids).all(|(a, b)| a == b)
        })
        .max_by_key(|(_, b)| b.diff_ids.len());
    if let Some((i, b)) = by_layers {
        let Some(d) = &b.digest else {
            return Err(unknown(
                image,
                format!(
                    "its layers match [[base.images]] entry {} ({}), which has no `digest` to compare",
                    i + 1,
                    b.name
                ),
            ));
        };
        return Ok(Base {
            reference: base_reference(image, &b.name)?,
            name: b.name.clone(),
            digest: d.clone(),
            source: format!("policy [[base.images]] entry {}", i + 1),
        });
    }
    let missing = match (&name, &digest) {
        (None, None) => format!("no {BASE_NAME} / {BASE_DIGEST} annotation or label"),
        (Some(_), None) => format!("{BASE_NAME} is set but {BASE_DIGEST} is not"),
        _ => format!("{BASE_DIGEST} is set but {BASE_NAME} is not"),
    };
    Err(unknown(
        image,
        format!(
            "{missing}, and its layers match no [[base.images]] entry of the policy; build with BuildKit's base annotations or list the base under [[base.images]] with its digest"
        ),
    ))
}

/// Ask the registry for the base's current digest and compare.
pub fn decide(
    facts: &ImageFacts,
    policy: &[BaseImage],
    platform: Option<&str>,
    insecure: &[String],
) -> Result<Outcome, HostError> {
    let base = identify(facts, policy)?;
    let platform = platform
        .map(str::to_string)
        .or_else(|| facts.platform.clone())
        .unwrap_or_else(|| "linux/amd64".to_string());
    let now = registry::inspect(
        &base.reference,
        &registry::PullOptions {
            platform: Some(&platform),
            insecure,
        },
        false,
    )?;
    let rebuild_needed = base.digest != now.top_digest && base.digest != now.manifest_digest;
    Ok(Outcome {
        image: facts.name.clone(),
        image_digest: facts.digest.clone(),
        base,
        current: now.top_digest,
        current_manifest: now.manifest_digest,
        platform,
        rebuild_needed,
    })
}

fn platform_of(config: &Value) -> Option<String> {
    let s = |k: &str| {
        config
            .get(k)
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty())
    };
    let (os, arch) = (s("os")?, s("architecture")?);
    Some(match s("variant") {
        Some(v) => format!("{os}/{arch}/{v}"),
        None => format!("{os}/{arch}"),
    })
}

/// The facts of an image in a registry (manifests and config only).
pub fn remote_facts(
    reference: &Reference,
    platform: Option<&str>,
    insecure: &[String],
) -> Result<ImageFacts, HostError> {
    let got = registry::inspect(
        reference,
        &registry::PullOptions { platform, insecure },
        true,
    )?;
    let config = got.config.unwrap_or(Value::Null);
    let labels = config
        .get("config")
        .and_then(|c| c.get("Labels"))
        .and_then(Value::as_object)
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default();
    let diff_ids = config
        .get("rootfs")
        .and_then(|r| r.get("diff_ids"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok(ImageFacts {
        name: reference.to_string(),
        digest: Some(got.manifest_digest),
        annotations: got.annotations,
        index_annotations: got.index_annotations,
        labels,
        diff_ids,
        platform: platform_of(&config),
    })
}

/// The facts of a local image (tarball or OCI layout), without its layers.
pub fn local_facts(
    path: &Path,
    tag: Option<String>,
    platform: Option<&str>,
) -> Result<ImageFacts, HostError> {
    let name = path.display().to_string();
    let sel = imagegate::image::resolve::Selector {
        tag,
        platform: platform
            .map(imagegate::image::resolve::PlatformReq::parse)
            .transpose()?,
    };
    let r =
        imagegate::image::resolve_only(path, &name, &sel, &imagegate::image::Limits::default())?;
    let c = &r.config;
    let platform = match (&c.os, &c.architecture, &c.variant) {
        (Some(os), Some(arch), Some(v)) => Some(format!("{os}/{arch}/{v}")),
        (Some(os), Some(arch), None) => Some(format!("{os}/{arch}")),
        _ => None,
    };
    Ok(ImageFacts {
        name,
        digest: r.manifest_digest.map(|d| d.to_string()),
        annotations: r.annotations,
        index_annotations: BTreeMap::new(),
        labels: c
            .config
            .as_ref()
            .and_then(|cc| cc.labels.clone())
            .unwrap_or_default(),
        diff_ids: c.rootfs.diff_ids.clone(),
        platform,
    })
}

impl Outcome {
    /// `up-to-date` or `rebuild-needed`.
    pub fn status(&self) -> &'static str {
        if self.rebuild_needed {
            "rebuild-needed"
        } else {
            "up-to-date"
        }
    }

    /// One line for people (every value from the image or registry log-safe).
    pub fn line(&self) -> String {
        let base = log_safe_string(&self.base.reference.to_string());
        let image = log_safe_string(&self.image);
        if self.rebuild_needed {
            format!(
                "rebuild needed: {image} is built on {base} at {}; {base} is now {}",
                self.base.digest, self.current
            )
        } else {
            format!(
                "up to date: {image} is built on {base} at {}, its current build",
                self.base.digest
            )
        }
    }

    /// The JSON facts (schema imagegate.base-check/v1).
    pub fn json(&self) -> Value {
        json!({
            "schema": "imagegate.base-check/v1",
            "status": self.status(),
            "image": {"name": self.image, "digest": self.image_digest},
            "base": {
                "name": self.base.name,
                "reference": self.base.reference.to_string(),
                "digest": self.base.digest,
                "source": self.base.source,
            },
            "current": {
                "digest": self.current,
                "manifest_digest": self.current_manifest,
                "platform": self.platform,
            },
        })
    }
}

/// The JSON of a check that could not decide.
pub fn error_json(image: &str, code: &str, message: &str) -> Value {
    json!({
        "schema": "imagegate.base-check/v1",
        "status": "error",
        "image": {"name": image},
        "error": {"code": code, "message": message},
    })
}

/// `imagegate base-check`'s arguments.
pub struct Args {
    pub image: String,
    pub policy: Option<std::path::PathBuf>,
    pub tag: Option<String>,
    pub platform: Option<String>,
    pub insecure: Vec<String>,
    pub json: bool,
}

/// The policy's `[[base.images]]` (`--policy`, else ./imagegate.toml when it exists).
pub fn policy_bases(path: Option<&Path>) -> Result<Vec<BaseImage>, HostError> {
    Ok(match crate::read_policy(path)? {
        Some(p) => imagegate::policy::cfg::parse(&p.name, &p.text)?.base.images,
        None => Vec::new(),
    })
}

fn check(args: &Args) -> Result<Outcome, HostError> {
    let policy = policy_bases(args.policy.as_deref())?;
    let facts = if args.image.starts_with("registry://") {
        if args.tag.is_some() {
            return Err(HostError::usage(
                "--tag picks an image inside an archive or layout; put the tag in the registry:// reference",
            ));
        }
        let r = Reference::parse(&args.image)?;
        remote_facts(&r, args.platform.as_deref(), &args.insecure)?
    } else {
        local_facts(
            Path::new(&args.image),
            args.tag.clone(),
            args.platform.as_deref(),
        )?
    };
    decide(&facts, &policy, args.platform.as_deref(), &args.insecure)
}

/// Run the check: exit 0 up to date, 1 rebuild needed, 2 could not decide.
pub fn run(args: &Args) -> u8 {
    let (code, out, err) = match check(args) {
        Ok(o) => {
            let out = if args.json {
                o.json().to_string()
            } else {
                o.line()
            };
            (u8::from(o.rebuild_needed), out, None)
        }
        Err(e) => {
            let out = if args.json {
                error_json(&args.image, e.code(), e.message()).to_string()
            } else {
                String::new()
            };
            (2, out, Some(e))
        }
    };
    if !out.is_empty() {
        println!("{out}");
    }
    if let Some(e) = err {
        eprintln!("imagegate: {e}");
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(c: char) -> String {
        format!("sha256:{}", c.to_string().repeat(64))
    }

    #[test]
    fn names_are_normalised_and_a_tag_is_required() {
        let r = |n: &str| {
            base_reference("app", n)
                .map(|r| r.to_string())
                .map_err(|e| e.to_string())
        };
        assert_eq!(
            r("debian:12").ok().as_deref(),
            Some("docker.io/library/debian:12")
        );
        assert_eq!(
            r("team/base").ok().as_deref(),
            Some("docker.io/team/base:latest")
        );
        assert_eq!(
            r("127.0.0.1:5000/base/deb:1").ok().as_deref(),
            Some("127.0.0.1:5000/base/deb:1")
        );
        assert_eq!(
            r(&format!("reg.example/base:1@{}", d('a'))).ok().as_deref(),
            Some("reg.example/base:1")
        );
        let e = r(&format!("reg.example/base@{}", d('a')));
        assert!(e.is_err_and(|e| e.contains("names no tag")));
        assert!(r("Bad Name").is_err());
    }

    #[test]
    fn the_base_comes_from_annotations_labels_or_the_policy() {
        let mut f = ImageFacts {
            name: "app".into(),
            diff_ids: vec![d('1'), d('2'), d('3')],
            ..ImageFacts::default()
        };
        let policy = vec![BaseImage {
            name: "reg.example/base/deb:12".into(),
            diff_ids: vec![d('1'), d('2')],
            digest: Some(d('b')),
        }];
        // Nothing: fail closed.
        let e = identify(&f, &[])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.contains("base-unknown") && e.contains("no org.opencontainers"),
            "{e}"
        );
        // The policy by layers.
        let b = identify(&f, &policy).ok();
        assert_eq!(b.as_ref().map(|b| b.digest.clone()), Some(d('b')));
        assert_eq!(
            b.map(|b| b.source),
            Some("policy [[base.images]] entry 1".into())
        );
        // A label for the name, an annotation for the digest.
        f.labels.insert(BASE_NAME.into(), "reg.example/x:1".into());
        f.annotations.insert(BASE_DIGEST.into(), d('c'));
        let b = identify(&f, &policy).ok();
        assert_eq!(b.as_ref().map(|b| b.digest.clone()), Some(d('c')));
        assert_eq!(
            b.map(|b| b.source),
            Some("config labels (name), manifest annotations (digest)".into())
        );
        // A bad digest is an error, not a fallback.
        f.annotations
            .insert(BASE_DIGEST.into(), "sha256:xyz".into());
        assert!(identify(&f, &policy).is_err());
        // A policy entry without a digest cannot be compared.
        f.annotations.clear();
        f.labels.clear();
        let mut p = policy.clone();
        p[0].digest = None;
        let e = identify(&f, &p)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.contains("has no `digest`"), "{e}");
    }
}
