// A synchronous file path for the preview2-shim, on the main thread.
//
// The shim serves every file operation (open, stat, read, close) through its
// I/O worker thread: one synchronous round trip per call, a Node ReadStream
// with a 64 KiB buffer per stream and a copy through a message. Starting that
// worker alone costs ~100 ms, and a scan of a 100 MiB image makes thousands of
// read calls.
//
// `installFastRead` wraps the shim's classes so that a regular file the guest
// opens read-only under a preopen the gate set is opened here with
// `fs.openSync(path, 'r')` and never reaches the shim: the guest gets a
// descriptor of our own (same class, so jco accepts it) whose `stat`,
// `metadata-hash`, `get-type`, `get-flags`, `read` and `read-via-stream` are
// answered with `fs.fstatSync` / `fs.readSync` into one reused buffer (jco
// copies the bytes into guest memory right away); any other call on it fails
// with `unsupported`. A scan of an image tarball therefore never starts the
// shim's worker. Everything else stays with the shim: directories (whose real
// paths are tracked so that files under them can take this path), writable or
// creating opens, absolute paths, `..` segments, a final symlink opened
// without following, and any path whose real location lies outside the real
// preopen directory. Nothing here can write: the fd is opened `r`.

import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Largest single read (the guest asks for at most this much anyway). */
const MAX_READ = 1 << 20;

const INSTALLED = new WeakSet();
/** Directory Descriptor -> {root, dir}: real host paths of its preopen and itself. */
const DIRS = new WeakMap();
/** File Descriptor -> {fd, closed}: files read here (the shim's or our own). */
const FILES = new WeakMap();
/** Descriptors created here; the shim has no state for them. */
const OWN = new WeakSet();
/** InputStream -> {file, pos}. */
const STREAMS = new WeakMap();
let buffer = Buffer.allocUnsafe(64 * 1024);

/**
 * Register the current preopens: `entries` are the shim's
 * `[descriptor, guestPath]` pairs, `hostDirs` maps guest path -> host dir.
 */
export function trackPreopens(entries, hostDirs) {
  for (const [descriptor, guest] of entries) {
    if (!hostDirs[guest]) continue;
    try {
      const dir = realpathSync(hostDirs[guest]);
      DIRS.set(descriptor, { root: dir, dir });
    } catch {
      // The shim reports the missing directory itself.
    }
  }
}

/** The real path of `p` under the tracked directory `parent`, if it lies inside its preopen. */
function inside(parent, p) {
  try {
    const real = realpathSync(path.resolve(parent.dir, p));
    const root = parent.root.endsWith('/') ? parent.root : `${parent.root}/`;
    return real === parent.root || real.startsWith(root) ? real : null;
  } catch {
    return null;
  }
}

function ns(v) {
  return { seconds: v / 1000000000n, nanoseconds: Number(v % 1000000000n) };
}

/**
 * Install the fast path on the shim's `Descriptor` and `InputStream` classes
 * (`IoError` is the shim's `wasi:io/error.error`, `monotonicClock` its
 * `wasi:clocks/monotonic-clock`). Idempotent.
 */
