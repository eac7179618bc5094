#!/usr/bin/env bash
# CLI tests for `air` (PRODUCT.md, "Companion CLI"): the check golden files, rule sets
# (--rules 2026.11 byte-identical to what air check printed before 2026.12; --compare), exit
# codes 0-5, the exact stderr format "FILE: path: reason", merge conflicts (two- and three-way),
# check as a CI gate (--fail-on, --format github|junit), convert, --help/--version.
# Usage: tests/cli/run.sh <path-to-air>   (run from anywhere; CTest runs it from the source root)
# Prints every failed expectation with what differs; exits 1 when any failed.
# AIR_UPDATE_GOLDEN=1 rewrites the golden files of the current rule set (never those of
# tests/cli/golden_2026_11/: 2026.11 is frozen).
set -u

AIR=${1:?usage: tests/cli/run.sh <path-to-air>}
AIR=$(cd "$(dirname "$AIR")" && pwd)/$(basename "$AIR")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

FAILS=0
PASSES=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
pass() { PASSES=$((PASSES + 1)); }

# run NAME CMD... : runs CMD, keeps stdout/stderr in $TMP/NAME.out/.err and the code in RC.
run() {
    local name=$1; shift
    "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"
    RC=$?
}
expect_rc() {  # NAME EXPECTED
    if [ "$RC" -eq "$2" ]; then pass; else
        fail "$1: exit code $RC, expected $2"; sed 's/^/    stderr: /' "$TMP/$1.err" | head -5
    fi
}
expect_err() {  # NAME EXACT-STDERR
    local want=$2 got
    got=$(cat "$TMP/$1.err")
    if [ "$got" == "$want" ]; then pass; else
        fail "$1: stderr differs"; echo "    expected: $want"; echo "    got:      $got"
    fi
}
expect_err_has() {  # NAME SUBSTRING
    if grep -qF -- "$2" "$TMP/$1.err"; then pass; else
        fail "$1: stderr lacks '$2'"; sed 's/^/    stderr: /' "$TMP/$1.err" | head -5
    fi
}
expect_out_has() {  # NAME SUBSTRING
    if grep -qF -- "$2" "$TMP/$1.out"; then pass; else
        fail "$1: stdout lacks '$2'"; head -5 "$TMP/$1.out" | sed 's/^/    stdout: /'
    fi
}
expect_empty_out() {
    if [ ! -s "$TMP/$1.out" ]; then pass; else fail "$1: stdout should be empty"; fi
}
expect_same() {  # NAME FILE-A FILE-B
    if cmp -s "$2" "$3"; then pass; else
        fail "$1: $2 and $3 differ:"; diff -u "$2" "$3" | head -40 | sed 's/^/    /'
    fi
}
expect_golden() {  # NAME GOLDEN ACTUAL: like expect_same; AIR_UPDATE_GOLDEN=1 rewrites GOLDEN
    if [ "${AIR_UPDATE_GOLDEN:-}" == 1 ]; then cp "$3" "$2"; echo "rewrote $2"; pass; return; fi
    expect_same "$@"
}

DATA=tests/io/data/register_12.json
GOLDEN=tests/cli/check_register_12.golden.json
EXAMPLE=assets/example_register.json
FIELDS=tests/cli/data/fields_2026_12.json

# ---- check: golden output (rule set 2026.12), exit 0 -----------------------------------
run check12 "$AIR" check "$DATA"
expect_rc check12 0
expect_golden check12 "$GOLDEN" "$TMP/check12.out"
expect_err check12 ""
run check12_explicit "$AIR" check "$DATA" --rules 2026.12
expect_same check12_explicit "$GOLDEN" "$TMP/check12_explicit.out"
run check_fields "$AIR" check "$FIELDS" --rules=2026.12
expect_rc check_fields 0
expect_golden check_fields tests/cli/check_fields_2026_12.golden.json "$TMP/check_fields.out"

