#!/usr/bin/env bash
# p99 lateness of commitment nudges under load: two scheduler instances share a throwaway redis-server;
# NUDGES nudges fall due over WINDOW seconds. Prints delivered, duplicates, lost, lateness and the schedulers'
# measured Redis round trips per delivered nudge. Needs redis-server (./test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
nudges=${NUDGES:-2000}
window=${WINDOW:-20}
dotnet build -c Release bench/NudgeLateness -v quiet -nologo >/dev/null
port=$(( (RANDOM % 20000) + 30000 ))
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >/dev/null 2>&1 &
redis_pid=$!
trap 'kill $redis_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
for poll in 00:00:01 00:00:15; do
  jitter=$([ "$poll" = 00:00:01 ] && echo 00:00:00.500 || echo 00:00:05)
  dotnet bench/NudgeLateness/bin/Release/net10.0/NudgeLateness.dll "127.0.0.1:$port" "$nudges" "$window" "$poll" "$jitter"
done
