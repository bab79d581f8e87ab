// A synchronous read path for the preview2-shim, on the main thread.
//
// The shim serves every `wasi:io/streams.input-stream.blocking-read` of a file
// through its I/O worker thread: one synchronous round trip per call, a Node
// ReadStream with a 64 KiB buffer per stream and a copy through a message. The
// component reads image layers through exactly that call, so a scan of a
// 100 MiB image costs thousands of round trips.
//
// `installFastRead` wraps the shim's classes so that a file the guest opens
// read-only under a preopen the gate set is also opened here with
// `fs.openSync(path, 'r')`, and its input streams read with `fs.readSync` into
// one reused buffer (jco copies the bytes into guest memory right away).
// Everything else (directories, stat, opening itself, and so path checks and
// errors) stays with the shim; the shim's open must succeed first, and the
// file's real path must lie inside the real preopen directory, or the file
// keeps the shim's own path. Nothing here can write: the fd is opened `r`.

import { closeSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Largest single read (the guest asks for at most this much anyway). */
const MAX_READ = 1 << 20;

const INSTALLED = new WeakSet();
/** Directory Descriptor -> {root, dir}: real host paths of its preopen and itself. */
const DIRS = new WeakMap();
/** File Descriptor -> {fd, size}. */
const FILES = new WeakMap();
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

/**
 * Install the fast read path on the shim's `Descriptor` and `InputStream`
 * classes (`IoError` is the shim's `wasi:io/error.error`, `monotonicClock`
 * its `wasi:clocks/monotonic-clock`). Idempotent.
 */
export function installFastRead({ Descriptor, InputStream, IoError, monotonicClock }) {
  if (INSTALLED.has(Descriptor)) return;
  INSTALLED.add(Descriptor);
  const dispose = Symbol.dispose || Symbol.for('dispose');
  const d = Descriptor.prototype;
  const s = InputStream.prototype;

  const openAt = d.openAt;
  d.openAt = function (pathFlags, p, openFlags, descriptorFlags) {
    const opened = openAt.call(this, pathFlags, p, openFlags, descriptorFlags);
    const parent = DIRS.get(this);
    if (!parent || descriptorFlags?.write || openFlags?.create || openFlags?.truncate) return opened;
    try {
      const real = realpathSync(path.resolve(parent.dir, p));
      if (real !== parent.root && !real.startsWith(parent.root.endsWith('/') ? parent.root : `${parent.root}/`)) {
        return opened;
      }
      if (openFlags?.directory) {
        DIRS.set(opened, { root: parent.root, dir: real });
        return opened;
      }
      const fd = openSync(real, 'r');
      const st = fstatSync(fd);
      if (st.isDirectory()) {
        closeSync(fd);
        DIRS.set(opened, { root: parent.root, dir: real });
      } else if (st.isFile()) {
        FILES.set(opened, { fd, closed: false });
      } else {
        closeSync(fd);
      }
    } catch {
      // Keep the shim's own path for this file.
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