# ---- check --rules 2026.11: byte-identical to air check before rule set 2026.12 --------
# The goldens in tests/cli/golden_2026_11/ were written by the air of commit a43ab5e, on the
# example register as it was then (frozen in tests/cli/data/example_register_2026_11.json; the
# asset itself was rewritten for rule set 2026.12).
EXAMPLE_2026_11=tests/cli/data/example_register_2026_11.json
for f in "$EXAMPLE_2026_11" "$DATA" "$FIELDS"; do
    b=$(basename "$f" .json); G=tests/cli/golden_2026_11/$b
    run "r11_$b" "$AIR" check "$f" --rules 2026.11;                     expect_same "r11_$b.en" "$G.en.json" "$TMP/r11_$b.out"
    run "r11n_$b" "$AIR" check "$f" --rules 2026.11 --lang nl;          expect_same "r11_$b.nl" "$G.nl.json" "$TMP/r11n_$b.out"
    run "r11g_$b" "$AIR" check "$f" --rules 2026.11 --format github;    expect_same "r11_$b.github" "$G.github.txt" "$TMP/r11g_$b.out"
    run "r11j_$b" "$AIR" check "$f" --rules 2026.11 --format junit --lang nl; expect_same "r11_$b.junit" "$G.junit.xml" "$TMP/r11j_$b.out"
done
if grep -q '"provider_duties"\|"dpia_basis"\|"register_findings"' "$TMP/r11_register_12.out"; then
    fail "check --rules 2026.11 has keys of 2026.12"; else pass; fi
for key in '"provider_duties"' '"dpia_basis"' '"register_findings"'; do
    if grep -q "$key" "$TMP/check12.out"; then pass; else fail "check (2026.12) lacks $key"; fi
done

# ---- check --compare: what changed since 2026.11, golden on the example register --------
run cmp_example "$AIR" check "$EXAMPLE" --compare 2026.11
expect_rc cmp_example 0
expect_err cmp_example ""
expect_golden cmp_example tests/cli/compare_example_register.golden.json "$TMP/cmp_example.out"
run cmp_same "$AIR" check "$DATA" --rules 2026.11 --compare 2026.11
expect_rc cmp_same 0
if grep -q '"changes": {}' "$TMP/cmp_same.out" && ! grep -q '"changes": {$' "$TMP/cmp_same.out" &&
   grep -q '"register_changes": {}' "$TMP/cmp_same.out"; then pass; else
    fail "check --rules 2026.11 --compare 2026.11: changes should all be empty"; fi
# The --compare output is the plain check output plus "changes" and "register_changes".
run cmp12 "$AIR" check "$DATA" --compare 2026.11
python3 - "$TMP/cmp12.out" "$GOLDEN" <<'PY' && pass || fail "check --compare: not the check output plus changes"
import json, sys
with_cmp, plain = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert with_cmp.pop("register_changes") is not None
for a in with_cmp["activities"]:
    assert list(a.keys())[-1] == "changes", a.keys()
    a.pop("changes")
assert with_cmp == plain
PY

# ---- rule sets: an unknown one is bad input (exit 2), --compare is JSON only -------------
run bad_rules "$AIR" check "$DATA" --rules 2025.01
expect_rc bad_rules 2
expect_err bad_rules 'air check: --rules: unknown rule set "2025.01"; allowed: "2026.11", "2026.12"'
expect_empty_out bad_rules
run bad_compare "$AIR" check "$DATA" --compare latest
expect_rc bad_compare 2
expect_err bad_compare 'air check: --compare: unknown rule set "latest"; allowed: "2026.11", "2026.12"'
run compare_github "$AIR" check "$DATA" --compare 2026.11 --format github
expect_rc compare_github 1
expect_err_has compare_github "--compare only applies to --format json"
run rules_twice "$AIR" check "$DATA" --rules 2026.11 --rules 2026.12
expect_rc rules_twice 1

# ---- check: invalid files, exit 2, "FILE: path: reason" ----------------------------
run bad_bool "$AIR" check tests/io/malformed/11_bool_as_string.json
expect_rc bad_bool 2
expect_err bad_bool 'tests/io/malformed/11_bool_as_string.json: activities[3].lia_documented: expected true or false, got "yes"'
expect_empty_out bad_bool

run bad_enum "$AIR" check tests/io/malformed/12_unknown_lifecycle.json
expect_rc bad_enum 2
expect_err bad_enum 'tests/io/malformed/12_unknown_lifecycle.json: activities[0].lifecycle: unknown value "live"; allowed: "idea", "pilot", "production", "retired"'

run bad_json "$AIR" check tests/io/malformed/01_syntax_missing_comma.json
expect_rc bad_json 2
expect_err bad_json "tests/io/malformed/01_syntax_missing_comma.json: line 5, column 3: not valid JSON: syntax error while parsing object - unexpected string literal; expected '}'"

run bad_nl "$AIR" check tests/io/malformed/11_bool_as_string.json --lang nl
expect_rc bad_nl 2
expect_err bad_nl 'tests/io/malformed/11_bool_as_string.json: activities[3].lia_documented: verwacht true of false, maar kreeg "yes"'

