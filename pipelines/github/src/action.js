// The GitHub Action around the shared gate: read inputs, get the vulnerability
// DB, scan, publish (outputs, report files, step summary, annotations) and
// fail the step on `fail` or `error`. Every dependency (`core`, the gate, the
// DB provider) is passed in, so unit tests run it with mocks.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, REPORT_FILES, SEVERITIES, logSafe, parseBool, parseFailOn, parseVexInput, runGate, severityCounts, stepResult } from '../../shared/adapter.js';
import { readLimitInputs } from '../../shared/limits.js';
import { ATTESTATION_FILE, attestAfterScan, parseAttestInputs, secretLines } from '../../shared/attest.js';

export { InputError, REPORT_FILES, SEVERITIES, severityCounts };

/** Most annotations one run adds (GitHub shows at most 10 per step and type). */
export const ANNOTATION_CAP = 10;
/** Rows per table in the step summary. */
export const SUMMARY_ROWS = 20;

const bool = (core, name, fallback) => parseBool(name, core.getInput(name), fallback);

/**
 * The attestation inputs: the signing key (masked in the log line by line
 * before anything else happens, and removed from the environment), where the
 * bundle goes, whether to attach it in the registry and with which
 * credentials (the password masked too).
 */
function parseAttest(core, reference) {
  const key = core.getInput('attest-key');
  for (const line of secretLines(key)) core.setSecret(line);
  delete process.env['INPUT_ATTEST-KEY'];
  const password = core.getInput('registry-password');
  for (const line of secretLines(password)) core.setSecret(line);
  const a = parseAttestInputs(
    { key, output: core.getInput('attestation'), push: bool(core, 'attest-push', false), reference },
    { key: 'attest-key', push: 'attest-push', reference: 'reference' },
    InputError,
  );
  return { ...a, username: core.getInput('registry-username').trim(), password, githubToken: core.getInput('github-token').trim() };
}

/** Read and check every input once (kebab-case names, as in action.yml). */
export function parseInputs(core) {
  const attest = parseAttest(core, core.getInput('reference').trim());
  const image = core.getInput('image').trim();
  if (!image) throw new InputError('input image is required: the path of an image tarball or OCI layout');
  const formats = core
    .getInput('format')
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !(f in REPORT_FILES));
  if (unknown.length) {
    throw new InputError(`input format: unknown ${unknown.join(', ')} (known: ${Object.keys(REPORT_FILES).join(', ')})`);
  }
  return {
    image,
    policy: core.getInput('policy').trim(),
    vex: parseVexInput(core.getInput('vex')),
    failOn: parseFailOn('fail-on', core.getInput('fail-on')),
    reference: core.getInput('reference').trim(),
    formats: formats.length ? formats : ['json'],
    outputDir: core.getInput('output-dir').trim() || 'imagegate-report',
    sarifFile: core.getInput('sarif-file').trim(),
    db: core.getInput('db').trim(),
    dbCache: bool(core, 'db-cache', true),
    dbSource: core.getInput('db-source').trim(),
    dbEcosystems: core
      .getInput('db-ecosystems')
      .split(/[\s,]+/)
      .filter(Boolean),
    offline: bool(core, 'offline', false),
    skipVulnerabilities: bool(core, 'skip-vulnerabilities', false),
    reportOnly: bool(core, 'report-only', false),
    summary: bool(core, 'summary', true),
    tag: core.getInput('tag').trim(),
    platform: core.getInput('platform').trim(),
    attest,
    // Sandbox limits, as the Rust host's --memory-limit / --timeout.
    ...readLimitInputs((n) => core.getInput(n).trim(), { memory: 'memory-limit', timeout: 'timeout' }, InputError),
  };
}

const cell = (s) => String(s ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function where(loc) {
  if (!loc) return '';
  const parts = [];
  if (loc.package) parts.push(`package ${loc.package}`);
  if (loc.path) parts.push(loc.path);
  if (loc.config) parts.push(`config ${loc.config}`);
  if (loc.layer !== undefined && loc.layer !== null) parts.push(`layer ${loc.layer}`);
  return parts.join(', ');
}

/**
 * The step summary: the component's Markdown report (verdict first). Only
 * when the gate could not decide and rendered nothing does the action write
 * its own short error summary.
 */
export function summaryMarkdown(outcome, imageName) {
  if (outcome.reports?.markdown !== undefined) return outcome.reports.markdown;
  const v = ['pass', 'fail'].includes(outcome.verdict) ? outcome.verdict : 'error';
  const icon = { pass: '✅', fail: '❌', error: '⚠️' }[v];
  const what = v === 'error' ? `could not decide on \`${cell(imageName)}\`` : `\`${cell(imageName)}\``;
  const lines = [`# ${icon} imagegate: ${v.toUpperCase()} — ${what}`, ''];
  if (v === 'error') {
    const e = outcome.error ?? { code: 'host-error', message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
    lines.push(`**${cell(e.code)}**: ${cell(e.message)}`, '', 'An error is never a pass: the step fails until the gate can decide.', '');
  }
  return lines.join('\n');
}

/** Annotations for the most important diagnostics (errors, then warnings), capped. */
export function annotate(core, report, cap = ANNOTATION_CAP) {
  const important = (report?.diagnostics ?? []).filter((d) => d.severity === 'error' || d.severity === 'warning');
  important.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const shown = important.slice(0, cap);
  for (const d of shown) {
    const at = where(d.location);
    const msg = `${d.message}${at ? ` (${at})` : ''}`;
    const props = { title: `imagegate ${d.code}` };
    if (d.severity === 'error') core.error(msg, props);
    else core.warning(msg, props);
  }
  if (important.length > shown.length) {
    core.notice(`imagegate: ${important.length - shown.length} more diagnostics are not annotated; see the report.`);
  }
  return shown.length;
}

function writeReport(dir, format, content) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, REPORT_FILES[format]);
  writeFileSync(file, content);
  return file;
}

