// Run dist/index.js the way the runner runs it, for the end-to-end tests:
// every input as INPUT_<NAME>, outputs and the step summary in the files
// named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/index.js');

/** Parse the GITHUB_OUTPUT file (`name<<delimiter` blocks). */
export function parseOutputs(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/**
 * Run the action in a fresh directory (its working directory and
 * RUNNER_TEMP); `env` adds to or overrides PATH, HOME and the runner's
 * files. Asynchronous, so the test's own servers keep answering meanwhile.
 * Resolves {status, stdout, stderr, outputs, summary, dir}.
 */
export async function runDist(inputs, env = {}, prefix = 'imagegate-e2e-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const outFile = path.join(dir, 'github_output');
  const sumFile = path.join(dir, 'step_summary');
  writeFileSync(outFile, '');
  writeFileSync(sumFile, '');
  const vars = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: dir, GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: sumFile, ...env };
  for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { cwd: dir, env: vars, timeout: 120000 });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d) => (out.stdout += d));
    child.stderr.on('data', (d) => (out.stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ ...out, status }));
  });
  return { ...r, outputs: parseOutputs(readFileSync(outFile, 'utf8')), summary: readFileSync(sumFile, 'utf8'), dir };
}
