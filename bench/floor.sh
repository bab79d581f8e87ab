#!/usr/bin/env bash
# The native "floor" of a scan: read every layer of an image archive once and
# SHA-256 it, as a digest-checking scanner must. For a compressed layer (gzip or
# zstd) the stored bytes are hashed (the blob digest) AND decompressed and the tar
# hashed (the diff_id), in one pass (tee into a FIFO). Single-threaded coreutils
# sha256sum (no SHA extensions), gzip -dc / zstd -dc.
#
# Usage: bench/floor.sh IMAGE_TAR   (docker-archive or oci-archive; one image)
# Prints one line per layer: "<sha256 of stored bytes> <sha256 of the tar> MEMBER".
set -euo pipefail
export LC_ALL=C
IMAGE=${1:?usage: floor.sh IMAGE_TAR}
die() { printf 'floor.sh: %s\n' "$1" >&2; exit 1; }
command -v jq >/dev/null 2>&1 || die "jq is missing: apt-get install -y jq"

# -b 2048: 1 MiB records (the default 10 KiB ones make the pipe, not the hash, the cost)
member() { tar -b 2048 -xOf "$IMAGE" --occurrence=1 "$1"; }

# layers: "MEMBER COMPRESSION" lines
if tar -tf "$IMAGE" manifest.json >/dev/null 2>&1; then
  # docker-archive: Layers are member paths, stored uncompressed (skopeo) or gzip
  layers=$(member manifest.json | jq -r '.[0].Layers[]' | while read -r m; do
    magic=$(member "$m" | head -c 4 | od -An -tx1 | tr -d ' \n')
    case $magic in 1f8b*) echo "$m gzip" ;; 28b52ffd) echo "$m zstd" ;; *) echo "$m none" ;; esac
  done)
elif tar -tf "$IMAGE" index.json >/dev/null 2>&1; then
  d=$(member index.json | jq -r '.manifests[0].digest')
  layers=$(member "blobs/${d%%:*}/${d#*:}" | jq -r '.layers[] | "\(.digest) \(.mediaType)"' |
    while read -r dg mt; do
      case $mt in *gzip) c=gzip ;; *zstd) c=zstd ;; *) c=none ;; esac
      echo "blobs/${dg%%:*}/${dg#*:} $c"
    done)
else
  die "$IMAGE: neither manifest.json (docker-archive) nor index.json (oci-archive)"
fi
[[ -n $layers ]] || die "$IMAGE: no layers"

fifo=$(mktemp -u)
mkfifo "$fifo"
trap 'rm -f "$fifo"' EXIT
while read -r m c; do
  if [[ $c == none ]]; then
    h=$(member "$m" | sha256sum | cut -d' ' -f1)
    echo "$h $h $m"
  else
    sha256sum <"$fifo" >"$fifo.blob" &
    tar_h=$(member "$m" | tee "$fifo" | "$c" -dc | sha256sum | cut -d' ' -f1)
    wait
    echo "$(cut -d' ' -f1 <"$fifo.blob") $tar_h $m"
    rm -f "$fifo.blob"
  fi
done <<<"$layers"
