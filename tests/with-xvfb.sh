#!/bin/sh
# tests/with-xvfb.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation, either version 3 of the License, or (at your option)
# any later version. See <https://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs one test program on an X server of its own:
#   tests/with-xvfb.sh PROGRAM [ARGS…]
# The asan test setup wraps every test with it. Tests that share one Xvfb
# answer each other's PRIMARY selection requests, and GDK 4.8's X11
# selection code leaks on every request it serves, so LeakSanitizer would
# report GTK's leak in whichever test happened to own the selection.
# Xvfb picks a free display itself (-displayfd), so parallel tests never race.
set -u

dir=$(mktemp -d "${TMPDIR:-/tmp}/tr-xvfb-XXXXXX") || exit 1
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$dir/display" 2>"$dir/log" &
xvfb=$!
i=0
while [ ! -s "$dir/display" ] && kill -0 "$xvfb" 2>/dev/null && [ $i -lt 200 ]; do
  sleep 0.05
  i=$((i + 1))
done
if [ ! -s "$dir/display" ]; then
  echo "with-xvfb: Xvfb did not start:" >&2
  cat "$dir/log" >&2
  kill "$xvfb" 2>/dev/null
  rm -rf "$dir"
  exit 1
fi
DISPLAY=:$(head -n 1 "$dir/display") "$@"
rc=$?
kill "$xvfb" 2>/dev/null
wait "$xvfb" 2>/dev/null
rm -rf "$dir"
exit $rc
