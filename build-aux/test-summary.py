#!/usr/bin/python3
# Prints "N passed, N failed[, N skipped]" from meson's testlog.json, counting
# individual GTest cases: TAP "ok"/"not ok" lines of each test program, or the
# program's own result when it speaks no TAP. Exit status 1 if anything failed.
import json
import re
import sys

TAP = re.compile(r'^(not ok|ok)\b(.*)$')


def count(entry):
    passed = failed = skipped = 0
    tap_lines = [TAP.match(line) for line in (entry.get('stdout') or '').splitlines()]
    tap_lines = [m for m in tap_lines if m]
    for m in tap_lines:
        directive = m.group(2)
        if re.search(r'#\s*SKIP', directive, re.I):
            skipped += 1
        elif m.group(1) == 'ok' or re.search(r'#\s*TODO', directive, re.I):
            passed += 1
        else:
            failed += 1
    result = entry.get('result')
    if not tap_lines:
        if result in ('OK', 'EXPECTEDFAIL'):
            passed = 1
        elif result == 'SKIP':
            skipped = 1
        else:
            failed = 1
    elif result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and failed == 0:
        # The program crashed or timed out after its last TAP line.
        failed = 1
    return passed, failed, skipped


def main(path):
    totals = [0, 0, 0]
    try:
        with open(path, encoding='utf-8') as f:
            entries = [json.loads(line) for line in f if line.strip()]
    except OSError as e:
        print(f'cannot read {path}: {e}', file=sys.stderr)
        entries = []
    for entry in entries:
        for i, n in enumerate(count(entry)):
            totals[i] += n
    if not entries:
        totals[1] += 1  # no test ran at all is a failure
    line = f'{totals[0]} passed, {totals[1]} failed'
    if totals[2]:
        line += f', {totals[2]} skipped'
    print(line)
    return 1 if totals[1] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