run missing "$AIR" check "$TMP/nope.json"
expect_rc missing 2
expect_err missing "$TMP/nope.json: cannot read: no such file"

run dir "$AIR" check "$TMP"
expect_rc dir 2
expect_err dir "$TMP: cannot read: it is a directory"

truncate -s 21M "$TMP/big.json"
run big "$AIR" check "$TMP/big.json"
expect_rc big 2
expect_err big "$TMP/big.json: file is 21.0 MB; the limit is 20 MB"

if [ "$(id -u)" != 0 ]; then  # root reads anything
    cp "$DATA" "$TMP/locked.json" && chmod 000 "$TMP/locked.json"
    run locked "$AIR" check "$TMP/locked.json"
    expect_rc locked 2
    expect_err locked "$TMP/locked.json: cannot read: Permission denied"
fi

run stdin "$AIR" check - <"$DATA"
expect_rc stdin 0
expect_same stdin "$GOLDEN" "$TMP/stdin.out"

# ---- usage errors, exit 1 ------------------------------------------------------------
run noargs "$AIR";                                  expect_rc noargs 1
expect_err_has noargs "air: no command given"
run unknown "$AIR" frobnicate;                      expect_rc unknown 1
expect_err_has unknown "unknown command 'frobnicate'"
run nofile "$AIR" check;                            expect_rc nofile 1
expect_err_has nofile "check needs exactly one FILE"
run twofiles "$AIR" check "$DATA" "$DATA";          expect_rc twofiles 1
run badopt "$AIR" check "$DATA" --frob;             expect_rc badopt 1
expect_err_has badopt "unknown option --frob"
run noto "$AIR" convert "$DATA";                    expect_rc noto 1
expect_err_has noto "convert needs --to json|csv|md|html"
run badto "$AIR" convert "$DATA" --to pdf;          expect_rc badto 1
expect_err_has badto "--to must be json, csv, md or html (not 'pdf')"
run badlang "$AIR" convert "$DATA" --to csv --lang de; expect_rc badlang 1
run badsep "$AIR" convert "$DATA" --to csv --sep '|';  expect_rc badsep 1
run novalue "$AIR" convert "$DATA" --to;            expect_rc novalue 1
expect_err_has novalue "option --to needs a value"
run noout "$AIR" merge "$DATA" "$DATA";             expect_rc noout 1
expect_err_has noout "merge needs -o OUT"
run onefile "$AIR" merge "$DATA" -o "$TMP/x.json";  expect_rc onefile 1

