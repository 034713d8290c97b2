# Shared by run-app.sh and run-tests.sh: installs the Debian packages that are missing, then configures and builds.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-"$ROOT/build"}

# dpkg-dev, lintian, appstream and desktop-file-utils: the package is built, installed and checked by the tests;
# libqt6svg6 draws the window icon (a dependency of the package, here so that installing it needs no download).
PACKAGES="cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
libqt6sql6-sqlite libqt6svg6 libssl-dev openssl ca-certificates gnome-keyring libsecret-1-0 dbus xvfb xauth fonts-wqy-microhei
qt6-translations-l10n clang-14 libclang-rt-14-dev dpkg-dev lintian appstream desktop-file-utils gdb
python3 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool x11-utils"

install_missing_packages() {
    missing=""
    for package in $PACKAGES; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing="$missing $package"
        fi
    done
    [ -z "$missing" ] && return 0
    echo "Installing missing Debian packages:$missing"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
}

configure_and_build() {
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
