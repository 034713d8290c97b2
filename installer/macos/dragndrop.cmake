# macOS: `cpack -G DragNDrop` makes a .dmg holding the ccm-importer.app bundle. UNTESTED: the project builds and
# tests on Debian only. Qt's frameworks are copied into the bundle by Qt's deploy script (app/gui).
set(CPACK_DMG_VOLUME_NAME "CCM Importer")
set(CPACK_DMG_FORMAT "UDZO")
