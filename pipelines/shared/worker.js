// The component's own command line (`wasi:cli/run`, e.g. `db build`) run in
// a worker thread: its `exit` would end the whole process on the main
// thread. Each adapter's entry calls `runCliIfWorker` first (in a worker it
// runs the command and exits) and builds DBs with `buildDbInWorker`, passing
// its own `import.meta.url` (the bundle the worker loads again).

import path from 'node:path';
import { Worker, isMainThread, workerData } from 'node:worker_threads';

/** RFC 3339 UTC seconds, as the Rust host writes DB build times. */
export function rfc3339(unixSeconds) {
  return new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `db build --from <dir> -o <out> --build-time <now>` by the component, in a
 * worker thread; resolves its exit code.
 */
export function buildDbInWorker(entryUrl, fromDir, out, now = Math.floor(Date.now() / 1000)) {
  const outDir = path.dirname(path.resolve(out));
  const args = ['db', 'build', '--from', '/src', '-o', `/out/${path.basename(out)}`, '--build-time', rfc3339(now)];
  const preopens = { '/src': path.resolve(fromDir), '/out': outDir };
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(entryUrl), { workerData: { imagegateCli: { args, preopens } } });
    w.on('error', reject);
    w.on('exit', resolve);
  });
}

/** In a worker started by `buildDbInWorker`: run the command, exit, return true. */
export async function runCliIfWorker(loadGate) {
  if (isMainThread || !workerData?.imagegateCli) return false;
  const { args, preopens } = workerData.imagegateCli;
  const env = process.env.SOURCE_DATE_EPOCH ? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } : {};
  const gate = await loadGate({});
  gate.runCli(args, preopens, { writable: true, env });
  process.exit(0);
  return true;
}
