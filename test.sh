#!/usr/bin/env bash
# Install what is missing, build, run every test through ctest and check the formatting.
# SPINDLE_SANITIZE=1 ./test.sh builds with ASan+UBSan in build-asan/ instead.
set -euo pipefail
SPINDLE_ROOT=$(cd "$(dirname "$0")" && pwd)
source "$SPINDLE_ROOT/installer/setup.sh"
spindle_install_packages
if [ "${SPINDLE_SANITIZE:-0}" = 1 ]; then
    export SPINDLE_BUILD_DIR=build-asan SPINDLE_CMAKE_ARGS="-DSPINDLE_SANITIZE=ON ${SPINDLE_CMAKE_ARGS:-}"
fi

echo "== clang-format check"
files=$(cd "$SPINDLE_ROOT" && git ls-files -co --exclude-standard -- '*.cpp' '*.h')
(cd "$SPINDLE_ROOT" && clang-format --dry-run --Werror $files)

spindle_build
echo "== tests"
cd "$SPINDLE_ROOT/${SPINDLE_BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j2

# The .deb is what ships; a sanitizer build is not.
if [ "${SPINDLE_SANITIZE:-0}" != 1 ]; then
    echo "== Debian package"
    spindle_check_package
fi
