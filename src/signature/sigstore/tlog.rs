//! Transparency log entries (Rekor v1 and v2): the Merkle inclusion proof
//! (RFC 9162), the signed checkpoint (the signed-note format of
//! transparency-dev), the signed entry timestamp (Rekor v1's inclusion
//! promise), and the check that the logged body is this bundle's content
//! (`hashedrekord` 0.0.1/0.0.2, `dsse` 0.0.1/0.0.2, `intoto` 0.0.2).

use super::keys::PubKey;
use super::trust::Log;
use crate::signature::dsse::{b64, b64_encode};
use sha2::{Digest as _, Sha256};

fn node(l: &[u8], r: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(l);
    h.update(r);
    h.finalize().into()
}

/// The RFC 9162 leaf hash of a log entry body.
pub fn leaf_hash(body: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(body);
    h.finalize().into()
}

/// The root an inclusion proof leads to (RFC 9162 2.1.3.2), or an error.
pub fn root_from_proof(
    index: u64,
    size: u64,
    leaf: [u8; 32],
    proof: &[Vec<u8>],
) -> Result<[u8; 32], String> {
    if index >= size {
        return Err(format!(
            "the inclusion proof's index {index} is not below its tree size {size}"
        ));
    }
    let inner = (64 - (index ^ (size - 1)).leading_zeros()) as usize;
    let border = (index >> inner).count_ones() as usize;
    if proof.len() != inner + border {
        return Err(format!(
            "the inclusion proof has {} hashes; index {index} in a tree of {size} needs {}",
            proof.len(),
            inner + border
        ));
    }
    if proof.iter().any(|h| h.len() != 32) {
        return Err("an inclusion proof hash is not 32 bytes".into());
    }
    let mut res = leaf;
    for (i, h) in proof[..inner].iter().enumerate() {
        res = if (index >> i) & 1 == 0 {
            node(&res, h)
        } else {
            node(h, &res)
        };
    }
    for h in &proof[inner..] {
        res = node(h, &res);
    }
    Ok(res)
}

/// A parsed checkpoint: its origin, tree size and root hash.
#[derive(Debug)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Vec<u8>,
}

/// Verify a signed-note checkpoint with `log`'s key: the signature whose
/// key hint is the first 4 bytes of the log id must verify over the note
/// text. Other signatures (witness cosignatures) are not needed.
pub fn verify_checkpoint(envelope: &str, log: &Log) -> Result<Checkpoint, String> {
    let (text, sigs) = match envelope.split_once("\n\n") {
        Some((t, s)) => (format!("{t}\n"), s),
        None => return Err("the checkpoint has no blank line before its signatures".into()),
    };
    if sigs.contains("\n\n") {
        return Err("the checkpoint has more than one blank line".into());
    }
    if sigs.is_empty() || !sigs.ends_with('\n') {
        return Err("the checkpoint's signature block is empty or not newline-terminated".into());
    }
    let mut lines = text.lines();
    let origin = lines.next().unwrap_or("").to_string();
    if origin.is_empty() {
        return Err("the checkpoint has no origin line".into());
    }
    let size: u64 = lines
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or("the checkpoint's second line is not a tree size")?;
    let root = lines
        .next()
        .and_then(|s| b64(s).ok())
        .filter(|r| r.len() == 32)
        .ok_or("the checkpoint's third line is not a base64 SHA-256 root hash")?;
    let hint = log.key_id.get(..4).ok_or("the log id is too short")?;
    for line in sigs.lines() {
        let Some(rest) = line.strip_prefix("\u{2014} ") else {
            return Err("a checkpoint signature line does not start with an em dash".into());
        };
        let Some((_name, sig)) = rest.split_once(' ') else {
            return Err("a checkpoint signature line has no signature".into());
        };
        let sig = b64(sig).map_err(|e| format!("a checkpoint signature is {e}"))?;
        if sig.len() < 5 {
            return Err("a checkpoint signature is too short".into());
        }
        if &sig[..4] == hint {
            if !log.key.verify(text.as_bytes(), &sig[4..], None) {
                return Err("the checkpoint signature of the log does not verify".into());
            }
            return Ok(Checkpoint { origin, size, root });
        }
    }
    Err("the checkpoint has no signature by the log's key".into())
}

/// Verify Rekor v1's signed entry timestamp: the log's signature over the
/// canonical JSON of the body, integrated time, log id and index.
pub fn verify_set(
    log: &Log,
    body: &[u8],
    integrated_time: i64,
    log_index: i64,
    set: &[u8],
) -> bool {
    let hex = crate::signature::hex(&log.key_id);
    let canonical = format!(
        "{{\"body\":\"{}\",\"integratedTime\":{integrated_time},\"logID\":\"{hex}\",\"logIndex\":{log_index}}}",
        b64_encode(body)
    );
    log.key.verify(canonical.as_bytes(), set, None)
}

/// What the logged body must say: the signed content and the verifier.
pub struct Expected<'a> {
    /// SHA-256 of what was signed: the artifact (message signature) or the
    /// DSSE PAE (hashedrekord over DSSE).
    pub signed_digest: [u8; 32],
    /// The signature bytes.
    pub signature: &'a [u8],
    /// For DSSE: payload type and SHA-256 of the payload.
    pub dsse: Option<(&'a str, [u8; 32])>,
    /// The verifier: certificate DER or public key SPKI DER.
    pub verifier_der: &'a [u8],
    pub verifier_is_cert: bool,
}

fn s<'a>(v: &'a serde_json::Value, path: &[&str]) -> Option<&'a str> {
    let mut cur = v;
    for p in path {
        cur = cur.get(p)?;
    }
    cur.as_str()
}

