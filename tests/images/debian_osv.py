#!/usr/bin/env python3
"""Debian security tracker list (data/DSA/list, data/DLA/list) to OSV records, JSONL on stdout.

Usage: debian_osv.py LIST

The way osv.dev's Debian converter (vulnfeeds/tools/debian/convert_debian.py)
does it: one record per advisory (`DSA-1234-1`), `upstream` naming its
`DEBIAN-CVE-...` ids, one `affected` entry per `[release] - package version`
line with `introduced: 0` and `fixed` (no `fixed` for `<unfixed>` and
`<end-of-life>`; `<not-affected>` lines are left out). Releases map to their
numbers (bullseye → Debian:11). Used by bench/db.sh for a DB of the whole corpus.
"""
import json
import re
import sys

RELEASES = {"bookworm": "12", "bullseye": "11", "buster": "10", "stretch": "9",
            "jessie": "8", "wheezy": "7", "squeeze": "6", "lenny": "5", "etch": "4",
            "sarge": "3.1", "woody": "3.0", "potato": "2.2"}
HEADER = re.compile(r"^\[([^]]+)\]\s+(\S+)\s*(.*)$")
LINE = re.compile(r"^\s+\[(\w+)\]\s+-\s+(\S+)\s+(\S+)")


def main():
    rec = None
    out = sys.stdout

    def flush():
        if rec and rec["affected"]:
            out.write(json.dumps(rec) + "\n")

    for line in open(sys.argv[1], encoding="utf-8"):
        m = HEADER.match(line)
        if m:
            flush()
            rec = {"id": m.group(2), "summary": m.group(3), "upstream": [], "affected": []}
            continue
        if rec is None:
            continue
        s = line.strip()
        if s.startswith("{"):
            rec["upstream"] += ["DEBIAN-" + c for c in s.strip("{}").split()]
            continue
        m = LINE.match(line)
        if not m or m.group(1) not in RELEASES or m.group(3) == "<not-affected>":
            continue
        events = [{"introduced": "0"}]
        if not m.group(3).startswith("<"):
            events.append({"fixed": m.group(3)})
        rec["affected"].append({
            "package": {"ecosystem": "Debian:" + RELEASES[m.group(1)], "name": m.group(2)},
            "ranges": [{"type": "ECOSYSTEM", "events": events}],
        })
    flush()


if __name__ == "__main__":
    main()
