// Entry of the ES-module bundle (dist/esm/task.js): wires the real task
// library, the shared JS host (pipelines/shared/gate.js), the shared DB
// provider (pipelines/shared/db.js) and the jco-transpiled component into
// `runTask`. In a worker thread started by `buildDbInWorker` it runs the
// component's own command line instead (a `db build`).

import * as tl from 'azure-pipelines-task-lib/task';
import * as cli from '@bytecodealliance/preview2-shim/cli';
import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import { logSafe } from '../../../shared/adapter.js';
import { getDb } from '../../../shared/db.js';
import { createGate } from '../../../shared/gate.js';
import { DEFAULT_MEMORY_MIB, DEFAULT_TIMEOUT_S, installMemoryLimit } from '../../../shared/limits.js';
import { buildDbInWorker, runCliIfWorker } from '../../../shared/worker.js';
import { runTask } from './task.js';
import { fileURLToPath } from 'node:url';
import { COMPONENT_DIGEST_FILE, readComponentDigest } from '../../../shared/attest.js';

/** Load the component under the sandbox limits (the memory limit applies when it compiles). */
async function loadGate({ memoryMiB = DEFAULT_MEMORY_MIB, timeoutS = DEFAULT_TIMEOUT_S } = {}) {
  installMemoryLimit(memoryMiB * 2 ** 20);
  const component = await import('../build/imagegate/imagegate.js');
  return createGate({ component, filesystem, cli, io, clocks, timeoutMs: timeoutS * 1000 });
}

/** Tests only (undocumented), as in the GitHub Action: IMAGEGATE_NOW fixes the scan time. */
function testNow() {
  const v = process.env.IMAGEGATE_NOW;
  return v && /^[0-9]{1,12}$/.test(v) ? () => Number(v) : undefined;
}

if (!(await runCliIfWorker(loadGate))) {
  try {
    const now = testNow() ?? (() => Math.floor(Date.now() / 1000));
    await runTask({
      tl,
      loadGate,
      now: testNow(),
      // build.sh records the SHA-256 of the component beside dist/esm/task.js.
      componentDigest: () => readComponentDigest(fileURLToPath(new URL(`./${COMPONENT_DIGEST_FILE}`, import.meta.url))),
      // The DB lives in `dbDir`: on a self-hosted agent it stays between
      // runs; on hosted agents the Cache@2 task restores and saves it.
      getDb: (inputs, plan) =>
        getDb({
          plan,
          db: inputs.db,
          dir: inputs.dbDir,
          offline: inputs.offline,
          source: inputs.dbSource,
          ecosystems: inputs.dbEcosystems,
          now: now(),
          buildDb: (from, out) => buildDbInWorker(import.meta.url, from, out, now()),
          log: (m) => console.log(logSafe(m)),
          warn: (m) => tl.warning(logSafe(m)),
        }),
    });
  } catch (e) {
    tl.setResult(tl.TaskResult.Failed, `imagegate could not decide (host-error): ${logSafe(e?.message ?? e)}`);
  }
}