/// A PEM (base64 in the body) names this verifier.
fn pem_is(b64pem: &str, e: &Expected<'_>) -> bool {
    let Ok(pem) = b64(b64pem) else { return false };
    let Ok(pem) = String::from_utf8(pem) else {
        return false;
    };
    let label = if e.verifier_is_cert {
        "CERTIFICATE"
    } else {
        "PUBLIC KEY"
    };
    let blocks = super::keys::pem_blocks(&pem, label);
    blocks.len() == 1 && blocks[0] == e.verifier_der
}

/// A Rekor v2 verifier object names this verifier.
fn v2_verifier_is(v: &serde_json::Value, e: &Expected<'_>) -> bool {
    let field = if e.verifier_is_cert {
        "x509Certificate"
    } else {
        "publicKey"
    };
    s(v, &[field, "rawBytes"])
        .and_then(|r| b64(r).ok())
        .is_some_and(|d| d == e.verifier_der)
}

fn hex_is(v: Option<&str>, digest: &[u8]) -> bool {
    v.is_some_and(|h| h.eq_ignore_ascii_case(&crate::signature::hex(digest)))
}

fn b64_is(v: Option<&str>, bytes: &[u8]) -> bool {
    v.and_then(|x| b64(x).ok()).is_some_and(|d| d == bytes)
}

/// Check that the logged `body` (of `kind`/`version`) records this content.
pub fn body_matches(
    body: &[u8],
    kind: &str,
    version: &str,
    e: &Expected<'_>,
) -> Result<(), String> {
    let v: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| "the log entry body is not JSON".to_string())?;
    if s(&v, &["kind"]) != Some(kind) || s(&v, &["apiVersion"]) != Some(version) {
        return Err("the log entry body's kind or version differs from the entry's".into());
    }
    let spec = v.get("spec").ok_or("the log entry body has no spec")?;
    let ok = match (kind, version) {
        ("hashedrekord", "0.0.1") => {
            e.dsse.is_none()
                && s(spec, &["data", "hash", "algorithm"]) == Some("sha256")
                && hex_is(s(spec, &["data", "hash", "value"]), &e.signed_digest)
                && b64_is(s(spec, &["signature", "content"]), e.signature)
                && s(spec, &["signature", "publicKey", "content"]).is_some_and(|p| pem_is(p, e))
        }
        ("hashedrekord", "0.0.2") => {
            let h = spec
                .get("hashedRekordV002")
                .ok_or("the hashedrekord 0.0.2 body has no hashedRekordV002")?;
            s(h, &["data", "algorithm"]) == Some("SHA2_256")
                && b64_is(s(h, &["data", "digest"]), &e.signed_digest)
                && b64_is(s(h, &["signature", "content"]), e.signature)
                && h.pointer("/signature/verifier")
                    .is_some_and(|x| v2_verifier_is(x, e))
        }
        ("dsse", "0.0.1") => {
            let Some((_, payload_hash)) = e.dsse else {
                return Err("a dsse log entry for a message signature".into());
            };
            let sigs = spec.get("signatures").and_then(|x| x.as_array());
            s(spec, &["payloadHash", "algorithm"]) == Some("sha256")
                && hex_is(s(spec, &["payloadHash", "value"]), &payload_hash)
                && sigs.is_some_and(|a| {
                    a.len() == 1
                        && b64_is(s(&a[0], &["signature"]), e.signature)
                        && s(&a[0], &["verifier"]).is_some_and(|p| pem_is(p, e))
                })
        }
        ("dsse", "0.0.2") => {
            let Some((_, payload_hash)) = e.dsse else {
                return Err("a dsse log entry for a message signature".into());
            };
            let d = spec
                .get("dsseV002")
                .ok_or("the dsse 0.0.2 body has no dsseV002")?;
            let sigs = d.get("signatures").and_then(|x| x.as_array());
            s(d, &["payloadHash", "algorithm"]) == Some("SHA2_256")
                && b64_is(s(d, &["payloadHash", "digest"]), &payload_hash)
                && sigs.is_some_and(|a| {
                    a.len() == 1
                        && b64_is(s(&a[0], &["content"]), e.signature)
                        && a[0].get("verifier").is_some_and(|x| v2_verifier_is(x, e))
                })
        }
        ("intoto", "0.0.2") => {
            let Some((payload_type, payload_hash)) = e.dsse else {
                return Err("an intoto log entry for a message signature".into());
            };
            let c = spec
                .get("content")
                .ok_or("the intoto body has no content")?;
            let sigs = c.pointer("/envelope/signatures").and_then(|x| x.as_array());
            s(c, &["payloadHash", "algorithm"]) == Some("sha256")
                && hex_is(s(c, &["payloadHash", "value"]), &payload_hash)
                && s(c, &["envelope", "payloadType"]) == Some(payload_type)
                && sigs.is_some_and(|a| {
                    a.len() == 1
                        // intoto 0.0.2 stores the signature base64 twice over.
                        && s(&a[0], &["sig"])
                            .and_then(|x| b64(x).ok())
                            .and_then(|x| String::from_utf8(x).ok())
                            .is_some_and(|x| b64_is(Some(&x), e.signature))
                        && s(&a[0], &["publicKey"]).is_some_and(|p| pem_is(p, e))
                })
        }
        _ => {
            return Err(format!(
                "log entry kind {}/{} is not supported",
                super::shown(kind),
                super::shown(version)
            ))
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "the {kind} {version} log entry does not record this bundle's signature, digest and signer"
        ))
    }
}

/// The verifying key of a log (for messages naming the algorithm).
pub fn key_kind(k: &PubKey) -> &'static str {
    match k {
        PubKey::P256(_) => "ECDSA P-256",
        PubKey::P384(_) => "ECDSA P-384",
        PubKey::Ed25519(_) => "Ed25519",
        PubKey::Unsupported => "unsupported",
    }
}
