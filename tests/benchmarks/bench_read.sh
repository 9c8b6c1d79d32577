#!/usr/bin/env bash
# Copy-a-disc benchmark (issue 18): spindle-cli read of a virtual disc (a libburn stdio: drive
# over a >= 1 GB image file) against dd of the same file, as interleaved pairs, because single
# runs on a shared machine vary by 2x. Two comparisons doing the same work:
#   spindle-cli read --checksum none   vs  dd bs=1M conv=fsync
#       (Spindle flushes a finished image to the disk before it renames it; dd conv=fsync too)
#   spindle-cli read (SHA-256, the default)  vs  dd bs=1M | tee OUT | sha256sum, then sync OUT
#       (Spindle hashes what it reads; the pipe does the same checksum work)
# Odd pairs start with dd, even ones with Spindle; the median and spread (min-max) of the wall
# time and the peak memory (GNU time -v) of each are printed, and the ratio of the medians.
# Targets: read at least 0.95x dd's speed (time ratio <= 1.05), peak memory at most 64 MiB.
#
# Usage: tests/benchmarks/bench_read.sh [SIZE_MB] [PAIRS] [SPINDLE_CLI]
#   SIZE_MB      image size (default 1024)
#   PAIRS        interleaved pairs per comparison (default 9)
#   SPINDLE_CLI  default build/bin/spindle-cli
#   WORKDIR=DIR  where the image goes (default a new /var/tmp/spindle-bench.*; needs 3x SIZE_MB)
# Quick check: tests/benchmarks/bench_read.sh 64 3
set -euo pipefail
SIZE_MB=${1:-1024}
PAIRS=${2:-9}
CLI=$(realpath "${3:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin/spindle-cli}")
WORK=${WORKDIR:-$(mktemp -d /var/tmp/spindle-bench.XXXXXX)}
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
[ -x "$CLI" ] || { echo "no spindle-cli at $CLI" >&2; exit 1; }
. "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/src"
head -c "$((SIZE_MB * 1024 * 1024))" /dev/urandom >"$WORK/src/payload.bin"
xorriso -as mkisofs -quiet -V BENCH -o "$WORK/disc.iso" "$WORK/src" 2>/dev/null
rm -rf "$WORK/src"
BYTES=$(stat -c %s "$WORK/disc.iso")
SUM=$(sha256sum "$WORK/disc.iso" | cut -d' ' -f1)
cat "$WORK/disc.iso" >/dev/null # warm the page cache for every contender alike
echo "== virtual disc of $((BYTES / 1000000)) MB, $(nproc) cores, $PAIRS interleaved pairs; median (min-max)"

# Every contender's output is checked, so a fast wrong copy cannot win.
check_out() {
    [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$SUM" ] || { echo "$1 differs from the disc" >&2; exit 1; }
    rm -f "$1" "$1".*
    sync
}
read_plain() {
    measure "$CLI" read --drive "stdio:$WORK/disc.iso" --output "$WORK/s.iso" --checksum none --progress none
    check_out "$WORK/s.iso"
}
dd_fsync() {
    measure dd if="$WORK/disc.iso" of="$WORK/d.iso" bs=1M conv=fsync
    check_out "$WORK/d.iso"
}
read_sha() {
    measure "$CLI" read --drive "stdio:$WORK/disc.iso" --output "$WORK/s.iso" --progress none
    check_out "$WORK/s.iso"
}
dd_sha() {
    measure bash -c "dd if='$WORK/disc.iso' bs=1M | tee '$WORK/d.iso' | sha256sum >/dev/null && sync '$WORK/d.iso'"
    check_out "$WORK/d.iso"
}
compare_pairs "read, no checksum" 1.05 "" "spindle" read_plain "dd conv=fsync" dd_fsync
compare_pairs "read with SHA-256" 1.05 "" "spindle" read_sha "dd | sha256sum" dd_sha
echo "Memory target for spindle-cli read: at most 64 MiB (its median above)."
