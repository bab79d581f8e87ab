// Test support (not bundled): a real registry for the adapters' tests, as the
// Rust host's tests start it (host/tests/cli/registry.rs): Debian's
// `docker-registry` (distribution 2.8, no referrers API) serving a temp dir on
// a loopback port, with real images pushed by `skopeo copy` from their OCI
// layouts (the manifest, and so its digest, is kept).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REGISTRY_BIN = '/usr/bin/docker-registry';

/** Why a registry test cannot run here (a string), or false. */
export function registryMissing() {
  if (!existsSync(REGISTRY_BIN)) return 'docker-registry is not installed (apt-get install docker-registry)';
  if (spawnSync('skopeo', ['--version']).status !== 0) return 'skopeo is not installed';
  return false;
}

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

const canConnect = (port) =>
  new Promise((resolve) => {
    const c = connect(port, '127.0.0.1');
    c.on('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.on('error', () => resolve(false));
  });

/** Start an empty registry: {host, push(layout, tag, dest), stop()}. */
export async function startRegistry() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'imagegate-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = path.join(dir, 'config.yml');
  writeFileSync(config, `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\nhttp:\n  addr: ${host}\n`);
  const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: 'ignore' });
  const start = Date.now();
  while (!(await canConnect(port))) {
    if (Date.now() - start > 20000) {
      child.kill();
      throw new Error('docker-registry did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host,
    /** Push the image tagged `tag` of the OCI layout `layout` as `dest` (REPO:TAG). */
    push(layout, tag, dest) {
      const r = spawnSync('skopeo', ['--insecure-policy', 'copy', '--dest-tls-verify=false', `oci:${layout}:${tag}`, `docker://${host}/${dest}`], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`skopeo push: ${r.stderr}`);
    },
    /** GET a manifest or blob: {status, headers, body (Buffer)}. */
    async get(p, accept = 'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json') {
      const r = await fetch(`http://${host}${p}`, { headers: { accept } });
      return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
    },
    stop() {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
