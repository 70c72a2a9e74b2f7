#!/bin/sh
# help/check-install.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later

# check-install.sh MESON BUILD_DIR HELP_ROOT HELP_ID FILE...
#
# Installs the build's documentation (install tag "doc") into a temporary
# DESTDIR and checks, as TAP, that each FILE of the guide lands in
# HELP_ROOT/C/HELP_ID/, the folder that help:HELP_ID opens in the C locale.
# HELP_ROOT is absolute (<prefix>/<datadir>/help).
set -u

meson=$1 build=$2 help_dir=$3/C/$4
shift 4

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "1..$(($# + 1))"
if out=$("$meson" install -C "$build" --no-rebuild --quiet --tags doc --destdir "$tmp" 2>&1); then
  echo "ok 1 - meson install --tags doc --destdir"
else
  echo "not ok 1 - meson install --tags doc --destdir"
  printf '%s\n' "$out" | sed 's/^/# /'
fi

n=1 failed=0
for file in "$@"; do
  n=$((n + 1))
  installed="$tmp$help_dir/$file"
  if [ -s "$installed" ] && cmp -s "$installed" "$(dirname "$0")/C/$file"; then
    echo "ok $n - $help_dir/$file"
  else
    echo "not ok $n - $help_dir/$file"
    echo "# missing or different from the source: $installed"
    failed=1
  fi
done
exit $failed
