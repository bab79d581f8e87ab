// The adapters' OCI distribution client (pipelines/shared/registry.js) and
// attestation helpers (pipelines/shared/attest.js): references, challenges,
// credentials, masking; the attach protocol against an in-memory registry
// (the referrers API and its absence, the Bearer token flow, what is
// refused); the real registry is exercised end to end in e2e.test.js.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../shared/adapter.js';
import { parseAttestInputs, secretLines } from '../../shared/attest.js';
import { MT_BUNDLE, MT_DSSE, attach, canonicalJson, findCredentials, isLoopback, parseChallenge, parseReference } from '../../shared/registry.js';

const sha = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

describe('references', () => {
  it('parses as the Rust host does', () => {
    assert.deepEqual(parseReference('ghcr.io/acme/app:1.4'), { registry: 'ghcr.io', repo: 'acme/app', tag: '1.4', digest: undefined });
    assert.deepEqual(parseReference('registry://127.0.0.1:5000/team/app'), { registry: '127.0.0.1:5000', repo: 'team/app', tag: 'latest', digest: undefined });
    const d = `sha256:${'a'.repeat(64)}`;
    assert.deepEqual(parseReference(`reg.example:443/x/y:v@${d}`), { registry: 'reg.example:443', repo: 'x/y', tag: 'v', digest: d });
    for (const [bad, why] of [
      ['app', 'no repository'],
      ['reg.example/App', 'lowercase'],
      ['reg.example/app:-x', 'bad tag'],
      ['reg.example/app@sha512:00', 'only sha256'],
      ['reg.example/app@sha256:ABC', '64 lowercase hex'],
      ['re g/app', 'bad registry host'],
    ]) {
      assert.throws(() => parseReference(bad), (e) => e.code === 'usage' && e.message.includes(why), bad);
    }
  });
  it('plain http only for loopback', () => {
    for (const h of ['127.0.0.1:5000', 'localhost', 'localhost:5000', '[::1]:5000', '127.1.2.3']) assert.ok(isLoopback(h), h);
    for (const h of ['ghcr.io', '10.0.0.1:5000', 'localhost.example.com', '128.0.0.1']) assert.ok(!isLoopback(h), h);
  });
  it('parses WWW-Authenticate challenges', () => {
    assert.deepEqual(parseChallenge('Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push"'), {
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull,push' },
    });
    assert.deepEqual(parseChallenge('Basic realm="x \\"y\\""'), { scheme: 'basic', params: { realm: 'x "y"' } });
  });
  it('JSON with sorted keys, as serde_json writes it', () => {
    assert.equal(canonicalJson({ b: [1, { d: 'x', c: null }], a: 'é"' }), '{"a":"é\\"","b":[1,{"c":null,"d":"x"}]}');
  });
});

describe('credentials', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'imagegate-creds-'));
  mkdirSync(path.join(home, '.docker'));
  writeFileSync(
    path.join(home, '.docker/config.json'),
    JSON.stringify({ auths: { 'https://reg.example': { auth: Buffer.from('bob:s3cret:x').toString('base64') }, 'other.example': { username: 'u', password: 'p' } } }),
  );
  it('inputs, then IMAGEGATE_REGISTRY_*, then the docker config, then the fallback', () => {
    assert.deepEqual(findCredentials('reg.example', { username: 'a', password: 'b', env: { HOME: home } }), { username: 'a', password: 'b' });
    assert.deepEqual(findCredentials('reg.example', { env: { HOME: home, IMAGEGATE_REGISTRY_USERNAME: 'e', IMAGEGATE_REGISTRY_PASSWORD: 'f' } }), { username: 'e', password: 'f' });
    assert.deepEqual(findCredentials('reg.example', { env: { HOME: home } }), { username: 'bob', password: 's3cret:x' });
    assert.deepEqual(findCredentials('other.example', { env: { DOCKER_CONFIG: path.join(home, '.docker') } }), { username: 'u', password: 'p' });
    assert.equal(findCredentials('ghcr.io', { env: { HOME: home } }), null);
    assert.deepEqual(findCredentials('ghcr.io', { env: { HOME: home }, fallback: (r) => ({ username: 'actor', password: `token-for-${r}` }) }), { username: 'actor', password: 'token-for-ghcr.io' });
  });
});

