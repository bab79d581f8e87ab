#!/usr/bin/env python3
"""Write a deterministic uncompressed tar layer holding N small files.

Usage: manyfiles_layer.py OUT_TAR [N_FILES] [MTIME]

The layer looks like a big JavaScript app: /app/node_modules/<pkg>/ with a
package.json, README.md, LICENSE and 97 small .js/.d.ts/.map/.json files per
package (100 files per package, so N=100000 gives 1000 packages), plus the
directories. Names and contents come from a seeded PRNG, so the same N and
MTIME always give the same bytes. Contents are 100 B .. 4 KiB of JS-like
text (no secrets). Used by bench/scale-images.sh.
"""

import io
import json
import random
import sys
import tarfile

SYLLABLES = ["ab", "ac", "al", "an", "ar", "ba", "be", "bo", "ca", "co", "da",
             "de", "di", "do", "el", "en", "er", "es", "fa", "fi", "fo", "ga",
             "ha", "he", "in", "is", "ja", "ka", "la", "le", "li", "lo", "ma",
             "me", "mi", "mo", "na", "ne", "no", "or", "pa", "pe", "po", "ra",
             "re", "ri", "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to",
             "un", "va", "ve", "vi", "xo", "ya", "ze", "zo"]
DIRS = ["lib", "dist", "src", "lib/utils", "dist/esm", "dist/cjs", "types", "lib/internal"]
STEMS = ["index", "utils", "parse", "format", "stream", "buffer", "errors", "config",
         "client", "server", "request", "response", "cache", "hash", "encode", "decode",
         "path", "url", "events", "queue", "timer", "logger", "validate", "schema"]
EXTS = [".js", ".js", ".js", ".mjs", ".cjs", ".d.ts", ".js.map", ".json"]
LINES = [
    "'use strict';",
    "const {{ {a} }} = require('./{b}');",
    "function {a}({b}, options = {{}}) {{",
    "  if (!{b}) throw new TypeError('{a}: {b} is required');",
    "  return {b}.map((x) => x + {n});",
    "}}",
    "module.exports.{a} = {a};",
    "export function {a}({b}) {{ return {b} * {n}; }}",
    "// {a}: see https://example.com/{b}/docs",
    "const {a}Default = {{ retries: {n}, timeout: {n}000 }};",
    "/** @param {{string}} {b} */",
]


def word(rng, lo=2, hi=4):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))


def text(rng, size):
    out, n = [], 0
    while n < size:
        line = rng.choice(LINES).format(a=word(rng), b=word(rng, 1, 3), n=rng.randint(1, 99))
        out.append(line)
        n += len(line) + 1
    return ("\n".join(out) + "\n").encode()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    mtime = int(sys.argv[3]) if len(sys.argv) > 3 else 1700000000
    rng = random.Random(20261125)
    per_pkg = 100
    seen_dirs = set()

    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
        def add_dir(path):
            parts = path.split("/")
            for i in range(1, len(parts) + 1):
                d = "/".join(parts[:i])
                if d not in seen_dirs:
                    seen_dirs.add(d)
                    ti = tarfile.TarInfo(d)
                    ti.type, ti.mode, ti.mtime = tarfile.DIRTYPE, 0o755, mtime
                    tar.addfile(ti)

        def add_file(path, data):
            add_dir(path.rsplit("/", 1)[0])
            ti = tarfile.TarInfo(path)
            ti.size, ti.mode, ti.mtime = len(data), 0o644, mtime
            tar.addfile(ti, io.BytesIO(data))

        names, written, pkg = set(), 0, 0
        while written < total:
            name = word(rng)
            if rng.random() < 0.15:
                name = "@" + word(rng, 1, 2) + "/" + name
            if name in names:
                continue
            names.add(name)
            base = f"app/node_modules/{name}"
            version = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
            manifest = {"name": name, "version": version, "main": "lib/index.js",
                        "license": "MIT", "description": f"{word(rng)} {word(rng)}"}
            add_file(f"{base}/package.json", (json.dumps(manifest, indent=2) + "\n").encode())
            add_file(f"{base}/README.md", f"# {name}\n\n{word(rng)} {word(rng)}\n".encode())
            add_file(f"{base}/LICENSE", b"MIT License\n\nPermission is hereby granted...\n")
            written += 3
            used = set()
            for _ in range(min(per_pkg - 3, total - written)):
                while True:
                    p = f"{base}/{rng.choice(DIRS)}/{rng.choice(STEMS)}-{word(rng, 1, 2)}{rng.choice(EXTS)}"
                    if p not in used:
                        break
                used.add(p)
                add_file(p, text(rng, rng.randint(100, 4096)))
                written += 1
            pkg += 1
    print(f"{out}: {written} files in {pkg} packages, {len(seen_dirs)} directories", file=sys.stderr)


if __name__ == "__main__":
    main()
