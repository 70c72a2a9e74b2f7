#!/bin/sh
# bench/bench-sandbox.sh
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation, either version 3 of the License, or (at your option)
# any later version. See <https://www.gnu.org/licenses/>.
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The sandbox side of the benchmarks (bench/README.md):
#   bench/bench-sandbox.sh [BUILD_DIR]
# fills a database with BENCH_COUNT Requests (default 10000), starts tr-sandbox
# on it, then measures on loopback, printing one line per figure:
#   - requests/s and p99 latency of GET /requests?limit=100 and of a
#     single-Request GET, under wrk (BENCH_SECONDS, default 10; 2 threads,
#     16 connections);
#   - the time curl takes to fetch every page of the Request list one after
#     the other (the floor of the app's full sync).
# Needs wrk and curl. BENCH_DB=PATH reuses (or creates) that database.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/_build}
count=${BENCH_COUNT:-10000}
seconds=${BENCH_SECONDS:-10}
sandbox="$build/src/sandbox/tr-sandbox"
generator="$build/bench/gen-sandbox-db"

for tool in wrk curl; do
  command -v $tool >/dev/null || { echo "bench-sandbox: $tool is needed (apt-get install $tool)" >&2; exit 2; }
done
ninja -C "$build" src/sandbox/tr-sandbox bench/gen-sandbox-db >/dev/null

tmp=$(mktemp -d)
server=
cleanup () {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

db=${BENCH_DB:-$tmp/sandbox.db}
[ -e "$db" ] || "$generator" --count "$count" "$db" >&2

"$sandbox" --port 0 --db "$db" --seed empty --token-ttl 86400 >"$tmp/server.log" 2>&1 &
server=$!
base=
for _ in $(seq 100); do
  base=$(sed -n 's/^tr-sandbox: listening on //p' "$tmp/server.log")
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { echo "bench-sandbox: tr-sandbox did not start:" >&2; cat "$tmp/server.log" >&2; exit 1; }

token=$(curl -sf "$base/oauth2/v0/token" -d grant_type=password -d client_id=sandbox-client \
          -d client_secret=sandbox-secret -d username=emma.traveler@example.com -d password=sandbox \
        | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "bench-sandbox: no access token" >&2; exit 1; }
auth="Authorization: Bearer $token"
api="$base/travelrequest/v4"

# One Request id of the list, for the single-Request GET.
one=$(curl -sf -H "$auth" "$api/requests?limit=1" | grep -o '"id":"[0-9A-F]\{32\}"' | head -n 1 | cut -d '"' -f 4)
[ -n "$one" ] || { echo "bench-sandbox: the Request list is empty" >&2; exit 1; }

# wrk's latency table gives the 99th percentile ("99%   12.34ms").
measure () {
  label=$1
  url=$2
  wrk -t2 -c16 -d"${seconds}s" --latency -H "$auth" "$url" >"$tmp/wrk.log" 2>&1
  rps=$(sed -n 's/^Requests\/sec: *//p' "$tmp/wrk.log")
  p99=$(sed -n 's/^ *99% *//p' "$tmp/wrk.log")
  errors=$(sed -n 's/.*Non-2xx or 3xx responses: *//p' "$tmp/wrk.log")
  [ -z "$errors" ] || { echo "bench-sandbox: $errors failed responses for $label" >&2; exit 1; }
  printf '%-34s %10s req/s   p99 %s\n' "sandbox $label" "$rps" "$p99"
}
measure "GET /requests?limit=100" "$api/requests?limit=100"
measure "GET /requests/{id}" "$api/requests/$one"

# The floor of a full sync: every page of 100, fetched one after the other
# by one curl process (one connection, as a client would keep it alive).
pages=$(( (count + 99) / 100 ))
urls=$(for i in $(seq 0 $((pages - 1))); do printf '%s ' "$api/requests?limit=100&start=$((i * 100))"; done)
started=$(date +%s%N)
# shellcheck disable=SC2086
curl -sf -H "$auth" -o /dev/null $(for u in $urls; do printf -- '-o /dev/null %s ' "$u"; done)
ended=$(date +%s%N)
printf '%-34s %10s ms     (%s pages of 100)\n' "curl sequential full list" "$(( (ended - started) / 1000000 ))" "$pages"
