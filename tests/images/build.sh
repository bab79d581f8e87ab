#!/usr/bin/env bash
# Build the REAL container images the imagegate tests scan.
#
# Usage: tests/images/build.sh [--force] [--no-extra]
#   Output dir: ${IMAGEGATE_IMAGES:-<repo>/target/test-images}
#   Each output is built in <out>/.work and moved into place only when it is
#   complete, so an existing output is a finished one and is skipped.
#   --force (or a change of RECIPE below) rebuilds everything.
#   --no-extra skips the language-ecosystem images (python/node/go/rust, section 6),
#   which also need PyPI, the npm registry and crates.io.
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
#   secrets-oci/           OCI layout, tag "secrets": bookworm + FAKE secrets (section 5b)
#   secrets-docker.tar     docker-archive of it, RepoTags docker.io/imagegate-test/secrets:latest
#   secrets-planted.txt    the planted fake values, one a line (for the never-printed test)
#
# multilayer layers (0-based):
#   0: the bookworm rootfs layer (identical blob to bookworm-oci's)
#   1: app/ app/config.txt ("mode=prod\n"), app/tmp/ app/tmp/cache.bin (5 bytes),
#      app/tmp/other.txt ("other\n"), etc/ etc/imagegate-layer2 ("added by layer 2\n")
#   2: app/ app/.wh.config.txt (whiteout), app/tmp/ app/tmp/.wh..wh..opq (opaque dir),
#      app/tmp/new.txt ("new in layer 3\n"), etc/ etc/.wh.debian_version (whiteout)
#   (whiteouts are empty regular files; all entries uid/gid 0, mtime SOURCE_DATE_EPOCH)
#
# Language-ecosystem images (section 6; skipped with --no-extra; each NAME-oci/ has tag
# NAME, NAME-docker.tar has RepoTags docker.io/imagegate-test/NAME:latest; each is
# rebuilt only when its own recipe key changes, stored in <out>/.NAME.recipe):
#   python-oci/ python-docker.tar  layer 0: minbase + python3 python3-pip curl;
#       layer 1: PyPI wheels (requests 2.31.0, urllib3 1.26.5, PyYAML 6.0.1, certifi,
#       charset-normalizer, idna) in /usr/local/lib/python3.11/dist-packages
#   node-oci/ node-docker.tar      layer 0: minbase + nodejs; layer 1: /app from
#       tests/images/node-app (package.json, package-lock.json, index.js, node_modules
#       from `npm ci`: express 4.17.1, lodash 4.17.20 and their dependencies)
#   go-oci/ go-docker.tar          layer 0: minbase + age (Debian-built Go binaries, no
#       module info) + libcommons-lang3-java (jar with META-INF/maven/.../pom.properties);
#       layer 1: /usr/local/bin/esbuild (Go modules binary, npm @esbuild/linux-x64 0.19.12)
#       and /opt/app/lib/commons-lang3-3.12.0.jar (a jar not owned by dpkg)
#   rust-oci/ rust-docker.tar      layer 0: the bookworm-oci layer; layer 1:
#       /usr/local/bin/rust-app (tests/images/rust-app, `cargo auditable build`)
#   owned-overwrite-oci/ .tar     layer 0: minbase + python3-pip node-lodash fzf; layer 1 replaces
#       dpkg-owned files: /usr/share/nodejs/lodash/ (npm lodash 4.17.15) and /usr/bin/fzf (the
#       esbuild Go binary); owned-deleted-lists-oci/ .tar: same layer 0, layer 1 deletes every
#       /var/lib/dpkg/info/*.list; owned-dpkg-owned.txt: the manifests dpkg-query -S says dpkg owns
#   alma10-oci/ alma10-docker.tar  an rpm database (Debian's rpmbuild + rpm --justdb) of 40
#       AlmaLinux 10 packages at EVRs of the corpus's real ALSA errata (tests/images/alma.py);
#       alma10-expected.txt: per (package, erratum), affected or not by rpm.vercmp
#   bullseye-oci/ bullseye-docker.tar  minbase bullseye (Debian 11); bullseye-expected.txt: per
#       installed source package and DSA/DLA of the corpus lists, affected or not by
#       dpkg --compare-versions (tests/images/debian.py)
#   .deb files are cached in <out>/.debcache, cargo-auditable goes to <repo>/target/tools.
#
# Policy image (section 7; always built, from bookworm-oci; rebuilt when its key changes):
#   policy-oci/ (tag "policy") and policy-docker.tar (RepoTags docker.io/imagegate-test/policy:1.0)
#   layer 0: the bookworm-oci layer; layer 1 (history "ADD https://example.com/tool.tgz /opt/tool/"):
#     /usr/local/bin/planted-suid   mode 4755 (setuid root), a shell script
#     /opt/app/run.sh               mode 0755, not owned by dpkg
#     /srv/shared/                  mode 0777 (world-writable, no sticky bit)
#     /srv/drop/                    mode 1777 (world-writable with sticky bit, like /tmp)
#   config: User 1000:1000, ExposedPorts 80/tcp, Labels org.opencontainers.image.source and
#     org.opencontainers.image.title=policy-test; manifest annotation
#     org.opencontainers.image.base.name=docker.io/library/debian:bookworm (OCI only: a
#     docker-archive has no manifest annotations)
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
EXTRA=1
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    --no-extra) EXTRA=0 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: ERROR: %s\n' "$*" >&2; exit 1; }
# shellcheck source=tests/images/lib.sh
. "$SCRIPT_DIR/lib.sh" # have, jget, oci_manifest, mkrootfs, mktar, oci_from, add_layer

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

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$OUT/.work
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT

ALL=(bookworm-oci bookworm-oci.tar bookworm-docker.tar bookworm-zstd-oci multilayer-oci multilayer-docker.tar secrets-oci secrets-docker.tar)
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

