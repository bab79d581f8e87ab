#!/usr/bin/env bash
# Build the imagegate component (wasm32-wasip2) and the command-line host.
# Result: target/release/imagegate and, beside it, target/release/imagegate.wasm
# (copy both together to install; or pass --component / IMAGEGATE_COMPONENT).
set -euo pipefail
cd "$(dirname "$0")"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-wasip2; then
  rustup target add wasm32-wasip2
fi
cargo build --profile component --target wasm32-wasip2 --bin imagegate-component
cargo build --release -p imagegate-host
cp target/wasm32-wasip2/component/imagegate-component.wasm target/release/imagegate.wasm
echo "built: target/release/imagegate (+ imagegate.wasm, $(wc -c < target/release/imagegate.wasm) bytes)"
