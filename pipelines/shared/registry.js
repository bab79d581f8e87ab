// A small OCI distribution client for the CI adapters: it attaches a signed
// verdict attestation to an image that is already in its registry, exactly as
// the Rust host's `imagegate attest --attach` does (host/src/registry.rs
// `attach`), so `imagegate verify-attestation`, cosign and admission
// controllers find it the same way:
//
//   1. an OCI 1.1 referrer: a manifest with artifactType
//      `application/vnd.dev.sigstore.bundle.v0.3+json`, the empty config, the
//      bundle as its one layer and `subject` = the image's manifest, put by
//      its digest. When the registry does not answer with `OCI-Subject` (no
//      referrers API, e.g. distribution 2.8), the referrers tag schema is
//      kept: the tag `sha256-<hex>` holds an image index listing referrers;
//   2. cosign's `sha256-<hex>.att` tag: a manifest whose layers are DSSE
//      envelopes (an existing tag keeps its layers, the new one is appended).
//
// Manifests are serialised with sorted keys, as serde_json writes them, so
// the same bundle gives byte-identical manifests in every host.
//
// Blobs are uploaded with POST + one monolithic PUT. Auth: anonymous, Basic,
// or the Bearer token flow of the `WWW-Authenticate` challenge (scope
// `repository:<repo>:pull,push`). Plain http is used only for a loopback
// registry; credentials and tokens are never printed. Only the registry's own
// host gets requests with credentials: an upload location on another host is
// refused, and a redirect of an upload is an error.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logSafe } from './logsafe.js';

export const MT_OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const MT_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const MT_DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const MT_DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** The media type of a Sigstore bundle v0.3 (the referrer's artifactType). */
export const MT_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The media type of a DSSE envelope layer in cosign's `.att` tag. */
export const MT_DSSE = 'application/vnd.dsse.envelope.v1+json';
const MT_EMPTY = 'application/vnd.oci.empty.v1+json';
/** Largest manifest or index read. */
export const MAX_MANIFEST = 4 << 20;
/** Largest token response read. */
const MAX_TOKEN = 1 << 20;
const MAX_TRIES = 3;

/** A registry failure (code `registry-error`, `registry-auth`, `registry-not-found`, `digest-mismatch`, `usage`). */
export class RegistryError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'RegistryError';
    this.code = code;
  }
}

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** JSON with object keys sorted (serde_json's order), compact. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Parse `[registry://]HOST[:PORT]/REPO[:TAG|@sha256:HEX]` as the Rust host
 * does (the host is always explicit). Throws RegistryError (`usage`).
 */
export function parseReference(input) {
  const bad = (why) =>
    new RegistryError('usage', `${JSON.stringify(input)} is not an image reference (${why}); expected HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]`);
  const s = String(input ?? '').trim().replace(/^registry:\/\//, '');
  const slash = s.indexOf('/');
  if (slash < 0) throw bad('no repository');
  const registry = s.slice(0, slash);
  let rest = s.slice(slash + 1);
  if (!registry || !/^[A-Za-z0-9.\-:[\]]+$/.test(registry)) throw bad('bad registry host');
  let digest;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.startsWith('sha256:')) throw bad('only sha256 digests');
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw bad('a digest is sha256: and 64 lowercase hex digits');
  }
  let repo = rest;
  let tag;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon + 1).includes('/')) {
    repo = rest.slice(0, colon);
    tag = rest.slice(colon + 1);
  }
  if (!repo || !repo.split('/').every((c) => /^[a-z0-9][a-z0-9._-]*$/.test(c))) {
    throw bad('a repository is lowercase letters, digits and . _ - / separators');
  }
  if (tag !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) throw bad('bad tag');
  if (tag === undefined && digest === undefined) tag = 'latest';
  return { registry, repo, tag, digest };
}

