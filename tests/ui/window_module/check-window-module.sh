#!/bin/bash
# ccm-importer's start-up split (docs/DESIGN.md, "Start-up"): the executable links only what the window's first frame
# needs, the window module links the rest, the executable finds and loads the module, and without it says why and
# exits 1 instead of showing a window that does nothing.
# Usage: check-window-module.sh EXECUTABLE MODULE
set -u
exe=$1
module=$2
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

echo "== what each links"
exe_needed=$(needed "$exe")
module_needed=$(needed "$module")
echo "ccm-importer: $(xargs <<<"$exe_needed")"
echo "module:       $(xargs <<<"$module_needed")"
for library in libcrypto libssl libQt6Network libQt6Sql libqt6keychain libQt6Concurrent; do
    grep -q "^$library\." <<<"$exe_needed" && fail "ccm-importer links $library: the first frame would wait for it"
done
for library in libcrypto libQt6Network libQt6Sql libqt6keychain; do
    grep -q "^$library\." <<<"$module_needed" || fail "the module does not link $library (is the split still real?)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/runtime" "$work/alone"
chmod 0700 "$work/home/runtime"
run() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
        XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/home/runtime" QT_QPA_PLATFORM=offscreen \
        LANG=C.UTF-8 timeout 120 "$@" --quit-after-show
}

echo "== with its module"
title=$(run "$exe" 2>"$work/err") || { cat "$work/err"; fail "ccm-importer --quit-after-show exited with $?"; }
[ "$title" = "CCM Importer" ] || fail "window title '$title'"

echo "== without its module"
cp "$exe" "$work/alone/"
run "$work/alone/$(basename "$exe")" >/dev/null 2>"$work/err"
status=$?
sed 's/^/  /' "$work/err" | grep -v propagateSizeHints
[ "$status" -eq 1 ] || fail "without the module the exit status is $status, not 1"
grep -q "window module .*libccm-importer-window.so could not be loaded" "$work/err" ||
    fail "without the module nothing says which file is missing"

[ "$failures" -eq 0 ] || exit 1
echo "The executable links only the first frame's libraries, loads its module, and explains a missing one."
