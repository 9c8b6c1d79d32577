#!/usr/bin/env bash
# Benchmark for "New image with files left out" (issue 5). Not run by ctest.
#   1. A ~2 GB image minus 25% of its files: spindle-cli build against
#      xorriso -indev SRC -outdev OUT -rm_r ... -- -commit, and against cp of the output size.
#      Target: spindle <= 0.9x xorriso's wall time.
#   2. A 100,000-file folder: spindle-cli build against xorriso -as mkisofs. Target <= 1.0x.
#   3. Peak memory of spindle-cli in both (GNU time -v). Target <= 256 MiB.
# Usage: tests/benchmarks/bench_build.sh [SPINDLE_CLI] [WORKDIR]  (needs ~7 GB free in WORKDIR)
set -euo pipefail
CLI=${1:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin/spindle-cli}
WORK=${2:-$(mktemp -d /var/tmp/spindle-bench.XXXXXX)}
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "install the 'time' package" >&2; exit 1; }

wall() { # prints seconds and peak RSS (KiB) of a command: "SECONDS KIB"
    local log="$WORK/time.log"
    "$TIME" -v -o "$log" "$@" >/dev/null 2>&1
    local s kib
    s=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    kib=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    echo "$s $kib"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "== fixture: ~2 GB image of 400 files (random data), made by xorriso"
SRC="$WORK/src"
mkdir -p "$SRC"
for d in $(seq 0 19); do
    mkdir -p "$SRC/dir$d"
    for f in $(seq 0 19); do
        head -c 5M /dev/urandom > "$SRC/dir$d/file$f.bin"
    done
done
xorriso -as mkisofs -R -J -V BENCH -o "$WORK/src.iso" "$SRC" >/dev/null 2>&1
rm -rf "$SRC"
ls -l "$WORK/src.iso" | awk '{printf "source image: %.2f GB\n", $5/1e9}'
# 25% of the files: dir0..dir4
EXCLUDES=() ; RMS=()
for d in 0 1 2 3 4; do EXCLUDES+=(--exclude "/dir$d"); RMS+=("/dir$d"); done
sync
cat "$WORK/src.iso" > /dev/null # same warm cache for everyone

read -r xs xk < <(wall xorriso -indev "$WORK/src.iso" -outdev "$WORK/xorriso.iso" -rm_r "${RMS[@]}" -- -commit)
read -r ss sk < <(wall "$CLI" build "$WORK/src.iso" "${EXCLUDES[@]}" --output "$WORK/spindle.iso" --progress none)
OUTSIZE=$(stat -c %s "$WORK/spindle.iso")
head -c "$OUTSIZE" "$WORK/src.iso" > "$WORK/cp-input"
sync
read -r cs ck < <(wall cp "$WORK/cp-input" "$WORK/cp-output")
echo "image minus 25%: spindle ${ss}s (peak ${sk} KiB), xorriso ${xs}s, cp of $OUTSIZE bytes ${cs}s"
echo "  spindle/xorriso = $(ratio "$ss" "$xs")x (target <= 0.9), spindle/cp = $(ratio "$ss" "$cs")x"
rm -f "$WORK"/*.iso "$WORK/cp-input" "$WORK/cp-output"

echo "== fixture: 100,000 small files in 100 folders"
MANY="$WORK/many"
python3 - "$MANY" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(100):
    p = os.path.join(root, f"dir{d}")
    os.makedirs(p)
    for f in range(1000):
        with open(os.path.join(p, f"file{f}.txt"), "w") as fh:
            fh.write(f"{d}/{f}\n")
PY
sync
read -r xs xk < <(wall xorriso -as mkisofs -R -J -o "$WORK/many-xorriso.iso" "$MANY")
read -r ss sk < <(wall "$CLI" build "$MANY" --output "$WORK/many-spindle.iso" --progress none)
echo "100,000 files: spindle ${ss}s (peak ${sk} KiB), xorriso -as mkisofs ${xs}s (peak ${xk} KiB)"
echo "  spindle/xorriso = $(ratio "$ss" "$xs")x (target <= 1.0)"
