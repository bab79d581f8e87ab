// End to end: dist/index.js signs the verdict (attest-key) and attaches it in
// a real registry (attest-push; Debian's docker-registry on loopback, the
// real bookworm image pushed by skopeo), run as the runner runs it; the Rust
// host verifies what it made (`imagegate verify-attestation`, on the image
// pulled back from the registry with the bundle fetched back from it) and
// attaches its own attestation next to it.
// Env as e2e.test.js: IMAGEGATE_IMAGES, IMAGEGATE_BIN, IMAGEGATE_COMPONENT,
// IMAGEGATE_REQUIRE_IMAGES=1 (missing images, host or registry fail instead of skipping).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { registryMissing, startRegistry } from '../../shared/test-support/docker-registry.mjs';
import { runDist } from './run-dist.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const IMAGES = process.env.IMAGEGATE_IMAGES || path.join(ROOT, 'target/test-images');
const LAYOUT = path.join(IMAGES, 'bookworm-oci');
const HOST = process.env.IMAGEGATE_BIN || path.join(ROOT, 'target/release/imagegate');
const COMPONENT = process.env.IMAGEGATE_COMPONENT || path.join(ROOT, 'target/release/imagegate-accel.wasm');
const REQUIRE = process.env.IMAGEGATE_REQUIRE_IMAGES === '1';
const NOW = '1750000000';

function need(file, what) {
  if (existsSync(file)) return false;
  if (REQUIRE) throw new Error(`${what} missing at ${file} (IMAGEGATE_REQUIRE_IMAGES=1)`);
  return `${what} missing at ${file}`;
}
const skipImages = () => need(LAYOUT, 'test image') || need(HOST, 'Rust host');
function skipRegistry() {
  const why = skipImages() || registryMissing();
  if (why && REQUIRE) throw new Error(why);
  return why;
}
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-e2e-attest-'));
const sha = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

// A fresh P-256 key pair for this run (no key material in the repository).
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const KEY = privateKey.export({ type: 'pkcs8', format: 'pem' });
const KEY_LINES = KEY.split('\n').filter((l) => l && !l.startsWith('-----'));
const keys = tmp();
const PUB = path.join(keys, 'key.pub');
writeFileSync(PUB, publicKey.export({ type: 'spki', format: 'pem' }));

/** Run dist/index.js as the runner does, HOME a fresh directory (no docker config): {status, stdout, stderr, outputs, dir}. */
async function runAction(inputs, env = {}) {
  return runDist(inputs, { HOME: tmp(), IMAGEGATE_NOW: NOW, ...env }, 'imagegate-e2e-attest-');
}

/** What the key may appear in: only the runner's add-mask commands. */
function assertKeyNeverLogged(r) {
  const masked = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
  for (const line of KEY_LINES) assert.ok(masked.includes(line), `key line not masked: add-mask lines ${masked.length}`);
  const rest = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + JSON.stringify(r.outputs);
  for (const line of KEY_LINES) assert.ok(!rest.includes(line), 'a line of the key reached the log');
}

const host = (args, opts = {}) => spawnSync(HOST, [...(process.env.IMAGEGATE_COMPONENT ? ['--component', process.env.IMAGEGATE_COMPONENT] : []), ...args], { encoding: 'utf8', ...opts });
const payloadOf = (bundle) => JSON.parse(Buffer.from(JSON.parse(bundle).dsseEnvelope.payload, 'base64').toString('utf8'));

