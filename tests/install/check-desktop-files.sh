#!/bin/sh
# Validates the desktop entry and the AppStream metainfo (offline), and checks that every screenshot the metainfo
# names is committed in docs/screenshots with the size it states, and shown in the README.
# Usage: check-desktop-files.sh RESOURCES_LINUX_DIR
set -u
dir=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
metainfo="$dir/io.github.ccm_importer.CcmImporter.metainfo.xml"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net"
desktop-file-validate "$dir/io.github.ccm_importer.CcmImporter.desktop" || fail "desktop-file-validate"

images=$(grep -o '<image [^<]*</image>' "$metainfo")
[ -n "$images" ] || fail "the metainfo has no screenshots"
echo "$images" | while read -r image; do
    width=$(echo "$image" | sed -n 's/.*width="\([0-9]*\)".*/\1/p')
    height=$(echo "$image" | sed -n 's/.*height="\([0-9]*\)".*/\1/p')
    name=$(echo "$image" | sed -n 's|.*/docs/screenshots/\([^<]*\)</image>|\1|p')
    file="$root/docs/screenshots/$name"
    if [ -z "$name" ] || [ ! -f "$file" ]; then
        echo "FAIL: screenshot '$name' is not in docs/screenshots"
        exit 1
    fi
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    size=$(od -An -tu1 -j16 -N8 "$file" | awk '{ printf "%dx%d", (($1*256+$2)*256+$3)*256+$4, (($5*256+$6)*256+$7)*256+$8 }')
    [ "$size" = "${width}x${height}" ] || { echo "FAIL: $name is $size, the metainfo says ${width}x${height}"; exit 1; }
    grep -q "docs/screenshots/$name" "$root/README.md" || { echo "FAIL: README.md does not show $name"; exit 1; }
done || failures=$((failures + 1))

[ "$failures" -eq 0 ] || exit 1
echo "Desktop entry, metainfo and screenshots are valid."
