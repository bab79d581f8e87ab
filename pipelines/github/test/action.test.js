import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ANNOTATION_CAP, InputError, annotate, parseInputs, runAction, severityCounts, summaryMarkdown } from '../src/action.js';
import { mockCore } from './mock-core.js';
import { readVex } from '../../shared/adapter.js';

const diag = (severity, code, message = `${code} message`) => ({ code, check: 'test', severity, message, location: { path: '/etc/x', layer: 1 } });
const vuln = (id, level) => ({ id, package: 'openssl', installed: '3.0.1', fixed: ['3.0.2'], severity: { level } });
const report = (extra = {}) => ({ verdict: 'pass', summary: { errors: 0, warnings: 0, notes: 0 }, diagnostics: [], os: { pretty_name: 'Debian GNU/Linux 12 (bookworm)' }, packages: [{}, {}], ...extra });

const PLAN = { needsDb: true, maxDbAgeDays: 7, policyFile: 'imagegate.toml', dbFile: 'imagegate.db', dbSource: 'https://osv.example', dbEcosystems: ['Debian'] };
function fakeGate(outcome) {
  const seen = [];
  return {
    seen,
    plans: [],
    plan(opts) {
      this.plans.push(opts);
      return { ...PLAN, needsDb: !opts.skipVulnerabilities };
    },
    formats: ['json', 'text', 'cyclonedx', 'spdx', 'sarif', 'junit', 'markdown'],
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
    assert.equal(i.skipVulnerabilities, false);
    assert.equal(i.reportOnly, false);
  });
  it('reads lists and booleans', () => {
    const i = parseInputs(mockCore({ image: 'a', format: 'json, Text,cyclonedx', offline: 'TRUE', summary: 'off', 'db-cache': 'no', 'db-ecosystems': 'Debian,PyPI' }));
    assert.deepEqual(i.formats, ['json', 'text', 'cyclonedx']);
    assert.equal(i.offline, true);
    assert.equal(i.summary, false);
    assert.equal(i.dbCache, false);
    assert.deepEqual(i.dbEcosystems, ['Debian', 'PyPI']);
  });
  it('reads fail-on (any case) and reference', () => {
    const i = parseInputs(mockCore({ image: 'a', 'fail-on': 'Critical', reference: ' ghcr.io/acme/app:1.0 ' }));
    assert.equal(i.failOn, 'critical');
    assert.equal(i.reference, 'ghcr.io/acme/app:1.0');
    assert.equal(parseInputs(mockCore({ image: 'a' })).failOn, '');
  });
  it('rejects a missing image, an unknown format, a bad fail-on and a bad boolean', () => {
    assert.throws(() => parseInputs(mockCore({})), /image is required/);
    assert.throws(() => parseInputs(mockCore({ image: 'a', 'fail-on': 'severe' })), /fail-on: unknown severity "severe"/);
    assert.throws(() => parseInputs(mockCore({ image: 'a', format: 'json,xml' })), /unknown xml/);
    assert.throws(() => parseInputs(mockCore({ image: 'a', offline: 'maybe' })), InputError);
  });
});

