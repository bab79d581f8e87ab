import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ANNOTATION_CAP, InputError, annotate, parseInputs, runAction, severityCounts, summaryMarkdown } from '../src/action.js';
import { mockCore } from './mock-core.js';

const diag = (severity, code, message = `${code} message`) => ({ code, check: 'test', severity, message, location: { path: '/etc/x', layer: 1 } });
const vuln = (id, level) => ({ id, package: 'openssl', installed: '3.0.1', fixed: ['3.0.2'], severity: { level } });
const report = (extra = {}) => ({ verdict: 'pass', summary: { errors: 0, warnings: 0, notes: 0 }, diagnostics: [], os: { pretty_name: 'Debian GNU/Linux 12 (bookworm)' }, packages: [{}, {}], ...extra });

function fakeGate(outcome) {
  const seen = [];
  return {
    seen,
    formats: ['json', 'text', 'cyclonedx', 'spdx'],
    scan(opts) {
      seen.push(opts);
      return typeof outcome === 'function' ? outcome(opts) : outcome;
    },
  };
}
const noDb = async () => ({});
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'imagegate-action-'));

describe('parseInputs', () => {
  it('applies the defaults of action.yml', () => {
    const i = parseInputs(mockCore({ image: 'app.tar' }));
    assert.equal(i.image, 'app.tar');
    assert.deepEqual(i.formats, ['json']);
    assert.equal(i.outputDir, 'imagegate-report');
    assert.equal(i.dbCache, true);
    assert.equal(i.offline, false);
    assert.equal(i.summary, true);
    assert.deepEqual(i.dbEcosystems, []);
  });
  it('reads lists and booleans', () => {
    const i = parseInputs(mockCore({ image: 'a', format: 'json, Text,cyclonedx', offline: 'TRUE', summary: 'off', 'db-cache': 'no', 'db-ecosystems': 'Debian,PyPI' }));
    assert.deepEqual(i.formats, ['json', 'text', 'cyclonedx']);
    assert.equal(i.offline, true);
    assert.equal(i.summary, false);
    assert.equal(i.dbCache, false);
    assert.deepEqual(i.dbEcosystems, ['Debian', 'PyPI']);
  });
  it('rejects a missing image, an unknown format and a bad boolean', () => {
    assert.throws(() => parseInputs(mockCore({})), /image is required/);
    assert.throws(() => parseInputs(mockCore({ image: 'a', format: 'json,xml' })), /unknown xml/);
    assert.throws(() => parseInputs(mockCore({ image: 'a', offline: 'maybe' })), InputError);
  });
});

