#!/bin/sh
# Runs a test binary against a real Secret Service: a throw-away HOME, a private dbus session and an unlocked
# gnome-keyring, all gone when the test ends.
set -eu
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
# Not exec'd: the trap must run to remove the throw-away HOME (and the keyring in it). The daemon forks away from
# the session, so it is stopped by the pid it was started as once the test is over.
dbus-run-session -- sh -c '
    echo -n ccm-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    status=0
    "$@" || status=$?
    # Only the daemon of this session: tests run in parallel, each with its own bus.
    for pid in $(pgrep -u "$(id -u)" gnome-keyring-d || true); do
        if tr "\0" "\n" < "/proc/$pid/environ" 2>/dev/null | grep -qxF "DBUS_SESSION_BUS_ADDRESS=$DBUS_SESSION_BUS_ADDRESS"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    exit $status' sh "$@"