# ------------------------------------------------------ 5b. secrets-oci / -docker
# FAKE secrets planted for the secret-detection tests. Every value is derived at
# build time from sha256 of a fixed seed (deterministic, never a real credential,
# and no token-shaped literal in this file); the values are also written to
# $OUT/secrets-planted.txt (outside the image) so the tests can check that no
# report contains them.
#   layer 0: the bookworm rootfs layer
#   layer 1: app/.env                (line 2 GITHUB_TOKEN=ghp_…, line 3 DATABASE_URL=postgres://app:…@db)
#            app/config/aws.ini      (line 2 aws_access_key_id AKIA…, line 3 aws_secret_access_key)
#            root/.ssh/id_rsa        (RSA PEM private key, body from sha256 output)
#            root/.docker/config.json ("auths" … "auth": base64)
#   layer 2: app/config/.wh.aws.ini  (deletes aws.ini: still in layer 1)
#   config:  Env SLACK_BOT_TOKEN=xoxb-…, DB_PASSWORD=…; history of layer 2 leaks npm_… in created_by
fakehex() { printf 'imagegate-fake-%s' "$1" | sha256sum | cut -c1-"$2"; }          # [0-9a-f]{n}
fakeupper() { fakehex "$1" "$2" | tr '0-9a-f' 'GHIJKLMNOPABCDEF'; }              # [A-P]{n}
fakedigits() { fakehex "$1" "$2" | tr 'a-f' '2-7'; }                                  # [0-9]{n}
# A GitHub/npm-format token: PREFIX + 30 characters + the base62 CRC32 of them
# (the providers' documented checksum, which the secret rules check).
crctoken() {
  python3 -c 'import sys, zlib
r = sys.argv[2]
a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
n = zlib.crc32(r.encode()); c = ""
for _ in range(6): c = a[n % 62] + c; n //= 62
print(sys.argv[1] + r + c)' "$1" "$(fakehex "$2" 30 | tr 'a-f' 'A-F' | sed 's/^\(.\{15\}\)/\1xyz/' | cut -c1-30)"
}
# The fake values of the secrets image follow the providers' formats (bump
# SECRETS_RECIPE when they change: the secrets image is rebuilt).
SECRETS_RECIPE=2
if [[ $(cat "$OUT/.secrets.recipe" 2>/dev/null) != "$SECRETS_RECIPE" ]]; then
  rm -rf "${OUT:?}/secrets-oci" "$OUT/secrets-docker.tar" "$OUT/secrets-planted.txt"
fi
if [[ -e $OUT/secrets-oci && -e $OUT/secrets-docker.tar && -f $OUT/secrets-planted.txt ]]; then
  skip secrets-oci
else
  rm -rf "${OUT:?}/secrets-oci" "$OUT/secrets-docker.tar" "$OUT/secrets-planted.txt"
  log "secrets-oci: bookworm layer + layer 2 (files with fake secrets) + layer 3 (deletes one)"
  S=$WORK/secrets-oci
  cp -a "$OUT/bookworm-oci" "$S"
  gh=$(crctoken "ghp""_" github)
  pg="Pg$(fakehex postgres 14)"
  akid="AKIA""$(fakeupper awsid 16)"
  aksec="$(fakehex awssecret 40)"
  dockerauth=$(printf 'deploy:%s' "$(fakehex docker 20)" | base64 -w0)
  slack="xoxb""-$(fakedigits slackteam 12)-$(fakedigits slackbot 13)-$(fakehex slack 24 | tr 'a-f' 'A-F' | sed 's/^\(.\{8\}\)/\1qRs/' | cut -c1-24)"
  dbpw="Db$(fakehex dbpw 12)"
  npmtok=$(crctoken "npm""_" npm)
  pembody=$(for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do fakehex "pem$i" 64; done | xxd -r -p | base64 -w 64)
  l2=$WORK/secrets-layer2
  mkdir -p "$l2/app/config" "$l2/root/.ssh" "$l2/root/.docker"
  printf 'APP_MODE=production\nGITHUB_TOKEN=%s\nDATABASE_URL=postgres://app:%s@db:5432/app\n' "$gh" "$pg" >"$l2/app/.env"
  printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$akid" "$aksec" >"$l2/app/config/aws.ini"
  printf -- '-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----\n' "$pembody" >"$l2/root/.ssh/id_rsa"
  printf '{\n  "auths": {\n    "registry.example.com": {\n      "auth": "%s"\n    }\n  }\n}\n' "$dockerauth" >"$l2/root/.docker/config.json"
  find "$l2" -type d -exec chmod 0755 {} +
  find "$l2" -type f -exec chmod 0600 {} +
  tar --create --file "$WORK/secrets-layer2.tar" --format=ustar --sort=name \
    --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -C "$l2" app root
  l3=$WORK/secrets-layer3
  mkdir -p "$l3/app/config"
  : >"$l3/app/config/.wh.aws.ini"
  tar --create --file "$WORK/secrets-layer3.tar" --format=ustar --sort=name \
    --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -C "$l3" app
  umoci raw add-layer --image "$S:bookworm" --tag secrets \
    --history.created "$CREATED" --history.created_by "COPY app/ root/ (fake secrets for imagegate tests)" \
    "$WORK/secrets-layer2.tar"
  umoci raw add-layer --image "$S:secrets" \
    --history.created "$CREATED" --history.created_by "/bin/sh -c npm publish --registry https://registry.example.com --token $npmtok && rm app/config/aws.ini" \
    "$WORK/secrets-layer3.tar"
  umoci config --image "$S:secrets" \
    --history.created "$CREATED" --history.created_by "umoci config (imagegate test image)" \
    --config.env="SLACK_BOT_TOKEN=$slack" --config.env="DB_PASSWORD=$dbpw"
  umoci rm --image "$S:bookworm"
  umoci gc --layout "$S"
  m=$(oci_manifest "$S" secrets)
  [[ $(jget layertypes <"$m" | grep -c 'tar+gzip$') -eq 3 ]] || die "secrets-oci: expected 3 tar+gzip layers"
  chmod -R a+rX "$S"
  skopeo copy --quiet "oci:$S:secrets" "docker-archive:$WORK/secrets-docker.tar:imagegate-test/secrets:latest"
  printf '%s\n' "$gh" "$pg" "$akid" "$aksec" "$dockerauth" "$slack" "$dbpw" "$npmtok" \
    "$(printf '%s' "$pembody" | head -n1)" >"$WORK/secrets-planted.txt"
  mv "$S" "$OUT/secrets-oci"
  mv "$WORK/secrets-docker.tar" "$OUT/secrets-docker.tar"
  mv "$WORK/secrets-planted.txt" "$OUT/secrets-planted.txt"
  echo "$SECRETS_RECIPE" >"$OUT/.secrets.recipe"