describe('attest-key: dist/index.js signs the verdict', () => {
  it('pass on bookworm-oci: the bundle verifies with the Rust host, component and policy digests as the host records them', { skip: skipImages() }, async () => {
    const ws = tmp();
    writeFileSync(path.join(ws, 'imagegate.toml'), '[config]\nrequired-labels = ["org.opencontainers.image.source"]\n');
    const r = await runAction({ image: LAYOUT, offline: 'true', 'skip-vulnerabilities': 'true', 'attest-key': KEY, reference: 'registry.example/team/app:1' }, { GITHUB_WORKSPACE: ws });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'pass');
    assert.equal(r.outputs.attestation, path.join('imagegate-report', 'imagegate.att.json'));
    assert.equal(r.outputs['attestation-referrer'], '');
    assertKeyNeverLogged(r);
    const file = path.join(r.dir, r.outputs.attestation);
    const bundle = readFileSync(file, 'utf8');
    const st = payloadOf(bundle);
    const report = JSON.parse(readFileSync(path.join(r.dir, r.outputs.report), 'utf8'));
    assert.deepEqual(st.subject, [{ name: 'registry.example/team/app:1', digest: { sha256: report.image.manifest_digest.slice(7) } }]);
    assert.equal(st.predicate.verdict, 'pass');
    assert.equal(st.predicate.scannedAt, new Date(Number(NOW) * 1000).toISOString().replace('.000Z', 'Z'));
    assert.equal(st.predicate.vulnerabilitiesChecked, false);
    assert.match(r.stdout, /imagegate: attested verdict pass \(key [0-9a-f]{64}\) in imagegate-report\/imagegate\.att\.json/);
    // The Rust host verifies it, with the digests it would record itself.
    const component = sha(readFileSync(COMPONENT));
    const policy = sha(readFileSync(path.join(ws, 'imagegate.toml')));
    const v = host(['verify-attestation', LAYOUT, '--key', PUB, '--bundle', file, '--require', `component-digest=${component}`, '--require', `policy-digest=${policy}`, '--now', '2025-06-16']);
    assert.equal(v.status, 0, v.stdout + v.stderr);
    // Another key does not verify it; a changed byte does not either.
    const other = path.join(tmp(), 'other.pub');
    writeFileSync(other, generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }));
    assert.equal(host(['verify-attestation', LAYOUT, '--key', other, '--bundle', file, '--now', '2025-06-16']).status, 1);
    const tampered = path.join(tmp(), 'tampered.json');
    writeFileSync(tampered, bundle.replace('"sig":"', '"sig":"A'));
    assert.equal(host(['verify-attestation', LAYOUT, '--key', PUB, '--bundle', tampered, '--now', '2025-06-16']).status, 1);
  });

  it('a failing verdict is signed as fail (and fails the step); an undecided scan is never signed', { skip: skipImages() }, async () => {
    const ws = tmp();
    writeFileSync(path.join(ws, 'imagegate.toml'), '[config]\nrequired-labels = ["org.opencontainers.image.licenses"]\n');
    let r = await runAction({ image: LAYOUT, offline: 'true', 'skip-vulnerabilities': 'true', 'attest-key': KEY, attestation: 'out/fail.json' }, { GITHUB_WORKSPACE: ws });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'fail');
    assert.equal(r.outputs.attestation, 'out/fail.json');
    assert.equal(payloadOf(readFileSync(path.join(r.dir, 'out/fail.json'), 'utf8')).predicate.verdict, 'fail');
    const file = path.join(r.dir, 'out/fail.json');
    assert.equal(host(['verify-attestation', LAYOUT, '--key', PUB, '--bundle', file, '--now', '2025-06-16']).status, 1, 'a fail never verifies as a pass');
    assert.equal(host(['verify-attestation', LAYOUT, '--key', PUB, '--bundle', file, '--require', 'verdict=fail', '--now', '2025-06-16']).status, 0);
    // No DB, offline: undecided, nothing signed.
    r = await runAction({ image: LAYOUT, offline: 'true', 'attest-key': KEY });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.equal(r.outputs.attestation, '');
    assert.match(r.stdout, /no attestation: the scan could not decide/);
    assertKeyNeverLogged(r);
  });

  it('a key that is not a PEM private key: usage error, nothing scanned, the value never printed', async () => {
    const r = await runAction({ image: LAYOUT, offline: 'true', 'attest-key': 'hunter2-not-a-key' });
    assert.equal(r.status, 1);
    assert.equal(r.outputs.verdict, 'error');
    assert.match(r.stdout, /::error::imagegate could not decide \(usage\): input attest-key: not a PEM private key/);
    assert.ok(!r.stdout.replace(/^::add-mask::.*$/gm, '').includes('hunter2'));
  });
});

