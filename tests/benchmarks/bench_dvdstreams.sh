#!/usr/bin/env bash
# Benchmark for leaving out DVD-Video audio streams (issue 12). Not run by ctest.
# A DVD-Video of at least 1 GB (one title set, VTS_01_1.VOB + VTS_01_2.VOB) with three audio
# streams (English, French, English commentary), made as tests/support/dvdstreamsfixture.cpp's
# dvdLargeStreamsFixture() makes it: a 20-second clip (noisy video at 8 Mbit/s, three AC-3
# streams at 192 kbit/s) encoded once and given to dvdauthor COPIES times under distinct names.
#
# Measured twice, each time with the source, the copy and the image in the same folder:
#   on the disk (WORKDIR)  cp of the title VOBs, cp + sync of the copies, and the builds below.
#                          Spindle fsyncs a new image before it renames NAME.iso.part, so its
#                          time here is the disk's: the like-for-like reference is cp + sync.
#   in RAM (RAMDIR, a tmpfs; fsync costs nothing there), cp of the title VOBs and the builds:
#                          the work Spindle does against the work cp does, with no disk in it.
# The builds:
#   spindle-cli build DVD --output x.iso                   (the UDF writer alone, nothing left out)
#   spindle-cli build DVD --drop-audio 1:2,3 --output x.iso (the target's case)
#   spindle-cli build DVD --keep-audio en --output x.iso   (drops French only)
#   spindle-cli titles DVD --json                          (the size scan alone, for reference)
# Targets: the --drop-audio build at most 1.5x the time of cp in RAM and of cp + sync on the
# disk (medians), peak memory (GNU time's max RSS) under 64 MiB.
# Every timed command runs RUNS times, taking turns to go first; the median of each counts, the
# best is shown beside it. Right before each timed command, twice the VOBs' size is written to
# a file in RAM and removed: this VM's balloon driver hands memory freed for a few seconds back
# to the host (free page reporting), and the command that touches such pages first paid up to
# 3x the system time for the same write()s (a build took 0.7 s to 3.4 s in a row). With the
# pages just touched, every command starts from the same memory.
#
# Usage: tests/benchmarks/bench_dvdstreams.sh [SPINDLE_CLI] [COPIES] [RUNS]
#   SPINDLE_CLI  default build/bin/spindle-cli
#   COPIES       clips in the title (default 52: 1.14 GB of VOBs)
#   RUNS         repetitions of each timed command (default 9)
#   WORKDIR=DIR  in the environment: the disk folder (default a new /var/tmp/spindle-bench.*;
#                needs about 4x 1.2 GB free). Removed at exit.
#   RAMDIR=DIR   a folder on a tmpfs (default a new /dev/shm/spindle-bench.*; needs 4.6 GB);
#                RAMDIR=none skips the RAM part and the fresh pages. Removed at exit.
# Quick check: tests/benchmarks/bench_dvdstreams.sh build/bin/spindle-cli 4 1
set -euo pipefail
CLI=$(realpath "${1:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin/spindle-cli}")
COPIES=${2:-52}
RUNS=${3:-9}
WORK=${WORKDIR:-$(mktemp -d /var/tmp/spindle-bench.XXXXXX)}
mkdir -p "$WORK"
RAM=${RAMDIR:-}
if [ -z "$RAM" ] && [ -d /dev/shm ]; then
    RAM=$(mktemp -d /dev/shm/spindle-bench.XXXXXX)
fi
trap 'rm -rf "$WORK"; if [ -n "$RAM" ] && [ "$RAM" != none ]; then rm -rf "$RAM"; fi' EXIT
[ -x "$CLI" ] || { echo "no spindle-cli at $CLI" >&2; exit 1; }
. "$(dirname "$0")/lib.sh"
for tool in ffmpeg dvdauthor; do
    command -v "$tool" >/dev/null || { echo "install $tool" >&2; exit 1; }
done

min() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a > b) ? a : b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; }
gb() { awk -v b="$1" 'BEGIN { printf "%.2f GB", b / 1e9 }'; }

