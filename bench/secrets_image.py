#!/usr/bin/env python3
"""Build a docker-archive of the secrets benchmark's cases (bench/secrets.sh).

Usage: secrets_image.py OUT_TAR CASES_DIR [TRAP_DIR]

Layer 0 holds CASES_DIR under /cases (positive/<rule>/<n>/<path>: one case
per file tree; negative/<rule>/<n>/<path>: its placeholder form;
negative/trap/<n>/<path>: look-alikes) and, when given, the trap corpus of
real Debian package files (tests/secrets-trap/fetch.sh) at their own paths
(/usr/lib/ruby/..., /usr/share/nodejs/...), as they are in an image. The
archive is deterministic (sorted entries, fixed mtime, uid 0).
"""

import hashlib
import io
import json
import os
import sys
import tarfile

MTIME = 1700000000


def add_tree(tar, src, prefix, seen):
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".debs") and not d.startswith(".tmp"))
        rel = os.path.relpath(root, src)
        base = prefix if rel == "." else f"{prefix}/{rel}" if prefix else rel
        for name in sorted(files):
            path = os.path.join(root, name)
            if os.path.islink(path) or not os.path.isfile(path):
                continue
            arc = f"{base}/{name}" if base else name
            if arc in seen:
                continue
            seen.add(arc)
            info = tarfile.TarInfo(arc)
            info.size = os.path.getsize(path)
            info.mtime = MTIME
            info.mode = 0o644
            with open(path, "rb") as f:
                tar.addfile(info, f)


def main():
    out, cases = sys.argv[1], sys.argv[2]
    trap = sys.argv[3] if len(sys.argv) > 3 else None
    layer = io.BytesIO()
    seen = set()
    with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        add_tree(tar, cases, "cases", seen)
        if trap:
            for pkg in sorted(os.listdir(trap)):
                if not pkg.startswith("."):
                    add_tree(tar, os.path.join(trap, pkg), "", seen)
    data = layer.getvalue()
    diff_id = "sha256:" + hashlib.sha256(data).hexdigest()
    config = json.dumps({
        "architecture": "amd64", "os": "linux",
        "config": {"Env": ["PATH=/usr/bin:/bin"]},
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created_by": "secrets benchmark cases"}],
    }, sort_keys=True).encode()
    config_name = hashlib.sha256(config).hexdigest() + ".json"
    layer_name = diff_id[7:] + ".tar"
    manifest = json.dumps([{"Config": config_name, "RepoTags": ["imagegate-bench/secrets:latest"],
                            "Layers": [layer_name]}]).encode()
    with tarfile.open(out, "w") as tar:
        for name, blob in [(layer_name, data), (config_name, config), ("manifest.json", manifest)]:
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            info.mtime = MTIME
            tar.addfile(info, io.BytesIO(blob))


if __name__ == "__main__":
    main()
