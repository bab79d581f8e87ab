import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  cli_exports,
  clocks_exports,
  filesystem_exports,
  io_exports
} from "./chunk-CNRPITSD.js";
import {
  core_exports,
  info,
  setFailed,
  warning
} from "./chunk-U34TXPDV.js";
import "./chunk-4D4D7JAT.js";

// src/main.js
import os2 from "node:os";
import path9 from "node:path";
import { fileURLToPath } from "node:url";

// ../shared/attest.js
import { createHash as createHash2 } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync as readFileSync2, readSync, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// ../shared/logsafe.js
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
var UNSAFE_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
var AZURE = /##(vso)?\[/giu;
function escapeChar(c) {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "	") return "\\t";
  return `\\u{${c.codePointAt(0).toString(16)}}`;
}
function logSafe(value) {
  const s = String(value ?? "");
  AZURE.lastIndex = 0;
  if (!/^\s*::/u.test(s) && !UNSAFE.test(s) && !AZURE.test(s)) return s;
  AZURE.lastIndex = 0;
  const out = s.replace(AZURE, (m) => `${m.slice(0, -1)}\\[`).replace(UNSAFE_G, escapeChar);
  return out.replace(/^(\s*)::/u, "$1\\::");
}

// ../shared/registry.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var MT_OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var MT_OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var MT_DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var MT_DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var MT_BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
var MT_DSSE = "application/vnd.dsse.envelope.v1+json";
var MT_EMPTY = "application/vnd.oci.empty.v1+json";
var MAX_MANIFEST = 4 << 20;
var MAX_TOKEN = 1 << 20;
var MAX_TRIES = 3;
var RegistryError = class extends Error {
  constructor(code, message) {
    super(message);
    this.name = "RegistryError";
    this.code = code;
  }
};
var sha256 = (bytes) => `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function parseReference(input) {
  const bad = (why) => new RegistryError("usage", `${JSON.stringify(input)} is not an image reference (${why}); expected HOST[:PORT]/REPO[:TAG|@sha256:DIGEST]`);
  const s = String(input ?? "").trim().replace(/^registry:\/\//, "");
  const slash = s.indexOf("/");
  if (slash < 0) throw bad("no repository");
  const registry = s.slice(0, slash);
  let rest = s.slice(slash + 1);
  if (!registry || !/^[A-Za-z0-9.\-:[\]]+$/.test(registry)) throw bad("bad registry host");
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digest.startsWith("sha256:")) throw bad("only sha256 digests");
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw bad("a digest is sha256: and 64 lowercase hex digits");
  }
  let repo = rest;
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0 && !rest.slice(colon + 1).includes("/")) {
    repo = rest.slice(0, colon);
    tag = rest.slice(colon + 1);
  }
  if (!repo || !repo.split("/").every((c) => /^[a-z0-9][a-z0-9._-]*$/.test(c))) {
    throw bad("a repository is lowercase letters, digits and . _ - / separators");
  }
  if (tag !== void 0 && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) throw bad("bad tag");
  if (tag === void 0 && digest === void 0) tag = "latest";
  return { registry, repo, tag, digest };
}
function formatReference(r) {
  return `${r.registry}/${r.repo}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest}` : ""}`;
}
function apiHost(registry) {
  return registry === "docker.io" || registry === "index.docker.io" ? "registry-1.docker.io" : registry;
}
function isLoopback(hostPort) {
  let h = String(hostPort);
  if (h.startsWith("[")) h = h.slice(1, h.indexOf("]"));
  else if (h.split(":").length === 2) h = h.split(":")[0];
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function findCredentials(registry, { username = "", password = "", env = process.env, fallback } = {}) {
  if (username || password) return { username, password };
  const eu = env.IMAGEGATE_REGISTRY_USERNAME ?? "";
  const ep = env.IMAGEGATE_REGISTRY_PASSWORD ?? "";
  if (eu || ep) return { username: eu, password: ep };
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), ".docker");
  let cfg;
  try {
    cfg = JSON.parse(readFileSync(path.join(dir, "config.json"), "utf8"));
  } catch {
    cfg = null;
  }
  const wanted = ["docker.io", "index.docker.io", "registry-1.docker.io"].includes(registry) ? ["docker.io", "index.docker.io", "registry-1.docker.io"] : [registry];
  const keyHost = (k) => k.replace(/^https?:\/\//, "").split("/")[0];
  for (const [k, v] of Object.entries(cfg?.auths ?? {})) {
    if (!wanted.includes(keyHost(k))) continue;
    if (typeof v?.auth === "string") {
      const text = Buffer.from(v.auth.trim(), "base64").toString("utf8");
      const i = text.indexOf(":");
      if (i >= 0) return { username: text.slice(0, i), password: text.slice(i + 1) };
    }
    if (typeof v?.username === "string" && typeof v?.password === "string") return { username: v.username, password: v.password };
  }
  return fallback?.(registry) ?? null;
}
function parseChallenge(h) {
  const m = /^\s*(\S+)\s*(.*)$/s.exec(String(h ?? ""));
  if (!m) return null;
  const params = {};
  const re = /\s*,?\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*))/gy;
  let p;
  while ((p = re.exec(m[2])) !== null) {
    params[p[1].toLowerCase()] = (p[2] !== void 0 ? p[2].replace(/\\(.)/g, "$1") : p[3]).trim();
  }
  return { scheme: m[1].toLowerCase(), params };
}
var RegistryClient = class {
  /**
   * @param {{registry: string, repo: string}} ref
   * @param {{credentials?: {username: string, password: string}|null, fetch?: typeof fetch, backoffMs?: number, log?: (m: string) => void}} opts
   */
  constructor(ref, { credentials = null, fetch: f = globalThis.fetch, backoffMs = 1e3, log = () => {
  } } = {}) {
    this.ref = ref;
    const host = apiHost(ref.registry);
    this.base = `${isLoopback(host) ? "http" : "https"}://${host}`;
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
    if (!this.creds) msg += "; no credentials were given (the registry username and password inputs, IMAGEGATE_REGISTRY_USERNAME/IMAGEGATE_REGISTRY_PASSWORD, or auths in the docker config)";
    return this.error("registry-auth", msg);
  }
  basic() {
    return this.creds ? `Basic ${Buffer.from(`${this.creds.username}:${this.creds.password}`).toString("base64")}` : null;
  }
  /**
   * One request, answered: transport errors, 429 and 5xx are retried with
   * backoff; a first 401 authenticates from its challenge and starts over.
   */
  async request(method, target, { headers = {}, body } = {}) {
    let url;
    if (target.startsWith("/")) url = `${this.base}${target}`;
    else if (target.startsWith(`${this.base}/`)) url = target;
    else throw this.error("registry-error", `the registry sent the request to ${logSafe(target)}, another host; not followed`);
    let authed = false;
    for (let attempt = 1; ; attempt++) {
      let resp;
      try {
        resp = await this.fetch(url, {
          method,
          headers: { ...headers, ...this.auth ? { authorization: this.auth } : {} },
          body,
          // A GET may be redirected (blob storage); an upload may not.
          redirect: method === "GET" ? "follow" : "error"
        });
      } catch (e) {
        if (attempt < MAX_TRIES) {
          await this.wait(attempt, `${method} ${url}: ${e?.cause?.message ?? e?.message ?? e}`);
          continue;
        }
        throw this.error("registry-error", `${method} ${logSafe(url)}: ${logSafe(e?.cause?.message ?? e?.message ?? e)} (gave up after ${MAX_TRIES} tries)`);
      }
      if (resp.status === 401 && !authed) {
        authed = true;
        await resp.arrayBuffer().catch(() => {
        });
        await this.authenticate(parseChallenge(resp.headers.get("www-authenticate")));
        attempt = 0;
        continue;
      }
      if ((resp.status === 429 || resp.status >= 500) && attempt < MAX_TRIES) {
        await resp.arrayBuffer().catch(() => {
        });
        await this.wait(attempt, `${method} ${url}: HTTP ${resp.status}`);
        continue;
      }
      if (resp.status === 401 || resp.status === 403) {
        await resp.arrayBuffer().catch(() => {
        });
        throw this.authFailed(`HTTP ${resp.status} for ${method} ${logSafe(target)}`);
      }
      return resp;
    }
  }
  async wait(attempt, why) {
    const ms = this.backoffMs * 2 ** (attempt - 1);
    this.log(`imagegate: ${logSafe(why)}; retrying in ${(ms / 1e3).toFixed(1)} s (try ${attempt + 1} of ${MAX_TRIES})`);
    await new Promise((r) => setTimeout(r, ms));
  }
  /** Answer a 401 challenge: Basic with the credentials, or a Bearer token. */
  async authenticate(ch) {
    if (!ch) throw this.authFailed("HTTP 401 without a WWW-Authenticate challenge");
    if (ch.scheme === "basic") {
      const b2 = this.basic();
      if (!b2) throw this.authFailed("the registry asks for Basic credentials");
      this.auth = b2;
      return;
    }
    if (ch.scheme !== "bearer") throw this.authFailed(`unsupported auth scheme ${JSON.stringify(logSafe(ch.scheme))}`);
    const realm = ch.params.realm;
    if (!realm) throw this.authFailed("a Bearer challenge without realm");
    if (!/^https?:\/\//.test(realm)) throw this.authFailed("the token realm is not an http(s) URL");
    const realmHost = realm.replace(/^https?:\/\//, "").split(/[/?]/)[0];
    const secure = realm.startsWith("https://") || isLoopback(realmHost) || this.base.startsWith("http://");
    const q = new URLSearchParams();
    if (ch.params.service) q.set("service", ch.params.service);
    q.set("scope", ch.params.scope || this.scope);
    const url = `${realm}${realm.includes("?") ? "&" : "?"}${q}`;
    const b = secure ? this.basic() : null;
    let resp;
    try {
      resp = await this.fetch(url, { headers: b ? { authorization: b } : {} });
    } catch (e) {
      throw this.error("registry-auth", `the token service ${logSafe(realm)} failed: ${logSafe(e?.cause?.message ?? e?.message ?? e)}`);
    }
    if (resp.status !== 200) {
      await resp.arrayBuffer().catch(() => {
      });
      throw this.authFailed(`the token service ${logSafe(realm)} answered HTTP ${resp.status}`);
    }
    const body = await readLimited(resp, MAX_TOKEN);
    if (body === null) throw this.authFailed(`the token response is larger than ${MAX_TOKEN} bytes`);
    let token;
    try {
      const v = JSON.parse(body.toString("utf8"));
      token = v.token || v.access_token;
    } catch {
      throw this.authFailed("the token response is not JSON");
    }
    if (typeof token !== "string" || !token) throw this.authFailed("the token response has no token");
    this.auth = `Bearer ${token}`;
  }
  /** A manifest: {bytes, mediaType, digest} (digest checked against `expect` and the registry's header), or null on 404. */
  async manifest(reference, expect) {
    const accept = [MT_OCI_INDEX, MT_OCI_MANIFEST, MT_DOCKER_LIST, MT_DOCKER_MANIFEST].join(", ");
    const resp = await this.request("GET", `/v2/${this.ref.repo}/manifests/${reference}`, { headers: { accept } });
    if (resp.status === 404) {
      await resp.arrayBuffer().catch(() => {
      });
      return null;
    }
    if (resp.status !== 200) {
      await resp.arrayBuffer().catch(() => {
      });
      throw this.error("registry-error", `manifest ${reference}: HTTP ${resp.status}`);
    }
    const bytes = await readLimited(resp, MAX_MANIFEST);
    if (bytes === null) throw this.error("limit-exceeded", `manifest ${reference} is larger than ${MAX_MANIFEST} bytes`);
    const digest = sha256(bytes);
    for (const [want, from] of [[expect, "the requested digest"], [resp.headers.get("docker-content-digest"), "the registry's Docker-Content-Digest"]]) {
      if (want && want.startsWith("sha256:") && want !== digest) {
        throw this.error("digest-mismatch", `manifest ${reference} hashes to ${digest}, not ${logSafe(want)} (${from})`);
      }
    }
    let v;
    try {
      v = JSON.parse(bytes.toString("utf8"));
    } catch (e) {
      throw this.error("registry-error", `manifest ${reference} is not valid JSON: ${logSafe(e.message)}`);
    }
    const ct = (resp.headers.get("content-type") ?? "").split(";")[0].trim();
    const mediaType = typeof v?.mediaType === "string" ? v.mediaType : ct || MT_OCI_MANIFEST;
    return { bytes, mediaType, digest, json: v };
  }
  /** Upload a blob (POST, then one monolithic PUT): its digest. */
  async pushBlob(bytes) {
    const digest = sha256(bytes);
    const start = await this.request("POST", `/v2/${this.ref.repo}/blobs/uploads/`, { headers: { "content-type": "application/octet-stream" }, body: new Uint8Array(0) });
    await start.arrayBuffer().catch(() => {
    });
    const location = start.headers.get("location");
    if (start.status !== 202 || !location) throw this.error("registry-error", `starting a blob upload: HTTP ${start.status}`);
    const loc = /^https?:\/\//.test(location) ? location : `${this.base}${location.startsWith("/") ? "" : "/"}${location}`;
    const put = `${loc}${loc.includes("?") ? "&" : "?"}digest=${encodeURIComponent(digest)}`;
    const r = await this.request("PUT", put, { headers: { "content-type": "application/octet-stream" }, body: bytes });
    await r.arrayBuffer().catch(() => {
    });
    if (r.status !== 201) throw this.error("registry-error", `uploading blob ${digest}: HTTP ${r.status}`);
    return digest;
  }
  /** Put a manifest under a tag or its digest: whether the registry answered `OCI-Subject` (it has the referrers API). */
  async pushManifest(reference, mediaType, bytes) {
    const r = await this.request("PUT", `/v2/${this.ref.repo}/manifests/${reference}`, { headers: { "content-type": mediaType }, body: bytes });
    await r.arrayBuffer().catch(() => {
    });
    if (r.status !== 201 && r.status !== 200) throw this.error("registry-error", `putting manifest ${reference}: HTTP ${r.status}`);
    return r.headers.get("oci-subject") !== null;
  }
};
async function readLimited(resp, limit) {
  const declared = Number(resp.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await resp.body?.cancel().catch(() => {
    });
    return null;
  }
  const chunks = [];
  let n = 0;
  for await (const chunk of resp.body ?? []) {
    n += chunk.length;
    if (n > limit) {
      await resp.body.cancel().catch(() => {
      });
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
var isIndex = (mt) => mt === MT_OCI_INDEX || mt === MT_DOCKER_LIST;
function referrerManifest(subject, bundleDigest, bundleSize, predicateType) {
  return {
    schemaVersion: 2,
    mediaType: MT_OCI_MANIFEST,
    artifactType: MT_BUNDLE,
    config: { mediaType: MT_EMPTY, digest: sha256(Buffer.from("{}")), size: 2 },
    layers: [{ mediaType: MT_BUNDLE, digest: bundleDigest, size: bundleSize }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { "dev.sigstore.bundle.content": "dsse-envelope", "dev.sigstore.bundle.predicateType": predicateType }
  };
}
function attManifest(existing, envelopeDigest, envelopeSize, predicateType) {
  const layers = Array.isArray(existing?.layers) ? [...existing.layers] : [];
  if (!layers.some((l) => l?.digest === envelopeDigest)) {
    layers.push({ mediaType: MT_DSSE, digest: envelopeDigest, size: envelopeSize, annotations: { predicateType } });
  }
  const config = Buffer.from(
    canonicalJson({
      architecture: "",
      os: "",
      config: {},
      created: "0001-01-01T00:00:00Z",
      history: [{ created: "0001-01-01T00:00:00Z" }],
      rootfs: { type: "layers", diff_ids: layers.map((l) => l?.digest).filter((d) => d !== void 0) }
    })
  );
  const manifest = {
    schemaVersion: 2,
    mediaType: MT_OCI_MANIFEST,
    config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: sha256(config), size: config.length },
    layers
  };
  return { config, manifest };
}
async function attach(ref, { bundle, envelope, manifestDigest, predicateType, credentials, fetch: f, log, backoffMs }) {
  if (!/^sha256:[0-9a-f]{64}$/.test(manifestDigest ?? "")) throw new RegistryError("usage", "attaching needs the image manifest digest (sha256:<hex>)");
  if (ref.digest && ref.digest !== manifestDigest) {
    throw new RegistryError("usage", `${formatReference(ref)} names another digest than the scanned image's manifest (${manifestDigest}): not attached`);
  }
  const client = new RegistryClient(ref, { credentials, fetch: f, log, backoffMs });
  const subject = await client.manifest(manifestDigest, manifestDigest);
  if (!subject) {
    throw client.error(
      "registry-not-found",
      `the registry has no manifest ${manifestDigest} to attach to: push the scanned image first, keeping its manifest (an OCI layout or archive, e.g. skopeo copy or crane push)`
    );
  }
  const hex = manifestDigest.slice("sha256:".length);
  const bundleBytes = Buffer.from(bundle);
  await client.pushBlob(Buffer.from("{}"));
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
    else if (!isIndex(have.mediaType)) throw client.error("registry-error", `the referrers tag ${tag} holds something other than an index; not overwritten`);
    else index = have.json;
    if (!Array.isArray(index?.manifests)) throw client.error("registry-error", `the referrers tag ${tag} has no manifests list`);
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

// ../shared/attest.js
var ATTESTATION_FILE = "imagegate.att.json";
var PREDICATE_TYPE = "https://imagegate.dev/attestation/verdict/v1";
var COMPONENT_DIGEST_FILE = "imagegate.wasm.sha256";
var AttestError = class extends Error {
  constructor(code, message) {
    super(message);
    this.name = "AttestError";
    this.code = code;
  }
};
function secretLines(value) {
  return String(value ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(l));
}
function fileDigest(file) {
  const h = createHash2("sha256");
  const buf = Buffer.alloc(1 << 20);
  const fd = openSync(file, "r");
  try {
    for (; ; ) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return `sha256:${h.digest("hex")}`;
}
function readComponentDigest(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (e) {
    throw new AttestError("host-error", `cannot read the component digest ${logSafe(file)}: ${logSafe(e.message)} (the adapter's build writes it)`);
  }
  const m = /^([0-9a-f]{64})\b/.exec(text.trim());
  if (!m) throw new AttestError("host-error", `${logSafe(file)} does not hold a SHA-256 (the adapter's build writes it)`);
  return `sha256:${m[1]}`;
}
var MAX_KEY_BYTES = 64 << 10;
function parseAttestInputs({ key, output, push, reference }, names, InputErr) {
  const pem = String(key ?? "");
  const wanted = pem.trim() !== "";
  if (wanted && !/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) {
    throw new InputErr(`input ${names.key}: not a PEM private key (PKCS#8 PRIVATE KEY or SEC1 EC PRIVATE KEY)`);
  }
  let target = null;
  if (push) {
    if (!wanted) throw new InputErr(`input ${names.push}: attaching needs a signing key (input ${names.key})`);
    if (!String(reference ?? "").trim()) {
      throw new InputErr(`input ${names.push}: attaching needs input ${names.reference}, the registry reference the image was pushed by (HOST/REPO[:TAG])`);
    }
    try {
      target = parseReference(reference);
    } catch (e) {
      throw new InputErr(`input ${names.reference}: ${e.message}`);
    }
  }
  return { key: wanted ? pem : "", output: String(output ?? "").trim(), push: target };
}
async function attestVerdict(args) {
  const { gate, outcome, report, policy, db, now, subjectName, componentDigest, output, push } = args;
  if (!["pass", "fail"].includes(outcome?.verdict) || outcome?.reports?.json === void 0) {
    throw new AttestError("usage", "the scan could not decide (verdict error): nothing was attested");
  }
  const policyDigest = policy ? `sha256:${createHash2("sha256").update(policy.text, "utf8").digest("hex")}` : void 0;
  const dbDigest = report?.vulnerability_db && db ? fileDigest(db) : void 0;
  let made;
  try {
    made = gate.attest({
      report: outcome.reports.json,
      subjectName: subjectName || void 0,
      policyDigest,
      dbDigest,
      componentDigest,
      now,
      signingKey: args.key
    });
  } catch (e) {
    throw new AttestError(e?.code ?? "host-error", logSafe(e?.message ?? e));
  } finally {
    args.key = void 0;
  }
  try {
    mkdirSync(path2.dirname(path2.resolve(output)), { recursive: true });
    writeFileSync(output, made.bundle);
  } catch (e) {
    throw new AttestError("host-error", `cannot write the attestation ${logSafe(output)}: ${logSafe(e.message)}`);
  }
  const out = { file: output, keyId: made.keyId, verdict: made.verdict };
  if (!push) return out;
  const digest = report?.image?.manifest_digest;
  if (typeof digest !== "string" || !digest.startsWith("sha256:")) {
    const err = new AttestError("usage", "attaching: the report names no manifest digest for the image (a docker-archive from an older `docker save` has none; give an OCI layout or archive)");
    err.made = out;
    throw err;
  }
  let envelope;
  try {
    const env = JSON.parse(made.bundle).dsseEnvelope;
    if (!env) throw new Error("no dsseEnvelope");
    envelope = canonicalJson(env);
  } catch (e) {
    throw new AttestError("host-error", `attaching: the bundle has no DSSE envelope (${logSafe(e.message)})`);
  }
  try {
    const a = await attach(push, {
      bundle: made.bundle,
      envelope,
      manifestDigest: digest,
      predicateType: PREDICATE_TYPE,
      credentials: args.credentials ?? null,
      fetch: args.fetch,
      log: args.log,
      backoffMs: args.backoffMs
    });
    return { ...out, ...a, reference: `${formatReference({ ...push, digest: void 0 })}@${digest}` };
  } catch (e) {
    const err = e instanceof RegistryError ? new AttestError(e.code, logSafe(e.message)) : new AttestError("registry-error", `attaching: ${logSafe(e?.message ?? e)}`);
    err.made = out;
    throw err;
  }
}
async function attestAfterScan({ a, ran, outcome, report, now, reference, componentDigest, defaultOutput, fallback, fetch: fetch2, log }) {
  if (!a?.key) return { done: null };
  try {
    if (!["pass", "fail"].includes(outcome?.verdict)) {
      log("imagegate: no attestation: the scan could not decide (an undecided scan is never attested)");
      return { done: null };
    }
    const credentials = a.push ? findCredentials(a.push.registry, { username: a.username, password: a.password, fallback }) : null;
    const done = await attestVerdict({
      gate: ran.gate,
      outcome,
      report,
      policy: ran.policy,
      db: ran.db?.path,
      now,
      key: a.key,
      subjectName: reference,
      componentDigest: typeof componentDigest === "function" ? componentDigest() : componentDigest,
      output: a.output || defaultOutput,
      push: a.push,
      credentials,
      fetch: fetch2,
      log
    });
    log(`imagegate: attested verdict ${logSafe(done.verdict)} (key ${logSafe(done.keyId)}) in ${logSafe(done.file)}`);
    if (done.referrer) {
      log(`imagegate: attached to ${logSafe(done.reference)}: referrer ${done.referrer}${done.referrersTag ? ` (referrers tag ${done.referrersTag})` : ""}, cosign tag ${done.attTag}`);
    }
    return { done };
  } catch (e) {
    if (e?.made) log(`imagegate: signed verdict ${logSafe(e.made.verdict)} (key ${logSafe(e.made.keyId)}) in ${logSafe(e.made.file)}, not attached`);
    return { done: e?.made ?? null, error: { code: e?.code ?? "host-error", message: logSafe(e?.message ?? e) } };
  } finally {
    a.key = "";
  }
}

// ../shared/adapter.js
import { readdirSync, readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
import path5 from "node:path";

// ../shared/gate.js
import { realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import path4 from "node:path";

// ../shared/fast-read.js
import { closeSync as closeSync2, fstatSync, lstatSync, openSync as openSync2, readSync as readSync2, realpathSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var MAX_READ = 1 << 20;
var INSTALLED = /* @__PURE__ */ new WeakSet();
var DIRS = /* @__PURE__ */ new WeakMap();
var FILES = /* @__PURE__ */ new WeakMap();
var OWN = /* @__PURE__ */ new WeakSet();
var STREAMS = /* @__PURE__ */ new WeakMap();
var buffer = Buffer.allocUnsafe(64 * 1024);
function trackPreopens(entries, hostDirs) {
  for (const [descriptor, guest] of entries) {
    if (!hostDirs[guest]) continue;
    try {
      const dir = realpathSync(hostDirs[guest]);
      DIRS.set(descriptor, { root: dir, dir });
    } catch {
    }
  }
}
function inside(parent, p) {
  try {
    const real = realpathSync(path3.resolve(parent.dir, p));
    const root = parent.root.endsWith("/") ? parent.root : `${parent.root}/`;
    return real === parent.root || real.startsWith(root) ? real : null;
  } catch {
    return null;
  }
}
function ns(v) {
  return { seconds: v / 1000000000n, nanoseconds: Number(v % 1000000000n) };
}
function installFastRead({ Descriptor, InputStream, IoError, monotonicClock }) {
  if (INSTALLED.has(Descriptor)) return;
  INSTALLED.add(Descriptor);
  const dispose = Symbol.dispose || /* @__PURE__ */ Symbol.for("dispose");
  const d = Descriptor.prototype;
  const s = InputStream.prototype;
  function openOwn(parent, p, pathFlags) {
    try {
      if (!pathFlags?.symlinkFollow && lstatSync(path3.resolve(parent.dir, p)).isSymbolicLink()) return null;
      const real = inside(parent, p);
      if (!real) return null;
      const fd = openSync2(real, "r");
      let file = false;
      try {
        file = fstatSync(fd).isFile();
      } finally {
        if (!file) closeSync2(fd);
      }
      if (!file) return null;
      const own = Object.create(Descriptor.prototype);
      OWN.add(own);
      FILES.set(own, { fd, closed: false });
      return own;
    } catch {
      return null;
    }
  }
  function fstatOwn(desc) {
    const file = FILES.get(desc);
    try {
      if (file.closed) throw Object.assign(new Error("the file was closed"), { code: "EBADF" });
      return fstatSync(file.fd, { bigint: true });
    } catch {
      throw "io";
    }
  }
  const OWN_METHODS = {
    stat() {
      const st = fstatOwn(this);
      return {
        type: "regular-file",
        linkCount: st.nlink,
        size: st.size,
        dataAccessTimestamp: ns(st.atimeNs),
        dataModificationTimestamp: ns(st.mtimeNs),
        statusChangeTimestamp: ns(st.ctimeNs)
      };
    },
    metadataHash() {
      const st = fstatOwn(this);
      return { upper: st.mtimeNs, lower: st.ino };
    },
    getType() {
      return "regular-file";
    },
    getFlags() {
      return { read: true };
    },
    advise() {
    },
    isSameObject(other) {
      return other === this;
    }
  };
  for (const name of Object.getOwnPropertyNames(d)) {
    if (name === "constructor" || ["openAt", "readViaStream", "read"].includes(name)) continue;
    const orig = Object.getOwnPropertyDescriptor(d, name).value;
    if (typeof orig !== "function") continue;
    const own = OWN_METHODS[name];
    d[name] = function(...args) {
      if (!OWN.has(this)) return orig.apply(this, args);
      if (own) return own.apply(this, args);
      throw "unsupported";
    };
  }
  const openAt = d.openAt;
  d.openAt = function(pathFlags, p, openFlags, descriptorFlags) {
    if (OWN.has(this)) throw "not-directory";
    const parent = DIRS.get(this);
    const plain = parent && !descriptorFlags?.write && !descriptorFlags?.mutateDirectory && !openFlags?.create && !openFlags?.truncate && !openFlags?.exclusive && typeof p === "string" && !p.startsWith("/") && !p.includes("\\") && !p.split("/").includes("..");
    if (plain && !openFlags?.directory) {
      const own = openOwn(parent, p, pathFlags);
      if (own) return own;
    }
    const opened = openAt.call(this, pathFlags, p, openFlags, descriptorFlags);
    if (!plain) return opened;
    const real = inside(parent, p);
    try {
      if (real && statSync2(real).isDirectory()) DIRS.set(opened, { root: parent.root, dir: real });
    } catch {
    }
    return opened;
  };
  const dDispose = d[dispose];
  d[dispose] = function() {
    const f = FILES.get(this);
    if (f && !f.closed) {
      f.closed = true;
      try {
        closeSync2(f.fd);
      } catch {
      }
    }
    if (OWN.has(this)) return void 0;
    return dDispose?.call(this);
  };
  const readViaStream = d.readViaStream;
  d.readViaStream = function(offset) {
    const file = FILES.get(this);
    if (!file) return readViaStream.call(this, offset);
    const stream = Object.create(InputStream.prototype);
    STREAMS.set(stream, { file, pos: Number(offset) });
    return stream;
  };
  const read = d.read;
  d.read = function(length, offset) {
    const file = FILES.get(this);
    if (!file) return read.call(this, length, offset);
    const out = new Uint8Array(Math.min(Number(length), MAX_READ));
    const n = readFd(file, out, Number(offset), "filesystem");
    return [out.subarray(0, n), n === 0];
  };
  function readFd(file, into, pos, kind) {
    try {
      if (file.closed) throw Object.assign(new Error("the file was closed"), { code: "EBADF" });
      return readSync2(file.fd, into, 0, into.length, pos);
    } catch (e) {
      if (kind === "filesystem") throw e.code === "EISDIR" ? "is-directory" : "io";
      throw { tag: "last-operation-failed", val: new IoError(e) };
    }
  }
  function streamRead(len) {
    const st = STREAMS.get(this);
    const n = Math.min(Number(len), MAX_READ);
    if (n === 0) return new Uint8Array(0);
    if (buffer.length < n) buffer = Buffer.allocUnsafe(n);
    const got = readFd(st.file, buffer.subarray(0, n), st.pos, "stream");
    if (got === 0) throw { tag: "closed" };
    st.pos += got;
    return buffer.subarray(0, got);
  }
  function streamSkip(len) {
    const st = STREAMS.get(this);
    let size;
    try {
      size = fstatSync(st.file.fd).size;
    } catch (e) {
      throw { tag: "last-operation-failed", val: new IoError(e) };
    }
    if (st.pos >= size && Number(len) > 0) throw { tag: "closed" };
    const n = Math.min(Number(len), size - st.pos);
    st.pos += n;
    return BigInt(n);
  }
  for (const [name, fast] of [
    ["read", streamRead],
    ["blockingRead", streamRead],
    ["skip", streamSkip],
    ["blockingSkip", streamSkip]
  ]) {
    const orig = s[name];
    s[name] = function(len) {
      return STREAMS.has(this) ? fast.call(this, len) : orig.call(this, len);
    };
  }
  const subscribe = s.subscribe;
  s.subscribe = function() {
    if (STREAMS.has(this)) return monotonicClock.subscribeDuration(0n);
    return subscribe.call(this);
  };
  const sDispose = s[dispose];
  s[dispose] = function() {
    if (STREAMS.delete(this)) return void 0;
    return sDispose?.call(this);
  };
}

// ../shared/limits.js
import vm from "node:vm";
var DEFAULT_MEMORY_MIB = 512;
var DEFAULT_TIMEOUT_S = 600;
var PAGE = 65536;
var MEMORIES = [];
var limitBytes = 0;
var LimitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LimitError";
    this.code = "limit-exceeded";
  }
};
var MAX_MEMORY_MIB = 4096;
var MAX_TIMEOUT_S = 86400;
function readLimitInputs(get, names, InputErr) {
  const positive = (name, dflt, max, decimals) => {
    const v = get(name);
    if (v === "") return dflt;
    const re = decimals ? /^[0-9]{1,9}(\.[0-9]{1,3})?$/ : /^[0-9]{1,9}$/;
    if (!re.test(v) || !(Number(v) > 0) || Number(v) > max) {
      throw new InputErr(`input ${name}: ${JSON.stringify(v)} is not a ${decimals ? "number" : "whole number"} above 0 and at most ${max}`);
    }
    return Number(v);
  };
  return {
    memoryLimit: positive(names.memory, DEFAULT_MEMORY_MIB, MAX_MEMORY_MIB, false),
    timeout: positive(names.timeout, DEFAULT_TIMEOUT_S, MAX_TIMEOUT_S, true)
  };
}
function installMemoryLimit(bytes) {
  if (!(Number.isSafeInteger(bytes) && bytes >= PAGE)) throw new Error(`memory limit must be at least 64 KiB, got ${bytes}`);
  const first = limitBytes === 0;
  limitBytes = bytes;
  if (!first) return;
  const compile = WebAssembly.compile;
  WebAssembly.compile = function(source, ...rest) {
    return compile.call(this, limitMemories(source, Math.floor(limitBytes / PAGE)), ...rest);
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function(...args) {
    const r = await instantiate.apply(this, args);
    const instance = r instanceof WebAssembly.Instance ? r : r.instance;
    for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) MEMORIES.push(v);
    return r;
  };
}
function guestMemoryBytes() {
  return MEMORIES.reduce((m, mem) => Math.max(m, mem.buffer.byteLength), 0);
}
function memoryLimitHit() {
  if (!limitBytes) return false;
  return guestMemoryBytes() >= limitBytes - Math.max(16 << 20, limitBytes / 4);
}
function memoryLimitMiB() {
  return limitBytes / (1 << 20);
}
function callWithTimeout(fn, ms) {
  try {
    return vm.runInNewContext("fn()", { fn }, { timeout: ms });
  } catch (e) {
    if (e?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      throw new LimitError(`the scan exceeded the time limit of ${ms / 1e3} s`);
    }
    throw e;
  }
}
function readLeb(b, pos) {
  let v = 0;
  let shift = 0;
  for (; ; ) {
    const byte = b[pos++];
    if (byte === void 0) throw new Error("truncated LEB128");
    v += (byte & 127) * 2 ** shift;
    shift += 7;
    if (!(byte & 128)) return [v, pos];
    if (shift > 35) throw new Error("LEB128 too long");
  }
}
function leb(v) {
  const out = [];
  do {
    let byte = v % 128;
    v = Math.floor(v / 128);
    if (v) byte |= 128;
    out.push(byte);
  } while (v);
  return out;
}
function limitMemories(source, pages) {
  const b = source instanceof Uint8Array ? source : new Uint8Array(source instanceof ArrayBuffer ? source : source.buffer);
  if (b.length < 8 || b[0] !== 0 || b[1] !== 97 || b[2] !== 115 || b[3] !== 109 || b[4] !== 1) return source;
  let pos = 8;
  while (pos < b.length) {
    const id = b[pos];
    const [size, start] = readLeb(b, pos + 1);
    const end = start + size;
    if (id === 5) {
      let [count, p] = readLeb(b, start);
      const body = [...leb(count)];
      for (; count > 0; count--) {
        const flags = b[p++];
        if (flags > 1) return source;
        let min;
        [min, p] = readLeb(b, p);
        let max = Infinity;
        if (flags === 1) [max, p] = readLeb(b, p);
        const capped = Math.min(max, Math.max(pages, min));
        body.push(1, ...leb(min), ...leb(capped));
      }
      if (p !== end) return source;
      const section = [5, ...leb(body.length), ...body];
      const out = new Uint8Array(b.length - (end - pos) + section.length);
      out.set(b.subarray(0, pos), 0);
      out.set(section, pos);
      out.set(b.subarray(end), pos + section.length);
      return out;
    }
    pos = end;
  }
  return source;
}

// ../shared/gate.js
var REPORT_FILES = Object.freeze({
  json: "imagegate.json",
  text: "imagegate.txt",
  cyclonedx: "imagegate.cdx.json",
  spdx: "imagegate.spdx.json",
  sarif: "imagegate.sarif",
  junit: "imagegate.junit.xml",
  markdown: "imagegate.md"
});
var FORMATS = Object.freeze(Object.keys(REPORT_FILES));
var SEVERITIES = Object.freeze(["critical", "high", "medium", "low", "unknown"]);
var VERDICTS = Object.freeze(["pass", "fail", "error"]);
var GateError = class extends Error {
  constructor(code, message) {
    super(message);
    this.name = "GateError";
    this.code = code;
  }
};
var FAIL_ON = Object.freeze(["low", "medium", "high", "critical"]);
function toWitRequest(opts, guest) {
  let failOn;
  if (opts.failOn) {
    failOn = String(opts.failOn).toLowerCase();
    if (!FAIL_ON.includes(failOn)) {
      throw new GateError("usage", `fail-on: unknown severity ${JSON.stringify(opts.failOn)} (known: ${FAIL_ON.join(", ")})`);
    }
  }
  const policy = witPolicy(opts.policy);
  return {
    image: guest.image,
    displayName: opts.displayName ?? guest.displayName,
    tag: opts.tag || void 0,
    platform: opts.platform || void 0,
    formats: opts.formats,
    // Reports go to files and step summaries, never to a terminal.
    color: false,
    db: guest.db,
    // u64 crosses as BigInt: Unix seconds from the host (the guest has no clock).
    now: BigInt(Math.floor(opts.now ?? Date.now() / 1e3)),
    reference: opts.reference || void 0,
    policy,
    failOn,
    signatures: (opts.signatures ?? []).map((s) => ({ name: s.name, payload: Uint8Array.from(s.payload), signature: s.signature })),
    trustedKeys: (opts.trustedKeys ?? []).map((k) => ({ name: k.name, pem: k.pem })),
    signatureBundles: (opts.signatureBundles ?? []).map((b) => ({ name: b.name, content: Uint8Array.from(b.content) })),
    trustedRoot: opts.trustedRoot || void 0,
    skipVulnerabilities: Boolean(opts.skipVulnerabilities),
    vex: (opts.vex ?? []).map((d) => {
      if (typeof d?.name !== "string" || typeof d?.text !== "string") {
        throw new GateError("usage", "vex documents must be {name, text}");
      }
      return { name: d.name, text: d.text };
    })
  };
}
function witPolicy(policy) {
  if (!policy) return void 0;
  if (typeof policy.name !== "string" || typeof policy.text !== "string") {
    throw new GateError("usage", "policy must be {name, text}");
  }
  return { name: policy.name, text: policy.text };
}
function callScanner(scanner, opts, guest) {
  const r = scanner.scan(toWitRequest(opts, guest));
  return {
    verdict: r.verdict,
    exitCode: r.exitCode,
    reports: r.reports.map(({ format, content }) => ({ format, content }))
  };
}
function toWitAttest(req) {
  if (typeof req?.report !== "string" || typeof req?.signingKey !== "string" || typeof req?.componentDigest !== "string") {
    throw new GateError("usage", "attest needs the report, the signing key and the component digest");
  }
  return {
    report: req.report,
    subjectName: req.subjectName || void 0,
    policyDigest: req.policyDigest || void 0,
    dbDigest: req.dbDigest || void 0,
    componentDigest: req.componentDigest,
    now: BigInt(Math.floor(req.now ?? Date.now() / 1e3)),
    signingKey: req.signingKey
  };
}
var GUARDED = /* @__PURE__ */ new WeakSet();
var writable = false;
var MUTATING_METHODS = Object.freeze([
  "write",
  "writeViaStream",
  "appendViaStream",
  "setSize",
  "setTimes",
  "setTimesAt",
  "createDirectoryAt",
  "linkAt",
  "removeDirectoryAt",
  "renameAt",
  "symlinkAt",
  "unlinkFileAt"
]);
function guardReadOnly(Descriptor) {
  if (GUARDED.has(Descriptor)) return;
  const proto = Descriptor?.prototype;
  const missing = ["openAt", ...MUTATING_METHODS].filter((name) => typeof proto?.[name] !== "function");
  if (missing.length > 0) {
    throw new GateError(
      "unsupported",
      `the WASI shim's filesystem Descriptor has no ${missing.join(", ")}: imagegate cannot keep the image read-only with this @bytecodealliance/preview2-shim version`
    );
  }
  GUARDED.add(Descriptor);
  const openAt = proto.openAt;
  proto.openAt = function(pathFlags, p, openFlags, descriptorFlags) {
    if (!writable && (openFlags?.create || openFlags?.truncate || descriptorFlags?.write || descriptorFlags?.mutateDirectory)) {
      throw "read-only";
    }
    const flags = descriptorFlags?.mutateDirectory && !openFlags?.directory ? { ...descriptorFlags, mutateDirectory: false } : descriptorFlags;
    return openAt.call(this, pathFlags, p, openFlags, flags);
  };
  for (const name of MUTATING_METHODS) {
    const orig = proto[name];
    proto[name] = function(...args) {
      if (!writable) throw "read-only";
      return orig.apply(this, args);
    };
  }
}
function mapPath(hostPath, mount, what) {
  let st;
  let real;
  try {
    st = statSync3(hostPath);
    real = realpathSync2(hostPath);
  } catch (e) {
    throw new GateError(
      "image-io",
      `${hostPath}: cannot read the ${what}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`
    );
  }
  if (st.isDirectory()) return { dir: real, guest: mount };
  return { dir: path4.dirname(real), guest: `${mount}/${path4.basename(real)}` };
}
function createGate({ component, filesystem, cli, io, clocks, timeoutMs = DEFAULT_TIMEOUT_S * 1e3 }) {
  const scanner = component.scanner ?? component["imagegate:gate/scanner@0.1.0"];
  if (!scanner || typeof scanner.scan !== "function") {
    throw new Error("the component module exports no imagegate:gate/scanner");
  }
  guardReadOnly(filesystem.types.Descriptor);
  const fast = Boolean(io && clocks);
  if (fast) {
    installFastRead({
      Descriptor: filesystem.types.Descriptor,
      InputStream: io.streams.InputStream,
      IoError: io.error.Error,
      monotonicClock: clocks.monotonicClock
    });
  }
  function sandbox(preopens) {
    filesystem._setPreopens(preopens);
    if (fast) trackPreopens(filesystem._getPreopens(), preopens);
    cli._setEnv({});
    cli._setArgs(["imagegate.wasm"]);
    writable = false;
  }
  let stopped = null;
  function scan(opts) {
    if (stopped) return errorOutcome("limit-exceeded", `the component was stopped by a limit earlier (${stopped}); start a new process`);
    const formats = opts.formats?.length ? [...new Set(opts.formats)] : ["json"];
    for (const f of formats) {
      if (!FORMATS.includes(f)) {
        return errorOutcome("usage", `unknown report format ${JSON.stringify(f)} (known: ${FORMATS.join(", ")})`);
      }
    }
    try {
      const img = mapPath(opts.image, "/image", "image");
      const preopens = { "/image": img.dir };
      const guest = { image: img.guest, displayName: path4.basename(opts.image) };
      if (opts.db) {
        const db = mapPath(opts.db, "/db", "vulnerability DB");
        preopens["/db"] = db.dir;
        guest.db = db.guest;
      }
      sandbox(preopens);
      const r = callWithTimeout(() => callScanner(scanner, { ...opts, formats }, guest), timeoutMs);
      const reports = {};
      for (const { format, content } of r.reports) reports[format] = content;
      return { verdict: r.verdict, exitCode: r.exitCode, reports };
    } catch (e) {
      const [code, message] = describeError(e);
      if (code === "limit-exceeded") stopped = message;
      return errorOutcome(code, message);
    } finally {
      filesystem._setPreopens({});
    }
  }
  function runCli(args, preopens, { writable: w = false, env = {} } = {}) {
    filesystem._setPreopens(preopens);
    if (fast) trackPreopens(filesystem._getPreopens(), preopens);
    cli._setEnv(env);
    cli._setArgs(["imagegate.wasm", ...args]);
    writable = w;
    component.run.run();
  }
  function plan({ policy, skipVulnerabilities = false } = {}) {
    try {
      const p = scanner.plan(witPolicy(policy), Boolean(skipVulnerabilities));
      return { ...p, maxDbAgeDays: Number(p.maxDbAgeDays) };
    } catch (e) {
      const [code, message] = describeError(e);
      throw new GateError(code, message);
    }
  }
  function attest(req) {
    if (stopped) throw new GateError("limit-exceeded", `the component was stopped by a limit earlier (${stopped}); start a new process`);
    try {
      cli._setEnv({});
      const a = callWithTimeout(() => scanner.attest(toWitAttest(req)), timeoutMs);
      return { bundle: a.bundle, statement: a.statement, keyId: a.keyId, verdict: a.verdict };
    } catch (e) {
      const [code, message] = describeError(e);
      if (code === "limit-exceeded") stopped = message;
      throw new GateError(code, message);
    }
  }
  return {
    formats: FORMATS,
    scan,
    plan,
    attest,
    runCli,
    version: () => scanner.version(),
    explain: (code) => scanner.explain(code) ?? null
  };
}
function errorOutcome(code, message) {
  return { verdict: "error", exitCode: 2, reports: {}, error: { code, message } };
}
function describeError(e) {
  if (e instanceof GateError) return [e.code, e.message];
  if (e instanceof LimitError) return [e.code, `${e.message} (raise the time limit)`];
  const p = e?.payload;
  if (p && typeof p.code === "string") return [p.code, String(p.message ?? p.code)];
  if (e instanceof WebAssembly.RuntimeError) {
    if (memoryLimitHit()) {
      return ["limit-exceeded", `the scan needed more than the memory limit of ${memoryLimitMiB()} MiB (raise the memory limit)`];
    }
    return ["component-trap", `the component trapped: ${e.message}`];
  }
  return ["host-error", e?.message ?? String(e)];
}

// ../shared/adapter.js
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function parseBool(name, value, fallback) {
  const v = String(value ?? "").trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "on", "1"].includes(v)) return true;
  if (["false", "no", "off", "0"].includes(v)) return false;
  throw new InputError(`input ${name}: ${JSON.stringify(v)} is not true or false`);
}
function parseFailOn(name, value) {
  const v = String(value ?? "").trim().toLowerCase();
  if (v && !FAIL_ON.includes(v)) {
    throw new InputError(`input ${name}: unknown severity ${JSON.stringify(v)} (known: ${FAIL_ON.join(", ")})`);
  }
  return v;
}
function severityCounts(report) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const v of report?.vulnerabilities ?? []) {
    if (v?.vex?.suppressed || v?.ignored) continue;
    const level = v?.severity?.level;
    counts[level in counts ? level : "unknown"] += 1;
  }
  return counts;
}
function policyName(file, workspace) {
  const rel = path5.relative(path5.resolve(workspace), path5.resolve(workspace, file));
  if (rel && !rel.startsWith("..") && !path5.isAbsolute(rel)) return rel.split(path5.sep).join("/");
  return path5.basename(file);
}
function readPolicy(explicit, workspace, defaultName) {
  const file = explicit ? path5.resolve(workspace, explicit) : path5.join(workspace, defaultName);
  let st;
  try {
    st = statSync4(file);
  } catch (e) {
    if (!explicit && e.code === "ENOENT") return void 0;
    throw new InputError(`input policy: cannot read ${logSafe(file)}: ${e.code === "ENOENT" ? "no such file" : logSafe(e.message)}`);
  }
  if (!st.isFile()) {
    if (!explicit) return void 0;
    throw new InputError(`input policy: ${logSafe(file)} is not a file`);
  }
  try {
    return { name: policyName(file, workspace), text: readFileSync3(file, "utf8") };
  } catch (e) {
    throw new InputError(`input policy: cannot read ${logSafe(file)}: ${logSafe(e.message)}`);
  }
}
var VEX_DIR = ".vex";
var VEX_SUFFIXES = Object.freeze([".openvex.json", ".vex.json"]);
var MAX_VEX_BYTES = 32 * 1024 * 1024;
function filesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink() && statSync4(path5.join(dir, e.name)).isFile()).map((e) => e.name).sort();
  } catch (e) {
    if (e.code === "ENOENT" || e.code === "ENOTDIR") return [];
    throw new InputError(`cannot list ${logSafe(dir)}: ${logSafe(e.message)}`);
  }
}
function readVex(workspace, explicit = []) {
  const root = path5.resolve(workspace);
  if (explicit.length) return explicit.map((f) => readVexFile(f, root));
  const rel = [
    ...filesIn(path5.join(root, VEX_DIR)).filter((n) => n.endsWith(".json")).map((n) => `${VEX_DIR}/${n}`),
    ...filesIn(root).filter((n) => VEX_SUFFIXES.some((s) => n.endsWith(s)))
  ];
  return rel.map((name) => {
    const file = path5.join(root, name);
    try {
      if (statSync4(file).size > MAX_VEX_BYTES) throw new Error(`is larger than ${MAX_VEX_BYTES} bytes`);
      return { name, text: readFileSync3(file, "utf8") };
    } catch (e) {
      throw new InputError(`VEX document ${logSafe(name)}: ${logSafe(e.message)}`);
    }
  });
}
function parseVexInput(value) {
  return String(value ?? "").split(/[\n,]+/).map((s) => s.trim()).filter(Boolean);
}
function readVexFile(file, root) {
  const abs = path5.resolve(root, file);
  const shown = logSafe(file);
  let st;
  try {
    st = statSync4(abs);
  } catch (e) {
    throw new InputError(`input vex: cannot read ${shown}: ${e.code === "ENOENT" ? "no such file" : logSafe(e.message)}`);
  }
  if (!st.isFile()) throw new InputError(`input vex: ${shown} is not a file`);
  if (st.size > MAX_VEX_BYTES) throw new InputError(`input vex: ${shown} is larger than ${MAX_VEX_BYTES} bytes`);
  try {
    return { name: policyName(abs, root), text: readFileSync3(abs, "utf8") };
  } catch (e) {
    throw new InputError(`input vex: cannot read ${shown}: ${logSafe(e.message)}`);
  }
}
async function runGate({ gate, loadGate: loadGate2, inputs, workspace, getDb: getDb2, now }) {
  let outcome;
  let db = {};
  let g;
  let policy;
  try {
    g = gate ?? await loadGate2({ memoryMiB: inputs.memoryLimit, timeoutS: inputs.timeout });
    const defaults = g.plan({ skipVulnerabilities: true });
    policy = readPolicy(inputs.policy, workspace, defaults.policyFile);
    const vex = readVex(workspace, inputs.vex ?? []);
    const plan = g.plan({ policy, skipVulnerabilities: inputs.skipVulnerabilities });
    db = await getDb2(plan, g);
    outcome = g.scan({
      image: path5.resolve(workspace, inputs.image),
      displayName: path5.basename(inputs.image),
      db: db.path,
      policy,
      failOn: inputs.failOn || void 0,
      reference: inputs.reference || void 0,
      tag: inputs.tag || void 0,
      platform: inputs.platform || void 0,
      skipVulnerabilities: inputs.skipVulnerabilities,
      formats: inputs.formats,
      vex,
      now: now ? now() : void 0
    });
  } catch (e) {
    const code = e instanceof InputError ? "usage" : e instanceof GateError ? e.code : "host-error";
    outcome = { verdict: "error", exitCode: 2, reports: {}, error: { code, message: logSafe(e?.message ?? e) } };
  }
  let report = null;
  if (outcome.reports?.json !== void 0) {
    try {
      report = JSON.parse(outcome.reports.json);
    } catch (e) {
      outcome = { ...outcome, verdict: "error", exitCode: 2, error: { code: "host-error", message: `the component's JSON report does not parse: ${e.message}` } };
    }
  }
  return { outcome, report, db, gate: g, policy };
}
function undecided(report) {
  const u = report?.policy?.undecided ?? [];
  return u.length ? u.join("; ") : "see the report";
}
function stepResult(outcome, report, reportOnly) {
  if (outcome.verdict === "pass") return { failed: false, message: "imagegate: pass" };
  if (outcome.verdict === "fail") {
    const s = report?.summary ?? {};
    const what = `the image fails the policy (${s.errors ?? 0} errors, ${s.warnings ?? 0} warnings)`;
    if (reportOnly) return { failed: false, message: `imagegate: ${what}; report-only: the step does not fail` };
    return { failed: true, message: `imagegate: ${what}` };
  }
  if (outcome.verdict === "error" && !outcome.error && report) {
    return { failed: true, message: `imagegate could not decide (undecided): ${logSafe(undecided(report))}` };
  }
  const e = outcome.error ?? { code: "host-error", message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
  return { failed: true, message: `imagegate could not decide (${e.code}): ${logSafe(e.message)}` };
}

// ../shared/db.js
import { closeSync as closeSync3, existsSync, mkdirSync as mkdirSync2, openSync as openSync3, readSync as readSync3, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import path6 from "node:path";
var CACHE_PREFIX = "imagegate-db-v1-";
function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 864e5 + 1) / 7);
  return `${year}-w${String(week).padStart(2, "0")}`;
}
function cacheKey(date, platform = `${process.platform}-${process.arch}`) {
  return `${CACHE_PREFIX}${platform}-${isoWeek(date)}`;
}
var DB_FORMAT = 2;
function dbBuildTime(file) {
  let fd;
  try {
    fd = openSync3(file, "r");
    const head = Buffer.alloc(96 + 10 + 64);
    const n = readSync3(fd, head, 0, head.length, 0);
    if (n < 97 || head.toString("latin1", 0, 4) !== "IGDB" || head.readUInt32LE(4) !== DB_FORMAT) return null;
    const dirOff = Number(head.readBigUInt64LE(16));
    if (dirOff !== 96) return null;
    let len = 0;
    let at = 96;
    for (let shift = 0; at < n && shift < 35; shift += 7) {
      const b = head[at++];
      len += (b & 127) * 2 ** shift;
      if (!(b & 128)) break;
    }
    if (len > 64 || at + len > n) return null;
    return head.toString("utf8", at, at + len);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) closeSync3(fd);
  }
}
function dbAgeDays(file, now) {
  const t = dbBuildTime(file)?.trim();
  if (!t) return null;
  let built;
  if (/^[0-9]+$/.test(t)) built = Math.floor(Number(t) / 86400);
  else if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const ms = Date.parse(`${t.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(ms)) return null;
    built = ms / 864e5;
  } else return null;
  return Math.floor(now / 86400) - built;
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function fetchWithRetries(url, file, { fetchImpl = fetch, attempts = 4, delayMs = 1e3, log = () => {
} } = {}) {
  let last;
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetchImpl(url);
      if (res.ok) {
        const buf = Buffer.from(await res.arrayBuffer());
        mkdirSync2(path6.dirname(file), { recursive: true });
        writeFileSync2(file, buf);
        return buf.length;
      }
      last = new Error(`${url}: HTTP ${res.status}`);
      if (res.status < 500 && res.status !== 429) throw last;
    } catch (e) {
      last = e;
      if (/HTTP 4\d\d/.test(e.message) && !/HTTP 429/.test(e.message)) throw e;
    }
    if (i < attempts) {
      log(`download failed (${last.message}); retry ${i}/${attempts - 1}`);
      await sleep(delayMs * 2 ** (i - 1));
    }
  }
  throw new Error(`download failed after ${attempts} attempts: ${last.message}`);
}
async function downloadDb({ source, ecosystems, work, out, buildDb, fetchOpts = {} }) {
  rmSync(work, { recursive: true, force: true });
  for (const eco of ecosystems) {
    const url = `${source.replace(/\/+$/, "")}/${encodeURIComponent(eco)}/all.zip`;
    await fetchWithRetries(url, path6.join(work, eco, "all.zip"), fetchOpts);
  }
  mkdirSync2(path6.dirname(out), { recursive: true });
  const code = await buildDb(work, out);
  rmSync(work, { recursive: true, force: true });
  if (code !== 0 || !existsSync(out)) throw new Error(`db build failed (exit code ${code})`);
  return out;
}
async function getDb({ plan, db = "", dir, offline = false, source = "", ecosystems = [], now = Math.floor(Date.now() / 1e3), dbAge = (f) => dbAgeDays(f, now), buildDb, cache = null, log = () => {
}, warn = () => {
}, fetchOpts = {} }) {
  if (db && existsSync(db)) return { path: db };
  if (!plan.needsDb) {
    if (db) warn(`input db: ${db} does not exist; the policy needs no DB, scanning without one`);
    return {};
  }
  const file = db || path6.join(dir, plan.dbFile);
  const maxAge = plan.maxDbAgeDays;
  const fresh = () => {
    const age = existsSync(file) ? dbAge(file) : null;
    return age !== null && (maxAge === 0 || age <= maxAge);
  };
  if (!db && !fresh() && cache && !offline) {
    try {
      if (await cache.restore(file)) log(`imagegate: vulnerability DB restored from the cache into ${file}`);
    } catch (e) {
      warn(`restoring the DB cache failed: ${e.message}`);
    }
  }
  if (fresh()) return { path: file };
  const why = existsSync(file) ? `older than max-db-age = ${maxAge} days, or unreadable` : "there is none yet";
  if (offline) {
    warn(`offline: not fetching the vulnerability DB ${file} (${why})`);
    return existsSync(file) ? { path: file } : {};
  }
  const from = source || plan.dbSource;
  try {
    log(`imagegate: fetching the vulnerability DB into ${file} (${why}) from ${from}`);
    mkdirSync2(path6.dirname(file), { recursive: true });
    await downloadDb({
      source: from,
      ecosystems: ecosystems.length ? ecosystems : plan.dbEcosystems,
      work: `${file}.download`,
      out: file,
      buildDb,
      fetchOpts: { log, ...fetchOpts }
    });
  } catch (e) {
    warn(`the vulnerability DB could not be fetched: ${e.message}`);
    return existsSync(file) ? { path: file } : {};
  }
  if (cache && !db) {
    try {
      await cache.save(file);
    } catch (e) {
      warn(`saving the DB cache failed: ${e.message}`);
    }
  }
  return { path: file };
}

// ../shared/worker.js
import path7 from "node:path";
import { Worker, isMainThread, workerData } from "node:worker_threads";
function rfc3339(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function buildDbInWorker(entryUrl, fromDir, out, now = Math.floor(Date.now() / 1e3)) {
  const outDir = path7.dirname(path7.resolve(out));
  const args = ["db", "build", "--from", "/src", "-o", `/out/${path7.basename(out)}`, "--build-time", rfc3339(now)];
  const preopens = { "/src": path7.resolve(fromDir), "/out": outDir };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(entryUrl), { workerData: { imagegateCli: { args, preopens } } });
    w.on("error", reject);
    w.on("exit", resolve);
  });
}
async function runCliIfWorker(loadGate2) {
  if (isMainThread || !workerData?.imagegateCli) return false;
  const { args, preopens } = workerData.imagegateCli;
  const env = process.env.SOURCE_DATE_EPOCH ? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } : {};
  const gate = await loadGate2({});
  gate.runCli(args, preopens, { writable: true, env });
  process.exit(0);
  return true;
}

// src/action.js
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import path8 from "node:path";
var ANNOTATION_CAP = 10;
var bool = (core, name, fallback) => parseBool(name, core.getInput(name), fallback);
function parseAttest(core, reference) {
  const key = core.getInput("attest-key");
  for (const line of secretLines(key)) core.setSecret(line);
  delete process.env["INPUT_ATTEST-KEY"];
  const password = core.getInput("registry-password");
  for (const line of secretLines(password)) core.setSecret(line);
  const a = parseAttestInputs(
    { key, output: core.getInput("attestation"), push: bool(core, "attest-push", false), reference },
    { key: "attest-key", push: "attest-push", reference: "reference" },
    InputError
  );
  return { ...a, username: core.getInput("registry-username").trim(), password, githubToken: core.getInput("github-token").trim() };
}
function parseInputs(core) {
  const attest = parseAttest(core, core.getInput("reference").trim());
  const image = core.getInput("image").trim();
  if (!image) throw new InputError("input image is required: the path of an image tarball or OCI layout");
  const formats = core.getInput("format").split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(f in REPORT_FILES));
  if (unknown.length) {
    throw new InputError(`input format: unknown ${unknown.join(", ")} (known: ${Object.keys(REPORT_FILES).join(", ")})`);
  }
  return {
    image,
    policy: core.getInput("policy").trim(),
    vex: parseVexInput(core.getInput("vex")),
    failOn: parseFailOn("fail-on", core.getInput("fail-on")),
    reference: core.getInput("reference").trim(),
    formats: formats.length ? formats : ["json"],
    outputDir: core.getInput("output-dir").trim() || "imagegate-report",
    sarifFile: core.getInput("sarif-file").trim(),
    db: core.getInput("db").trim(),
    dbCache: bool(core, "db-cache", true),
    dbSource: core.getInput("db-source").trim(),
    dbEcosystems: core.getInput("db-ecosystems").split(/[\s,]+/).filter(Boolean),
    offline: bool(core, "offline", false),
    skipVulnerabilities: bool(core, "skip-vulnerabilities", false),
    reportOnly: bool(core, "report-only", false),
    summary: bool(core, "summary", true),
    tag: core.getInput("tag").trim(),
    platform: core.getInput("platform").trim(),
    attest,
    // Sandbox limits, as the Rust host's --memory-limit / --timeout.
    ...readLimitInputs((n) => core.getInput(n).trim(), { memory: "memory-limit", timeout: "timeout" }, InputError)
  };
}
var cell = (s) => String(s ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
function where(loc) {
  if (!loc) return "";
  const parts = [];
  if (loc.package) parts.push(`package ${loc.package}`);
  if (loc.path) parts.push(loc.path);
  if (loc.config) parts.push(`config ${loc.config}`);
  if (loc.layer !== void 0 && loc.layer !== null) parts.push(`layer ${loc.layer}`);
  return parts.join(", ");
}
function summaryMarkdown(outcome, imageName) {
  if (outcome.reports?.markdown !== void 0) return outcome.reports.markdown;
  const v = ["pass", "fail"].includes(outcome.verdict) ? outcome.verdict : "error";
  const icon = { pass: "\u2705", fail: "\u274C", error: "\u26A0\uFE0F" }[v];
  const what = v === "error" ? `could not decide on \`${cell(imageName)}\`` : `\`${cell(imageName)}\``;
  const lines = [`# ${icon} imagegate: ${v.toUpperCase()} \u2014 ${what}`, ""];
  if (v === "error") {
    const e = outcome.error ?? { code: "host-error", message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
    lines.push(`**${cell(e.code)}**: ${cell(e.message)}`, "", "An error is never a pass: the step fails until the gate can decide.", "");
  }
  return lines.join("\n");
}
function annotate(core, report, cap = ANNOTATION_CAP) {
  const important = (report?.diagnostics ?? []).filter((d) => d.severity === "error" || d.severity === "warning");
  important.sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
  const shown = important.slice(0, cap);
  for (const d of shown) {
    const at = where(d.location);
    const msg = `${d.message}${at ? ` (${at})` : ""}`;
    const props = { title: `imagegate ${d.code}` };
    if (d.severity === "error") core.error(msg, props);
    else core.warning(msg, props);
  }
  if (important.length > shown.length) {
    core.notice(`imagegate: ${important.length - shown.length} more diagnostics are not annotated; see the report.`);
  }
  return shown.length;
}
function writeReport(dir, format, content) {
  mkdirSync3(dir, { recursive: true });
  const file = path8.join(dir, REPORT_FILES[format]);
  writeFileSync3(file, content);
  return file;
}
async function runAction({ core, gate, loadGate: loadGate2, getDb: getDb2, now, componentDigest, fetch: fetch2, workspace = process.env.GITHUB_WORKSPACE || process.cwd() }) {
  let inputs;
  let outcome;
  let report = null;
  let ran = {};
  const scanTime = now ? now() : Math.floor(Date.now() / 1e3);
  try {
    inputs = parseInputs(core);
  } catch (e) {
    outcome = { verdict: "error", exitCode: 2, reports: {}, error: { code: "usage", message: logSafe(e.message) } };
  }
  if (inputs) {
    core.info(`imagegate: scanning ${logSafe(inputs.image)}`);
    const formats = [.../* @__PURE__ */ new Set(["json", ...inputs.formats, ...inputs.summary ? ["markdown"] : [], ...inputs.sarifFile ? ["sarif"] : []])];
    ran = await runGate({
      gate,
      loadGate: loadGate2,
      inputs: { ...inputs, formats },
      workspace,
      getDb: (plan, g) => getDb2(inputs, plan, g),
      now: () => scanTime
    });
    ({ outcome, report } = ran);
  }
  const outputDir = inputs?.outputDir ?? "imagegate-report";
  let reportPath = "";
  let sarifPath = "";
  for (const [format, content] of Object.entries(outcome.reports)) {
    if (format === "sarif" && inputs.sarifFile) {
      mkdirSync3(path8.dirname(path8.resolve(inputs.sarifFile)), { recursive: true });
      writeFileSync3(inputs.sarifFile, content);
      sarifPath = inputs.sarifFile;
    }
    if (format !== "json" && !inputs.formats.includes(format)) continue;
    const file = writeReport(outputDir, format, content);
    if (format === "json") reportPath = file;
    if (format === "sarif" && !sarifPath) sarifPath = file;
  }
  const counts = severityCounts(report);
  core.setOutput("verdict", outcome.verdict);
  for (const s of SEVERITIES) core.setOutput(s, String(counts[s]));
  core.setOutput("errors", String(report?.summary?.errors ?? 0));
  core.setOutput("warnings", String(report?.summary?.warnings ?? 0));
  core.setOutput("notes", String(report?.summary?.notes ?? 0));
  core.setOutput("report", reportPath);
  core.setOutput("sarif", sarifPath);
  if (report) annotate(core, report);
  if (inputs?.summary ?? true) {
    const name = inputs ? path8.basename(inputs.image) : "(no image)";
    await core.summary.addRaw(summaryMarkdown(outcome, name)).write();
  }
  await attestStep({ core, inputs, outputDir, ran, outcome, report, scanTime, componentDigest, fetch: fetch2 });
  const step = stepResult(outcome, report, inputs?.reportOnly ?? false);
  if (step.failed) core.setFailed(step.message);
  else if (outcome.verdict === "fail") core.warning(step.message);
  else core.info(step.message);
  return outcome;
}
async function attestStep({ core, inputs, outputDir, ran, outcome, report, scanTime, componentDigest, fetch: fetch2 }) {
  const actor = process.env.GITHUB_ACTOR || "github";
  const a = inputs?.attest;
  const { done, error } = await attestAfterScan({
    a,
    ran,
    outcome,
    report,
    now: scanTime,
    reference: inputs?.reference,
    componentDigest,
    defaultOutput: path8.join(outputDir, ATTESTATION_FILE),
    // ghcr.io: the workflow's token, when no other credentials are given.
    fallback: (r) => r === "ghcr.io" && a?.githubToken ? { username: actor, password: a.githubToken } : null,
    fetch: fetch2,
    log: (m) => core.info(m)
  });
  if (error) core.setFailed(`imagegate: the verdict was not attested (${error.code}): ${error.message}`);
  core.setOutput("attestation", done?.file ?? "");
  core.setOutput("attestation-referrer", done?.referrer ?? "");
}

// src/main.js
async function loadGate({ memoryMiB = DEFAULT_MEMORY_MIB, timeoutS = DEFAULT_TIMEOUT_S } = {}) {
  installMemoryLimit(memoryMiB * 2 ** 20);
  const component = await import("./imagegate-VO3UIXN2.js");
  return createGate({ component, filesystem: filesystem_exports, cli: cli_exports, io: io_exports, clocks: clocks_exports, timeoutMs: timeoutS * 1e3 });
}
function actionsCache(date) {
  const key = cacheKey(date);
  return {
    async restore(file) {
      const { restoreCache } = await import("./cache-4YLEZMY7.js");
      return Boolean(await restoreCache([file], key, [CACHE_PREFIX]));
    },
    async save(file) {
      const { saveCache } = await import("./cache-4YLEZMY7.js");
      await saveCache([file], key);
    }
  };
}
function testNow() {
  const v = process.env.IMAGEGATE_NOW;
  return v && /^[0-9]{1,12}$/.test(v) ? () => Number(v) : void 0;
}
if (!await runCliIfWorker(loadGate)) {
  try {
    const now = testNow() ?? (() => Math.floor(Date.now() / 1e3));
    await runAction({
      core: core_exports,
      loadGate,
      now: testNow(),
      // build.sh records the SHA-256 of the component beside dist/index.js.
      componentDigest: () => readComponentDigest(fileURLToPath(new URL(`./${COMPONENT_DIGEST_FILE}`, import.meta.url))),
      getDb: (inputs, plan) => getDb({
        plan,
        db: inputs.db,
        dir: path9.join(process.env.RUNNER_TEMP || os2.tmpdir(), "imagegate-db"),
        offline: inputs.offline,
        source: inputs.dbSource,
        ecosystems: inputs.dbEcosystems,
        now: now(),
        buildDb: (from, out) => buildDbInWorker(import.meta.url, from, out, now()),
        cache: inputs.dbCache ? actionsCache(new Date(now() * 1e3)) : null,
        log: (m) => info(logSafe(m)),
        warn: (m) => warning(m, { title: "imagegate vulnerability DB" })
      })
    });
  } catch (e) {
    setFailed(`imagegate could not decide (host-error): ${logSafe(e?.message ?? e)}`);
  }
}
