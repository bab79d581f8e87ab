// imagegate JS host: runs the jco-transpiled imagegate component under Node.
//
// Shared by the CI adapters (the GitHub Action imports it; the Azure task
// imports the same file, no copy). It holds no scanning logic: it maps host
// files into the component's sandbox, builds the WIT `scan-request`, calls
// `imagegate:gate/scanner.scan` and hands back the verdict and reports.
//
// The caller passes the transpiled component and the preview2-shim modules it
// was transpiled against (so this file has no package imports and resolves the
// same way from every adapter):
//
//   import * as component from './imagegate/imagegate.js'; // jco transpile output
//   import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
//   import * as cli from '@bytecodealliance/preview2-shim/cli';
//   import * as io from '@bytecodealliance/preview2-shim/io';         // optional, with clocks:
//   import * as clocks from '@bytecodealliance/preview2-shim/clocks'; // main-thread reads
//   const gate = createGate({ component, filesystem, cli, io, clocks });
//   const out = gate.scan({ image: 'app.tar', formats: ['json'] });
//
// The sandbox: preview2-shim starts with no preopens; each scan preopens only
// the image's directory (at /image) and the DB's directory (at /db), and the
// guest sees an empty environment and no arguments. The shim has no read-only
// preopen, so `guardReadOnly` makes every mutating filesystem call fail with
// `read-only` while a scan runs. The component is given no sockets or HTTP
// (it imports none). Limits (limits.js): a time limit per scan (`timeoutMs`,
// default 600 s) and a guest memory limit, which the caller installs with
// `installMemoryLimit` before it imports the component; exceeding either is
// verdict `error`, code `limit-exceeded`, and the gate refuses further scans
// (the component's state is lost).

import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { installFastRead, trackPreopens } from './fast-read.js';
import { DEFAULT_TIMEOUT_S, LimitError, callWithTimeout, memoryLimitHit, memoryLimitMiB } from './limits.js';

// The constants every adapter shares are defined here, once; adapter.js
// re-exports them (the Action and the Azure task import them from there).

/**
 * The report formats the JS hosts render (of the WIT `report-format` enum),
 * each with its file name in an output directory: the names of the CLI's
 * --output-dir (the component's `Format::file_name`).
 */
export const REPORT_FILES = Object.freeze({
  json: 'imagegate.json',
  text: 'imagegate.txt',
  cyclonedx: 'imagegate.cdx.json',
  spdx: 'imagegate.spdx.json',
  sarif: 'imagegate.sarif',
  junit: 'imagegate.junit.xml',
  markdown: 'imagegate.md',
});

/** Report formats (the keys of REPORT_FILES). */
export const FORMATS = Object.freeze(Object.keys(REPORT_FILES));

/** Vulnerability severity levels of the JSON report, most severe first. */
export const SEVERITIES = Object.freeze(['critical', 'high', 'medium', 'low', 'unknown']);

/** Verdicts. `error` means the gate could not decide: never a pass. */
export const VERDICTS = Object.freeze(['pass', 'fail', 'error']);

/** A failure to decide, with a stable kebab-case code (exit code 2). */
export class GateError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'GateError';
    this.code = code;
  }
}

// ---------------------------------------------------------------- the WIT edge
// The only two functions that know the shape of `scan-request`/`scan-result`.
// When the WIT changes, adapt these (and nothing else).

/** WIT `vulnerability-severity` values accepted for `failOn`. */
export const FAIL_ON = Object.freeze(['low', 'medium', 'high', 'critical']);

/**
 * Build the WIT `scan-request` for one scan (all formats at once).
 * @param {ScanOptions} opts host options (see `scan`); `opts.formats` is set
 * @param {{image: string, db?: string, displayName: string}} guest guest paths
 */
