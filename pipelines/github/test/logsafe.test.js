// pipelines/shared/logsafe.js follows src/logsafe.rs (the same vectors).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logSafe } from '../../shared/logsafe.js';

describe('logSafe', () => {
  it('leaves plain text alone', () => {
    for (const s of ['/usr/lib/libc.so.6', 'a::b # c ## d', '']) assert.equal(logSafe(s), s);
  });
  it('shows control characters as escapes', () => {
    assert.equal(logSafe('a\nb\r\tc'), 'a\\nb\\r\\tc');
    assert.equal(logSafe('\u001b[31mred'), '\\u{1b}[31mred');
    assert.equal(logSafe('x\u0085y\u007f'), 'x\\u{85}y\\u{7f}');
    assert.equal(logSafe('l\u2028r\u202e'), 'l\\u{2028}r\\u{202e}');
  });
  it('breaks the CI command prefixes', () => {
    assert.equal(logSafe('::error::forged'), '\\::error::forged');
    assert.equal(logSafe('  ::warning::x'), '  \\::warning::x');
    assert.equal(logSafe('a ##vso[task.setvariable variable=verdict]pass'), 'a ##vso\\[task.setvariable variable=verdict]pass');
    assert.equal(logSafe('##VSO[task.complete]'), '##VSO\\[task.complete]');
    assert.equal(logSafe('##[error]x'), '##\\[error]x');
    assert.equal(logSafe('x\n::error::y\n##vso[a]'), 'x\\n::error::y\\n##vso\\[a]');
    assert.equal(logSafe('\n::error::y'), '\\n::error::y');
    assert.equal(logSafe(' \u00a0::x'), ' \u00a0\\::x');
  });
  it('yields one inert line for anything', () => {
    const s = logSafe('p\n::error::A\r\n##vso[task.setvariable variable=verdict]pass\u001b]0;t\u0007');
    assert.ok(!/[\n\r\u001b]/.test(s));
    assert.ok(!s.toLowerCase().includes('##vso['));
    assert.ok(!s.trimStart().startsWith('::'));
  });
});
