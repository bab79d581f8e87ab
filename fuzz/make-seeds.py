#!/usr/bin/env python3
"""Build the seed corpora of the fuzz targets under fuzz/corpus/<target>/.

Seeds are small inputs made from real files: the real test images
(tests/images/build.sh, $IMAGEGATE_IMAGES, default <repo>/target/test-images)
and the shared corpus ($IMAGEGATE_CORPUS, default <repo>/../shared/corpus:
OSV records, package databases, version vectors). Images are far too large to
be seeds, so the image and layer seeds are rebuilt small: real configs,
manifests and indexes with tiny layers holding real files (os-release, the
dpkg status, a wheel's METADATA, a package.json, a Go binary's build info, a
Rust binary's cargo-auditable section, the planted fake secrets), digests
recomputed. Seeds are never committed (fuzz/.gitignore).

Usage: fuzz/make-seeds.py   (needs python3 and the zstd command; about 30 s)
"""

import gzip
import hashlib
import io
import json
import os
import re
import struct
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
REPO = FUZZ.parent
IMAGES = Path(os.environ.get("IMAGEGATE_IMAGES", REPO / "target/test-images"))
CORPUS = Path(os.environ.get("IMAGEGATE_CORPUS", REPO.parent / "shared/corpus"))
OUT = FUZZ / "corpus"
MTIME = 1_700_000_000

counts = {}


def seed(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)
    counts[target] = counts.get(target, 0) + 1


def sha(b):
    return hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------- real files


def blob(layout, digest):
    return (layout / "blobs/sha256" / digest.split(":", 1)[1]).read_bytes()


def oci_image(name):
    """(manifest, config) of the first image of an OCI layout."""
    layout = IMAGES / f"{name}-oci"
    index = json.loads((layout / "index.json").read_text())
    manifest = json.loads(blob(layout, index["manifests"][0]["digest"]))
    config = json.loads(blob(layout, manifest["config"]["digest"]))
    return layout, manifest, config


def layer_files(name, layer_no, wanted):
    """Regular files of one layer whose path matches `wanted` (a regex):
    {path: (bytes, mode)}, the first of each path."""
    layout, manifest, _ = oci_image(name)
    desc = manifest["layers"][layer_no]
    path = layout / "blobs/sha256" / desc["digest"].split(":", 1)[1]
    out = {}
    with open(path, "rb") as raw:
        with tarfile.open(fileobj=raw, mode="r|gz") as t:
            for m in t:
                p = m.name.lstrip("./")
                if m.isfile() and p not in out and re.search(wanted, p):
                    out[p] = (t.extractfile(m).read(), m.mode)
    return out


def real_layer(name, layer_no):
    layout, manifest, _ = oci_image(name)
    return blob(layout, manifest["layers"][layer_no]["digest"])


def go_window(binary):
    """ELF header + 4 KiB from the Go build-info magic on (Go 1.18+ keeps the
    version and module info inline after the header)."""
    at = binary.find(b"\xff Go buildinf:")
    return binary[:64] + b"\0" * 64 + binary[at : at + 4096] if at >= 0 else None