export function installFastRead({ Descriptor, InputStream, IoError, monotonicClock }) {
  if (INSTALLED.has(Descriptor)) return;
  INSTALLED.add(Descriptor);
  const dispose = Symbol.dispose || Symbol.for('dispose');
  const d = Descriptor.prototype;
  const s = InputStream.prototype;

  /** A descriptor of our own for a regular file, or null to let the shim open it. */
  function openOwn(parent, p, pathFlags) {
    try {
      if (!pathFlags?.symlinkFollow && lstatSync(path.resolve(parent.dir, p)).isSymbolicLink()) return null;
      const real = inside(parent, p);
      if (!real) return null;
      const fd = openSync(real, 'r');
      let file = false;
      try {
        file = fstatSync(fd).isFile();
      } finally {
        if (!file) closeSync(fd);
      }
      if (!file) return null;
      const own = Object.create(Descriptor.prototype);
      OWN.add(own);
      FILES.set(own, { fd, closed: false });
      return own;
    } catch {
      // Missing file, permissions, a loop: the shim reports it its own way.
      return null;
    }
  }

  function fstatOwn(desc) {
    const file = FILES.get(desc);
    try {
      if (file.closed) throw Object.assign(new Error('the file was closed'), { code: 'EBADF' });
      return fstatSync(file.fd, { bigint: true });
    } catch {
      throw 'io';
    }
  }

  /** What our own descriptors answer; any other method is `unsupported`. */
  const OWN_METHODS = {
    stat() {
      const st = fstatOwn(this);
      return {
        type: 'regular-file',
        linkCount: st.nlink,
        size: st.size,
        dataAccessTimestamp: ns(st.atimeNs),
        dataModificationTimestamp: ns(st.mtimeNs),
        statusChangeTimestamp: ns(st.ctimeNs),
      };
    },
    metadataHash() {
      const st = fstatOwn(this);
      return { upper: st.mtimeNs, lower: st.ino };
    },
    getType() {
      return 'regular-file';
    },
    getFlags() {
      return { read: true };
    },
    advise() {},
    isSameObject(other) {
      return other === this;
    },
  };
  for (const name of Object.getOwnPropertyNames(d)) {
    if (name === 'constructor' || ['openAt', 'readViaStream', 'read'].includes(name)) continue;
    const orig = Object.getOwnPropertyDescriptor(d, name).value;
    if (typeof orig !== 'function') continue;
    const own = OWN_METHODS[name];
    d[name] = function (...args) {
      if (!OWN.has(this)) return orig.apply(this, args);
      if (own) return own.apply(this, args);
      throw 'unsupported';
    };
  }

  const openAt = d.openAt;
  d.openAt = function (pathFlags, p, openFlags, descriptorFlags) {
    if (OWN.has(this)) throw 'not-directory';
    const parent = DIRS.get(this);
    const plain =
      parent &&
      !descriptorFlags?.write &&
      !descriptorFlags?.mutateDirectory &&
      !openFlags?.create &&
      !openFlags?.truncate &&
      !openFlags?.exclusive &&
      typeof p === 'string' &&
      !p.startsWith('/') &&
      !p.includes('\\') &&
      !p.split('/').includes('..');
    if (plain && !openFlags?.directory) {
      const own = openOwn(parent, p, pathFlags);
      if (own) return own;
    }
    // The shim opens (and checks) everything else, through its worker.
    const opened = openAt.call(this, pathFlags, p, openFlags, descriptorFlags);
    if (!plain) return opened;
    const real = inside(parent, p);
    try {
      if (real && statSync(real).isDirectory()) DIRS.set(opened, { root: parent.root, dir: real });
    } catch {
      // Keep the shim's own path.
    }
    return opened;
  };

  const dDispose = d[dispose];
  d[dispose] = function () {
    const f = FILES.get(this);
    if (f && !f.closed) {
      f.closed = true;
      try {
        closeSync(f.fd);
      } catch {
        // already closed
      }
    }
    if (OWN.has(this)) return undefined;
    return dDispose?.call(this);
  };

  const readViaStream = d.readViaStream;
  d.readViaStream = function (offset) {
    const file = FILES.get(this);
    if (!file) return readViaStream.call(this, offset);
    // An InputStream the shim's own methods never see (they are wrapped below).
    const stream = Object.create(InputStream.prototype);
    STREAMS.set(stream, { file, pos: Number(offset) });
    return stream;
  };

  const read = d.read;
  d.read = function (length, offset) {
    const file = FILES.get(this);
    if (!file) return read.call(this, length, offset);
    const out = new Uint8Array(Math.min(Number(length), MAX_READ));
    const n = readFd(file, out, Number(offset), 'filesystem');
    return [out.subarray(0, n), n === 0];
  };

  function readFd(file, into, pos, kind) {
    try {
      if (file.closed) throw Object.assign(new Error('the file was closed'), { code: 'EBADF' });
      return readSync(file.fd, into, 0, into.length, pos);
    } catch (e) {
      if (kind === 'filesystem') throw e.code === 'EISDIR' ? 'is-directory' : 'io';
      throw { tag: 'last-operation-failed', val: new IoError(e) };
    }
  }

  function streamRead(len) {
    const st = STREAMS.get(this);
    const n = Math.min(Number(len), MAX_READ);
    if (n === 0) return new Uint8Array(0);
    if (buffer.length < n) buffer = Buffer.allocUnsafe(n);
    const got = readFd(st.file, buffer.subarray(0, n), st.pos, 'stream');
    if (got === 0) throw { tag: 'closed' };
    st.pos += got;
    // A view of the reused buffer: jco copies it into guest memory at once.
    return buffer.subarray(0, got);
  }

  function streamSkip(len) {
    const st = STREAMS.get(this);
    let size;
    try {
      size = fstatSync(st.file.fd).size;
    } catch (e) {
      throw { tag: 'last-operation-failed', val: new IoError(e) };
    }
    if (st.pos >= size && Number(len) > 0) throw { tag: 'closed' };
    const n = Math.min(Number(len), size - st.pos);
    st.pos += n;
    return BigInt(n);
  }

  for (const [name, fast] of [
    ['read', streamRead],
    ['blockingRead', streamRead],
    ['skip', streamSkip],
    ['blockingSkip', streamSkip],
  ]) {
    const orig = s[name];
    s[name] = function (len) {
      return STREAMS.has(this) ? fast.call(this, len) : orig.call(this, len);
    };
  }
  const subscribe = s.subscribe;
  s.subscribe = function () {
    // A file is always ready: hand out an already-expired clock pollable.
    if (STREAMS.has(this)) return monotonicClock.subscribeDuration(0n);
    return subscribe.call(this);
  };
  const sDispose = s[dispose];
  s[dispose] = function () {
    if (STREAMS.delete(this)) return undefined;
    return sDispose?.call(this);
  };
}
