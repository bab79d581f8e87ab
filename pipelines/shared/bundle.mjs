// Bundle a CI adapter (GitHub Action, Azure task) with esbuild, the same way
// for both: `node ../shared/bundle.mjs ENTRY OUTDIR ENTRY_NAME`, run from the
// adapter's directory (esbuild is resolved from its node_modules).
//
// The jco output's imports of `imagegate:gate/host-sha256` and
// `imagegate:gate/host-zstd` resolve to host-sha256.js and host-zstd.js
// beside this file.
//
// One change to the bundled preview2-shim: its synckit `createSyncFn` starts
// the shim's I/O worker thread when the module loads. The gate reads image
// files on the main thread (fast-read.js), so a scan of an image tarball makes
// no worker call at all, yet booting the worker cost ~100 ms of CPU on every
// run. The plugin makes the worker start on the first call instead. The
// patch matches the shim's source exactly and the build fails if it changes
// (a shim upgrade must look at this again).
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const [entry, outdir, entryName] = process.argv.slice(2);
if (!entry || !outdir || !entryName) {
  console.error('usage: node bundle.mjs ENTRY OUTDIR ENTRY_NAME');
  process.exit(2);
}
const require = createRequire(path.join(process.cwd(), 'package.json'));
const esbuild = require('esbuild');

const EAGER = 'export function createSyncFn(createWorker, debug, callbackHandler) {';
const lazyWorker = {
  name: 'imagegate-lazy-shim-worker',
  setup(build) {
    build.onLoad({ filter: /preview2-shim[\\/]dist[\\/]synckit[\\/]index\.js$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      if (src.split(EAGER).length !== 2) {
        throw new Error(`${args.path}: createSyncFn changed; review the lazy-worker patch in pipelines/shared/bundle.mjs`);
      }
      const contents =
        src.replace(EAGER, 'function createSyncFnEager(createWorker, debug, callbackHandler) {') +
        `
// imagegate: start the I/O worker on the first call, not at load.
${EAGER}
  let fn;
  return (...args) => (fn ??= createSyncFnEager(createWorker, debug, callbackHandler))(...args);
}
`;
      return { contents, loader: 'js' };
    });
  },
};

// The component's `imagegate-accel` build imports `imagegate:gate/host-sha256`
// (jco keeps the interface name as the module specifier): the host's SHA-256.
//
// jco hands each `hasher.update` a copy of the bytes (`memory.buffer.slice`),
// i.e. the whole image once more in short-lived ArrayBuffers, which V8 frees
// late: +20-50 MiB of peak memory. `update` hashes synchronously and keeps
// nothing, so it gets a view of the guest's memory instead. The patch must
// match exactly once, or the build fails (a jco upgrade must look at it).
const UPDATE_COPY =
  /var (result\d+) = new Uint8Array\(memory0\.buffer\.slice\((ptr\d+), \2 \+ (len\d+) \* 1\)\);(\n\s*_debugLog\('\[iface="imagegate:gate\/host-sha256@[0-9.]+", function="\[method\]hasher\.update"\])/g;
const hostImports = {
  name: 'imagegate-host-imports',
  setup(build) {
    build.onResolve({ filter: /^imagegate:gate\/host-sha256$/ }, () => ({
      path: fileURLToPath(new URL('host-sha256.js', import.meta.url)),
    }));
    build.onResolve({ filter: /^imagegate:gate\/host-zstd$/ }, () => ({
      path: fileURLToPath(new URL('host-zstd.js', import.meta.url)),
    }));
    build.onLoad({ filter: /build[\\/]imagegate[\\/]imagegate\.js$/ }, async (args) => {
      const src = await readFile(args.path, 'utf8');
      if (!src.includes("from 'imagegate:gate/host-sha256'")) {
        throw new Error(`${args.path}: transpiled from the portable component; the JS hosts use target/release/imagegate-accel.wasm (host SHA-256)`);
      }
      const hits = src.match(UPDATE_COPY)?.length ?? 0;
      if (hits !== 1) {
        throw new Error(`${args.path}: jco's lifting of hasher.update changed (${hits} matches); review pipelines/shared/bundle.mjs`);
      }
      const contents = src.replace(
        UPDATE_COPY,
        (_, result, ptr, len, rest) => `var ${result} = new Uint8Array(memory0.buffer, ${ptr}, ${len});${rest}`,
      );
      return { contents, loader: 'js' };
    });
  },
};

await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'eof',
  logLevel: 'warning',
  splitting: true,
  outdir,
  entryNames: entryName,
  // Flat: jco's output finds imagegate.core.wasm, and the shim its worker, beside itself.
  chunkNames: '[name]-[hash]',
  banner: {
    js: "import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);",
  },
  plugins: [lazyWorker, hostImports],
});
