// Entry of the GitHub Action (bundled to dist/index.js). On the main thread it
// runs the action; in a worker thread started by `buildDbInWorker` it runs the
// component's own command line (whose `exit` would end the whole process on
// the main thread).

import * as core from '@actions/core';
import * as cli from '@bytecodealliance/preview2-shim/cli';
import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import path from 'node:path';
import { createGate } from '../../shared/gate.js';
import { DEFAULT_MEMORY_MIB, DEFAULT_TIMEOUT_S, installMemoryLimit } from '../../shared/limits.js';
import { runAction } from './action.js';
import { getDb } from './db.js';

/**
 * Load the component under the sandbox limits. The memory limit is built into
 * the core module when it compiles, so it is installed before the (dynamic)
 * import of the jco output.
 */
async function loadGate({ memoryMiB = DEFAULT_MEMORY_MIB, timeoutS = DEFAULT_TIMEOUT_S } = {}) {
  installMemoryLimit(memoryMiB * 2 ** 20);
  const component = await import('../build/imagegate/imagegate.js');
  return createGate({ component, filesystem, cli, io, clocks, timeoutMs: timeoutS * 1000 });
}

// @actions/cache (and the Azure SDK under it) is loaded only when a DB cache is
// used: it costs ~30 MiB of memory the scan itself does not need.
const cache = {
  restoreCache: async (...a) => (await import('@actions/cache')).restoreCache(...a),
  saveCache: async (...a) => (await import('@actions/cache')).saveCache(...a),
};

/** `db build --from <dir> -o <out>` by the component, in a worker thread. */
export function buildDbInWorker(fromDir, out) {
  const outDir = path.dirname(path.resolve(out));
  const args = ['db', 'build', '--from', '/src', '-o', `/out/${path.basename(out)}`];
  const preopens = { '/src': path.resolve(fromDir), '/out': outDir };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { imagegateCli: { args, preopens } } });
    w.on('error', reject);
    w.on('exit', resolve);
  });
}

/**
 * Tests only (undocumented): `IMAGEGATE_NOW=<Unix seconds>` fixes the scan
 * time, so a report can be compared byte for byte with the Rust host's
 * `--now`. Anything but digits is ignored (the host clock is used).
 */
function testNow() {
  const v = process.env.IMAGEGATE_NOW;
  return v && /^[0-9]{1,12}$/.test(v) ? () => Number(v) : undefined;
}

if (!isMainThread && workerData?.imagegateCli) {
  const { args, preopens } = workerData.imagegateCli;
  const env = process.env.SOURCE_DATE_EPOCH ? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } : {};
  const gate = await loadGate();
  gate.runCli(args, preopens, { writable: true, env });
  process.exit(0);
} else {
  try {
    await runAction({ core, loadGate, getDb: (inputs) => getDb(inputs, { core, cache, buildDb: buildDbInWorker }), now: testNow() });
  } catch (e) {
    core.setFailed(`imagegate could not decide (host-error): ${e?.message ?? e}`);
  }
}
