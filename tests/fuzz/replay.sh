#!/bin/sh
# tests/fuzz/replay.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation, either version 3 of the License, or (at your option)
# any later version. See <https://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Replays the committed inputs of one libFuzzer target once each:
#   tests/fuzz/replay.sh BINARY TARGET
# corpus/TARGET/ and regressions/TARGET/ are looked up when the test runs,
# so an input (or a whole regressions folder) added after `meson setup` is
# replayed without reconfiguring.
set -eu

binary=$1
target=$2
here=$(cd "$(dirname "$0")" && pwd)

set -- "$here/corpus/$target"
[ -d "$here/regressions/$target" ] && set -- "$@" "$here/regressions/$target"
exec "$binary" -runs=0 "$@"
