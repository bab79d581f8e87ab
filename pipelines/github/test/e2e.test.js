// End to end: run dist/index.js exactly as the runner does (INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) on real image tarballs, and
// compare its report with the Rust host's for the same inputs.
// Env: IMAGEGATE_IMAGES (default <repo>/target/test-images), IMAGEGATE_BIN
// (default <repo>/target/release/imagegate), IMAGEGATE_COMPONENT (optional,
// the .wasm dist/ was built from), IMAGEGATE_REQUIRE_IMAGES=1 makes missing
// images/binaries a failure instead of a skip.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.js';
import { runDist } from './run-dist.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const IMAGES = process.env.IMAGEGATE_IMAGES || path.join(ROOT, 'target/test-images');
const BOOKWORM = path.join(IMAGES, 'bookworm-docker.tar');
const HOST = process.env.IMAGEGATE_BIN || path.join(ROOT, 'target/release/imagegate');
const REQUIRE = process.env.IMAGEGATE_REQUIRE_IMAGES === '1';
// One fixed scan time for the action (IMAGEGATE_NOW, tests only) and the host (--now).
const NOW = '1750000000';
// A policy bookworm-docker.tar fails: it has no licenses label.
const LABEL_POLICY = '[config]\nrequired-labels = ["org.opencontainers.image.licenses"]\n';

function need(file, what) {
  if (existsSync(file)) return false;
  if (REQUIRE) throw new Error(`${what} missing at ${file} (IMAGEGATE_REQUIRE_IMAGES=1)`);
  return `${what} missing at ${file}`;
}
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-e2e-'));

/** Run the action like the runner: resolves {status, stdout, outputs, summary, dir}. */
const runAction = (inputs, env = {}) => runDist(inputs, { IMAGEGATE_NOW: NOW, ...env });

/**
 * The Rust host's JSON report and exit code for the same inputs, run in a
 * clean directory (no ./imagegate.toml, no default DB) with the same `now`.
 * A policy is passed by its file name from its own directory, so both hosts
 * name it the same in the report.
 */
function hostScan(image, { db, policy } = {}) {
  const dir = tmp();
  const out = path.join(dir, 'host.json');
  const args = [...(process.env.IMAGEGATE_COMPONENT ? ['--component', process.env.IMAGEGATE_COMPONENT] : []), 'scan', image, '--format', 'json', '--output', out, '--now', NOW, '--offline'];
  // Without a DB, vulnerability checking is switched off explicitly, as in the action runs.
  args.push(...(db ? ['--db', db] : ['--skip-vulnerabilities']));
  let cwd = dir;
  if (policy) {
    cwd = path.dirname(policy);
    args.push('--policy', path.basename(policy));
  }
  const env = { PATH: process.env.PATH, HOME: dir, XDG_CACHE_HOME: path.join(dir, 'cache') };
  const r = spawnSync(HOST, args, { encoding: 'utf8', cwd, env });
  assert.ok(r.status === 0 || r.status === 1, `host failed: ${r.stderr}`);
  return { status: r.status, json: readFileSync(out, 'utf8') };
}
const hostJson = (image, opts) => hostScan(image, opts).json;