describe('attestation inputs', () => {
  const names = { key: 'attest-key', push: 'attest-push', reference: 'reference' };
  const PEM = '-----BEGIN PRIVATE KEY-----\nAAAAline1\nBBBBline2==\n-----END PRIVATE KEY-----\n';
  it('masks every line of the key but the armor, each on its own (no multi-line secret)', () => {
    assert.deepEqual(secretLines(PEM), ['AAAAline1', 'BBBBline2==']);
    assert.deepEqual(secretLines(PEM.replace(/\n/g, '\r\n')), ['AAAAline1', 'BBBBline2==']);
    assert.deepEqual(secretLines('one-line-token'), ['one-line-token']);
    assert.deepEqual(secretLines(''), []);
  });
  it('checks the inputs before the scan', () => {
    assert.deepEqual(parseAttestInputs({ key: '', output: '', push: false }, names, InputError), { key: '', output: '', push: null });
    const a = parseAttestInputs({ key: PEM, output: ' a.json ', push: true, reference: '127.0.0.1:5000/team/app:1' }, names, InputError);
    assert.equal(a.output, 'a.json');
    assert.equal(a.push.repo, 'team/app');
    assert.throws(() => parseAttestInputs({ key: 'not a key' }, names, InputError), /input attest-key: not a PEM private key/);
    assert.throws(() => parseAttestInputs({ key: PEM, push: true, reference: '' }, names, InputError), /input attest-push: attaching needs input reference/);
    assert.throws(() => parseAttestInputs({ key: '', push: true, reference: 'r.example/a' }, names, InputError), /input attest-push: attaching needs a signing key \(input attest-key\)/);
    assert.throws(() => parseAttestInputs({ key: PEM, push: true, reference: 'App' }, names, InputError), /input reference: "App" is not an image reference/);
    // The key never appears in a message.
    try {
      parseAttestInputs({ key: `${PEM}x`, push: true, reference: 'bad ref' }, names, InputError);
    } catch (e) {
      assert.ok(!e.message.includes('line1'), e.message);
    }
  });
});

/**
 * An in-memory registry behind a `fetch` stand-in: blobs, manifests by digest
 * and tag, optional Bearer auth (token service on another URL) and optional
 * referrers API (`OCI-Subject`). Records every request.
 */
