#!/usr/bin/env bash
# The layering check fails where it should: a copy of src/ with a planted io/ and store/
# include in ui/ must give exit 1 and name both lines; the untouched copy must pass.
# Usage: tests/layers/selftest.sh   (CTest runs it as "layers: a planted violation fails").
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cp -r "$ROOT/src" "$TMP/src"
if ! "$ROOT/tests/layers/check.sh" "$TMP/src" >"$TMP/clean.out"; then
    echo "FAIL: the unchanged copy of src/ has violations:"; cat "$TMP/clean.out"; exit 1
fi
printf '#include "io/register_json.hpp"\n#include "store/db.hpp"\n' >"$TMP/src/ui/planted.hpp"
"$ROOT/tests/layers/check.sh" "$TMP/src" >"$TMP/planted.out"
rc=$?
fails=0
[ "$rc" -eq 1 ] || { echo "FAIL: exit code $rc with planted violations, expected 1"; fails=1; }
for want in 'src/ui/planted.hpp:1: ui must not include io' 'src/ui/planted.hpp:2: ui must not include store'; do
    grep -qF -- "$want" "$TMP/planted.out" || { echo "FAIL: the check did not report '$want'"; fails=1; }
done
[ "$fails" -eq 0 ] || { sed 's/^/    /' "$TMP/planted.out"; exit 1; }
echo "layers selftest: a planted ui -> io/store include fails the check"
