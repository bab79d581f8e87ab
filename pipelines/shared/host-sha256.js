// The host side of `imagegate:gate/host-sha256` (wit/imagegate.wit), which the
// component's `imagegate-accel` build imports: SHA-256 of the layer blobs by
// Node's crypto (OpenSSL, with the CPU's SHA instructions) instead of in
// WebAssembly, where hashing took half of a scan's time. The component still
// compares the digest with the one the image names, and fails the scan with
// `digest-mismatch` when they differ. jco's output imports this module by
// the interface's name; pipelines/shared/bundle.mjs resolves it here.
//
// The hashing runs on a worker thread, so that it overlaps with the
// component's decompression and tar walk on the main thread (it was 25-50%
// of the main thread's time). The component's calls are synchronous, so the
// two threads share one SharedArrayBuffer instead of messages (the main
// thread's event loop does not run during a scan): a ring of SLOTS chunks
// of at most SLOT bytes that `update` copies into and returns, waiting only
// when the ring is full (memory stays at 1 MiB), and a 32-byte result that
// `finish` waits for. Every hasher of the process shares the one worker,
// which hashes the chunks in order. Where no worker can start, hashing
// happens here, as before.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

const SLOTS = 16;
const SLOT = 64 * 1024;
// Int32 control words: chunks produced (main), consumed (worker), the
// worker's failure flag, then per slot: hasher id, operation, length.
const PRODUCED = 0;
const CONSUMED = 1;
const FAILED = 2;
const META = 4;
const OP_UPDATE = 1;
const OP_FINISH = 2;
/** How long `update` or `finish` waits for the worker before giving up. */
const STALL_MS = 120_000;

// CommonJS source of the worker (no file to find next to a bundle).
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { sab, slots, slot, meta } = workerData;
const ctrl = new Int32Array(sab, 0, meta + 3 * slots);
const base = (meta + 3 * slots) * 4;
const result = new Uint8Array(sab, base, 32);
const hashes = new Map();
let consumed = 0;
try {
  for (;;) {
    while (Atomics.load(ctrl, 0) === consumed) Atomics.wait(ctrl, 0, consumed);
    const s = consumed % slots;
    const id = ctrl[meta + 3 * s];
    const op = ctrl[meta + 3 * s + 1];
    const len = ctrl[meta + 3 * s + 2];
    let h = hashes.get(id);
    if (!h) hashes.set(id, (h = createHash('sha256')));
    if (op === 1) {
      h.update(new Uint8Array(sab, base + 32 + s * slot, len));
    } else {
      hashes.delete(id);
      result.set(h.digest());
    }
    consumed = (consumed + 1) | 0;
    Atomics.store(ctrl, 1, consumed);
    Atomics.notify(ctrl, 1);
  }
} catch (e) {
  Atomics.store(ctrl, 2, 1);
  Atomics.notify(ctrl, 1);
}
`;

/** The shared worker, null when none could start, undefined before the first try. */
let pool;

function getPool() {
  if (pool !== undefined) return pool;
  try {
    const words = META + 3 * SLOTS;
    const sab = new SharedArrayBuffer(words * 4 + 32 + SLOTS * SLOT);
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sab, slots: SLOTS, slot: SLOT, meta: META },
    });
    // Never keeps the process alive; it waits on the ring, not on messages.
    worker.unref();
    pool = {
      ctrl: new Int32Array(sab, 0, words),
      result: new Uint8Array(sab, words * 4, 32),
      data: new Uint8Array(sab, words * 4 + 32, SLOTS * SLOT),
      produced: 0,
      nextId: 1,
    };
  } catch {
    pool = null;
  }
  return pool;
}

/** Wait until control word `index` differs from `value`; the worker must live. */
function waitChange(p, index, value) {
  const start = Date.now();
  while (Atomics.load(p.ctrl, index) === value) {
    if (Atomics.load(p.ctrl, FAILED) !== 0) throw new Error('the SHA-256 worker thread failed');
    if (Date.now() - start > STALL_MS) throw new Error('the SHA-256 worker thread stalled');
    // Short waits: a time limit's termination gets in between them.
    Atomics.wait(p.ctrl, index, value, 100);
  }
}

function enqueue(p, id, op, bytes) {
  for (;;) {
    const consumed = Atomics.load(p.ctrl, CONSUMED);
    if (((p.produced - consumed) | 0) < SLOTS) break;
    waitChange(p, CONSUMED, consumed);
  }
  const s = p.produced % SLOTS;
  p.data.set(bytes, s * SLOT);
  p.ctrl[META + 3 * s] = id;
  p.ctrl[META + 3 * s + 1] = op;
  p.ctrl[META + 3 * s + 2] = bytes.length;
  p.produced = (p.produced + 1) | 0;
  Atomics.store(p.ctrl, PRODUCED, p.produced);
  Atomics.notify(p.ctrl, PRODUCED);
}

const EMPTY = new Uint8Array(0);

export class Hasher {
  constructor() {
    this.pool = getPool();
    if (this.pool) {
      this.id = this.pool.nextId;
      this.pool.nextId = (this.pool.nextId + 1) | 0;
    } else {
      this.hash = createHash('sha256');
    }
  }

  /**
   * @param {Uint8Array} data a view of the guest's memory (bundle.mjs turns
   *   jco's copy into a view): valid only during this call, so it is copied
   *   into the worker's ring (or hashed here) at once and never kept.
   */
  update(data) {
    if (!this.pool) {
      this.hash.update(data);
      return;
    }
    for (let off = 0; off < data.length; off += SLOT) {
      enqueue(this.pool, this.id, OP_UPDATE, data.subarray(off, off + SLOT));
    }
  }

  /** @returns {Uint8Array} the 32-byte digest; the hasher is spent */
  finish() {
    if (!this.pool) {
      const digest = this.hash.digest();
      return new Uint8Array(digest.buffer, digest.byteOffset, digest.length);
    }
    const p = this.pool;
    enqueue(p, this.id, OP_FINISH, EMPTY);
    // The worker takes chunks in order: once it has consumed everything
    // produced, the result is this hasher's (the main thread added nothing
    // since).
    for (;;) {
      const consumed = Atomics.load(p.ctrl, CONSUMED);
      if (consumed === p.produced) break;
      waitChange(p, CONSUMED, consumed);
    }
    return p.result.slice();
  }
}
