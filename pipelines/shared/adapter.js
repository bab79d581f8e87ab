// What every CI adapter does the same way, so one image and one repository
// get one verdict in every host: the shared constants (defined in gate.js: report files,
// severities, fail-on words), input parsing rules (booleans, fail-on,
// case-insensitive), policy discovery (an explicit file, else
// `imagegate.toml` at the workspace root, named in reports by its path
// relative to the workspace), the order of a gate run (plan → DB → scan) and
// the step result (report-only never hides an error); VEX documents found in
// the workspace by the same convention as the CLI (`.vex/*.json`,
// `*.openvex.json`, `*.vex.json`). The GitHub Action
// (pipelines/github/src/action.js) and the Azure task
// (pipelines/azure/ImageGateV1/src/task.js) only map their inputs and
// publish; the Rust CLI follows the same rules (host/src/main.rs).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FAIL_ON, FORMATS, GateError, REPORT_FILES, SEVERITIES } from './gate.js';
import { logSafe } from './logsafe.js';

// The shared constants are defined once, in gate.js.
export { FAIL_ON, FORMATS, REPORT_FILES, SEVERITIES, logSafe };

/** A bad input: the step reports it as verdict `error` (code `usage`). */
export class InputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InputError';
  }
}

/** A boolean input: true/yes/on/1 or false/no/off/0 (any case); '' is `fallback`. */
export function parseBool(name, value, fallback) {
  const v = String(value ?? '').trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`input ${name}: ${JSON.stringify(v)} is not true or false`);
}

/** The fail-on input, case-insensitive as in every host; '' means the policy's. */
export function parseFailOn(name, value) {
  const v = String(value ?? '').trim().toLowerCase();
  if (v && !FAIL_ON.includes(v)) {
    throw new InputError(`input ${name}: unknown severity ${JSON.stringify(v)} (known: ${FAIL_ON.join(', ')})`);
  }
  return v;
}

/** Counts of vulnerabilities per severity level in a JSON report (those VEX suppresses or the policy ignores left out). */
export function severityCounts(report) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const v of report?.vulnerabilities ?? []) {
    if (v?.vex?.suppressed || v?.ignored) continue;
    const level = v?.severity?.level;
    counts[level in counts ? level : 'unknown'] += 1;
  }
  return counts;
}

/**
 * How reports name a policy file: its path relative to the workspace when it
 * is inside it (`imagegate.toml`, `ci/policy.toml`), else its file name.
 * Reports never hold a host path, and every host names one file alike.
 */
export function policyName(file, workspace) {
  const rel = path.relative(path.resolve(workspace), path.resolve(workspace, file));
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  return path.basename(file);
}

/**
 * The policy for a scan: the explicit file (`explicit`, relative paths from
 * the workspace), else `<workspace>/<defaultName>` when it is a file, else
 * none (the built-in policy). Returns {name, text} or undefined.
 */
export function readPolicy(explicit, workspace, defaultName) {
  const file = explicit ? path.resolve(workspace, explicit) : path.join(workspace, defaultName);
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    if (!explicit && e.code === 'ENOENT') return undefined;
    throw new InputError(`input policy: cannot read ${logSafe(file)}: ${e.code === 'ENOENT' ? 'no such file' : logSafe(e.message)}`);
  }
  if (!st.isFile()) {
    if (!explicit) return undefined;
    throw new InputError(`input policy: ${logSafe(file)} is not a file`);
  }
  try {
    return { name: policyName(file, workspace), text: readFileSync(file, 'utf8') };
  } catch (e) {
    throw new InputError(`input policy: cannot read ${logSafe(file)}: ${logSafe(e.message)}`);
  }
}

/** The VEX documents a workspace holds by convention (as `imagegate::vex::discover`). */
export const VEX_DIR = '.vex';
export const VEX_SUFFIXES = Object.freeze(['.openvex.json', '.vex.json']);
/** The largest VEX document read (as `imagegate::vex::MAX_DOCUMENT`). */
export const MAX_VEX_BYTES = 32 * 1024 * 1024;

function filesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() || (e.isSymbolicLink() && statSync(path.join(dir, e.name)).isFile()))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return [];
    throw new InputError(`cannot list ${logSafe(dir)}: ${logSafe(e.message)}`);
  }
}

/**
 * The workspace's VEX documents, the same convention in every host: every
 * `*.json` in `<workspace>/.vex/`, then every `*.openvex.json` and
 * `*.vex.json` at the workspace root, sorted by name. Returns [{name, text}]
 * named by their path relative to the workspace.
 */
export function readVex(workspace, explicit = []) {
  const root = path.resolve(workspace);
  if (explicit.length) return explicit.map((f) => readVexFile(f, root));
  const rel = [
    ...filesIn(path.join(root, VEX_DIR)).filter((n) => n.endsWith('.json')).map((n) => `${VEX_DIR}/${n}`),
    ...filesIn(root).filter((n) => VEX_SUFFIXES.some((s) => n.endsWith(s))),
  ];
  return rel.map((name) => {
    const file = path.join(root, name);
    try {
      if (statSync(file).size > MAX_VEX_BYTES) throw new Error(`is larger than ${MAX_VEX_BYTES} bytes`);
      return { name, text: readFileSync(file, 'utf8') };
    } catch (e) {
      throw new InputError(`VEX document ${logSafe(name)}: ${logSafe(e.message)}`);
    }
  });
}

