#!/bin/sh
# ctest accessibility_atspi: the application under its own Xvfb, in a throw-away HOME and D-Bus session (which
# starts the AT-SPI bus on demand), read by check_atspi.py. Usage: run_atspi.sh APP DATA_DIR
# Xvfb chooses a free display itself (-displayfd) and says which once it accepts connections: xvfb-run -a guesses
# a number from lock files, which a parallel or stale X server can make wrong ("could not connect to display").
set -eu
here=$(cd "$(dirname "$0")" && pwd)
HOME=$(mktemp -d)
XDG_RUNTIME_DIR="$HOME/run"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
unset QT_QPA_PLATFORM
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$HOME/display" 2>"$HOME/xvfb.log" &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$HOME"' EXIT
waited=0
while [ ! -s "$HOME/display" ]; do
    if ! kill -0 "$xvfb" 2>/dev/null || [ "$waited" -ge 300 ]; then
        echo "FAIL: Xvfb did not start:" >&2
        cat "$HOME/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
done
DISPLAY=":$(tr -d '\n' <"$HOME/display")"
export DISPLAY
dbus-run-session -- /usr/bin/python3 "$here/check_atspi.py" "$@"
