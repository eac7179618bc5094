#!/usr/bin/env bash
# Builds and runs every libFuzzer target tests/fuzz/fuzz_*.cpp for a bounded time.
# Usage: tests/fuzz/run.sh [SECONDS-PER-TARGET (default 60)] [TARGET-NAME...]
# Needs clang++-14 and libclang-rt-14-dev. Builds into build/fuzz/ with the web build's
# error model (-fno-exceptions, JSON_NOEXCEPTION), so a path that would throw aborts here.
# Seeds come from tests/io/malformed and tests/io/data (plus per-target extras); the working
# corpus grows in build/fuzz/corpus/<target>/ and a crashing input is written to
# build/fuzz/artifacts/<target>/. Exits non-zero when any target crashes or fails to build.
# Every crash found must become a regression test (tests/io/malformed or a Catch2 case).
set -u

SECONDS_PER_TARGET=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
ONLY=("$@")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1

CXX=${CXX_FUZZ:-clang++-14}
FLAGS=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -fno-exceptions -DJSON_NOEXCEPTION=1 -I src -isystem third_party/include)

# ---- per-target table: sources, extra seed folders, dictionary --------------------------
# A target missing here uses its own first-line "// sources: ..." comment, or else every
# source of core, rules and io.
declare -A SOURCES=(
    # Globs (expanded when the list is split): a source file split along its seams stays in.
    [fuzz_register_json]="src/core/*.cpp src/io/register_json*.cpp src/io/merge.cpp src/io/import_preview.cpp"
    [fuzz_csv]="src/core/*.cpp src/io/csv*.cpp src/io/register_json*.cpp"
    [fuzz_roundtrip]="src/core/*.cpp src/io/register_json*.cpp src/io/csv*.cpp src/rules/*.cpp"
)
declare -A SEEDS=(
    [fuzz_csv]="tests/io/golden"
    [fuzz_roundtrip]="tests/io/golden tests/io/roundtrip"
)
declare -A DICTS=(
    [fuzz_register_json]="tests/fuzz/register_json.dict"
    [fuzz_roundtrip]="tests/fuzz/roundtrip.dict"
)
COMMON_SEEDS="tests/io/malformed tests/io/data"

sources_of() {
    local name=$1 file=$2
    if [ -n "${SOURCES[$name]:-}" ]; then echo "${SOURCES[$name]}"; return; fi
    local line
    line=$(head -1 "$file" | sed -n 's|^// sources: *||p')
    if [ -n "$line" ]; then echo "$line"; return; fi
    echo src/core/*.cpp src/rules/*.cpp src/io/*.cpp
}

# Each source is compiled once into build/fuzz/obj (reused while newer than the source and than
# every header under src/), two at a time, and each target links what it needs: the three
# targets share most of core, io and rules, so this saves compiling those three times over.
OBJ=build/fuzz/obj
STALE_ALL=0
if [ ! -f "$OBJ/.stamp" ] || [ -n "$(find src -name '*.hpp' -newer "$OBJ/.stamp" | head -1)" ]; then STALE_ALL=1; fi
declare -A BUILT=()  # objects compiled in this run
compile_objects() {  # SOURCE...: sets OBJS to their objects, compiling the stale ones
    local src obj failed=0 pids=()
    OBJS=()
    for src in "$@"; do
        obj=$OBJ/${src%.cpp}.o
        OBJS+=("$obj")
        [ -n "${BUILT[$obj]:-}" ] && continue
        if [ "$STALE_ALL" = 1 ] || [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
            mkdir -p "$(dirname "$obj")"
            "$CXX" "${FLAGS[@]}" -c "$src" -o "$obj" &
            pids+=($!)
            if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}" || failed=1; pids=("${pids[@]:1}"); fi
        fi
        BUILT[$obj]=1
    done
    for p in "${pids[@]}"; do wait "$p" || failed=1; done
    return $failed
}

mkdir -p build/fuzz
STATUS=0
SUMMARY=()
for file in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$file" .cpp)
    if [ ${#ONLY[@]} -gt 0 ] && [[ ! " ${ONLY[*]} " == *" $name "* ]]; then continue; fi
    # shellcheck disable=SC2207
    srcs=($(sources_of "$name" "$file"))
    bin=build/fuzz/$name
    echo "== $name: building from $file ${srcs[*]}"
    if ! compile_objects "$file" "${srcs[@]}" || ! "$CXX" "${FLAGS[@]}" "${OBJS[@]}" -o "$bin"; then
        echo "== $name: BUILD FAILED"
        SUMMARY+=("$name: build failed")
        STATUS=1
        continue
    fi
    corpus=build/fuzz/corpus/$name
    artifacts=build/fuzz/artifacts/$name/
    mkdir -p "$corpus" "$artifacts"
    seeds=()
    for d in $COMMON_SEEDS ${SEEDS[$name]:-}; do [ -d "$d" ] && seeds+=("$d"); done
    opts=(-max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$artifacts")
    [ -n "${DICTS[$name]:-}" ] && opts+=(-dict="${DICTS[$name]}")
    log=build/fuzz/$name.log
    echo "== $name: fuzzing for ${SECONDS_PER_TARGET}s (log: $log)"
    "$bin" "${opts[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    if [ $rc -ne 0 ]; then
        echo "== $name: CRASH (exit $rc); the input is in $artifacts"
        grep -E 'ERROR|invariant|SUMMARY|Test unit written' "$log" | head -10
        SUMMARY+=("$name: CRASH (exit $rc), see $log")
        STATUS=1
    else
        SUMMARY+=("$name: ok, ${execs:-?} runs, ${rate:-?} execs/s, ${cov:-cov ?}")
    fi
done

[ "$STATUS" = 0 ] && touch "$OBJ/.stamp"
echo "== summary"
for s in "${SUMMARY[@]}"; do echo "   $s"; done
exit $STATUS
