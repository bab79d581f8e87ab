#!/usr/bin/env bash
# Fail when the committed ImageGateV1/dist is stale: rebuild it from the
# component into a temporary directory and compare.
# Usage: pipelines/azure/check-dist.sh [COMPONENT_WASM]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$HERE/build.sh" "${1:-}" "$TMP/dist" >/dev/null
if ! diff -r -q "$HERE/ImageGateV1/dist" "$TMP/dist"; then
  echo "pipelines/azure/ImageGateV1/dist is stale: rebuild it with pipelines/azure/build.sh and commit it" >&2
  exit 1
fi
echo "pipelines/azure/ImageGateV1/dist is up to date"
