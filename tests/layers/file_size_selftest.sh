#!/usr/bin/env bash
# The file size check fails where it should: a copy of src/ with a planted 701-line file must
# give exit 1 and name it; a 700-line file and an allow-listed long file must pass.
# Usage: tests/layers/file_size_selftest.sh   (CTest: "files: a planted long file fails").
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp -r "$ROOT/src" "$TMP/src"
yes '// filler' | head -n 700 >"$TMP/src/io/planted_ok.cpp"
yes '// filler' | head -n 900 >>"$TMP/src/core/catalogue.cpp"
if ! "$ROOT/tests/layers/file_size.sh" "$TMP/src" >"$TMP/clean.out"; then
    echo "FAIL: src/ with a 700-line file and a longer allow-listed file does not pass:"
    cat "$TMP/clean.out"
    exit 1
fi
yes '// filler' | head -n 701 >"$TMP/src/io/planted_long.cpp"
"$ROOT/tests/layers/file_size.sh" "$TMP/src" >"$TMP/planted.out"
rc=$?
fails=0
[ "$rc" -eq 1 ] || { echo "FAIL: exit code $rc with a planted 701-line file, expected 1"; fails=1; }
grep -qF 'src/io/planted_long.cpp has 701 lines' "$TMP/planted.out" ||
    { echo "FAIL: the check did not name src/io/planted_long.cpp"; fails=1; }
[ "$fails" -eq 0 ] || { sed 's/^/    /' "$TMP/planted.out"; exit 1; }
echo "file size selftest: a planted 701-line file fails the check"
