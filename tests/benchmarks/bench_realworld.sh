#!/usr/bin/env bash
# Benchmark on a real-world tree (issue 18). Not run by ctest.
# The fixture is what any Debian machine has: a folder (default /usr/share, ~70,000 entries)
# and an image xorriso makes of it. Each case runs Spindle and xorriso as interleaved pairs
# (odd pairs start with xorriso, even ones with Spindle) and reports the median and the spread
# of the wall time and the peak memory (GNU time -v) of each:
#   trim    image minus /locale and /doc: spindle-cli build --exclude ... --output
#           vs xorriso -indev SRC -outdev OUT -joliet on -rm_r ... -- -commit
#           (targets: <= 0.9x xorriso's time, <= xorriso's peak memory)
#   build   the folder: spindle-cli build FOLDER vs xorriso -as mkisofs -R -J
#           (targets: < 1.0x xorriso's time, <= 1.2x its memory)
#   load    the GUI's tree load (tests/spindle_bench_treeload IMAGE, built with the tests: the
#           tree New Image reads when an image is opened, and the model over it)
#           vs xorriso -indev IMAGE (xorriso reads the image's tree and stops)
#   list    spindle-cli ls --long IMAGE vs xorriso -indev IMAGE -find / -exec lsdl
#   extract /doc: spindle-cli extract IMAGE /doc vs xorriso -osirrox on -extract /doc
#
# Usage: tests/benchmarks/bench_realworld.sh [SPINDLE_CLI] [TREE] [PAIRS]
#   SPINDLE_CLI  default build/bin/spindle-cli
#   TREE         default /usr/share (its /locale and /doc are what the trim leaves out)
#   PAIRS        interleaved pairs per case (default 5)
#   WORKDIR=DIR  where the fixture goes (default a new /var/tmp/spindle-bench.*; needs about
#                3x the tree's size free). Removed at exit.
# Quick check: tests/benchmarks/bench_realworld.sh build/bin/spindle-cli /usr/share/doc 3
set -euo pipefail
CLI=$(realpath "${1:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin/spindle-cli}")
TREE=$(realpath "${2:-/usr/share}")
PAIRS=${3:-5}
WORK=${WORKDIR:-$(mktemp -d /var/tmp/spindle-bench.XXXXXX)}
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
[ -x "$CLI" ] || { echo "no spindle-cli at $CLI" >&2; exit 1; }
command -v xorriso >/dev/null || { echo "install xorriso" >&2; exit 1; }
. "$(dirname "$0")/lib.sh"
bench_case() { # NAME TARGET_TIME TARGET_MEM SPINDLE_FN XORRISO_FN
    compare_pairs "$1" "$2" "$3" spindle "$4" xorriso "$5"
}

echo "== fixture: image of $TREE made by xorriso -as mkisofs -R -J"
SRC="$WORK/src.iso"
xorriso -as mkisofs -quiet -R -J -joliet-long -o "$SRC" "$TREE" >/dev/null 2>&1
echo "$(find "$TREE" | wc -l) entries, image $(stat -c %s "$SRC" | awk '{printf "%.2f GB", $1/1e9}')," \
    "$PAIRS interleaved pairs per case; median (min-max)"
cat "$SRC" >/dev/null # the same warm cache for both
DROP=()
RMS=()
for d in /locale /doc; do
    [ -d "$TREE$d" ] && DROP+=(--exclude "$d") && RMS+=("$d")
done

trim_spindle() {
    measure "$CLI" build "$SRC" "${DROP[@]}" --output "$WORK/s.iso" --progress none
    rm -f "$WORK/s.iso"
    sync
}
trim_xorriso() {
    # -joliet on: the same output as Spindle's, which keeps the source's Joliet tree; xorriso's
    # default drops it (less work: 2.3 s and 57 MiB instead of 2.9 s and 65 MiB here).
    measure xorriso -indev "$SRC" -outdev "$WORK/x.iso" -joliet on -rm_r "${RMS[@]}" -- -commit
    rm -f "$WORK/x.iso"
    sync
}
if [ ${#RMS[@]} -gt 0 ]; then
    bench_case "trim (minus ${RMS[*]})" 0.9 1.0 trim_spindle trim_xorriso
fi

build_spindle() {
    measure "$CLI" build "$TREE" --output "$WORK/s.iso" --progress none
    rm -f "$WORK/s.iso"
    sync
}
build_xorriso() {
    measure xorriso -as mkisofs -R -J -joliet-long -o "$WORK/x.iso" "$TREE"
    rm -f "$WORK/x.iso"
    sync
}
bench_case "build from the folder" 1.0 1.2 build_spindle build_xorriso

TREELOAD="$(dirname "$CLI")/../tests/spindle_bench_treeload"
if [ -x "$TREELOAD" ]; then
    load_spindle() { measure "$TREELOAD" "$SRC"; }
    load_xorriso() { measure xorriso -indev "$SRC"; }
    bench_case "GUI tree load" "" "" load_spindle load_xorriso
else
    echo "GUI tree load: skipped (no $TREELOAD; build the tests with the GUI)"
fi

list_spindle() { measure "$CLI" ls --long "$SRC"; }
list_xorriso() { measure xorriso -indev "$SRC" -find / -exec lsdl --; }
bench_case "list the tree" "" "" list_spindle list_xorriso

if [ -d "$TREE/doc" ]; then
    extract_spindle() {
        measure "$CLI" extract "$SRC" /doc --output "$WORK/es" --progress none
        rm -rf "$WORK/es"
    }
    extract_xorriso() {
        measure xorriso -osirrox on -indev "$SRC" -extract /doc "$WORK/ex"
        chmod -R u+w "$WORK/ex" 2>/dev/null || true
        rm -rf "$WORK/ex"
    }
    bench_case "extract /doc" "" "" extract_spindle extract_xorriso
fi
