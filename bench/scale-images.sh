#!/usr/bin/env bash
# Build the images bench/scale.sh measures that CI does not build: two big ones
# and a 3-layer Python app.
#
# Usage: bench/scale-images.sh [--force] [OUTDIR]
#   OUTDIR default <repo>/target/scale-images. An output that exists and was built
#   with the current recipe is skipped; --force rebuilds them all.
#   Env: IMAGEGATE_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#        SOURCE_DATE_EPOCH (default 1700000000), SCALE_FILES (default 100000),
#        IMAGEGATE_IMAGES (the test images, default <repo>/target/test-images: the
#        Python app starts from their python-oci; skipped with a note when absent).
#   Needs root (mmdebstrap --mode=root), mmdebstrap, umoci, skopeo, python3, and
#   the Debian mirror (about 400 MB of .debs, cached in OUTDIR/.debcache). About 10 minutes.
#
# Outputs:
#   big-docker.tar        ~1.2 GiB: ONE layer, mmdebstrap --variant=minbase bookworm
#                         + $BIG_DEBS (docker-archive, layer stored uncompressed)
#   big-oci.tar           the same image as an oci-archive (layer tar+gzip)
#   manyfiles-docker.tar  layer 0: minbase bookworm + ca-certificates; layer 1:
#                         $SCALE_FILES small files under /app/node_modules (1000
#                         npm packages of 100 files, bench/manyfiles_layer.py)
#   python-app-docker.tar the test images' python-oci (layer 0: minbase + python3,
#                         pip, curl; layer 1: PyPI wheels) + layer 2: a small app
#                         in /app (app.py, a package, requirements.txt)
# The helpers (mkrootfs, oci_from, add_layer, ...) are tests/images/lib.sh, shared
# with tests/images/build.sh.
set -euo pipefail

RECIPE=2 # bump when the recipe changes
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
MIRROR=${IMAGEGATE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
CREATED=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
SCALE_FILES=${SCALE_FILES:-100000}
BIG_DEBS=build-essential,default-jdk-headless,golang-go,python3,python3-pip,python3-dev,git,cmake,curl

FORCE=0
OUT=
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "scale-images.sh: unknown option $arg (try --help)" >&2; exit 1 ;;
    *) [[ -z $OUT ]] || { echo "scale-images.sh: only one OUTDIR" >&2; exit 1; }; OUT=$arg ;;
  esac
done
OUT=${OUT:-$ROOT/target/scale-images}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'scale-images.sh: ERROR: %s\n' "$*" >&2; exit 1; }
# shellcheck source=tests/images/lib.sh
. "$ROOT/tests/images/lib.sh"