export function toWitRequest(opts, guest) {
  let failOn;
  if (opts.failOn) {
    failOn = String(opts.failOn).toLowerCase();
    if (!FAIL_ON.includes(failOn)) {
      throw new GateError('usage', `fail-on: unknown severity ${JSON.stringify(opts.failOn)} (known: ${FAIL_ON.join(', ')})`);
    }
  }
  const policy = witPolicy(opts.policy);
  return {
    image: guest.image,
    displayName: opts.displayName ?? guest.displayName,
    tag: opts.tag || undefined,
    platform: opts.platform || undefined,
    formats: opts.formats,
    // Reports go to files and step summaries, never to a terminal.
    color: false,
    db: guest.db,
    // u64 crosses as BigInt: Unix seconds from the host (the guest has no clock).
    now: BigInt(Math.floor(opts.now ?? Date.now() / 1000)),
    reference: opts.reference || undefined,
    policy,
    failOn,
    signatures: (opts.signatures ?? []).map((s) => ({ name: s.name, payload: Uint8Array.from(s.payload), signature: s.signature })),
    trustedKeys: (opts.trustedKeys ?? []).map((k) => ({ name: k.name, pem: k.pem })),
    signatureBundles: (opts.signatureBundles ?? []).map((b) => ({ name: b.name, content: Uint8Array.from(b.content) })),
    trustedRoot: opts.trustedRoot || undefined,
    skipVulnerabilities: Boolean(opts.skipVulnerabilities),
    vex: (opts.vex ?? []).map((d) => {
      if (typeof d?.name !== 'string' || typeof d?.text !== 'string') {
        throw new GateError('usage', 'vex documents must be {name, text}');
      }
      return { name: d.name, text: d.text };
    }),
  };
}

/** The WIT `policy-file` of `opts.policy` (or undefined). */
function witPolicy(policy) {
  if (!policy) return undefined;
  if (typeof policy.name !== 'string' || typeof policy.text !== 'string') {
    throw new GateError('usage', 'policy must be {name, text}');
  }
  return { name: policy.name, text: policy.text };
}

/**
 * One scanner call for every requested format: the result
 * `{verdict, exitCode, reports: [{format, content}]}` (reports in request order).
 */
export function callScanner(scanner, opts, guest) {
  const r = scanner.scan(toWitRequest(opts, guest));
  return {
    verdict: r.verdict,
    exitCode: r.exitCode,
    reports: r.reports.map(({ format, content }) => ({ format, content })),
  };
}

/** The WIT `attest-request` (see `createGate().attest`). */
export function toWitAttest(req) {
  if (typeof req?.report !== 'string' || typeof req?.signingKey !== 'string' || typeof req?.componentDigest !== 'string') {
    throw new GateError('usage', 'attest needs the report, the signing key and the component digest');
  }
  return {
    report: req.report,
    subjectName: req.subjectName || undefined,
    policyDigest: req.policyDigest || undefined,
    dbDigest: req.dbDigest || undefined,
    componentDigest: req.componentDigest,
    now: BigInt(Math.floor(req.now ?? Date.now() / 1000)),
    signingKey: req.signingKey,
  };
}

// ---------------------------------------------------------------- the sandbox

const GUARDED = new WeakSet();
let writable = false;

/** The shim's mutating `Descriptor` methods that `guardReadOnly` blocks. */
export const MUTATING_METHODS = Object.freeze([
  'write',
  'writeViaStream',
  'appendViaStream',
  'setSize',
  'setTimes',
  'setTimesAt',
  'createDirectoryAt',
  'linkAt',
  'removeDirectoryAt',
  'renameAt',
  'symlinkAt',
  'unlinkFileAt',
]);

/**
 * Make the shim's filesystem read-only unless `writable` is set: opening with
 * write/create/truncate and every mutating call fails with `read-only`.
 * Idempotent per Descriptor class. Fails closed: a shim whose `Descriptor`
 * lacks `openAt` or one of [MUTATING_METHODS] (renamed in an upgrade) is an
 * error (`unsupported`), never a sandbox with a hole in it.
 */
export function guardReadOnly(Descriptor) {
  if (GUARDED.has(Descriptor)) return;
  const proto = Descriptor?.prototype;
  const missing = ['openAt', ...MUTATING_METHODS].filter((name) => typeof proto?.[name] !== 'function');
  if (missing.length > 0) {
    throw new GateError(
      'unsupported',
      `the WASI shim's filesystem Descriptor has no ${missing.join(', ')}: imagegate cannot keep the image read-only with this @bytecodealliance/preview2-shim version`,
    );
  }
  GUARDED.add(Descriptor);
  const openAt = proto.openAt;
  proto.openAt = function (pathFlags, p, openFlags, descriptorFlags) {
    if (
      !writable &&
      (openFlags?.create ||
        openFlags?.truncate ||
        descriptorFlags?.write ||
        descriptorFlags?.mutateDirectory)
    ) {
      throw 'read-only';
    }
    // wasi-libc asks for `mutate-directory` when it opens a file for writing,
    // which the shim refuses (`unsupported`); a file cannot mutate anything.
    const flags = descriptorFlags?.mutateDirectory && !openFlags?.directory ? { ...descriptorFlags, mutateDirectory: false } : descriptorFlags;
    return openAt.call(this, pathFlags, p, openFlags, flags);
  };
  for (const name of MUTATING_METHODS) {
    const orig = proto[name];
    proto[name] = function (...args) {
      if (!writable) throw 'read-only';
      return orig.apply(this, args);
    };
  }
}

