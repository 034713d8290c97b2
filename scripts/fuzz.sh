#!/bin/sh
# Builds the libFuzzer targets with clang-14 in their own tree and runs each for a bounded time.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60)
. "$(dirname "$0")/common.sh"
SECONDS_PER_TARGET=${1:-60}
FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-"$ROOT/build-fuzz"}
# A missing fuzz target is a failure, not a quiet skip.
[ -f "$ROOT/tests/fuzz/CMakeLists.txt" ] || { echo "tests/fuzz/CMakeLists.txt is missing." >&2; exit 1; }
cmake -S "$ROOT" -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCM_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++-14
cmake --build "$FUZZ_BUILD_DIR" --parallel "$(nproc)"
ran=0
for target in "$FUZZ_BUILD_DIR"/tests/fuzz/fuzz_*; do
    [ -x "$target" ] || continue
    ran=$((ran + 1))
    # Inputs that once crashed, leaked or kept a core busy for minutes must stay fixed (each within a second).
    if ls "$ROOT/tests/fuzz/regressions/"* >/dev/null 2>&1; then
        "$target" -timeout=1 "$ROOT/tests/fuzz/regressions/"*
    fi
    corpus=$(mktemp -d)
    artifacts=${FUZZ_ARTIFACTS:-"$FUZZ_BUILD_DIR/artifacts"}
    mkdir -p "$artifacts"
    find "$ROOT/tests/data" -type f ! -name '*.sh' ! -name '*.md' -size -64k -exec cp {} "$corpus/" \;
    echo "Fuzzing $(basename "$target") for ${SECONDS_PER_TARGET}s"
    "$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus"
    rm -rf "$corpus"
done
[ "$ran" -gt 0 ] || { echo "No fuzz target was built." >&2; exit 1; }
