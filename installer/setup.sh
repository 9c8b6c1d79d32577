#!/usr/bin/env bash
# Shared by run.sh and test.sh: install the missing Debian packages, then configure and build.
# Sourced, not executed; expects SPINDLE_ROOT to be set.
set -euo pipefail

spindle_install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$SPINDLE_ROOT/installer/debian-packages.txt" | grep -v '^\s*$')
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

spindle_build() {
    local build="$SPINDLE_ROOT/${SPINDLE_BUILD_DIR:-build}"
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$SPINDLE_ROOT" -B "$build" -G Ninja ${SPINDLE_CMAKE_ARGS:-}
    elif [ -n "${SPINDLE_CMAKE_ARGS:-}" ]; then
        cmake "$build" ${SPINDLE_CMAKE_ARGS}
    fi
    cmake --build "$build"
}
