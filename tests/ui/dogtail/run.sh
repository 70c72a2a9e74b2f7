#!/usr/bin/env bash
# tests/ui/dogtail/run.sh APP SCRIPT.py [args]
# Runs APP with accessibility on, on its own session bus, and drives it with a
# dogtail script through AT-SPI. Needs an X display (build-aux/dev test gives one).
set -u
if [ -z "${TR_IN_PRIVATE_BUS:-}" ]; then
  export TR_IN_PRIVATE_BUS=1
  # Services of the private bus (AT-SPI) print to the same output: anything
  # that is not TAP becomes a TAP comment.
  dbus-run-session -- "$0" "$@" 2>&1 | sed -u '/^\(ok \|not ok \|1\.\.\|#\)/!s/^/# /'
  exit "${PIPESTATUS[0]}"
fi
app=$1 script=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
# In demo mode the app writes its sandbox's address there, for scripts
# that check the server side through its HTTP API.
export TR_DEMO_URL_FILE="${TR_DEMO_URL_FILE:-$tmp/demo-url}"
unset GTK_A11Y NO_AT_BRIDGE
export GSK_RENDERER=cairo ADW_DISABLE_PORTAL=1 GSETTINGS_BACKEND=memory
"$app" > "$tmp/app.log" 2>&1 &
pid=$!
# Anything the script or dogtail prints that is not TAP becomes a TAP comment.
timeout 170 /usr/bin/python3 "$script" "$@" 2>&1 | sed -u '/^\(ok \|not ok \|1\.\.\|#\)/!s/^/# /'
rc=${PIPESTATUS[0]}
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
if [ $rc -ne 0 ]; then
  echo "# app log:"; sed 's/^/# /' "$tmp/app.log"
fi
exit $rc