def elf_section(binary, wanted):
    """The bytes of an ELF64 little-endian section, by name."""
    shoff, = struct.unpack_from("<Q", binary, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", binary, 0x3A)
    def sh(i):
        return struct.unpack_from("<IIQQQQ", binary, shoff + i * shentsize)
    names = sh(shstrndx)
    for i in range(shnum):
        name_off, _, _, _, off, size = sh(i)
        start = names[4] + name_off
        name = binary[start : binary.index(b"\0", start)].decode()
        if name == wanted:
            return binary[off : off + size]
    return None


# ------------------------------------------------------------ tiny images


def tar_bytes(files, dirs=()):
    """An uncompressed tar: dirs, then files given as (path, bytes, mode)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for d in dirs:
            ti = tarfile.TarInfo(d)
            ti.type, ti.mode, ti.mtime = tarfile.DIRTYPE, 0o755, MTIME
            t.addfile(ti)
        for path, data, mode in files:
            ti = tarfile.TarInfo(path)
            ti.size, ti.mode, ti.mtime = len(data), mode, MTIME
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def compress(raw, how):
    if how == "gzip":
        return gzip.compress(raw, mtime=0)
    if how == "zstd":
        return subprocess.run(["zstd", "-q", "-c", "-3"], input=raw, capture_output=True, check=True).stdout
    return raw


MEDIA = {
    "gzip": "application/vnd.oci.image.layer.v1.tar+gzip",
    "zstd": "application/vnd.oci.image.layer.v1.tar+zstd",
    "none": "application/vnd.oci.image.layer.v1.tar",
}


def oci_archive(config, manifest, layers, how, tag):
    """An OCI archive of the real config and manifest with these raw layers."""
    config = json.loads(json.dumps(config))
    config["rootfs"]["diff_ids"] = ["sha256:" + sha(l) for l in layers]
    config["history"] = config.get("history", [])[: len(layers)]
    cfg = json.dumps(config, separators=(",", ":")).encode()
    blobs = {sha(cfg): cfg}
    man = json.loads(json.dumps(manifest))
    man["config"] = {"mediaType": man["config"]["mediaType"], "digest": "sha256:" + sha(cfg), "size": len(cfg)}
    man["layers"] = []
    for l in layers:
        b = compress(l, how)
        blobs[sha(b)] = b
        man["layers"].append({"mediaType": MEDIA[how], "digest": "sha256:" + sha(b), "size": len(b)})
    mb = json.dumps(man, separators=(",", ":")).encode()
    blobs[sha(mb)] = mb
    index = {
        "schemaVersion": 2,
        "manifests": [{
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "digest": "sha256:" + sha(mb),
            "size": len(mb),
            "annotations": {"org.opencontainers.image.ref.name": tag},
        }],
    }
    files = [("oci-layout", b'{"imageLayoutVersion":"1.0.0"}', 0o644),
             ("index.json", json.dumps(index).encode(), 0o644)]
    files += [(f"blobs/sha256/{h}", b, 0o644) for h, b in blobs.items()]
    return tar_bytes(files, dirs=["blobs/", "blobs/sha256/"])


def docker_archive(config, layers, tag):
    """A docker-archive (Docker 25+ layout: blobs/sha256, uncompressed layers)."""
    config = json.loads(json.dumps(config))
    config["rootfs"]["diff_ids"] = ["sha256:" + sha(l) for l in layers]
    config["history"] = config.get("history", [])[: len(layers)]
    cfg = json.dumps(config, separators=(",", ":")).encode()
    manifest = [{
        "Config": f"blobs/sha256/{sha(cfg)}",
        "RepoTags": [tag],
        "Layers": [f"blobs/sha256/{sha(l)}" for l in layers],
    }]
    files = [("manifest.json", json.dumps(manifest).encode(), 0o644),
             (f"blobs/sha256/{sha(cfg)}", cfg, 0o644)]
    files += [(f"blobs/sha256/{sha(l)}", l, 0o644) for l in layers]
    return tar_bytes(files, dirs=["blobs/", "blobs/sha256/"])


# ------------------------------------------------------------------ seeds


def main():
    if not (IMAGES / "bookworm-oci").is_dir():
        sys.exit(f"no test images in {IMAGES}: build them with tests/images/build.sh (or set IMAGEGATE_IMAGES)")
    if not (CORPUS / "osv").is_dir():
        sys.exit(f"no corpus in {CORPUS} (set IMAGEGATE_CORPUS)")

    base = layer_files("bookworm", 0, r"^(etc/os-release|usr/lib/os-release|var/lib/dpkg/status)$")
    os_release = base.get("usr/lib/os-release", base.get("etc/os-release"))[0]
    status = base["var/lib/dpkg/status"][0]
    # The first dozen packages: a real status file, small.
    status = b"\n\n".join(status.split(b"\n\n")[:12]) + b"\n"
    py = layer_files("python", 1, r"dist-info/METADATA$")
    metadata_path, (metadata, _) = sorted(py.items())[0]
    node = layer_files("node", 1, r"^app/(package\.json|node_modules/(express|lodash)/package\.json)$")
    go = layer_files("go", 1, r"^(usr/local/bin/esbuild|opt/app/lib/.*\.jar)$")
    esbuild = go["usr/local/bin/esbuild"][0]
    jar_path, (jar, _) = next((p, v) for p, v in go.items() if p.endswith(".jar"))
    rust = layer_files("rust", 1, r"^usr/local/bin/")
    rust_bin = next(iter(rust.values()))[0]
    secrets = layer_files("secrets", 1, r".")

    gowin = go_window(esbuild)
    dep = elf_section(rust_bin, ".dep-v0")
    rustwin = rust_bin[:64] + b"\0" * 64 + dep + b"\0" * 64
    # A small jar: the real jar's manifest and Maven metadata, and the same
    # again as a nested jar (Spring Boot style).
    with zipfile.ZipFile(io.BytesIO(jar)) as z:
        keep = {n: z.read(n) for n in z.namelist() if n.startswith("META-INF/") and not n.endswith("/")}
    small = io.BytesIO()
    with zipfile.ZipFile(small, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in keep.items():
            z.writestr(n, b)
    nested = io.BytesIO()
    with zipfile.ZipFile(nested, "w", zipfile.ZIP_STORED) as z:
        z.writestr("META-INF/MANIFEST.MF", keep.get("META-INF/MANIFEST.MF", b"Manifest-Version: 1.0\n"))
        z.writestr("BOOT-INF/lib/" + jar_path.rsplit("/", 1)[-1], small.getvalue())
    small_jar, nested_jar = small.getvalue(), nested.getvalue()

    # ---- binary
    seed("binary", "go-esbuild", b"\0" + gowin)
    seed("binary", "rust-auditable", b"\0" + rustwin)
    seed("binary", "jar-small", b"\1" + small_jar)
    seed("binary", "jar-nested", b"\1" + nested_jar)

    # ---- inventory (first byte: parser)
    seed("inventory", "dpkg-bookworm", b"\0" + status)
    seed("inventory", "dpkg-corpus", b"\0" + (CORPUS / "pkgdb/dpkg/status").read_bytes())
    seed("inventory", "apk-corpus", b"\1" + (CORPUS / "pkgdb/apk/installed").read_bytes()[:8192])
    seed("inventory", "rpm-bdb", b"\2" + (CORPUS / "pkgdb/rpm/Packages_epoch").read_bytes())
    seed("inventory", "rpm-sqlite", b"\2" + (REPO / "tests/data/rpm/rpmdb.sqlite").read_bytes())
    seed("inventory", "rpm-ndb", b"\2" + (REPO / "tests/data/rpm/Packages.db").read_bytes())
    seed("inventory", "python-metadata", b"\3" + metadata)
    for p, (b, _) in node.items():
        seed("inventory", "npm-" + p.replace("/", "_"), b"\4" + b)
    seed("inventory", "ruby-gemspec", b"\5" + b'Gem::Specification.new do |s|\n  s.name = "rack"\n  s.version = "2.2.8"\nend\n')
    seed("inventory", "php-installed", b"\6" + json.dumps({"packages": [{"name": "monolog/monolog", "version": "2.9.1"}]}).encode())
    seed("inventory", "dotnet-deps", b"\7" + json.dumps({"targets": {".NETCoreApp,Version=v8.0": {}}, "libraries": {"Newtonsoft.Json/13.0.1": {"type": "package"}}}).encode())
    seed("inventory", "os-release", b"\x08" + os_release)

    # ---- layers: tiny layers of real files, in every compression
    files = [
        ("etc/os-release", os_release, 0o644),
        ("var/lib/dpkg/status", status, 0o644),
        ("usr/local/lib/python3.11/dist-packages/" + metadata_path.split("/")[-2] + "/METADATA", metadata, 0o644),
        ("usr/local/bin/app", gowin, 0o755),
        ("usr/local/bin/rust-app", rustwin, 0o755),
        ("opt/app/lib/app.jar", small_jar, 0o644),
    ] + [(p, b, 0o644) for p, (b, _) in node.items()]
    raw = tar_bytes(files, dirs=["etc/", "var/", "var/lib/", "var/lib/dpkg/", "usr/", "app/"])
    secret_layer = tar_bytes([(p, b, m) for p, (b, m) in secrets.items()])
    for how in ("none", "gzip", "zstd"):
        seed("layer", f"tiny-{how}", compress(raw, how))
    seed("layer", "secrets-real-gzip", real_layer("secrets", 1))
    seed("layer", "multilayer-1-real-gzip", real_layer("multilayer", 1))
    seed("layer", "multilayer-2-real-whiteouts", real_layer("multilayer", 2))
    seed("layer", "go-jar-nested", tar_bytes([("app/app.jar", nested_jar, 0o644)]))

    # ---- images: real configs and manifests, tiny layers
    _, manifest, config = oci_image("bookworm")
    _, _, mconfig = oci_image("multilayer")
    whiteouts = gzip.decompress(real_layer("multilayer", 2))
    added = gzip.decompress(real_layer("multilayer", 1))
    seed("image", "oci-gzip", oci_archive(config, manifest, [raw], "gzip", "bookworm"))
    seed("image", "oci-zstd", oci_archive(config, manifest, [raw], "zstd", "bookworm"))
    seed("image", "oci-uncompressed-3-layers", oci_archive(mconfig, manifest, [raw, added, whiteouts], "none", "multi"))
    seed("image", "docker-3-layers", docker_archive(mconfig, [raw, added, whiteouts], "docker.io/imagegate-test/multi:v1"))
    seed("image", "docker-secrets", docker_archive(config, [secret_layer], "docker.io/imagegate-test/secrets:latest"))

    # ---- OSV records: a few of each source file, with ranges
    osv_lines = []
    for f in sorted((CORPUS / "osv").glob("*.jsonl")):
        with open(f, "rb") as fh:
            n = 0
            for line in fh:
                if b'"ranges"' in line and len(line) < 6000:
                    seed("osv", f"{f.stem}-{n}", line.strip())
                    osv_lines.append(line.strip())
                    n += 1
                    if n == 6:
                        break

    # ---- vulndb: a real DB built from those records, and an all.zip
    jsonl = OUT / "records.jsonl.tmp"
    jsonl.write_bytes(b"\n".join(osv_lines) + b"\n")
    host = os.environ.get("IMAGEGATE_HOST", str(REPO / "target/release/imagegate"))
    db = OUT / "db.tmp"
    try:
        subprocess.run([host, "db", "build", "--from", str(jsonl), "-o", str(db), "--build-time", "2026-01-01T00:00:00Z"],
                       check=True, capture_output=True)
        seed("vulndb", "db-small", b"\0" + db.read_bytes())
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"note: no DB seed ({host}: {e}); set IMAGEGATE_HOST to a built host", file=sys.stderr)
    finally:
        jsonl.unlink(missing_ok=True)
        db.unlink(missing_ok=True)
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, line in enumerate(osv_lines[:6]):
            zf.writestr(f"REC-{i}.json", line)
    seed("vulndb", "all-zip", b"\1" + z.getvalue())

    # ---- policies: the test cases' policies and the README's example
    for f in sorted((REPO / "tests/cases").glob("*.toml")):
        case = tomllib.loads(f.read_text())
        if isinstance(case.get("policy"), str):
            seed("policy", f.stem, case["policy"].encode())
    readme = (REPO / "README.md").read_text()
    m = re.search(r"### Example `imagegate.toml`\n.*?```toml\n(.*?)```", readme, re.S)
    if m:
        seed("policy", "readme-example", m.group(1).encode())

    # ---- secrets: the planted fake secrets' files, with every mode
    for p, (b, _) in sorted(secrets.items()):
        name = p.replace("/", "_")
        seed("secrets", f"file-{name}", b"\0" + b)
        seed("secrets", f"text-{name}", b"\1" + b)
        seed("secrets", f"boundary-{name}", b"\x02" + b)
        seed("secrets", f"pieces-{name}", b"\x28" + b)
    seed("secrets", "custom-rule", b"\x04" + rb"token_(?P<secret>[a-z0-9]{16})" + b"\ntoken_\nAPI=token_0123456789abcdef\n")

    # ---- versions: vectors of each scheme (index as in the harness)
    schemes = ["debian", "alpine", "redhat", "pypi", "semver", None, "maven", "rubygems", "nuget", "packagist"]
    for i, s in enumerate(schemes):
        src = CORPUS / "versions" / f"{s or 'semver'}-versions.txt"
        lines = [l for l in src.read_text().splitlines() if l and not l.startswith(("# ", "// "))]
        for j, l in enumerate(lines[:: max(1, len(lines) // 12)][:12]):
            parts = l.split(" ")
            if len(parts) == 3:
                a, b = parts[0], parts[2]
                if s is None:
                    a, b = "v" + a, "v" + b
                seed("version", f"{s or 'go'}-{j}", bytes([i]) + a.encode() + b"\0" + b.encode())

    for t, n in sorted(counts.items()):
        print(f"{t:10} {n:3} seeds")


if __name__ == "__main__":
    main()
