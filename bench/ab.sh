#!/usr/bin/env bash
# A/B timing of two builds of the component on the same images, interleaved
# in one run (A, B, A, B, …) so both see the same machine load.
#
# Usage: bench/ab.sh A.wasm B.wasm IMAGE...
# Env:   IMAGEGATE_BIN (default <repo>/target/release/imagegate: the host),
#        BENCH_RUNS (default 5) timed runs of each, after one untimed warm-up
#        (which also compiles each component into the host's cache).
# Prints a Markdown table per image: median wall and CPU (user+sys) seconds of
# A and B and the B/A ratios. Used for the secrets rules' cost (docs/secrets.md).
set -euo pipefail
export LC_ALL=C
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
(($# >= 3)) || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 1; }
A=$1 B=$2; shift 2
IG=${IMAGEGATE_BIN:-$ROOT/target/release/imagegate}
RUNS=${BENCH_RUNS:-5}
[[ -x $IG ]] || { echo "ab.sh: host binary not found: $IG (./build.sh or IMAGEGATE_BIN)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "ab.sh: GNU time is missing: apt-get install -y time" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
run() { # WASM IMAGE -> "wall cpu"
  local t0 t1
  t0=$EPOCHREALTIME
  /usr/bin/time -f '%U %S' -o "$TMP/t" "$IG" --component "$1" scan "$2" --skip-vulnerabilities --format json --output /dev/null \
    >/dev/null 2>"$TMP/err" || [[ $? -eq 1 ]] || { cat "$TMP/err" >&2; exit 1; }
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" '{printf "%.3f %.2f\n", b - a, $1 + $2}' "$TMP/t"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); A=$A; B=$B; $RUNS runs each, interleaved"
echo
echo "| image | A wall | B wall | B/A wall | A cpu | B cpu | B/A cpu |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for img in "$@"; do
  run "$A" "$img" >/dev/null; run "$B" "$img" >/dev/null
  : >"$TMP/a"; : >"$TMP/b"
  for ((i = 0; i < RUNS; i++)); do
    run "$A" "$img" >>"$TMP/a"
    run "$B" "$img" >>"$TMP/b"
  done
  aw=$(cut -d' ' -f1 "$TMP/a" | median); bw=$(cut -d' ' -f1 "$TMP/b" | median)
  ac=$(cut -d' ' -f2 "$TMP/a" | median); bc=$(cut -d' ' -f2 "$TMP/b" | median)
  awk -v n="$(basename "$img")" -v aw="$aw" -v bw="$bw" -v ac="$ac" -v bc="$bc" \
    'BEGIN {printf "| %s | %.2f | %.2f | %.2fx | %.2f | %.2f | %.2fx |\n", n, aw, bw, bw / aw, ac, bc, bc / ac}'
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
