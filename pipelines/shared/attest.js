// Signing the verdict in the CI adapters (the GitHub Action and the Azure
// task), the way `imagegate attest` does it in the Rust host
// (host/src/attest.rs): after a decided scan (pass or fail; an undecided one
// is never attested), the host hashes the policy text, the DB file and the
// component, and the component's WIT `attest` builds and signs the in-toto
// statement into a Sigstore bundle (see docs/attestations.md). The bundle is
// written to a file and, when asked, attached to the image in its registry
// (registry.js: the same manifests and tags as `imagegate attest --attach`).
//
// The private key comes from a CI secret (PEM text): it is masked in the log
// line by line (a log line never holds a whole multi-line PEM), never printed,
// never written to disk, and dropped after signing. JS strings cannot be
// zeroed; the component zeroes its own copy.

import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logSafe } from './logsafe.js';
import { RegistryError, attach, canonicalJson, findCredentials, formatReference, parseReference } from './registry.js';

/** File name of the attestation (a Sigstore bundle) in the report directory by default. */
export const ATTESTATION_FILE = 'imagegate.att.json';
/** The predicate type of imagegate's verdict (src/signature/attestation.rs PREDICATE_TYPE). */
export const PREDICATE_TYPE = 'https://imagegate.dev/attestation/verdict/v1';
/** The file beside the bundled adapter holding the SHA-256 of the component it was built from. */
export const COMPONENT_DIGEST_FILE = 'imagegate.wasm.sha256';

/** A failure to sign or attach (code as the component's or the registry client's). */
export class AttestError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'AttestError';
    this.code = code;
  }
}

/**
 * The lines of a secret to register with the CI's log masker: every line
 * (trimmed) but the PEM armor lines. A runner masks a registered value within
 * one log line, so a multi-line PEM is masked line by line (the Azure task
 * library refuses a multi-line secret outright).
 */
export function secretLines(value) {
  return String(value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(l));
}

/** `sha256:<hex>` of a file, read in chunks. */
export function fileDigest(file) {
  const h = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return `sha256:${h.digest('hex')}`;
}

/**
 * The component digest the build recorded beside the bundle (build.sh:
 * `sha256sum` of the .wasm jco transpiled), as `sha256:<hex>`: the digest
 * the Rust host records when it runs the same component file.
 */
export function readComponentDigest(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new AttestError('host-error', `cannot read the component digest ${logSafe(file)}: ${logSafe(e.message)} (the adapter's build writes it)`);
  }
  const m = /^([0-9a-f]{64})\b/.exec(text.trim());
  if (!m) throw new AttestError('host-error', `${logSafe(file)} does not hold a SHA-256 (the adapter's build writes it)`);
  return `sha256:${m[1]}`;
}

/** Largest key file read (as the Rust host's). */
export const MAX_KEY_BYTES = 64 << 10;

/**
 * The private key an input names, as the Rust host's `--key`: `env://VAR`
 * (the PEM in an environment variable, removed from the environment once
 * read) or the path of a PEM file (read, never copied). `name` is the input's
 * name for errors, which name the variable or the file, never the content.
 * A PEM given in the input itself is refused: the task library logs input
 * values as debug lines before a task could mask them.
 */
export function readKeySpec(spec, name, InputErr, env = process.env) {
  const s = String(spec ?? '').trim();
  if (s === '') return '';
  if (s.includes('-----BEGIN')) {
    throw new InputErr(`input ${name}: give the key as env://VAR (a secret variable mapped into the task's env) or the path of a PEM file (a secure file), not the PEM itself`);
  }
  if (s.startsWith('env://')) {
    const v = s.slice('env://'.length);
    const pem = env[v];
    delete env[v];
    if (pem === undefined) throw new InputErr(`input ${name}: ${s}: the environment variable ${v} is not set`);
    if (pem.trim() === '') throw new InputErr(`input ${name}: ${s}: the environment variable ${v} is empty`);
    return pem;
  }
  let st;
  try {
    st = statSync(s);
  } catch (e) {
    throw new InputErr(`input ${name}: cannot read ${logSafe(s)}: ${e.code === 'ENOENT' ? 'no such file' : logSafe(e.message)}`);
  }
  if (!st.isFile()) throw new InputErr(`input ${name}: ${logSafe(s)} is not a file`);
  if (st.size > MAX_KEY_BYTES) throw new InputErr(`input ${name}: ${logSafe(s)} is larger than ${MAX_KEY_BYTES} bytes`);
  try {
    return readFileSync(s, 'utf8');
  } catch (e) {
    throw new InputErr(`input ${name}: cannot read ${logSafe(s)}: ${logSafe(e.message)}`);
  }
}

/**
 * Check the attestation inputs, before the scan: {key, output, push
 * (a parsed reference or null)}. `key` '' means no attestation. Throws
 * `InputErr` naming the input (by the adapter's names in `names`).
 */
export function parseAttestInputs({ key, output, push, reference }, names, InputErr) {
  const pem = String(key ?? '');
  const wanted = pem.trim() !== '';
  if (wanted && !/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) {
    throw new InputErr(`input ${names.key}: not a PEM private key (PKCS#8 PRIVATE KEY or SEC1 EC PRIVATE KEY)`);
  }
  let target = null;
  if (push) {
    if (!wanted) throw new InputErr(`input ${names.push}: attaching needs a signing key (input ${names.key})`);
    if (!String(reference ?? '').trim()) {
      throw new InputErr(`input ${names.push}: attaching needs input ${names.reference}, the registry reference the image was pushed by (HOST/REPO[:TAG])`);
    }
    try {
      target = parseReference(reference);
    } catch (e) {
      throw new InputErr(`input ${names.reference}: ${e.message}`);
    }
  }
  return { key: wanted ? pem : '', output: String(output ?? '').trim(), push: target };
}