describe('attest-push: dist/index.js attaches in a real registry', () => {
  let reg;
  before(async () => {
    if (!skipRegistry()) reg = await startRegistry();
  });
  after(() => reg?.stop());

  it('referrer + referrers tag + .att tag in docker-registry; the bundle fetched back verifies on the image pulled back; the Rust host attaches next to it', { skip: skipRegistry() }, async () => {
    reg.push(LAYOUT, 'bookworm', 'team/app:1');
    const ref = `${reg.host}/team/app:1`;
    const r = await runAction({ image: LAYOUT, offline: 'true', 'skip-vulnerabilities': 'true', 'attest-key': KEY, 'attest-push': 'true', reference: ref });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assertKeyNeverLogged(r);
    const digest = JSON.parse(readFileSync(path.join(r.dir, r.outputs.report), 'utf8')).image.manifest_digest;
    const hex = digest.slice(7);
    const referrer = r.outputs['attestation-referrer'];
    assert.match(referrer, /^sha256:[0-9a-f]{64}$/);
    assert.match(r.stdout, new RegExp(`attached to ${reg.host.replace(/\./g, '\\.')}/team/app:1@${digest}: referrer ${referrer} \\(referrers tag sha256-${hex}\\), cosign tag sha256-${hex}\\.att`));
    // distribution 2.8 has no referrers API: the fallback tag lists the referrer.
    assert.equal((await reg.get(`/v2/team/app/referrers/${digest}`)).status, 404);
    const index = JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}`)).body);
    assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
    assert.deepEqual(index.manifests.map((m) => [m.digest, m.artifactType]), [[referrer, 'application/vnd.dev.sigstore.bundle.v0.3+json']]);
    const rm = await reg.get(`/v2/team/app/manifests/${referrer}`);
    assert.equal(sha(rm.body), referrer);
    const manifest = JSON.parse(rm.body);
    assert.equal(manifest.subject.digest, digest);
    assert.equal(manifest.annotations['dev.sigstore.bundle.predicateType'], 'https://imagegate.dev/attestation/verdict/v1');
    const blob = (await reg.get(`/v2/team/app/blobs/${manifest.layers[0].digest}`, '*/*')).body;
    const local = readFileSync(path.join(r.dir, r.outputs.attestation));
    assert.ok(blob.equals(local), 'the registry holds the bundle byte for byte');
    // cosign's tag: the DSSE envelope.
    const att = JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}.att`)).body);
    assert.equal(att.layers.length, 1);
    assert.equal(att.layers[0].mediaType, 'application/vnd.dsse.envelope.v1+json');
    const envelope = JSON.parse((await reg.get(`/v2/team/app/blobs/${att.layers[0].digest}`, '*/*')).body);
    assert.deepEqual(envelope, JSON.parse(local).dsseEnvelope);
    // The Rust host: the image pulled back, the bundle fetched back, verified.
    const d = tmp();
    const pulled = path.join(d, 'pulled');
    const p = host(['pull', `${reg.host}/team/app@${digest}`, '-o', pulled]);
    assert.equal(p.status, 0, p.stderr);
    const fetched = path.join(d, 'fetched.json');
    writeFileSync(fetched, blob);
    const v = host(['verify-attestation', pulled, '--key', PUB, '--bundle', fetched, '--require', `component-digest=${sha(readFileSync(COMPONENT))}`, '--now', '2025-06-16']);
    assert.equal(v.status, 0, v.stdout + v.stderr);
    // The Rust host attaches its own next to it: one index, two referrers; one .att tag, two layers.
    const a = host(['attest', `registry://${ref}`, '--key', 'env://IG_TEST_KEY', '-o', path.join(d, 'host.att.json'), '--attach', '--skip-vulnerabilities', '--offline'], { env: { PATH: process.env.PATH, HOME: d, IG_TEST_KEY: KEY } });
    assert.equal(a.status, 0, a.stderr);
    const index2 = JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}`)).body);
    assert.equal(index2.manifests.length, 2);
    assert.equal(index2.manifests[0].digest, referrer);
    assert.equal(JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}.att`)).body).layers.length, 2);
    // And the action again: its second attestation is appended, the host's kept.
    const r2 = await runAction({ image: LAYOUT, offline: 'true', 'skip-vulnerabilities': 'true', 'attest-key': KEY, 'attest-push': 'true', reference: ref }, { IMAGEGATE_NOW: String(Number(NOW) + 60) });
    assert.equal(r2.status, 0, r2.stdout + r2.stderr);
    assert.equal(JSON.parse((await reg.get(`/v2/team/app/manifests/sha256-${hex}`)).body).manifests.length, 3);
  });

  it('an image the registry does not hold: the step fails (registry-not-found), the verdict stays pass, the bundle is kept', { skip: skipRegistry() }, async () => {
    const r = await runAction({ image: LAYOUT, offline: 'true', 'skip-vulnerabilities': 'true', 'attest-key': KEY, 'attest-push': 'true', reference: `${reg.host}/team/elsewhere:1` });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.verdict, 'pass');
    assert.equal(r.outputs.attestation, path.join('imagegate-report', 'imagegate.att.json'));
    assert.ok(existsSync(path.join(r.dir, r.outputs.attestation)));
    assert.equal(r.outputs['attestation-referrer'], '');
    assert.match(r.stdout, /::error::imagegate: the verdict was not attested \(registry-not-found\): 127\.0\.0\.1:\d+\/team\/elsewhere: the registry has no manifest sha256:[0-9a-f]{64} to attach to/);
    assertKeyNeverLogged(r);
  });
});