fi

echo "$RECIPE" >"$OUT/.recipe"

# ============================================== 6. language-ecosystem images
# Each NAME-oci/ (tag NAME) + NAME-docker.tar (docker.io/imagegate-test/NAME:latest).
# An image is rebuilt only when its recipe key (the versions, package lists and
# input files below) differs from the one stored in $OUT/.NAME.recipe.
EXTRA_RECIPE=1 # bump to rebuild all of section 6 (not the images above)
DEBCACHE=$OUT/.debcache # .deb cache shared by the mmdebstrap runs below (kept between runs)
TOOLS=$ROOT/target/tools # cargo-auditable is installed here
CARGO_AUDITABLE_VERSION=0.7.7
PY_VERSION=3.11 # bookworm's python3
PY_WHEELS=(requests==2.31.0 urllib3==1.26.5 PyYAML==6.0.1 certifi==2023.7.22
  charset-normalizer==3.3.2 idna==3.4) # the full closure, installed with --no-deps
PY_DEBS=python3,python3-pip,curl
NODE_DEBS=nodejs # Debian's npm pulls in ~300 node-* packages: left out
GO_DEBS=age,libcommons-lang3-java # age: Go binaries; commons-lang3: jar with META-INF/maven pom.properties
ESBUILD_PKG=@esbuild/linux-x64@0.19.12 # npm package holding a Go binary built with modules
ESBUILD_SHA256=ee5aa4e80c55344de1812d7c5b1094c88129a593fa95452f13c1eb3ca5e07f88
OWN_DEBS=python3-pip,node-lodash,fzf # dpkg-owned python dist-info, node package.json, Go binary
LODASH_PKG=lodash@4.17.15 # vendored over Debian's node-lodash in owned-overwrite
LODASH_SHA256=541c2fe70b322dcaaf2df79e7c6117ca2ca392e9dc15a2cd6c4b3f5cebefcc0d
ALMA_RECIPE=1 # bump when tests/images/alma.py changes what it writes
NODE_APP=$SCRIPT_DIR/node-app
RUST_APP=$SCRIPT_DIR/rust-app

EXTRA_ALL=(python-oci python-docker.tar node-oci node-docker.tar go-oci go-docker.tar rust-oci rust-docker.tar
  owned-overwrite-oci owned-overwrite-docker.tar owned-deleted-lists-oci owned-deleted-lists-docker.tar
  alma10-oci alma10-docker.tar bullseye-oci bullseye-docker.tar)
if ((FORCE)); then
  for o in "${EXTRA_ALL[@]}"; do rm -rf "${OUT:?}/$o"; done
fi

# finish LAYOUT TAG NLAYERS WORKDIR CMD... : config, gc, check, then move to $OUT and
# write NAME-docker.tar (NAME = basename of LAYOUT without -oci)
finish() {
  local L=$1 tag=$2 n=$3 wd=$4 name m c cmdargs=()
  shift 4
  name=$(basename "$L"); name=${name%-oci}
  for c in "$@"; do cmdargs+=(--config.cmd="$c"); done
  umoci config --image "$L:$tag" \
    --created "$CREATED" \
    --history.created "$CREATED" --history.created_by "umoci config (imagegate test image)" \
    --clear=config.entrypoint --clear=config.cmd \
    --config.workingdir="$wd" "${cmdargs[@]}" \
    --config.label=org.opencontainers.image.source=https://example.com/imagegate-test
  umoci gc --layout "$L"
  m=$(oci_manifest "$L" "$tag")
  [[ $(jget layertypes <"$m" | grep -c 'tar+gzip$') -eq $n ]] || die "$name-oci: expected $n tar+gzip layers"
  chmod -R a+rX "$L"
  rm -rf "${OUT:?}/$name-oci" "${OUT:?}/$name-docker.tar"
  mv "$L" "$OUT/$name-oci"
  log "$name-docker.tar: skopeo copy -> docker-archive"
  skopeo copy --quiet "oci:$OUT/$name-oci:$tag" \
    "docker-archive:$WORK/$name-docker.tar:imagegate-test/$name:latest"
  mv "$WORK/$name-docker.tar" "$OUT/$name-docker.tar"
}
# fresh NAME KEY: 0 (true) if NAME-oci and NAME-docker.tar exist and were built with KEY
fresh() {
  [[ -e $OUT/$1-oci && -e $OUT/$1-docker.tar && -f $OUT/.$1.recipe && $(cat "$OUT/.$1.recipe") == "$2" ]]
}
key() { printf '%s\n' "$EXTRA_RECIPE" "$SUITE" "$MIRROR" "$SOURCE_DATE_EPOCH" "$@" | sha256sum | cut -c1-16; }
declare -A BUILD_SECS=()