echo "== fixture: a title of $COPIES 20-second clips, three AC-3 audio streams, by ffmpeg + dvdauthor"
make_streams_dvd "$WORK" "$COPIES"
VOB_BYTES=$(cat "$WORK"/dvd/VIDEO_TS/VTS_01_[1-9].VOB | wc -c)
echo "title VOBs: $(gb "$VOB_BYTES")"
RAM_NOTE=""
if [ -n "$RAM" ] && [ "$RAM" != none ]; then
    mkdir -p "$RAM"
    free=$(df -B1 --output=avail "$RAM" | tail -1)
    if [ "$free" -lt $((VOB_BYTES * 41 / 10)) ]; then
        RAM_NOTE="  skipped: $RAM has $(gb "$free") free, the RAM part needs $(gb $((VOB_BYTES * 41 / 10)))"
        rm -rf "$RAM"
        RAM=none
    fi
fi

# fresh_pages: writes twice the VOBs' size of zeros in RAM and removes it (see the header);
# does nothing without a RAM folder.
fresh_pages() {
    [ -n "$RAM" ] && [ "$RAM" != none ] || return 0
    head -c $((VOB_BYTES * 2)) /dev/zero >"$RAM/touch"
    rm -f "$RAM/touch"
}

# bench_in DIR SYNC: times everything with the DVD in DIR/dvd; SYNC=1 also times cp + sync.
# Sets the R_* variables (medians and bests in seconds, peaks in KiB, image sizes).
bench_in() {
    local dir=$1 with_sync=$2 run s k
    local vobs=("$dir"/dvd/VIDEO_TS/VTS_01_[1-9].VOB)
    local all_c=() all_y=() all_p=() all_d=() all_k=() all_t=()
    R_PEAK="" R_TK=""
    copy_vobs() { # prints "SECONDS KIB" of a cp (and sync) of the title VOBs
        mkdir -p "$dir/copy"
        fresh_pages
        if [ "$1" = 1 ]; then
            measure bash -c 'cp "$@" && cd "${@: -1}" && sync -- *' sh "${vobs[@]}" "$dir/copy/"
        else
            measure cp "${vobs[@]}" "$dir/copy/"
        fi
        rm -rf "$dir/copy"
        sync
    }
    build() { # prints "SECONDS KIB BYTES" of a build with the options given
        local m
        fresh_pages
        m=$(measure "$CLI" build "$dir/dvd" "$@" --output "$dir/x.iso" --progress none)
        echo "$m $(stat -c %s "$dir/x.iso")"
        rm -f "$dir/x.iso"
        sync
    }
    run_cp() {
        read -r s k <<<"$(copy_vobs 0)"
        all_c+=("$s")
        if [ "$with_sync" = 1 ]; then
            read -r s k <<<"$(copy_vobs 1)"
            all_y+=("$s")
        fi
    }
    cat "${vobs[@]}" >/dev/null # the same warm cache for everyone
    for run in $(seq "$RUNS"); do
        # Odd runs start with cp, even ones with spindle: on this VM the first writer after a
        # large file is deleted often pays more system time for the same write()s.
        if [ $((run % 2)) -eq 1 ]; then run_cp; fi
        read -r s k R_PLAIN_BYTES <<<"$(build)"
        all_p+=("$s") R_PEAK=$(max "$k" "$R_PEAK")
        read -r s k R_DROP_BYTES <<<"$(build --drop-audio 1:2,3)"
        all_d+=("$s") R_PEAK=$(max "$k" "$R_PEAK")
        read -r s k R_KEEP_BYTES <<<"$(build --keep-audio en)"
        all_k+=("$s") R_PEAK=$(max "$k" "$R_PEAK")
        if [ $((run % 2)) -eq 0 ]; then run_cp; fi
        fresh_pages
        read -r s k <<<"$(measure "$CLI" titles "$dir/dvd" --json)"
        all_t+=("$s") R_TK=$(max "$k" "$R_TK")
        echo "  run $run: cp ${all_c[-1]}s$([ "$with_sync" = 1 ] && echo ", cp + sync ${all_y[-1]}s")," \
            "build ${all_p[-1]}s, --drop-audio 1:2,3 ${all_d[-1]}s, --keep-audio en ${all_k[-1]}s," \
            "titles ${all_t[-1]}s"
    done
    R_C=$(median "${all_c[@]}") R_P=$(median "${all_p[@]}") R_D=$(median "${all_d[@]}")
    R_K=$(median "${all_k[@]}") R_T=$(median "${all_t[@]}")
    R_Y=""
    [ "$with_sync" = 1 ] && R_Y=$(median "${all_y[@]}")
    bests() { local b="" v; for v in "$@"; do b=$(min "$v" "$b"); done; echo "$b"; }
    R_CB=$(bests "${all_c[@]}") R_PB=$(bests "${all_p[@]}") R_DB=$(bests "${all_d[@]}")
    R_KB=$(bests "${all_k[@]}") R_TB=$(bests "${all_t[@]}")
    R_YB=""
    [ "$with_sync" = 1 ] && R_YB=$(bests "${all_y[@]}")
    return 0
}

