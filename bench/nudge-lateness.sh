#!/usr/bin/env bash
# p99 lateness of commitment nudges under load: two scheduler instances share a throwaway redis-server;
# NUDGES nudges fall due over WINDOW seconds. Prints delivered, duplicates, lost, lateness and the schedulers'
# measured Redis round trips per delivered nudge. Needs redis-server (./test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
nudges=${NUDGES:-2000}
window=${WINDOW:-20}
dotnet build -c Release bench/NudgeLateness -v quiet -nologo >/dev/null
source bench/processes.sh
redis_port=$(port)
start_redis "$redis_port"
for poll in 00:00:01 00:00:15; do
  jitter=$([ "$poll" = 00:00:01 ] && echo 00:00:00.500 || echo 00:00:05)
  dotnet bench/NudgeLateness/bin/Release/net10.0/NudgeLateness.dll "127.0.0.1:$redis_port" "$nudges" "$window" "$poll" "$jitter"
done