if ((EXTRA)); then
  missing=()
  python3 -m pip --version >/dev/null 2>&1 || missing+=("python3 -m pip (apt-get install -y python3-pip)")
  have npm || missing+=("npm (apt-get install -y npm)")
  have cargo || missing+=("cargo (https://rustup.rs)")
  have rpmbuild || missing+=("rpmbuild (apt-get install -y rpm)")
  have dpkg-query || missing+=("dpkg-query (a Debian host)")
  ((${#missing[@]} == 0)) || die "the language-ecosystem images need: ${missing[*]}
  or skip them with:  $0 --no-extra"

  # ------------------------------------------------------------ 6a. python
  # layer 0: minbase + python3 python3-pip curl (dpkg; also Debian's own python3-*
  #          dist-info/egg-info in /usr/lib/python3/dist-packages)
  # layer 1: PyPI wheels in /usr/local/lib/python3.11/dist-packages (+ /usr/local/bin scripts)
  k=$(key "$PY_DEBS" "${PY_WHEELS[@]}")
  if fresh python "$k"; then
    skip python-oci
  else
    t=$SECONDS
    log "python-oci: mmdebstrap minbase + $PY_DEBS, then pip wheels: ${PY_WHEELS[*]}"
    mkrootfs "$WORK/python-root.tar" "$PY_DEBS"
    # The host pip may have find-links/index config: name the index explicitly.
    # Target CPython $PY_VERSION on x86_64 whatever the host python is.
    PIPTARGET=(--only-binary=:all: --python-version "$PY_VERSION" --implementation cp
      --abi "cp${PY_VERSION/./}" --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64)
    python3 -m pip download --quiet --disable-pip-version-check --no-deps \
      --index-url https://pypi.org/simple "${PIPTARGET[@]}" -d "$WORK/wheels" "${PY_WHEELS[@]}" ||
      die "pip download from https://pypi.org/simple failed"
    sp=$WORK/py-layer/usr/local/lib/python$PY_VERSION/dist-packages
    python3 -m pip install --quiet --disable-pip-version-check --no-deps --no-index \
      --find-links "$WORK/wheels" --no-compile "${PIPTARGET[@]}" --target "$sp" "${PY_WHEELS[@]}" ||
      die "pip install --target $sp failed"
    if [[ -d $sp/bin ]]; then # console scripts: to /usr/local/bin, with the image's python
      mkdir -p "$WORK/py-layer/usr/local/bin"
      for f in "$sp"/bin/*; do
        sed '1s|^#!.*python.*$|#!/usr/bin/python3|' "$f" >"$WORK/py-layer/usr/local/bin/${f##*/}"
        chmod 0755 "$WORK/py-layer/usr/local/bin/${f##*/}"
      done
      rm -rf "$sp/bin"
    fi
    find "$WORK/py-layer" -type d -exec chmod 0755 {} +
    find "$WORK/py-layer" -type f ! -path '*/usr/local/bin/*' -exec chmod 0644 {} +
    mktar "$WORK/py-layer" "$WORK/py-layer.tar"
    L=$WORK/python-oci
    oci_from "$L" python "$WORK/python-root.tar" "mmdebstrap --variant=minbase --include=$PY_DEBS $SUITE"
    add_layer "$L" python "$WORK/py-layer.tar" "pip install --no-deps --target /usr/local/lib/python$PY_VERSION/dist-packages ${PY_WHEELS[*]}"
    rm -rf "$WORK/python-root.tar" "$WORK/py-layer" "$WORK/py-layer.tar" "$WORK/wheels"
    finish "$L" python 2 / python3
    echo "$k" >"$OUT/.python.recipe"
    BUILD_SECS[python]=$((SECONDS - t))
  fi

  # -------------------------------------------------------------- 6b. node
  # layer 0: minbase + nodejs;  layer 1: /app (package.json, package-lock.json,
  #          index.js, node_modules from `npm ci` of tests/images/node-app)
  k=$(key "$NODE_DEBS" "$(cat "$NODE_APP/package.json" "$NODE_APP/package-lock.json" "$NODE_APP/index.js" | sha256sum)")
  if fresh node "$k"; then
    skip node-oci
  else
    t=$SECONDS
    log "node-oci: mmdebstrap minbase + $NODE_DEBS, then npm ci of $NODE_APP"
    mkrootfs "$WORK/node-root.tar" "$NODE_DEBS"
    mkdir -p "$WORK/node-layer/app"
    cp "$NODE_APP/package.json" "$NODE_APP/package-lock.json" "$NODE_APP/index.js" "$WORK/node-layer/app/"
    (cd "$WORK/node-layer/app" && npm ci --silent --no-audit --no-fund --ignore-scripts \
      --cache "$WORK/npm-cache" --registry https://registry.npmjs.org/) ||
      die "npm ci in $WORK/node-layer/app failed (needs https://registry.npmjs.org/)"
    rm -rf "$WORK/npm-cache" "$WORK/node-layer/app/node_modules/.package-lock.json"
    find "$WORK/node-layer" -type d -exec chmod 0755 {} +
    find "$WORK/node-layer" -type f -exec chmod go-w,a+r {} +
    mktar "$WORK/node-layer" "$WORK/node-layer.tar"
    L=$WORK/node-oci
    oci_from "$L" node "$WORK/node-root.tar" "mmdebstrap --variant=minbase --include=$NODE_DEBS $SUITE"
    add_layer "$L" node "$WORK/node-layer.tar" "COPY app/ + npm ci --ignore-scripts (express@4.17.1 lodash@4.17.20)"
    rm -rf "$WORK/node-root.tar" "$WORK/node-layer" "$WORK/node-layer.tar"
    finish "$L" node 2 /app node index.js
    echo "$k" >"$OUT/.node.recipe"
    BUILD_SECS[node]=$((SECONDS - t))
  fi

  # ---------------------------------------------------------------- 6c. go
  # layer 0: minbase + age (Debian-built Go binaries /usr/bin/age{,-keygen}: GOPATH-mode
  #          builds, so their buildinfo has only `path`, no `mod`/`dep` lines)
  #          + libcommons-lang3-java (/usr/share/java/commons-lang3.jar with
  #          META-INF/maven/org.apache.commons/commons-lang3/pom.properties)
  # layer 1: files NOT owned by dpkg: /usr/local/bin/esbuild (Go modules binary from the
  #          npm package @esbuild/linux-x64, buildinfo: mod github.com/evanw/esbuild (devel),
  #          dep golang.org/x/sys) and /opt/app/lib/commons-lang3-3.12.0.jar (copy of the jar)
  k=$(key "$GO_DEBS" "$ESBUILD_PKG" "$ESBUILD_SHA256")
  if fresh go "$k"; then
    skip go-oci
  else
    t=$SECONDS
    log "go-oci: mmdebstrap minbase + $GO_DEBS, then $ESBUILD_PKG from the npm registry"
    mkrootfs "$WORK/go-root.tar" "$GO_DEBS"
    mkdir -p "$WORK/go-npm" "$WORK/go-layer/usr/local/bin" "$WORK/go-layer/opt/app/lib"
    (cd "$WORK/go-npm" && npm pack --silent --registry https://registry.npmjs.org/ "$ESBUILD_PKG" >/dev/null) ||
      die "npm pack $ESBUILD_PKG failed (needs https://registry.npmjs.org/)"
    tgz=$(echo "$WORK"/go-npm/*.tgz)
    [[ $(sha256sum "$tgz" | cut -d' ' -f1) == "$ESBUILD_SHA256" ]] ||
      die "$tgz: sha256 is not the pinned $ESBUILD_SHA256"
    tar -xzf "$tgz" -C "$WORK/go-npm" package/bin/esbuild
    install -m 0755 "$WORK/go-npm/package/bin/esbuild" "$WORK/go-layer/usr/local/bin/esbuild"
    tar -xf "$WORK/go-root.tar" -C "$WORK/go-npm" ./usr/share/java/commons-lang3.jar ||
      die "go-oci: no usr/share/java/commons-lang3.jar in the rootfs"
    install -m 0644 "$WORK/go-npm/usr/share/java/commons-lang3.jar" "$WORK/go-layer/opt/app/lib/commons-lang3-3.12.0.jar"
    find "$WORK/go-layer" -type d -exec chmod 0755 {} +
    mktar "$WORK/go-layer" "$WORK/go-layer.tar"
    L=$WORK/go-oci
    oci_from "$L" go "$WORK/go-root.tar" "mmdebstrap --variant=minbase --include=$GO_DEBS $SUITE"
    add_layer "$L" go "$WORK/go-layer.tar" "COPY esbuild /usr/local/bin/ ($ESBUILD_PKG), commons-lang3-3.12.0.jar /opt/app/lib/"
    rm -rf "$WORK/go-root.tar" "$WORK/go-npm" "$WORK/go-layer" "$WORK/go-layer.tar"
    finish "$L" go 2 / age --version
    echo "$k" >"$OUT/.go.recipe"
    BUILD_SECS[go]=$((SECONDS - t))
  fi

  # -------------------------------------------------------------- 6d. rust
  # layer 0: the bookworm-oci rootfs layer (same blob);
  # layer 1: /usr/local/bin/rust-app, tests/images/rust-app built with `cargo auditable`
  #          (dependency list embedded in the ELF section .dep-v0)
  base_manifest=$(oci_manifest "$OUT/bookworm-oci" bookworm)
  k=$(key "$CARGO_AUDITABLE_VERSION" "$(jget layerdigests <"$base_manifest")" \
    "$(cat "$RUST_APP/Cargo.toml" "$RUST_APP/Cargo.lock" "$RUST_APP"/src/*.rs | sha256sum)")
  if fresh rust "$k"; then
    skip rust-oci
  else
    t=$SECONDS
    if [[ ! -x $TOOLS/bin/cargo-auditable ]] ||
      ! grep -qF "\"cargo-auditable $CARGO_AUDITABLE_VERSION " "$TOOLS/.crates.toml" 2>/dev/null; then
      log "rust-oci: cargo install cargo-auditable $CARGO_AUDITABLE_VERSION into $TOOLS (about 1-3 minutes, once)"
      cargo install --quiet --locked --root "$TOOLS" --version "=$CARGO_AUDITABLE_VERSION" cargo-auditable ||
        die "cargo install cargo-auditable failed (needs crates.io)"
    fi
    log "rust-oci: cargo auditable build --release of $RUST_APP"
    PATH=$TOOLS/bin:$PATH RUSTFLAGS="--remap-path-prefix=$RUST_APP=/src/rust-app" \
      cargo auditable build --quiet --release --locked --manifest-path "$RUST_APP/Cargo.toml" \
      --target-dir "$ROOT/target/rust-app" || die "cargo auditable build of $RUST_APP failed"
    bin=$ROOT/target/rust-app/release/rust-app
    objdump -h "$bin" 2>/dev/null | grep -q '\.dep-v0' || ! have objdump ||
      die "$bin has no .dep-v0 section: was it built by cargo auditable?"
    mkdir -p "$WORK/rust-layer/usr/local/bin"
    install -m 0755 "$bin" "$WORK/rust-layer/usr/local/bin/rust-app"
    find "$WORK/rust-layer" -type d -exec chmod 0755 {} +
    mktar "$WORK/rust-layer" "$WORK/rust-layer.tar"
    L=$WORK/rust-oci
    cp -a "$OUT/bookworm-oci" "$L"
    add_layer "$L" bookworm "$WORK/rust-layer.tar" "COPY rust-app /usr/local/bin/ (cargo auditable build --release)"
    umoci tag --image "$L:bookworm" rust
    umoci rm --image "$L:bookworm"
    rm -rf "$WORK/rust-layer" "$WORK/rust-layer.tar"
    finish "$L" rust 2 / /usr/local/bin/rust-app
    echo "$k" >"$OUT/.rust.recipe"
    BUILD_SECS[rust]=$((SECONDS - t))
  fi

  # ------------------------------------------------------- 6e. file ownership
  # Two images over the same rootfs (minbase + python3-pip node-lodash fzf: Debian's
  # own python dist-info, /usr/share/nodejs/lodash/package.json and the Go binary
  # /usr/bin/fzf, all owned by dpkg):
  #   owned-overwrite-oci/  layer 1 replaces dpkg-owned files: /usr/share/nodejs/lodash/
  #       from the npm tarball lodash@4.17.15 (vendored over Debian's 4.17.21), and
  #       /usr/bin/fzf with the esbuild Go binary (modules: github.com/evanw/esbuild,
  #       golang.org/x/sys). Only these two are no longer the packages' files.
  #   owned-deleted-lists-oci/  layer 1 deletes every /var/lib/dpkg/info/*.list
  #       (whiteouts): the packages still own their files.
  # Oracle (dpkg-query -S on the rootfs): every language manifest and Go binary
  # the scan could report is owned by a dpkg package; written to
  # owned-dpkg-owned.txt, one absolute path a line.
  k=$(key "$OWN_DEBS" "$LODASH_PKG" "$LODASH_SHA256" "$ESBUILD_PKG" "$ESBUILD_SHA256")
  if fresh owned-overwrite "$k" && fresh owned-deleted-lists "$k" && [[ -f $OUT/owned-dpkg-owned.txt ]]; then
    skip owned-overwrite-oci
  else
    t=$SECONDS
    log "owned-*: mmdebstrap minbase + $OWN_DEBS; $LODASH_PKG and $ESBUILD_PKG from the npm registry"
    mkrootfs "$WORK/own-root.tar" "$OWN_DEBS"
    R=$WORK/own-rootfs
    mkdir -p "$R" && tar -xf "$WORK/own-root.tar" -C "$R"
    # Oracle: dpkg's own view of who owns each candidate file.
    (cd "$R" && find usr -type f \( -name package.json -o -name METADATA -o -name PKG-INFO -o -name '*.egg-info' \) \
      -o -type f -path usr/bin/fzf) | LC_ALL=C sort | while read -r f; do
      if dpkg-query --admindir="$R/var/lib/dpkg" -S "/$f" >/dev/null 2>&1; then echo "/$f"; fi
    done >"$WORK/owned-dpkg-owned.txt"
    grep -qx /usr/share/nodejs/lodash/package.json "$WORK/owned-dpkg-owned.txt" ||
      die "owned-*: dpkg does not own /usr/share/nodejs/lodash/package.json"
    grep -qx /usr/bin/fzf "$WORK/owned-dpkg-owned.txt" || die "owned-*: dpkg does not own /usr/bin/fzf"
    mkdir -p "$WORK/own-npm"
    (cd "$WORK/own-npm" && npm pack --silent --registry https://registry.npmjs.org/ "$LODASH_PKG" "$ESBUILD_PKG" >/dev/null) ||
      die "npm pack $LODASH_PKG $ESBUILD_PKG failed (needs https://registry.npmjs.org/)"
    [[ $(sha256sum "$WORK"/own-npm/lodash-*.tgz | cut -d' ' -f1) == "$LODASH_SHA256" ]] || die "$LODASH_PKG: sha256 is not the pinned $LODASH_SHA256"
    [[ $(sha256sum "$WORK"/own-npm/esbuild-linux-x64-*.tgz | cut -d' ' -f1) == "$ESBUILD_SHA256" ]] || die "$ESBUILD_PKG: sha256 is not the pinned $ESBUILD_SHA256"
    L1=$WORK/own-layer1
    mkdir -p "$L1/usr/share/nodejs/lodash" "$L1/usr/bin" "$WORK/own-npm/x"
    tar -xzf "$WORK"/own-npm/lodash-*.tgz -C "$WORK/own-npm/x"
    cp -a "$WORK/own-npm/x/package/." "$L1/usr/share/nodejs/lodash/"
    tar -xzf "$WORK"/own-npm/esbuild-linux-x64-*.tgz -C "$WORK/own-npm/x" package/bin/esbuild
    install -m 0755 "$WORK/own-npm/x/package/bin/esbuild" "$L1/usr/bin/fzf"
    find "$L1" -type d -exec chmod 0755 {} +
    find "$L1/usr/share" -type f -exec chmod 0644 {} +
    mktar "$L1" "$WORK/own-layer1.tar"
    L2=$WORK/own-layer2
    mkdir -p "$L2/var/lib/dpkg/info"
    n=0
    for f in "$R"/var/lib/dpkg/info/*.list; do
      : >"$L2/var/lib/dpkg/info/.wh.${f##*/}"
      n=$((n + 1))
    done
    ((n > 50)) || die "owned-*: only $n .list files in the rootfs"
    mktar "$L2" "$WORK/own-layer2.tar"
    for name in owned-overwrite owned-deleted-lists; do
      L=$WORK/$name-oci
      oci_from "$L" "$name" "$WORK/own-root.tar" "mmdebstrap --variant=minbase --include=$OWN_DEBS $SUITE"
      if [[ $name == owned-overwrite ]]; then
        add_layer "$L" "$name" "$WORK/own-layer1.tar" "COPY lodash-4.17.15/ /usr/share/nodejs/lodash/ and a rebuilt Go binary over /usr/bin/fzf"
      else
        add_layer "$L" "$name" "$WORK/own-layer2.tar" "RUN rm /var/lib/dpkg/info/*.list"
      fi
      finish "$L" "$name" 2 / /bin/sh
      echo "$k" >"$OUT/.$name.recipe"
    done
    mv "$WORK/owned-dpkg-owned.txt" "$OUT/owned-dpkg-owned.txt"
    rm -rf "$WORK/own-root.tar" "$R" "$WORK/own-npm" "$L1" "$L2" "$WORK"/own-layer*.tar
    BUILD_SECS[owned]=$((SECONDS - t))
  fi

  # ------------------------------------------------------------ 6f. alma10
  # alma10-oci/ (tag alma10): an AlmaLinux 10 image whose rpm database (sqlite, at
  # usr/lib/sysimage/rpm/rpmdb.sqlite, as EL10 has it) holds real AlmaLinux 10 package
  # names and EVRs taken from the real ALSA errata of the shared corpus
  # (osv-os/AlmaLinux-8-and-10.jsonl): for each of up to 40 packages with at least 3
  # security errata, the median fixed EVR (by rpm's own ordering), so some errata are
  # fixed in the image and others are not. The packages are empty noarch rpms built with
  # Debian's rpmbuild and installed with `rpm --root R --dbpath /usr/lib/sysimage/rpm
  # -i --justdb`.
  # Oracle: alma10-expected.txt, one line per (package, erratum) of AlmaLinux:10:
  # `NAME INSTALLED-EVR ERRATUM FIXED-EVR AFFECTED(0|1)`, AFFECTED from rpm.vercmp
  # (rpm's Lua API), not from imagegate.
  CORPUS=${IMAGEGATE_CORPUS:-$ROOT/../shared/corpus}
  ALMA_DATA=$CORPUS/osv-os/AlmaLinux-8-and-10.jsonl
  if [[ ! -f $ALMA_DATA ]]; then
    log "alma10-oci: skipped, the shared corpus is missing ($ALMA_DATA; set IMAGEGATE_CORPUS)"
  else
    k=$(key "$ALMA_RECIPE" "$(sha256sum "$ALMA_DATA" | cut -c1-16)" "$(rpm --version)")
    if fresh alma10 "$k" && [[ -f $OUT/alma10-expected.txt ]]; then
      skip alma10-oci
    else
      t=$SECONDS
      log "alma10-oci: rpmbuild + rpm --justdb from the ALSA errata in $ALMA_DATA"
      A=$WORK/alma
      mkdir -p "$A/specs" "$A/root/etc" "$A/root/usr/lib/sysimage/rpm" "$A/root/var/lib"
      python3 "$SCRIPT_DIR/alma.py" "$ALMA_DATA" "$A" || die "alma10-oci: alma.py failed"
      for spec in "$A"/specs/*.spec; do
        rpmbuild --quiet -bb --define "_topdir $A/rpmbuild" --define "_build_id_links none" "$spec" >/dev/null ||
          die "rpmbuild $spec failed"
      done
      rpm --root "$A/root" --dbpath /usr/lib/sysimage/rpm --define '_db_backend sqlite' --initdb
      rpm --root "$A/root" --dbpath /usr/lib/sysimage/rpm --define '_db_backend sqlite' \
        -i --justdb --nodeps --noscripts --ignorearch --ignoreos "$A"/rpmbuild/RPMS/noarch/*.rpm ||
        die "rpm -i --justdb failed"
      ln -s ../../usr/lib/sysimage/rpm "$A/root/var/lib/rpm"
      printf 'NAME="AlmaLinux"\nVERSION="10.0 (Purple Lion)"\nID="almalinux"\nID_LIKE="rhel centos fedora"\nVERSION_ID="10.0"\nPLATFORM_ID="platform:el10"\nPRETTY_NAME="AlmaLinux 10.0 (Purple Lion)"\n' >"$A/root/etc/os-release"
      printf 'AlmaLinux release 10.0 (Purple Lion)\n' >"$A/root/etc/almalinux-release"
      ln -s almalinux-release "$A/root/etc/redhat-release"
      rm -f "$A"/root/usr/lib/sysimage/rpm/*-shm "$A"/root/usr/lib/sysimage/rpm/*-wal "$A"/root/usr/lib/sysimage/rpm/.rpm.lock
      find "$A/root" -type d -exec chmod 0755 {} +
      find "$A/root" -type f -exec chmod 0644 {} +
      n=$(rpm --root "$A/root" --dbpath /usr/lib/sysimage/rpm -qa | wc -l)
      ((n >= 20)) || die "alma10-oci: only $n packages installed"
      mktar "$A/root" "$A/root.tar"
      L=$WORK/alma10-oci
      oci_from "$L" alma10 "$A/root.tar" "rpm -i --justdb ($n packages at AlmaLinux 10 errata EVRs)"
      finish "$L" alma10 1 / /bin/sh
      mv "$A/expected.txt" "$OUT/alma10-expected.txt"
      echo "$k" >"$OUT/.alma10.recipe"
      rm -rf "$A"
      BUILD_SECS[alma10]=$((SECONDS - t))
    fi
  fi

  # ---------------------------------------------------------- 6g. bullseye
  # bullseye-oci/ (tag bullseye): mmdebstrap --variant=minbase bullseye (Debian 11), one layer.
  # Oracle: bullseye-expected.txt, one line per installed source package and advisory
  # of the real tracker lists in the corpus (debian/DSA-list.txt, DLA-list.txt) with a
  # `[bullseye]` fix: `SRC INSTALLED ADVISORY FIXED AFFECTED`, AFFECTED from
  # `dpkg --compare-versions` (tests/images/debian.py).
  DSA_LIST=$CORPUS/debian/DSA-list.txt
  DLA_LIST=$CORPUS/debian/DLA-list.txt
  if [[ ! -f $DSA_LIST ]]; then
    log "bullseye-oci: skipped, the shared corpus is missing ($DSA_LIST)"
  else
    k=$(key bullseye "$(cat "$DSA_LIST" "$DLA_LIST" "$SCRIPT_DIR/debian.py" | sha256sum)")
    if fresh bullseye "$k" && [[ -f $OUT/bullseye-expected.txt ]]; then
      skip bullseye-oci
    else
      t=$SECONDS
      log "bullseye-oci: mmdebstrap --variant=minbase bullseye from $MIRROR"
      SUITE=bullseye mkrootfs "$WORK/bullseye-root.tar" ca-certificates
      mkdir -p "$WORK/bullseye-rootfs"
      tar -xf "$WORK/bullseye-root.tar" -C "$WORK/bullseye-rootfs" ./var/lib/dpkg/status
      python3 "$SCRIPT_DIR/debian.py" "$WORK/bullseye-rootfs" "$DSA_LIST" "$DLA_LIST" "$WORK/bullseye-expected.txt" ||
        die "bullseye-oci: debian.py failed"
      L=$WORK/bullseye-oci
      oci_from "$L" bullseye "$WORK/bullseye-root.tar" "mmdebstrap --variant=minbase --include=ca-certificates bullseye"
      finish "$L" bullseye 1 / /bin/sh
      mv "$WORK/bullseye-expected.txt" "$OUT/bullseye-expected.txt"
      echo "$k" >"$OUT/.bullseye.recipe"
      rm -rf "$WORK/bullseye-root.tar" "$WORK/bullseye-rootfs"
      BUILD_SECS[bullseye]=$((SECONDS - t))
    fi
  fi
fi

# ============================================================ 7. policy image
POLICY_RECIPE=1
base_manifest=$(oci_manifest "$OUT/bookworm-oci" bookworm)
k=$(printf '%s\n' "$POLICY_RECIPE" "$SOURCE_DATE_EPOCH" "$(jget layerdigests <"$base_manifest")" | sha256sum | cut -c1-16)
if [[ -e $OUT/policy-oci && -e $OUT/policy-docker.tar && -f $OUT/.policy.recipe && $(cat "$OUT/.policy.recipe") == "$k" ]]; then
  skip policy-oci
else
  log "policy-oci: bookworm-oci + a layer with setuid, world-writable and unowned files"
  P=$WORK/policy-layer
  mkdir -p "$P/usr/local/bin" "$P/opt/app" "$P/srv/shared" "$P/srv/drop"
  printf '#!/bin/sh\necho planted\n' >"$P/usr/local/bin/planted-suid"
  printf '#!/bin/sh\nexec echo app\n' >"$P/opt/app/run.sh"
  chmod 0755 "$P/usr/local" "$P/usr/local/bin" "$P/opt" "$P/opt/app" "$P/srv" "$P/usr"
  chmod 4755 "$P/usr/local/bin/planted-suid"
  chmod 0755 "$P/opt/app/run.sh"
  chmod 0777 "$P/srv/shared"
  chmod 1777 "$P/srv/drop"
  mktar "$P" "$WORK/policy-layer.tar"
  L=$WORK/policy-oci
  cp -a "$OUT/bookworm-oci" "$L"
  add_layer "$L" bookworm "$WORK/policy-layer.tar" "ADD https://example.com/tool.tgz /opt/tool/ # buildkit"
  umoci config --image "$L:bookworm" --tag policy \
    --created "$CREATED" \
    --history.created "$CREATED" --history.created_by "umoci config (imagegate policy test image)" \
    --config.user=1000:1000 \
    --clear=config.exposedports --config.exposedports=80/tcp \
    --config.label=org.opencontainers.image.title=policy-test \
    --manifest.annotation=org.opencontainers.image.base.name=docker.io/library/debian:bookworm
  umoci rm --image "$L:bookworm"
  umoci gc --layout "$L"
  m=$(oci_manifest "$L" policy)
  [[ $(jget layertypes <"$m" | grep -c 'tar+gzip$') -eq 2 ]] || die "policy-oci: expected 2 tar+gzip layers"
  chmod -R a+rX "$L"
  rm -rf "${OUT:?}/policy-oci" "${OUT:?}/policy-docker.tar" "$P" "$WORK/policy-layer.tar"
  mv "$L" "$OUT/policy-oci"
  skopeo copy --quiet "oci:$OUT/policy-oci:policy" \
    "docker-archive:$WORK/policy-docker.tar:imagegate-test/policy:1.0"
  mv "$WORK/policy-docker.tar" "$OUT/policy-docker.tar"
  echo "$k" >"$OUT/.policy.recipe"
fi
ALL+=(policy-oci policy-docker.tar)

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
if ((EXTRA)); then ALL+=("${EXTRA_ALL[@]}"); fi
for o in "${ALL[@]}"; do
  p=$OUT/$o
  size=$(human "$(du -sb "$p" | cut -f1)")
  case "$o" in
    bookworm-oci|bookworm-zstd-oci) info=$(summarize_oci_dir "$p" bookworm) ;;
    multilayer-oci) info=$(summarize_oci_dir "$p" multi) ;;
    policy-oci) info=$(summarize_oci_dir "$p" policy) ;;
    secrets-oci) info=$(summarize_oci_dir "$p" secrets) ;;
    python-oci|node-oci|go-oci|rust-oci|owned-overwrite-oci|owned-deleted-lists-oci|alma10-oci|bullseye-oci)
      info=$(summarize_oci_dir "$p" "${o%-oci}")
      n=${o%-oci}
      [[ -z ${BUILD_SECS[$n]:-} ]] || info+=" (built in ${BUILD_SECS[$n]}s)" ;;
    bookworm-oci.tar) info=$(summarize_oci_archive "$p" bookworm) ;;
    *docker.tar) info=$(summarize_docker_archive "$p") ;;
  esac
  printf '  %-22s %10s  %s\n' "$o" "$size" "$info"
done
