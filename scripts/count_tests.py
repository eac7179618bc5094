#!/usr/bin/env python3
"""Counts a test report for test.sh: prints "PASSED FAILED SKIPPED" on stdout.

Usage: scripts/count_tests.py ctest REPORT.xml   (the JUnit file of `ctest --output-junit`)
       scripts/count_tests.py junit REPORT.xml   (any JUnit file, e.g. Catch2's --reporter junit)
       scripts/count_tests.py node REPORT.tap    (node --test --test-reporter=tap's file)

Names every failed test on stderr. Exits 2, with the reason on stderr, when the report is
missing, empty, unreadable, cut short, or shows no test that ran: a run that executed nothing
is not a pass.

Rules, so that nothing is counted as passed that did not pass:
- JUnit: a <testcase> with a <failure> or <error> child failed, with <skipped> was skipped;
- ctest: as JUnit, and status="notrun" is a failure (CTest
  counts a missing executable or required file as failed, its JUnit file calls it skipped)
  unless CTest skipped it on purpose (SKIP_RETURN_CODE / SKIP_REGULAR_EXPRESSION);
  status="disabled" is skipped.
- node: every leaf test point counts (ok, not ok, "# SKIP"/"# TODO" as skipped); a test with
  subtests counts only when it failed by itself (a hook or its own code), not when it failed
  because a subtest did. The top-level plan (1..N) must be there and match, or the run was cut
  short. (node 20's JUnit reporter drops a parent's own failure, hence TAP.)
"""
import os
import re
import sys
import xml.etree.ElementTree as ET


def die(msg):
    print(f"count_tests: {msg}", file=sys.stderr)
    sys.exit(2)


def count_junit(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        die(f"{path}: not a readable JUnit report: {e}")
    passed = failed = skipped = 0
    failures = []
    for case in root.iter("testcase"):
        name = case.get("name", "?")
        status = case.get("status", "")
        bad = case.find("failure")
        if bad is None:
            bad = case.find("error")
        skip = case.find("skipped")
        if bad is not None or status == "fail":
            failed += 1
            why = bad.get("message", "") if bad is not None else ""
            failures.append(f"{name}{': ' + why if why else ''}")
        elif status == "notrun":
            why = skip.get("message", "") if skip is not None else ""
            if why.startswith("SKIP_"):
                skipped += 1
            else:
                failed += 1
                failures.append(f"{name}: not run ({why or 'no reason given'})")
        elif status == "disabled":
            skipped += 1
        elif status == "run":
            passed += 1
        elif status == "" and skip is not None:
            skipped += 1
        elif status == "":
            passed += 1
        else:
            failed += 1
            failures.append(f"{name}: unknown status '{status}'")
    return passed, failed, skipped, failures


POINT = re.compile(r"^( *)(not ok|ok) (\d+)(?: - (.*?))?(?: # (SKIP|TODO)\b.*)?$", re.IGNORECASE)
PLAN = re.compile(r"^( *)1\.\.(\d+)")


def count_node(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    passed = failed = skipped = 0
    failures = []
    # Per indentation level: did a subtest appear since the last point, did one of them fail.
    children = {}
    child_failed = {}
    top_points = 0
    top_plan = None
    yaml_indent = None
    for line in lines:
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        if yaml_indent is not None:  # inside a test point's YAML block
            if body == "..." and indent == yaml_indent:
                yaml_indent = None
            continue
        if body == "---":
            yaml_indent = indent
            continue
        if body.lower().startswith("bail out!"):
            failed += 1
            failures.append(body)
            continue
        m = PLAN.match(line)
        if m and len(m.group(1)) == 0:
            top_plan = int(m.group(2))
            continue
        m = POINT.match(line)
        if not m:
            continue
        level = len(m.group(1)) // 4
        ok = m.group(2).lower() == "ok"
        name = m.group(4) or f"test {m.group(3)}"
        directive = (m.group(5) or "").upper()
        had_children = children.pop(level + 1, False)
        sub_failed = child_failed.pop(level + 1, False)
        if level == 0:
            top_points += 1
        if had_children:  # a parent: its subtests were counted already
            if not ok and not sub_failed:
                failed += 1
                failures.append(name)
        elif directive in ("SKIP", "TODO"):
            skipped += 1
        elif ok:
            passed += 1
        else:
            failed += 1
            failures.append(name)
        children[level] = True
        if not ok and directive != "TODO":
            child_failed[level] = True
    if top_plan is None:
        die(f"{path}: no plan line (1..N): the test run was cut short")
    if top_plan != top_points:
        die(f"{path}: the plan says {top_plan} tests but {top_points} reported: the run was cut short")
    return passed, failed, skipped, failures


def main(argv):
    if len(argv) != 3 or argv[1] not in ("ctest", "junit", "node"):
        die("usage: count_tests.py ctest|junit REPORT.xml | node REPORT.tap")
    kind, path = argv[1], argv[2]
    if not os.path.isfile(path):
        die(f"{path}: no test report (the test run did not write one)")
    if os.path.getsize(path) == 0:
        die(f"{path}: the test report is empty")
    passed, failed, skipped, failures = (count_node if kind == "node" else count_junit)(path)
    for f in failures:
        print(f"FAILED: {f}", file=sys.stderr)
    if passed + failed == 0:
        die(f"{path}: no test ran ({skipped} skipped)")
    print(passed, failed, skipped)


if __name__ == "__main__":
    main(sys.argv)
