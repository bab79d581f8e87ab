#!/usr/bin/env bash
# Fail when the committed dist/ is stale: rebuild it from the component into a
# temporary directory and compare. Usage: pipelines/github/check-dist.sh [COMPONENT_WASM]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$HERE/build.sh" "${1:-}" "$TMP/dist" >/dev/null
if ! diff -r -q "$HERE/dist" "$TMP/dist"; then
  echo "pipelines/github/dist is stale: rebuild it with pipelines/github/build.sh and commit it" >&2
  exit 1
fi
echo "pipelines/github/dist is up to date"
