#!/usr/bin/env bash
# Rebuild the action's dist/ from the component, deterministically:
#   pipelines/github/build.sh [COMPONENT_WASM] [OUT_DIR]
# COMPONENT_WASM defaults to <repo>/target/release/imagegate-accel.wasm (./build.sh
# at the repo root makes it; the component build whose layer hashing the host
# does, see pipelines/shared/host-sha256.js); OUT_DIR defaults to pipelines/github/dist.
# Needs `npm ci` in pipelines/github first. dist/ holds the bundled JS
# (index.js), the component's core module (imagegate.core.wasm) and the
# preview2-shim's I/O worker; it is committed (check-dist.sh checks it).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WASM=$(realpath "${1:-$ROOT/target/release/imagegate-accel.wasm}")
OUT=$(realpath -m "${2:-$HERE/dist}")
cd "$HERE"
[[ -f $WASM ]] || { echo "build.sh: component not found: $WASM (run ./build.sh at the repo root)" >&2; exit 1; }
[[ -x node_modules/.bin/jco ]] || { echo "build.sh: run 'npm ci' in $HERE first" >&2; exit 1; }
rm -rf build/imagegate
node_modules/.bin/jco transpile "$WASM" -o build/imagegate --name imagegate --no-typescript -q
rm -rf "$OUT"
mkdir -p "$OUT"
# ESM bundle; CommonJS dependencies of @actions/* need a `require`.
node ../shared/bundle.mjs src/main.js "$OUT" index
cp build/imagegate/imagegate.core.wasm "$OUT/"
# The component's digest, recorded in attestations (as the Rust host records the .wasm it runs).
(cd "$(dirname "$WASM")" && sha256sum "$(basename "$WASM")") > "$OUT/imagegate.wasm.sha256"
cp node_modules/@bytecodealliance/preview2-shim/dist/io/worker-thread.bundle.js "$OUT/"
printf '{\n  "type": "module"\n}\n' > "$OUT/package.json"
echo "built $OUT: $(ls "$OUT" | tr '\n' ' ')"
