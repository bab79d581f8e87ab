#!/usr/bin/env bash
# Build the REAL container images the imagegate tests scan.
#
# Usage: tests/images/build.sh [--force]
#   Output dir: ${IMAGEGATE_IMAGES:-<repo>/target/test-images}
#   Each output is built in <out>/.work and moved into place only when it is
#   complete, so an existing output is a finished one and is skipped.
#   --force (or a change of RECIPE below) rebuilds everything.
#   Env: IMAGEGATE_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#        SOURCE_DATE_EPOCH (default 1700000000 = 2023-11-14T22:13:20Z).
#   Needs root (mmdebstrap --mode=root) and network access to the Debian mirror.
#
# Outputs (the Rust tests rely on these exact names):
#   bookworm-oci/          OCI layout, tag "bookworm", ONE tar+gzip layer
#                          (mmdebstrap --variant=minbase bookworm) and config:
#                          User 1000:1000, WorkingDir /app, Entrypoint [/bin/sh],
#                          Cmd [-c, "echo hi"], Env [APP_MODE=production],
#                          ExposedPorts 8080/tcp,
#                          Label org.opencontainers.image.source=https://example.com/imagegate-test
#   bookworm-oci.tar       oci-archive of the same image (tag "bookworm")
#   bookworm-docker.tar    docker-archive, RepoTags docker.io/imagegate-test/bookworm:latest
#                          (skopeo writes the layer UNCOMPRESSED as <diffid>.tar plus a
#                          <v1-id>/layer.tar SYMLINK to it, <config-digest>.json,
#                          manifest.json, repositories)
#   bookworm-zstd-oci/     same image, layer re-compressed by skopeo as
#                          application/vnd.oci.image.layer.v1.tar+zstd (one zstd frame)
#   multilayer-oci/        OCI layout, tag "multi", 3 tar+gzip layers, same config as bookworm
#   multilayer-docker.tar  docker-archive of it, RepoTags docker.io/imagegate-test/multi:v1
#
# multilayer layers (0-based):
#   0: the bookworm rootfs layer (identical blob to bookworm-oci's)
#   1: app/ app/config.txt ("mode=prod\n"), app/tmp/ app/tmp/cache.bin (5 bytes),
#      app/tmp/other.txt ("other\n"), etc/ etc/imagegate-layer2 ("added by layer 2\n")
#   2: app/ app/.wh.config.txt (whiteout), app/tmp/ app/tmp/.wh..wh..opq (opaque dir),
#      app/tmp/new.txt ("new in layer 3\n"), etc/ etc/.wh.debian_version (whiteout)
#   (whiteouts are empty regular files; all entries uid/gid 0, mtime SOURCE_DATE_EPOCH)
# Expected final filesystem of multilayer-* :
#   - app/config.txt is ABSENT            (whiteout in layer 2)
#   - app/tmp/ contains ONLY new.txt      (opaque whiteout hides cache.bin, other.txt)
#   - etc/debian_version is ABSENT        (whiteout of a real Debian file)
#   - etc/imagegate-layer2 is PRESENT     (from layer index 1)
#   - everything else as in bookworm (e.g. var/lib/dpkg/status, etc/os-release)
set -euo pipefail

RECIPE=1 # bump when the recipe changes: forces a rebuild of cached outputs

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
OUT=${IMAGEGATE_IMAGES:-$ROOT/target/test-images}
MIRROR=${IMAGEGATE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
CREATED=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)

FORCE=0
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: ERROR: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# ---------------------------------------------------------------- tool checks
missing=()
for t in mmdebstrap umoci skopeo tar; do have "$t" || missing+=("$t"); done
if ! have jq && ! have python3; then missing+=(jq); fi
if ((${#missing[@]})); then
  die "missing tool(s): ${missing[*]}
  install with:  apt-get install -y ${missing[*]}"
fi
if [[ $(id -u) -ne 0 ]]; then
  die "must run as root (mmdebstrap --mode=root)"
fi

# JSON queries with jq, or python3 if jq is absent. Usage: jget QUERY < file
jget() {
  local q=$1
  if have jq; then
    case "$q" in
      index)      jq -r '.manifests[] | "\(.annotations["org.opencontainers.image.ref.name"] // "-") \(.digest)"' ;;
      layertypes) jq -r '.layers[].mediaType' ;;
      layerdigests) jq -r '.layers[].digest' ;;
      dlayers)    jq -r '.[] | .Layers[]' ;;
      dtags)      jq -r '.[] | (.RepoTags // [])[]' ;;
    esac
  else
    python3 -c '
import json, sys
q, d = sys.argv[1], json.load(sys.stdin)
if q == "index":
    for m in d["manifests"]:
        print(m.get("annotations", {}).get("org.opencontainers.image.ref.name", "-"), m["digest"])
elif q == "layertypes":
    for l in d["layers"]: print(l["mediaType"])
elif q == "layerdigests":
    for l in d["layers"]: print(l["digest"])
elif q == "dlayers":
    for e in d:
        for l in e["Layers"]: print(l)
elif q == "dtags":
    for e in d:
        for t in e.get("RepoTags") or []: print(t)