/**
 * Sign the verdict of a decided scan with the component, write the bundle,
 * and attach it when `push` is a reference. Returns {file, keyId, verdict,
 * referrer?, referrersTag?, attTag?}. Throws AttestError (the key never
 * appears in a message: the component never names it).
 *
 * args: gate (createGate's), outcome and report (runGate's), policy
 * ({name, text} or undefined), db (path of the DB file the scan used, or
 * undefined), now (the scan's Unix seconds), key (PEM), subjectName (the
 * reference, or undefined), componentDigest, output (file), push (parsed
 * reference or null), credentials ({username, password} or null),
 * fetch/log/backoffMs (for attach).
 */
export async function attestVerdict(args) {
  const { gate, outcome, report, policy, db, now, subjectName, componentDigest, output, push } = args;
  if (!['pass', 'fail'].includes(outcome?.verdict) || outcome?.reports?.json === undefined) {
    throw new AttestError('usage', 'the scan could not decide (verdict error): nothing was attested');
  }
  const policyDigest = policy ? `sha256:${createHash('sha256').update(policy.text, 'utf8').digest('hex')}` : undefined;
  const dbDigest = report?.vulnerability_db && db ? fileDigest(db) : undefined;
  let made;
  try {
    made = gate.attest({
      report: outcome.reports.json,
      subjectName: subjectName || undefined,
      policyDigest,
      dbDigest,
      componentDigest,
      now,
      signingKey: args.key,
    });
  } catch (e) {
    throw new AttestError(e?.code ?? 'host-error', logSafe(e?.message ?? e));
  } finally {
    args.key = undefined;
  }
  try {
    mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    writeFileSync(output, made.bundle);
  } catch (e) {
    throw new AttestError('host-error', `cannot write the attestation ${logSafe(output)}: ${logSafe(e.message)}`);
  }
  const out = { file: output, keyId: made.keyId, verdict: made.verdict };
  if (!push) return out;
  const digest = report?.image?.manifest_digest;
  if (typeof digest !== 'string' || !digest.startsWith('sha256:')) {
    const err = new AttestError('usage', 'attaching: the report names no manifest digest for the image (a docker-archive from an older `docker save` has none; give an OCI layout or archive)');
    err.made = out;
    throw err;
  }
  let envelope;
  try {
    const env = JSON.parse(made.bundle).dsseEnvelope;
    if (!env) throw new Error('no dsseEnvelope');
    // cosign's .att layer: the envelope as the Rust host writes it (sorted keys).
    envelope = canonicalJson(env);
  } catch (e) {
    throw new AttestError('host-error', `attaching: the bundle has no DSSE envelope (${logSafe(e.message)})`);
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
      backoffMs: args.backoffMs,
    });
    return { ...out, ...a, reference: `${formatReference({ ...push, digest: undefined })}@${digest}` };
  } catch (e) {
    const err = e instanceof RegistryError ? new AttestError(e.code, logSafe(e.message)) : new AttestError('registry-error', `attaching: ${logSafe(e?.message ?? e)}`);
    // Signed and written, not attached: the caller still names the file.
    err.made = out;
    throw err;
  }
}

/**
 * The attestation step of an adapter, after runGate: nothing without a key;
 * no attestation for an undecided scan (said in `log`); else sign, write and
 * attach as asked. `a` is parseAttestInputs' result plus the registry
 * `username` and `password`; `fallback(registry)` gives credentials when
 * none are found (GitHub: the workflow token for ghcr.io). Returns {done}
 * (attestVerdict's result or null) and, when something asked for failed,
 * {error: {code, message}}: the caller fails the step then, whatever the
 * verdict (`done` then names the bundle when it was signed but not
 * attached). The key is dropped from `a`.
 */
export async function attestAfterScan({ a, ran, outcome, report, now, reference, componentDigest, defaultOutput, fallback, fetch, log }) {
  if (!a?.key) return { done: null };
  try {
    if (!['pass', 'fail'].includes(outcome?.verdict)) {
      log('imagegate: no attestation: the scan could not decide (an undecided scan is never attested)');
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
      componentDigest: typeof componentDigest === 'function' ? componentDigest() : componentDigest,
      output: a.output || defaultOutput,
      push: a.push,
      credentials,
      fetch,
      log,
    });
    log(`imagegate: attested verdict ${logSafe(done.verdict)} (key ${logSafe(done.keyId)}) in ${logSafe(done.file)}`);
    if (done.referrer) {
      log(`imagegate: attached to ${logSafe(done.reference)}: referrer ${done.referrer}${done.referrersTag ? ` (referrers tag ${done.referrersTag})` : ''}, cosign tag ${done.attTag}`);
    }
    return { done };
  } catch (e) {
    if (e?.made) log(`imagegate: signed verdict ${logSafe(e.made.verdict)} (key ${logSafe(e.made.keyId)}) in ${logSafe(e.made.file)}, not attached`);
    return { done: e?.made ?? null, error: { code: e?.code ?? 'host-error', message: logSafe(e?.message ?? e) } };
  } finally {
    a.key = '';
  }
}

