#!/usr/bin/env bash
# Writes the man page of a Spindle program from its own --help, so the page cannot drift from
# the program: help2man formats the top-level help, and with --verbs each verb's
# "PROGRAM VERB --help" becomes a subsection of a VERBS section (help2man alone only reads one
# --help). Run at build time by installer/CMakeLists.txt.
#
# Usage: make-manpage.sh PROGRAM "SHORT DESCRIPTION" OUTPUT.1 [--verbs]
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 PROGRAM \"SHORT DESCRIPTION\" OUTPUT.1 [--verbs]" >&2
    exit 2
fi
program=$1 name=$2 output=$3 verbs=${4:-}

# The page is English whatever the build machine's language (the programs follow the locale);
# the GUI's --help needs a platform plugin but no display.
unset LANGUAGE
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
# In a sanitizer build a leak report at exit would fail the build step; the tests report leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

include=$(mktemp)
trap 'rm -f "$include"' EXIT

# One verb's help (QCommandLineParser's layout plus our epilog) as roff: headings such as
# "Options:" and "Examples:", two-column option lists with indented continuation lines,
# examples shown as typed, everything else filled as text.
verb_to_roff() {
    awk '
    function esc(s) {
        gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s)
        if (s ~ /^[.\047]/) s = "\\&" s
        return s
    }
    function endLiteral() { if (mode == "literal") print ".fi"; }
    NR == 1 && sub(/^Usage: /, "") { print ".SS \"" esc($0) "\""; mode = "text"; next }
    /^[[:space:]]*$/ { endLiteral(); mode = "text"; prev = ""; print ".PP"; next }
    /^[A-Z][A-Za-z ]*:$/ {
        endLiteral()
        print ".PP"; print "\\fI" esc($0) "\\fR"
        mode = ($0 ~ /^Examples?:$/) ? "examples" : "list"
        next
    }
    mode == "examples" && /^  / {
        print ".nf"; mode = "literal"
    }
    mode == "literal" && /^  / { sub(/^  /, ""); print "\\&  " esc($0); next }
    mode == "list" && /^  [^ ]/ && match($0, /[^ ]  +[^ ]/) {
        term = substr($0, 3, RSTART - 2); text = substr($0, RSTART + 1)
        sub(/^ +/, "", text)
        term = esc(term); gsub(/<[^>]*>/, "\\fI&\\fB", term)
        print ".TP"; print "\\fB" term "\\fR"; print esc(text)
        next
    }
    mode == "list" && /^   +[^ ]/ { sub(/^ +/, ""); print esc($0); next }
    {
        endLiteral()
        if (mode != "text") { print ".PP"; mode = "text" }
        # The epilogs put each statement on a new line without blank lines between them; keep
        # those breaks so the page does not run them into one block.
        else if (prev ~ /\.$/ && $0 ~ /^[A-Z-]/) print ".br"
        print esc($0)
        prev = $0
    }
    END { endLiteral() }
    '
}

if [ "$verbs" = --verbs ]; then
    # The verbs are the names listed under "Verbs:" in the top-level help.
    verb_list=$("$program" --help | awk '/^Verbs:/ { on = 1; next } on && /^$/ { exit }
        on && /^  [a-z]/ { print $1 }')
    [ -n "$verb_list" ] || { echo "$0: no verbs found in '$program --help'" >&2; exit 1; }
    {
        echo "[VERBS]"
        echo "Each verb has its own options; this is what"
        echo ".B $(basename "$program" | sed 's/-/\\-/g')"
        echo ".I VERB"
        echo ".B \\-\\-help"
        echo "shows for each."
        for verb in $verb_list; do
            "$program" "$verb" --help | verb_to_roff
        done
    } >"$include"
fi

version=$("$program" --version | head -n 1 | awk '{ print $NF }')
# --version-string: the program's further --version lines (library versions of the build
# machine) do not belong in the page. --locale keeps non-ASCII characters (×, ±) intact, and
# preconv turns them into groff escapes so the page is plain ASCII and renders with any troff
# (its ".lf" line would only name a temporary input).
include_option=()
[ -s "$include" ] && include_option=(--include="$include")
help2man --no-info --locale=C.UTF-8 --version-string="$version" --name="$name" \
    "${include_option[@]}" "$program" | preconv -e utf-8 | sed '/^\.lf /d' >"$output.tmp"
mv "$output.tmp" "$output"
