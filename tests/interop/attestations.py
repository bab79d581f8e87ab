#!/usr/bin/env python3
"""Interoperability of imagegate's verdict attestations with verifiers we did
not write: the DSSE verifiers of the in-toto package (in_toto.models.metadata
Envelope, loaded from the envelope's JSON) and of securesystemslib (the in-toto
project's crypto library), and the Sigstore bundle models of sigstore-models
(the protobuf-specs schema as pydantic models, used by sigstore-python).

For each key type (ECDSA P-256 as PKCS#8 and as SEC1, Ed25519), keys made here
with `cryptography`:
  1. `imagegate attest` signs the verdict of a real image (an OCI layout);
  2. sigstore-models parses the bundle (schema-valid Sigstore bundle v0.3);
  3. securesystemslib and in-toto verify the DSSE envelope with the public
     key, its key id computed here (SHA-256 of the SubjectPublicKeyInfo DER);
  4. the statement's subject is the manifest digest computed here from the
     layout's blob, its predicate records the verdict;
  5. a changed payload byte, a changed signature and another key each fail in
     securesystemslib and in-toto, and `imagegate verify-attestation` agrees (exit 1),
     while it passes (exit 0) on the original.

Usage: attestations.py IMAGEGATE_BINARY OCI_LAYOUT_DIR
(with the Python packages in-toto, securesystemslib[crypto] and sigstore-models
importable; scripts/test.sh installs pinned versions into a venv under target/).
Prints `N passed, N failed` and exits 1 on any failure.
"""

import base64
import copy
import hashlib
import json
import os
import subprocess
import sys
import tempfile

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from in_toto.exceptions import SignatureVerificationError
from in_toto.models.metadata import Envelope as InTotoEnvelope
from in_toto.models.metadata import Metadata as InTotoMetadata
from securesystemslib.dsse import Envelope
from securesystemslib.exceptions import VerificationError
from securesystemslib.signer import SSlibKey
from sigstore_models.bundle.v1 import Bundle as ModelBundle

PASSED = 0
FAILED = 0


def check(ok, what):
    global PASSED, FAILED
    if ok:
        PASSED += 1
        print(f"ok: {what}")
    else:
        FAILED += 1
        print(f"FAILED: {what}")


def keyid(public_key):
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def sslib_verify(envelope_dict, public_key):
    # from_dict changes the dicts it is given: hand it a copy.
    env = Envelope.from_dict(copy.deepcopy(envelope_dict))
    key = SSlibKey.from_crypto(public_key, keyid=keyid(public_key))
    try:
        env.verify([key], 1)
        return True
    except VerificationError:
        return False


def intoto_verify(envelope_dict, public_key):
    # The in-toto package reads an envelope file as it reads any in-toto
    # metadata (Metadata.load) and verifies it with a key dict.
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(envelope_dict, f)
        path = f.name
    try:
        env = InTotoMetadata.load(path)
    finally:
        os.unlink(path)
    assert isinstance(env, InTotoEnvelope), type(env)
    key = SSlibKey.from_crypto(public_key, keyid=keyid(public_key)).to_dict()
    key["keyid"] = keyid(public_key)
    try:
        env.verify_signature(key)
        return True
    except SignatureVerificationError:
        return False


def both_verify(envelope_dict, public_key, what):
    """securesystemslib and in-toto agree; return their common answer."""
    a, b = sslib_verify(envelope_dict, public_key), intoto_verify(envelope_dict, public_key)
    check(a == b, f"{what}: securesystemslib ({a}) and in-toto ({b}) agree")
    return a and b


