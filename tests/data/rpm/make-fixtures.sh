#!/bin/sh
# Regenerates the RPM database fixtures in this directory (see README.md).
# Needs Debian's `rpm` package (rpm 4.18: backends sqlite, bdb_ro) and python3.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export SOURCE_DATE_EPOCH=1700000000

mkspec() { # name epoch version release license nfiles
  name=$1 epoch=$2 version=$3 release=$4 license=$5 nfiles=$6
  {
    echo "Name: $name"
    [ "$epoch" = - ] || echo "Epoch: $epoch"
    echo "Version: $version"
    echo "Release: $release"
    echo "Summary: imagegate test fixture $name"
    echo "License: $license"
    echo "BuildArch: noarch"
    echo "%description"
    echo "imagegate test fixture."
    echo "%install"
    echo "mkdir -p %{buildroot}/usr/bin %{buildroot}/usr/share/doc/$name"
    echo "echo '#!/bin/sh' > %{buildroot}/usr/bin/$name"
    echo "echo readme > %{buildroot}/usr/share/doc/$name/README"
    echo "for i in \$(seq 1 $nfiles); do d=%{buildroot}/usr/share/$name/dir\$((i % 7)); mkdir -p \$d; echo \$i > \$d/data-file-with-a-long-name-\$i.txt; done"
    echo "%files"
    echo "/usr/bin/$name"
    echo "/usr/share/doc/$name/README"
    [ "$nfiles" = 0 ] || echo "/usr/share/$name"
  } > "$T/$name.spec"
  rpmbuild -bb --quiet --define "_topdir $T/build" --define "_build_id_links none" \
    "$T/$name.spec" > /dev/null 2>&1
}

mkspec hello 1 2.0 3.fc40 MIT 0
mkspec manyfiles - 1.0 1 "GPL-2.0-or-later AND MIT" 120
for n in alpha bravo charlie delta echo foxtrot; do
  mkspec "tiny-$n" - 0.1 1 BSD 0
done

RPMS=$(find "$T/build/RPMS" -name '*.rpm' | sort)
mkdir -p "$T/db"
rpm --dbpath "$T/db" --define '_db_backend sqlite' --initdb
# shellcheck disable=SC2086
rpm --dbpath "$T/db" --define '_db_backend sqlite' -i --justdb --nodeps --noscripts \
  --ignorearch --ignoreos $RPMS
cp "$T/db/rpmdb.sqlite" "$HERE/rpmdb.sqlite"
# rpm's database uses 4 KiB pages and ~20 mostly empty index tables (270 KB);
# rewrite it with 1 KiB pages (same schema, rows and WAL mode) to stay small.
# Small pages also mean more interior and overflow pages for the reader.
sqlite3 "$HERE/rpmdb.sqlite" 'PRAGMA journal_mode=DELETE; PRAGMA page_size=1024; VACUUM; PRAGMA journal_mode=WAL;' > /dev/null
# ndb: Debian's rpm has no ndb backend, so the same header blobs are packed
# into the ndb layout (lib/backend/ndb/rpmpkg.c of rpm 4.18) by make-ndb.py.
python3 "$HERE/make-ndb.py" "$HERE/rpmdb.sqlite" "$HERE/Packages.db"
ls -l "$HERE"
