#!/bin/sh
# Runs a test binary against a real Secret Service: a throw-away HOME, a private dbus session and an unlocked
# gnome-keyring, all gone when the test ends.
set -eu
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
# Not exec'd: the trap must run to remove the throw-away HOME (and the keyring in it).
dbus-run-session -- sh -c 'echo -n ccm-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
