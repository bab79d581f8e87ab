//! RFC 3161 timestamps: a `TimeStampResp` whose token (CMS SignedData over
//! a `TSTInfo`) is signed by a timestamp authority of the trusted root. The
//! token's embedded certificates are never trusted: the signer must be the
//! leaf of a trusted TSA chain (matched by issuer and serial number, or
//! subject key id), valid at the token's time, and the token's time must lie
//! in the TSA's validity in the root. The message imprint must be the hash
//! of the bundle's signature.

use super::keys::Hash;
use super::trust::TrustedRoot;
use super::x509::{self, Cert};
use der::asn1::{Any, ObjectIdentifier, OctetString};
use der::{Decode as _, Encode as _, Reader as _, Tagged as _};

const ID_SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
const ID_CT_TSTINFO: &str = "1.2.840.113549.1.9.16.1.4";
const ID_CONTENT_TYPE: &str = "1.2.840.113549.1.9.3";
const ID_MESSAGE_DIGEST: &str = "1.2.840.113549.1.9.4";

/// The parsed parts of a timestamp token that are checked.
struct Token {
    signed: cms::signed_data::SignedData,
    tst_der: Vec<u8>,
    imprint_alg: ObjectIdentifier,
    imprint: Vec<u8>,
    gen_time: i64,
}

/// Parse a GeneralizedTime `YYYYMMDDHHMMSS[.f*]Z` into Unix seconds.
fn generalized_time(bytes: &[u8]) -> Option<i64> {
    let s = std::str::from_utf8(bytes).ok()?;
    let s = s.strip_suffix('Z')?;
    let (main, frac) = s.split_once('.').unwrap_or((s, ""));
    if main.len() != 14 || !main.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rfc = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &main[0..4],
        &main[4..6],
        &main[6..8],
        &main[8..10],
        &main[10..12],
        &main[12..14]
    );
    crate::time::parse_rfc3339(&rfc)
}

fn parse(resp: &[u8]) -> Result<Token, String> {
    let bad = |w: &str| format!("the timestamp is not an RFC 3161 response: {w}");
    // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }
    let outer = Any::from_der(resp).map_err(|_| bad("not DER"))?;
    if outer.tag() != der::Tag::Sequence {
        return Err(bad("not a SEQUENCE"));
    }
    let mut r = der::SliceReader::new(outer.value()).map_err(|_| bad("not DER"))?;
    let status: Any = r.decode().map_err(|_| bad("no status"))?;
    let mut sr = der::SliceReader::new(status.value()).map_err(|_| bad("bad status"))?;
    let code: u32 = sr.decode().map_err(|_| bad("bad status"))?;
    if code > 1 {
        return Err(format!(
            "the timestamp response's status is {code} (not granted)"
        ));
    }
    let ci: cms::content_info::ContentInfo = r.decode().map_err(|_| bad("no timestamp token"))?;
    if !r.is_finished() {
        return Err(bad("trailing data"));
    }
    if ci.content_type.to_string() != ID_SIGNED_DATA {
        return Err(bad("the token is not CMS SignedData"));
    }
    let signed: cms::signed_data::SignedData = ci
        .content
        .decode_as()
        .map_err(|e| bad(&format!("SignedData: {e}")))?;
    let eci = &signed.encap_content_info;
    if eci.econtent_type.to_string() != ID_CT_TSTINFO {
        return Err(bad("the token does not hold a TSTInfo"));
    }
    let econtent = eci.econtent.as_ref().ok_or_else(|| bad("no TSTInfo"))?;
    let tst_der = econtent
        .decode_as::<OctetString>()
        .map_err(|_| bad("the TSTInfo is not an OCTET STRING"))?
        .as_bytes()
        .to_vec();
    // TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, ... }
    let tst = Any::from_der(&tst_der).map_err(|_| bad("TSTInfo is not DER"))?;
    let mut tr = der::SliceReader::new(tst.value()).map_err(|_| bad("TSTInfo"))?;
    let version: u8 = tr.decode().map_err(|_| bad("TSTInfo version"))?;
    if version != 1 {
        return Err(bad("TSTInfo version is not 1"));
    }
    let _policy: ObjectIdentifier = tr.decode().map_err(|_| bad("TSTInfo policy"))?;
    let imprint: Any = tr.decode().map_err(|_| bad("TSTInfo messageImprint"))?;
    let mut ir = der::SliceReader::new(imprint.value()).map_err(|_| bad("messageImprint"))?;
    let alg: x509_cert::spki::AlgorithmIdentifierOwned =
        ir.decode().map_err(|_| bad("messageImprint algorithm"))?;
    let hashed: OctetString = ir.decode().map_err(|_| bad("messageImprint hash"))?;
    let _serial: Any = tr.decode().map_err(|_| bad("TSTInfo serialNumber"))?;
    let gen: Any = tr.decode().map_err(|_| bad("TSTInfo genTime"))?;
    if gen.tag() != der::Tag::GeneralizedTime {
        return Err(bad("genTime is not a GeneralizedTime"));
    }
    let gen_time = generalized_time(gen.value()).ok_or_else(|| bad("genTime"))?;
    Ok(Token {
        signed,
        tst_der,
        imprint_alg: alg.oid,
        imprint: hashed.as_bytes().to_vec(),
        gen_time,
    })
}

