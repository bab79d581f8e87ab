#!/usr/bin/env python3
"""Pack the header blobs of an rpm sqlite database into rpm's ndb format
(Packages.db), following lib/backend/ndb/rpmpkg.c of rpm 4.18:
32-byte header, 4 KiB slot pages of 16-byte slots, blobs in 16-byte blocks
with a head (BlbS, pkgidx, timestamp, length) and a tail (adler32, length, BlbE).
Usage: make-ndb.py rpmdb.sqlite Packages.db"""
import sqlite3
import struct
import sys
import zlib

src, dst = sys.argv[1], sys.argv[2]
rows = sqlite3.connect(src).execute("SELECT hnum, blob FROM Packages ORDER BY hnum").fetchall()
PAGE, BLK = 4096, 16
slotnpages = 1
while len(rows) + 2 > slotnpages * (PAGE // 16):
    slotnpages += 1
out = bytearray(slotnpages * PAGE)
struct.pack_into("<4sIIII", out, 0, b"RpmP", 0, 1, slotnpages, max(r[0] for r in rows) + 1)
for i in range(2, slotnpages * PAGE // 16):
    struct.pack_into("<4s", out, i * 16, b"Slot")
blkoff = slotnpages * PAGE // BLK
for slot, (pkgidx, blob) in enumerate(rows, start=2):
    head = struct.pack("<4sIII", b"BlbS", pkgidx, 1700000000, len(blob))
    blkcnt = (16 + len(blob) + 12 + BLK - 1) // BLK
    pad = b"\0" * (blkcnt * BLK - (16 + len(blob) + 12))
    adler = zlib.adler32(head + blob + pad)
    tail = struct.pack("<II4s", adler, len(blob), b"BlbE")
    struct.pack_into("<4sIII", out, slot * 16, b"Slot", pkgidx, blkoff, blkcnt)
    out += head + blob + pad + tail
    blkoff += blkcnt
open(dst, "wb").write(out)
