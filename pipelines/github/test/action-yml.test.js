// action.yml as a runner reads it: parsed by a strict YAML 1.2 parser (a
// plain scalar holding ": " is an error there, as in the runner's parser and
// in act), every input the code reads is declared and every declared input
// is read, every output the code sets is declared, and `runs` points at the
// committed dist/ under node24.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ACTION = path.join(ROOT, 'action.yml');
const SRC = readFileSync(path.join(ROOT, 'pipelines/github/src/action.js'), 'utf8');

/** Names the code reads: getInput('x'), bool(core, 'x' ...), and the limit inputs. */
function inputsRead() {
  const names = new Set();
  for (const m of SRC.matchAll(/getInput\('([a-z-]+)'\)|bool\(core, '([a-z-]+)'/g)) names.add(m[1] ?? m[2]);
  const limits = /readLimitInputs\(.*\{ memory: '([a-z-]+)', timeout: '([a-z-]+)' \}/.exec(SRC);
  assert.ok(limits, 'readLimitInputs call not found');
  names.add(limits[1]).add(limits[2]);
  return names;
}

describe('action.yml', () => {
  const text = readFileSync(ACTION, 'utf8');
  it('parses with a strict YAML parser', () => {
    const doc = YAML.parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
    assert.deepEqual(doc.errors.map(String), []);
    assert.deepEqual(doc.warnings.map(String), []);
  });
  it('a plain scalar with ": " is refused by that parser (the bug it guards against)', () => {
    assert.throws(() => YAML.parse('description: Gate an image before it is pushed: vulnerabilities\n'), /compact mappings|mapping/i);
  });
  const action = YAML.parse(text);
  it('declares exactly the inputs the code reads', () => {
    assert.deepEqual([...inputsRead()].sort(), Object.keys(action.inputs).sort());
  });
  it('describes every input; defaults are strings', () => {
    for (const [name, i] of Object.entries(action.inputs)) {
      assert.equal(typeof i.description, 'string', name);
      assert.ok(i.description.length > 20, name);
      if ('default' in i) assert.equal(typeof i.default, 'string', `${name}: default must be a string`);
    }
  });
  it('declares every output the code sets', () => {
    const set = new Set([...SRC.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    for (const s of ['critical', 'high', 'medium', 'low', 'unknown']) set.add(s); // the SEVERITIES loop
    assert.deepEqual([...set].sort(), Object.keys(action.outputs).sort());
  });
  it('runs the committed dist under node24', () => {
    assert.equal(action.runs.using, 'node24');
    assert.ok(existsSync(path.join(ROOT, action.runs.main)), action.runs.main);
  });
});
