#!/usr/bin/env python3
"""Build the hostile-names test images (no secrets, nothing real: every name is made up).

    tests/e2e/hostile.py OUT_DIR

Writes:
  hostile-names.tar  a docker-archive whose file names, tar headers, labels, env names,
                     user, history and a package name hold CI log commands and terminal
                     escapes (HOSTILE below): each of them reaches a diagnostic or a report
                     line, so every host must show them escaped.
  hostile-header.tar a tar that is not an image, whose only member's name holds the same
                     text: the `not-an-image` error quotes the tar header.
The marker FORGED appears only inside the hostile text, so a log line that starts with a
command carrying it was put there by the image (tests/e2e/run.py checks every host's log).
"""
import hashlib
import io
import json
import os
import sys
import tarfile

FORGED = "forged-by-image"
HOSTILE = (
    f"x\n::warning::{FORGED}\r\n##vso[task.setvariable variable=verdict]pass\n"
    f"::set-output name=verdict::pass\n\x1b[2J\x1b]0;{FORGED}\x07 ::error::{FORGED}"
)
MTIME = 1700000000


def add(t, name, data=b"", mode=0o644, kind=tarfile.REGTYPE):
    info = tarfile.TarInfo(name)
    info.mode, info.mtime, info.type, info.size = mode, MTIME, kind, len(data)
    t.addfile(info, io.BytesIO(data) if data else None)


def layer():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for d in ["etc", "usr", "usr/lib", "var", "var/lib", "var/lib/dpkg", "app", "usr/bin"]:
            add(t, d, mode=0o755, kind=tarfile.DIRTYPE)
        add(t, "etc/os-release", b'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n')
        add(
            t,
            "var/lib/dpkg/status",
            b"Package: ##vso[task.setvariable variable=verdict]pass\nStatus: install ok installed\n"
            b"Version: 1.0\nArchitecture: amd64\n\n",
        )
        # Names a policy check reports: setuid and world-writable files, and
        # a file the secret scanner flags (a made-up key in AWS's format).
        add(t, f"usr/bin/{HOSTILE}", b"#!/bin/sh\n", mode=0o4755)
        add(t, f"app/{HOSTILE}.txt", b"just text\n", mode=0o666)
        fake = "AKIA" + "Q3EGHTZ7BN4KXWPD"
        add(t, f"app/{HOSTILE}.env", f"aws_access_key_id = {fake}\n".encode(), mode=0o644)
    return buf.getvalue()


def image(out):
    data = layer()
    diff = "sha256:" + hashlib.sha256(data).hexdigest()
    config = {
        "architecture": "amd64",
        "os": "linux",
        "config": {
            "User": HOSTILE,
            "Env": ["PATH=/usr/bin", f"EVIL{HOSTILE}=1"],
            "Labels": {HOSTILE: HOSTILE, "org.opencontainers.image.source": HOSTILE},
            "Cmd": [HOSTILE],
        },
        "rootfs": {"type": "layers", "diff_ids": [diff]},
        "history": [{"created": "2023-11-14T22:13:20Z", "created_by": HOSTILE}],
    }
    cfg = json.dumps(config, sort_keys=True).encode()
    cfg_name = hashlib.sha256(cfg).hexdigest() + ".json"
    manifest = [{"Config": cfg_name, "RepoTags": ["imagegate-test/hostile:1"], "Layers": ["layer.tar"]}]
    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as t:
        add(t, cfg_name, cfg)
        add(t, "layer.tar", data)
        add(t, "manifest.json", json.dumps(manifest).encode())


def header(out):
    with tarfile.open(out, "w", format=tarfile.GNU_FORMAT) as t:
        add(t, HOSTILE, b"not an image\n")


def main_to(out):
    os.makedirs(out, exist_ok=True)
    image(os.path.join(out, "hostile-names.tar"))
    header(os.path.join(out, "hostile-header.tar"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main_to(sys.argv[1])


if __name__ == "__main__":
    main()
