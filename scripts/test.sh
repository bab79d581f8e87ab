#!/usr/bin/env bash
# The test command (README and .ci/run run exactly this): build the component
# and the host, build the real test images when this machine can (root +
# mmdebstrap, umoci, skopeo), then run every test in release mode, and the
# CI adapters' tests.
# Set IMAGEGATE_REQUIRE_IMAGES=1 to make missing real images a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./build.sh
if [ "$(id -u)" = 0 ] && command -v mmdebstrap >/dev/null && command -v umoci >/dev/null && command -v skopeo >/dev/null; then
  tests/images/build.sh
elif [ "${IMAGEGATE_REQUIRE_IMAGES:-0}" = 1 ]; then
  echo "IMAGEGATE_REQUIRE_IMAGES=1 but the real test images cannot be built here (need root and: apt-get install -y mmdebstrap umoci skopeo)" >&2
  exit 1
else
  echo "NOTE: not building the real test images (need root and mmdebstrap, umoci, skopeo); tests that use them will be skipped" >&2
fi
cargo test --workspace --release
# The Jenkins shared library: Groovy tests with stand-in pipeline steps and
# the real host (apt-get install -y groovy).
if command -v groovy >/dev/null; then
  export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
  groovy pipelines/jenkins/test/run.groovy
elif [ "${CI:-}" = true ]; then
  echo "groovy is missing: apt-get install -y groovy" >&2
  exit 1
else
  echo "NOTE: groovy not installed; skipping the Jenkins library tests (apt-get install -y groovy)" >&2
fi
# The Azure Pipelines task (pipelines/azure): npm ci from the lockfile, the
# committed dist/ must match a rebuild from target/release/imagegate.wasm,
# then the offline MockTestRunner L0 tests under Node 20.13.1 and 24.10.0.
if command -v npm >/dev/null; then
  (cd pipelines/azure/ImageGateV1 && npm ci --no-audit --no-fund)
  pipelines/azure/check-dist.sh
  IMAGEGATE_IMAGES="${IMAGEGATE_IMAGES:-$PWD/target/test-images}" pipelines/azure/test.sh
elif [ "${CI:-}" = true ]; then
  echo "npm is missing: apt-get install -y nodejs npm" >&2
  exit 1
else
  echo "NOTE: npm not installed; skipping the Azure Pipelines task tests (apt-get install -y nodejs npm)" >&2
fi
