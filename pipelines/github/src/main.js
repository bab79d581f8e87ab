// Entry of the GitHub Action (bundled to dist/index.js). On the main thread it
// runs the action; in a worker thread started by `buildDbInWorker` it runs the
// component's own command line (whose `exit` would end the whole process on
// the main thread).

import * as core from '@actions/core';
import * as cli from '@bytecodealliance/preview2-shim/cli';
import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENT_DIGEST_FILE, readComponentDigest } from '../../shared/attest.js';
import { logSafe } from '../../shared/adapter.js';
import { cacheKey, CACHE_PREFIX, getDb } from '../../shared/db.js';
import { createGate } from '../../shared/gate.js';
import { DEFAULT_MEMORY_MIB, DEFAULT_TIMEOUT_S, installMemoryLimit } from '../../shared/limits.js';
import { buildDbInWorker, runCliIfWorker } from '../../shared/worker.js';
import { runAction } from './action.js';

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

/**
 * The Actions cache for the DB, one key per ISO week. @actions/cache (and the
 * Azure SDK under it) is loaded only when a DB cache is used: it costs ~30 MiB
 * of memory the scan itself does not need.
 */
function actionsCache(date) {
  const key = cacheKey(date);
  return {
    async restore(file) {
      const { restoreCache } = await import('@actions/cache');
      return Boolean(await restoreCache([file], key, [CACHE_PREFIX]));
    },
    async save(file) {
      const { saveCache } = await import('@actions/cache');
      await saveCache([file], key);
    },
  };
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

if (!(await runCliIfWorker(loadGate))) {
  try {
    const now = testNow() ?? (() => Math.floor(Date.now() / 1000));
    await runAction({
      core,
      loadGate,
      now: testNow(),
      // build.sh records the SHA-256 of the component beside dist/index.js.
      componentDigest: () => readComponentDigest(fileURLToPath(new URL(`./${COMPONENT_DIGEST_FILE}`, import.meta.url))),
      getDb: (inputs, plan) =>
        getDb({
          plan,
          db: inputs.db,
          dir: path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'imagegate-db'),
          offline: inputs.offline,
          source: inputs.dbSource,
          ecosystems: inputs.dbEcosystems,
          now: now(),
          buildDb: (from, out) => buildDbInWorker(import.meta.url, from, out, now()),
          cache: inputs.dbCache ? actionsCache(new Date(now() * 1000)) : null,
          log: (m) => core.info(logSafe(m)),
          warn: (m) => core.warning(m, { title: 'imagegate vulnerability DB' }),
        }),
    });
  } catch (e) {
    core.setFailed(`imagegate could not decide (host-error): ${logSafe(e?.message ?? e)}`);
  }
}