/// The signer identifier names this certificate.
fn sid_is(sid: &cms::signed_data::SignerIdentifier, cert: &Cert) -> bool {
    use cms::signed_data::SignerIdentifier as S;
    match sid {
        S::IssuerAndSerialNumber(i) => {
            i.issuer.to_der().ok().as_deref() == Some(cert.issuer_der.as_slice())
                && i.serial_number == cert.cert.tbs_certificate.serial_number
        }
        S::SubjectKeyIdentifier(k) => cert.subject_key_id().as_deref() == Some(k.0.as_bytes()),
    }
}

/// Verify one timestamp over `signature`; its time on success.
pub fn verify(resp: &[u8], signature: &[u8], root: &TrustedRoot) -> Result<i64, String> {
    let tok = parse(resp)?;
    let alg = Hash::of_oid(&tok.imprint_alg)
        .ok_or("the timestamp's message imprint uses an unknown hash")?;
    if alg.digest(signature) != tok.imprint {
        return Err(
            "the timestamp is not over this bundle's signature (message imprint differs)".into(),
        );
    }
    let signers: Vec<_> = tok.signed.signer_infos.0.iter().collect();
    let [si] = signers.as_slice() else {
        return Err(format!(
            "the timestamp token has {} signers; exactly one is required",
            signers.len()
        ));
    };
    let attrs = si
        .signed_attrs
        .as_ref()
        .ok_or("the timestamp token has no signed attributes")?;
    let digest_alg = Hash::of_oid(&si.digest_alg.oid)
        .ok_or("the timestamp signer's digest algorithm is unknown")?;
    let attr = |oid: &str| attrs.iter().find(|a| a.oid.to_string() == oid);
    let ct_ok = attr(ID_CONTENT_TYPE)
        .and_then(|a| a.values.iter().next())
        .and_then(|v| v.decode_as::<ObjectIdentifier>().ok())
        .is_some_and(|o| o.to_string() == ID_CT_TSTINFO);
    if !ct_ok {
        return Err("the timestamp's signed content-type attribute is not TSTInfo".into());
    }
    let md_ok = attr(ID_MESSAGE_DIGEST)
        .and_then(|a| a.values.iter().next())
        .and_then(|v| v.decode_as::<OctetString>().ok())
        .is_some_and(|o| o.as_bytes() == digest_alg.digest(&tok.tst_der).as_slice());
    if !md_ok {
        return Err("the timestamp's message-digest attribute does not match its TSTInfo".into());
    }
    let signed_attrs_der = attrs
        .to_der()
        .map_err(|e| format!("timestamp signed attributes: {e}"))?;
    let sig_hash = Hash::of_ecdsa_oid(&si.signature_algorithm.oid).unwrap_or(digest_alg);
    let sig = si.signature.as_bytes();
    let t = tok.gen_time;
    let mut why = Vec::new();
    for (n, tsa) in root.tsas.iter().enumerate() {
        let Some(leaf) = tsa.chain.first() else {
            continue;
        };
        if !sid_is(&si.sid, leaf) {
            continue;
        }
        if !leaf
            .key
            .verify_prehash(&sig_hash.digest(&signed_attrs_der), sig)
        {
            why.push(format!("TSA {n}: the signature does not verify"));
            continue;
        }
        if !leaf.has_eku(x509::EKU_TIME_STAMPING) {
            why.push(format!(
                "TSA {n}: the signer is not a timestamping certificate"
            ));
            continue;
        }
        if !leaf.valid_at(t) {
            why.push(format!(
                "TSA {n}: its certificate is not valid at the timestamp's time {}",
                x509::rfc3339(t)
            ));
            continue;
        }
        if let Err(e) = x509::verify_chain(leaf, &tsa.chain[1..], t) {
            why.push(format!("TSA {n}: {e}"));
            continue;
        }
        if !tsa.validity.contains(t) {
            why.push(format!(
                "TSA {n}: the timestamp's time {} is outside the TSA's validity in the trusted root",
                x509::rfc3339(t)
            ));
            continue;
        }
        return Ok(t);
    }
    if why.is_empty() {
        Err("the timestamp is not signed by a timestamp authority of the trusted root".into())
    } else {
        Err(why.join("; "))
    }
}