describe('runAction', () => {
  it('passes: outputs, report file, summary, no failure', async () => {
    const dir = tmp();
    const core = mockCore({ image: '/x/app.tar', 'output-dir': dir, format: 'json,text' });
    const r = report({ vulnerabilities: [vuln('CVE-1', 'critical'), vuln('CVE-2', 'low'), vuln('CVE-3', 'low')] });
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(r), text: 'text report' } });
    const out = await runAction({ core, gate, getDb: async () => ({ path: '/db/x.db' }), now: () => 1700000000 });
    assert.equal(out.verdict, 'pass');
    assert.deepEqual(core.calls.failed, []);
    assert.deepEqual(gate.seen[0].formats, ['json', 'text']);
    assert.equal(gate.seen[0].db, '/db/x.db');
    assert.equal(gate.seen[0].now, 1700000000);
    assert.equal(core.calls.outputs.verdict, 'pass');
    assert.equal(core.calls.outputs.critical, '1');
    assert.equal(core.calls.outputs.low, '2');
    assert.equal(core.calls.outputs.high, '0');
    assert.equal(core.calls.outputs.report, path.join(dir, 'imagegate.json'));
    assert.equal(readFileSync(path.join(dir, 'imagegate.txt'), 'utf8'), 'text report');
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'imagegate.json'), 'utf8')), r);
    assert.match(core.calls.summary[0], /^## ✅ imagegate: pass — `app\.tar`/);
  });
  it('fails the step on a fail verdict', async () => {
    const core = mockCore({ image: 'app.tar', 'output-dir': tmp() });
    const r = report({ verdict: 'fail', summary: { errors: 2, warnings: 1, notes: 0 }, diagnostics: [diag('error', 'root-user'), diag('error', 'secret-aws'), diag('warning', 'no-healthcheck')] });
    await runAction({ core, gate: fakeGate({ verdict: 'fail', exitCode: 1, reports: { json: JSON.stringify(r) } }), getDb: noDb });
    assert.equal(core.calls.failed.length, 1);
    assert.match(core.calls.failed[0], /fails the policy \(2 errors, 1 warnings\)/);
    assert.equal(core.calls.outputs.verdict, 'fail');
    assert.equal(core.calls.errors.length, 2);
    assert.equal(core.calls.warnings.length, 1);
    assert.equal(core.calls.errors[0].p.title, 'imagegate root-user');
    assert.match(core.calls.summary[0], /^## ❌ imagegate: fail/);
  });
  it('an error is never a pass: setFailed with the code, verdict error', async () => {
    const core = mockCore({ image: 'bad.tar', 'output-dir': tmp() });
    await runAction({ core, gate: fakeGate({ verdict: 'error', exitCode: 2, reports: {}, error: { code: 'digest-mismatch', message: 'bad.tar: layer digest mismatch' } }), getDb: noDb });
    assert.equal(core.calls.outputs.verdict, 'error');
    assert.equal(core.calls.outputs.report, '');
    assert.match(core.calls.failed[0], /could not decide \(digest-mismatch\): bad\.tar: layer digest mismatch/);
    assert.match(core.calls.summary[0], /^## ⚠️ imagegate: error/);
    assert.match(core.calls.summary[0], /digest-mismatch/);
  });
  it('a DB failure, a bad input and an unexpected verdict are errors too', async () => {
    for (const [inputs, gate, getDb, re] of [
      [{ image: 'a.tar' }, fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: '{}' } }), async () => { throw new Error('download failed after 4 attempts'); }, /download failed/],
      [{ image: 'a.tar', offline: 'perhaps' }, fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: '{}' } }), noDb, /usage.*not true or false/],
      [{ image: 'a.tar' }, fakeGate({ verdict: 'maybe', exitCode: 0, reports: {} }), noDb, /unexpected verdict/],
      [{ image: 'a.tar' }, fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: '{not json' } }), noDb, /does not parse/],
      [{ image: 'a.tar', policy: '/nonexistent/policy.toml' }, fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: '{}' } }), noDb, /cannot read \/nonexistent\/policy\.toml/],
    ]) {
      const core = mockCore({ 'output-dir': tmp(), ...inputs });
      await runAction({ core, gate, getDb });
      assert.equal(core.calls.failed.length, 1, String(re));
      assert.match(core.calls.failed[0], re);
      assert.notEqual(core.calls.outputs.verdict, 'pass');
    }
  });
  it('warns about formats the component cannot render and writes no SARIF', async () => {
    const dir = tmp();
    const core = mockCore({ image: 'a.tar', 'output-dir': dir, format: 'json,junit', 'sarif-file': path.join(dir, 'x.sarif') });
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
    await runAction({ core, gate, getDb: noDb });
    assert.deepEqual(gate.seen[0].formats, ['json']);
    assert.equal(core.calls.warnings.filter((w) => /cannot render (junit|sarif)/.test(w.m)).length, 2);
    assert.equal(core.calls.outputs.sarif, '');
    assert.equal(existsSync(path.join(dir, 'x.sarif')), false);
  });
  it('writes a SARIF file when the component renders one', async () => {
    const dir = tmp();
    const sarif = path.join(dir, 'sub', 'x.sarif');
    const core = mockCore({ image: 'a.tar', 'output-dir': dir, 'sarif-file': sarif });
    const gate = { ...fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()), sarif: '{"version":"2.1.0"}' } }), formats: ['json', 'sarif'] };
    await runAction({ core, gate, getDb: noDb });
    assert.equal(core.calls.outputs.sarif, sarif);
    assert.equal(readFileSync(sarif, 'utf8'), '{"version":"2.1.0"}');
  });
  it('summary off writes no summary', async () => {
    const core = mockCore({ image: 'a.tar', 'output-dir': tmp(), summary: 'false' });
    await runAction({ core, gate: fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } }), getDb: noDb });
    assert.deepEqual(core.calls.summary, []);
  });
});

describe('publishing', () => {
  it('caps annotations, errors first, and says how many were left out', () => {
    const core = mockCore();
    const diags = [...Array.from({ length: 15 }, (_, i) => diag('warning', `w${i}`)), ...Array.from({ length: 8 }, (_, i) => diag('error', `e${i}`)), diag('note', 'n')];
    const n = annotate(core, { diagnostics: diags });
    assert.equal(n, ANNOTATION_CAP);
    assert.equal(core.calls.errors.length, 8);
    assert.equal(core.calls.warnings.length, ANNOTATION_CAP - 8);
    assert.match(core.calls.notices[0].m, /13 more diagnostics/);
    assert.match(core.calls.errors[0].m, /e0 message \(\/etc\/x, layer 1\)/);
  });
  it('summary: verdict first, severity counts, escaped cells, row cap', () => {
    const vulns = [vuln('CVE-A', 'critical'), vuln('CVE-B', 'high'), vuln('CVE-C', 'weird')];
    const md = summaryMarkdown({ verdict: 'fail' }, report({ vulnerabilities: vulns, summary: { errors: 1, warnings: 0, notes: 0 }, diagnostics: [diag('error', 'x', 'a|b\nc')] }), 'app.tar');
    const lines = md.split('\n');
    assert.equal(lines[0], '## ❌ imagegate: fail — `app.tar`');
    assert.match(md, /1 errors, 0 warnings, 0 notes · Debian GNU\/Linux 12 \(bookworm\) · 2 packages/);
    assert.match(md, /\| 1 \| 1 \| 0 \| 0 \| 1 \|/);
    assert.match(md, /a\\\|b c/);
    const many = summaryMarkdown({ verdict: 'pass' }, report({ vulnerabilities: Array.from({ length: 30 }, (_, i) => vuln(`CVE-${i}`, 'low')) }), 'a');
    assert.match(many, /…and 10 more in the report/);
    assert.equal((many.match(/\| low \| CVE-/g) ?? []).length, 20);
  });
  it('counts severities, unknown levels as unknown', () => {
    assert.deepEqual(severityCounts({ vulnerabilities: [vuln('a', 'high'), vuln('b', 'bogus'), { id: 'c' }] }), { critical: 0, high: 1, medium: 0, low: 0, unknown: 2 });
    assert.deepEqual(severityCounts(null), { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 });
  });
});
