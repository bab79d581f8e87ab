// The ImageGate@1 task around the shared adapter (pipelines/shared/adapter.js):
// read inputs the way the agent gives them, run the gate (plan → DB → scan,
// the rules every host shares), write the reports, publish them (summary,
// JUnit test results, artifact, output variables) and set the task result
// (`fail` fails it unless reportOnly; `error` always does). It holds no
// scanning logic. Every dependency (the task library `tl`, the gate, the DB
// provider) is passed in.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, REPORT_FILES as FILE_NAMES, SEVERITIES, logSafe, parseBool, parseFailOn, parseVexInput, runGate, severityCounts, stepResult } from '../../../shared/adapter.js';
import { readLimitInputs } from '../../../shared/limits.js';
import { ATTESTATION_FILE, attestAfterScan, parseAttestInputs, readKeySpec, secretLines } from '../../../shared/attest.js';

export { InputError, SEVERITIES, severityCounts };

/** Report formats the task asks for, and their file names in `outputDir` (the shared names). */
export const REPORT_FILES = Object.freeze(
  Object.fromEntries(['json', 'sarif', 'junit', 'markdown'].map((f) => [f, FILE_NAMES[f]])),
);
/** Name of the build artifact holding the reports. */
export const ARTIFACT = 'imagegate';

/**
 * The workspace root: where `imagegate.toml` is looked up and relative paths
 * start (`$(Build.SourcesDirectory)`, else `$(System.DefaultWorkingDirectory)`).
 */
export function workspaceOf(tl) {
  return tl.getVariable('Build.SourcesDirectory') || tl.getVariable('System.DefaultWorkingDirectory') || process.cwd();
}

/**
 * The attestation inputs: the signing key, named by `attestKey` as
 * `env://VAR` or a PEM file's path (the task library logs every input's value
 * as a debug line, so the PEM never goes through an input; it is registered
 * with the agent's masker line by line as soon as it is read, and the
 * variable leaves the environment), where the bundle goes, whether to attach
 * it in the registry and with which credentials (the password masked too).
 */
function parseAttest(tl, reference) {
  const key = readKeySpec(tl.getInput('attestKey', false), 'attestKey', InputError);
  for (const line of secretLines(key)) tl.setSecret(line);
  const password = tl.getInput('registryPassword', false) ?? '';
  for (const line of secretLines(password)) tl.setSecret(line);
  const a = parseAttestInputs(
    { key, output: tl.getInput('attestation', false), push: parseBool('attestPush', tl.getInput('attestPush', false), false), reference },
    { key: 'attestKey', push: 'attestPush', reference: 'reference' },
    InputError,
  );
  return { ...a, username: (tl.getInput('registryUsername', false) ?? '').trim(), password };
}

/** Read and check every input once (camelCase names, as in task.json). */
export function parseInputs(tl) {
  const get = (name) => (tl.getInput(name, false) ?? '').trim();
  const attest = parseAttest(tl, get('reference'));
  // The agent hands an empty `filePath` input to the task as the default
  // working directory (azure-pipelines-agent issue 1872): only a path the
  // user gave counts.
  const file = (name) => (tl.filePathSupplied(name) ? get(name) : '');
  const image = file('image');
  if (!image) throw new InputError('input image is required: the path of an image tarball or OCI layout');
  const outputDir = get('outputDir') || path.join(tl.getVariable('Build.ArtifactStagingDirectory') || '.', 'imagegate');
  return {
    image,
    policy: file('policy'),
    vex: parseVexInput(get('vex')),
    failOn: parseFailOn('failOn', get('failOn')),
    reference: get('reference'),
    outputDir,
    db: file('db'),
    dbDir: get('dbDir') || path.join(tl.getVariable('Pipeline.Workspace') || tl.getVariable('Agent.TempDirectory') || '.', '.imagegate-db'),
    dbSource: get('dbSource'),
    dbEcosystems: get('dbEcosystems').split(/[\s,]+/).filter(Boolean),
    offline: parseBool('offline', get('offline'), false),
    skipVulnerabilities: parseBool('skipVulnerabilities', get('skipVulnerabilities'), false),
    reportOnly: parseBool('reportOnly', get('reportOnly'), false),
    attest,
    // Sandbox limits, as the Rust host's --memory-limit / --timeout.
    ...readLimitInputs(get, { memory: 'memoryLimit', timeout: 'timeout' }, InputError),
  };
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

/**
 * Run the task. deps: { tl, gate | loadGate, getDb(inputs, plan, gate),
 * now?() -> Unix seconds }. Returns the outcome `{verdict, exitCode,
 * reports, error?}` (also for tests).
 */
export async function runTask({ tl, gate, loadGate, getDb, now, componentDigest, fetch }) {
  let inputs;
  let outcome;
  let report = null;
  let ran = {};
  // One time for the scan and its attestation (the statement's scannedAt).
  const scanTime = now ? now() : Math.floor(Date.now() / 1000);
  try {
    inputs = parseInputs(tl);
  } catch (e) {
    outcome = { verdict: 'error', exitCode: 2, reports: {}, error: { code: 'usage', message: logSafe(e.message) } };
  }
  if (inputs) {
    console.log(`imagegate: scanning ${logSafe(inputs.image)}`);
    ran = await runGate({
      gate,
      loadGate,
      inputs: { ...inputs, formats: Object.keys(REPORT_FILES) },
      workspace: workspaceOf(tl),
      getDb: (plan, g) => getDb(inputs, plan, g),
      now: () => scanTime,
    });
    ({ outcome, report } = ran);
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
    tl.warning(`imagegate: cannot write the reports to ${logSafe(outputDir)}: ${logSafe(e.message)}`);
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

  // Sign the verdict (attestKey) and attach it (attestPush) after a decided
  // scan. A failure to do what was asked fails the task, whatever the verdict.
  const { done, error } = await attestAfterScan({
    a: inputs?.attest,
    ran,
    outcome,
    report,
    now: scanTime,
    reference: inputs?.reference,
    componentDigest,
    defaultOutput: path.join(outputDir, ATTESTATION_FILE),
    fetch,
    log: (m) => console.log(m),
  });
  tl.setVariable('attestation', done?.file ?? '', false, true);
  tl.setVariable('attestationReferrer', done?.referrer ?? '', false, true);

  const step = stepResult(outcome, report, inputs?.reportOnly ?? false);
  const notAttested = error && `imagegate: the verdict was not attested (${error.code}): ${error.message}`;
  if (notAttested && step.failed) tl.error(notAttested);
  if (step.failed) tl.setResult(tl.TaskResult.Failed, step.message);
  else if (notAttested) tl.setResult(tl.TaskResult.Failed, notAttested);
  else if (outcome.verdict === 'fail') tl.setResult(tl.TaskResult.SucceededWithIssues, step.message);
  else tl.setResult(tl.TaskResult.Succeeded, step.message);
  return outcome;
}
