#!/usr/bin/env bash
# Latency of one turn through POST /api/messages (post → reply at a connector stub), median over 1,000 turns,
# with the in-memory store and with Redis. Needs redis-server (./test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
turns=${TURNS:-1000}
dotnet build -c Release src/BotCompanion.Web -v quiet -nologo >/dev/null
dotnet build -c Release bench/TurnLatency -v quiet -nologo >/dev/null
source bench/processes.sh

run() {
  local label=$1; shift
  local bot_port; bot_port=$(port)
  env "$@" Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/BotCompanion.Web/bin/Release/net10.0/BotCompanion.Web.dll --urls "http://127.0.0.1:$bot_port" >/tmp/bench-bot-$label.log 2>&1 &
  local pid=$!; pids+=($pid)
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$bot_port/healthz" >/dev/null && break; sleep 0.1; done
  printf '%-10s ' "$label"
  dotnet bench/TurnLatency/bin/Release/net10.0/TurnLatency.dll "http://127.0.0.1:$bot_port" "$turns"
  kill $pid; wait $pid 2>/dev/null || true
}

run in-memory
redis_port=$(port)
start_redis "$redis_port"
run redis Storage__Redis__Configuration="127.0.0.1:$redis_port"