describe('runAction', () => {
  it('passes: outputs, report file, summary, no failure', async () => {
    const dir = tmp();
    const core = mockCore({ image: '/x/app.tar', 'output-dir': dir, format: 'json,text' });
    const r = report({ vulnerabilities: [vuln('CVE-1', 'critical'), vuln('CVE-2', 'low'), vuln('CVE-3', 'low')] });
    const md = '# ✅ imagegate: PASS\n\ncomponent markdown\n';
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(r), text: 'text report', markdown: md } });
    const out = await runAction({ core, gate, getDb: async () => ({ path: '/db/x.db' }), now: () => 1700000000 });
    assert.equal(out.verdict, 'pass');
    assert.deepEqual(core.calls.failed, []);
    // One scan: the asked formats plus markdown for the summary.
    assert.equal(gate.seen.length, 1);
    assert.deepEqual(gate.seen[0].formats, ['json', 'text', 'markdown']);
    assert.equal(gate.seen[0].db, '/db/x.db');
    assert.equal(gate.seen[0].now, 1700000000);
    assert.equal(core.calls.outputs.verdict, 'pass');
    assert.equal(core.calls.outputs.critical, '1');
    assert.equal(core.calls.outputs.low, '2');
    assert.equal(core.calls.outputs.high, '0');
    assert.equal(core.calls.outputs.report, path.join(dir, 'imagegate.json'));
    assert.equal(readFileSync(path.join(dir, 'imagegate.txt'), 'utf8'), 'text report');
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'imagegate.json'), 'utf8')), r);
    // The summary is the component's Markdown report, as is; not written to output-dir unasked.
    assert.deepEqual(core.calls.summary, [md]);
    assert.equal(existsSync(path.join(dir, 'imagegate.md')), false);
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
    assert.match(core.calls.summary[0], /^# ❌ imagegate: FAIL — `app\.tar`/);
  });
  it('an error is never a pass: setFailed with the code, verdict error', async () => {
    const core = mockCore({ image: 'bad.tar', 'output-dir': tmp() });
    await runAction({ core, gate: fakeGate({ verdict: 'error', exitCode: 2, reports: {}, error: { code: 'digest-mismatch', message: 'bad.tar: layer digest mismatch' } }), getDb: noDb });
    assert.equal(core.calls.outputs.verdict, 'error');
    assert.equal(core.calls.outputs.report, '');
    assert.match(core.calls.failed[0], /could not decide \(digest-mismatch\): bad\.tar: layer digest mismatch/);
    assert.match(core.calls.summary[0], /^# ⚠️ imagegate: ERROR — could not decide on `bad\.tar`/);
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
  it('passes policy, fail-on and reference to the gate', async () => {
    const dir = tmp();
    const policy = path.join(dir, 'gate.toml');
    writeFileSync(policy, '[config]\nrequired-labels = ["a"]\n');
    const core = mockCore({ image: 'a.tar', 'output-dir': dir, policy, 'fail-on': 'medium', reference: 'ghcr.io/acme/app:1' });
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
    await runAction({ core, gate, getDb: noDb });
    assert.deepEqual(gate.seen[0].policy, { name: 'gate.toml', text: '[config]\nrequired-labels = ["a"]\n' });
    assert.equal(gate.seen[0].failOn, 'medium');
    assert.equal(gate.seen[0].reference, 'ghcr.io/acme/app:1');
  });
  it('an error verdict with a report fails the step and names what is undecided', async () => {
    const core = mockCore({ image: 'a.tar', 'output-dir': tmp() });
    const r = report({ verdict: 'error', policy: { source: 'p.toml', undecided: ['vulnerabilities: require-db is set and no DB was given'] } });
    await runAction({ core, gate: fakeGate({ verdict: 'error', exitCode: 2, reports: { json: JSON.stringify(r), markdown: '# ⚠️ imagegate: ERROR\n' } }), getDb: noDb });
    assert.equal(core.calls.outputs.verdict, 'error');
    assert.match(core.calls.failed[0], /could not decide \(undecided\): vulnerabilities: require-db/);
    assert.equal(core.calls.summary[0], '# ⚠️ imagegate: ERROR\n');
  });
  it('writes the SARIF file from the same scan, and only asked formats to output-dir', async () => {
    const dir = tmp();
    const sarif = path.join(dir, 'sub', 'x.sarif');
    const core = mockCore({ image: 'a.tar', 'output-dir': dir, format: 'json,junit', 'sarif-file': sarif, summary: 'false' });
    const gate = fakeGate({ verdict: 'fail', exitCode: 1, reports: { json: JSON.stringify(report()), junit: '<testsuites/>', sarif: '{"version":"2.1.0"}' } });
    await runAction({ core, gate, getDb: noDb });
    assert.deepEqual(gate.seen[0].formats, ['json', 'junit', 'sarif']);
    assert.equal(core.calls.outputs.sarif, sarif);
    assert.equal(readFileSync(sarif, 'utf8'), '{"version":"2.1.0"}');
    assert.equal(readFileSync(path.join(dir, 'imagegate.junit.xml'), 'utf8'), '<testsuites/>');
    assert.equal(existsSync(path.join(dir, 'imagegate.sarif')), false);
  });
  it('writes SARIF into output-dir when asked as a format', async () => {
    const dir = tmp();
    const core = mockCore({ image: 'a.tar', 'output-dir': dir, format: 'sarif' });
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()), sarif: '{}', markdown: '#' } });
    await runAction({ core, gate, getDb: noDb });
    assert.equal(core.calls.outputs.sarif, path.join(dir, 'imagegate.sarif'));
    assert.equal(readFileSync(path.join(dir, 'imagegate.sarif'), 'utf8'), '{}');
  });
  it('report-only: a failing image does not fail the step, an error still does', async () => {
    const failing = report({ verdict: 'fail', summary: { errors: 1, warnings: 0, notes: 0 } });
    let core = mockCore({ image: 'a.tar', 'output-dir': tmp(), 'report-only': 'true' });
    await runAction({ core, gate: fakeGate({ verdict: 'fail', exitCode: 1, reports: { json: JSON.stringify(failing) } }), getDb: noDb });
    assert.deepEqual(core.calls.failed, []);
    assert.equal(core.calls.outputs.verdict, 'fail');
    assert.match(core.calls.warnings.at(-1).m, /fails the policy \(1 errors.*report-only/);
    core = mockCore({ image: 'a.tar', 'output-dir': tmp(), 'report-only': 'true' });
    await runAction({ core, gate: fakeGate({ verdict: 'error', exitCode: 2, reports: {}, error: { code: 'digest-mismatch', message: 'x' } }), getDb: noDb });
    assert.match(core.calls.failed[0], /could not decide \(digest-mismatch\)/);
  });
  it('finds imagegate.toml at the workspace root, names it relative to it, and plans with it', async () => {
    const ws = tmp();
    writeFileSync(path.join(ws, 'imagegate.toml'), '[secrets]\nenabled = false\n');
    const core = mockCore({ image: 'a.tar', 'output-dir': tmp(), 'skip-vulnerabilities': 'yes' });
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
    const seenPlans = [];
    await runAction({ core, gate, workspace: ws, getDb: async (inputs, plan) => (seenPlans.push(plan), {}) });
    assert.deepEqual(gate.seen[0].policy, { name: 'imagegate.toml', text: '[secrets]\nenabled = false\n' });
    assert.equal(gate.seen[0].image, path.join(ws, 'a.tar'));
    assert.equal(gate.seen[0].skipVulnerabilities, true);
    assert.equal(gate.plans.at(-1).skipVulnerabilities, true);
    assert.equal(seenPlans[0].needsDb, false);
  });
  it('a policy input that is a directory is a usage error, not a crash', async () => {
    const core = mockCore({ image: 'a.tar', 'output-dir': tmp(), policy: tmp() });
    await runAction({ core, gate: fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: '{}' } }), getDb: noDb });
    assert.match(core.calls.failed[0], /could not decide \(usage\): input policy: .* is not a file/);
  });
  it('host messages are log-safe: a path with a line break cannot start a command', async () => {
    const core = mockCore({ image: 'a\n::warning::forged.tar', 'output-dir': tmp() });
    await runAction({ core, gate: fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } }), getDb: noDb });
    for (const line of core.calls.infos) assert.ok(!line.includes('\n'), line);
    assert.match(core.calls.infos[0], /a\\n::warning::forged\.tar/);
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
  it('summary: the markdown report as is; a short fallback, verdict first, without one', () => {
    assert.equal(summaryMarkdown({ verdict: 'fail', reports: { markdown: '# ❌ x' } }, 'a'), '# ❌ x');
    assert.equal(summaryMarkdown({ verdict: 'fail', reports: {} }, 'app.tar').split('\n')[0], '# ❌ imagegate: FAIL — `app.tar`');
    const e = summaryMarkdown({ verdict: 'error', reports: {}, error: { code: 'image-io', message: 'a|b\nc' } }, 'x.tar');
    assert.equal(e.split('\n')[0], '# ⚠️ imagegate: ERROR — could not decide on `x.tar`');
    assert.match(e, /\*\*image-io\*\*: a\\\|b c/);
    assert.match(summaryMarkdown({ verdict: 'maybe', reports: {} }, 'a'), /ERROR.*\n\n\*\*host-error\*\*: unexpected verdict "maybe"/);
  });
  it('counts severities, unknown levels as unknown', () => {
    assert.deepEqual(severityCounts({ vulnerabilities: [vuln('a', 'high'), vuln('b', 'bogus'), { id: 'c' }] }), { critical: 0, high: 1, medium: 0, low: 0, unknown: 2 });
    assert.deepEqual(severityCounts(null), { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 });
  });
  it('leaves findings VEX suppresses or the policy ignores out of the counts', () => {
    const out = { ...vuln('b', 'high'), vex: { suppressed: true, status: 'not_affected' } };
    const kept = { ...vuln('c', 'high'), vex: { suppressed: false, status: 'affected' } };
    const ignored = { ...vuln('d', 'high'), ignored: { index: 0, id: 'd', reason: 'r' } };
    assert.deepEqual(severityCounts({ vulnerabilities: [vuln('a', 'high'), out, kept, ignored] }), { critical: 0, high: 2, medium: 0, low: 0, unknown: 0 });
  });
});

