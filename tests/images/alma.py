#!/usr/bin/env python3
"""Write the rpm specs and the oracle of the alma10 test image (tests/images/build.sh).

Usage: alma.py ALMA_JSONL WORKDIR

Reads the real AlmaLinux errata (OSV records, one a line), keeps the security
errata (ALSA) of ecosystem AlmaLinux:10, and picks up to 40 binary packages
with at least 3 of them (a fixed list of common base packages first, then the
packages with the most errata; no kernel or .NET packages). Each package gets the median of its fixed
EVRs, ordered by rpm's own rpm.vercmp (rpm --eval with Lua), so the image has
some errata applied and others not. Writes WORKDIR/specs/NAME.spec (an empty
noarch package at that EVR) and WORKDIR/expected.txt, one line per (package,
erratum): NAME INSTALLED ERRATUM FIXED AFFECTED, AFFECTED = 1 when rpm.vercmp
says INSTALLED < FIXED. imagegate's own comparison is not used anywhere here.
"""
import json
import os
import subprocess
import sys
import tempfile

PREFERRED = [
    "openssl-libs", "glibc", "bash", "curl", "libcurl", "python3-libs", "libxml2",
    "sqlite-libs", "expat", "gnutls", "krb5-libs", "pam", "libssh", "sudo", "tar",
    "libarchive", "bind-libs", "vim-minimal", "systemd-libs", "podman", "buildah",
    "skopeo", "nginx", "httpd", "git", "perl-libs", "libtiff", "libpng", "glib2",
    "dbus-libs", "openssh", "less", "gzip", "xz-libs", "zlib", "binutils", "grub2-common",
]
WANT = 40
MIN_ERRATA = 3
# Not what a container image holds (and each comes in dozens of variants).
SKIP_PREFIXES = ("kernel", "dotnet", "aspnetcore", "netstandard")


def vercmp_all(pairs):
    """rpm.vercmp for every (a, b) pair, in one rpm process."""
    if not pairs:
        return []
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        for a, b in pairs:
            f.write("io.write(rpm.vercmp(%s, %s), '\\n')\n" % (json.dumps(a), json.dumps(b)))
        path = f.name
    try:
        out = subprocess.run(
            ["rpm", "--eval", "%%{lua: dofile('%s')}" % path],
            check=True, capture_output=True, text=True,
        ).stdout.split()
    finally:
        os.unlink(path)
    if len(out) != len(pairs):
        sys.exit("rpm.vercmp gave %d results for %d pairs" % (len(out), len(pairs)))
    return [int(x) for x in out]


def sort_evrs(evrs):
    """Sort EVR strings with rpm.vercmp (insertion sort on rpm's answers)."""
    evrs = sorted(set(evrs))
    pairs = [(a, b) for a in evrs for b in evrs]
    cmp = dict(zip(pairs, vercmp_all(pairs)))
    out = []
    for e in evrs:
        i = 0
        while i < len(out) and cmp[(out[i], e)] < 0:
            i += 1
        out.insert(i, e)
    return out


def split_evr(evr):
    epoch, _, vr = evr.rpartition(":") if ":" in evr else ("", "", evr)
    version, _, release = vr.rpartition("-")
    return epoch, version, release


def main():
    data, work = sys.argv[1], sys.argv[2]
    fixes = {}  # name -> {(erratum, fixed)}
    for line in open(data, encoding="utf-8"):
        rec = json.loads(line)
        rid = rec["id"]
        if not rid.startswith("ALSA-"):
            continue
        for a in rec.get("affected", []):
            pkg = a.get("package", {})
            if pkg.get("ecosystem") != "AlmaLinux:10":
                continue
            for r in a.get("ranges", []):
                for e in r.get("events", []):
                    if "fixed" in e:
                        fixes.setdefault(pkg["name"], set()).add((rid, e["fixed"]))
    eligible = {
        n for n, f in fixes.items() if len(f) >= MIN_ERRATA and not n.startswith(SKIP_PREFIXES)
    }
    chosen = [n for n in PREFERRED if n in eligible]
    for n in sorted(eligible, key=lambda n: (-len(fixes[n]), n)):
        if len(chosen) >= WANT:
            break
        if n not in chosen:
            chosen.append(n)
    chosen = sorted(chosen[:WANT])
    installed = {}
    for n in chosen:
        order = sort_evrs([f for _, f in fixes[n]])
        installed[n] = order[len(order) // 2]
    pairs = [(installed[n], f) for n in chosen for _, f in sorted(fixes[n])]
    answers = iter(vercmp_all(pairs))
    os.makedirs(os.path.join(work, "specs"), exist_ok=True)
    with open(os.path.join(work, "expected.txt"), "w", encoding="utf-8") as out:
        for n in chosen:
            for rid, fixed in sorted(fixes[n]):
                affected = 1 if next(answers) < 0 else 0
                out.write("%s %s %s %s %d\n" % (n, installed[n], rid, fixed, affected))
    for n in chosen:
        epoch, version, release = split_evr(installed[n])
        with open(os.path.join(work, "specs", n + ".spec"), "w", encoding="utf-8") as s:
            s.write("Name: %s\n" % n)
            if epoch:
                s.write("Epoch: %s\n" % epoch)
            s.write("Version: %s\nRelease: %s\n" % (version, release))
            s.write("Summary: %s at an AlmaLinux 10 erratum EVR (imagegate test)\n" % n)
            s.write("License: MIT\nBuildArch: noarch\n\n%%description\n%s\n\n%%files\n" % n)
    print("alma.py: %d packages, %d (package, erratum) pairs" % (len(chosen), len(pairs)))


if __name__ == "__main__":
    main()
