// pipelines/shared/limits.js: the memory maximum written into core modules,
// and the time limit on a synchronous call into wasm.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LimitError, callWithTimeout, limitMemories } from '../../shared/limits.js';

// (module (memory (export "memory") 2) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))
const GROW = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 5, 3, 1, 0, 2, 7, 17, 2, 6, 109, 101, 109, 111, 114, 121, 2, 0,
  4, 103, 114, 111, 119, 0, 0, 10, 8, 1, 6, 0, 32, 0, 64, 0, 11,
]);
// (module (func (export "spin") (loop (br 0))))
const SPIN = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 115, 112, 105, 110, 0, 0, 10, 9, 1, 7, 0, 3, 64, 12, 0, 11, 11]);

describe('limits', () => {
  it('caps a defined memory: growing past the limit fails, up to it works', async () => {
    const { instance } = await WebAssembly.instantiate(limitMemories(GROW, 4));
    assert.equal(instance.exports.grow(2), 2); // 2 -> 4 pages
    assert.equal(instance.exports.grow(1), -1); // 5 > 4: refused
    assert.equal(instance.exports.memory.buffer.byteLength, 4 * 65536);
  });
  it('never lowers the maximum below the minimum, and leaves modules without memory alone', async () => {
    const { instance } = await WebAssembly.instantiate(limitMemories(GROW, 1));
    assert.equal(instance.exports.grow(1), -1);
    assert.equal(limitMemories(SPIN, 1), SPIN);
    assert.equal(limitMemories(new Uint8Array([1, 2, 3]), 1).length, 3);
  });
  it('stops a spinning guest with LimitError and keeps the process alive', async () => {
    const { instance } = await WebAssembly.instantiate(SPIN);
    const t0 = Date.now();
    assert.throws(() => callWithTimeout(() => instance.exports.spin(), 50), (e) => e instanceof LimitError && e.code === 'limit-exceeded' && /0\.05 s/.test(e.message));
    assert.ok(Date.now() - t0 < 5000);
    assert.equal(callWithTimeout(() => 42, 1000), 42);
  });
});
