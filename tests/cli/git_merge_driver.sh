#!/usr/bin/env bash
# `air merge --base` as a Git merge driver (docs/TEAMS.md): in a throwaway repository, two
# branches change one register file (a different field each, a deletion on one side, one
# field on both); `git merge` must stop with a conflict for that field only, leave a file that
# `air check` accepts with both one-sided edits, the deletion and the conflict entry in it,
# and a second merge without a conflicting field must complete and commit by itself.
# Usage: tests/cli/git_merge_driver.sh <path-to-air>. Exit 77 (skipped) without git.
set -u

AIR=${1:?usage: tests/cli/git_merge_driver.sh <path-to-air>}
AIR=$(cd "$(dirname "$AIR")" && pwd)/$(basename "$AIR")
command -v git >/dev/null || { echo "git is not installed: skipped"; exit 77; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Nobody's own Git configuration takes part (and none is changed): HOME is the temp folder.
export HOME="$TMP" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_DATE="2026-12-04T10:00:00Z" GIT_COMMITTER_DATE="2026-12-04T10:00:00Z"

FAILS=0
PASSES=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
pass() { PASSES=$((PASSES + 1)); }
has() {  # FILE TEXT WHAT
    if grep -qF -- "$2" "$1"; then pass; else fail "$3: $1 lacks $2"; fi
}
lacks() {  # FILE TEXT WHAT
    if grep -qF -- "$2" "$1"; then fail "$3: $1 still has $2"; else pass; fi
}

# A register file with activities given as "id|name|owner|purpose|vendor|notes|updated_at";
# a line "deleted|id|deleted_at" adds a tombstone.
register() {
    local acts="" dels="" line id name owner purpose vendor notes updated
    for line in "$@"; do
        IFS='|' read -r id name owner purpose vendor notes updated <<<"$line"
        if [ "$id" == deleted ]; then
            dels+="${dels:+,}
    {\"id\": \"$name\", \"deleted_at\": \"$owner\"}"
            continue
        fi
        acts+="${acts:+,}
    {\"id\": \"$id\", \"name\": \"$name\", \"owner\": \"$owner\", \"purpose\": \"$purpose\",
     \"vendor\": \"$vendor\", \"notes\": \"$notes\", \"updated_at\": \"$updated\"}"
    done
    printf '{\n  "format": "ai-activity-register",\n  "format_version": 1,\n  "organisation": "Example BV",\n'
    printf '  "activities": [%s\n  ]' "$acts"
    [ -n "$dels" ] && printf ',\n  "deleted": [%s\n  ]' "$dels"
    printf '\n}\n'
}

cd "$TMP" || exit 1
git init -q -b main repo && cd repo || exit 1
git config user.name "Test"
git config user.email "test@example.invalid"
git config commit.gpgsign false
# The documented two-line set-up.
echo '*.air.json merge=air-register' >.gitattributes
git config merge.air-register.driver "'$AIR' merge --base %O %A %B -o %A"
git config merge.air-register.name "AI activity register (air merge)"

T0=2026-10-01T09:00:00Z
register "a1|Lead scoring|Ann|score leads|Acme||$T0" "a2|Chatbot|Ann|answer questions|Bot Inc||$T0" \
         "a3|Dynamic pricing|Ann|set prices|Price Co||$T0" >marketing.air.json
git add .gitattributes marketing.air.json && git commit -qm "register" || exit 1

# theirs: a different field of a1, and a2's owner.
git checkout -qb theirs
register "a1|Lead scoring|Ann|score leads|Acme Cloud||2026-10-02T09:00:00Z" \
         "a2|Chatbot|Cas|answer questions|Bot Inc||2026-10-02T09:00:00Z" \
         "a3|Dynamic pricing|Ann|set prices|Price Co||$T0" >marketing.air.json
git commit -qam "theirs: vendor of a1, owner of a2"
# ours: purpose of a1, deletes a3, and a2's owner differently.
git checkout -q main
register "a1|Lead scoring|Ann|score and route leads|Acme||2026-10-03T09:00:00Z" \
         "a2|Chatbot|Bob|answer questions|Bot Inc||2026-10-03T09:00:00Z" \
         "deleted|a3|2026-10-03T09:00:00Z" >marketing.air.json
git commit -qam "ours: purpose of a1, delete a3, owner of a2"

git merge -q theirs -m "merge theirs" >"$TMP/merge1.out" 2>&1
RC=$?
if [ $RC -ne 0 ]; then pass; else fail "merge with a conflicting field: git merge exited 0"; fi
unmerged=$(git diff --name-only --diff-filter=U)
if [ "$unmerged" == marketing.air.json ]; then pass; else fail "unmerged paths: '$unmerged'"; fi
has "$TMP/merge1.out" 'activity a2 "Chatbot": owner' "driver stderr"
n_lines=$(grep -c '^  activity ' "$TMP/merge1.out")
if [ "$n_lines" == 1 ]; then pass; else fail "driver listed $n_lines conflicts, expected 1"; cat "$TMP/merge1.out"; fi
F=marketing.air.json
if "$AIR" check "$F" >/dev/null 2>"$TMP/check.err"; then pass; else fail "air check rejects the merged file: $(cat "$TMP/check.err")"; fi
has "$F" '"purpose": "score and route leads"' "ours' edit"
has "$F" '"vendor": "Acme Cloud"' "theirs' edit"
lacks "$F" '"name": "Dynamic pricing"' "the deletion"
has "$F" '"deleted_at": "2026-10-03T09:00:00Z"' "the tombstone"
has "$F" '"owner": "Bob"' "ours' value of the conflicting field"
has "$F" '"conflicts": [' "the conflict entry"
has "$F" '"field": "owner"' "the conflict entry"
has "$F" '"theirs": "Cas"' "the conflict entry"
n_conf=$(grep -c '"field": ' "$F")
if [ "$n_conf" == 1 ]; then pass; else fail "$n_conf conflict entries, expected 1"; fi
lacks "$F" '<<<<<<<' "text conflict markers"

# Resolve (take theirs' owner, drop the conflicts key) and commit; then a second round
# without conflicting fields merges by itself.
register "a1|Lead scoring|Ann|score and route leads|Acme Cloud||2026-10-03T09:00:00Z" \
         "a2|Chatbot|Cas|answer questions|Bot Inc||2026-10-04T09:00:00Z" \
         "deleted|a3|2026-10-03T09:00:00Z" >"$F"
git add "$F" && git commit -qm "merge theirs (resolved)" || fail "cannot commit the resolution"

git checkout -qb theirs2
register "a1|Lead scoring|Ann|score and route leads|Acme Cloud|reviewed|2026-10-05T09:00:00Z" \
         "a2|Chatbot|Cas|answer questions|Bot Inc||2026-10-04T09:00:00Z" \
         "deleted|a3|2026-10-03T09:00:00Z" >"$F"
git commit -qam "theirs2: notes of a1"
git checkout -q main
register "a1|Lead scoring|Ann|score and route leads|Acme Cloud||2026-10-03T09:00:00Z" \
         "a2|Chatbot|Cas|answer customer questions|Bot Inc||2026-10-06T09:00:00Z" \
         "a4|Look-alike audiences|Dee|find prospects|Ads Co||2026-10-06T09:00:00Z" \
         "deleted|a3|2026-10-03T09:00:00Z" >"$F"
git commit -qam "ours2: purpose of a2, new a4"

git merge -q theirs2 -m "merge theirs2" >"$TMP/merge2.out" 2>&1
RC=$?
if [ $RC -eq 0 ]; then pass; else fail "clean merge: git merge exited $RC"; cat "$TMP/merge2.out"; fi
parents=$(git log -1 --format=%P | wc -w)
if [ "$parents" == 2 ]; then pass; else fail "clean merge: HEAD has $parents parents, expected a merge commit"; fi
if [ -z "$(git status --porcelain)" ]; then pass; else fail "clean merge: the work tree is not clean"; git status --short; fi
has "$F" '"notes": "reviewed"' "theirs2's edit"
has "$F" '"purpose": "answer customer questions"' "ours2's edit"
has "$F" '"id": "a4"' "ours2's new activity"
lacks "$F" '"conflicts"' "a clean merge"
if "$AIR" check "$F" >/dev/null 2>&1; then pass; else fail "air check rejects the cleanly merged file"; fi

echo "git merge driver tests: $PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
