#!/bin/sh
# ctest accessibility_atspi: the application under Xvfb, in a throw-away HOME and D-Bus session (which starts the
# AT-SPI bus on demand), read by check_atspi.py. Usage: run_atspi.sh APP DATA_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
HOME=$(mktemp -d)
XDG_RUNTIME_DIR="$HOME/run"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
unset QT_QPA_PLATFORM
trap 'rm -rf "$HOME"' EXIT
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- /usr/bin/python3 "$here/check_atspi.py" "$@"