/**
 * Run the action. deps: { core, gate | loadGate({memoryMiB, timeoutS}) ->
 * Promise<gate>, getDb(inputs, plan, gate) -> Promise<{path?}>, now?(),
 * workspace? (default $GITHUB_WORKSPACE, else the working directory) }.
 * Returns the outcome (also for tests).
 */
export async function runAction({ core, gate, loadGate, getDb, now, componentDigest, fetch, workspace = process.env.GITHUB_WORKSPACE || process.cwd() }) {
  let inputs;
  let outcome;
  let report = null;
  let ran = {};
  // One time for the scan and its attestation (the statement's scannedAt).
  const scanTime = now ? now() : Math.floor(Date.now() / 1000);
  try {
    inputs = parseInputs(core);
  } catch (e) {
    outcome = { verdict: 'error', exitCode: 2, reports: {}, error: { code: 'usage', message: logSafe(e.message) } };
  }
  if (inputs) {
    core.info(`imagegate: scanning ${logSafe(inputs.image)}`);
    // One scan renders everything: the action always needs the JSON report
    // (outputs, annotations), Markdown for the summary, SARIF for sarif-file.
    const formats = [...new Set(['json', ...inputs.formats, ...(inputs.summary ? ['markdown'] : []), ...(inputs.sarifFile ? ['sarif'] : [])])];
    ran = await runGate({
      gate,
      loadGate,
      inputs: { ...inputs, formats },
      workspace,
      getDb: (plan, g) => getDb(inputs, plan, g),
      now: () => scanTime,
    });
    ({ outcome, report } = ran);
  }

  const outputDir = inputs?.outputDir ?? 'imagegate-report';
  let reportPath = '';
  let sarifPath = '';
  for (const [format, content] of Object.entries(outcome.reports)) {
    if (format === 'sarif' && inputs.sarifFile) {
      mkdirSync(path.dirname(path.resolve(inputs.sarifFile)), { recursive: true });
      writeFileSync(inputs.sarifFile, content);
      sarifPath = inputs.sarifFile;
    }
    // Only the formats asked for (and the JSON report) go to output-dir.
    if (format !== 'json' && !inputs.formats.includes(format)) continue;
    const file = writeReport(outputDir, format, content);
    if (format === 'json') reportPath = file;
    if (format === 'sarif' && !sarifPath) sarifPath = file;
  }

  const counts = severityCounts(report);
  core.setOutput('verdict', outcome.verdict);
  for (const s of SEVERITIES) core.setOutput(s, String(counts[s]));
  core.setOutput('errors', String(report?.summary?.errors ?? 0));
  core.setOutput('warnings', String(report?.summary?.warnings ?? 0));
  core.setOutput('notes', String(report?.summary?.notes ?? 0));
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);

  if (report) annotate(core, report);
  if (inputs?.summary ?? true) {
    const name = inputs ? path.basename(inputs.image) : '(no image)';
    await core.summary.addRaw(summaryMarkdown(outcome, name)).write();
  }

  await attestStep({ core, inputs, outputDir, ran, outcome, report, scanTime, componentDigest, fetch });

  const step = stepResult(outcome, report, inputs?.reportOnly ?? false);
  if (step.failed) core.setFailed(step.message);
  else if (outcome.verdict === 'fail') core.warning(step.message);
  else core.info(step.message);
  return outcome;
}

/**
 * Sign the verdict (attest-key) and attach it (attest-push) after a decided
 * scan; set the `attestation` and `attestation-referrer` outputs. A failure to
 * sign or attach fails the step (the pipeline asked for an attestation),
 * whatever the verdict.
 */
async function attestStep({ core, inputs, outputDir, ran, outcome, report, scanTime, componentDigest, fetch }) {
  const actor = process.env.GITHUB_ACTOR || 'github';
  const a = inputs?.attest;
  const { done, error } = await attestAfterScan({
    a,
    ran,
    outcome,
    report,
    now: scanTime,
    reference: inputs?.reference,
    componentDigest,
    defaultOutput: path.join(outputDir, ATTESTATION_FILE),
    // ghcr.io: the workflow's token, when no other credentials are given.
    fallback: (r) => (r === 'ghcr.io' && a?.githubToken ? { username: actor, password: a.githubToken } : null),
    fetch,
    log: (m) => core.info(m),
  });
  if (error) core.setFailed(`imagegate: the verdict was not attested (${error.code}): ${error.message}`);
  core.setOutput('attestation', done?.file ?? '');
  core.setOutput('attestation-referrer', done?.referrer ?? '');
}
