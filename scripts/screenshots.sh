#!/bin/sh
# Takes the screenshots shown in README.md and in the AppStream metainfo from the real window: ccm-importer runs on
# a virtual X display (xvfb-run) in English and in Simplified Chinese with the test fixtures' certificate, chain and
# key open, and ImageMagick's `import` captures its window. Run it after changing the window; commit the PNGs.
# Usage: scripts/screenshots.sh        (writes docs/screenshots/main-window-en.png and main-window-zh_CN.png)
. "$(dirname "$0")/common.sh"
PACKAGES="$PACKAGES imagemagick xdotool"
install_missing_packages
[ -f "$BUILD_DIR/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target ccm-importer

OUT="$ROOT/docs/screenshots"
mkdir -p "$OUT"
data="$ROOT/tests/data/rsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # LANGUAGE OUTPUT
    home="$work/home-$1"
    mkdir -p "$home/runtime"
    chmod 0700 "$home/runtime"
    # A throw-away home: the built-in "Local sandbox" profile and no history, whatever this machine has saved.
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/runtime" \
        APP="$BUILD_DIR/app/gui/ccm-importer" LANGUAGE_NAME="$1" SHOT="$work/$1.png" DATA="$data" \
        xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
            "$APP" --language "$LANGUAGE_NAME" "$DATA/fullchain-root.pem" "$DATA/leaf.key" &
            app=$!
            window=$(xdotool search --sync --onlyvisible --classname ccm-importer | head -n 1)
            # The files are read off the GUI thread; give the preview time to fill in before the picture.
            sleep 3
            import -window "$window" "$SHOT"
            kill "$app"
            wait "$app" 2>/dev/null || true'
    # 256 colours and no metadata keep a picture of a window small and unchanged between runs.
    convert "$work/$1.png" -strip -colors 256 -define png:exclude-chunks=date,time "PNG8:$2"
    echo "$2: $(identify -format '%wx%h' "$2"), $(du -k "$2" | cut -f1) KiB"
}

shoot en "$OUT/main-window-en.png"
shoot zh_CN "$OUT/main-window-zh_CN.png"
echo "If the size changed, update width/height in resources/linux/io.github.ccm_importer.CcmImporter.metainfo.xml."
