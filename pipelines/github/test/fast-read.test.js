// The main-thread read path (pipelines/shared/fast-read.js) over stand-in shim
// classes: files inside the preopen are read with fs.readSync, anything else
// (writable opens, paths escaping the preopen) stays with the shim.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { installFastRead, trackPreopens } from '../../shared/fast-read.js';

class IoError extends Error {}
class InputStream {
  constructor(tag) {
    this.tag = tag;
  }
  blockingRead() {
    return `shim:${this.tag}`;
  }
  read() {
    return `shim:${this.tag}`;
  }
  skip() {
    return 0n;
  }
  blockingSkip() {
    return 0n;
  }
  subscribe() {
    return 'shim-pollable';
  }
  [Symbol.dispose]() {}
}
class Descriptor {
  constructor(p) {
    this.p = p;
  }
  openAt(_pf, p) {
    return new Descriptor(p);
  }
  readViaStream() {
    return new InputStream(this.p);
  }
  read() {
    return ['shim', false];
  }
  [Symbol.dispose]() {}
}
installFastRead({ Descriptor, InputStream, IoError, monotonicClock: { subscribeDuration: () => 'ready' } });

const root = mkdtempSync(path.join(os.tmpdir(), 'imagegate-fast-'));
mkdirSync(path.join(root, 'img'));
writeFileSync(path.join(root, 'img/layer.tar'), 'abcdefghij');
writeFileSync(path.join(root, 'secret'), 'outside');
symlinkSync('../secret', path.join(root, 'img/escape'));
const preopen = new Descriptor('/image');
trackPreopens([[preopen, '/image']], { '/image': path.join(root, 'img') });
const RO = { read: true };

describe('fast read path', () => {
  it('reads a file inside the preopen with readSync, then reports closed', () => {
    const f = preopen.openAt({ symlinkFollow: true }, 'layer.tar', {}, RO);
    const s = f.readViaStream(2n);
    assert.ok(s instanceof InputStream);
    assert.equal(Buffer.from(s.blockingRead(4n)).toString(), 'cdef');
    assert.equal(s.blockingSkip(2n), 2n);
    assert.equal(Buffer.from(s.blockingRead(100n)).toString(), 'ij');
    assert.throws(() => s.blockingRead(1n), (e) => e.tag === 'closed');
    assert.equal(s.subscribe(), 'ready');
    const [bytes, eof] = f.read(3n, 0n);
    assert.equal(Buffer.from(bytes).toString(), 'abc');
    assert.equal(eof, false);
    s[Symbol.dispose]();
    f[Symbol.dispose]();
    // A closed descriptor's stream fails instead of reading a reused fd.
    assert.throws(() => f.readViaStream(0n).blockingRead(1n), (e) => e.tag === 'last-operation-failed');
  });
  it('leaves writable opens and paths escaping the preopen to the shim', () => {
    const w = preopen.openAt({}, 'layer.tar', {}, { read: true, write: true });
    assert.equal(w.readViaStream(0n).blockingRead(1n), 'shim:layer.tar');
    const esc = preopen.openAt({ symlinkFollow: true }, 'escape', {}, RO);
    assert.equal(esc.readViaStream(0n).blockingRead(1n), 'shim:escape');
    const untracked = new Descriptor('/other').openAt({}, 'x', {}, RO);
    assert.equal(untracked.readViaStream(0n).blockingRead(1n), 'shim:x');
  });
});
