#!/usr/bin/env bash
# Performance benchmark (issue #13): builds the web targets and a bare Dear ImGui baseline page,
# then measures both in headless Chromium and writes build/bench/results.json. Run after the
# README's set-up (./emsdk-setup.sh, npm ci in tests/e2e). Not part of ./test.sh or CI: its
# figures are timings on a shared machine; docs/PERFORMANCE.md has the method and the budgets.
# Arguments go to bench/run.mjs (e.g. --sizes 1000,10000 --loads 3).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck disable=SC1091
source scripts/env.sh
if [ ! -f build/web/CMakeCache.txt ]; then emcmake cmake --preset web; fi
cmake --build --preset web --target app app_test baseline
node bench/wasm_sizes.mjs build/web/app_test.wasm --top 15 > build/bench-sizes.txt 2>&1 || true
mkdir -p build/bench && mv build/bench-sizes.txt build/bench/wasm_sizes.txt
node bench/run.mjs "$@"
