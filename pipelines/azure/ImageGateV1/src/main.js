// Entry of the ES-module bundle (dist/esm/task.js): wires the real task
// library, the shared JS host (pipelines/shared/gate.js) and the
// jco-transpiled component into `runTask`.

import * as tl from 'azure-pipelines-task-lib/task';
import * as cli from '@bytecodealliance/preview2-shim/cli';
import * as clocks from '@bytecodealliance/preview2-shim/clocks';
import * as filesystem from '@bytecodealliance/preview2-shim/filesystem';
import * as io from '@bytecodealliance/preview2-shim/io';
import { createGate } from '../../../shared/gate.js';
import { installMemoryLimit } from '../../../shared/limits.js';
import { runTask } from './task.js';

/** Load the component under the sandbox limits (the memory limit applies when it compiles). */
async function loadGate({ memoryMiB, timeoutS }) {
  installMemoryLimit(memoryMiB * 2 ** 20);
  const component = await import('../build/imagegate/imagegate.js');
  return createGate({ component, filesystem, cli, io, clocks, timeoutMs: timeoutS * 1000 });
}

try {
  await runTask({ tl, loadGate });
} catch (e) {
  tl.setResult(tl.TaskResult.Failed, `imagegate could not decide (host-error): ${e?.message ?? e}`);
}
