#!/bin/sh
# Sets everything up on Debian 12, builds with warnings as errors and runs every test, then a short fuzz run.
. "$(dirname "$0")/common.sh"
install_missing_packages
configure_and_build -DCCM_WERROR=ON -DCCM_BUILD_TESTS=ON
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 --parallel "$(nproc)"
"$ROOT/scripts/fuzz.sh" "${FUZZ_SECONDS:-60}"
