# The Debian package: `cpack -G DEB`. tests/install/test-package.sh builds it, installs it with apt, runs it and
# checks it with lintian.
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the binaries link (Qt Core, Network, Sql, Gui, Widgets, Concurrent, QtKeychain, libcrypto, libc,
# libstdc++) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What is loaded at run time, which dpkg-shlibdeps cannot see: Qt's SQLite driver (import history), the SVG
# icon engine (the window icon) and libsecret (QtKeychain's Secret Service backend). Qt's TLS plugin and the
# xcb/offscreen platform plugins are in libqt6network6 and libqt6gui6, which the binaries link anyway.
# tests/install/test-package.sh checks that Depends is exactly this plus what the binaries link.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# Qt's own dialog buttons (OK, Cancel, Close) in the user's language; a Secret Service for the profiles' secrets;
# bash-completion loads ccmctl's completion.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