def main():
    binary, layout = sys.argv[1], sys.argv[2]
    index = json.load(open(os.path.join(layout, "index.json")))
    want = index["manifests"][0]["digest"]
    blob = open(os.path.join(layout, "blobs", "sha256", want.split(":")[1]), "rb").read()
    check("sha256:" + hashlib.sha256(blob).hexdigest() == want, "the layout's manifest blob hashes to its digest")
    p256 = ec.generate_private_key(ec.SECP256R1())
    keys = [
        ("p256-pkcs8", p256, serialization.PrivateFormat.PKCS8),
        ("p256-sec1", p256, serialization.PrivateFormat.TraditionalOpenSSL),
        ("ed25519", ed25519.Ed25519PrivateKey.generate(), serialization.PrivateFormat.PKCS8),
    ]
    other = ec.generate_private_key(ec.SECP256R1())
    with tempfile.TemporaryDirectory() as d:
        for name, sk, fmt in keys:
            pem = sk.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
            kpath, ppath = os.path.join(d, f"{name}.pem"), os.path.join(d, f"{name}.pub")
            with open(kpath, "wb") as f:
                f.write(pem)
            with open(ppath, "wb") as f:
                f.write(sk.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
            out = os.path.join(d, f"{name}.sigstore.json")
            r = subprocess.run(
                [binary, "attest", layout, "--skip-vulnerabilities", "--key", kpath, "-o", out],
                capture_output=True, text=True)
            check(r.returncode == 0, f"{name}: imagegate attest exits 0 ({r.stderr.strip()})")
            if r.returncode != 0:
                continue
            body = [ln for ln in pem.decode().splitlines() if ln and not ln.startswith("-----")]
            check(not any(ln[:24] in r.stdout + r.stderr for ln in body), f"{name}: no line of the key is printed")
            text = open(out).read()
            bundle = json.loads(text)
            try:
                ModelBundle.from_json(text)
                check(True, f"{name}: sigstore-models parses the bundle")
            except Exception as e:  # noqa: BLE001 - report any schema error
                check(False, f"{name}: sigstore-models parses the bundle: {e}")
            check(bundle["mediaType"] == "application/vnd.dev.sigstore.bundle.v0.3+json", f"{name}: bundle v0.3")
            env = bundle["dsseEnvelope"]
            check(both_verify(env, sk.public_key(), name), f"{name}: securesystemslib and in-toto verify the envelope")
            st = json.loads(base64.b64decode(env["payload"]))
            check(st["_type"] == "https://in-toto.io/Statement/v1", f"{name}: in-toto Statement v1")
            check(st["subject"][0]["digest"]["sha256"] == want.split(":")[1], f"{name}: subject is the manifest digest")
            check(st["predicateType"] == "https://imagegate.dev/attestation/verdict/v1"
                  and st["predicate"]["verdict"] == "pass"
                  and st["predicate"]["image"]["manifestDigest"] == want, f"{name}: predicate records the pass")

            def verify_cli(path, pub=ppath):
                return subprocess.run([binary, "verify-attestation", layout, "--key", pub, "--bundle", path],
                                      capture_output=True, text=True).returncode

            check(verify_cli(out) == 0, f"{name}: imagegate verify-attestation passes the original")
            # A changed payload byte.
            payload = bytearray(base64.b64decode(env["payload"]))
            payload[len(payload) // 2] ^= 0x01
            bad = dict(env, payload=base64.b64encode(bytes(payload)).decode())
            check(not both_verify(bad, sk.public_key(), name), f"{name}: securesystemslib and in-toto reject a changed payload")
            badpath = os.path.join(d, f"{name}.bad.json")
            json.dump(dict(bundle, dsseEnvelope=bad), open(badpath, "w"))
            check(verify_cli(badpath) == 1, f"{name}: imagegate rejects the changed payload")
            # A changed signature byte.
            sig = bytearray(base64.b64decode(env["signatures"][0]["sig"]))
            sig[-1] ^= 0x01
            bad = dict(env, signatures=[dict(env["signatures"][0], sig=base64.b64encode(bytes(sig)).decode())])
            check(not both_verify(bad, sk.public_key(), name), f"{name}: securesystemslib and in-toto reject a changed signature")
            json.dump(dict(bundle, dsseEnvelope=bad), open(badpath, "w"))
            check(verify_cli(badpath) == 1, f"{name}: imagegate rejects the changed signature")
            # Another key.
            check(not both_verify(env, other.public_key(), name), f"{name}: securesystemslib and in-toto reject another key")
            opath = os.path.join(d, "other.pub")
            with open(opath, "wb") as f:
                f.write(other.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
            check(verify_cli(out, opath) == 1, f"{name}: imagegate rejects another key")
    print(f"{PASSED} passed, {FAILED} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
