#!/usr/bin/env python3
"""The GitHub Action's attestation inputs under a real runner (act, host mode).

    tests/e2e/act_attest.py     (run.py runs it too, after the cross-host cases)

One workflow: the action (action.yml and the committed dist/, as a checkout
holds them) scans the real bookworm OCI layout, signs the verdict with
`attest-key` and attaches it with `attest-push` to a real registry
(Debian's docker-registry on loopback, the image pushed by skopeo); a later
step prints the key on purpose. Checks: the runner parsed the new inputs and
set the outputs; every line of the key is masked in the runner's log by the
action's `::add-mask::` commands (the key comes from `env`, not from a
secret, so only the action masks it); the registry holds the `.att` tag and
the referrers tag; the bundle fetched back verifies with the Rust host on
the image pulled back.

Env: IMAGEGATE_IMAGES, IMAGEGATE_REQUIRE_IMAGES=1 (a missing piece fails).
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as e2e  # noqa: E402

ROOT = e2e.ROOT
LAYOUT = e2e.IMAGES / "bookworm-oci"
REGISTRY = Path("/usr/bin/docker-registry")


def key_pair(d):
    """A fresh P-256 key (PKCS#8 PEM) and its public key, made with openssl."""
    key, pub = d / "key.pem", d / "key.pub"
    r = e2e.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key])
    assert r.returncode == 0, r.stderr
    r = e2e.run(["openssl", "pkey", "-in", key, "-pubout", "-out", pub])
    assert r.returncode == 0, r.stderr
    text = key.read_text()
    key.unlink()  # the key lives in memory and in the workflow's env only
    return text, pub


