#!/usr/bin/env bash
# The test command (README and .ci/run run exactly this): build the component
# and the host, build the real test images when this machine can (root +
# mmdebstrap, umoci, skopeo), then run every test in release mode.
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