# report REFERENCE_LABEL REF_MEDIAN REF_BEST: the table of one place against its reference.
report() {
    local label=$1 ref=$2 refb=$3
    printf '  %-40s %8s %8s  %s\n' "" "median" "best" "ratio to $label (median / best)"
    printf '  %-40s %8.2f %8.2f\n' "cp of the title VOBs" "$R_C" "$R_CB"
    [ -n "$R_Y" ] && printf '  %-40s %8.2f %8.2f\n' "cp + sync" "$R_Y" "$R_YB"
    printf '  %-40s %8.2f %8.2f  %sx / %sx (nothing left out, %s)\n' "spindle-cli build" "$R_P" \
        "$R_PB" "$(ratio "$R_P" "$ref")" "$(ratio "$R_PB" "$refb")" "$(gb "$R_PLAIN_BYTES")"
    printf '  %-40s %8.2f %8.2f  %sx / %sx (target <= 1.5: %s; %s)\n' \
        "spindle-cli build --drop-audio 1:2,3" "$R_D" "$R_DB" "$(ratio "$R_D" "$ref")" \
        "$(ratio "$R_DB" "$refb")" "$(verdict "$(ratio "$R_D" "$ref")" 1.5)" "$(gb "$R_DROP_BYTES")"
    printf '  %-40s %8.2f %8.2f  %sx / %sx (%s)\n' "spindle-cli build --keep-audio en" "$R_K" \
        "$R_KB" "$(ratio "$R_K" "$ref")" "$(ratio "$R_KB" "$refb")" "$(gb "$R_KEEP_BYTES")"
    printf '  %-40s %8.2f %8.2f  %sx / %sx (the size scan alone)\n' "spindle-cli titles --json" \
        "$R_T" "$R_TB" "$(ratio "$R_T" "$ref")" "$(ratio "$R_TB" "$refb")"
    echo "  peak memory of spindle-cli build: $(mib "$R_PEAK") (target < 64 MiB:" \
        "$(verdict "$R_PEAK" 65535)); titles: $(mib "$R_TK")"
}

echo "== on the disk ($WORK), $RUNS runs, $(nproc) cores"
bench_in "$WORK" 1
DISK_REPORT=$(report "cp + sync" "$R_Y" "$R_YB")
DISK_CP=$(ratio "$R_D" "$R_C")

RAM_REPORT=$RAM_NOTE
if [ -n "$RAM" ] && [ "$RAM" != none ]; then
    echo "== in RAM ($RAM, $(stat -f -c %T "$RAM")), $RUNS runs"
    rm -rf "$WORK/copy" "$WORK/x.iso"
    cp -r "$WORK/dvd" "$RAM/dvd"
    rm -rf "$WORK/dvd" # the disk part is done
    bench_in "$RAM" 0
    RAM_REPORT=$(report "cp" "$R_C" "$R_CB")
fi
echo "on the disk (Spindle fsyncs the image; cp + sync is the like-for-like reference):"
echo "$DISK_REPORT"
echo "  (--drop-audio 1:2,3 against plain cp, which leaves the copy in the page cache: ${DISK_CP}x)"
if [ -n "$RAM_REPORT" ]; then
    echo "in RAM (a tmpfs: no disk in the times, fsync costs nothing):"
    echo "$RAM_REPORT"
fi
exit 0