/**
 * The VEX input of an adapter: paths separated by newlines or commas (a
 * multi-line input in YAML), relative to the workspace; '' means none given.
 */
export function parseVexInput(value) {
  return String(value ?? '')
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * One VEX document the user named (`vex` input, as the CLI's `--vex FILE`):
 * it must exist and be a file; named in reports as the policy file is.
 */
function readVexFile(file, root) {
  const abs = path.resolve(root, file);
  const shown = logSafe(file);
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    throw new InputError(`input vex: cannot read ${shown}: ${e.code === 'ENOENT' ? 'no such file' : logSafe(e.message)}`);
  }
  if (!st.isFile()) throw new InputError(`input vex: ${shown} is not a file`);
  if (st.size > MAX_VEX_BYTES) throw new InputError(`input vex: ${shown} is larger than ${MAX_VEX_BYTES} bytes`);
  try {
    return { name: policyName(abs, root), text: readFileSync(abs, 'utf8') };
  } catch (e) {
    throw new InputError(`input vex: cannot read ${shown}: ${logSafe(e.message)}`);
  }
}

/**
 * One gate run with the rules every host shares. `inputs` holds image,
 * policy, vex (paths, or [] for the workspace's documents), failOn,
 * reference, tag, platform, skipVulnerabilities, formats,
 * memoryLimit, timeout; `getDb(plan, gate)` returns {path?} (see db.js).
 * Returns {outcome, report (parsed JSON or null), db, gate (the gate that
 * scanned, for `attest`), policy ({name, text} read, or undefined)}. Never
 * throws for a scan failure: the outcome's verdict is then `error`.
 */
export async function runGate({ gate, loadGate, inputs, workspace, getDb, now }) {
  let outcome;
  let db = {};
  let g;
  let policy;
  try {
    g = gate ?? (await loadGate({ memoryMiB: inputs.memoryLimit, timeoutS: inputs.timeout }));
    const defaults = g.plan({ skipVulnerabilities: true });
    policy = readPolicy(inputs.policy, workspace, defaults.policyFile);
    // The `vex` input (a list of files), else the workspace's by convention.
    const vex = readVex(workspace, inputs.vex ?? []);
    const plan = g.plan({ policy, skipVulnerabilities: inputs.skipVulnerabilities });
    db = await getDb(plan, g);
    outcome = g.scan({
      image: path.resolve(workspace, inputs.image),
      displayName: path.basename(inputs.image),
      db: db.path,
      policy,
      failOn: inputs.failOn || undefined,
      reference: inputs.reference || undefined,
      tag: inputs.tag || undefined,
      platform: inputs.platform || undefined,
      skipVulnerabilities: inputs.skipVulnerabilities,
      formats: inputs.formats,
      vex,
      now: now ? now() : undefined,
    });
  } catch (e) {
    const code = e instanceof InputError ? 'usage' : e instanceof GateError ? e.code : 'host-error';
    outcome = { verdict: 'error', exitCode: 2, reports: {}, error: { code, message: logSafe(e?.message ?? e) } };
  }
  let report = null;
  if (outcome.reports?.json !== undefined) {
    try {
      report = JSON.parse(outcome.reports.json);
    } catch (e) {
      outcome = { ...outcome, verdict: 'error', exitCode: 2, error: { code: 'host-error', message: `the component's JSON report does not parse: ${e.message}` } };
    }
  }
  return { outcome, report, db, gate: g, policy };
}

/** Why a report with verdict `error` could not decide (the policy's undecided checks). */
function undecided(report) {
  const u = report?.policy?.undecided ?? [];
  return u.length ? u.join('; ') : 'see the report';
}

/**
 * The step's result: {failed, message}. `fail` fails the step unless
 * report-only; `error` (and anything unexpected) always does: a gate that
 * could not decide is never a pass, in report-only mode neither.
 */
export function stepResult(outcome, report, reportOnly) {
  if (outcome.verdict === 'pass') return { failed: false, message: 'imagegate: pass' };
  if (outcome.verdict === 'fail') {
    const s = report?.summary ?? {};
    const what = `the image fails the policy (${s.errors ?? 0} errors, ${s.warnings ?? 0} warnings)`;
    if (reportOnly) return { failed: false, message: `imagegate: ${what}; report-only: the step does not fail` };
    return { failed: true, message: `imagegate: ${what}` };
  }
  if (outcome.verdict === 'error' && !outcome.error && report) {
    return { failed: true, message: `imagegate could not decide (undecided): ${logSafe(undecided(report))}` };
  }
  const e = outcome.error ?? { code: 'host-error', message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
  return { failed: true, message: `imagegate could not decide (${e.code}): ${logSafe(e.message)}` };
}