describe('VEX documents of the workspace', () => {
  it('reads .vex/*.json, then *.openvex.json and *.vex.json at the root, sorted, named relative to the workspace', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'ig-vex-'));
    mkdirSync(path.join(ws, '.vex', 'sub'), { recursive: true });
    for (const f of ['.vex/b.json', '.vex/a.json', '.vex/notes.txt', 'z.openvex.json', 'a.vex.json', 'other.json', 'imagegate.toml']) {
      writeFileSync(path.join(ws, f), `{"f":"${f}"}`);
    }
    const docs = readVex(ws);
    assert.deepEqual(docs.map((d) => d.name), ['.vex/a.json', '.vex/b.json', 'a.vex.json', 'z.openvex.json']);
    assert.equal(docs[0].text, '{"f":".vex/a.json"}');
    assert.deepEqual(readVex(mkdtempSync(path.join(os.tmpdir(), 'ig-novex-'))), []);
  });
  it('passes them to the scan', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'ig-vexrun-'));
    writeFileSync(path.join(ws, 'app.openvex.json'), '{}');
    const core = mockCore({ image: 'app.tar' });
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
    await runAction({ core, gate, getDb: async () => ({ path: '/db/x.db' }), workspace: ws });
    assert.deepEqual(gate.seen[0].vex, [{ name: 'app.openvex.json', text: '{}' }]);
  });
  it('the vex input names the documents instead (one per line or comma-separated), relative to the workspace', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'ig-vexin-'));
    mkdirSync(path.join(ws, 'sec'));
    writeFileSync(path.join(ws, 'found.openvex.json'), '{"by":"convention"}');
    writeFileSync(path.join(ws, 'sec', 'a.cdx.json'), '{"a":1}');
    writeFileSync(path.join(ws, 'b.csaf.json'), '{"b":2}');
    const core = mockCore({ image: 'app.tar', vex: 'sec/a.cdx.json\n  b.csaf.json , ' });
    assert.deepEqual(parseInputs(core).vex, ['sec/a.cdx.json', 'b.csaf.json']);
    const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
    await runAction({ core, gate, getDb: async () => ({ path: '/db/x.db' }), workspace: ws });
    // The named documents only, as the CLI's --vex: no workspace convention then.
    assert.deepEqual(gate.seen[0].vex, [
      { name: 'sec/a.cdx.json', text: '{"a":1}' },
      { name: 'b.csaf.json', text: '{"b":2}' },
    ]);
    assert.deepEqual(parseInputs(mockCore({ image: 'a.tar' })).vex, []);
  });
  it('a vex input that is missing or a directory is a usage error, not a skipped document', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'ig-vexbad-'));
    mkdirSync(path.join(ws, 'dir'));
    for (const [vex, re] of [
      ['nope.openvex.json', /could not decide \(usage\): input vex: cannot read nope\.openvex\.json: no such file/],
      ['dir', /could not decide \(usage\): input vex: dir is not a file/],
    ]) {
      const core = mockCore({ image: 'app.tar', 'output-dir': tmp(), vex });
      const gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
      await runAction({ core, gate, getDb: noDb, workspace: ws });
      assert.equal(core.calls.outputs.verdict, 'error');
      assert.match(core.calls.failed[0], re);
      assert.equal(gate.seen.length, 0);
    }
  });
});

