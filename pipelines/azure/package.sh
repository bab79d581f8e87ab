#!/usr/bin/env bash
# Package the Azure DevOps extension (ImageGate@1) into
#   <repo>/target/azure/<publisher>.imagegate-<version>.vsix
# Usage: pipelines/azure/package.sh [--publisher ID]
# It builds dist/ from target/release/imagegate-accel.wasm, then stages only what
# the agent needs (task.json and dist/; no
# node_modules) and runs `tfx extension create` (npx tfx-cli, from npm; it
# works offline once installed). Set the publisher with --publisher or by
# editing vss-extension.json before publishing to the Marketplace.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TFX_VERSION=0.23.1
PUBLISHER=()
[[ ${1:-} == --publisher ]] && PUBLISHER=(--publisher "$2")
OUT="$ROOT/target/azure"
STAGE="$OUT/stage"
"$HERE/build.sh" >/dev/null
rm -rf "$STAGE"
mkdir -p "$STAGE/ImageGateV1"
cp "$HERE/vss-extension.json" "$STAGE/"
cp "$HERE/ImageGateV1/task.json" "$STAGE/ImageGateV1/"
cp -r "$HERE/ImageGateV1/dist" "$STAGE/ImageGateV1/"
cd "$STAGE"
npx --yes "tfx-cli@$TFX_VERSION" extension create --manifest-globs vss-extension.json \
  --output-path "$OUT" --no-prompt "${PUBLISHER[@]}"
rm -rf "$STAGE"
