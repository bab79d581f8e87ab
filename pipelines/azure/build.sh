#!/usr/bin/env bash
# Rebuild the Azure task's dist/ from the component, deterministically:
#   pipelines/azure/build.sh [COMPONENT_WASM] [OUT_DIR]
# COMPONENT_WASM defaults to <repo>/target/release/imagegate-accel.wasm (./build.sh
# at the repo root makes it; the component build whose layer hashing the host
# does, see pipelines/shared/host-sha256.js); OUT_DIR defaults to pipelines/azure/ImageGateV1/dist.
# Needs `npm ci` in pipelines/azure/ImageGateV1 first. dist/
# (not committed: scripts/test.sh and package.sh build it) and holds:
#   index.js    CommonJS entry the agent runs (`node dist/index.js`) and the
#               task library's TaskMockRunner can require(); it imports
#   esm/        the ES-module bundle: the task (azure-pipelines-task-lib
#               bundled in), pipelines/shared/gate.js, the jco-transpiled
#               component's JS, its core module (imagegate.core.wasm) and the
#               preview2-shim's I/O worker.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TASK="$HERE/ImageGateV1"
WASM=$(realpath "${1:-$ROOT/target/release/imagegate-accel.wasm}")
OUT=$(realpath -m "${2:-$TASK/dist}")
cd "$TASK"
[[ -f $WASM ]] || { echo "build.sh: component not found: $WASM (run ./build.sh at the repo root)" >&2; exit 1; }
[[ -x node_modules/.bin/jco ]] || { echo "build.sh: run 'npm ci' in $TASK first" >&2; exit 1; }
rm -rf build/imagegate
node_modules/.bin/jco transpile "$WASM" -o build/imagegate --name imagegate --no-typescript -q
rm -rf "$OUT"
mkdir -p "$OUT/esm"
# ESM bundle; the CommonJS task library needs a `require`.
node ../../shared/bundle.mjs src/main.js "$OUT/esm" task
cp build/imagegate/imagegate.core.wasm "$OUT/esm/"
# The component's digest, recorded in attestations (as the Rust host records the .wasm it runs).
(cd "$(dirname "$WASM")" && sha256sum "$(basename "$WASM")") > "$OUT/esm/imagegate.wasm.sha256"
cp node_modules/@bytecodealliance/preview2-shim/dist/io/worker-thread.bundle.js "$OUT/esm/"
printf '{\n  "type": "module"\n}\n' > "$OUT/esm/package.json"
cp src/index.cjs "$OUT/index.js"
echo "built $OUT: $(cd "$OUT" && find . -type f | sort | tr '\n' ' ')"