/** `host/repo[:tag][@digest]`. */
export function formatReference(r) {
  return `${r.registry}/${r.repo}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/** The host serving the API (Docker Hub's differs from its name). */
function apiHost(registry) {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

/** Is `host[:port]` a loopback address (plain http allowed)? */
export function isLoopback(hostPort) {
  let h = String(hostPort);
  if (h.startsWith('[')) h = h.slice(1, h.indexOf(']'));
  else if (h.split(':').length === 2) h = h.split(':')[0];
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Credentials for a registry (never printed): the given ones, else
 * IMAGEGATE_REGISTRY_USERNAME/_PASSWORD (as the Rust host), else `auths` in
 * the docker config ($DOCKER_CONFIG/config.json or ~/.docker/config.json,
 * as `docker login` writes it), else `fallback(registry)`; or null.
 */
export function findCredentials(registry, { username = '', password = '', env = process.env, fallback } = {}) {
  if (username || password) return { username, password };
  const eu = env.IMAGEGATE_REGISTRY_USERNAME ?? '';
  const ep = env.IMAGEGATE_REGISTRY_PASSWORD ?? '';
  if (eu || ep) return { username: eu, password: ep };
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  let cfg;
  try {
    cfg = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
  } catch {
    cfg = null;
  }
  const wanted = ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(registry) ? ['docker.io', 'index.docker.io', 'registry-1.docker.io'] : [registry];
  const keyHost = (k) => k.replace(/^https?:\/\//, '').split('/')[0];
  for (const [k, v] of Object.entries(cfg?.auths ?? {})) {
    if (!wanted.includes(keyHost(k))) continue;
    if (typeof v?.auth === 'string') {
      const text = Buffer.from(v.auth.trim(), 'base64').toString('utf8');
      const i = text.indexOf(':');
      if (i >= 0) return { username: text.slice(0, i), password: text.slice(i + 1) };
    }
    if (typeof v?.username === 'string' && typeof v?.password === 'string') return { username: v.username, password: v.password };
  }
  return fallback?.(registry) ?? null;
}

/** A `WWW-Authenticate` challenge: {scheme, params}. */
export function parseChallenge(h) {
  const m = /^\s*(\S+)\s*(.*)$/s.exec(String(h ?? ''));
  if (!m) return null;
  const params = {};
  const re = /\s*,?\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*))/gy;
  let p;
  while ((p = re.exec(m[2])) !== null) {
    params[p[1].toLowerCase()] = (p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]).trim();
  }
  return { scheme: m[1].toLowerCase(), params };
}

/** A client for one repository of one registry. */
export class RegistryClient {
  /**
   * @param {{registry: string, repo: string}} ref
   * @param {{credentials?: {username: string, password: string}|null, fetch?: typeof fetch, backoffMs?: number, log?: (m: string) => void}} opts
   */
  constructor(ref, { credentials = null, fetch: f = globalThis.fetch, backoffMs = 1000, log = () => {} } = {}) {
    this.ref = ref;
    const host = apiHost(ref.registry);
    this.base = `${isLoopback(host) ? 'http' : 'https'}://${host}`;
    this.creds = credentials;
    this.fetch = f;
    this.backoffMs = backoffMs;
    this.log = log;
    this.auth = null;
    this.scope = `repository:${ref.repo}:pull,push`;
  }

  error(code, msg) {
    return new RegistryError(code, `${this.ref.registry}/${this.ref.repo}: ${msg}`);
  }

  authFailed(what) {
    let msg = `authentication failed: ${what}`;
    if (!this.creds) msg += '; no credentials were given (the registry username and password inputs, IMAGEGATE_REGISTRY_USERNAME/IMAGEGATE_REGISTRY_PASSWORD, or auths in the docker config)';
    return this.error('registry-auth', msg);
  }

  basic() {
    return this.creds ? `Basic ${Buffer.from(`${this.creds.username}:${this.creds.password}`).toString('base64')}` : null;
  }

  /**
   * One request, answered: transport errors, 429 and 5xx are retried with
   * backoff; a first 401 authenticates from its challenge and starts over.
   */
  async request(method, target, { headers = {}, body } = {}) {
    let url;
    if (target.startsWith('/')) url = `${this.base}${target}`;
    else if (target.startsWith(`${this.base}/`)) url = target;
    else throw this.error('registry-error', `the registry sent the request to ${logSafe(target)}, another host; not followed`);
    let authed = false;
    for (let attempt = 1; ; attempt++) {
      let resp;
      try {
        resp = await this.fetch(url, {
          method,
          headers: { ...headers, ...(this.auth ? { authorization: this.auth } : {}) },
          body,
          // A GET may be redirected (blob storage); an upload may not.
          redirect: method === 'GET' ? 'follow' : 'error',
        });
      } catch (e) {
        if (attempt < MAX_TRIES) {
          await this.wait(attempt, `${method} ${url}: ${e?.cause?.message ?? e?.message ?? e}`);
          continue;
        }
        throw this.error('registry-error', `${method} ${logSafe(url)}: ${logSafe(e?.cause?.message ?? e?.message ?? e)} (gave up after ${MAX_TRIES} tries)`);
      }
      if (resp.status === 401 && !authed) {
        authed = true;
        await resp.arrayBuffer().catch(() => {});
        await this.authenticate(parseChallenge(resp.headers.get('www-authenticate')));
        attempt = 0;
        continue;
      }
      if ((resp.status === 429 || resp.status >= 500) && attempt < MAX_TRIES) {
        await resp.arrayBuffer().catch(() => {});
        await this.wait(attempt, `${method} ${url}: HTTP ${resp.status}`);
        continue;
      }
      if (resp.status === 401 || resp.status === 403) {
        await resp.arrayBuffer().catch(() => {});
        throw this.authFailed(`HTTP ${resp.status} for ${method} ${logSafe(target)}`);
      }
      return resp;
    }
  }

  async wait(attempt, why) {
    const ms = this.backoffMs * 2 ** (attempt - 1);
    this.log(`imagegate: ${logSafe(why)}; retrying in ${(ms / 1000).toFixed(1)} s (try ${attempt + 1} of ${MAX_TRIES})`);
    await new Promise((r) => setTimeout(r, ms));
  }

  /** Answer a 401 challenge: Basic with the credentials, or a Bearer token. */
  async authenticate(ch) {
    if (!ch) throw this.authFailed('HTTP 401 without a WWW-Authenticate challenge');
    if (ch.scheme === 'basic') {
      const b = this.basic();
      if (!b) throw this.authFailed('the registry asks for Basic credentials');
      this.auth = b;
      return;
    }
    if (ch.scheme !== 'bearer') throw this.authFailed(`unsupported auth scheme ${JSON.stringify(logSafe(ch.scheme))}`);
    const realm = ch.params.realm;
    if (!realm) throw this.authFailed('a Bearer challenge without realm');
    if (!/^https?:\/\//.test(realm)) throw this.authFailed('the token realm is not an http(s) URL');
    const realmHost = realm.replace(/^https?:\/\//, '').split(/[/?]/)[0];
    // Credentials go to an https realm, a loopback one, or the same plain-http registry.
    const secure = realm.startsWith('https://') || isLoopback(realmHost) || this.base.startsWith('http://');
    const q = new URLSearchParams();
    if (ch.params.service) q.set('service', ch.params.service);
    q.set('scope', ch.params.scope || this.scope);
    const url = `${realm}${realm.includes('?') ? '&' : '?'}${q}`;
    const b = secure ? this.basic() : null;
    let resp;
    try {
      resp = await this.fetch(url, { headers: b ? { authorization: b } : {} });
    } catch (e) {
      throw this.error('registry-auth', `the token service ${logSafe(realm)} failed: ${logSafe(e?.cause?.message ?? e?.message ?? e)}`);
    }
    if (resp.status !== 200) {
      await resp.arrayBuffer().catch(() => {});
      throw this.authFailed(`the token service ${logSafe(realm)} answered HTTP ${resp.status}`);
    }
    const body = await readLimited(resp, MAX_TOKEN);
    if (body === null) throw this.authFailed(`the token response is larger than ${MAX_TOKEN} bytes`);
    let token;
    try {
      const v = JSON.parse(body.toString('utf8'));
      token = v.token || v.access_token;
    } catch {
      throw this.authFailed('the token response is not JSON');
    }
    if (typeof token !== 'string' || !token) throw this.authFailed('the token response has no token');
    this.auth = `Bearer ${token}`;
  }

  /** A manifest: {bytes, mediaType, digest} (digest checked against `expect` and the registry's header), or null on 404. */
  async manifest(reference, expect) {
    const accept = [MT_OCI_INDEX, MT_OCI_MANIFEST, MT_DOCKER_LIST, MT_DOCKER_MANIFEST].join(', ');
    const resp = await this.request('GET', `/v2/${this.ref.repo}/manifests/${reference}`, { headers: { accept } });
    if (resp.status === 404) {
      await resp.arrayBuffer().catch(() => {});
      return null;
    }
    if (resp.status !== 200) {
      await resp.arrayBuffer().catch(() => {});
      throw this.error('registry-error', `manifest ${reference}: HTTP ${resp.status}`);
    }
    const bytes = await readLimited(resp, MAX_MANIFEST);
    if (bytes === null) throw this.error('limit-exceeded', `manifest ${reference} is larger than ${MAX_MANIFEST} bytes`);
    const digest = sha256(bytes);
    for (const [want, from] of [[expect, 'the requested digest'], [resp.headers.get('docker-content-digest'), "the registry's Docker-Content-Digest"]]) {
      if (want && want.startsWith('sha256:') && want !== digest) {
        throw this.error('digest-mismatch', `manifest ${reference} hashes to ${digest}, not ${logSafe(want)} (${from})`);
      }
    }
    let v;
    try {
      v = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      throw this.error('registry-error', `manifest ${reference} is not valid JSON: ${logSafe(e.message)}`);
    }
    const ct = (resp.headers.get('content-type') ?? '').split(';')[0].trim();
    const mediaType = typeof v?.mediaType === 'string' ? v.mediaType : ct || MT_OCI_MANIFEST;
    return { bytes, mediaType, digest, json: v };
  }

  /** Upload a blob (POST, then one monolithic PUT): its digest. */
  async pushBlob(bytes) {
    const digest = sha256(bytes);
    const start = await this.request('POST', `/v2/${this.ref.repo}/blobs/uploads/`, { headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(0) });
    await start.arrayBuffer().catch(() => {});
    const location = start.headers.get('location');
    if (start.status !== 202 || !location) throw this.error('registry-error', `starting a blob upload: HTTP ${start.status}`);
    // Location may be relative to the registry.
    const loc = /^https?:\/\//.test(location) ? location : `${this.base}${location.startsWith('/') ? '' : '/'}${location}`;
    const put = `${loc}${loc.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
    const r = await this.request('PUT', put, { headers: { 'content-type': 'application/octet-stream' }, body: bytes });
    await r.arrayBuffer().catch(() => {});
    if (r.status !== 201) throw this.error('registry-error', `uploading blob ${digest}: HTTP ${r.status}`);
    return digest;
  }

  /** Put a manifest under a tag or its digest: whether the registry answered `OCI-Subject` (it has the referrers API). */
  async pushManifest(reference, mediaType, bytes) {
    const r = await this.request('PUT', `/v2/${this.ref.repo}/manifests/${reference}`, { headers: { 'content-type': mediaType }, body: bytes });
    await r.arrayBuffer().catch(() => {});
    if (r.status !== 201 && r.status !== 200) throw this.error('registry-error', `putting manifest ${reference}: HTTP ${r.status}`);
    return r.headers.get('oci-subject') !== null;
  }
}

/** A response body of at most `limit` bytes (null when larger: the rest is not read). */
async function readLimited(resp, limit) {
  const declared = Number(resp.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await resp.body?.cancel().catch(() => {});
    return null;
  }
  const chunks = [];
  let n = 0;
  for await (const chunk of resp.body ?? []) {
    n += chunk.length;
    if (n > limit) {
      await resp.body.cancel().catch(() => {});
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const isIndex = (mt) => mt === MT_OCI_INDEX || mt === MT_DOCKER_LIST;

/** The referrer manifest of a bundle about `subject` {mediaType, digest, size}. */
export function referrerManifest(subject, bundleDigest, bundleSize, predicateType) {
  return {
    schemaVersion: 2,
    mediaType: MT_OCI_MANIFEST,
    artifactType: MT_BUNDLE,
    config: { mediaType: MT_EMPTY, digest: sha256(Buffer.from('{}')), size: 2 },
    layers: [{ mediaType: MT_BUNDLE, digest: bundleDigest, size: bundleSize }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': predicateType },
  };
}

/** cosign's `.att` manifest: the layers already there plus the envelope (once), and its config: {config (bytes), manifest}. */
export function attManifest(existing, envelopeDigest, envelopeSize, predicateType) {
  const layers = Array.isArray(existing?.layers) ? [...existing.layers] : [];
  if (!layers.some((l) => l?.digest === envelopeDigest)) {
    layers.push({ mediaType: MT_DSSE, digest: envelopeDigest, size: envelopeSize, annotations: { predicateType } });
  }
  const config = Buffer.from(
    canonicalJson({
      architecture: '',
      os: '',
      config: {},
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l?.digest).filter((d) => d !== undefined) },
    }),
  );
  const manifest = {
    schemaVersion: 2,
    mediaType: MT_OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
    layers,
  };
  return { config, manifest };
}

/**
 * Attach a verdict attestation to the image `ref` (a parsed reference; the
 * image is `manifestDigest` in ref's repository, which must hold it): the
 * bundle as a referrer (plus the referrers tag when the registry has no
 * referrers API) and the DSSE envelope in cosign's `.att` tag.
 * Returns {referrer, referrersTag?, attTag}. Throws RegistryError.
 */
export async function attach(ref, { bundle, envelope, manifestDigest, predicateType, credentials, fetch: f, log, backoffMs }) {
  if (!/^sha256:[0-9a-f]{64}$/.test(manifestDigest ?? '')) throw new RegistryError('usage', 'attaching needs the image manifest digest (sha256:<hex>)');
  if (ref.digest && ref.digest !== manifestDigest) {
    throw new RegistryError('usage', `${formatReference(ref)} names another digest than the scanned image's manifest (${manifestDigest}): not attached`);
  }
  const client = new RegistryClient(ref, { credentials, fetch: f, log, backoffMs });
  const subject = await client.manifest(manifestDigest, manifestDigest);
  if (!subject) {
    throw client.error(
      'registry-not-found',
      `the registry has no manifest ${manifestDigest} to attach to: push the scanned image first, keeping its manifest (an OCI layout or archive, e.g. skopeo copy or crane push)`,
    );
  }
  const hex = manifestDigest.slice('sha256:'.length);
  const bundleBytes = Buffer.from(bundle);
  await client.pushBlob(Buffer.from('{}'));
  const bundleDigest = await client.pushBlob(bundleBytes);
  const referrer = referrerManifest({ mediaType: subject.mediaType, digest: manifestDigest, size: subject.bytes.length }, bundleDigest, bundleBytes.length, predicateType);
  const rbytes = Buffer.from(canonicalJson(referrer));
  const rdigest = sha256(rbytes);
  const handled = await client.pushManifest(rdigest, MT_OCI_MANIFEST, rbytes);
  let referrersTag;
  if (!handled) {
    const tag = `sha256-${hex}`;
    const have = await client.manifest(tag);
    let index;
    if (!have) index = { schemaVersion: 2, mediaType: MT_OCI_INDEX, manifests: [] };
    else if (!isIndex(have.mediaType)) throw client.error('registry-error', `the referrers tag ${tag} holds something other than an index; not overwritten`);
    else index = have.json;
    if (!Array.isArray(index?.manifests)) throw client.error('registry-error', `the referrers tag ${tag} has no manifests list`);
    if (!index.manifests.some((m) => m?.digest === rdigest)) {
      index.manifests.push({ mediaType: MT_OCI_MANIFEST, digest: rdigest, size: rbytes.length, artifactType: MT_BUNDLE, annotations: referrer.annotations });
    }
    await client.pushManifest(tag, MT_OCI_INDEX, Buffer.from(canonicalJson(index)));
    referrersTag = tag;
  }
  const attTag = `sha256-${hex}.att`;
  const old = await client.manifest(attTag);
  const existing = old && !isIndex(old.mediaType) ? old.json : null;
  const envBytes = Buffer.from(envelope);
  const envDigest = await client.pushBlob(envBytes);
  const { config, manifest } = attManifest(existing, envDigest, envBytes.length, predicateType);
  await client.pushBlob(config);
  await client.pushManifest(attTag, MT_OCI_MANIFEST, Buffer.from(canonicalJson(manifest)));
  return { referrer: rdigest, referrersTag, attTag };
}
