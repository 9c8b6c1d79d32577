#!/usr/bin/env bash
# Copy-a-disc benchmark: spindle-cli read of a >= 1 GB virtual disc against `dd bs=1M` of the
# same file (and against dd piped into sha256sum, since Spindle hashes while reading), in the
# same run, with warm caches for both. Prints throughput ratios and Spindle's peak memory.
# Usage: tests/benchmarks/bench_read.sh [SIZE_MB] (default 1024). Not run by ctest: too slow.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cli="$root/build/bin/spindle-cli"
size_mb=${1:-1024}
work=$(mktemp -d "${TMPDIR:-/tmp}/spindle-bench-read.XXXXXX")
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src"
head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$work/src/payload.bin"
xorriso -as mkisofs -quiet -V BENCH -o "$work/disc.iso" "$work/src" 2>/dev/null
rm -rf "$work/src"
bytes=$(stat -c %s "$work/disc.iso")
cat "$work/disc.iso" >/dev/null # warm the page cache for every contender alike

seconds() { # runs "$@", prints wall seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
best() { # best of 3 runs of "$@"
    local b=999999 t
    for _ in 1 2 3; do
        t=$(seconds "$@")
        b=$(echo "if ($t < $b) $t else $b" | bc -l)
        rm -f "$work"/out*
    done
    echo "$b"
}

t_dd=$(best dd if="$work/disc.iso" of="$work/out.dd" bs=1M)
# Spindle flushes the image to the disk before it renames it (a finished copy must survive a
# power cut); dd with conv=fsync does the same work, so both ratios are printed.
t_ddsync=$(best dd if="$work/disc.iso" of="$work/out.ddsync" bs=1M conv=fsync)
t_ddsha=$(best bash -c "dd if='$work/disc.iso' bs=1M | tee '$work/out.ddsha' | sha256sum")
t_none=$(best "$cli" read --drive "stdio:$work/disc.iso" --output "$work/out.none.iso" --checksum none --progress none)
t_sha=$(best "$cli" read --drive "stdio:$work/disc.iso" --output "$work/out.sha.iso" --progress none)
/usr/bin/time -o "$work/mem.txt" -f '%M' "$cli" read --drive "stdio:$work/disc.iso" --output "$work/out.mem.iso" --progress none >/dev/null 2>&1
peak_kb=$(tail -1 "$work/mem.txt")
rm -f "$work"/out*

mbps() { echo "scale=0; $bytes / $1 / 1000000" | bc -l; }
ratio() { echo "scale=2; $1 / $2" | bc -l; }
printf 'Image: %d MB (%d bytes), %s, %d cores\n' "$((bytes / 1000000))" "$bytes" "$(uname -m)" "$(nproc)"
printf '%-38s %8s %10s %8s\n' "contender" "seconds" "MB/s" "ratio"
printf '%-38s %8.2f %10s %8s\n' "dd bs=1M" "$t_dd" "$(mbps "$t_dd")" "1.00"
printf '%-38s %8.2f %10s %8s\n' "dd bs=1M conv=fsync" "$t_ddsync" "$(mbps "$t_ddsync")" "$(ratio "$t_dd" "$t_ddsync")"
printf '%-38s %8.2f %10s %8s\n' "spindle-cli read --checksum none" "$t_none" "$(mbps "$t_none")" "$(ratio "$t_dd" "$t_none")"
printf '%-38s %8s %10s %8s\n' "  ... against dd conv=fsync" "" "" "$(ratio "$t_ddsync" "$t_none")"
printf '%-38s %8.2f %10s %8s\n' "dd bs=1M | tee | sha256sum" "$t_ddsha" "$(mbps "$t_ddsha")" "1.00"
printf '%-38s %8.2f %10s %8s\n' "spindle-cli read (SHA-256)" "$t_sha" "$(mbps "$t_sha")" "$(ratio "$t_ddsha" "$t_sha")"
printf 'Peak memory of spindle-cli read: %d MiB (target: at most 64 MiB)\n' "$((peak_kb / 1024))"
printf 'Target: >= 0.95x dd. Spindle fsyncs the image before renaming it, so dd conv=fsync is the same work.\n'
