# Windows: `cpack -G WIX` makes an MSI (needs the WiX Toolset 3 on PATH). UNTESTED: the project builds and tests
# on Debian only. The Qt and OpenSSL DLLs are copied beside the executable by Qt's deploy script (app/gui).
# The upgrade code stays the same for every version, so a new MSI replaces the old installation.
set(CPACK_WIX_UPGRADE_GUID "5C8E1F0A-3B7D-4E52-9A61-2D4F8B0C7E13")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "CCM Importer")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