describe('attestation (attest-key)', () => {
  const PEM = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGBy-first-line\nsecond-line-of-key==\n-----END PRIVATE KEY-----\n';
  const BUNDLE = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: { payload: 'e30=', payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'c2ln', keyid: 'kid' }] } });
  const attestingGate = (verdict, attest) => {
    const g = fakeGate({ verdict, exitCode: verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : 2, reports: verdict === 'error' ? {} : { json: JSON.stringify(report({ verdict, image: { manifest_digest: `sha256:${'c'.repeat(64)}` } })) } });
    g.attests = [];
    g.attest = (req) => {
      g.attests.push({ ...req });
      if (attest) return attest(req);
      return { bundle: BUNDLE, statement: '{}', keyId: 'kid', verdict };
    };
    return g;
  };

  it('masks the key line by line before anything, signs the decided verdict with the scan time, the policy and component digests', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'imagegate.toml'), '[config]\n');
    const rdir = path.join(dir, 'r');
    const core = mockCore({ image: 'app.tar', 'attest-key': PEM, 'output-dir': rdir, reference: 'ghcr.io/acme/app:1' });
    const gate = attestingGate('pass');
    await runAction({ core, gate, getDb: noDb, now: () => 1750000000, workspace: dir, componentDigest: () => `sha256:${'d'.repeat(64)}` });
    assert.deepEqual(core.calls.masks, ['MIGHAgEAMBMGBy-first-line', 'second-line-of-key==']);
    assert.deepEqual(core.calls.failed, []);
    assert.equal(gate.attests.length, 1);
    const req = gate.attests[0];
    assert.equal(req.signingKey, PEM);
    assert.equal(req.now, 1750000000);
    assert.equal(gate.seen[0].now, 1750000000, 'the scan and the statement have one time');
    assert.equal(req.subjectName, 'ghcr.io/acme/app:1');
    assert.equal(req.policyDigest, `sha256:${createHash('sha256').update('[config]\n').digest('hex')}`);
    assert.equal(req.dbDigest, undefined);
    assert.equal(req.componentDigest, `sha256:${'d'.repeat(64)}`);
    assert.equal(req.report, gate.seen.length && JSON.stringify(report({ verdict: 'pass', image: { manifest_digest: `sha256:${'c'.repeat(64)}` } })));
    assert.equal(core.calls.outputs.attestation, path.join(rdir, 'imagegate.att.json'));
    assert.equal(core.calls.outputs['attestation-referrer'], '');
    assert.equal(readFileSync(path.join(rdir, 'imagegate.att.json'), 'utf8'), BUNDLE);
    // Nothing logged holds the key.
    const logged = JSON.stringify([core.calls.infos, core.calls.errors, core.calls.warnings, core.calls.outputs]);
    assert.ok(!logged.includes('first-line') && !logged.includes('second-line'), logged);
    assert.ok(core.calls.infos.some((m) => m.includes(`attested verdict pass (key kid) in ${rdir}/imagegate.att.json`)), core.calls.infos.join('\n'));
  });

  it('a failing verdict is attested too; an undecided scan never is', async () => {
    const out = path.join(tmp(), 'fail.att.json');
    let core = mockCore({ image: 'app.tar', 'attest-key': PEM, attestation: out, 'output-dir': tmp() });
    let gate = attestingGate('fail');
    await runAction({ core, gate, getDb: noDb, componentDigest: 'sha256:00' });
    assert.equal(gate.attests.length, 1);
    assert.equal(core.calls.outputs.attestation, out);
    assert.equal(core.calls.failed.length, 1, 'the failing verdict fails the step');
    core = mockCore({ image: 'app.tar', 'attest-key': PEM, attestation: out, 'output-dir': tmp() });
    gate = attestingGate('error');
    await runAction({ core, gate, getDb: noDb, componentDigest: 'sha256:00' });
    assert.equal(gate.attests.length, 0);
    assert.equal(core.calls.outputs.attestation, '');
    assert.ok(core.calls.infos.some((m) => m.includes('an undecided scan is never attested')));
  });

  it('a signing failure fails a passing step, naming the code, never the key', async () => {
    const core = mockCore({ image: 'app.tar', 'attest-key': PEM, 'output-dir': tmp() });
    const gate = attestingGate('pass', () => {
      throw Object.assign(new Error('signing key: not a PKCS#8 key'), { code: 'usage' });
    });
    const out = await runAction({ core, gate, getDb: noDb, componentDigest: 'sha256:00' });
    assert.equal(out.verdict, 'pass');
    assert.equal(core.calls.outputs.verdict, 'pass');
    assert.equal(core.calls.outputs.attestation, '');
    assert.deepEqual(core.calls.failed, ['imagegate: the verdict was not attested (usage): signing key: not a PKCS#8 key']);
  });

  it('attest-push: bad combinations are usage errors before the scan; a docker-archive without a manifest digest cannot be attached', async () => {
    let core = mockCore({ image: 'app.tar', 'attest-key': PEM, 'attest-push': 'true', 'output-dir': tmp() });
    let gate = attestingGate('pass');
    await runAction({ core, gate, getDb: noDb, componentDigest: 'sha256:00' });
    assert.equal(gate.seen.length, 0);
    assert.match(core.calls.failed[0], /\(usage\): input attest-push: attaching needs input reference/);
    core = mockCore({ image: 'app.tar', 'attest-key': 'hunter2', reference: 'r.example/a', 'output-dir': tmp() });
    await runAction({ core, gate, getDb: noDb });
    assert.match(core.calls.failed[0], /\(usage\): input attest-key: not a PEM private key/);
    assert.ok(!core.calls.failed[0].includes('hunter2'));
    core = mockCore({ image: 'app.tar', 'attest-key': PEM, 'attest-push': 'yes', reference: '127.0.0.1:9/team/app:1', 'output-dir': tmp() });
    gate = fakeGate({ verdict: 'pass', exitCode: 0, reports: { json: JSON.stringify(report()) } });
    gate.attest = () => ({ bundle: BUNDLE, statement: '{}', keyId: 'kid', verdict: 'pass' });
    await runAction({ core, gate, getDb: noDb, componentDigest: 'sha256:00' });
    assert.match(core.calls.failed[0], /not attested \(usage\): attaching: the report names no manifest digest/);
    // The bundle was made and written all the same; only the attaching failed.
    assert.match(core.calls.outputs.attestation, /imagegate\.att\.json$/);
    assert.equal(readFileSync(core.calls.outputs.attestation, 'utf8'), BUNDLE);
    assert.equal(core.calls.outputs['attestation-referrer'], '');
  });
});