missing=()
for t in mmdebstrap umoci skopeo tar python3; do have "$t" || missing+=("$t"); done
((${#missing[@]} == 0)) || die "missing tool(s): ${missing[*]}
  install with:  apt-get install -y ${missing[*]}"
[[ $(id -u) -eq 0 ]] || die "must run as root (mmdebstrap --mode=root)"

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DEBCACHE=$OUT/.debcache
WORK=$OUT/.work
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
T0=$SECONDS

# key NAME PARTS...: recipe key of one output set; fresh NAME KEY FILES...: built with KEY?
key() { printf '%s\n' "$RECIPE" "$SUITE" "$MIRROR" "$SOURCE_DATE_EPOCH" "$@" | sha256sum | cut -c1-16; }
fresh() {
  local name=$1 k=$2 f
  shift 2
  ((FORCE)) && return 1
  [[ -f $OUT/.$name.recipe && $(cat "$OUT/.$name.recipe") == "$k" ]] || return 1
  for f in "$@"; do [[ -e $OUT/$f ]] || return 1; done
}
# config_gc LAYOUT TAG CMD: image config, drop unreferenced blobs
config_gc() {
  umoci config --image "$1:$2" --created "$CREATED" \
    --history.created "$CREATED" --history.created_by "umoci config (imagegate scale image)" \
    --clear=config.entrypoint --config.cmd="$3" --config.workingdir=/ \
    --config.label=org.opencontainers.image.source=https://example.com/imagegate-scale
  umoci gc --layout "$1"
}
# docker_archive LAYOUT TAG NAME: OUT/NAME-docker.tar (layers uncompressed, skopeo)
docker_archive() {
  skopeo copy --quiet "oci:$1:$2" "docker-archive:$WORK/$3-docker.tar:imagegate-scale/$3:latest"
  mv "$WORK/$3-docker.tar" "$OUT/$3-docker.tar"
}

# ------------------------------------------------------------------ big
k=$(key big "$BIG_DEBS")
if fresh big "$k" big-docker.tar big-oci.tar; then
  log "big: up to date, skipping (--force rebuilds)"
else
  rm -f "$OUT/.big.recipe"
  t=$SECONDS
  log "big: mmdebstrap --variant=minbase $SUITE + $BIG_DEBS (a few minutes)"
  mkrootfs "$WORK/big-root.tar" "$BIG_DEBS"
  log "big: rootfs tar $(numfmt --to=iec-i --suffix=B "$(stat -c %s "$WORK/big-root.tar")"); umoci add-layer (gzip)"
  L=$WORK/big-oci
  oci_from "$L" big "$WORK/big-root.tar" "mmdebstrap --variant=minbase --include=$BIG_DEBS $SUITE"
  rm -f "$WORK/big-root.tar"
  config_gc "$L" big /bin/bash
  log "big: skopeo -> docker-archive, oci-archive"
  docker_archive "$L" big big
  skopeo copy --quiet "oci:$L:big" "oci-archive:$WORK/big-oci.tar:big"
  mv "$WORK/big-oci.tar" "$OUT/big-oci.tar"
  rm -rf "$L"
  echo "$k" >"$OUT/.big.recipe"
  log "big: built in $((SECONDS - t))s"
fi

# ------------------------------------------------------------ manyfiles
k=$(key manyfiles "$SCALE_FILES" "$(sha256sum <"$SCRIPT_DIR/manyfiles_layer.py")")
if fresh manyfiles "$k" manyfiles-docker.tar; then
  log "manyfiles: up to date, skipping (--force rebuilds)"
else
  rm -f "$OUT/.manyfiles.recipe"
  t=$SECONDS
  log "manyfiles: mmdebstrap --variant=minbase $SUITE + ca-certificates"
  mkrootfs "$WORK/mf-root.tar" ca-certificates
  log "manyfiles: layer of $SCALE_FILES files (bench/manyfiles_layer.py, about 30 s)"
  python3 "$SCRIPT_DIR/manyfiles_layer.py" "$WORK/mf-layer.tar" "$SCALE_FILES" "$SOURCE_DATE_EPOCH"
  L=$WORK/manyfiles-oci
  oci_from "$L" manyfiles "$WORK/mf-root.tar" "mmdebstrap --variant=minbase --include=ca-certificates $SUITE"
  add_layer "$L" manyfiles "$WORK/mf-layer.tar" "COPY node_modules/ /app/node_modules/ ($SCALE_FILES files)"
  rm -f "$WORK/mf-root.tar" "$WORK/mf-layer.tar"
  config_gc "$L" manyfiles /bin/sh
  log "manyfiles: skopeo -> docker-archive"
  docker_archive "$L" manyfiles manyfiles
  rm -rf "$L"
  echo "$k" >"$OUT/.manyfiles.recipe"
  log "manyfiles: built in $((SECONDS - t))s"
fi

# ----------------------------------------------------------- python-app
PY_SRC=${IMAGEGATE_IMAGES:-$ROOT/target/test-images}/python-oci
if [[ ! -f $PY_SRC/index.json ]]; then
  log "python-app: skipped: $PY_SRC missing (build it with tests/images/build.sh)"
else
  k=$(key python-app "$(cat "$PY_SRC/index.json")")
  if fresh python-app "$k" python-app-docker.tar; then
    log "python-app: up to date, skipping (--force rebuilds)"
  else
    rm -f "$OUT/.python-app.recipe"
    L=$WORK/python-app-oci
    cp -a "$PY_SRC" "$L"
    A=$WORK/app-layer/app
    mkdir -p "$A/service"
    printf 'requests==2.31.0\nPyYAML==6.0.1\n' >"$A/requirements.txt"
    printf 'from service.handlers import main\n\nif __name__ == "__main__":\n    main()\n' >"$A/app.py"
    printf '' >"$A/service/__init__.py"
    printf 'import os\n\nimport requests\nimport yaml\n\n\ndef main():\n    cfg = yaml.safe_load(open(os.environ.get("APP_CONFIG", "/app/config.yaml")))\n    print(requests.get(cfg["url"], timeout=5).status_code)\n' >"$A/service/handlers.py"
    printf 'url: https://example.com/health\n' >"$A/config.yaml"
    mktar "$WORK/app-layer" "$WORK/app-layer.tar"
    add_layer "$L" python "$WORK/app-layer.tar" "COPY app/ /app/"
    config_gc "$L" python "python3 /app/app.py"
    docker_archive "$L" python python-app
    rm -rf "$L" "$WORK/app-layer" "$WORK/app-layer.tar"
    echo "$k" >"$OUT/.python-app.recipe"
    log "python-app: built"
  fi
fi

echo
echo "scale images in $OUT (this run: $((SECONDS - T0))s):"
for f in big-docker.tar big-oci.tar manyfiles-docker.tar python-app-docker.tar; do
  [[ -f $OUT/$f ]] || continue
  printf '  %-22s %10s\n' "$f" "$(numfmt --to=iec-i --suffix=B --format=%.1f "$(stat -c %s "$OUT/$f")")"
done
