# Shell helpers shared by tests/images/build.sh and bench/scale-images.sh (source it).
# The caller defines die MSG (exit on error) and these variables, read when a
# helper runs: SUITE, MIRROR (mmdebstrap), DEBCACHE (.deb cache dir),
# SOURCE_DATE_EPOCH (tar mtimes), CREATED (ISO time for umoci history).
# shellcheck shell=bash

have() { command -v "$1" >/dev/null 2>&1; }

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

# mkrootfs OUT_TAR INCLUDE: mmdebstrap minbase + INCLUDE (comma list), .debs cached in $DEBCACHE
mkrootfs() {
  mkdir -p "$DEBCACHE"
  mmdebstrap --quiet --variant=minbase --mode=root --format=tar --include="$2" \
    --skip=download/empty --skip=essential/unlink \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
    --setup-hook="sync-in '$DEBCACHE' /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives '$DEBCACHE'" \
    "$SUITE" "$1" "$MIRROR" ||
    die "mmdebstrap --include=$2 failed (needs root and access to $MIRROR)"
}
# mktar SRC_DIR OUT_TAR: deterministic uncompressed PAX layer of everything in SRC_DIR
# (modes kept as they are; uid/gid 0; every mtime SOURCE_DATE_EPOCH; no atime/ctime)
mktar() {
  (cd "$1" && find . -mindepth 1 -maxdepth 1 -printf '%P\n' | LC_ALL=C sort) >"$2.list"
  tar --create --file "$2" --format=pax --sort=name \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -C "$1" -T "$2.list"
  rm -f "$2.list"
}
# oci_from LAYOUT TAG ROOTFS_TAR CREATED_BY : new layout with one gzip rootfs layer
oci_from() {
  umoci init --layout "$1"
  umoci new --image "$1:$2"
  umoci raw add-layer --image "$1:$2" --history.created "$CREATED" --history.created_by "$4" "$3"
}
# add_layer LAYOUT TAG LAYER_TAR CREATED_BY
add_layer() {
  umoci raw add-layer --image "$1:$2" --history.created "$CREATED" --history.created_by "$4" "$3"
}
