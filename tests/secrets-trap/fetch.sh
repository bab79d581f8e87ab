#!/usr/bin/env bash
# Fetch the secrets trap corpus: real files from Debian packages that look like
# secrets and are not (doc comments in Ruby's uri/generic.rb and its copies,
# webrick and rack code, axios's README and minified bundle, botocore's
# documentation strings with AWS's example keys, PyJWT and requests sources,
# jQuery's minified build). The secrets tests scan every file under OUTDIR and
# require zero findings (tests/secrets.rs, `trap_corpus_has_no_findings`).
#
# Usage: tests/secrets-trap/fetch.sh [OUTDIR]   (default <repo>/target/secrets-trap)
#   Needs apt-get (a Debian bookworm package index: run `apt-get update` once)
#   and dpkg-deb. The .debs are kept in OUTDIR/.debs; an OUTDIR/<package>/
#   tree that exists is not fetched again.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/target/secrets-trap}
PACKAGES=(libruby3.1 ruby-webrick ruby-rack ruby-bundler node-axios python3-jwt
  python3-requests python3-botocore libjs-jquery)
mkdir -p "$OUT/.debs"
for p in "${PACKAGES[@]}"; do
  [[ -d $OUT/$p ]] && continue
  if ! (cd "$OUT/.debs" && apt-get download -q "$p" >/dev/null 2>&1); then
    # No package index yet (a fresh machine): update it once, as root.
    if [[ -z ${UPDATED:-} && $(id -u) -eq 0 ]]; then
      apt-get update -qq >/dev/null && UPDATED=1
    fi
    (cd "$OUT/.debs" && apt-get download -q "$p" >/dev/null 2>&1) ||
      { echo "fetch.sh: apt-get download $p failed (apt-get update as root, and a bookworm source)" >&2; exit 1; }
  fi
  deb=$(ls -t "$OUT/.debs/${p}_"*.deb | head -n1)
  mkdir -p "$OUT/.tmp-$p"
  dpkg-deb -x "$deb" "$OUT/.tmp-$p"
  mv "$OUT/.tmp-$p" "$OUT/$p"
  echo "fetch.sh: $p <- $(basename "$deb")"
done
