#!/usr/bin/env bash
# Build the imagegate component (wasm32-wasip2) and the command-line host.
# Result: target/release/imagegate and, beside it, target/release/imagegate.wasm
# (copy both together to install; or pass --component / IMAGEGATE_COMPONENT),
# and target/release/imagegate-accel.wasm, the build for the JavaScript hosts
# (GitHub Action, Azure task) that hashes layers with the host's SHA-256.
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
echo "built: target/release/imagegate (+ imagegate.wasm, $(wc -c < target/release/imagegate.wasm) bytes; imagegate-accel.wasm, $(wc -c < target/release/imagegate-accel.wasm) bytes)"
