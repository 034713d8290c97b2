#!/bin/sh
# ctest accessibility_atspi: the application under its own Xvfb, in a throw-away HOME and D-Bus session (which
# starts the AT-SPI bus on demand), read by check_atspi.py. Usage: run_atspi.sh APP DATA_DIR
#
# Getting a display that accepts us, on any machine:
# - Xvfb picks a free display itself (-displayfd) and says which once it listens: a number guessed from lock files
#   can belong to another X server whose lock is not visible here (a private /tmp, a shared abstract socket).
# - Access is by a cookie of our own (-auth, XAUTHORITY), never by the server's host list, which depends on the
#   machine's network interfaces.
# - Before the test starts, xdpyinfo must connect. If the local sockets cannot be reached, the same is tried over
#   TCP on 127.0.0.1; if that fails too, the test fails and prints what the X server and the client said.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
HOME=$(mktemp -d)
XDG_RUNTIME_DIR="$HOME/run"
XAUTHORITY="$HOME/xauthority"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR XAUTHORITY
unset QT_QPA_PLATFORM DISPLAY
xvfb=""
trap 'stop_xvfb; rm -rf "$HOME"' EXIT

stop_xvfb() {
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true
        xvfb=""
    fi
}

# One MIT-MAGIC-COOKIE-1 for any display and address (family "wild"), read by the server and by every client.
cookie=$(mcookie)
: >"$XAUTHORITY"
printf 'ffff 0000  0000  0012 4d49542d4d414749432d434f4f4b49452d31 0010 %s\n' "$cookie" | xauth -q nmerge -

# start_xvfb LISTEN_ARGS...: starts Xvfb, waits until it names its display, sets DISPLAY_NUMBER. Returns 1 if it
# exits first or says nothing for 30 s.
start_xvfb() {
    : >"$HOME/display"
    Xvfb -displayfd 3 -auth "$XAUTHORITY" -screen 0 1280x800x24 "$@" 3>"$HOME/display" 2>"$HOME/xvfb.log" &
    xvfb=$!
    waited=0
    while [ ! -s "$HOME/display" ]; do
        if ! kill -0 "$xvfb" 2>/dev/null || [ "$waited" -ge 300 ]; then
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    DISPLAY_NUMBER=$(tr -d '\n' <"$HOME/display")
}

# connects DISPLAY: a few tries, as a busy machine may be slow to accept the first client.
connects() {
    tries=0
    while [ "$tries" -lt 20 ]; do
        if xdpyinfo >"$HOME/xdpyinfo.log" 2>&1; then
            return 0
        fi
        kill -0 "$xvfb" 2>/dev/null || return 1
        sleep 0.25
        tries=$((tries + 1))
    done
    return 1
}

report() {
    echo "$1" >&2
    echo "--- Xvfb (pid $xvfb, $(kill -0 "$xvfb" 2>/dev/null && echo running || echo exited)):" >&2
    cat "$HOME/xvfb.log" >&2
    echo "--- xdpyinfo (DISPLAY=${DISPLAY:-}):" >&2
    cat "$HOME/xdpyinfo.log" >&2 2>/dev/null || true
    ls -la /tmp/.X11-unix >&2 2>/dev/null || true
}


display_ready=no
if start_xvfb -nolisten tcp; then
    DISPLAY=":$DISPLAY_NUMBER"
    export DISPLAY
    if connects; then
        display_ready=yes
    else
        report "Cannot connect to Xvfb on $DISPLAY through its local socket; trying TCP on 127.0.0.1."
    fi
else
    report "Xvfb did not start with local sockets; trying TCP on 127.0.0.1."
fi
if [ "$display_ready" = no ]; then
    stop_xvfb
    if ! start_xvfb -listen tcp; then
        report "FAIL: Xvfb did not start"
        exit 1
    fi
    DISPLAY="127.0.0.1:$DISPLAY_NUMBER"
    export DISPLAY
    if ! connects; then
        report "FAIL: cannot connect to Xvfb on $DISPLAY either"
        exit 1
    fi
fi
echo "X display $DISPLAY is ready"
dbus-run-session -- /usr/bin/python3 "$here/check_atspi.py" "$@"