/**
 * Resolve a host file to (preopen directory, guest path) under `mount`.
 * A directory (an OCI layout) is preopened itself; a file through its parent.
 * Links are resolved on the host, so the preopen is the real directory.
 */
export function mapPath(hostPath, mount, what) {
  let st;
  let real;
  try {
    st = statSync(hostPath);
    real = realpathSync(hostPath);
  } catch (e) {
    throw new GateError(
      'image-io',
      `${hostPath}: cannot read the ${what}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`,
    );
  }
  if (st.isDirectory()) return { dir: real, guest: mount };
  return { dir: path.dirname(real), guest: `${mount}/${path.basename(real)}` };
}

// ---------------------------------------------------------------- the gate

/**
 * @typedef {object} ScanOptions
 * @property {string} image host path: docker-archive / OCI-archive tarball or OCI layout dir
 * @property {string[]} [formats] report formats (default ['json'])
 * @property {string} [db] host path of a vulnerability DB file
 * @property {string} [tag] pick one image of a multi-image archive
 * @property {string} [platform] os/arch[/variant]
 * @property {string} [displayName] name of the image in reports (default: its file name)
 * @property {number} [now] Unix seconds (default: the host clock)
 * @property {{name: string, text: string}} [policy] the policy file (default: the built-in policy)
 * @property {'low'|'medium'|'high'|'critical'} [failOn] overrides the policy's vulnerabilities.fail-on
 * @property {string} [reference] the reference the pipeline pushes or pulls the image by
 * @property {{name: string, payload: Uint8Array, signature: string}[]} [signatures] detached signatures
 * @property {{name: string, pem: string}[]} [trustedKeys] trusted public keys (PEM)
 * @property {{name: string, content: Uint8Array}[]} [signatureBundles] Sigstore bundles signing the image
 * @property {string} [trustedRoot] the Sigstore trusted root's JSON text (keyless bundles)
 */

/**
 * @typedef {object} ScanOutcome
 * @property {'pass'|'fail'|'error'} verdict
 * @property {number} exitCode 0 pass, 1 fail, 2 error
 * @property {Record<string, string>} reports rendered reports by format
 * @property {{code: string, message: string}} [error] when verdict is error
 */

/**
 * Create a gate over a transpiled component and its preview2-shim modules.
 * With the shim's `io` and `clocks` modules too, files are read on the main
 * thread with `fs.readSync` (see fast-read.js) instead of through the shim's
 * I/O worker.
 */
