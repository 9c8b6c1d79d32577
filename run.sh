#!/usr/bin/env bash
# Install what is missing, build incrementally and start the Spindle GUI (arguments pass through).
set -euo pipefail
SPINDLE_ROOT=$(cd "$(dirname "$0")" && pwd)
source "$SPINDLE_ROOT/installer/setup.sh"
spindle_install_packages
spindle_build
exec "$SPINDLE_ROOT/build/bin/spindle" "$@"
