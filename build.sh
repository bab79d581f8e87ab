#!/usr/bin/env bash
# Build the imagegate component (wasm32-wasip2) and the command-line host.
# Result, in target/release/ (copy these three files together to install):
#   imagegate                       the host
#   imagegate-accel.wasm            the component it runs: layers hashed by the
#                                   host's native SHA-256 (also the build the
#                                   GitHub Action and the Azure task transpile)
#   imagegate-accel.<hash>.cwasm    that component precompiled for this machine,
#                                   so no run compiles it (checked at load; on
#                                   another CPU or wasmtime version the host
#                                   compiles once into its cache instead)
# and imagegate.wasm, the portable component (WASI only) for `wasmtime run`
# and the Jenkins step's wasmtime path.
set -euo pipefail
cd "$(dirname "$0")"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-wasip2; then
  rustup target add wasm32-wasip2
fi
# The accel build first: cargo's own output path must hold the portable
# build at the end (the host's tests and its development fallback load it).
cargo build --profile component --target wasm32-wasip2 --bin imagegate-component --features host-sha256
mkdir -p target/release
cp target/wasm32-wasip2/component/imagegate-component.wasm target/release/imagegate-accel.wasm
cargo build --profile component --target wasm32-wasip2 --bin imagegate-component
cp target/wasm32-wasip2/component/imagegate-component.wasm target/release/imagegate.wasm
cargo build --release -p imagegate-host
cwasm=$(target/release/imagegate --component target/release/imagegate-accel.wasm precompile)
echo "built: target/release/imagegate (+ imagegate-accel.wasm, $(wc -c < target/release/imagegate-accel.wasm) bytes; ${cwasm#precompiled: target/release/}; imagegate.wasm, $(wc -c < target/release/imagegate.wasm) bytes)"