def start_registry(d):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    host = f"127.0.0.1:{port}"
    cfg = d / "registry.yml"
    cfg.write_text(f"version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {d / 'data'}\nhttp:\n  addr: {host}\n")
    proc = subprocess.Popen([REGISTRY, "serve", cfg], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.time()
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.time() - start > 20:
                proc.kill()
                raise SystemExit("act_attest: docker-registry did not start")
            time.sleep(0.1)
    return proc, host


def get(host, path, accept="application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json"):
    req = urllib.request.Request(f"http://{host}{path}", headers={"Accept": accept})
    with urllib.request.urlopen(req) as r:
        return r.read()


def main():
    for p, what in [(e2e.BIN, "the host (./build.sh)"), (LAYOUT, "test images"), (ROOT / "pipelines/github/dist/index.js", "the action's dist")]:
        if not e2e.need(p, what):
            return 0
    if not REGISTRY.exists() or not shutil.which("skopeo") or not shutil.which("openssl"):
        if e2e.REQUIRE:
            sys.exit("act_attest: docker-registry, skopeo or openssl missing")
        print("SKIP act_attest: docker-registry, skopeo or openssl missing")
        return 0
    d = Path(tempfile.mkdtemp(prefix="imagegate-act-attest-"))
    proc, host = start_registry(d)
    try:
        r = e2e.run(["skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false", f"oci:{LAYOUT}:bookworm", f"docker://{host}/team/app:1"])
        e2e.check(r.returncode == 0, f"skopeo push: {r.stderr}")
        key, pub = key_pair(d)
        ws = d / "ws"
        out = d / "out"
        (ws / ".github/workflows").mkdir(parents=True)
        out.mkdir()
        key_env = json.dumps(key)
        wf = f"""on: push
env:
  SIGNING_KEY: {key_env}
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p pipelines/github && cp "$IMAGEGATE_ROOT/action.yml" ./ && cp -r "$IMAGEGATE_ROOT/pipelines/github/dist" pipelines/github/
      - id: sign
        uses: ./
        continue-on-error: true
        with:
          image: "{LAYOUT}"
          offline: "true"
          skip-vulnerabilities: "true"
          db-cache: "false"
          output-dir: "{out}"
          reference: "{host}/team/app:1"
          attest-key: ${{{{ env.SIGNING_KEY }}}}
          attest-push: "true"
      - run: |
          cat > {out}/outputs.json <<'EOF'
          {{"verdict": "${{{{ steps.sign.outputs.verdict }}}}", "attestation": "${{{{ steps.sign.outputs.attestation }}}}", "referrer": "${{{{ steps.sign.outputs.attestation-referrer }}}}", "outcome": "${{{{ steps.sign.outcome }}}}"}}
          EOF
      - name: print the key (it must show masked)
        run: printf '%s\\n' "$SIGNING_KEY"
"""
        (ws / ".github/workflows/attest.yml").write_text(wf)
        e2e.run(["git", "init", "-q"], cwd=ws)
        e2e.run(["git", "add", "-A"], cwd=ws)
        e2e.run(["git", "-c", "user.name=e2e", "-c", "user.email=e2e@example.com", "commit", "-qm", "e2e"], cwd=ws)
        env = dict(os.environ, HOME=str(d / "home"), NO_COLOR="1")
        env.pop("IMAGEGATE_NOW", None)
        r = e2e.run([e2e.act_binary(), "push", "-P", "ubuntu-latest=-self-hosted", "--action-offline-mode", "--no-cache-server",
                     "--action-cache-path", d / "act-cache", "--env", f"IMAGEGATE_ROOT={ROOT}"], cwd=ws, env=env)
        log = r.stdout + r.stderr
        e2e.check(r.returncode == 0, f"act: the workflow did not run ({r.returncode}):\n{log[-3000:]}")
        outs_file = out / "outputs.json"
        e2e.check(outs_file.exists(), f"act: no outputs file:\n{log[-3000:]}")
        if not outs_file.exists():
            return 1
        outs = json.loads(outs_file.read_text())
        e2e.check(outs["outcome"] == "success" and outs["verdict"] == "pass", f"act: step {outs}:\n{log[-3000:]}")
        e2e.check(outs["attestation"] == f"{out}/imagegate.att.json", f"act: attestation output {outs}")
        e2e.check(outs["referrer"].startswith("sha256:"), f"act: attestation-referrer output {outs}")
        # Masked: no line of the key anywhere in the runner's log, though a step printed it.
        lines = [l for l in key.splitlines() if l and not l.startswith("-----")]
        leaked = [l for l in lines if l in log]
        e2e.check(not leaked, f"act: {len(leaked)} of {len(lines)} key lines are in the runner's log")
        e2e.check("print the key" in log and "***" in log, "act: the key-printing step did not run or nothing was masked")
        # The registry holds it; the bundle fetched back verifies on the image pulled back.
        report = json.loads((out / "imagegate.json").read_text())
        digest = report["image"]["manifest_digest"]
        hexd = digest.split(":", 1)[1]
        index = json.loads(get(host, f"/v2/team/app/manifests/sha256-{hexd}"))
        e2e.check([m["digest"] for m in index["manifests"]] == [outs["referrer"]], f"referrers tag: {index}")
        att = json.loads(get(host, f"/v2/team/app/manifests/sha256-{hexd}.att"))
        e2e.check(len(att["layers"]) == 1 and att["layers"][0]["mediaType"] == "application/vnd.dsse.envelope.v1+json", f".att tag: {att}")
        referrer = json.loads(get(host, f"/v2/team/app/manifests/{outs['referrer']}"))
        bundle = get(host, f"/v2/team/app/blobs/{referrer['layers'][0]['digest']}", "*/*")
        e2e.check(bundle == Path(outs["attestation"]).read_bytes(), "the registry's bundle differs from the action's file")
        (d / "fetched.json").write_bytes(bundle)
        r = e2e.run([e2e.BIN, "pull", f"{host}/team/app@{digest}", "-o", d / "pulled"])
        e2e.check(r.returncode == 0, f"pull: {r.stderr}")
        r = e2e.run([e2e.BIN, "verify-attestation", d / "pulled", "--key", pub, "--bundle", d / "fetched.json"])
        e2e.check(r.returncode == 0, f"verify-attestation: {r.stdout}{r.stderr}")
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(d, ignore_errors=True)
    if e2e.failures:
        print(f"\nact_attest: {len(e2e.failures)} failures", file=sys.stderr)
        return 1
    print("act_attest: ok (act ran the action: signed, masked, attached, verified)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
