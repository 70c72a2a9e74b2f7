#!/usr/bin/python3
# Prints "N passed, N failed[, N skipped]" over one or more test passes,
# counting individual GTest cases: TAP "ok"/"not ok" lines of each test
# program, or the program's own result when it speaks no TAP.
#
#   test-summary.py [LABEL=]FILE ...
#
# Each argument is one pass: a meson testlog .json, or a plain TAP file
# ending in .tap, such as the output of tests/fuzz/run-fuzzers.sh. A line per pass
# goes to stderr; the last line on stdout is the total. A pass whose log is
# missing or empty counts as one failure (nothing ran). Exit status 1 if
# anything failed.
import json
import re
import sys

TAP = re.compile(r'^(not ok|ok)\b(.*)$')


def count_tap(text):
    passed = failed = skipped = 0
    matches = [TAP.match(line) for line in (text or '').splitlines()]
    matches = [m for m in matches if m]
    for m in matches:
        directive = m.group(2)
        if re.search(r'#\s*SKIP', directive, re.I):
            skipped += 1
        elif m.group(1) == 'ok' or re.search(r'#\s*TODO', directive, re.I):
            passed += 1
        else:
            failed += 1
    return passed, failed, skipped, len(matches)


def count_entry(entry):
    passed, failed, skipped, lines = count_tap(entry.get('stdout'))
    result = entry.get('result')
    if not lines:
        if result in ('OK', 'EXPECTEDFAIL'):
            passed = 1
        elif result == 'SKIP':
            skipped = 1
        else:
            failed = 1
    elif result not in ('OK', 'EXPECTEDFAIL', 'SKIP') and failed == 0:
        # The program crashed, timed out, or a sanitizer failed it after
        # its last TAP line (leaks are reported at exit).
        failed = 1
    return passed, failed, skipped


def read(path):
    try:
        with open(path, encoding='utf-8') as f:
            return f.read()
    except OSError as e:
        print(f'cannot read {path}: {e}', file=sys.stderr)
        return ''


def count_meson_log(path):
    totals = [0, 0, 0]
    entries = [json.loads(line) for line in read(path).splitlines() if line.strip()]
    for entry in entries:
        for i, n in enumerate(count_entry(entry)):
            totals[i] += n
    return totals, bool(entries)


def count_tap_file(path):
    passed, failed, skipped, lines = count_tap(read(path))
    return [passed, failed, skipped], lines > 0


def format_counts(counts):
    line = f'{counts[0]} passed, {counts[1]} failed'
    if counts[2]:
        line += f', {counts[2]} skipped'
    return line


def main(args):
    totals = [0, 0, 0]
    passes = 0
    for arg in args:
        label, _, path = arg.rpartition('=') if '=' in arg else ('', '', arg)
        if path.endswith('.tap'):
            counts, ran = count_tap_file(path)
        else:
            counts, ran = count_meson_log(path)
        if not ran:
            counts[1] += 1  # no test ran at all is a failure
        passes += 1
        print(f'  {label or path}: {format_counts(counts)}', file=sys.stderr)
        for i in range(3):
            totals[i] += counts[i]
    if passes == 0:
        totals[1] += 1
    print(format_counts(totals))
    return 1 if totals[1] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
