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

# The .deb as a user gets it: cpack makes it from the build, apt installs it, the installed
# spindle-cli runs, and apt removes it again. The machine is left as it was: the check refuses
# to replace an installed spindle, and fails if the package would pull in anything that
# installer/debian-packages.txt did not already install (apt would not remove that again).
spindle_check_package() {
    local build="$SPINDLE_ROOT/${SPINDLE_BUILD_DIR:-build}" sudo="" deb extra status=0
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install the .deb" >&2; return 1; }
        sudo="sudo"
    fi
    if dpkg-query -W -f='${Status}' spindle 2>/dev/null | grep -q 'ok installed'; then
        echo "A spindle package is installed on this machine already; not replacing it." >&2
        echo "Remove it (apt-get remove spindle) to let the package check run." >&2
        return 1
    fi
    rm -f "$build"/spindle_*.deb
    (cd "$build" && cpack -G DEB >/dev/null) || { echo "cpack -G DEB failed in $build" >&2; return 1; }
    deb=$(ls "$build"/spindle_*.deb) || return 1
    dpkg-deb -I "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Installed-Size\):/  &/p'
    extra=$(apt-get install -s --no-install-recommends "$deb" |
        awk '/^Inst / && $2 != "spindle" { print $2 }') || return 1
    if [ -n "$extra" ]; then
        echo "Installing $deb would also install: $(echo $extra)" >&2
        echo "Add them to installer/debian-packages.txt (they are run-time dependencies)." >&2
        return 1
    fi
    # The lock timeout: another apt run on the machine (someone's package install) waits for us.
    local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=120)
    $sudo "${apt[@]}" install --no-install-recommends "$deb" >/dev/null ||
        { echo "apt-get install $deb failed" >&2; return 1; }
    # From here on the package is installed: every check records a failure and goes on, so the
    # removal below always runs.
    /usr/bin/spindle-cli --version || { echo "the installed spindle-cli --version failed" >&2; status=1; }
    $sudo "${apt[@]}" remove spindle >/dev/null || { echo "apt-get remove spindle failed" >&2; status=1; }
    if dpkg-query -W -f='${Status}' spindle 2>/dev/null | grep -q 'ok installed' ||
        [ -e /usr/bin/spindle-cli ]; then
        echo "spindle is still installed after apt-get remove" >&2
        status=1
    fi
    [ $status -eq 0 ] && echo "The .deb installed, ran spindle-cli --version and was removed."
    return $status
}
