// Sandbox limits of the JS host: a guest memory limit and a time limit, the
// same two limits the Rust host enforces (`--memory-limit`, `--timeout`).
//
// Memory: `installMemoryLimit(bytes)` must run before the jco-transpiled
// component module is evaluated (import it first, then the component with a
// dynamic `import()`). It wraps `WebAssembly.compile` so that every core
// module that defines a linear memory gets that memory's maximum lowered to
// the limit (the module's own maximum and minimum are kept if lower / higher),
// and `WebAssembly.instantiate` so that the instances' exported memories are
// known. A guest that needs more memory sees `memory.grow` fail, its allocator
// aborts, and the call traps; `memoryLimitHit()` then tells it was the limit.
//
// Time: `callWithTimeout(fn, ms)` runs a synchronous call (the component's
// `scan`) inside `vm.runInNewContext` with a timeout: V8 terminates the
// running code, wasm included, and the call throws `LimitError`.

import vm from 'node:vm';

/** Default guest memory limit (MiB) and time limit (s): the Rust host's defaults. */
export const DEFAULT_MEMORY_MIB = 512;
export const DEFAULT_TIMEOUT_S = 600;

const PAGE = 65536;
const MEMORIES = [];
let limitBytes = 0;

/** A sandbox limit was exceeded (code `limit-exceeded`, exit 2). */
export class LimitError extends Error {
  constructor(message) {
    super(message);
    this.name = 'LimitError';
    this.code = 'limit-exceeded';
  }
}

/** Largest accepted `memory-limit` (MiB) and `timeout` (s) inputs. */
const MAX_MEMORY_MIB = 4096;
const MAX_TIMEOUT_S = 86400;

/**
 * The adapters' limit inputs: `get(name)` gives an input's trimmed text,
 * `names` the memory and timeout input names (`memory-limit` or
 * `memoryLimit`, `timeout`). Empty means the default. The memory limit is
 * whole MiB; the timeout seconds with up to three decimals. A bad value
 * throws `new InputErr(message)`.
 * @returns {{memoryLimit: number, timeout: number}}
 */
export function readLimitInputs(get, names, InputErr) {
  const positive = (name, dflt, max, decimals) => {
    const v = get(name);
    if (v === '') return dflt;
    const re = decimals ? /^[0-9]{1,9}(\.[0-9]{1,3})?$/ : /^[0-9]{1,9}$/;
    if (!re.test(v) || !(Number(v) > 0) || Number(v) > max) {
      throw new InputErr(`input ${name}: ${JSON.stringify(v)} is not a ${decimals ? 'number' : 'whole number'} above 0 and at most ${max}`);
    }
    return Number(v);
  };
  return {
    memoryLimit: positive(names.memory, DEFAULT_MEMORY_MIB, MAX_MEMORY_MIB, false),
    timeout: positive(names.timeout, DEFAULT_TIMEOUT_S, MAX_TIMEOUT_S, true),
  };
}

/** Lower the maximum of every linear memory the component defines to `bytes`. */
export function installMemoryLimit(bytes) {
  if (!(Number.isSafeInteger(bytes) && bytes >= PAGE)) throw new Error(`memory limit must be at least 64 KiB, got ${bytes}`);
  const first = limitBytes === 0;
  limitBytes = bytes;
  if (!first) return;
  const compile = WebAssembly.compile;
  WebAssembly.compile = function (source, ...rest) {
    return compile.call(this, limitMemories(source, Math.floor(limitBytes / PAGE)), ...rest);
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function (...args) {
    const r = await instantiate.apply(this, args);
    const instance = r instanceof WebAssembly.Instance ? r : r.instance;
    for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) MEMORIES.push(v);
    return r;
  };
}

/** Bytes of guest linear memory in use now (the largest memory). */
export function guestMemoryBytes() {
  return MEMORIES.reduce((m, mem) => Math.max(m, mem.buffer.byteLength), 0);
}

/**
 * After a trap: was it the memory limit? True when a limit is set and the
 * guest's memory is within the last quarter (at least 16 MiB) of it, where
 * a failed `memory.grow` is the likely cause of the abort.
 */
export function memoryLimitHit() {
  if (!limitBytes) return false;
  return guestMemoryBytes() >= limitBytes - Math.max(16 << 20, limitBytes / 4);
}

export function memoryLimitMiB() {
  return limitBytes / (1 << 20);
}

/** Run `fn()` synchronously; after `ms` milliseconds V8 stops it and this throws `LimitError`. */
export function callWithTimeout(fn, ms) {
  try {
    return vm.runInNewContext('fn()', { fn }, { timeout: ms });
  } catch (e) {
    if (e?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new LimitError(`the scan exceeded the time limit of ${ms / 1000} s`);
    }
    throw e;
  }
}

// ------------------------------------------------------------ wasm patching

function readLeb(b, pos) {
  let v = 0;
  let shift = 0;
  for (;;) {
    const byte = b[pos++];
    if (byte === undefined) throw new Error('truncated LEB128');
    v += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [v, pos];
    if (shift > 35) throw new Error('LEB128 too long');
  }
}

function leb(v) {
  const out = [];
  do {
    let byte = v % 128;
    v = Math.floor(v / 128);
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return out;
}

/**
 * The module's bytes with each defined 32-bit memory's maximum set to
 * min(own maximum, max(pages, minimum)). Modules without a memory section
 * (or anything unexpected, such as 64-bit or shared memories) pass unchanged.
 */
export function limitMemories(source, pages) {
  const b = source instanceof Uint8Array ? source : new Uint8Array(source instanceof ArrayBuffer ? source : source.buffer);
  if (b.length < 8 || b[0] !== 0 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d || b[4] !== 1) return source;
  let pos = 8;
  while (pos < b.length) {
    const id = b[pos];
    const [size, start] = readLeb(b, pos + 1);
    const end = start + size;
    if (id === 5) {
      let [count, p] = readLeb(b, start);
      const body = [...leb(count)];
      for (; count > 0; count--) {
        const flags = b[p++];
        if (flags > 1) return source; // shared or 64-bit: leave alone
        let min;
        [min, p] = readLeb(b, p);
        let max = Infinity;
        if (flags === 1) [max, p] = readLeb(b, p);
        const capped = Math.min(max, Math.max(pages, min));
        body.push(1, ...leb(min), ...leb(capped));
      }
      if (p !== end) return source;
      const section = [5, ...leb(body.length), ...body];
      const out = new Uint8Array(b.length - (end - pos) + section.length);
      out.set(b.subarray(0, pos), 0);
      out.set(section, pos);
      out.set(b.subarray(end), pos + section.length);
      return out;
    }
    pos = end;
  }
  return source;
}
