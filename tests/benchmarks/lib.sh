# Shared by the benchmark scripts (sourced, not run). Expects WORK (a scratch folder) and PAIRS
# (interleaved pairs per case) to be set by the script.
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "install the 'time' package" >&2; exit 1; }

measure() { # runs a command; prints "SECONDS PEAK_KIB" (GNU time's wall clock and max RSS)
    local log="$WORK/time.log"
    "$TIME" -v -o "$log" "$@" >"$WORK/cmd.out" 2>&1 || { cat "$WORK/cmd.out" >&2; return 1; }
    local s kib
    s=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' |
        awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    kib=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    echo "$s $kib"
}
# "median (min-max)" of the numbers given
stats() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {
    m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
    printf "%.2f (%.2f-%.2f)", m, v[1], v[NR] }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {
    print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "NOT met" }'; }

# compare_pairs NAME TARGET_TIME TARGET_MEM OURS_LABEL OURS_FN THEIRS_LABEL THEIRS_FN
# Runs PAIRS interleaved pairs (odd pairs start with theirs, even ones with ours), each FN
# running one command through `measure` and cleaning up after itself; prints the median and
# spread of both and the ratios of the medians (ours / theirs) against the targets (empty
# target: no target, ratio shown only).
compare_pairs() {
    local name=$1 target_time=$2 target_mem=$3 ours_label=$4 ours_fn=$5 theirs_label=$6 theirs_fn=$7
    local st=() sm=() xt=() xm=() s x pair
    for pair in $(seq "$PAIRS"); do
        if [ $((pair % 2)) -eq 1 ]; then
            x=$($theirs_fn); s=$($ours_fn)
        else
            s=$($ours_fn); x=$($theirs_fn)
        fi
        st+=("${s% *}") sm+=("$(awk -v k="${s#* }" 'BEGIN { printf "%.0f", k / 1024 }')")
        xt+=("${x% *}") xm+=("$(awk -v k="${x#* }" 'BEGIN { printf "%.0f", k / 1024 }')")
    done
    local tr mr
    tr=$(ratio "$(median "${st[@]}")" "$(median "${xt[@]}")")
    mr=$(ratio "$(median "${sm[@]}")" "$(median "${xm[@]}")")
    echo "$name: $ours_label $(stats "${st[@]}") s, $(stats "${sm[@]}") MiB;" \
        "$theirs_label $(stats "${xt[@]}") s, $(stats "${xm[@]}") MiB"
    echo "  time ${tr}x$([ -n "$target_time" ] && echo " (target <= ${target_time}x: $(verdict "$tr" "$target_time"))")," \
        "memory ${mr}x$([ -n "$target_mem" ] && echo " (target <= ${target_mem}x: $(verdict "$mr" "$target_mem"))")"
}

# make_streams_dvd DIR COPIES: DIR/dvd, a DVD-Video of one title set whose title is COPIES
# 20-second clips (noisy video at 8 Mbit/s, three AC-3 streams at 192 kbit/s: English, French,
# English commentary), as tests/support/dvdstreamsfixture.cpp's dvdLargeStreamsFixture() makes
# it: the clip is encoded once and given to dvdauthor COPIES times under distinct names.
make_streams_dvd() {
    (
    cd "$1"
    ffmpeg -loglevel error -y \
        -f lavfi -i "testsrc=size=352x240:rate=30000/1001:duration=20,noise=alls=60:allf=t" \
        -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=20" \
        -f lavfi -i "sine=frequency=660:sample_rate=48000:duration=20" \
        -f lavfi -i "sine=frequency=880:sample_rate=48000:duration=20" \
        -map 0:v -map 1:a -map 2:a -map 3:a \
        -c:v mpeg2video -s 352x240 -r 30000/1001 -g 15 -pix_fmt yuv420p -aspect 4:3 \
        -b:v 8000k -minrate 8000k -maxrate 8000k -bufsize 1835k \
        -c:a ac3 -b:a 192k -ac:a:0 2 -ac:a:1 1 -ac:a:2 2 -f dvd clip.mpg
    # dvdauthor reads a file named twice only once; links under distinct names are read anew.
    {
        echo '<dvdauthor dest="dvd" jumppad="0"><vmgm/><titleset><titles>'
        echo '<video format="ntsc" aspect="4:3"/>'
        echo '<audio lang="en"/><audio lang="fr"/><audio lang="en" content="comments1"/><pgc>'
        for i in $(seq "$2"); do
            ln -s clip.mpg "clip$i.mpg"
            echo "<vob file=\"clip$i.mpg\"/>"
        done
        echo '</pgc></titles></titleset></dvdauthor>'
    } >dvd.xml
    VIDEO_FORMAT=NTSC dvdauthor -x dvd.xml >/dev/null 2>&1
    rm -f clip*.mpg dvd.xml
    )
}
