#!/usr/bin/env bash
# Runs every test: native unit/view tests (CTest), the CLI golden test, the browser tests
# (headless Chromium) and the fuzzers (bounded time). Installs what it needs first.
# AIR_FUZZ_SECONDS (default 60) bounds each fuzz target.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./emsdk-setup.sh || exit 1
source scripts/env.sh
mkdir -p build/artifacts
passed=0; failed=0
section() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

section "native build"
cmake --preset native >/dev/null && cmake --build --preset native || { echo "native build failed"; exit 1; }

section "native tests (CTest)"
ctest --preset native -j2 2>&1 | tee build/artifacts/ctest.log
total=$(grep -oE 'tests failed out of [0-9]+' build/artifacts/ctest.log | grep -oE '[0-9]+$' || echo 0)
nfail=$(grep -oE '[0-9]+ tests failed out of' build/artifacts/ctest.log | grep -oE '^[0-9]+' || echo 1)
passed=$((passed + total - nfail)); failed=$((failed + nfail))

section "web build"
if emcmake cmake --preset web >/dev/null && cmake --build --preset web; then
    section "browser tests (headless Chromium)"
    node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee build/artifacts/e2e.log
    p=$(grep -oE '^# pass [0-9]+' build/artifacts/e2e.log | grep -oE '[0-9]+' || echo 0)
    f=$(grep -oE '^# fail [0-9]+' build/artifacts/e2e.log | grep -oE '[0-9]+' || echo 1)
    passed=$((passed + p)); failed=$((failed + f))
else
    echo "web build failed"; failed=$((failed + 1))
fi

if [ -x tests/fuzz/run.sh ] || [ -f tests/fuzz/run.sh ]; then
    section "fuzzing (${AIR_FUZZ_SECONDS:-60} s per target)"
    if bash tests/fuzz/run.sh "${AIR_FUZZ_SECONDS:-60}"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

echo
echo "all: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
