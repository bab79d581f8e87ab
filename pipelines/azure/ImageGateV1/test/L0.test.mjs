// L0 tests of ImageGate@1 with the task library's MockTestRunner, offline,
// under both execution handlers' Node (20.13.1 and 24.10.0): the real
// dist/index.js on real images; the verdict must equal the Rust host's.
// Env: IMAGEGATE_IMAGES (default <repo>/target/test-images), IMAGEGATE_BIN
// (default <repo>/target/release/imagegate); IMAGEGATE_REQUIRE_IMAGES=1 makes
// missing images or host a failure instead of a skip.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, openSync, readSync, closeSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test.js';
import { setupNodes } from './node-setup.mjs';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { registryMissing, startRegistry } from '../../../shared/test-support/docker-registry.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../../..');
const TASK_JSON = path.join(HERE, '..', 'task.json');
const RUNNER = path.join(HERE, 'run-task.cjs');
const IMAGES = process.env.IMAGEGATE_IMAGES || path.join(ROOT, 'target/test-images');
const BOOKWORM = path.join(IMAGES, 'bookworm-docker.tar');
const HOST = process.env.IMAGEGATE_BIN || path.join(ROOT, 'target/release/imagegate');
const REQUIRE = process.env.IMAGEGATE_REQUIRE_IMAGES === '1';
const LICENSE_POLICY = '[config]\nrequired-labels = ["org.opencontainers.image.licenses"]\n';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-l0-'));
function missing() {
  for (const [file, what] of [[BOOKWORM, 'test image'], [HOST, 'Rust host']]) {
    if (existsSync(file)) continue;
    if (REQUIRE) throw new Error(`${what} missing at ${file} (IMAGEGATE_REQUIRE_IMAGES=1)`);
    return `${what} missing at ${file}`;
  }
  return false;
}

/** Every `##vso[area.action k=v;…]message` line of the task's stdout. */
function commands(stdout) {
  const out = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^##vso\[(\S+)(?: ([^\]]*))?\](.*)$/.exec(line);
    if (!m) continue;
    const props = {};
    for (const kv of (m[2] ?? '').split(';').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = kv.slice(i + 1);
    }
    out.push({ command: m[1], props, message: m[3] });
  }
  return out;
}
const outputVars = (cmds) =>
  Object.fromEntries(cmds.filter((c) => c.command === 'task.setvariable' && c.props.isOutput === 'true').map((c) => [c.props.variable, c.message]));

/** Run the task through MockTestRunner under Node `major`. */
async function runTask(inputs, major) {
  process.env.IMAGEGATE_L0_INPUTS = JSON.stringify(inputs);
  const tr = new MockTestRunner();
  await tr.LoadAsync(RUNNER, TASK_JSON);
  await tr.runAsync(major);
  const cmds = commands(tr.stdout);
  return { tr, cmds, vars: outputVars(cmds), complete: cmds.find((c) => c.command === 'task.complete') };
}

/** The Rust host's verdict for the same inputs (`error` on exit code 2). */
function hostVerdict(image, policy) {
  const args = ['scan', image, '--format', 'json', '--offline', '--skip-vulnerabilities', ...(policy ? ['--policy', policy] : [])];
  const r = spawnSync(HOST, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status === 2) return { verdict: 'error', stderr: r.stderr };
  assert.ok(r.status === 0 || r.status === 1, `host exit ${r.status}: ${r.stderr}`);
  return { verdict: JSON.parse(r.stdout).verdict, status: r.status };
}

// The shared JS host predates `formats` lists (pipelines/shared/gate.js is
// being adapted to the new WIT): then no scan can succeed yet.
const OLD_GATE = 'unknown report format "sarif"';

let nodes;
before(() => {
  nodes = setupNodes();
});

