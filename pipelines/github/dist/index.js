import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);
import {
  cli_exports,
  clocks_exports,
  filesystem_exports,
  io_exports
} from "./chunk-CNRPITSD.js";
import {
  core_exports,
  info,
  setFailed,
  warning
} from "./chunk-U34TXPDV.js";
import "./chunk-4D4D7JAT.js";

// src/main.js
import os from "node:os";
import path7 from "node:path";

// ../shared/adapter.js
import { readdirSync, readFileSync, statSync as statSync3 } from "node:fs";
import path3 from "node:path";

// ../shared/gate.js
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";

// ../shared/fast-read.js
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var MAX_READ = 1 << 20;
var INSTALLED = /* @__PURE__ */ new WeakSet();
var DIRS = /* @__PURE__ */ new WeakMap();
var FILES = /* @__PURE__ */ new WeakMap();
var OWN = /* @__PURE__ */ new WeakSet();
var STREAMS = /* @__PURE__ */ new WeakMap();
var buffer = Buffer.allocUnsafe(64 * 1024);
function trackPreopens(entries, hostDirs) {
  for (const [descriptor, guest] of entries) {
    if (!hostDirs[guest]) continue;
    try {
      const dir = realpathSync(hostDirs[guest]);
      DIRS.set(descriptor, { root: dir, dir });
    } catch {
    }
  }
}
function inside(parent, p) {
  try {
    const real = realpathSync(path.resolve(parent.dir, p));
    const root = parent.root.endsWith("/") ? parent.root : `${parent.root}/`;
    return real === parent.root || real.startsWith(root) ? real : null;
  } catch {
    return null;
  }
}
function ns(v) {
  return { seconds: v / 1000000000n, nanoseconds: Number(v % 1000000000n) };
}
function installFastRead({ Descriptor, InputStream, IoError, monotonicClock }) {
  if (INSTALLED.has(Descriptor)) return;
  INSTALLED.add(Descriptor);
  const dispose = Symbol.dispose || /* @__PURE__ */ Symbol.for("dispose");
  const d = Descriptor.prototype;
  const s = InputStream.prototype;
  function openOwn(parent, p, pathFlags) {
    try {
      if (!pathFlags?.symlinkFollow && lstatSync(path.resolve(parent.dir, p)).isSymbolicLink()) return null;
      const real = inside(parent, p);
      if (!real) return null;
      const fd = openSync(real, "r");
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
      return null;
    }
  }
  function fstatOwn(desc) {
    const file = FILES.get(desc);
    try {
      if (file.closed) throw Object.assign(new Error("the file was closed"), { code: "EBADF" });
      return fstatSync(file.fd, { bigint: true });
    } catch {
      throw "io";
    }
  }
  const OWN_METHODS = {
    stat() {
      const st = fstatOwn(this);
      return {
        type: "regular-file",
        linkCount: st.nlink,
        size: st.size,
        dataAccessTimestamp: ns(st.atimeNs),
        dataModificationTimestamp: ns(st.mtimeNs),
        statusChangeTimestamp: ns(st.ctimeNs)
      };
    },
    metadataHash() {
      const st = fstatOwn(this);
      return { upper: st.mtimeNs, lower: st.ino };
    },
    getType() {
      return "regular-file";
    },
    getFlags() {
      return { read: true };
    },
    advise() {
    },
    isSameObject(other) {
      return other === this;
    }
  };
  for (const name of Object.getOwnPropertyNames(d)) {
    if (name === "constructor" || ["openAt", "readViaStream", "read"].includes(name)) continue;
    const orig = Object.getOwnPropertyDescriptor(d, name).value;
    if (typeof orig !== "function") continue;
    const own = OWN_METHODS[name];
    d[name] = function(...args) {
      if (!OWN.has(this)) return orig.apply(this, args);
      if (own) return own.apply(this, args);
      throw "unsupported";
    };
  }
  const openAt = d.openAt;
  d.openAt = function(pathFlags, p, openFlags, descriptorFlags) {
    if (OWN.has(this)) throw "not-directory";
    const parent = DIRS.get(this);
    const plain = parent && !descriptorFlags?.write && !descriptorFlags?.mutateDirectory && !openFlags?.create && !openFlags?.truncate && !openFlags?.exclusive && typeof p === "string" && !p.startsWith("/") && !p.includes("\\") && !p.split("/").includes("..");
    if (plain && !openFlags?.directory) {
      const own = openOwn(parent, p, pathFlags);
      if (own) return own;
    }
    const opened = openAt.call(this, pathFlags, p, openFlags, descriptorFlags);
    if (!plain) return opened;
    const real = inside(parent, p);
    try {
      if (real && statSync(real).isDirectory()) DIRS.set(opened, { root: parent.root, dir: real });
    } catch {
    }
    return opened;
  };
  const dDispose = d[dispose];
  d[dispose] = function() {
    const f = FILES.get(this);
    if (f && !f.closed) {
      f.closed = true;
      try {
        closeSync(f.fd);
      } catch {
      }
    }
    if (OWN.has(this)) return void 0;
    return dDispose?.call(this);
  };
  const readViaStream = d.readViaStream;
  d.readViaStream = function(offset) {
    const file = FILES.get(this);
    if (!file) return readViaStream.call(this, offset);
    const stream = Object.create(InputStream.prototype);
    STREAMS.set(stream, { file, pos: Number(offset) });
    return stream;
  };
  const read = d.read;
  d.read = function(length, offset) {
    const file = FILES.get(this);
    if (!file) return read.call(this, length, offset);
    const out = new Uint8Array(Math.min(Number(length), MAX_READ));
    const n = readFd(file, out, Number(offset), "filesystem");
    return [out.subarray(0, n), n === 0];
  };
  function readFd(file, into, pos, kind) {
    try {
      if (file.closed) throw Object.assign(new Error("the file was closed"), { code: "EBADF" });
      return readSync(file.fd, into, 0, into.length, pos);
    } catch (e) {
      if (kind === "filesystem") throw e.code === "EISDIR" ? "is-directory" : "io";
      throw { tag: "last-operation-failed", val: new IoError(e) };
    }
  }
  function streamRead(len) {
    const st = STREAMS.get(this);
    const n = Math.min(Number(len), MAX_READ);
    if (n === 0) return new Uint8Array(0);
    if (buffer.length < n) buffer = Buffer.allocUnsafe(n);
    const got = readFd(st.file, buffer.subarray(0, n), st.pos, "stream");
    if (got === 0) throw { tag: "closed" };
    st.pos += got;
    return buffer.subarray(0, got);
  }
  function streamSkip(len) {
    const st = STREAMS.get(this);
    let size;
    try {
      size = fstatSync(st.file.fd).size;
    } catch (e) {
      throw { tag: "last-operation-failed", val: new IoError(e) };
    }
    if (st.pos >= size && Number(len) > 0) throw { tag: "closed" };
    const n = Math.min(Number(len), size - st.pos);
    st.pos += n;
    return BigInt(n);
  }
  for (const [name, fast] of [
    ["read", streamRead],
    ["blockingRead", streamRead],
    ["skip", streamSkip],
    ["blockingSkip", streamSkip]
  ]) {
    const orig = s[name];
    s[name] = function(len) {
      return STREAMS.has(this) ? fast.call(this, len) : orig.call(this, len);
    };
  }
  const subscribe = s.subscribe;
  s.subscribe = function() {
    if (STREAMS.has(this)) return monotonicClock.subscribeDuration(0n);
    return subscribe.call(this);
  };
  const sDispose = s[dispose];
  s[dispose] = function() {
    if (STREAMS.delete(this)) return void 0;
    return sDispose?.call(this);
  };
}

