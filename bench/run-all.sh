#!/bin/sh
# bench/run-all.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation, either version 3 of the License, or (at your option)
# any later version. See <https://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The app-side benchmarks of issue 9 (bench/README.md):
#   bench/run-all.sh [BUILD_DIR]
# prints one line per figure (value, floor, ratio, target, verdict) and
# writes bench/results.md. BENCH_COUNT (10000) Requests, BENCH_RUNS (5)
# launches per startup median. Needs Xvfb, dbus-run-session, curl, jq and
# /usr/bin/time; bench-sandbox.sh adds the sandbox's figures under wrk.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/_build}" && pwd)
count=${BENCH_COUNT:-10000}
runs=${BENCH_RUNS:-5}
results="$root/bench/results.md"

for tool in Xvfb dbus-run-session curl jq wrk /usr/bin/time; do
  command -v $tool >/dev/null || { echo "run-all: $tool is needed" >&2; exit 2; }
done
ninja -C "$build" src/travel-requests src/sandbox/tr-sandbox bench/gen-sandbox-db \
  bench/bench-sync bench/bench-search bench/bare-window >/dev/null

tmp=$(mktemp -d)
server=
xvfb=
cleanup () {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

lines=
# figure LABEL VALUE UNIT FLOOR TARGET_TEXT OK(0/1)
figure () {
  line=$(printf '| %s | %s %s | %s | %s | %s |' "$1" "$2" "$3" "$4" "$5" "$6")
  printf '%-28s %10s %-3s floor %-22s target %-18s %s\n' "$1" "$2" "$3" "$4" "$5" "$6"
  lines="$lines$line
"
}
verdict () { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
ratio () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
le () { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
median () { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

"$build/bench/gen-sandbox-db" --count "$count" "$tmp/gen.db" >&2

# --- The sandbox under wrk, on a copy of the same data.
cp "$tmp/gen.db" "$tmp/wrk.db"
BENCH_DB="$tmp/wrk.db" BENCH_COUNT="$count" "$root/bench/bench-sandbox.sh" "$build" >"$tmp/sandbox.out"
while IFS='|' read -r label rps p99; do
  figure "sandbox $label" "$rps" "req/s, p99 $p99" "-" "(informative)" "-"
done <<EOF_SANDBOX
$(sed -n 's/^sandbox \(GET [^ ]*\) *\([0-9.]*\) req\/s *p99 \(.*\)$/\1|\2|\3/p' "$tmp/sandbox.out")
EOF_SANDBOX

# --- Sync: bench-sync against tr-sandbox, floor = curl over every page.
cp "$tmp/gen.db" "$tmp/sync.db"
"$build/src/sandbox/tr-sandbox" --port 0 --db "$tmp/sync.db" --seed empty --token-ttl 86400 >"$tmp/server.log" 2>&1 &
server=$!
base=
for _ in $(seq 100); do
  base=$(sed -n 's/^tr-sandbox: listening on //p' "$tmp/server.log")
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { echo "run-all: tr-sandbox did not start" >&2; cat "$tmp/server.log" >&2; exit 1; }
token=$(curl -sf "$base/oauth2/v0/token" -d grant_type=password -d client_id=sandbox-client \
          -d client_secret=sandbox-secret -d username=emma.traveler@example.com -d password=sandbox \
        | jq -r .access_token)
auth="Authorization: Bearer $token"
api="$base/travelrequest/v4"

pages=$(( (count + 99) / 100 ))
started=$(date +%s%N)
# shellcheck disable=SC2046
curl -sf -H "$auth" $(for i in $(seq 0 $((pages - 1))); do
  printf -- '-o /dev/null %s ' "$api/requests?limit=100&start=$((i * 100))"; done)
curl_ms=$(( ($(date +%s%N) - started) / 1000000 ))

# First line: the pull (list complete); second: the background hydration.
full_out=$("$build/bench/bench-sync" "$base" "$tmp/store.db" full)
full_ms=$(echo "$full_out" | sed -n 1p)
full_ms=${full_ms%.*}
hydrate_ms=$(echo "$full_out" | sed -n 2p)
hydrate_ms=${hydrate_ms%.*}
figure "full sync ($count)" "$full_ms" ms "curl $curl_ms ms ($(ratio "$full_ms" "$curl_ms")x)" "<= 2x curl" \
  "$(verdict "$(le "$full_ms" $((2 * curl_ms)))")"
figure "  then hydration (active)" "$hydrate_ms" ms "-" "informative" "-"

# Incremental: 10 editable (unsubmitted) Requests changed through the API,
# then one sync run on the same store.
ids=$(curl -sf -H "$auth" "$api/requests?limit=10&view=UNSUBMITTED" | jq -r '.data[].id' | head -n 10)
n=0
for id in $ids; do
  curl -sf -o /dev/null -X PUT -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"businessPurpose\":\"Benchmark edit $n\"}" "$api/requests/$id"
  n=$((n + 1))
done
[ "$n" = 10 ] || { echo "run-all: changed $n Requests, not 10" >&2; exit 1; }
inc_ms=$("$build/bench/bench-sync" "$base" "$tmp/store.db" incremental)
figure "incremental sync (10)" "$inc_ms" ms "-" "<= 100 ms" "$(verdict "$(le "$inc_ms" 100)")"
kill "$server"; wait "$server" 2>/dev/null || true; server=

# --- Startup and memory: later launches of the demo app vs a bare window.
# The first launch fills the demo's store (a full sync); the later ones show
# it from the cache before tr-sandbox even listens (bench/README.md).
Xvfb :71 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
xdg="$tmp/xdg"
mkdir -p "$xdg/data/travel-requests/demo" "$xdg/config" "$xdg/cache"
cp "$tmp/gen.db" "$xdg/data/travel-requests/demo/sandbox.db"
launch () {
  started=$(date +%s%N)
  DISPLAY=:71 XDG_DATA_HOME="$xdg/data" XDG_CONFIG_HOME="$xdg/config" XDG_CACHE_HOME="$xdg/cache" \
    GSK_RENDERER=cairo GTK_A11Y=none ADW_DISABLE_PORTAL=1 GSETTINGS_BACKEND=memory \
    GSETTINGS_SCHEMA_DIR="$build/data" TR_SANDBOX_PATH="$build/src/sandbox/tr-sandbox" \
    TRAVEL_REQUESTS_DEMO=1 TR_BENCH_EXIT_AFTER_FRAME=1 \
    timeout 300 dbus-run-session -- /usr/bin/time -o "$tmp/rss" -f '%M' "$@" >"$tmp/launch.log" 2>&1 \
    || { echo "run-all: $* failed:" >&2; cat "$tmp/launch.log" >&2; exit 1; }
  echo "$(( ($(date +%s%N) - started) / 1000000 )) $(cat "$tmp/rss")"
}
launch "$build/src/travel-requests" >"$tmp/first"   # fills the store
: >"$tmp/app"; : >"$tmp/bare"; : >"$tmp/blank"
for _ in $(seq "$runs"); do
  launch "$build/src/travel-requests" >>"$tmp/app"
  launch "$build/bench/bare-window" >>"$tmp/bare"
  launch "$build/bench/bare-window" --blank >>"$tmp/blank"
done
app_ms=$(cut -d ' ' -f 1 "$tmp/app" | median)
bare_ms=$(cut -d ' ' -f 1 "$tmp/bare" | median)
blank_ms=$(cut -d ' ' -f 1 "$tmp/blank" | median)
app_kb=$(cut -d ' ' -f 2 "$tmp/app" | sort -n | tail -n 1)
bare_kb=$(cut -d ' ' -f 2 "$tmp/bare" | sort -n | tail -n 1)
figure "first launch (empty store)" "$(cut -d ' ' -f 1 "$tmp/first")" ms "-" "(informative)" "-"
figure "startup (median of $runs)" "$app_ms" ms "bare $bare_ms ms ($(ratio "$app_ms" "$bare_ms")x)" "<= 1.5x bare" \
  "$(verdict "$(awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { print (a <= 1.5 * b) ? 1 : 0 }')")"
figure "  vs a window without header bar" "$app_ms" ms "blank $blank_ms ms ($(ratio "$app_ms" "$blank_ms")x)" \
  "(informative)" "-"
figure "peak RSS" "$((app_kb / 1024))" MB "bare $((bare_kb / 1024)) MB" "<= bare + 40 MB" \
  "$(verdict "$(le "$app_kb" $((bare_kb + 40960)))")"
# Every launch reuses the demo's one store (its name does not depend on
# tr-sandbox's port): no file more per launch.
stores=$(find "$xdg/data/travel-requests" -name '*.db' ! -name sandbox.db | wc -l)
figure "demo stores after $((runs + 1)) launches" "$stores" files "-" "1" "$(verdict "$(le "$stores" 1)")"

# --- Search per keystroke over the filtered list.
set -- $("$build/bench/bench-search" "$count")
figure "search keystroke median" "$1" ms "-" "<= 8 ms" "$(verdict "$(le "$1" 8)")"
figure "search keystroke worst" "$2" ms "-" "<= 8 ms" "$(verdict "$(le "$2" 8)")"

{
  echo "# Benchmark results (bench/run-all.sh)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $count Requests, build $(basename "$build")."
  echo
  echo "| Figure | Value | Floor (ratio) | Target | Verdict |"
  echo "|---|---|---|---|---|"
  printf '%s' "$lines"
} >"$results"
echo "run-all: wrote $results"
