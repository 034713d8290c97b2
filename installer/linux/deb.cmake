set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps cannot see what Qt and QtKeychain load at run time: the SQLite driver, the TLS plugin and libsecret.
# dpkg-shlibdeps also leaves out Qt modules whose packages ship no shlibs data (seen for Sql, HttpServer).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6, libqt6network6, libqt6httpserver6, libqt6websockets6, libqt6concurrent6, libsecret-1-0")
# Qt's own dialog buttons (OK, Cancel, Close) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring")
