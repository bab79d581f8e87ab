// The ImageGate@1 task around the shared gate: read inputs, scan, write the
// reports, publish them (summary, JUnit test results, artifact, output
// variables) and fail the task on `fail` or `error`. It holds no scanning
// logic. Every dependency (the task library `tl`, the gate) is passed in.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readLimitInputs } from '../../../shared/limits.js';

/** Report formats the task asks for, and their file names in `outputDir`. */
export const REPORT_FILES = Object.freeze({
  json: 'imagegate.json',
  sarif: 'imagegate.sarif',
  junit: 'imagegate.junit.xml',
  markdown: 'imagegate.md',
});
export const FAIL_ON = Object.freeze(['low', 'medium', 'high', 'critical']);
export const SEVERITIES = Object.freeze(['critical', 'high', 'medium', 'low', 'unknown']);
/** Name of the build artifact holding the reports. */
export const ARTIFACT = 'imagegate';

/** Thrown for bad inputs: the task reports it as verdict `error`. */
export class InputError extends Error {
  constructor(message) {
    super(message);
    this.name = 'InputError';
  }
}

/** Read and check every input once (camelCase names, as in task.json). */
export function parseInputs(tl) {
  const get = (name) => (tl.getInput(name, false) ?? '').trim();
  const image = get('image');
  if (!image) throw new InputError('input image is required: the path of an image tarball or OCI layout');
  const failOn = get('failOn').toLowerCase();
  if (failOn && !FAIL_ON.includes(failOn)) {
    throw new InputError(`input failOn: ${JSON.stringify(failOn)} is not one of ${FAIL_ON.join(', ')}`);
  }
  const outputDir = get('outputDir') || path.join(tl.getVariable('Build.ArtifactStagingDirectory') || '.', 'imagegate');
  return {
    image,
    policy: get('policy'),
    failOn,
    reference: get('reference'),
    outputDir,
    db: get('db'),
    offline: tl.getBoolInput('offline', false),
    // Sandbox limits, as the Rust host's --memory-limit / --timeout.
    ...readLimitInputs(get, { memory: 'memoryLimit', timeout: 'timeout' }, InputError),
  };
}

/** Counts of vulnerabilities per severity level in a JSON report. */
export function severityCounts(report) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const v of report?.vulnerabilities ?? []) {
    const level = v?.severity?.level;
    counts[level in counts ? level : 'unknown'] += 1;
  }
  return counts;
}

/** The summary when the gate could not decide (there is no report then). */
export function errorMarkdown(error, imageName) {
  const cell = (s) => String(s ?? '').replace(/\r?\n/g, ' ');
  return [
    `## imagegate: error — could not decide on \`${cell(imageName)}\``,
    '',
    `**${cell(error?.code)}**: ${cell(error?.message)}`,
    '',
    'An error is never a pass: the task fails until the gate can decide.',
    '',
  ].join('\n');
}

function readPolicy(file) {
  try {
    return { name: path.basename(file), text: readFileSync(file, 'utf8') };
  } catch (e) {
    throw new InputError(`input policy: cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}

/**
 * Run the task. deps: { tl, gate, now?() -> Unix seconds }. Returns the
 * outcome `{verdict, exitCode, reports, error?}` (also for tests).
 */
export async function runTask({ tl, gate, loadGate, now }) {
  let inputs;
  let outcome;
  try {
    inputs = parseInputs(tl);
    if (!inputs.db) {
      const note = 'no vulnerability DB (input db): packages are not matched against advisories';
      if (inputs.offline) console.log(`imagegate: ${note}`);
      else tl.warning(note);
    }
    console.log(`imagegate: scanning ${inputs.image}${inputs.db ? ` with DB ${inputs.db}` : ''}`);
    const g = gate ?? (await loadGate({ memoryMiB: inputs.memoryLimit, timeoutS: inputs.timeout }));
    outcome = g.scan({
      image: inputs.image,
      formats: Object.keys(REPORT_FILES),
      db: inputs.db || undefined,
      policy: inputs.policy ? readPolicy(inputs.policy) : undefined,
      failOn: inputs.failOn || undefined,
      reference: inputs.reference || undefined,
      now: now ? now() : undefined,
    });
  } catch (e) {
    const code = e instanceof InputError ? 'usage' : 'host-error';
    outcome = { verdict: 'error', exitCode: 2, reports: {}, error: { code, message: e.message } };
  }

  let report = null;
  if (outcome.reports?.json !== undefined) {
    try {
      report = JSON.parse(outcome.reports.json);
    } catch (e) {
      outcome = { ...outcome, verdict: 'error', exitCode: 2, error: { code: 'host-error', message: `the component's JSON report does not parse: ${e.message}` } };
    }
  }

  // Write the reports (and, on error, the error summary) into outputDir.
  const outputDir = path.resolve(inputs?.outputDir ?? path.join(tl.getVariable('Build.ArtifactStagingDirectory') || '.', 'imagegate'));
  const files = {};
  try {
    mkdirSync(outputDir, { recursive: true });
    for (const [format, content] of Object.entries(outcome.reports ?? {})) {
      if (!(format in REPORT_FILES)) continue;
      files[format] = path.join(outputDir, REPORT_FILES[format]);
      writeFileSync(files[format], content);
    }
    if (files.markdown === undefined) {
      files.markdown = path.join(outputDir, REPORT_FILES.markdown);
      const name = inputs ? path.basename(inputs.image) : '(no image)';
      writeFileSync(files.markdown, errorMarkdown(outcome.error ?? { code: outcome.verdict, message: 'no Markdown report' }, name));
    }
  } catch (e) {
    tl.warning(`imagegate: cannot write the reports to ${outputDir}: ${e.message}`);
  }

  // Publish: summary tab, Tests tab, the reports as an artifact.
  if (files.markdown) tl.uploadSummary(files.markdown);
  if (files.junit) new tl.TestPublisher('JUnit').publish([files.junit], 'false', '', '', 'imagegate', 'true');
  if (Object.keys(files).length) tl.uploadArtifact(ARTIFACT, outputDir, ARTIFACT);

  // Output variables (`isOutput`: later jobs read them as dependencies).
  const counts = severityCounts(report);
  tl.setVariable('verdict', outcome.verdict, false, true);
  tl.setVariable('errors', String(report?.summary?.errors ?? 0), false, true);
  tl.setVariable('warnings', String(report?.summary?.warnings ?? 0), false, true);
  for (const s of SEVERITIES) tl.setVariable(s, String(counts[s]), false, true);
  tl.setVariable('reportDir', outputDir, false, true);

  if (outcome.verdict === 'pass') {
    tl.setResult(tl.TaskResult.Succeeded, 'imagegate: pass');
  } else if (outcome.verdict === 'fail') {
    const s = report?.summary ?? {};
    tl.setResult(tl.TaskResult.Failed, `imagegate: the image fails the policy (${s.errors ?? 0} errors, ${s.warnings ?? 0} warnings)`);
  } else {
    // `error` and anything unexpected: never a pass.
    const e = outcome.error ?? { code: 'host-error', message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
    tl.setResult(tl.TaskResult.Failed, `imagegate could not decide (${e.code}): ${e.message}`);
  }
  return outcome;
}
