#!/bin/sh
# lint-manifest.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: lint-manifest.sh MANIFEST
# Fails when flatpak-builder cannot parse MANIFEST or warns about it (an
# unknown key or a wrong type is only a warning, with exit status 0).
# --show-manifest works offline and creates .flatpak-builder/ in the current
# directory, so it runs in a throw-away one.

set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 MANIFEST" >&2
  exit 2
fi

builder=${FLATPAK_BUILDER:-flatpak-builder}
manifest=$(realpath -- "$1") || exit 1
if [ ! -f "$manifest" ]; then
  echo "$0: $manifest: no such file" >&2
  exit 1
fi

workdir=$(mktemp -d) || exit 1
trap 'rm -rf "$workdir"' EXIT

cd "$workdir" || exit 1
"$builder" --show-manifest "$manifest" >"$workdir/manifest.out" 2>"$workdir/manifest.err"
status=$?
cat "$workdir/manifest.err" >&2

if [ $status -ne 0 ]; then
  echo "$0: flatpak-builder failed on $manifest (exit status $status)" >&2
  exit 1
fi
if grep -q WARNING "$workdir/manifest.err"; then
  echo "$0: flatpak-builder warns about $manifest" >&2
  exit 1
fi
echo "$manifest: OK"
