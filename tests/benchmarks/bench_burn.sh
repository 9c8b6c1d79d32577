#!/usr/bin/env bash
# Burn throughput to a virtual drive: spindle-cli burn against cp of the same image and
# xorriso -as cdrecord with its default 4 MiB FIFO, in the same run on the same disk.
# Not run by ctest (too slow). Usage: tests/benchmarks/bench_burn.sh [SIZE_MB] [BUILD_DIR]
# Targets (issue 4): >= 0.9x cp, >= 5x xorriso's default.
set -euo pipefail
SIZE_MB=${1:-1024}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${2:-$ROOT/build}
CLI=$BUILD/bin/spindle-cli
[ -x "$CLI" ] || { echo "build spindle-cli first ($CLI)"; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/var/tmp}/bench_burn.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "== making a ${SIZE_MB} MB image (random files, xorriso)"
mkdir -p "$WORK/root"
files=$(( (SIZE_MB + 127) / 128 ))
for i in $(seq 1 "$files"); do
  head -c $((128 * 1024 * 1024)) /dev/urandom > "$WORK/root/file$i.bin"
done
xorriso -as mkisofs -quiet -V BENCH_BURN -o "$WORK/image.iso" "$WORK/root" 2>/dev/null
rm -rf "$WORK/root"
IMAGE=$WORK/image.iso
BYTES=$(stat -c %s "$IMAGE")
cat "$IMAGE" > /dev/null # warm the page cache so every method reads from memory

now() { date +%s.%N; }
best=()
measure() { # name command...
  local name=$1; shift
  local fastest=""
  for run in 1 2 3; do
    rm -f "$WORK/target.iso"; sync
    local t0 t1 secs
    t0=$(now); "$@" > /dev/null 2>&1; t1=$(now)
    secs=$(awk "BEGIN{print $t1 - $t0}")
    if [ -z "$fastest" ] || awk "BEGIN{exit !($secs < $fastest)}"; then fastest=$secs; fi
  done
  if [ "$name" != dd-32k-zeros ]; then
    cmp -s "$IMAGE" <(head -c "$BYTES" "$WORK/target.iso") || { echo "$name: target differs from the image"; exit 1; }
  fi
  best+=("$name=$fastest")
}

measure "cp" cp "$IMAGE" "$WORK/target.iso"
measure "cp+sync" sh -c "cp '$IMAGE' '$WORK/target.iso' && sync '$WORK/target.iso'"
# cp copies inside the kernel (copy_file_range) and does not flush; a burn goes through
# libburn's writer in user space and ends with one fsync. dd shows what a user-space copy
# costs, with and without that flush.
measure "dd-1M" dd if="$IMAGE" of="$WORK/target.iso" bs=1M
measure "dd-1M-fsync" dd if="$IMAGE" of="$WORK/target.iso" bs=1M conv=fsync
# libburn's stdio writer issues one write() per 32 KiB whatever the options (write.c sets
# obs = 32 KiB for stdio). A bare loop of such writes, with nothing to read, is the fastest any
# burn through libburn can go on this disk.
measure "dd-32k-zeros" dd if=/dev/zero of="$WORK/target.iso" bs=32k count=$(( (BYTES + 32767) / 32768 ))
measure "xorriso-cdrecord" xorriso -as cdrecord dev=stdio:"$WORK/target.iso" "$IMAGE"
measure "spindle-cli" "$CLI" burn "$IMAGE" --drive stdio:"$WORK/target.iso" --progress none

get() { for kv in "${best[@]}"; do [ "${kv%%=*}" = "$1" ] && echo "${kv#*=}"; done; }
echo
echo "image: $BYTES bytes; $(nproc) CPUs; $(uname -r); target on $(df -T "$WORK" | awk 'NR==2{print $2}')"
printf "%-18s %10s %10s\n" method seconds MB/s
for kv in "${best[@]}"; do
  printf "%-18s %10.2f %10.0f\n" "${kv%%=*}" "${kv#*=}" "$(awk "BEGIN{print $BYTES / ${kv#*=} / 1000000}")"
done
sp=$(get spindle-cli)
echo
printf "spindle vs cp:               %.2fx (target >= 0.9x)\n" "$(awk "BEGIN{print $(get cp) / $sp}")"
printf "spindle vs cp+sync:          %.2fx\n" "$(awk "BEGIN{print $(get cp+sync) / $sp}")"
printf "spindle vs dd bs=1M conv=fsync: %.2fx\n" "$(awk "BEGIN{print $(get dd-1M-fsync) / $sp}")"
printf "32 KiB writes alone vs cp:   %.2fx (libburn's ceiling on this disk)\n" "$(awk "BEGIN{print $(get cp) / $(get dd-32k-zeros)}")"
printf "spindle vs xorriso default:  %.2fx (target >= 5x)\n" "$(awk "BEGIN{print $(get xorriso-cdrecord) / $sp}")"
