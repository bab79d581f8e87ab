// guardReadOnly (pipelines/shared/gate.js) on stand-in shim classes: every
// mutating method and writable open is refused, reads pass through, and a
// shim lacking a method it must block is refused outright (fails closed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GateError, MUTATING_METHODS, guardReadOnly } from '../../shared/gate.js';

function shimClass(omit = []) {
  class Descriptor {
    openAt(_pathFlags, p, _openFlags, flags) {
      return { opened: p, flags };
    }
    read() {
      return 'data';
    }
  }
  for (const name of MUTATING_METHODS) {
    if (!omit.includes(name)) Descriptor.prototype[name] = () => `did ${name}`;
  }
  if (omit.includes('openAt')) delete Descriptor.prototype.openAt;
  return Descriptor;
}

describe('guardReadOnly', () => {
  it('blocks every mutating method and writable opens, lets reads through', () => {
    const D = shimClass();
    guardReadOnly(D);
    guardReadOnly(D); // idempotent
    const d = new D();
    for (const name of MUTATING_METHODS) {
      assert.throws(() => d[name](), (e) => e === 'read-only', name);
    }
    assert.throws(() => d.openAt({}, 'x', { create: true }, {}), (e) => e === 'read-only');
    assert.throws(() => d.openAt({}, 'x', { truncate: true }, {}), (e) => e === 'read-only');
    assert.throws(() => d.openAt({}, 'x', {}, { write: true }), (e) => e === 'read-only');
    assert.deepEqual(d.openAt({}, 'x', {}, { read: true }), { opened: 'x', flags: { read: true } });
    assert.equal(d.read(), 'data');
  });

  for (const missing of ['unlinkFileAt', 'renameAt', 'openAt']) {
    it(`refuses a shim without ${missing} (fails closed)`, () => {
      const D = shimClass([missing]);
      assert.throws(
        () => guardReadOnly(D),
        (e) => e instanceof GateError && e.code === 'unsupported' && e.message.includes(missing),
      );
      // Nothing was half-installed: the class is not marked as guarded.
      assert.throws(() => guardReadOnly(D), GateError);
    });
  }

  it('the real shim has every method it must block', async () => {
    const { types } = await import('@bytecodealliance/preview2-shim/filesystem');
    class Probe extends types.Descriptor {}
    assert.doesNotThrow(() => guardReadOnly(Probe));
  });
});