describe('offline Node for MockTestRunner', () => {
  it('uses the local Node of each execution handler, never a download', async () => {
    const tr = new MockTestRunner();
    await tr.LoadAsync(RUNNER, TASK_JSON);
    assert.equal(tr.nodePath, nodes[24], 'Node24 is the newest handler in task.json');
    for (const [major, version] of [[20, 'v20.13.1'], [24, 'v24.10.0']]) {
      const v = spawnSync(nodes[major], ['--version'], { encoding: 'utf8' }).stdout.trim();
      assert.equal(v, version);
    }
  });
});

describe('task.json', () => {
  const task = JSON.parse(readFileSync(TASK_JSON, 'utf8'));
  it('declares ImageGate@1 with camelCase inputs and Node handlers', () => {
    assert.equal(task.name, 'ImageGate');
    assert.deepEqual(task.version, { Major: 1, Minor: 2, Patch: 0 });
    assert.match(task.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const byName = Object.fromEntries(task.inputs.map((i) => [i.name, i]));
    assert.deepEqual(Object.keys(byName), ['image', 'policy', 'vex', 'failOn', 'reference', 'outputDir', 'db', 'dbDir', 'dbSource', 'dbEcosystems', 'offline', 'skipVulnerabilities', 'reportOnly', 'memoryLimit', 'timeout', 'attestKey', 'attestation', 'attestPush', 'registryUsername', 'registryPassword']);
    assert.equal(byName.attestPush.type, 'boolean');
    assert.equal(byName.attestPush.defaultValue, 'false');
    for (const name of ['attestKey', 'attestation', 'registryUsername', 'registryPassword']) assert.equal(byName[name].defaultValue, '', name);
    assert.deepEqual(task.outputVariables.map((v) => v.name).slice(-2), ['attestation', 'attestationReferrer']);
    for (const name of ['image', 'policy', 'db']) assert.equal(byName[name].type, 'filePath', name);
    // Several VEX documents: one path per line (filePath takes one).
    assert.equal(byName.vex.type, 'multiLine');
    assert.equal(byName.vex.required, false);
    for (const name of ['offline', 'skipVulnerabilities', 'reportOnly']) assert.equal(byName[name].type, 'boolean', name);
    assert.equal(byName.dbDir.defaultValue, '$(Pipeline.Workspace)/.imagegate-db');
    assert.equal(byName.memoryLimit.defaultValue, '512');
    assert.equal(byName.timeout.defaultValue, '600');
    assert.equal(byName.image.required, true);
    assert.equal(byName.failOn.type, 'pickList');
    assert.deepEqual(Object.keys(byName.failOn.options).filter(Boolean), ['low', 'medium', 'high', 'critical']);
    assert.equal(byName.offline.type, 'boolean');
    assert.equal(byName.outputDir.defaultValue, '$(Build.ArtifactStagingDirectory)/imagegate');
    assert.deepEqual(Object.keys(task.execution), ['Node20_1', 'Node24']);
    for (const h of Object.values(task.execution)) assert.ok(existsSync(path.join(HERE, '..', h.target)), h.target);
  });
});

// A fresh key pair for the attestation tests (no key in the repository).
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const KEY = privateKey.export({ type: 'pkcs8', format: 'pem' });
const KEY_LINES = KEY.split('\n').filter((l) => l && !l.startsWith('-----'));
const PUB = path.join(tmp(), 'key.pub');
writeFileSync(PUB, publicKey.export({ type: 'spki', format: 'pem' }));
const LAYOUT = path.join(IMAGES, 'bookworm-oci');
function registrySkip() {
  const why = (!existsSync(LAYOUT) && `test image missing at ${LAYOUT}`) || (!existsSync(HOST) && `Rust host missing at ${HOST}`) || registryMissing();
  if (why && REQUIRE) throw new Error(why);
  return why;
}

for (const major of [20, 24]) {
  describe(`ImageGate@1 attestKey + attestPush under Node ${major}`, () => {
    let reg;
    before(async () => {
      if (!registrySkip()) {
        reg = await startRegistry();
        reg.push(LAYOUT, 'bookworm', 'team/app:1');
      }
    });
    after(() => reg?.stop());

    it('signs the pass, masks the key line by line, attaches it in docker-registry; the host verifies it', { skip: registrySkip() }, async () => {
      const out = tmp();
      const ref = `${reg.host}/team/app:1`;
      // A secret variable mapped into the task's env, named by the input.
      process.env.IG_TEST_KEY = KEY;
      let r;
      try {
        r = await runTask({ image: LAYOUT, outputDir: out, offline: 'true', skipVulnerabilities: 'true', attestKey: 'env://IG_TEST_KEY', attestPush: 'true', reference: ref }, major);
      } finally {
        delete process.env.IG_TEST_KEY;
      }
      const { tr, cmds, vars, complete } = r;
      assert.ok(tr.succeeded, tr.stdout);
      assert.equal(complete.props.result, 'Succeeded');
      assert.equal(vars.verdict, 'pass');
      assert.equal(vars.attestation, path.join(out, 'imagegate.att.json'));
      assert.match(vars.attestationReferrer, /^sha256:[0-9a-f]{64}$/);
      // Every line of the key is registered as a secret; none appears otherwise.
      const secrets = cmds.filter((c) => c.command === 'task.setsecret').map((c) => c.message);
      for (const line of KEY_LINES) assert.ok(secrets.includes(line), 'a key line is not registered as a secret');
      const rest = tr.stdout.split('\n').filter((l) => !l.startsWith('##vso[task.setsecret]')).join('\n') + tr.stderr;
      for (const line of KEY_LINES) assert.ok(!rest.includes(line), 'a line of the key reached the log');
      // The registry holds it: the referrers tag lists the referrer, the .att tag the envelope.
      const digest = JSON.parse(readFileSync(path.join(out, 'imagegate.json'), 'utf8')).image.manifest_digest;
      const hex = digest.slice(7);
      const index = JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}`)).body);
      assert.deepEqual(index.manifests.map((m) => m.digest), [vars.attestationReferrer]);
      const referrer = JSON.parse((await reg.get(`/v2/team/app/manifests/${vars.attestationReferrer}`)).body);
      const blob = (await reg.get(`/v2/team/app/blobs/${referrer.layers[0].digest}`, '*/*')).body;
      assert.ok(blob.equals(readFileSync(vars.attestation)), 'the registry holds the bundle byte for byte');
      assert.equal(JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}.att`)).body).layers.length, 1);
      // The Rust host verifies the bundle fetched back, on the image pulled back, with the component's digest.
      const d = tmp();
      const pulled = path.join(d, 'pulled');
      const p = spawnSync(HOST, ['pull', `${reg.host}/team/app@${digest}`, '-o', pulled], { encoding: 'utf8' });
      assert.equal(p.status, 0, p.stderr);
      writeFileSync(path.join(d, 'fetched.json'), blob);
      const wasm = path.join(ROOT, 'target/release/imagegate-accel.wasm');
      const component = `sha256:${createHash('sha256').update(readFileSync(wasm)).digest('hex')}`;
      const v = spawnSync(HOST, ['verify-attestation', pulled, '--key', PUB, '--bundle', path.join(d, 'fetched.json'), '--require', `component-digest=${component}`], { encoding: 'utf8' });
      assert.equal(v.status, 0, v.stdout + v.stderr);
    });

    it('attestPush without a reference is a usage error before the scan; an image the registry lacks fails the task, the verdict stays pass', { skip: registrySkip() }, async () => {
      // A PEM file (a secure file's path).
      const keyFile = path.join(tmp(), 'key.pem');
      writeFileSync(keyFile, KEY);
      let r = await runTask({ image: LAYOUT, outputDir: tmp(), offline: 'true', skipVulnerabilities: 'true', attestKey: keyFile, attestPush: 'true' }, major);
      assert.ok(r.tr.failed);
      assert.match(r.complete.message, /could not decide \(usage\): input attestPush: attaching needs input reference/);
      // The PEM itself in the input is refused (the task library logs input values); so is an unset variable.
      r = await runTask({ image: LAYOUT, outputDir: tmp(), offline: 'true', attestKey: KEY }, major);
      assert.match(r.complete.message, /could not decide \(usage\): input attestKey: give the key as env:\/\/VAR .* not the PEM itself/);
      r = await runTask({ image: LAYOUT, outputDir: tmp(), offline: 'true', attestKey: 'env://IG_NO_SUCH_KEY' }, major);
      assert.match(r.complete.message, /could not decide \(usage\): input attestKey: env:\/\/IG_NO_SUCH_KEY: the environment variable IG_NO_SUCH_KEY is not set/);
      const out = tmp();
      r = await runTask({ image: LAYOUT, outputDir: out, offline: 'true', skipVulnerabilities: 'true', attestKey: keyFile, attestPush: 'true', reference: `${reg.host}/team/other:1` }, major);
      assert.ok(r.tr.failed, r.tr.stdout);
      assert.equal(r.vars.verdict, 'pass');
      assert.match(r.complete.message, /the verdict was not attested \(registry-not-found\): .*team\/other: the registry has no manifest sha256:/);
      assert.equal(r.vars.attestation, path.join(out, 'imagegate.att.json'), 'signed, not attached: the file is named');
      assert.equal(r.vars.attestationReferrer, '');
    });
  });
}