function fakeRegistry({ referrersApi = false, bearer = null, uploadHost = null } = {}) {
  const blobs = new Map();
  const manifests = new Map();
  const log = [];
  let n = 0;
  const res = (status, body = '', headers = {}) => new Response(status === 204 || status === 201 || status === 202 ? null : body, { status, headers });
  const f = async (url, init = {}) => {
    const u = new URL(url);
    const method = init.method ?? 'GET';
    const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    log.push({ method, url, auth: headers.authorization ?? null });
    if (bearer && u.host === 'auth.example') {
      if (headers.authorization !== `Basic ${Buffer.from(`${bearer.user}:${bearer.pass}`).toString('base64')}`) return res(401, '{}');
      assert.equal(u.searchParams.get('scope'), 'repository:team/app:pull,push');
      assert.equal(u.searchParams.get('service'), 'reg');
      return res(200, JSON.stringify({ token: 'tok-123' }));
    }
    if (bearer && headers.authorization !== 'Bearer tok-123') {
      return res(401, '', { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg",scope="repository:team/app:pull,push"' });
    }
    const m = /^\/v2\/team\/app\/(blobs\/uploads\/|blobs\/|manifests\/)(.*)$/.exec(u.pathname);
    if (!m) return res(404);
    if (m[1] === 'blobs/uploads/' && method === 'POST') {
      return res(202, '', { location: uploadHost ? `https://${uploadHost}/upload/${++n}` : `/v2/team/app/blobs/uploads/${++n}?state=x` });
    }
    if (m[1] === 'blobs/uploads/' && method === 'PUT') {
      const body = Buffer.from(init.body);
      assert.equal(u.searchParams.get('digest'), sha(body));
      blobs.set(sha(body), body);
      return res(201);
    }
    if (m[1] === 'manifests/' && method === 'PUT') {
      const body = Buffer.from(init.body);
      manifests.set(m[2], { body, type: headers['content-type'] });
      manifests.set(sha(body), { body, type: headers['content-type'] });
      const subject = JSON.parse(body).subject;
      return res(201, '', referrersApi && subject ? { 'oci-subject': subject.digest } : {});
    }
    if (m[1] === 'manifests/' && method === 'GET') {
      const have = manifests.get(decodeURIComponent(m[2]));
      return have ? res(200, have.body, { 'content-type': have.type, 'docker-content-digest': sha(have.body) }) : res(404);
    }
    return res(405);
  };
  return { fetch: f, blobs, manifests, log };
}

describe('attach (in-memory registry)', () => {
  const image = Buffer.from(canonicalJson({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] }));
  const digest = sha(image);
  const hex = digest.slice(7);
  const bundle = JSON.stringify({ mediaType: MT_BUNDLE, dsseEnvelope: { payload: 'cA==', payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'c2ln', keyid: 'k' }] } });
  const envelope = canonicalJson(JSON.parse(bundle).dsseEnvelope);
  const seed = (reg) => reg.manifests.set(digest, { body: image, type: 'application/vnd.oci.image.manifest.v1+json' });
  const args = (reg, more = {}) => ({ bundle, envelope, manifestDigest: digest, predicateType: 'https://imagegate.dev/attestation/verdict/v1', fetch: reg.fetch, backoffMs: 1, ...more });
  const ref = parseReference('127.0.0.1:5000/team/app:1');

  it('without a referrers API: the referrer, the referrers tag index and the .att tag; a second one is appended', async () => {
    const reg = fakeRegistry();
    seed(reg);
    const a = await attach(ref, args(reg));
    assert.equal(a.referrersTag, `sha256-${hex}`);
    assert.equal(a.attTag, `sha256-${hex}.att`);
    const referrer = JSON.parse(reg.manifests.get(a.referrer).body);
    assert.equal(referrer.artifactType, MT_BUNDLE);
    assert.deepEqual(referrer.subject, { digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', size: image.length });
    assert.equal(reg.blobs.get(referrer.layers[0].digest).toString(), bundle);
    assert.equal(reg.blobs.get(referrer.config.digest).toString(), '{}');
    const index = JSON.parse(reg.manifests.get(a.referrersTag).body);
    assert.deepEqual(index.manifests.map((m) => m.digest), [a.referrer]);
    const att = JSON.parse(reg.manifests.get(a.attTag).body);
    assert.equal(att.layers[0].mediaType, MT_DSSE);
    assert.equal(reg.blobs.get(att.layers[0].digest).toString(), envelope);
    // Every request went to the registry over plain http (loopback), never elsewhere.
    assert.ok(reg.log.every((r) => r.url.startsWith('http://127.0.0.1:5000/v2/team/app/')), JSON.stringify(reg.log));
    // A second, different attestation: both listed, both layers.
    const bundle2 = bundle.replace('c2ln', 'c2lnMg==');
    const b = await attach(ref, args(reg, { bundle: bundle2, envelope: canonicalJson(JSON.parse(bundle2).dsseEnvelope) }));
    assert.deepEqual(JSON.parse(reg.manifests.get(b.referrersTag).body).manifests.map((m) => m.digest), [a.referrer, b.referrer]);
    assert.equal(JSON.parse(reg.manifests.get(b.attTag).body).layers.length, 2);
    // The same again changes nothing.
    await attach(ref, args(reg));
    assert.equal(JSON.parse(reg.manifests.get(b.referrersTag).body).manifests.length, 2);
  });

  it('with a referrers API (OCI-Subject): no referrers tag', async () => {
    const reg = fakeRegistry({ referrersApi: true });
    seed(reg);
    const a = await attach(ref, args(reg));
    assert.equal(a.referrersTag, undefined);
    assert.ok(!reg.manifests.has(`sha256-${hex}`));
    assert.ok(reg.manifests.has(a.attTag));
  });

  it('Bearer token flow with the credentials, scope pull,push', async () => {
    const reg = fakeRegistry({ bearer: { user: 'bob', pass: 'pw' } });
    seed(reg);
    const a = await attach(parseReference('127.0.0.1:5000/team/app:1'), args(reg, { credentials: { username: 'bob', password: 'pw' } }));
    assert.ok(reg.manifests.has(a.attTag));
    assert.ok(reg.log.some((r) => r.url.startsWith('https://auth.example/token?')));
    // Without credentials: registry-auth, and the message says where they come from.
    const anon = fakeRegistry({ bearer: { user: 'bob', pass: 'pw' } });
    seed(anon);
    await assert.rejects(attach(ref, args(anon)), (e) => e.code === 'registry-auth' && /HTTP 401/.test(e.message) && /no credentials were given/.test(e.message));
  });

  it('refuses: a missing image, another digest, an upload on another host', async () => {
    const reg = fakeRegistry();
    await assert.rejects(attach(ref, args(reg)), (e) => e.code === 'registry-not-found' && e.message.includes(digest) && /push the scanned image first/.test(e.message));
    seed(reg);
    const other = `sha256:${'b'.repeat(64)}`;
    await assert.rejects(attach(parseReference(`127.0.0.1:5000/team/app@${other}`), args(reg)), (e) => e.code === 'usage' && e.message.includes(other));
    const away = fakeRegistry({ uploadHost: 'elsewhere.example' });
    seed(away);
    await assert.rejects(attach(ref, args(away)), (e) => e.code === 'registry-error' && /another host; not followed/.test(e.message));
    assert.ok(!away.log.some((r) => r.url.includes('elsewhere.example')));
    // A tampered manifest (its bytes do not hash to the digest asked for).
    const bad = fakeRegistry();
    bad.manifests.set(digest, { body: Buffer.concat([image, Buffer.from(' ')]), type: 'application/vnd.oci.image.manifest.v1+json' });
    await assert.rejects(attach(ref, args(bad)), (e) => e.code === 'digest-mismatch');
    // A manifest larger than 4 MiB is not read.
    const huge = fakeRegistry();
    huge.manifests.set(digest, { body: Buffer.alloc((4 << 20) + 1, 32), type: 'application/vnd.oci.image.manifest.v1+json' });
    await assert.rejects(attach(ref, args(huge)), (e) => e.code === 'limit-exceeded' && /larger than 4194304 bytes/.test(e.message));
  });
});
