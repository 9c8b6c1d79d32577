#!/bin/sh
# Refreshes resources/screenshots/*.png (the README and the AppStream metainfo show them):
# builds the spindle_screenshots program (tests/screenshots/) in a build folder, default build/,
# and runs it under the offscreen platform with fixtures it makes itself.
#   resources/screenshots/update.sh [BUILD_DIR]
# Needs the packages of installer/debian-packages.txt (./test.sh or ./run.sh installs them).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-"$source_dir/build"}

if [ ! -f "$build_dir/build.ninja" ] && [ ! -f "$build_dir/Makefile" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja
fi
cmake --build "$build_dir" --target spindle_screenshots

# Into a fresh folder first, so a run that fails half-way leaves the committed PNGs alone.
output=$(mktemp -d)
trap 'rm -rf "$output"' EXIT
QT_QPA_PLATFORM=offscreen "$build_dir/tests/spindle_screenshots" "$output"

cp "$output"/*.png "$here/"
ls -l "$here"/*.png
