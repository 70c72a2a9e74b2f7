#!/bin/sh
# tests/fuzz/run-fuzzers.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation, either version 3 of the License, or (at your option)
# any later version. See <https://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs every libFuzzer target for SECONDS (default 60), one after the other.
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]
# BUILD_DIR (default _build-fuzz) must be configured with
#   CC=clang meson setup BUILD_DIR -Dfuzzing=true -Db_lundef=false
# New inputs go to BUILD_DIR/fuzz-work/<target>/ (the committed corpus is only
# read); crash inputs go to BUILD_DIR/fuzz-artifacts/. Prints one TAP line
# per target ("ok"/"not ok", so build-aux/test-summary.py counts them) and
# exits 1 if any target crashed. TR_FUZZ_TARGETS="model amount" limits the
# run to those targets. Every run starts by executing the whole committed
# corpus and regressions/<target>/ as they are on disk now.
set -u

seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${2:-$root/_build-fuzz}

case $seconds in
  ''|*[!0-9]*) echo "run-fuzzers: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac
if [ ! -d "$build/tests/fuzz" ]; then
  echo "run-fuzzers: no fuzz targets in $build; configure it with" >&2
  echo "  CC=clang meson setup $build -Dfuzzing=true -Db_lundef=false" >&2
  exit 2
fi

targets=${TR_FUZZ_TARGETS:-$(ls "$here/corpus")}
ninja -C "$build" $(for t in $targets; do printf 'tests/fuzz/fuzz-%s ' "$t"; done) >/dev/null || {
  echo "run-fuzzers: building the targets in $build failed" >&2
  exit 2
}

artifacts="$build/fuzz-artifacts"
work="$build/fuzz-work"
mkdir -p "$artifacts"
failed=0
n=0
echo "1..$(echo $targets | wc -w)"
for target in $targets; do
  n=$((n + 1))
  binary="$build/tests/fuzz/fuzz-$target"
  log="$work/$target.log"
  mkdir -p "$work/$target"
  set -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
         -artifact_prefix="$artifacts/$target-" "$work/$target" "$here/corpus/$target"
  [ -d "$here/regressions/$target" ] && set -- "$@" "$here/regressions/$target"
  case $target in
    amount|json-values|sandbox-faults) ;;
    *) set -- -dict="$here/json.dict" "$@" ;;
  esac
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  G_DEBUG=fatal-warnings TZ=UTC LC_ALL=C.UTF-8 \
    "$binary" "$@" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  found=$(ls "$work/$target" | wc -l)
  if [ $rc -eq 0 ]; then
    printf 'ok %d - fuzz-%-17s %4ss %10s runs %6s new corpus files\n' "$n" "$target" "$seconds" "${runs:-?}" "$found"
  else
    failed=1
    crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    printf 'not ok %d - fuzz-%-17s CRASH %s (log: %s)\n' "$n" "$target" "${crash:-no input written}" "$log"
  fi
done
exit $failed
