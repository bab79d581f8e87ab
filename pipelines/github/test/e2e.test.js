// End to end: run dist/index.js exactly as the runner does (INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) on real image tarballs, and
// compare its report with the Rust host's for the same inputs.
// Env: IMAGEGATE_IMAGES (default <repo>/target/test-images), IMAGEGATE_BIN
// (default <repo>/target/release/imagegate), IMAGEGATE_COMPONENT (optional,
// the .wasm dist/ was built from), IMAGEGATE_REQUIRE_IMAGES=1 makes missing
// images/binaries a failure instead of a skip.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const DIST = path.join(ROOT, 'pipelines/github/dist/index.js');
const IMAGES = process.env.IMAGEGATE_IMAGES || path.join(ROOT, 'target/test-images');
const BOOKWORM = path.join(IMAGES, 'bookworm-docker.tar');
const HOST = process.env.IMAGEGATE_BIN || path.join(ROOT, 'target/release/imagegate');
const REQUIRE = process.env.IMAGEGATE_REQUIRE_IMAGES === '1';

function need(file, what) {
  if (existsSync(file)) return false;
  if (REQUIRE) throw new Error(`${what} missing at ${file} (IMAGEGATE_REQUIRE_IMAGES=1)`);
  return `${what} missing at ${file}`;
}
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-e2e-'));

/** Parse the GITHUB_OUTPUT file (`name<<delimiter` blocks). */
function parseOutputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** Run the action like the runner: resolves {status, stdout, outputs, summary, dir}. */
async function runAction(inputs, env = {}) {
  const dir = tmp();
  const outFile = path.join(dir, 'github_output');
  const sumFile = path.join(dir, 'step_summary');
  writeFileSync(outFile, '');
  writeFileSync(sumFile, '');
  const vars = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: dir, GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: sumFile, ...env };
  for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  // Asynchronous: the test's own HTTP server must keep answering meanwhile.
  const r = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { cwd: dir, env: vars, timeout: 120000 });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (out.stdout += d));
    child.stderr.on('data', (d) => (out.stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ ...out, status }));
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputs(readFileSync(outFile, 'utf8')), summary: readFileSync(sumFile, 'utf8'), dir };
}

function hostJson(image, db) {
  const out = path.join(tmp(), 'host.json');
  const args = [...(process.env.IMAGEGATE_COMPONENT ? ['--component', process.env.IMAGEGATE_COMPONENT] : []), 'scan', image, '--format', 'json', '--output', out];
  if (db) args.push('--db', db);
  const r = spawnSync(HOST, args, { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `host failed: ${r.stderr}`);
  return readFileSync(out, 'utf8');
}

// One Debian advisory for the image's `apt` (2.6.1), critical by its CVSS vector.
const ADVISORY = {
  id: 'DSA-0000-1',
  modified: '2024-01-01T00:00:00Z',
  summary: 'test advisory for apt',
  severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
  affected: [{ package: { ecosystem: 'Debian:12', name: 'apt' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.6.2' }] }] }],
};
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
    const r = await runAction({ image: BOOKWORM, offline: 'true', format: 'json,text', 'output-dir': 'out' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'pass');
    assert.equal(r.outputs.critical, '0');
    assert.equal(r.outputs.report, path.join('out', 'imagegate.json'));
    const report = JSON.parse(readFileSync(path.join(r.dir, 'out/imagegate.json'), 'utf8'));
    assert.equal(report.verdict, 'pass');
    assert.equal(report.source.name, 'bookworm-docker.tar');
    assert.ok(report.packages.length > 50);
    assert.match(readFileSync(path.join(r.dir, 'out/imagegate.txt'), 'utf8'), /bookworm/);
    assert.equal(r.summary.split('\n')[0], '## ✅ imagegate: pass — `bookworm-docker.tar`');
    assert.match(r.summary, /Debian GNU\/Linux 12 \(bookworm\) · \d+ packages/);
    assert.match(r.stdout, /::warning title=imagegate vulnerability DB::offline and no db given/);
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
    assert.match(r.summary, /^## ⚠️ imagegate: error — could not decide on `truncated\.tar`/);
  });

  it('fails the step when the image is missing', async () => {
    const r = await runAction({ image: '/nonexistent/app.tar', offline: 'true' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(image-io\): \/nonexistent\/app\.tar/);
  });

  it('downloads OSV exports, builds the DB with the component, and reports the advisory', { skip: need(BOOKWORM, 'test image') }, async () => {
    const r = await runAction({ image: BOOKWORM, 'db-source': base, 'db-ecosystems': 'Debian', 'db-cache': 'false', db: 'vuln/imagegate.db' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(existsSync(path.join(r.dir, 'vuln/imagegate.db')));
    // apt's source package builds apt and libapt-pkg6.0: both match.
    assert.equal(r.outputs.critical, '2', r.summary);
    assert.match(r.summary, /\| critical \| DSA-0000-1 \| apt \| 2\.6\.1 \| 2\.6\.2 \|/);
    const report = JSON.parse(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'));
    assert.deepEqual(report.vulnerabilities.map((v) => `${v.id} ${v.purl.split('?')[0]}`).sort(), ['DSA-0000-1 pkg:deb/debian/apt@2.6.1', 'DSA-0000-1 pkg:deb/debian/libapt-pkg6.0@2.6.1']);
    // The same component under the Rust host gives the same report, byte for byte.
    if (!need(HOST, 'Rust host')) {
      assert.equal(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'), hostJson(BOOKWORM, path.join(r.dir, 'vuln/imagegate.db')));
    }
  });

  it('gives the same JSON report as the Rust host', { skip: need(BOOKWORM, 'test image') || need(HOST, 'Rust host') }, async () => {
    for (const name of ['bookworm-docker.tar', 'python-docker.tar', 'bookworm-oci']) {
      const image = path.join(IMAGES, name);
      if (need(image, 'test image')) continue;
      const r = await runAction({ image, offline: 'true' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'), hostJson(image), `${name}: reports differ`);
    }
  });
});
