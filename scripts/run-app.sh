#!/bin/sh
# Sets everything up on Debian 12 and starts CCM Importer. Its built-in local sandbox profile works without
# a cloud account. Without a display the window opens on a virtual one (xvfb-run).
. "$(dirname "$0")/common.sh"
install_missing_packages
configure_and_build -DCCM_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting on a virtual X display (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD_DIR/app/gui/ccm-importer" "$@"
fi
exec "$BUILD_DIR/app/gui/ccm-importer" "$@"
