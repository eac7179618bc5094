#!/usr/bin/env bash
# Runs every test: native unit/view tests (CTest), the CLI golden test, the store, io and rules
# tests again under ASan + UBSan, the browser tests (headless Chromium) and the fuzzers (bounded
# time). Installs what it needs first. Counts come from each run's report file (CTest's and
# Catch2's JUnit, node's TAP), never from its console text.
# AIR_FUZZ_SECONDS (default 60) bounds each fuzz target.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./emsdk-setup.sh || exit 1
source scripts/env.sh
mkdir -p build/artifacts
passed=0; failed=0
section() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
# count KIND REPORT EXIT-CODE LABEL: adds a run's numbers, read from its report file
# (scripts/count_tests.py: ctest/junit XML, node TAP), to the totals. A missing, empty or cut
# short report, or a run that ran no test, is one failure; so is a run that exited non-zero
# while its report shows no failure.
count() {
    local out p f s
    if out=$(python3 scripts/count_tests.py "$1" "$2"); then
        read -r p f s <<<"$out"
        if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then
            echo "$4: exit code $3 but no failure in $2: counted as one failure"; f=1
        fi
        echo "$4: $p passed, $f failed, $s skipped (from $2)"
    else
        echo "$4: no usable report ($2): counted as one failure"; p=0; f=1
    fi
    passed=$((passed + p)); failed=$((failed + f))
}

section "native build"
cmake --preset native >/dev/null && cmake --build --preset native || { echo "native build failed"; exit 1; }

section "native tests (CTest)"
rm -f build/artifacts/ctest.xml
ctest --preset native -j2 --output-junit "$PWD/build/artifacts/ctest.xml" 2>&1 | tee build/artifacts/ctest.log
count ctest build/artifacts/ctest.xml "${PIPESTATUS[0]}" "native tests"
# The layering test's summary (files, includes, violations; ui includes no io/ or store/ header).
grep -oE 'layers: [0-9]+ files[^<&]*' build/artifacts/ctest.xml | head -1

section "ASan + UBSan: store, io and rules tests"
asan_start=$SECONDS
if cmake --preset asan >/dev/null && cmake --build --preset asan --target test_store test_io test_rules; then
    for mod in store io rules; do
        rm -f "build/artifacts/asan_$mod.xml"
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            "build/asan/test_$mod" --reporter console --reporter "junit::out=build/artifacts/asan_$mod.xml"
        count junit "build/artifacts/asan_$mod.xml" "$?" "asan $mod"
    done
else
    echo "ASan build failed"; failed=$((failed + 1))
fi
echo "ASan + UBSan step: $((SECONDS - asan_start)) s"

section "web build"
if emcmake cmake --preset web >/dev/null && cmake --build --preset web; then
    section "browser tests (headless Chromium)"
    rm -f build/artifacts/e2e.tap
    node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
        --test-reporter=tap --test-reporter-destination=build/artifacts/e2e.tap tests/e2e/ 2>&1 |
        tee build/artifacts/e2e.log
    count node build/artifacts/e2e.tap "${PIPESTATUS[0]}" "browser tests"
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