# ---- help and version ----------------------------------------------------------------
run help "$AIR" --help;        expect_rc help 0
expect_out_has help "Usage:"
expect_out_has help "air merge A B -o OUT"
expect_out_has help "air merge --base BASE OURS THEIRS -o OUT"
expect_out_has help "--fail-on blocker|warning|info"
expect_out_has help "5  check --fail-on"
expect_out_has help "--rules 2026.11|2026.12"
expect_out_has help "--compare 2026.11"
expect_out_has help "obligations_moved_to_provider"
run help2 "$AIR" check --help; expect_rc help2 0
run version "$AIR" --version;  expect_rc version 0
# CTest passes project(... VERSION ...) in; run by hand, read it from CMakeLists.txt.
want_version=${AIR_EXPECTED_VERSION:-$(sed -n 's/^project([^)]*VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt | head -1)}
expect_out_has version "air $want_version (rules 2026.12, register file format 1)"

# ---- convert ------------------------------------------------------------------------
run tojson "$AIR" convert "$DATA" --to json
expect_rc tojson 0
cp "$TMP/tojson.out" "$TMP/converted.json"
run tojson2 "$AIR" convert "$TMP/converted.json" --to json
expect_same tojson_stable "$TMP/converted.json" "$TMP/tojson2.out"
run check_conv "$AIR" check "$TMP/converted.json"
expect_same check_converted "$GOLDEN" "$TMP/check_conv.out"
if grep -q '"x_team": "Marketing Benelux"' "$TMP/converted.json"; then pass; else fail "convert --to json lost an unknown key"; fi

run tocsv "$AIR" convert "$DATA" --to csv
expect_rc tocsv 0
if [ "$(head -c 3 "$TMP/tocsv.out" | od -An -tx1 | tr -d ' ')" == "efbbbf" ]; then pass; else fail "csv: no UTF-8 BOM"; fi
if [ "$(grep -c 6f1c2a4e "$TMP/tocsv.out")" -ge 12 ]; then pass; else fail "csv: fewer than 12 activity rows"; fi
if head -1 "$TMP/tocsv.out" | grep -q ';'; then pass; else fail "csv: Dutch default separator is not ';'"; fi
run tocsv_en "$AIR" convert "$DATA" --to csv --lang en --sep ','
expect_rc tocsv_en 0
if head -1 "$TMP/tocsv_en.out" | grep -q '^.*id,name,'; then pass; else
    fail "csv --lang en --sep ',': header is not 'id,name,...'"; head -1 "$TMP/tocsv_en.out" | cut -c1-80; fi

run tomd "$AIR" convert "$DATA" --to md --lang en --date 2026-11-30
expect_rc tomd 0
expect_out_has tomd "Leadscoring B2B-website"
expect_out_has tomd "Report date:** 30 Nov 2026"
run tomd_nl "$AIR" convert "$DATA" --to md --date 2026-11-30
expect_rc tomd_nl 0
expect_out_has tomd_nl "Rapportdatum:** 30-11-2026"
run date_csv "$AIR" convert "$DATA" --to csv --date 2026-11-30
expect_rc date_csv 1
run bad_date "$AIR" convert "$DATA" --to md --date 30-11-2026
expect_rc bad_date 1
expect_err_has bad_date "--date must be a date as YYYY-MM-DD"
run tohtml "$AIR" convert "$DATA" --to html -o "$TMP/report.html"
expect_rc tohtml 0
if grep -qi '<html' "$TMP/report.html" && grep -q 'Stemanalyse callcentermedewerkers' "$TMP/report.html"; then pass; else
    fail "html report: not HTML or an activity is missing"; fi
run badfile_convert "$AIR" convert tests/io/malformed/24_activities_object.json --to csv
expect_rc badfile_convert 2
expect_err badfile_convert "tests/io/malformed/24_activities_object.json: activities: expected an array, got an object"

# ---- merge ----------------------------------------------------------------------------
cat >"$TMP/a.json" <<'EOF'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Team A",
 "activities": [
  {"id": "x1", "name": "Leadscoring", "purpose": "oud", "updated_at": "2026-10-01T09:00:00Z"},
  {"id": "x2", "name": "Chatbot", "updated_at": "2026-10-01T09:00:00Z"}]}
EOF
cat >"$TMP/b.json" <<'EOF'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Team B",
 "activities": [
  {"id": "x3", "name": "Social listening", "updated_at": "2026-10-01T09:00:00Z"},
  {"id": "x2", "name": "Chatbot", "updated_at": "2026-10-01T09:00:00Z"}]}
EOF
cat >"$TMP/c.json" <<'EOF'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Team C",
 "activities": [
  {"id": "x1", "name": "Leadscoring", "purpose": "nieuw", "lifecycle": "production", "updated_at": "2026-10-02T09:00:00Z"}]}
EOF

run merge_ok "$AIR" merge "$TMP/a.json" "$TMP/b.json" -o "$TMP/ab.json"
expect_rc merge_ok 0
expect_err merge_ok ""
run merge_ok_check "$AIR" check "$TMP/ab.json"
expect_rc merge_ok_check 0
got_ids=$(grep -o '"id": "x[0-9]"' "$TMP/merge_ok_check.out" | tr '\n' ' ')
if [ "$got_ids" == '"id": "x1" "id": "x2" "id": "x3" ' ]; then pass; else fail "merge a+b: ids are '$got_ids'"; fi
if grep -q '"organisation": "Team A"' "$TMP/ab.json"; then pass; else fail "merge: organisation not from A"; fi

run merge_conflict "$AIR" merge "$TMP/a.json" "$TMP/c.json" -o "$TMP/ac.json"
expect_rc merge_conflict 3
expect_err merge_conflict "air merge: 1 conflict (same id, different content in $TMP/a.json (A) and $TMP/c.json (B)):
  activity x1 \"Leadscoring\": purpose, lifecycle differ; kept B (updated_at A 2026-10-01T09:00:00Z, B 2026-10-02T09:00:00Z)"
if grep -q '"purpose": "nieuw"' "$TMP/ac.json"; then pass; else fail "merge conflict: the newer copy (B) did not win"; fi

run merge_stdout "$AIR" merge "$TMP/a.json" "$TMP/b.json" -o -
expect_rc merge_stdout 0
expect_out_has merge_stdout '"format": "ai-activity-register"'