// One Debian advisory for the image's `apt` (2.6.1), critical by its CVSS vector.
const ADVISORY = {
  id: 'DSA-0000-1',
  modified: '2024-01-01T00:00:00Z',
  summary: 'test advisory for apt',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [{ package: { ecosystem: 'Debian:12', name: 'apt' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.6.2' }] }] }],
};
/**
 * Offset in `tar` (a docker-archive whose first entry is an uncompressed layer
 * tar) of the content of the file `name` inside that layer. Test-only ustar
 * walk: names are read from the header (plus its ustar prefix), PAX and GNU
 * long-name entries are skipped over.
 */
function tarFileData(tar, name) {
  const field = (h, off, len) => h.subarray(off, off + len).toString('latin1').replace(/\0.*$/s, '');
  const size = (h) => parseInt(field(h, 124, 12).trim() || '0', 8);
  const layer = 512; // the outer archive's first entry: <diffid>.tar
  const end = layer + size(tar.subarray(0, 512));
  for (let off = layer; off + 512 <= end; ) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const prefix = field(h, 345, 155);
    const full = (prefix ? `${prefix}/` : '') + field(h, 0, 100);
    if (full.replace(/^\.\//, '') === name) return off + 512;
    off += 512 + Math.ceil(size(h) / 512) * 512;
  }
  return -1;
}

let server;
let base;
before(async () => {
  const body = zip([[`${ADVISORY.id}.json`, JSON.stringify(ADVISORY)]]);
  server = createServer((req, res) => {
    if (req.url === '/osv/Debian/all.zip') return void res.writeHead(200, { 'content-type': 'application/zip' }).end(body);
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}/osv`;
});
after(() => server.close());

describe('dist/index.js as the runner runs it', () => {
  it('passes on bookworm: exit 0, outputs, report files, summary', { skip: need(BOOKWORM, 'test image') }, async () => {
    const r = await runAction({ image: BOOKWORM, offline: 'true', 'skip-vulnerabilities': 'true', format: 'json,text,markdown', 'output-dir': 'out' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'pass');
    assert.equal(r.outputs.critical, '0');
    assert.equal(r.outputs.report, path.join('out', 'imagegate.json'));
    const report = JSON.parse(readFileSync(path.join(r.dir, 'out/imagegate.json'), 'utf8'));
    assert.equal(report.verdict, 'pass');
    assert.equal(report.source.name, 'bookworm-docker.tar');
    assert.ok(report.packages.length > 50);
    assert.match(readFileSync(path.join(r.dir, 'out/imagegate.txt'), 'utf8'), /bookworm/);
    // The summary is the component's Markdown report: verdict first.
    assert.equal(r.summary.split('\n')[0], '# ✅ imagegate: PASS');
    assert.equal(r.summary, readFileSync(path.join(r.dir, 'out/imagegate.md'), 'utf8'));
    // Switched off explicitly, and said so: at the top of the summary and as an annotation.
    assert.ok(report.diagnostics.some((d) => d.code === 'vulnerabilities-skipped'));
    assert.match(r.stdout, /::warning title=imagegate vulnerabilities-skipped::vulnerability checking is switched off \(--skip-vulnerabilities\)/);
  });

  it('no DB and offline: verdict error, exit 1, the reports say why; never a pass', { skip: need(BOOKWORM, 'test image') }, async () => {
    const r = await runAction({ image: BOOKWORM, offline: 'true', 'output-dir': 'out' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::warning title=imagegate vulnerability DB::offline: not fetching the vulnerability DB/);
    assert.match(r.stdout, /::error::imagegate could not decide \(undecided\): no vulnerability DB/);
    assert.equal(r.summary.split('\n')[0], '# ⚠️ imagegate: ERROR');
    const report = JSON.parse(readFileSync(path.join(r.dir, 'out/imagegate.json'), 'utf8'));
    assert.ok(report.diagnostics.some((d) => d.code === 'vulnerability-db-missing' && d.severity === 'error'));
  });

  it('fails the step on an image it cannot decide on (truncated tarball): exit 1, verdict error', { skip: need(BOOKWORM, 'test image') }, async () => {
    const dir = tmp();
    const bad = path.join(dir, 'truncated.tar');
    const buf = Buffer.alloc(1 << 20);
    const fd = openSync(BOOKWORM, 'r');
    const n = readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    writeFileSync(bad, buf.subarray(0, n));
    const r = await runAction({ image: bad, offline: 'true' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.equal(r.outputs.report, '');
    assert.match(r.stdout, /::error::imagegate could not decide \([a-z-]+\): .*truncated\.tar/);
    assert.match(r.summary, /^# ⚠️ imagegate: ERROR — could not decide on `truncated\.tar`/);
  });

  it('checks layer digests with the host SHA-256: one changed byte in a file is digest-mismatch, as in the Rust host', { skip: need(BOOKWORM, 'test image') || need(HOST, 'Rust host') }, async () => {
    // The action runs the imagegate-accel build, whose layer hashing is Node's
    // crypto (pipelines/shared/host-sha256.js): a byte changed inside a file's
    // content keeps the archive readable, so only the digest check can see it.
    const dir = tmp();
    const bad = path.join(dir, 'tampered.tar');
    const image = readFileSync(BOOKWORM);
    const at = tarFileData(image, 'etc/debian_version');
    assert.ok(at > 0, 'etc/debian_version not found in the layer');
    image[at] ^= 0x20;
    writeFileSync(bad, image);
    const r = await runAction({ image: bad, offline: 'true' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(digest-mismatch\): .*tampered\.tar/);
    const h = spawnSync(HOST, ['scan', bad, '--format', 'json', '--offline'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir } });
    assert.equal(h.status, 2, h.stderr);
    assert.match(h.stderr, /digest-mismatch/);
  });

  it('fails the step on a policy failure: exit 1, verdict fail, FAIL summary, SARIF, same report as the Rust host', { skip: need(BOOKWORM, 'test image') }, async () => {
    const pdir = tmp();
    const policy = path.join(pdir, 'imagegate.toml');
    writeFileSync(policy, LABEL_POLICY);
    const r = await runAction({ image: BOOKWORM, offline: 'true', 'skip-vulnerabilities': 'true', policy, 'sarif-file': 'results/imagegate.sarif', format: 'json,junit', 'output-dir': 'out' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'fail');
    assert.notEqual(r.outputs.errors, '0');
    assert.match(r.stdout, /::error::imagegate: the image fails the policy \(\d+ errors/);
    assert.match(r.stdout, /::error title=imagegate [a-z-]+::.*org\.opencontainers\.image\.licenses/);
    assert.equal(r.summary.split('\n')[0], '# ❌ imagegate: FAIL');
    assert.match(r.summary, /org\.opencontainers\.image\.licenses/);
    // SARIF for code scanning, from the same scan.
    assert.equal(r.outputs.sarif, 'results/imagegate.sarif');
    const sarif = JSON.parse(readFileSync(path.join(r.dir, 'results/imagegate.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((x) => x.level === 'error' && /org\.opencontainers\.image\.licenses/.test(x.message.text)), JSON.stringify(sarif.runs[0].results));
    assert.match(readFileSync(path.join(r.dir, 'out/imagegate.junit.xml'), 'utf8'), /<failure/);
    const report = readFileSync(path.join(r.dir, r.outputs.report), 'utf8');
    assert.equal(JSON.parse(report).verdict, 'fail');
    assert.equal(JSON.parse(report).policy.source, 'imagegate.toml');
    if (!need(HOST, 'Rust host')) {
      const host = hostScan(BOOKWORM, { policy });
      assert.equal(host.status, 1);
      assert.equal(report, host.json, 'the action and the Rust host disagree');
    }
  });

  it('fails the step on an invalid fail-on input without scanning', async () => {
    const r = await runAction({ image: BOOKWORM, offline: 'true', 'fail-on': 'severe' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(usage\): input fail-on: unknown severity "severe"/);
  });

  it('sandbox limits: too little guest memory or time is limit-exceeded, exit 1, never a pass', { skip: need(BOOKWORM, 'test image') }, async () => {
    let r = await runAction({ image: BOOKWORM, offline: 'true', 'memory-limit': '2' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(limit-exceeded\): the scan needed more than the memory limit of 2 MiB \(raise the memory limit\)/);
    assert.match(r.summary, /limit-exceeded/);
    r = await runAction({ image: BOOKWORM, offline: 'true', timeout: '0.01' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(limit-exceeded\): the scan exceeded the time limit of 0\.01 s \(raise the time limit\)/);
    r = await runAction({ image: BOOKWORM, offline: 'true', 'memory-limit': '0' });
    assert.match(r.stdout, /::error::imagegate could not decide \(usage\): input memory-limit: "0" is not a whole number above 0 and at most 4096/);
  });

  it('fails the step when the image is missing', async () => {
    const r = await runAction({ image: '/nonexistent/app.tar', offline: 'true' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(image-io\): \/nonexistent\/app\.tar/);
  });

  it('downloads OSV exports, builds the DB with the component, and reports the advisory', { skip: need(BOOKWORM, 'test image') }, async () => {
    const r = await runAction({ image: BOOKWORM, 'db-source': base, 'db-ecosystems': 'Debian', 'db-cache': 'false', db: 'vuln/imagegate.db' });
    // The default policy fails on fixed critical vulnerabilities.
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'fail');
    assert.ok(existsSync(path.join(r.dir, 'vuln/imagegate.db')));
    // apt's source package builds apt and libapt-pkg6.0: both match.
    assert.equal(r.outputs.critical, '2', r.summary);
    assert.equal(r.summary.split('\n')[0], '# ❌ imagegate: FAIL');
    // One row per installed package: the binary package, with the source the advisory names.
    assert.match(r.summary, /\| critical \(cvss\\_v3 9\.8\) \| \[DSA-0000-1\]\(https:\/\/osv\.dev\/vulnerability\/DSA-0000-1\) \| apt \| 2\.6\.1 \| fixed in 2\.6\.2 \| <code>\/var\/lib\/dpkg\/status<\/code> \(layer 0\) \|/);
    assert.match(r.summary, /\| critical \(cvss\\_v3 9\.8\) \| \[DSA-0000-1\]\(https:\/\/osv\.dev\/vulnerability\/DSA-0000-1\) \| libapt-pkg6\.0 \\\(source apt\\\) \| 2\.6\.1 \| fixed in 2\.6\.2 \|/);
    const report = JSON.parse(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'));
    assert.deepEqual(report.vulnerabilities.map((v) => `${v.id} ${v.purl.split('?')[0]}`).sort(), ['DSA-0000-1 pkg:deb/debian/apt@2.6.1', 'DSA-0000-1 pkg:deb/debian/libapt-pkg6.0@2.6.1']);
    // The same component under the Rust host gives the same report, byte for byte.
    if (!need(HOST, 'Rust host')) {
      assert.equal(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'), hostJson(BOOKWORM, { db: path.join(r.dir, 'vuln/imagegate.db') }));
    }
  });

  it('determinism: every report format is byte-identical across two runs and across the JS and Rust hosts', { skip: need(BOOKWORM, 'test image') || need(HOST, 'Rust host') }, async () => {
    const FILES = ['imagegate.json', 'imagegate.txt', 'imagegate.cdx.json', 'imagegate.spdx.json', 'imagegate.sarif', 'imagegate.junit.xml', 'imagegate.md'];
    const all = 'json,text,cyclonedx,spdx,sarif,junit,markdown';
    for (const name of ['bookworm-docker.tar', 'python-oci', 'secrets-oci', 'policy-docker.tar']) {
      const image = path.join(IMAGES, name);
      if (need(image, 'test image')) continue;
      const runs = [];
      for (let i = 0; i < 2; i++) {
        const r = await runAction({ image, offline: 'true', 'skip-vulnerabilities': 'true', format: all, summary: 'false' });
        assert.ok(r.status === 0 || r.status === 1, r.stdout + r.stderr);
        runs.push(path.join(r.dir, 'imagegate-report'));
      }
      const hostDir = tmp();
      const args = [...(process.env.IMAGEGATE_COMPONENT ? ['--component', process.env.IMAGEGATE_COMPONENT] : []), 'scan', image, '--format', all, '--output-dir', path.join(hostDir, 'out'), '--now', NOW, '--offline', '--skip-vulnerabilities'];
      const h = spawnSync(HOST, args, { encoding: 'utf8', cwd: hostDir, env: { PATH: process.env.PATH, HOME: hostDir, XDG_CACHE_HOME: path.join(hostDir, 'cache') } });
      assert.ok(h.status === 0 || h.status === 1, `host failed: ${h.stderr}`);
      for (const f of FILES) {
        const a = readFileSync(path.join(runs[0], f));
        assert.ok(a.length > 0, `${name} ${f} is empty`);
        assert.ok(a.equals(readFileSync(path.join(runs[1], f))), `${name} ${f}: two action runs differ`);
        assert.ok(a.equals(readFileSync(path.join(hostDir, 'out', f))), `${name} ${f}: action and Rust host differ`);
      }
    }
  });

  it('gives the same JSON report as the Rust host', { skip: need(BOOKWORM, 'test image') || need(HOST, 'Rust host') }, async () => {
    for (const name of ['bookworm-docker.tar', 'python-docker.tar', 'bookworm-oci']) {
      const image = path.join(IMAGES, name);
      if (need(image, 'test image')) continue;
      const r = await runAction({ image, offline: 'true', 'skip-vulnerabilities': 'true' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'), hostJson(image), `${name}: reports differ`);
    }
  });
});
