#!/usr/bin/env bash
# Checks of what `cmake --install` lays out, run by ctest (tests/installer/CMakeLists.txt).
# Each check uses tools we did not write: desktop-file-validate, appstreamcli, groff, man.
#
# Usage: installcheck.sh CHECK DESTDIR [ARGS...]
#   layout DESTDIR BUILD_DIR GUI(ON|OFF)  install into DESTDIR (/usr prefix), compare the files
#   desktop DESTDIR                       desktop-file-validate, without any message
#   metainfo DESTDIR                      appstreamcli validate and validate-tree, no warnings
#   man DESTDIR PAGE...                   each page renders with man and groff without warnings
#   version DESTDIR VERSION               the installed spindle-cli --version runs and says VERSION
#   screenshots DESTDIR SCREENSHOT_DIR    every screenshot the metainfo names is a PNG there
set -euo pipefail

check=$1 destdir=$2
shift 2
usr=$destdir/usr

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs a command; fails on a non-zero exit or on any output at all (validators print warnings
# and hints but exit 0 for some of them).
silent_pass() {
    local out
    if ! out=$("$@" 2>&1); then
        echo "$out" >&2
        fail "$* exited non-zero"
    fi
    [ -z "$out" ] || { echo "$out" >&2; fail "$* printed messages"; }
}

png_size() { # width x height from the IHDR chunk (bytes 16-23, big-endian)
    local w h
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "not-png"; return; }
    read -r w h < <(od -An -j16 -N8 -tu1 "$1" |
        awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }')
    echo "${w}x${h}"
}

case $check in
layout)
    build=$1 gui=$2
    rm -rf "$destdir"
    DESTDIR=$destdir cmake --install "$build" --prefix /usr >/dev/null
    expected=(usr/bin/spindle-cli usr/share/man/man1/spindle-cli.1.gz)
    if [ "$gui" = ON ]; then
        expected+=(usr/bin/spindle usr/share/man/man1/spindle.1.gz
            usr/share/applications/spindle.desktop
            usr/share/metainfo/io.github.spindleapp.spindle.metainfo.xml
            usr/share/icons/hicolor/scalable/apps/spindle.svg)
        for size in 16 22 24 32 48 64 128 256 512; do
            expected+=("usr/share/icons/hicolor/${size}x${size}/apps/spindle.png")
        done
    fi
    # Exactly these files: nothing missing, and nothing else (tests, static libraries) shipped.
    diff -u <(printf '%s\n' "${expected[@]}" | sort) <(cd "$destdir" && find . -type f -printf '%P\n' | sort) ||
        fail "the installed files differ from the expected ones (- expected, + installed)"
    for f in usr/bin/spindle usr/bin/spindle-cli; do
        [ ! -e "$destdir/$f" ] || [ -x "$destdir/$f" ] || fail "$f is not executable"
    done
    if [ "$gui" = ON ]; then
        for size in 16 22 24 32 48 64 128 256 512; do
            got=$(png_size "$usr/share/icons/hicolor/${size}x${size}/apps/spindle.png")
            [ "$got" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $got"
        done
    fi
    ;;
desktop)
    file=$usr/share/applications/spindle.desktop
    silent_pass desktop-file-validate "$file"
    # What the issue asks of it, beyond what the validator knows.
    grep -qx 'Exec=spindle %f' "$file" || fail "Exec does not pass the opened image"
    grep -qx 'MimeType=application/x-cd-image;application/vnd.efi.iso;' "$file" ||
        fail "the disc image MIME types are not registered"
    # The shipped languages (core/base/translations.cpp) read the entry in their own words too.
    for key in GenericName Comment Keywords; do
        for lang in de es fr; do
            grep -q "^$key\[$lang\]=" "$file" || fail "$key has no $lang translation"
        done
    done
    ;;
metainfo)
    # --strict: infos fail too (warnings always do); only pedantic hints would pass, and a
    # remark of any kind fails this test as well.
    for command in validate validate-tree; do
        target=$usr
        [ $command = validate ] && target=$(echo "$usr"/share/metainfo/*.metainfo.xml)
        # validate-tree also checks what the metainfo points at: the desktop file it launches.
        out=$(appstreamcli $command --no-net --strict "$target" 2>&1) ||
            { echo "$out" >&2; fail "appstreamcli $command $target"; }
        ! grep -q '^ *[EWIP]: ' <<<"$out" || { echo "$out" >&2; fail "appstreamcli $command has remarks"; }
        grep -q 'Validation was successful' <<<"$out" || { echo "$out" >&2; fail "appstreamcli $command"; }
    done
    ;;
man)
    for page in "$@"; do
        path=$usr/share/man/man1/$page.1.gz
        [ -f "$path" ] || fail "$path is missing"
        # groff's own warnings (-ww) on the page as installed; -z: check, write nothing.
        silent_pass sh -c 'gzip -dc "$1" | groff -man -Tutf8 -ww -z' sh "$path"
        text=$(MANWIDTH=80 MAN_KEEP_FORMATTING= man --warnings -E UTF-8 -l "$path" 2>&1 >/dev/null) ||
            fail "man -l $path failed: $text"
        [ -z "$text" ] || { echo "$text" >&2; fail "man -l $path warned"; }
        rendered=$(MANWIDTH=80 man -E UTF-8 -l "$path")
        grep -q "^NAME" <<<"$rendered" || fail "$page: no NAME section"
        grep -qE "^ *$page +- " <<<"$rendered" || fail "$page: NAME does not name $page"
        grep -q "^OPTIONS" <<<"$rendered" || fail "$page: no OPTIONS section"
        if [ "$page" = spindle-cli ]; then
            # Every verb's own --help made it into the page, with its options.
            for verb in drives info ls titles build extract burn erase verify read; do
                grep -q "^ *spindle-cli $verb \[options\]" <<<"$rendered" ||
                    fail "spindle-cli.1 lacks the help of '$verb'"
            done
            grep -q -- "--main-feature-only" <<<"$rendered" || fail "spindle-cli.1 lacks build's options"
            grep -q -- "--skip-unreadable" <<<"$rendered" || fail "spindle-cli.1 lacks read's options"
        fi
    done
    ;;
version)
    want=$1
    out=$(env -u LANGUAGE LC_ALL=C.UTF-8 "$usr/bin/spindle-cli" --version) || fail "spindle-cli --version failed"
    echo "$out"
    [ "$(head -n 1 <<<"$out")" = "spindle-cli $want" ] || fail "expected 'spindle-cli $want' first"
    ;;
screenshots)
    dir=$1
    urls=$(grep -o '<image>[^<]*</image>' "$usr"/share/metainfo/*.metainfo.xml | sed 's/<[^>]*>//g')
    [ -n "$urls" ] || fail "the metainfo names no screenshots"
    for url in $urls; do
        [[ $url == https://* ]] || fail "$url is not https"
        name=${url##*/}
        [ -f "$dir/$name" ] || fail "$name is named in the metainfo but not in $dir"
        [ "$(png_size "$dir/$name")" != not-png ] || fail "$dir/$name is not a PNG"
    done
    ;;
*)
    fail "unknown check '$check'"
    ;;
esac
echo "PASS: $check"