// ../shared/limits.js
import vm from "node:vm";
var DEFAULT_MEMORY_MIB = 512;
var DEFAULT_TIMEOUT_S = 600;
var PAGE = 65536;
var MEMORIES = [];
var limitBytes = 0;
var LimitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LimitError";
    this.code = "limit-exceeded";
  }
};
var MAX_MEMORY_MIB = 4096;
var MAX_TIMEOUT_S = 86400;
function readLimitInputs(get, names, InputErr) {
  const positive = (name, dflt, max, decimals) => {
    const v = get(name);
    if (v === "") return dflt;
    const re = decimals ? /^[0-9]{1,9}(\.[0-9]{1,3})?$/ : /^[0-9]{1,9}$/;
    if (!re.test(v) || !(Number(v) > 0) || Number(v) > max) {
      throw new InputErr(`input ${name}: ${JSON.stringify(v)} is not a ${decimals ? "number" : "whole number"} above 0 and at most ${max}`);
    }
    return Number(v);
  };
  return {
    memoryLimit: positive(names.memory, DEFAULT_MEMORY_MIB, MAX_MEMORY_MIB, false),
    timeout: positive(names.timeout, DEFAULT_TIMEOUT_S, MAX_TIMEOUT_S, true)
  };
}
function installMemoryLimit(bytes) {
  if (!(Number.isSafeInteger(bytes) && bytes >= PAGE)) throw new Error(`memory limit must be at least 64 KiB, got ${bytes}`);
  const first = limitBytes === 0;
  limitBytes = bytes;
  if (!first) return;
  const compile = WebAssembly.compile;
  WebAssembly.compile = function(source, ...rest) {
    return compile.call(this, limitMemories(source, Math.floor(limitBytes / PAGE)), ...rest);
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function(...args) {
    const r = await instantiate.apply(this, args);
    const instance = r instanceof WebAssembly.Instance ? r : r.instance;
    for (const v of Object.values(instance.exports)) if (v instanceof WebAssembly.Memory) MEMORIES.push(v);
    return r;
  };
}
function guestMemoryBytes() {
  return MEMORIES.reduce((m, mem) => Math.max(m, mem.buffer.byteLength), 0);
}
function memoryLimitHit() {
  if (!limitBytes) return false;
  return guestMemoryBytes() >= limitBytes - Math.max(16 << 20, limitBytes / 4);
}
function memoryLimitMiB() {
  return limitBytes / (1 << 20);
}
function callWithTimeout(fn, ms) {
  try {
    return vm.runInNewContext("fn()", { fn }, { timeout: ms });
  } catch (e) {
    if (e?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      throw new LimitError(`the scan exceeded the time limit of ${ms / 1e3} s`);
    }
    throw e;
  }
}
function readLeb(b, pos) {
  let v = 0;
  let shift = 0;
  for (; ; ) {
    const byte = b[pos++];
    if (byte === void 0) throw new Error("truncated LEB128");
    v += (byte & 127) * 2 ** shift;
    shift += 7;
    if (!(byte & 128)) return [v, pos];
    if (shift > 35) throw new Error("LEB128 too long");
  }
}
function leb(v) {
  const out = [];
  do {
    let byte = v % 128;
    v = Math.floor(v / 128);
    if (v) byte |= 128;
    out.push(byte);
  } while (v);
  return out;
}
function limitMemories(source, pages) {
  const b = source instanceof Uint8Array ? source : new Uint8Array(source instanceof ArrayBuffer ? source : source.buffer);
  if (b.length < 8 || b[0] !== 0 || b[1] !== 97 || b[2] !== 115 || b[3] !== 109 || b[4] !== 1) return source;
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
        if (flags > 1) return source;
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

// ../shared/gate.js
var FORMATS = Object.freeze(["json", "text", "cyclonedx", "spdx", "sarif", "junit", "markdown"]);
var VERDICTS = Object.freeze(["pass", "fail", "error"]);
var GateError = class extends Error {
  constructor(code, message) {
    super(message);
    this.name = "GateError";
    this.code = code;
  }
};
var FAIL_ON = Object.freeze(["low", "medium", "high", "critical"]);
function toWitRequest(opts, guest) {
  let failOn;
  if (opts.failOn) {
    failOn = String(opts.failOn).toLowerCase();
    if (!FAIL_ON.includes(failOn)) {
      throw new GateError("usage", `fail-on: unknown severity ${JSON.stringify(opts.failOn)} (known: ${FAIL_ON.join(", ")})`);
    }
  }
  const policy = witPolicy(opts.policy);
  return {
    image: guest.image,
    displayName: opts.displayName ?? guest.displayName,
    tag: opts.tag || void 0,
    platform: opts.platform || void 0,
    formats: opts.formats,
    // Reports go to files and step summaries, never to a terminal.
    color: false,
    db: guest.db,
    // u64 crosses as BigInt: Unix seconds from the host (the guest has no clock).
    now: BigInt(Math.floor(opts.now ?? Date.now() / 1e3)),
    reference: opts.reference || void 0,
    policy,
    failOn,
    signatures: (opts.signatures ?? []).map((s) => ({ name: s.name, payload: Uint8Array.from(s.payload), signature: s.signature })),
    trustedKeys: (opts.trustedKeys ?? []).map((k) => ({ name: k.name, pem: k.pem })),
    signatureBundles: (opts.signatureBundles ?? []).map((b) => ({ name: b.name, content: Uint8Array.from(b.content) })),
    trustedRoot: opts.trustedRoot || void 0,
    skipVulnerabilities: Boolean(opts.skipVulnerabilities),
    vex: (opts.vex ?? []).map((d) => {
      if (typeof d?.name !== "string" || typeof d?.text !== "string") {
        throw new GateError("usage", "vex documents must be {name, text}");
      }
      return { name: d.name, text: d.text };
    })
  };
}
function witPolicy(policy) {
  if (!policy) return void 0;
  if (typeof policy.name !== "string" || typeof policy.text !== "string") {
    throw new GateError("usage", "policy must be {name, text}");
  }
  return { name: policy.name, text: policy.text };
}
function callScanner(scanner, opts, guest) {
  const r = scanner.scan(toWitRequest(opts, guest));
  return {
    verdict: r.verdict,
    exitCode: r.exitCode,
    reports: r.reports.map(({ format, content }) => ({ format, content }))
  };
}
var GUARDED = /* @__PURE__ */ new WeakSet();
var writable = false;
var MUTATING_METHODS = Object.freeze([
  "write",
  "writeViaStream",
  "appendViaStream",
  "setSize",
  "setTimes",
  "setTimesAt",
  "createDirectoryAt",
  "linkAt",
  "removeDirectoryAt",
  "renameAt",
  "symlinkAt",
  "unlinkFileAt"
]);
function guardReadOnly(Descriptor) {
  if (GUARDED.has(Descriptor)) return;
  const proto = Descriptor?.prototype;
  const missing = ["openAt", ...MUTATING_METHODS].filter((name) => typeof proto?.[name] !== "function");
  if (missing.length > 0) {
    throw new GateError(
      "unsupported",
      `the WASI shim's filesystem Descriptor has no ${missing.join(", ")}: imagegate cannot keep the image read-only with this @bytecodealliance/preview2-shim version`
    );
  }
  GUARDED.add(Descriptor);
  const openAt = proto.openAt;
  proto.openAt = function(pathFlags, p, openFlags, descriptorFlags) {
    if (!writable && (openFlags?.create || openFlags?.truncate || descriptorFlags?.write || descriptorFlags?.mutateDirectory)) {
      throw "read-only";
    }
    const flags = descriptorFlags?.mutateDirectory && !openFlags?.directory ? { ...descriptorFlags, mutateDirectory: false } : descriptorFlags;
    return openAt.call(this, pathFlags, p, openFlags, flags);
  };
  for (const name of MUTATING_METHODS) {
    const orig = proto[name];
    proto[name] = function(...args) {
      if (!writable) throw "read-only";
      return orig.apply(this, args);
    };
  }
}
function mapPath(hostPath, mount, what) {
  let st;
  let real;
  try {
    st = statSync2(hostPath);
    real = realpathSync2(hostPath);
  } catch (e) {
    throw new GateError(
      "image-io",
      `${hostPath}: cannot read the ${what}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`
    );
  }
  if (st.isDirectory()) return { dir: real, guest: mount };
  return { dir: path2.dirname(real), guest: `${mount}/${path2.basename(real)}` };
}
function createGate({ component, filesystem, cli, io, clocks, timeoutMs = DEFAULT_TIMEOUT_S * 1e3 }) {
  const scanner = component.scanner ?? component["imagegate:gate/scanner@0.1.0"];
  if (!scanner || typeof scanner.scan !== "function") {
    throw new Error("the component module exports no imagegate:gate/scanner");
  }
  guardReadOnly(filesystem.types.Descriptor);
  const fast = Boolean(io && clocks);
  if (fast) {
    installFastRead({
      Descriptor: filesystem.types.Descriptor,
      InputStream: io.streams.InputStream,
      IoError: io.error.Error,
      monotonicClock: clocks.monotonicClock
    });
  }
  function sandbox(preopens) {
    filesystem._setPreopens(preopens);
    if (fast) trackPreopens(filesystem._getPreopens(), preopens);
    cli._setEnv({});
    cli._setArgs(["imagegate.wasm"]);
    writable = false;
  }
  let stopped = null;
  function scan(opts) {
    if (stopped) return errorOutcome("limit-exceeded", `the component was stopped by a limit earlier (${stopped}); start a new process`);
    const formats = opts.formats?.length ? [...new Set(opts.formats)] : ["json"];
    for (const f of formats) {
      if (!FORMATS.includes(f)) {
        return errorOutcome("usage", `unknown report format ${JSON.stringify(f)} (known: ${FORMATS.join(", ")})`);
      }
    }
    try {
      const img = mapPath(opts.image, "/image", "image");
      const preopens = { "/image": img.dir };
      const guest = { image: img.guest, displayName: path2.basename(opts.image) };
      if (opts.db) {
        const db = mapPath(opts.db, "/db", "vulnerability DB");
        preopens["/db"] = db.dir;
        guest.db = db.guest;
      }
      sandbox(preopens);
      const r = callWithTimeout(() => callScanner(scanner, { ...opts, formats }, guest), timeoutMs);
      const reports = {};
      for (const { format, content } of r.reports) reports[format] = content;
      return { verdict: r.verdict, exitCode: r.exitCode, reports };
    } catch (e) {
      const [code, message] = describeError(e);
      if (code === "limit-exceeded") stopped = message;
      return errorOutcome(code, message);
    } finally {
      filesystem._setPreopens({});
    }
  }
  function runCli(args, preopens, { writable: w = false, env = {} } = {}) {
    filesystem._setPreopens(preopens);
    if (fast) trackPreopens(filesystem._getPreopens(), preopens);
    cli._setEnv(env);
    cli._setArgs(["imagegate.wasm", ...args]);
    writable = w;
    component.run.run();
  }
  function plan({ policy, skipVulnerabilities = false } = {}) {
    try {
      const p = scanner.plan(witPolicy(policy), Boolean(skipVulnerabilities));
      return { ...p, maxDbAgeDays: Number(p.maxDbAgeDays) };
    } catch (e) {
      const [code, message] = describeError(e);
      throw new GateError(code, message);
    }
  }
  return {
    formats: FORMATS,
    scan,
    plan,
    runCli,
    version: () => scanner.version(),
    explain: (code) => scanner.explain(code) ?? null
  };
}
function errorOutcome(code, message) {
  return { verdict: "error", exitCode: 2, reports: {}, error: { code, message } };
}
function describeError(e) {
  if (e instanceof GateError) return [e.code, e.message];
  if (e instanceof LimitError) return [e.code, `${e.message} (raise the time limit)`];
  const p = e?.payload;
  if (p && typeof p.code === "string") return [p.code, String(p.message ?? p.code)];
  if (e instanceof WebAssembly.RuntimeError) {
    if (memoryLimitHit()) {
      return ["limit-exceeded", `the scan needed more than the memory limit of ${memoryLimitMiB()} MiB (raise the memory limit)`];
    }
    return ["component-trap", `the component trapped: ${e.message}`];
  }
  return ["host-error", e?.message ?? String(e)];
}

// ../shared/logsafe.js
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
var UNSAFE_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
var AZURE = /##(vso)?\[/giu;
function escapeChar(c) {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "	") return "\\t";
  return `\\u{${c.codePointAt(0).toString(16)}}`;
}
function logSafe(value) {
  const s = String(value ?? "");
  AZURE.lastIndex = 0;
  if (!/^\s*::/u.test(s) && !UNSAFE.test(s) && !AZURE.test(s)) return s;
  AZURE.lastIndex = 0;
  const out = s.replace(AZURE, (m) => `${m.slice(0, -1)}\\[`).replace(UNSAFE_G, escapeChar);
  return out.replace(/^(\s*)::/u, "$1\\::");
}

// ../shared/adapter.js
var REPORT_FILES = Object.freeze({
  json: "imagegate.json",
  text: "imagegate.txt",
  cyclonedx: "imagegate.cdx.json",
  spdx: "imagegate.spdx.json",
  sarif: "imagegate.sarif",
  junit: "imagegate.junit.xml",
  markdown: "imagegate.md"
});
var SEVERITIES = Object.freeze(["critical", "high", "medium", "low", "unknown"]);
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function parseBool(name, value, fallback) {
  const v = String(value ?? "").trim().toLowerCase();
  if (v === "") return fallback;
  if (["true", "yes", "on", "1"].includes(v)) return true;
  if (["false", "no", "off", "0"].includes(v)) return false;
  throw new InputError(`input ${name}: ${JSON.stringify(v)} is not true or false`);
}
function parseFailOn(name, value) {
  const v = String(value ?? "").trim().toLowerCase();
  if (v && !FAIL_ON.includes(v)) {
    throw new InputError(`input ${name}: unknown severity ${JSON.stringify(v)} (known: ${FAIL_ON.join(", ")})`);
  }
  return v;
}
function severityCounts(report) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const v of report?.vulnerabilities ?? []) {
    if (v?.vex?.suppressed || v?.ignored) continue;
    const level = v?.severity?.level;
    counts[level in counts ? level : "unknown"] += 1;
  }
  return counts;
}
function policyName(file, workspace) {
  const rel = path3.relative(path3.resolve(workspace), path3.resolve(workspace, file));
  if (rel && !rel.startsWith("..") && !path3.isAbsolute(rel)) return rel.split(path3.sep).join("/");
  return path3.basename(file);
}
function readPolicy(explicit, workspace, defaultName) {
  const file = explicit ? path3.resolve(workspace, explicit) : path3.join(workspace, defaultName);
  let st;
  try {
    st = statSync3(file);
  } catch (e) {
    if (!explicit && e.code === "ENOENT") return void 0;
    throw new InputError(`input policy: cannot read ${logSafe(file)}: ${e.code === "ENOENT" ? "no such file" : logSafe(e.message)}`);
  }
  if (!st.isFile()) {
    if (!explicit) return void 0;
    throw new InputError(`input policy: ${logSafe(file)} is not a file`);
  }
  try {
    return { name: policyName(file, workspace), text: readFileSync(file, "utf8") };
  } catch (e) {
    throw new InputError(`input policy: cannot read ${logSafe(file)}: ${logSafe(e.message)}`);
  }
}
var VEX_DIR = ".vex";
var VEX_SUFFIXES = Object.freeze([".openvex.json", ".vex.json"]);
var MAX_VEX_BYTES = 32 * 1024 * 1024;
function filesIn(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink() && statSync3(path3.join(dir, e.name)).isFile()).map((e) => e.name).sort();
  } catch (e) {
    if (e.code === "ENOENT" || e.code === "ENOTDIR") return [];
    throw new InputError(`cannot list ${logSafe(dir)}: ${logSafe(e.message)}`);
  }
}
function readVex(workspace, explicit = []) {
  const root = path3.resolve(workspace);
  if (explicit.length) return explicit.map((f) => readVexFile(f, root));
  const rel = [
    ...filesIn(path3.join(root, VEX_DIR)).filter((n) => n.endsWith(".json")).map((n) => `${VEX_DIR}/${n}`),
    ...filesIn(root).filter((n) => VEX_SUFFIXES.some((s) => n.endsWith(s)))
  ];
  return rel.map((name) => {
    const file = path3.join(root, name);
    try {
      if (statSync3(file).size > MAX_VEX_BYTES) throw new Error(`is larger than ${MAX_VEX_BYTES} bytes`);
      return { name, text: readFileSync(file, "utf8") };
    } catch (e) {
      throw new InputError(`VEX document ${logSafe(name)}: ${logSafe(e.message)}`);
    }
  });
}
function parseVexInput(value) {
  return String(value ?? "").split(/[\n,]+/).map((s) => s.trim()).filter(Boolean);
}
function readVexFile(file, root) {
  const abs = path3.resolve(root, file);
  const shown = logSafe(file);
  let st;
  try {
    st = statSync3(abs);
  } catch (e) {
    throw new InputError(`input vex: cannot read ${shown}: ${e.code === "ENOENT" ? "no such file" : logSafe(e.message)}`);
  }
  if (!st.isFile()) throw new InputError(`input vex: ${shown} is not a file`);
  if (st.size > MAX_VEX_BYTES) throw new InputError(`input vex: ${shown} is larger than ${MAX_VEX_BYTES} bytes`);
  try {
    return { name: policyName(abs, root), text: readFileSync(abs, "utf8") };
  } catch (e) {
    throw new InputError(`input vex: cannot read ${shown}: ${logSafe(e.message)}`);
  }
}
async function runGate({ gate, loadGate: loadGate2, inputs, workspace, getDb: getDb2, now }) {
  let outcome;
  let db = {};
  try {
    const g = gate ?? await loadGate2({ memoryMiB: inputs.memoryLimit, timeoutS: inputs.timeout });
    const defaults = g.plan({ skipVulnerabilities: true });
    const policy = readPolicy(inputs.policy, workspace, defaults.policyFile);
    const vex = readVex(workspace, inputs.vex ?? []);
    const plan = g.plan({ policy, skipVulnerabilities: inputs.skipVulnerabilities });
    db = await getDb2(plan, g);
    outcome = g.scan({
      image: path3.resolve(workspace, inputs.image),
      displayName: path3.basename(inputs.image),
      db: db.path,
      policy,
      failOn: inputs.failOn || void 0,
      reference: inputs.reference || void 0,
      tag: inputs.tag || void 0,
      platform: inputs.platform || void 0,
      skipVulnerabilities: inputs.skipVulnerabilities,
      formats: inputs.formats,
      vex,
      now: now ? now() : void 0
    });
  } catch (e) {
    const code = e instanceof InputError ? "usage" : e instanceof GateError ? e.code : "host-error";
    outcome = { verdict: "error", exitCode: 2, reports: {}, error: { code, message: logSafe(e?.message ?? e) } };
  }
  let report = null;
  if (outcome.reports?.json !== void 0) {
    try {
      report = JSON.parse(outcome.reports.json);
    } catch (e) {
      outcome = { ...outcome, verdict: "error", exitCode: 2, error: { code: "host-error", message: `the component's JSON report does not parse: ${e.message}` } };
    }
  }
  return { outcome, report, db };
}
function undecided(report) {
  const u = report?.policy?.undecided ?? [];
  return u.length ? u.join("; ") : "see the report";
}
function stepResult(outcome, report, reportOnly) {
  if (outcome.verdict === "pass") return { failed: false, message: "imagegate: pass" };
  if (outcome.verdict === "fail") {
    const s = report?.summary ?? {};
    const what = `the image fails the policy (${s.errors ?? 0} errors, ${s.warnings ?? 0} warnings)`;
    if (reportOnly) return { failed: false, message: `imagegate: ${what}; report-only: the step does not fail` };
    return { failed: true, message: `imagegate: ${what}` };
  }
  if (outcome.verdict === "error" && !outcome.error && report) {
    return { failed: true, message: `imagegate could not decide (undecided): ${logSafe(undecided(report))}` };
  }
  const e = outcome.error ?? { code: "host-error", message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
  return { failed: true, message: `imagegate could not decide (${e.code}): ${logSafe(e.message)}` };
}

// ../shared/db.js
import { closeSync as closeSync2, existsSync, mkdirSync, openSync as openSync2, readSync as readSync2, rmSync, writeFileSync } from "node:fs";
import path4 from "node:path";
var CACHE_PREFIX = "imagegate-db-v1-";
function isoWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(year, 0, 1)) / 864e5 + 1) / 7);
  return `${year}-w${String(week).padStart(2, "0")}`;
}
function cacheKey(date, platform = `${process.platform}-${process.arch}`) {
  return `${CACHE_PREFIX}${platform}-${isoWeek(date)}`;
}
var DB_FORMAT = 2;
function dbBuildTime(file) {
  let fd;
  try {
    fd = openSync2(file, "r");
    const head = Buffer.alloc(96 + 10 + 64);
    const n = readSync2(fd, head, 0, head.length, 0);
    if (n < 97 || head.toString("latin1", 0, 4) !== "IGDB" || head.readUInt32LE(4) !== DB_FORMAT) return null;
    const dirOff = Number(head.readBigUInt64LE(16));
    if (dirOff !== 96) return null;
    let len = 0;
    let at = 96;
    for (let shift = 0; at < n && shift < 35; shift += 7) {
      const b = head[at++];
      len += (b & 127) * 2 ** shift;
      if (!(b & 128)) break;
    }
    if (len > 64 || at + len > n) return null;
    return head.toString("utf8", at, at + len);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}
function dbAgeDays(file, now) {
  const t = dbBuildTime(file)?.trim();
  if (!t) return null;
  let built;
  if (/^[0-9]+$/.test(t)) built = Math.floor(Number(t) / 86400);
  else if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const ms = Date.parse(`${t.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(ms)) return null;
    built = ms / 864e5;
  } else return null;
  return Math.floor(now / 86400) - built;
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function fetchWithRetries(url, file, { fetchImpl = fetch, attempts = 4, delayMs = 1e3, log = () => {
} } = {}) {
  let last;
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetchImpl(url);
      if (res.ok) {
        const buf = Buffer.from(await res.arrayBuffer());
        mkdirSync(path4.dirname(file), { recursive: true });
        writeFileSync(file, buf);
        return buf.length;
      }
      last = new Error(`${url}: HTTP ${res.status}`);
      if (res.status < 500 && res.status !== 429) throw last;
    } catch (e) {
      last = e;
      if (/HTTP 4\d\d/.test(e.message) && !/HTTP 429/.test(e.message)) throw e;
    }
    if (i < attempts) {
      log(`download failed (${last.message}); retry ${i}/${attempts - 1}`);
      await sleep(delayMs * 2 ** (i - 1));
    }
  }
  throw new Error(`download failed after ${attempts} attempts: ${last.message}`);
}
async function downloadDb({ source, ecosystems, work, out, buildDb, fetchOpts = {} }) {
  rmSync(work, { recursive: true, force: true });
  for (const eco of ecosystems) {
    const url = `${source.replace(/\/+$/, "")}/${encodeURIComponent(eco)}/all.zip`;
    await fetchWithRetries(url, path4.join(work, eco, "all.zip"), fetchOpts);
  }
  mkdirSync(path4.dirname(out), { recursive: true });
  const code = await buildDb(work, out);
  rmSync(work, { recursive: true, force: true });
  if (code !== 0 || !existsSync(out)) throw new Error(`db build failed (exit code ${code})`);
  return out;
}
async function getDb({ plan, db = "", dir, offline = false, source = "", ecosystems = [], now = Math.floor(Date.now() / 1e3), dbAge = (f) => dbAgeDays(f, now), buildDb, cache = null, log = () => {
}, warn = () => {
}, fetchOpts = {} }) {
  if (db && existsSync(db)) return { path: db };
  if (!plan.needsDb) {
    if (db) warn(`input db: ${db} does not exist; the policy needs no DB, scanning without one`);
    return {};
  }
  const file = db || path4.join(dir, plan.dbFile);
  const maxAge = plan.maxDbAgeDays;
  const fresh = () => {
    const age = existsSync(file) ? dbAge(file) : null;
    return age !== null && (maxAge === 0 || age <= maxAge);
  };
  if (!db && !fresh() && cache && !offline) {
    try {
      if (await cache.restore(file)) log(`imagegate: vulnerability DB restored from the cache into ${file}`);
    } catch (e) {
      warn(`restoring the DB cache failed: ${e.message}`);
    }
  }
  if (fresh()) return { path: file };
  const why = existsSync(file) ? `older than max-db-age = ${maxAge} days, or unreadable` : "there is none yet";
  if (offline) {
    warn(`offline: not fetching the vulnerability DB ${file} (${why})`);
    return existsSync(file) ? { path: file } : {};
  }
  const from = source || plan.dbSource;
  try {
    log(`imagegate: fetching the vulnerability DB into ${file} (${why}) from ${from}`);
    mkdirSync(path4.dirname(file), { recursive: true });
    await downloadDb({
      source: from,
      ecosystems: ecosystems.length ? ecosystems : plan.dbEcosystems,
      work: `${file}.download`,
      out: file,
      buildDb,
      fetchOpts: { log, ...fetchOpts }
    });
  } catch (e) {
    warn(`the vulnerability DB could not be fetched: ${e.message}`);
    return existsSync(file) ? { path: file } : {};
  }
  if (cache && !db) {
    try {
      await cache.save(file);
    } catch (e) {
      warn(`saving the DB cache failed: ${e.message}`);
    }
  }
  return { path: file };
}

// ../shared/worker.js
import path5 from "node:path";
import { Worker, isMainThread, workerData } from "node:worker_threads";
function rfc3339(unixSeconds) {
  return new Date(unixSeconds * 1e3).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function buildDbInWorker(entryUrl, fromDir, out, now = Math.floor(Date.now() / 1e3)) {
  const outDir = path5.dirname(path5.resolve(out));
  const args = ["db", "build", "--from", "/src", "-o", `/out/${path5.basename(out)}`, "--build-time", rfc3339(now)];
  const preopens = { "/src": path5.resolve(fromDir), "/out": outDir };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(entryUrl), { workerData: { imagegateCli: { args, preopens } } });
    w.on("error", reject);
    w.on("exit", resolve);
  });
}
async function runCliIfWorker(loadGate2) {
  if (isMainThread || !workerData?.imagegateCli) return false;
  const { args, preopens } = workerData.imagegateCli;
  const env = process.env.SOURCE_DATE_EPOCH ? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } : {};
  const gate = await loadGate2({});
  gate.runCli(args, preopens, { writable: true, env });
  process.exit(0);
  return true;
}

// src/action.js
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path6 from "node:path";
var ANNOTATION_CAP = 10;
var bool = (core, name, fallback) => parseBool(name, core.getInput(name), fallback);
function parseInputs(core) {
  const image = core.getInput("image").trim();
  if (!image) throw new InputError("input image is required: the path of an image tarball or OCI layout");
  const formats = core.getInput("format").split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(f in REPORT_FILES));
  if (unknown.length) {
    throw new InputError(`input format: unknown ${unknown.join(", ")} (known: ${Object.keys(REPORT_FILES).join(", ")})`);
  }
  return {
    image,
    policy: core.getInput("policy").trim(),
    vex: parseVexInput(core.getInput("vex")),
    failOn: parseFailOn("fail-on", core.getInput("fail-on")),
    reference: core.getInput("reference").trim(),
    formats: formats.length ? formats : ["json"],
    outputDir: core.getInput("output-dir").trim() || "imagegate-report",
    sarifFile: core.getInput("sarif-file").trim(),
    db: core.getInput("db").trim(),
    dbCache: bool(core, "db-cache", true),
    dbSource: core.getInput("db-source").trim(),
    dbEcosystems: core.getInput("db-ecosystems").split(/[\s,]+/).filter(Boolean),
    offline: bool(core, "offline", false),
    skipVulnerabilities: bool(core, "skip-vulnerabilities", false),
    reportOnly: bool(core, "report-only", false),
    summary: bool(core, "summary", true),
    tag: core.getInput("tag").trim(),
    platform: core.getInput("platform").trim(),
    // Sandbox limits, as the Rust host's --memory-limit / --timeout.
    ...readLimitInputs((n) => core.getInput(n).trim(), { memory: "memory-limit", timeout: "timeout" }, InputError)
  };
}
var cell = (s) => String(s ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
function where(loc) {
  if (!loc) return "";
  const parts = [];
  if (loc.package) parts.push(`package ${loc.package}`);
  if (loc.path) parts.push(loc.path);
  if (loc.config) parts.push(`config ${loc.config}`);
  if (loc.layer !== void 0 && loc.layer !== null) parts.push(`layer ${loc.layer}`);
  return parts.join(", ");
}
function summaryMarkdown(outcome, imageName) {
  if (outcome.reports?.markdown !== void 0) return outcome.reports.markdown;
  const v = ["pass", "fail"].includes(outcome.verdict) ? outcome.verdict : "error";
  const icon = { pass: "\u2705", fail: "\u274C", error: "\u26A0\uFE0F" }[v];
  const what = v === "error" ? `could not decide on \`${cell(imageName)}\`` : `\`${cell(imageName)}\``;
  const lines = [`# ${icon} imagegate: ${v.toUpperCase()} \u2014 ${what}`, ""];
  if (v === "error") {
    const e = outcome.error ?? { code: "host-error", message: `unexpected verdict ${JSON.stringify(outcome.verdict)}` };
    lines.push(`**${cell(e.code)}**: ${cell(e.message)}`, "", "An error is never a pass: the step fails until the gate can decide.", "");
  }
  return lines.join("\n");
}
function annotate(core, report, cap = ANNOTATION_CAP) {
  const important = (report?.diagnostics ?? []).filter((d) => d.severity === "error" || d.severity === "warning");
  important.sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
  const shown = important.slice(0, cap);
  for (const d of shown) {
    const at = where(d.location);
    const msg = `${d.message}${at ? ` (${at})` : ""}`;
    const props = { title: `imagegate ${d.code}` };
    if (d.severity === "error") core.error(msg, props);
    else core.warning(msg, props);
  }
  if (important.length > shown.length) {
    core.notice(`imagegate: ${important.length - shown.length} more diagnostics are not annotated; see the report.`);
  }
  return shown.length;
}
function writeReport(dir, format, content) {
  mkdirSync2(dir, { recursive: true });
  const file = path6.join(dir, REPORT_FILES[format]);
  writeFileSync2(file, content);
  return file;
}
async function runAction({ core, gate, loadGate: loadGate2, getDb: getDb2, now, workspace = process.env.GITHUB_WORKSPACE || process.cwd() }) {
  let inputs;
  let outcome;
  let report = null;
  try {
    inputs = parseInputs(core);
  } catch (e) {
    outcome = { verdict: "error", exitCode: 2, reports: {}, error: { code: "usage", message: logSafe(e.message) } };
  }
  if (inputs) {
    core.info(`imagegate: scanning ${logSafe(inputs.image)}`);
    const formats = [.../* @__PURE__ */ new Set(["json", ...inputs.formats, ...inputs.summary ? ["markdown"] : [], ...inputs.sarifFile ? ["sarif"] : []])];
    ({ outcome, report } = await runGate({
      gate,
      loadGate: loadGate2,
      inputs: { ...inputs, formats },
      workspace,
      getDb: (plan, g) => getDb2(inputs, plan, g),
      now
    }));
  }
  const outputDir = inputs?.outputDir ?? "imagegate-report";
  let reportPath = "";
  let sarifPath = "";
  for (const [format, content] of Object.entries(outcome.reports)) {
    if (format === "sarif" && inputs.sarifFile) {
      mkdirSync2(path6.dirname(path6.resolve(inputs.sarifFile)), { recursive: true });
      writeFileSync2(inputs.sarifFile, content);
      sarifPath = inputs.sarifFile;
    }
    if (format !== "json" && !inputs.formats.includes(format)) continue;
    const file = writeReport(outputDir, format, content);
    if (format === "json") reportPath = file;
    if (format === "sarif" && !sarifPath) sarifPath = file;
  }
  const counts = severityCounts(report);
  core.setOutput("verdict", outcome.verdict);
  for (const s of SEVERITIES) core.setOutput(s, String(counts[s]));
  core.setOutput("errors", String(report?.summary?.errors ?? 0));
  core.setOutput("warnings", String(report?.summary?.warnings ?? 0));
  core.setOutput("notes", String(report?.summary?.notes ?? 0));
  core.setOutput("report", reportPath);
  core.setOutput("sarif", sarifPath);
  if (report) annotate(core, report);
  if (inputs?.summary ?? true) {
    const name = inputs ? path6.basename(inputs.image) : "(no image)";
    await core.summary.addRaw(summaryMarkdown(outcome, name)).write();
  }
  const step = stepResult(outcome, report, inputs?.reportOnly ?? false);
  if (step.failed) core.setFailed(step.message);
  else if (outcome.verdict === "fail") core.warning(step.message);
  else core.info(step.message);
  return outcome;
}

// src/main.js
async function loadGate({ memoryMiB = DEFAULT_MEMORY_MIB, timeoutS = DEFAULT_TIMEOUT_S } = {}) {
  installMemoryLimit(memoryMiB * 2 ** 20);
  const component = await import("./imagegate-WN4TUZ3Z.js");
  return createGate({ component, filesystem: filesystem_exports, cli: cli_exports, io: io_exports, clocks: clocks_exports, timeoutMs: timeoutS * 1e3 });
}
function actionsCache(date) {
  const key = cacheKey(date);
  return {
    async restore(file) {
      const { restoreCache } = await import("./cache-4YLEZMY7.js");
      return Boolean(await restoreCache([file], key, [CACHE_PREFIX]));
    },
    async save(file) {
      const { saveCache } = await import("./cache-4YLEZMY7.js");
      await saveCache([file], key);
    }
  };
}
function testNow() {
  const v = process.env.IMAGEGATE_NOW;
  return v && /^[0-9]{1,12}$/.test(v) ? () => Number(v) : void 0;
}
if (!await runCliIfWorker(loadGate)) {
  try {
    const now = testNow() ?? (() => Math.floor(Date.now() / 1e3));
    await runAction({
      core: core_exports,
      loadGate,
      now: testNow(),
      getDb: (inputs, plan) => getDb({
        plan,
        db: inputs.db,
        dir: path7.join(process.env.RUNNER_TEMP || os.tmpdir(), "imagegate-db"),
        offline: inputs.offline,
        source: inputs.dbSource,
        ecosystems: inputs.dbEcosystems,
        now: now(),
        buildDb: (from, out) => buildDbInWorker(import.meta.url, from, out, now()),
        cache: inputs.dbCache ? actionsCache(new Date(now() * 1e3)) : null,
        log: (m) => info(logSafe(m)),
        warn: (m) => warning(m, { title: "imagegate vulnerability DB" })
      })
    });
  } catch (e) {
    setFailed(`imagegate could not decide (host-error): ${logSafe(e?.message ?? e)}`);
  }
}