' "$q"
  fi
}

# path of the manifest blob for tag $2 in OCI layout $1 (checks: exactly one manifest, that tag)
oci_manifest() {
  local dir=$1 tag=$2 idx
  idx=$(jget index <"$dir/index.json")
  [[ $(wc -l <<<"$idx") -eq 1 && ${idx%% *} == "$tag" ]] ||
    die "$dir/index.json: expected exactly one manifest tagged '$tag', got: $idx"
  local d=${idx#* }
  echo "$dir/blobs/${d%%:*}/${d#*:}"
}

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$OUT/.work
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT

ALL=(bookworm-oci bookworm-oci.tar bookworm-docker.tar bookworm-zstd-oci multilayer-oci multilayer-docker.tar)
if [[ -f $OUT/.recipe && $(cat "$OUT/.recipe") != "$RECIPE" ]]; then
  log "recipe changed ($(cat "$OUT/.recipe") -> $RECIPE): rebuilding everything"
  FORCE=1
fi
if ((FORCE)); then
  for o in "${ALL[@]}"; do rm -rf "${OUT:?}/$o"; done
fi
rm -f "$OUT/.recipe"

T0=$SECONDS
skip() { log "$1: exists, skipping (use --force to rebuild)"; }

# ------------------------------------------------------------- 1. bookworm-oci
if [[ -e $OUT/bookworm-oci ]]; then
  skip bookworm-oci
else
  # everything derived from it is stale now
  for o in "${ALL[@]:1}"; do rm -rf "${OUT:?}/$o"; done
  log "bookworm-oci: mmdebstrap --variant=minbase $SUITE from $MIRROR (about 1 minute)"
  mmdebstrap --quiet --variant=minbase --mode=root --format=tar \
    "$SUITE" "$WORK/root.tar" "$MIRROR" ||
    die "mmdebstrap failed (needs root and access to $MIRROR)"
  L=$WORK/bookworm-oci
  umoci init --layout "$L"
  umoci new --image "$L:bookworm"
  log "bookworm-oci: umoci raw add-layer (gzip)"
  umoci raw add-layer --image "$L:bookworm" \
    --history.created "$CREATED" \
    --history.created_by "mmdebstrap --variant=minbase --mode=root --format=tar $SUITE" \
    "$WORK/root.tar"
  umoci config --image "$L:bookworm" \
    --created "$CREATED" \
    --history.created "$CREATED" --history.created_by "umoci config (imagegate test image)" \
    --config.user=1000:1000 \
    --config.workingdir=/app \
    --config.entrypoint=/bin/sh \
    --config.cmd=-c --config.cmd='echo hi' \
    --config.env=APP_MODE=production \
    --config.exposedports=8080/tcp \
    --config.label=org.opencontainers.image.source=https://example.com/imagegate-test
  umoci gc --layout "$L"
  m=$(oci_manifest "$L" bookworm)
  [[ $(jget layertypes <"$m") == application/vnd.oci.image.layer.v1.tar+gzip ]] ||
    die "bookworm-oci: expected exactly one tar+gzip layer"
  chmod -R a+rX "$L"
  rm -f "$WORK/root.tar"
  mv "$L" "$OUT/bookworm-oci"
fi

# ------------------------------------------------- 2./3. oci-archive, docker-archive
if [[ -e $OUT/bookworm-oci.tar ]]; then
  skip bookworm-oci.tar
else
  log "bookworm-oci.tar: skopeo copy -> oci-archive"
  skopeo copy --quiet "oci:$OUT/bookworm-oci:bookworm" "oci-archive:$WORK/bookworm-oci.tar:bookworm"
  mv "$WORK/bookworm-oci.tar" "$OUT/bookworm-oci.tar"
fi
if [[ -e $OUT/bookworm-docker.tar ]]; then
  skip bookworm-docker.tar
else
  log "bookworm-docker.tar: skopeo copy -> docker-archive"
  skopeo copy --quiet "oci:$OUT/bookworm-oci:bookworm" \
    "docker-archive:$WORK/bookworm-docker.tar:imagegate-test/bookworm:latest"
  mv "$WORK/bookworm-docker.tar" "$OUT/bookworm-docker.tar"
fi

# ---------------------------------------------------------- 4. bookworm-zstd-oci
if [[ -e $OUT/bookworm-zstd-oci ]]; then
  skip bookworm-zstd-oci
else
  log "bookworm-zstd-oci: skopeo copy --dest-compress-format zstd"
  Z=$WORK/bookworm-zstd-oci
  skopeo copy --quiet --dest-compress-format zstd \
    "oci:$OUT/bookworm-oci:bookworm" "oci:$Z:bookworm"
  m=$(oci_manifest "$Z" bookworm)
  [[ $(jget layertypes <"$m") == application/vnd.oci.image.layer.v1.tar+zstd ]] ||
    die "bookworm-zstd-oci: layer mediaType is not tar+zstd: $(jget layertypes <"$m")"
  d=$(jget layerdigests <"$m")
  magic=$(head -c 4 "$Z/blobs/${d%%:*}/${d#*:}" | od -An -tx1 | tr -d ' \n')
  [[ $magic == 28b52ffd ]] || die "bookworm-zstd-oci: layer blob does not start with zstd magic (got $magic)"
  mv "$Z" "$OUT/bookworm-zstd-oci"
fi

# ------------------------------------------------------ 5. multilayer-oci / -docker
mklayer() { # mklayer SRC_DIR OUT_TAR  -- deterministic uncompressed ustar layer
  find "$1" -type d -exec chmod 0755 {} +
  find "$1" -type f -exec chmod 0644 {} +
  tar --create --file "$2" --format=ustar --sort=name \
    --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$1" app etc
}
if [[ -e $OUT/multilayer-oci ]]; then
  skip multilayer-oci
else
  rm -f "$OUT/multilayer-docker.tar" # derived from it
  log "multilayer-oci: bookworm layer + layer 2 (files) + layer 3 (whiteouts)"
  M=$WORK/multilayer-oci
  cp -a "$OUT/bookworm-oci" "$M"

  l2=$WORK/layer2
  mkdir -p "$l2/app/tmp" "$l2/etc"
  printf 'mode=prod\n' >"$l2/app/config.txt"
  printf '\x00\x01\x02\xfe\xff' >"$l2/app/tmp/cache.bin"
  printf 'other\n' >"$l2/app/tmp/other.txt"
  printf 'added by layer 2\n' >"$l2/etc/imagegate-layer2"
  mklayer "$l2" "$WORK/layer2.tar"

  l3=$WORK/layer3
  mkdir -p "$l3/app/tmp" "$l3/etc"
  : >"$l3/app/.wh.config.txt"
  : >"$l3/app/tmp/.wh..wh..opq"
  printf 'new in layer 3\n' >"$l3/app/tmp/new.txt"
  : >"$l3/etc/.wh.debian_version"
  mklayer "$l3" "$WORK/layer3.tar"

  umoci raw add-layer --image "$M:bookworm" --tag multi \
    --history.created "$CREATED" --history.created_by "imagegate layer 2: app/ files, etc/imagegate-layer2" \
    "$WORK/layer2.tar"
  umoci raw add-layer --image "$M:multi" \
    --history.created "$CREATED" --history.created_by "imagegate layer 3: whiteouts + app/tmp/new.txt" \
    "$WORK/layer3.tar"
  umoci rm --image "$M:bookworm"
  umoci gc --layout "$M"
  m=$(oci_manifest "$M" multi)
  [[ $(jget layertypes <"$m" | grep -c 'tar+gzip$') -eq 3 ]] || die "multilayer-oci: expected 3 tar+gzip layers"
  chmod -R a+rX "$M"
  mv "$M" "$OUT/multilayer-oci"
fi
if [[ -e $OUT/multilayer-docker.tar ]]; then
  skip multilayer-docker.tar
else
  log "multilayer-docker.tar: skopeo copy -> docker-archive"
  skopeo copy --quiet "oci:$OUT/multilayer-oci:multi" \
    "docker-archive:$WORK/multilayer-docker.tar:imagegate-test/multi:v1"
  mv "$WORK/multilayer-docker.tar" "$OUT/multilayer-docker.tar"
fi

echo "$RECIPE" >"$OUT/.recipe"

# ------------------------------------------------------------------ 6. summary
human() { numfmt --to=iec-i --suffix=B --format=%.1f "$1"; }
summarize_oci_dir() { # DIR TAG
  local m
  m=$(oci_manifest "$1" "$2")
  jget layertypes <"$m" | sort | uniq -c | awk '{printf "%s%s x%s", (NR>1?", ":""), $2, $1}'
}
summarize_oci_archive() { # TAR TAG
  local t=$WORK/sum.$RANDOM d
  mkdir -p "$t/blobs/sha256"
  tar -xf "$1" -C "$t" index.json oci-layout
  d=$(jget index <"$t/index.json" | awk -v tag="$2" '$1==tag {print $2}')
  tar -xf "$1" -C "$t" "blobs/${d%%:*}/${d#*:}"
  summarize_oci_dir "$t" "$2"
}
summarize_docker_archive() { # TAR
  local mj n
  mj=$(tar -xOf "$1" manifest.json)
  n=$(jget dlayers <<<"$mj" | wc -l)
  printf 'docker-archive %s, %s uncompressed <diffid>.tar layer(s)' "$(jget dtags <<<"$mj" | paste -sd,)" "$n"
}

echo
echo "imagegate test images in $OUT (this run: $((SECONDS - T0))s):"
for o in "${ALL[@]}"; do
  p=$OUT/$o
  size=$(human "$(du -sb "$p" | cut -f1)")
  case "$o" in
    bookworm-oci|bookworm-zstd-oci) info=$(summarize_oci_dir "$p" bookworm) ;;
    multilayer-oci) info=$(summarize_oci_dir "$p" multi) ;;
    bookworm-oci.tar) info=$(summarize_oci_archive "$p" bookworm) ;;
    *docker.tar) info=$(summarize_docker_archive "$p") ;;
  esac
  printf '  %-22s %10s  %s\n' "$o" "$size" "$info"
done