run merge_bad "$AIR" merge "$TMP/a.json" tests/io/malformed/18_duplicate_id.json -o "$TMP/never.json"
expect_rc merge_bad 2
expect_err merge_bad 'tests/io/malformed/18_duplicate_id.json: activities[2].id: duplicate id "act-0": activities[0] has the same id'
if [ ! -e "$TMP/never.json" ]; then pass; else fail "merge with an invalid input still wrote OUT"; fi

run merge_unwritable "$AIR" merge "$TMP/a.json" "$TMP/b.json" -o "$TMP/no/such/dir/out.json"
expect_rc merge_unwritable 4
expect_err_has merge_unwritable "$TMP/no/such/dir/out.json: cannot write:"

# ---- merge keeps deletions (the "deleted" array) ---------------------------------------
cat >"$TMP/d.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Team D",
 "activities": [{"id": "x1", "name": "Leadscoring", "purpose": "oud", "updated_at": "2026-10-01T09:00:00Z"}],
 "deleted": [{"id": "x2", "deleted_at": "2026-10-03T09:00:00Z"}]}
EOF2
run merge_deleted "$AIR" merge "$TMP/a.json" "$TMP/d.json" -o "$TMP/ad.json"
expect_rc merge_deleted 0
expect_err merge_deleted ""
run merge_deleted_check "$AIR" check "$TMP/ad.json"
got_ids=$(grep -o '"id": "x[0-9]"' "$TMP/merge_deleted_check.out" | tr '\n' ' ')
if [ "$got_ids" == '"id": "x1" ' ]; then pass; else fail "merge a+d: x2 was deleted in d but ids are '$got_ids'"; fi
if grep -q '"deleted_at": "2026-10-03T09:00:00Z"' "$TMP/ad.json"; then pass; else fail "merge a+d: the tombstone was not kept"; fi

cat >"$TMP/e.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1,
 "activities": [{"id": "x2", "name": "Chatbot", "updated_at": "2026-10-05T09:00:00Z"}]}
EOF2
run merge_back "$AIR" merge "$TMP/d.json" "$TMP/e.json" -o "$TMP/de.json"
expect_rc merge_back 3
expect_err merge_back "air merge: 1 conflict (same id, different content in $TMP/d.json (A) and $TMP/e.json (B)):
  activity x2 \"Chatbot\": deleted in A (deleted_at 2026-10-03T09:00:00Z) but changed in B after that (updated_at 2026-10-05T09:00:00Z); kept B's copy"
if grep -q '"deleted"' "$TMP/de.json"; then fail "merge d+e: the tombstone of x2 should be dropped"; else pass; fi

# ---- atomic writes: a failed write leaves OUT untouched, no temporary file is left ------
# A full disk for real: the file size limit makes write() fail with EFBIG (SIGXFSZ ignored).
mkdir "$TMP/full"
cp "$DATA" "$TMP/full/A.json"; cp "$DATA" "$TMP/A.orig"
( trap '' XFSZ; ulimit -f 1; exec "$AIR" merge "$TMP/full/A.json" "$TMP/b.json" -o "$TMP/full/A.json" ) \
    >"$TMP/merge_full.out" 2>"$TMP/merge_full.err"
RC=$?
expect_rc merge_full 4
expect_same merge_full_untouched "$TMP/A.orig" "$TMP/full/A.json"
expect_err_has merge_full "$TMP/full/A.json: cannot write: write to $TMP/full/.A.json.air-"
expect_err_has merge_full "File too large"
left=$(ls -A "$TMP/full")
if [ "$left" == "A.json" ]; then pass; else fail "merge_full: files left behind in OUT's folder: $left"; fi

cp "$TMP/A.orig" "$TMP/full/report.html"
( trap '' XFSZ; ulimit -f 1; exec "$AIR" convert "$DATA" --to html -o "$TMP/full/report.html" ) \
    >"$TMP/convert_full.out" 2>"$TMP/convert_full.err"
RC=$?
expect_rc convert_full 4
expect_same convert_full_untouched "$TMP/A.orig" "$TMP/full/report.html"
expect_err_has convert_full "$TMP/full/report.html: cannot write: write to $TMP/full/.report.html.air-"
left=$(ls -A "$TMP/full" | tr '\n' ' ')
if [ "$left" == "A.json report.html " ]; then pass; else fail "convert_full: files left behind in OUT's folder: $left"; fi

