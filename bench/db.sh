#!/usr/bin/env bash
# Vulnerability DB benchmark: build time and size of the DB for the whole OSV
# corpus (language advisories, the AlmaLinux errata, and the Debian DSA/DLA
# lists converted to OSV by tests/images/debian_osv.py), per-lookup time, and
# the cost of lookup + matching for the full inventory of real images (scan
# with the DB minus scan without it), among them the rpm image alma10 (real
# errata, many findings) and the ~140-200 package Debian images.
# Runs the host binary (the component under wasmtime); each time is the best
# (minimum) of BENCH_RUNS runs, which is the least disturbed by other load.
#
#   ./build.sh && bench/db.sh
#   IMAGEGATE_CORPUS=/path/to/corpus IMAGEGATE_IMAGES=/path/to/test-images bench/db.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${IMAGEGATE_BIN:-target/release/imagegate}
CORPUS=${IMAGEGATE_CORPUS:-../shared/corpus}
IMAGES=${IMAGEGATE_IMAGES:-target/test-images}
RUNS=${BENCH_RUNS:-5}
[ -x "$BIN" ] || { echo "build first: ./build.sh ($BIN missing)" >&2; exit 1; }
[ -d "$CORPUS/osv" ] || { echo "the OSV corpus is missing at $CORPUS/osv (set IMAGEGATE_CORPUS)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export IMAGEGATE_DB="$WORK/none.db" # no default DB in the "without" runs

# best wall seconds of RUNS runs of "$@" (output discarded)
best() {
  local times=() s e
  for _ in $(seq "$RUNS"); do
    s=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    e=$EPOCHREALTIME
    times+=("$(echo "$e - $s" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk 'NR == 1 {printf "%.3f", $1}'
}

sources=("$CORPUS"/osv/*.jsonl "$CORPUS"/osv-os/*.jsonl)
if [ -f "$CORPUS/debian/DSA-list.txt" ]; then
  for list in DSA DLA; do
    python3 tests/images/debian_osv.py "$CORPUS/debian/$list-list.txt" >"$WORK/debian-$list.jsonl"
    sources+=("$WORK/debian-$list.jsonl")
  done
fi
records=$(cat "${sources[@]}" | wc -l)
input=$(cat "${sources[@]}" | wc -c)
DB="$WORK/corpus.db"
"$BIN" db build --from "${sources[@]}" -o "$DB" --build-time 2026-01-01T00:00:00Z >/dev/null # warm-up (component cache)
build=$(best "$BIN" db build --from "${sources[@]}" -o "$DB" --build-time 2026-01-01T00:00:00Z)
size=$(stat -c %s "$DB")
echo "== DB build: ${#sources[@]} corpus sources, $records records, $((input / 1024)) KiB of JSONL"
echo "build time (best of $RUNS): ${build} s"
echo "DB size: $size bytes ($((size / 1024)) KiB, $(echo "scale=1; 100 * $size / $input" | bc)% of the JSONL)"
echo "lookup: $("$BIN" wasi-run --dir "$WORK::/w" -- db check /w/corpus.db | sed 's|^/w/corpus.db: ||')"

echo "== lookup + match for full image inventories (scan with the DB minus scan without)"
printf '%-22s %9s %9s %9s %8s %8s\n' image packages no-db with-db delta findings
for name in python node owned-overwrite alma10 bullseye; do
  img="$IMAGES/$name-docker.tar"
  if [ ! -f "$img" ]; then
    echo "$name: $img missing (tests/images/build.sh)" >&2
    continue
  fi
  "$BIN" scan "$img" --db "$DB" --output "$WORK/r.json" || true # warm-up + the report
  read -r pkgs vulns < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
pk = r.get("packages") or r.get("inventory", {}).get("packages") or []
print(len(pk), len(r.get("vulnerabilities") or []))' "$WORK/r.json")
  without=$(best "$BIN" scan "$img" --skip-vulnerabilities --output /dev/null)
  with=$(best "$BIN" scan "$img" --db "$DB" --output /dev/null)
  printf '%-22s %9s %8ss %8ss %7ss %8s\n' "$name-docker.tar" "$pkgs" "$without" "$with" \
    "$(echo "$with - $without" | bc -l | awk '{printf "%.3f", $1}')" "$vulns"
done
