#!/usr/bin/env bash
# Load test of POST /api/v1/trading/orders with wrk (Debian's), against the Release host on a fresh embedded SQLite
# database on loopback: a warm-up, then 60 s measured, 2 threads, 64 connections; prints wrk's latency distribution, the
# rate, and the host's CPU time per order over the measured run.
# The warm-up (30 s unless WARMUP says otherwise, e.g. WARMUP=0s) is not counted: a host just started spends most of its
# first half minute compiling (tiered JIT on 2 cores), which is not the steady state the target speaks of. Each run has
# its own idempotency keys, so the measured run books new trades instead of replaying the warm-up's.
# Usage: tests/Platform.Benchmarks/Load/load-orders.sh [duration, default 60s] [connections, default 64]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
duration="${1:-60s}"
connections="${2:-64}"
work="$(mktemp -d)"
port=5091
dotnet build "$root/host/Platform.Host" -c Release -v q -nologo > /dev/null
"$root/host/Platform.Host/bin/Release/net10.0/Platform.Host" --Platform:Database:ConnectionString="Data Source=$work/platform.db" \
  --Platform:Demo:Enabled=true --Urls="http://127.0.0.1:$port" --Serilog:MinimumLevel:Default=Warning > "$work/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; wait $host 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null && break; sleep 1; done
curl -sf -c "$work/jar" -H 'Content-Type: application/json' -d '{"userName":"trader1","password":"Demo@2026"}' "http://127.0.0.1:$port/api/v1/auth/login" > /dev/null
export PLATFORM_COOKIE="platform.session=$(awk '$6 == "platform.session" { print $7 }' "$work/jar")"
# the latest business day: an order's trade date may not be ahead of today
export PLATFORM_TRADE_DATE="$(curl -sf -b "$work/jar" "http://127.0.0.1:$port/api/v1/trading/reference/bonds/$(curl -sf -b "$work/jar" "http://127.0.0.1:$port/api/v1/trading/reference/bonds?bondType=Treasury&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["bondId"])')/valuations" | python3 -c 'import json,sys; print(json.load(sys.stdin)[-1]["date"])')"
export PLATFORM_BONDS="$(for type in Treasury PolicyBank LocalGovernment; do curl -sf -b "$work/jar" "http://127.0.0.1:$port/api/v1/trading/reference/bonds?bondType=$type&pageSize=10"; echo; done | python3 -c '
import json, sys, urllib.request
ids = [b["bondId"] for line in sys.stdin if line.strip() for b in json.loads(line)["items"][-5:]]
print(",".join(ids))')"
# each bond with its latest clean price, so the price deviation check passes
prices=""
for bond in ${PLATFORM_BONDS//,/ }; do
  price=$(curl -sf -b "$work/jar" "http://127.0.0.1:$port/api/v1/trading/reference/bonds/$bond/valuations" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)[-1]["cleanPrice"], 4))')
  prices="$prices${prices:+,}$bond:$price"
done
export PLATFORM_BONDS="$prices"
warmup="${WARMUP:-30s}"
if [ "$warmup" != "0s" ]; then
  PLATFORM_RUN="warm-$$" wrk -t2 -c"$connections" -d"$warmup" -s "$root/tests/Platform.Benchmarks/Load/orders.lua" "http://127.0.0.1:$port" \
    | sed -n 's/^Requests\/sec:/warm-up, not counted: orders\/s/p'
fi
cpu() { awk '{ print $14 + $15 }' "/proc/$host/stat"; }   # the host's user + system time, in clock ticks
before=$(cpu)
PLATFORM_RUN="run-$$" wrk -t2 -c"$connections" -d"$duration" --latency -s "$root/tests/Platform.Benchmarks/Load/orders.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"
ticks=$(( $(cpu) - before ))
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
echo "host CPU over the run: $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.1f s, %.0f µs per request", t / hz, t / hz / n * 1e6 }')"
echo "trades booked: $(curl -sf -b "$work/jar" "http://127.0.0.1:$port/api/v1/trading/trades?book=RATES-TRD&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') in RATES-TRD (one book of six)"