# Writing over an input works when the disk is fine, and OUT keeps its permissions.
cp "$TMP/a.json" "$TMP/full/in.json"; chmod 640 "$TMP/full/in.json"
run merge_inplace "$AIR" merge "$TMP/full/in.json" "$TMP/b.json" -o "$TMP/full/in.json"
expect_rc merge_inplace 0
run merge_inplace_check "$AIR" check "$TMP/full/in.json"
got_ids=$(grep -o '"id": "x[0-9]"' "$TMP/merge_inplace_check.out" | tr '\n' ' ')
if [ "$got_ids" == '"id": "x1" "id": "x2" "id": "x3" ' ]; then pass; else fail "merge -o A: ids are '$got_ids'"; fi
if [ "$(stat -c %a "$TMP/full/in.json")" == 640 ]; then pass; else fail "merge -o A: permissions changed to $(stat -c %a "$TMP/full/in.json")"; fi
left=$(ls -A "$TMP/full" | tr '\n' ' ')
if [ "$left" == "A.json in.json report.html " ]; then pass; else fail "merge_inplace: files left behind: $left"; fi

# ---- check as a CI gate: --fail-on (exit 5), --format github|junit ---------------------
run gate_blocker "$AIR" check "$DATA" --fail-on blocker
expect_rc gate_blocker 5
expect_same gate_blocker_json "$GOLDEN" "$TMP/gate_blocker.out"   # the output is unchanged
run gate_bad "$AIR" check "$DATA" --fail-on fatal
expect_rc gate_bad 1
run format_bad "$AIR" check "$DATA" --format xml
expect_rc format_bad 1
# x1/x2 of a.json have findings of some severity; a file without activities has none.
cat >"$TMP/empty_reg.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1, "activities": []}
EOF2
run gate_clean "$AIR" check "$TMP/empty_reg.json" --fail-on info
expect_rc gate_clean 0
# Only info findings: --fail-on warning passes, --fail-on info fails.
cat >"$TMP/info_only.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1,
 "activities": [{"id": "i1", "name": "Only info", "updated_at": "2026-10-01T09:00:00Z"}]}
EOF2
run info_json "$AIR" check "$TMP/info_only.json"
sevs=$(grep -o '"severity": "[a-z]*"' "$TMP/info_json.out" | sort -u | tr '\n' ' ')
if [ "$sevs" == '"severity": "info" ' ]; then
    run gate_info_w "$AIR" check "$TMP/info_only.json" --fail-on warning; expect_rc gate_info_w 0
    run gate_info_i "$AIR" check "$TMP/info_only.json" --fail-on info;    expect_rc gate_info_i 5
else
    # The fixture has other findings under the current rules: the gate must match them.
    run gate_info_b "$AIR" check "$TMP/info_only.json" --fail-on info; expect_rc gate_info_b 5
fi
run gate_warning "$AIR" check "$DATA" --fail-on warning --format github
expect_rc gate_warning 5

run gh "$AIR" check "$DATA" --format github
expect_rc gh 0
n_err=$(grep -c '^::error file=tests/io/data/register_12.json,line=[0-9]*,title=' "$TMP/gh.out")
n_warn=$(grep -c '^::warning file=tests/io/data/register_12.json,line=[0-9]*,title=' "$TMP/gh.out")
n_note=$(grep -c '^::notice file=tests/io/data/register_12.json,line=[0-9]*,title=' "$TMP/gh.out")
n_reg=$(grep -c '^::[a-z]* file=tests/io/data/register_12.json,title=[^:]*::register: ' "$TMP/gh.out")
n_all=$(wc -l <"$TMP/gh.out")
# As many annotations as the JSON golden has findings: per activity (with a line) and for the
# register (without one). (2026.11's counts, 9 16 3 28, are in its github golden above.)
want=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
sev = [f["severity"] for a in d["activities"] for f in a["findings"]]
reg = len(d["register_findings"])
print(sev.count("blocker"), sev.count("warning"), sev.count("info"), reg, len(sev) + reg)' "$GOLDEN")
if [ "$n_err $n_warn $n_note $n_reg $n_all" == "$want" ]; then pass; else
    fail "github annotations: $n_err errors, $n_warn warnings, $n_note notices, $n_reg on the register, $n_all lines; expected $want"; fi
if [ "$n_reg" -gt 0 ]; then pass; else fail "github annotations: no register finding (GDPR-30) for register_12"; fi
# Every annotation points at the line of its activity's "id" (the second activity has findings).
an_id=$(grep -o '"id": "[^"]*"' "$DATA" | sed -n 2p | sed 's/"id": "\(.*\)"/\1/')
an_line=$(grep -n "\"id\": \"$an_id\"" "$DATA" | head -1 | cut -d: -f1)
n_at=$(grep -c "^::[a-z]* file=[^,]*,line=$an_line,title=[^:]*::.*($an_id): " "$TMP/gh.out")
n_of=$(grep -c "($an_id): " "$TMP/gh.out")
if [ "$n_at" -gt 0 ] && [ "$n_at" == "$n_of" ]; then pass; else
    fail "github annotations: $n_at of $n_of for $an_id at line $an_line"; head -3 "$TMP/gh.out"; fi