export function createGate({ component, filesystem, cli, io, clocks, timeoutMs = DEFAULT_TIMEOUT_S * 1000 }) {
  const scanner = component.scanner ?? component['imagegate:gate/scanner@0.1.0'];
  if (!scanner || typeof scanner.scan !== 'function') {
    throw new Error('the component module exports no imagegate:gate/scanner');
  }
  guardReadOnly(filesystem.types.Descriptor);
  const fast = Boolean(io && clocks);
  if (fast) {
    installFastRead({
      Descriptor: filesystem.types.Descriptor,
      InputStream: io.streams.InputStream,
      IoError: io.error.Error,
      monotonicClock: clocks.monotonicClock,
    });
  }

  function sandbox(preopens) {
    filesystem._setPreopens(preopens);
    if (fast) trackPreopens(filesystem._getPreopens(), preopens);
    // The guest reads no environment; never hand it the runner's secrets.
    cli._setEnv({});
    cli._setArgs(['imagegate.wasm']);
    writable = false;
  }

  /** Set once a limit stopped the component: its state is lost. */
  let stopped = null;

  /** Scan one image. Never throws for a scan failure: returns verdict `error`. */
  function scan(opts) {
    if (stopped) return errorOutcome('limit-exceeded', `the component was stopped by a limit earlier (${stopped}); start a new process`);
    const formats = opts.formats?.length ? [...new Set(opts.formats)] : ['json'];
    for (const f of formats) {
      if (!FORMATS.includes(f)) {
        return errorOutcome('usage', `unknown report format ${JSON.stringify(f)} (known: ${FORMATS.join(', ')})`);
      }
    }
    try {
      const img = mapPath(opts.image, '/image', 'image');
      const preopens = { '/image': img.dir };
      const guest = { image: img.guest, displayName: path.basename(opts.image) };
      if (opts.db) {
        const db = mapPath(opts.db, '/db', 'vulnerability DB');
        preopens['/db'] = db.dir;
        guest.db = db.guest;
      }
      sandbox(preopens);
      const r = callWithTimeout(() => callScanner(scanner, { ...opts, formats }, guest), timeoutMs);
      const reports = {};
      for (const { format, content } of r.reports) reports[format] = content;
      return { verdict: r.verdict, exitCode: r.exitCode, reports };
    } catch (e) {
      const [code, message] = describeError(e);
      if (code === 'limit-exceeded') stopped = message;
      return errorOutcome(code, message);
    } finally {
      filesystem._setPreopens({});
    }
  }

  /**
   * Run the component's own command line (`wasi:cli/run`) with the given
   * preopens ({guest: host}); `writable` lets it write (e.g. `db build -o`).
   * Its `exit` ends the process: call this only in a worker thread.
   */
  function runCli(args, preopens, { writable: w = false, env = {} } = {}) {
    filesystem._setPreopens(preopens);
    if (fast) trackPreopens(filesystem._getPreopens(), preopens);
    cli._setEnv(env);
    cli._setArgs(['imagegate.wasm', ...args]);
    writable = w;
    component.run.run();
  }

  /**
   * The WIT `plan`: what a scan with this policy needs (`needsDb`,
   * `maxDbAgeDays` as a Number) and the defaults every host shares
   * (`policyFile`, `dbFile`, `dbSource`, `dbEcosystems`). Throws a GateError
   * (`policy-invalid`) for a bad policy.
   */
  function plan({ policy, skipVulnerabilities = false } = {}) {
    try {
      const p = scanner.plan(witPolicy(policy), Boolean(skipVulnerabilities));
      return { ...p, maxDbAgeDays: Number(p.maxDbAgeDays) };
    } catch (e) {
      const [code, message] = describeError(e);
      throw new GateError(code, message);
    }
  }

  /**
   * The WIT `attest`: sign the verdict of a decided scan (see attest.js).
   * `req`: report (the scan's JSON report, unchanged), subjectName?,
   * policyDigest?, dbDigest?, componentDigest, now (Unix seconds),
   * signingKey (PEM; the component zeroes its copy and never names it).
   * Returns {bundle, statement, keyId, verdict}; throws a GateError.
   */
  function attest(req) {
    if (stopped) throw new GateError('limit-exceeded', `the component was stopped by a limit earlier (${stopped}); start a new process`);
    try {
      cli._setEnv({});
      const a = callWithTimeout(() => scanner.attest(toWitAttest(req)), timeoutMs);
      return { bundle: a.bundle, statement: a.statement, keyId: a.keyId, verdict: a.verdict };
    } catch (e) {
      const [code, message] = describeError(e);
      if (code === 'limit-exceeded') stopped = message;
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
    explain: (code) => scanner.explain(code) ?? null,
  };
}

function errorOutcome(code, message) {
  return { verdict: 'error', exitCode: 2, reports: {}, error: { code, message } };
}

/** [code, message] of anything a scan threw: a WIT `err`, a host error, a trap. */
export function describeError(e) {
  if (e instanceof GateError) return [e.code, e.message];
  if (e instanceof LimitError) return [e.code, `${e.message} (raise the time limit)`];
  // jco: a WIT `result::err(scan-error)` throws ComponentError with `.payload`.
  const p = e?.payload;
  if (p && typeof p.code === 'string') return [p.code, String(p.message ?? p.code)];
  if (e instanceof WebAssembly.RuntimeError) {
    if (memoryLimitHit()) {
      return ['limit-exceeded', `the scan needed more than the memory limit of ${memoryLimitMiB()} MiB (raise the memory limit)`];
    }
    return ['component-trap', `the component trapped: ${e.message}`];
  }
  return ['host-error', e?.message ?? String(e)];
}
