#!/usr/bin/env python3
"""Write the oracle of the bullseye test image (tests/images/build.sh).

Usage: debian.py ROOTFS DSA_LIST DLA_LIST OUT

For every installed source package of ROOTFS (its dpkg status: `Source:`,
else the package name; the source version when `Source:` gives one) and every
advisory line of the real Debian security tracker lists that fixes it in
bullseye (`[bullseye] - SRC VERSION`), writes one line to OUT:
SRC INSTALLED ADVISORY FIXED AFFECTED, AFFECTED = 1 when
`dpkg --compare-versions INSTALLED lt FIXED` (dpkg, not imagegate, decides).
"""
import re
import subprocess
import sys

HEADER = re.compile(r"^\[[^]]+\]\s+(D[SL]A-\d+(?:-\d+)?)\s")
LINE = re.compile(r"^\s+\[bullseye\]\s+-\s+(\S+)\s+(\S+)")


def installed(rootfs):
    src = {}
    text = open(rootfs + "/var/lib/dpkg/status", encoding="utf-8").read()
    for stanza in text.split("\n\n"):
        f = {}
        for line in stanza.splitlines():
            if line[:1] in (" ", "\t") or ":" not in line:
                continue
            k, v = line.split(":", 1)
            f[k.strip()] = v.strip()
        if "Package" not in f or "install ok installed" not in f.get("Status", ""):
            continue
        name, version = f["Package"], f["Version"]
        if "Source" in f:
            m = re.match(r"(\S+)(?:\s+\((\S+)\))?", f["Source"])
            name, version = m.group(1), m.group(2) or version
        src[name] = version
    return src


def main():
    rootfs, dsa, dla, out = sys.argv[1:5]
    src = installed(rootfs)
    rows = []
    for path in (dsa, dla):
        adv = None
        for line in open(path, encoding="utf-8"):
            m = HEADER.match(line)
            if m:
                adv = m.group(1)
                continue
            m = LINE.match(line)
            if not m or adv is None or m.group(1) not in src:
                continue
            pkg, fixed = m.group(1), m.group(2)
            if fixed.startswith("<"):  # <not-affected>, <unfixed>, <end-of-life>
                continue
            inst = src[pkg]
            lt = subprocess.run(["dpkg", "--compare-versions", inst, "lt", fixed]).returncode == 0
            rows.append("%s %s %s %s %d\n" % (pkg, inst, adv, fixed, 1 if lt else 0))
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(sorted(set(rows)))
    print("debian.py: %d installed source packages, %d (package, advisory) pairs" % (len(src), len(set(rows))))


if __name__ == "__main__":
    main()