# Escaping: a newline and % in a name, ',' and ':' in the file name.
mkdir -p "$TMP/odd,dir:x"
cat >"$TMP/odd,dir:x/r.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1,
 "activities": [{"id": "e1", "name": "100% <bots>\nline & \"more\"", "updated_at": "2026-10-01T09:00:00Z"}]}
EOF2
run gh_esc "$AIR" check "$TMP/odd,dir:x/r.json" --format github
expect_out_has gh_esc "file=$TMP/odd%2Cdir%3Ax/r.json,line=2,title="
expect_out_has gh_esc '::100%25 <bots>%0Aline & "more" (e1): '

run junit "$AIR" check "$DATA" --format junit
expect_rc junit 0
if xmllint --noout "$TMP/junit.out" 2>"$TMP/junit.xmlerr"; then pass; else fail "junit: not well-formed XML"; cat "$TMP/junit.xmlerr"; fi
n_fail=$(grep -c '<failure type="\(blocker\|warning\)"' "$TMP/junit.out")
n_case=$(grep -c '<testcase ' "$TMP/junit.out")
want=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
fs = [f for a in d["activities"] for f in a["findings"]] + d["register_findings"]
print(sum(f["severity"] != "info" for f in fs), len(d["activities"]) + (1 if d["register_findings"] else 0))' "$GOLDEN")
if [ "$n_fail $n_case" == "$want" ]; then pass; else fail "junit: $n_fail failures in $n_case testcases; expected $want"; fi
expect_out_has junit '<testcase classname="tests/io/data/register_12.json" name="register">' 
run junit_esc "$AIR" check "$TMP/odd,dir:x/r.json" --format junit
if xmllint --noout "$TMP/junit_esc.out" 2>/dev/null; then pass; else fail "junit: escaping breaks the XML"; fi
expect_out_has junit_esc 'name="e1 100% &lt;bots&gt;'
expect_out_has junit_esc 'line &amp; &quot;more&quot;'

# ---- three-way merge: air merge --base BASE OURS THEIRS -o OUT -------------------------
cat >"$TMP/m_base.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Org",
 "activities": [
  {"id": "m1", "name": "Lead scoring", "owner": "Ann", "purpose": "score", "updated_at": "2026-10-01T09:00:00Z"},
  {"id": "m2", "name": "Chatbot", "owner": "Ann", "updated_at": "2026-10-01T09:00:00Z"},
  {"id": "m3", "name": "Pricing", "updated_at": "2026-10-01T09:00:00Z"}]}
EOF2
cat >"$TMP/m_ours.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Org",
 "activities": [
  {"id": "m1", "name": "Lead scoring", "owner": "Ann", "purpose": "score and route", "updated_at": "2026-10-02T09:00:00Z"},
  {"id": "m2", "name": "Chatbot", "owner": "Bob", "updated_at": "2026-10-02T09:00:00Z"}],
 "deleted": [{"id": "m3", "deleted_at": "2026-10-02T09:00:00Z"}]}
EOF2
cat >"$TMP/m_theirs.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1, "organisation": "Org",
 "activities": [
  {"id": "m1", "name": "Lead scoring", "owner": "Ann", "purpose": "score", "vendor": "Acme", "updated_at": "2026-10-03T09:00:00Z"},
  {"id": "m2", "name": "Chatbot", "owner": "Cas", "updated_at": "2026-10-03T09:00:00Z"},
  {"id": "m3", "name": "Pricing", "updated_at": "2026-10-01T09:00:00Z"},
  {"id": "m4", "name": "Look-alikes", "updated_at": "2026-10-03T09:00:00Z"}]}
EOF2
run m3_conflict "$AIR" merge --base "$TMP/m_base.json" "$TMP/m_ours.json" "$TMP/m_theirs.json" -o "$TMP/m_out.json"
expect_rc m3_conflict 3
expect_err m3_conflict "air merge: 1 conflict (changed differently in $TMP/m_ours.json (ours) and $TMP/m_theirs.json (theirs) since $TMP/m_base.json); kept ours, listed under \"conflicts\" in $TMP/m_out.json:
  activity m2 \"Chatbot\": owner"
