#!/usr/bin/env python3
"""Compare a Trivy CycloneDX SBOM with an imagegate JSON report (used by sbom-compare.sh).

Usage: sbom_compare.py NAME TRIVY_CDX_JSON IMAGEGATE_JSON
Prints a Markdown section; exit 0, or 3 when Trivy lists a package imagegate does not.

Packages are compared as (ecosystem, name, version):
  ecosystem = purl type; name = purl namespace + name (golang/npm "/" joined, maven
  "group:artifact"), pypi names PEP 503-normalised; version = see below.
Trivy deb versions come in two forms: the CycloneDX `version` field and the purl
(version without epoch, epoch in the `epoch=` qualifier). Both are tried against
imagegate's `version`; the table uses the form that matches more.
"""
import json
import re
import sys
from collections import defaultdict
from urllib.parse import unquote


def parse_purl(p):
    if not p or not p.startswith("pkg:"):
        return None
    s = p[4:]
    s = s.split("#", 1)[0]
    quals = {}
    if "?" in s:
        s, q = s.split("?", 1)
        for kv in q.split("&"):
            if "=" in kv:
                k, v = kv.split("=", 1)
                quals[k.lower()] = unquote(v)
    version = None
    if "@" in s:
        s, version = s.rsplit("@", 1)
        version = unquote(version)
    parts = s.strip("/").split("/")
    ptype = parts[0].lower()
    name = unquote(parts[-1])
    ns = "/".join(unquote(x) for x in parts[1:-1])
    return {"type": ptype, "namespace": ns, "name": name, "version": version, "qualifiers": quals}


def full_name(pu):
    t, ns, n = pu["type"], pu["namespace"], pu["name"]
    if t == "maven":
        return f"{ns}:{n}" if ns else n
    if t == "pypi":
        return re.sub(r"[-_.]+", "-", n).lower()
    if t in ("deb", "apk", "rpm"):
        return n  # namespace is the vendor (debian, alpine, ...)
    return f"{ns}/{n}" if ns else n


def props(c):
    return {p.get("name"): p.get("value") for p in c.get("properties", [])}


def main():
    name, trivy_path, ig_path = sys.argv[1:4]
    cdx = json.load(open(trivy_path))
    ig = json.load(open(ig_path))

    # ---- Trivy
    trivy = defaultdict(dict)  # eco -> {(name): {versions...}}
    t_entries = []  # (eco, name, field_version, purl_version, purl_epoch_version, path)
    no_purl = []
    os_comp = []
    for c in cdx.get("components", []):
        if c.get("type") == "operating-system":
            os_comp.append(f'{c.get("name")} {c.get("version")}')
            continue
        if c.get("type") == "application" and not c.get("purl"):
            continue  # a file/dir that holds packages (e.g. a lock file, a Go binary)
        pu = parse_purl(c.get("purl"))
        pr = props(c)
        if not pu:
            no_purl.append(f'{c.get("type")} {c.get("name")}@{c.get("version")} ({pr.get("aquasecurity:trivy:PkgType", "?")})')
            continue
        pv = pu["version"] or ""
        ep = pu["qualifiers"].get("epoch")
        pev = f"{ep}:{pv}" if ep and ep != "0" else pv
        t_entries.append((pu["type"], full_name(pu), c.get("version") or "", pv, pev,
                          pr.get("aquasecurity:trivy:FilePath") or pr.get("aquasecurity:trivy:PkgType", "")))

    # ---- imagegate
    ig_set = set()
    ig_path_of = {}
    for p in ig.get("packages", []):
        pu = parse_purl(p.get("purl"))
        eco = p.get("ecosystem") or (pu and pu["type"]) or "?"
        nm = full_name(pu) if pu else p.get("name")
        if eco == "pypi":
            nm = re.sub(r"[-_.]+", "-", nm).lower()
        key = (eco, nm, p.get("version") or "")
        ig_set.add(key)
        ig_path_of.setdefault(key, p.get("path") or "")

    # ---- version form: which Trivy version form matches imagegate's version
    forms = {"cdx version field": 2, "purl version": 3, "purl version + epoch qualifier": 4}
    form_hits = {}
    for label, idx in forms.items():
        form_hits[label] = defaultdict(int)
        for e in t_entries:
            if (e[0], e[1], e[idx]) in ig_set:
                form_hits[label][e[0]] += 1
    t_set_by_form = {}
    for label, idx in forms.items():
        t_set_by_form[label] = {(e[0], e[1], e[idx]) for e in t_entries}
    best = max(forms, key=lambda l: (sum(form_hits[l].values()), -list(forms).index(l)))
    idx = forms[best]
    t_set = {(e[0], e[1], e[idx]) for e in t_entries}
    t_path_of = {}
    for e in t_entries:
        t_path_of.setdefault((e[0], e[1], e[idx]), e[5])

    ecos = sorted({k[0] for k in t_set} | {k[0] for k in ig_set})
    print()
    print(f"## {name}")
    print()
    print(f"Trivy OS: {', '.join(os_comp) or 'none'}; imagegate OS: "
          f"{(ig.get('os') or {}).get('pretty_name') or (ig.get('os') or {}).get('id') or ig.get('os')}")
    print()
    print("| ecosystem | trivy | imagegate | both | only trivy | only imagegate |")
    print("|---|---:|---:|---:|---:|---:|")
    tot = [0] * 5
    for eco in ecos:
        t = {k for k in t_set if k[0] == eco}
        g = {k for k in ig_set if k[0] == eco}
        row = [len(t), len(g), len(t & g), len(t - g), len(g - t)]
        tot = [a + b for a, b in zip(tot, row)]
        print(f"| {eco} | " + " | ".join(map(str, row)) + " |")
    print("| **total** | " + " | ".join(f"**{x}**" for x in tot) + " |")

    # version-form note (only where it makes a difference)
    differing = [e for e in t_entries if len({e[2], e[3], e[4]}) > 1]
    if differing:
        print()
        print(f"Version forms ({len(differing)} Trivy packages have differing forms, "
              f"e.g. {differing[0][1]}: field `{differing[0][2]}`, purl `{differing[0][3]}`, "
              f"purl+epoch `{differing[0][4]}`); matches with imagegate's `version`: "
              + "; ".join(f"{l}: {sum(form_hits[l].values())}" for l in forms)
              + f". Table uses: {best}.")

    def show(title, keys, path_of):
        if not keys:
            return
        print()
        print(f"{title} ({len(keys)}):")
        by = defaultdict(list)
        for k in sorted(keys):
            by[k[0]].append(k)
        for eco, ks in by.items():
            items = []
            for k in ks:
                pth = path_of.get(k, "")
                items.append(f"{k[1]}@{k[2] or '(no version)'}" + (f" ({pth})" if pth and eco not in ("deb", "apk", "rpm") else ""))
            print(f"- {eco}: " + ", ".join(items))

    only_t = t_set - ig_set
    only_g = ig_set - t_set
    show("Only Trivy", only_t, t_path_of)
    show("Only imagegate", only_g, ig_path_of)
    if no_purl:
        print()
        print(f"Trivy components without a purl ({len(no_purl)}): " + ", ".join(sorted(no_purl)))
    return 3 if only_t else 0


if __name__ == "__main__":
    sys.exit(main())