for (const major of [20, 24]) {
  describe(`ImageGate@1 under Node ${major}`, () => {
    it('passes a clean image under the default policy, like the Rust host', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const out = tmp();
      const { tr, cmds, vars, complete } = await runTask({ image: BOOKWORM, outputDir: out, offline: 'true', skipVulnerabilities: 'true' }, major);
      if (tr.stdout.includes(OLD_GATE)) return t.skip(`pipelines/shared/gate.js is not adapted to the new WIT yet (${OLD_GATE})`);
      assert.ok(tr.succeeded, tr.stdout);
      assert.equal(complete.props.result, 'Succeeded');
      assert.equal(vars.verdict, 'pass');
      assert.equal(vars.verdict, hostVerdict(BOOKWORM).verdict);
      assert.equal(vars.errors, '0');
      assert.ok(Number(vars.warnings) > 0, 'the default policy warns on bookworm (runs as root)');
      const report = JSON.parse(readFileSync(path.join(out, 'imagegate.json'), 'utf8'));
      assert.equal(report.verdict, 'pass');
      assert.equal(String(report.summary.warnings), vars.warnings);
      const junit = cmds.find((c) => c.command === 'results.publish');
      assert.equal(junit.props.type, 'JUnit');
      assert.equal(junit.props.resultFiles, path.join(out, 'imagegate.junit.xml'));
      assert.match(readFileSync(junit.props.resultFiles, 'utf8'), /<testsuites?[ >]/);
      const summary = cmds.find((c) => c.command === 'task.uploadsummary');
      assert.equal(summary.message, path.join(out, 'imagegate.md'));
      const artifact = cmds.find((c) => c.command === 'artifact.upload');
      assert.equal(artifact.props.artifactname, 'imagegate');
      assert.equal(artifact.message, out);
      assert.ok(JSON.parse(readFileSync(path.join(out, 'imagegate.sarif'), 'utf8')).runs, 'SARIF written');
    });

    it('fails an image the policy rejects: task Failed, JUnit and summary published', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const dir = tmp();
      const policy = path.join(dir, 'imagegate.toml');
      writeFileSync(policy, LICENSE_POLICY);
      const out = path.join(dir, 'reports');
      const { tr, cmds, vars, complete } = await runTask({ image: BOOKWORM, policy, outputDir: out, offline: 'true', skipVulnerabilities: 'true' }, major);
      if (tr.stdout.includes(OLD_GATE)) return t.skip(`pipelines/shared/gate.js is not adapted to the new WIT yet (${OLD_GATE})`);
      assert.ok(tr.failed, tr.stdout);
      assert.equal(complete.props.result, 'Failed');
      assert.match(complete.message, /fails the policy \(1 errors/);
      assert.equal(vars.verdict, 'fail');
      assert.equal(vars.verdict, hostVerdict(BOOKWORM, policy).verdict);
      assert.equal(vars.errors, '1');
      const junit = cmds.find((c) => c.command === 'results.publish');
      assert.equal(junit?.props.type, 'JUnit');
      const xml = readFileSync(junit.props.resultFiles, 'utf8');
      assert.match(xml, /<failure/);
      assert.match(xml, /org\.opencontainers\.image\.licenses/);
      const summary = cmds.find((c) => c.command === 'task.uploadsummary');
      assert.match(readFileSync(summary.message, 'utf8'), /org\.opencontainers\.image\.licenses/);
      // Vulnerability checking switched off: no DB fetched, no warning issue about one.
      assert.equal(tr.warningIssues.length, 0, tr.warningIssues.join('\n'));
    });

    it('a truncated tarball is an error naming the file, never a pass', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const dir = tmp();
      const bad = path.join(dir, 'truncated.tar');
      const buf = Buffer.alloc(300);
      const fd = openSync(BOOKWORM, 'r');
      readSync(fd, buf, 0, buf.length, 0);
      closeSync(fd);
      writeFileSync(bad, buf);
      const out = path.join(dir, 'reports');
      const { tr, cmds, vars, complete } = await runTask({ image: bad, outputDir: out, offline: 'true' }, major);
      assert.ok(tr.failed, tr.stdout);
      assert.equal(complete.props.result, 'Failed');
      assert.equal(vars.verdict, 'error');
      assert.equal(vars.verdict, hostVerdict(bad).verdict);
      assert.match(complete.message, /could not decide/);
      if (!tr.stdout.includes(OLD_GATE)) assert.match(complete.message, /truncated\.tar/);
      assert.ok(tr.createdErrorIssue(complete.message), tr.errorIssues.join('\n'));
      const summary = cmds.find((c) => c.command === 'task.uploadsummary');
      assert.match(readFileSync(summary.message, 'utf8'), /never a pass/);
      assert.equal(cmds.find((c) => c.command === 'results.publish'), undefined, 'no JUnit without a report');
    });

    it('bad inputs are errors: no image, unknown failOn, unreadable policy', async () => {
      const dir = tmp();
      let r = await runTask({ outputDir: dir }, major);
      assert.ok(r.tr.failed);
      assert.match(r.complete.message, /could not decide \(usage\): input image is required/);
      assert.equal(r.vars.verdict, 'error');
      r = await runTask({ image: BOOKWORM, failOn: 'severe', outputDir: dir }, major);
      assert.ok(r.tr.failed);
      assert.match(r.complete.message, /input failOn: unknown severity "severe" \(known: low, medium, high, critical\)/);
      r = await runTask({ image: BOOKWORM, policy: path.join(dir, 'nope.toml'), outputDir: dir, offline: 'true' }, major);
      assert.ok(r.tr.failed);
      assert.match(r.complete.message, /input policy: cannot read .*nope\.toml: no such file/);
      r = await runTask({ image: BOOKWORM, vex: 'nope.openvex.json', outputDir: dir, offline: 'true' }, major);
      assert.ok(r.tr.failed);
      assert.match(r.complete.message, /could not decide \(usage\): input vex: cannot read nope\.openvex\.json: no such file/);
      assert.equal(r.vars.verdict, 'error');
    });

    it('the vex input reaches the component: a bad document is vex-invalid naming it, like the Rust host', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const dir = tmp();
      const doc = path.join(dir, 'app.openvex.json');
      writeFileSync(doc, '{"@context": "https://openvex.dev/ns/v0.2.0", "statements": [{"vulnerability": {"name": "CVE-2023-1"}, "products": [{"@id": "pkg:deb/debian/zlib1g"}], "status": "not_afected"}]}');
      const r = await runTask({ image: BOOKWORM, vex: `${doc}\n`, outputDir: path.join(dir, 'r'), offline: 'true', skipVulnerabilities: 'true' }, major);
      assert.ok(r.tr.failed);
      assert.equal(r.vars.verdict, 'error');
      assert.match(r.complete.message, /vex-invalid.*app\.openvex\.json.*not_afected/);
      const host = spawnSync(HOST, ['scan', BOOKWORM, '--offline', '--skip-vulnerabilities', '--vex', doc], { encoding: 'utf8' });
      assert.equal(host.status, 2, host.stderr);
      // A valid one: the scan decides, as the host does.
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('not_afected', 'under_investigation'));
      const ok = await runTask({ image: BOOKWORM, vex: doc, outputDir: path.join(dir, 'r2'), offline: 'true', skipVulnerabilities: 'true' }, major);
      assert.notEqual(ok.vars.verdict, 'error', ok.complete?.message);
      const direct = spawnSync(HOST, ['scan', BOOKWORM, '--format', 'json', '--offline', '--skip-vulnerabilities', '--vex', doc], { encoding: 'utf8', maxBuffer: 64 << 20 });
      assert.equal(ok.vars.verdict, JSON.parse(direct.stdout).verdict);
    });

    it('sandbox limits: too little memory or time is limit-exceeded, never a pass', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const dir = tmp();
      let r = await runTask({ image: BOOKWORM, outputDir: dir, memoryLimit: '2', offline: 'true' }, major);
      assert.ok(r.tr.failed);
      assert.equal(r.vars.verdict, 'error');
      assert.match(r.complete.message, /could not decide \(limit-exceeded\): the scan needed more than the memory limit of 2 MiB/);
      r = await runTask({ image: BOOKWORM, outputDir: dir, timeout: '0.01', offline: 'true', skipVulnerabilities: 'true' }, major);
      assert.ok(r.tr.failed);
      assert.equal(r.vars.verdict, 'error');
      assert.match(r.complete.message, /could not decide \(limit-exceeded\): the scan exceeded the time limit of 0\.01 s/);
      r = await runTask({ image: BOOKWORM, outputDir: dir, memoryLimit: '1.5', offline: 'true' }, major);
      assert.match(r.complete.message, /input memoryLimit: "1\.5" is not a whole number above 0 and at most 4096/);
    });

    it('no DB and offline: verdict error with every report published, never a pass', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const out = tmp();
      const { tr, cmds, vars, complete } = await runTask({ image: BOOKWORM, outputDir: out, offline: 'true', dbDir: tmp() }, major);
      assert.ok(tr.failed, tr.stdout);
      assert.equal(vars.verdict, 'error');
      assert.match(complete.message, /could not decide \(undecided\): no vulnerability DB/);
      assert.ok(cmds.find((c) => c.command === 'results.publish'), 'the JUnit report of the undecided scan is published');
    });

    it('reportOnly: a failing image succeeds with issues, outputs still say fail', async (t) => {
      const skip = missing();
      if (skip) return t.skip(skip);
      const dir = tmp();
      const policy = path.join(dir, 'imagegate.toml');
      writeFileSync(policy, LICENSE_POLICY);
      const { vars, complete } = await runTask({ image: BOOKWORM, policy, outputDir: path.join(dir, 'r'), offline: 'true', skipVulnerabilities: 'true', reportOnly: 'true' }, major);
      assert.equal(complete.props.result, 'SucceededWithIssues');
      assert.equal(vars.verdict, 'fail');
      assert.match(complete.message, /report-only/);
    });

    it('writes into $(Build.ArtifactStagingDirectory)/imagegate when outputDir is empty', async () => {
      const staging = tmp();
      process.env.BUILD_ARTIFACTSTAGINGDIRECTORY = staging;
      try {
        const { cmds } = await runTask({ image: path.join(staging, 'missing.tar'), offline: 'true' }, major);
        const summary = cmds.find((c) => c.command === 'task.uploadsummary');
        assert.equal(summary.message, path.join(staging, 'imagegate', 'imagegate.md'));
        assert.ok(existsSync(summary.message));
      } finally {
        delete process.env.BUILD_ARTIFACTSTAGINGDIRECTORY;
      }
    });
  });
}