run m3_check "$AIR" check "$TMP/m_out.json"
expect_rc m3_check 0
got_ids=$(grep -o '"id": "m[0-9]"' "$TMP/m3_check.out" | tr '\n' ' ')
if [ "$got_ids" == '"id": "m1" "id": "m2" "id": "m4" ' ]; then pass; else fail "merge --base: ids are '$got_ids'"; fi
for want in '"purpose": "score and route"' '"vendor": "Acme"' '"owner": "Bob"' '"deleted_at": "2026-10-02T09:00:00Z"' \
            '"kind": "activity"' '"field": "owner"' '"base": "Ann"' '"ours": "Bob"' '"theirs": "Cas"'; do
    if grep -qF -- "$want" "$TMP/m_out.json"; then pass; else fail "merge --base: OUT lacks $want"; fi
done
if grep -q '<<<<<<<' "$TMP/m_out.json"; then fail "merge --base: text conflict markers in OUT"; else pass; fi
# check: open conflicts are blockers for the CI gate and show in every format.
run m3_gate "$AIR" check "$TMP/m_out.json" --fail-on blocker --format github
expect_rc m3_gate 5
expect_out_has m3_gate '::error file='"$TMP"'/m_out.json,line='
expect_out_has m3_gate ',title=merge conflict::open merge conflict, activity m2 "Chatbot": field owner; resolve it'
expect_err_has m3_check '1 open merge conflict'
run m3_junit "$AIR" check "$TMP/m_out.json" --format junit
expect_out_has m3_junit '<testcase classname="'"$TMP"'/m_out.json" name="open merge conflicts">'
# The conflicts survive a round trip through convert (reader and writer).
run m3_roundtrip "$AIR" convert "$TMP/m_out.json" --to json
expect_out_has m3_roundtrip '"theirs": "Cas"'

# No conflicting field: exit 0, nothing on stderr, no "conflicts" key.
run m3_clean "$AIR" merge --base "$TMP/m_base.json" "$TMP/m_ours.json" "$TMP/m_base.json" -o "$TMP/m_clean.json"
expect_rc m3_clean 0
expect_err m3_clean ""
if grep -q '"conflicts"' "$TMP/m_clean.json"; then fail "merge --base clean: a conflicts key was written"; else pass; fi
run m3_clean_junit "$AIR" check "$TMP/m_clean.json" --format junit
expect_err m3_clean_junit ""
if grep -q 'open merge conflicts' "$TMP/m3_clean_junit.out"; then fail "junit: open conflicts reported for a clean file"; else pass; fi
# An empty BASE (Git's %O when both sides added the file) is an empty register.
: >"$TMP/m_empty.json"
run m3_nobase "$AIR" merge --base "$TMP/m_empty.json" "$TMP/m_ours.json" "$TMP/m_ours.json" -o -
expect_rc m3_nobase 0
expect_out_has m3_nobase '"purpose": "score and route"'
run m3_bad "$AIR" merge --base tests/io/malformed/18_duplicate_id.json "$TMP/m_ours.json" "$TMP/m_theirs.json" -o "$TMP/m_never.json"
expect_rc m3_bad 2
expect_err m3_bad 'tests/io/malformed/18_duplicate_id.json: activities[2].id: duplicate id "act-0": activities[0] has the same id'
if [ ! -e "$TMP/m_never.json" ]; then pass; else fail "merge --base with an invalid input still wrote OUT"; fi
run m3_usage "$AIR" merge --base "$TMP/m_base.json" "$TMP/m_ours.json" -o "$TMP/m_never.json"
expect_rc m3_usage 1
expect_err_has m3_usage "air merge --base BASE OURS THEIRS -o OUT"
run m3_unwritable "$AIR" merge --base "$TMP/m_base.json" "$TMP/m_ours.json" "$TMP/m_theirs.json" -o "$TMP/no/dir/o.json"
expect_rc m3_unwritable 4
# An invalid conflicts key is refused with its path.
cat >"$TMP/bad_conflicts.json" <<'EOF2'
{"format": "ai-activity-register", "format_version": 1, "activities": [],
 "conflicts": [{"kind": "activity", "id": "m1"}]}
EOF2
run bad_conflicts "$AIR" check "$TMP/bad_conflicts.json"
expect_rc bad_conflicts 2
expect_err bad_conflicts "$TMP/bad_conflicts.json: conflicts[0].field: missing; this field is required"

echo "cli tests: $PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
