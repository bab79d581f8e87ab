// The main-thread file path (pipelines/shared/fast-read.js) over stand-in shim
// classes: regular files inside the preopen are opened, stat'ed and read with
// fs.*Sync and never reach the shim; anything else (writable opens, `..`,
// absolute paths, a final symlink without follow, paths escaping the preopen,
// directories) stays with the shim.
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
  stat() {
    return `shim-stat:${this.p}`;
  }
  setSize() {
    return `shim-set-size:${this.p}`;
  }
  metadataHash() {
    return 'shim-hash';
  }
  getType() {
    return 'shim-type';
  }
  getFlags() {
    return 'shim-flags';
  }
  [Symbol.dispose]() {}
}
let shimOpens = 0;
const shimOpenAt = Descriptor.prototype.openAt;
Descriptor.prototype.openAt = function (...a) {
  shimOpens += 1;
  return shimOpenAt.apply(this, a);
};
installFastRead({ Descriptor, InputStream, IoError, monotonicClock: { subscribeDuration: () => 'ready' } });

const root = mkdtempSync(path.join(os.tmpdir(), 'imagegate-fast-'));
mkdirSync(path.join(root, 'img'));
writeFileSync(path.join(root, 'img/layer.tar'), 'abcdefghij');
writeFileSync(path.join(root, 'secret'), 'outside');
symlinkSync('../secret', path.join(root, 'img/escape'));
symlinkSync('layer.tar', path.join(root, 'img/alias'));
mkdirSync(path.join(root, 'img/blobs'));
writeFileSync(path.join(root, 'img/blobs/b'), 'blob');
const preopen = new Descriptor('/image');
trackPreopens([[preopen, '/image']], { '/image': path.join(root, 'img') });
const RO = { read: true };

describe('fast read path', () => {
  it('opens, stats and reads a file inside the preopen without the shim, then reports closed', () => {
    const before = shimOpens;
    const f = preopen.openAt({ symlinkFollow: true }, 'layer.tar', {}, RO);
    assert.equal(shimOpens, before, 'the shim never saw the open');
    assert.ok(f instanceof Descriptor);
    const st = f.stat();
    assert.equal(st.type, 'regular-file');
    assert.equal(st.size, 10n);
    assert.equal(typeof st.dataModificationTimestamp.seconds, 'bigint');
    assert.equal(typeof f.metadataHash().lower, 'bigint');
    assert.equal(f.getType(), 'regular-file');
    assert.deepEqual(f.getFlags(), { read: true });
    // Anything else on our own descriptor is refused, never passed to the shim.
    assert.throws(() => f.setSize(0n), (e) => e === 'unsupported');
    assert.throws(() => f.openAt({}, 'x', {}, RO), (e) => e === 'not-directory');
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
    for (const p of ['../img/layer.tar', '/etc/passwd', 'missing']) {
      assert.equal(preopen.openAt({ symlinkFollow: true }, p, {}, RO).p, p, p);
    }
    // A final symlink opened without following is the shim's to refuse.
    assert.equal(preopen.openAt({}, 'alias', {}, RO).p, 'alias');
    assert.equal(Buffer.from(preopen.openAt({ symlinkFollow: true }, 'alias', {}, RO).readViaStream(0n).blockingRead(3n)).toString(), 'abc');
  });
  it('tracks directories the shim opens, and reads files under them itself', () => {
    const dir = preopen.openAt({ symlinkFollow: true }, 'blobs', { directory: true }, RO);
    assert.equal(dir.p, 'blobs');
    assert.equal(dir.stat(), 'shim-stat:blobs');
    const before = shimOpens;
    const b = dir.openAt({ symlinkFollow: true }, 'b', {}, RO);
    assert.equal(shimOpens, before);
    assert.equal(Buffer.from(b.readViaStream(0n).blockingRead(10n)).toString(), 'blob');
  });
});
