#!/usr/bin/env bash
# Run every fuzz target (or the ones named) for SECONDS each, one after the
# other, single process (no -jobs: the machine is shared), and print the
# executions per target.
#
# Usage: fuzz/run.sh [SECONDS] [TARGET...]      (default: 60 s, every target)
#   Needs a nightly toolchain and cargo-fuzz (see fuzz/README.md). Builds the
#   targets first (release, with debug assertions and overflow checks).
#   Corpora: fuzz/corpus/<target>/ (seeded by fuzz/make-seeds.py; new inputs
#   are added there). Crashes: fuzz/artifacts/<target>/. Logs: fuzz/logs/.
#   Exit status 1 when any target found a crash, leak, timeout or OOM.
set -euo pipefail

cd "$(dirname "$0")"
secs=${1:-60}
shift || true
all=(image layer inventory binary osv vulndb policy secrets version)
targets=("${@:-${all[@]}}")

# Largest input per target: enough for the seeds (real files, trimmed), small
# enough to keep executions fast.
max_len() {
    case $1 in
        image | layer) echo 262144 ;;
        inventory) echo 131072 ;;
        binary | vulndb | secrets) echo 65536 ;;
        osv | policy) echo 32768 ;;
        version) echo 256 ;;
        *) echo 4096 ;;
    esac
}

CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-1} cargo +nightly fuzz build -O -a >&2
bin=target/x86_64-unknown-linux-gnu/release
mkdir -p logs
status=0
printf '%-10s %8s %12s %10s %8s %s\n' target seconds execs execs/s corpus result
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    log=logs/$t.log
    start=$(date +%s)
    set +e
    "$bin/$t" "corpus/$t" \
        -max_total_time="$secs" -max_len="$(max_len "$t")" \
        -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=20 \
        -artifact_prefix="artifacts/$t/" -print_final_stats=1 >"$log" 2>&1
    rc=$?
    set -e
    took=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-$(grep -o '#[0-9]*' "$log" | tail -1 | tr -d '#')}
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    n=$(find "corpus/$t" -type f | wc -l)
    if [ "$rc" -eq 0 ]; then
        result=ok
    else
        status=1
        result="FAILED (exit $rc): $(grep -m1 -E 'ERROR: libFuzzer|panicked at|SUMMARY' "$log" || true) see fuzz/$log"
    fi
    printf '%-10s %8s %12s %10s %8s %s\n' "$t" "$took" "${execs:-?}" "${rate:-?}" "$n" "$result"
done
exit $status
