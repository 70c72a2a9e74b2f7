#!/bin/sh
# with-keyring.sh
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
# with-keyring.sh MODE NOSVC_BUS_CONF COMMAND [ARGS...]
#
# Runs COMMAND on a private session bus (env-recipe §4):
#   unlocked  a gnome-keyring with an unlocked "login" collection
#   locked    a bare bus: gnome-keyring is auto-activated but stays locked,
#             and its prompt cannot be shown headless
#   none      a bus with no service directory, so no Secret Service at all
# Afterwards the private data directory is searched for the test secrets.
set -u

mode=$1
conf=$2
shift 2

# The bus and the daemons it starts must not inherit the tests' fatal
# warnings, nor write to the TAP stream: the test alone gets fd 3 as stdout.
if [ -z "${TR_IN_PRIVATE_BUS:-}" ]; then
  export TR_IN_PRIVATE_BUS=1
  export TR_TEST_G_DEBUG="${G_DEBUG:-}"
  unset G_DEBUG DISPLAY WAYLAND_DISPLAY
  exec 3>&1 1>&2
  if [ "$mode" = none ]; then
    exec dbus-run-session --config-file="$conf" -- "$0" "$mode" "$conf" "$@"
  fi
  exec dbus-run-session -- "$0" "$mode" "$conf" "$@"
fi

tmp=$(mktemp -d)
mkdir -p "$tmp/data" "$tmp/run" "$tmp/home"
chmod 700 "$tmp/run"
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home"
export TR_TEST_KEYRING_MODE="$mode"

case $mode in
  unlocked)
    eval "$(printf '%s' test-keyring-pw | gnome-keyring-daemon --unlock --components=secrets)"
    eval "$(gnome-keyring-daemon --start --components=secrets)"
    ;;
  locked|none)
    ;;
  *)
    echo "with-keyring.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac

G_DEBUG="$TR_TEST_G_DEBUG" "$@" >&3
rc=$?

# Tokens go to the keyring (encrypted) and nowhere else.
if grep -rq "TR-TEST-SECRET" "$tmp"; then
  echo "with-keyring.sh: a test secret was found in clear text under $tmp" >&2
  rc=1
fi
rm -rf "$tmp"
exit $rc
