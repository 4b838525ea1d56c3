#!/usr/bin/env bash
# Fuzzing at volume: COUNT (default 100,000) generated hostile requests (malformed, truncated, wrongly typed,
# oversized, oddly encoded; the generators of tests/BotCompanion.Web.Tests/Operations/HostileInputTests) across
# POST /api/messages (anonymous loopback mode), /api/discord/interactions (signed with the host's key, or badly),
# the web chat and the coach portal's forms (a coach signed in, an executive linked), against the Release host on
# Redis. Prints per endpoint the requests, a status-code histogram, the 5xx and the unanswered; then whether the
# host stayed ready and whether Redis holds anything of a request answered 4xx. Needs redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-100000}
seed=${SEED:-15}
parallel=${PARALLEL:-8}
dotnet build -c Release src/BotCompanion.Web -v quiet -nologo >/dev/null
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/Fuzz -v quiet -nologo >/dev/null
source bench/processes.sh
redis_port=$(port); bot_port=$(port); stub_port=$(port)
prefix="fuzz$RANDOM"

start_redis "$redis_port"
export Storage__Redis__Configuration="127.0.0.1:$redis_port" Storage__KeyPrefix="$prefix"
env ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Error RateLimits__Enabled=false \
  Channels__Discord__PublicKey=d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a \
  Channels__Discord__ApplicationId=1288077469286531073 Channels__Discord__ApiBaseUrl="http://127.0.0.1:$stub_port/api/v10/" \
  dotnet src/BotCompanion.Web/bin/Release/net10.0/BotCompanion.Web.dll --urls "http://127.0.0.1:$bot_port" >/tmp/bench-fuzz-bot.log 2>&1 &
pids+=($!)
for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$bot_port/readyz" >/dev/null && break; sleep 0.1; done

invite=$(dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll coach invite fuzz-bench@coaching.example --name Bench 2>/dev/null)
link=$(grep -o 'http[^ ]*coach/signin?token=[^ ]*' <<<"$invite" | sed "s#^http://[^/]*#http://127.0.0.1:$bot_port#")
code=$(grep -o '/coach-link [A-Z0-9]*' <<<"$invite" | cut -d' ' -f2)

dotnet bench/Fuzz/bin/Release/net10.0/Fuzz.dll --host "http://127.0.0.1:$bot_port" --stub-port "$stub_port" --count "$count" \
  --seed "$seed" --parallel "$parallel" --signin-link "$link" --invite "$code" --redis "127.0.0.1:$redis_port" --prefix "$prefix" \
  && status=0 || status=$?
echo "host log lines at Error or above: $(grep -c 'fail:\|crit:' /tmp/bench-fuzz-bot.log || true) (in /tmp/bench-fuzz-bot.log); unhandled exceptions: $(grep -c 'An unhandled exception' /tmp/bench-fuzz-bot.log || true)"
exit $status
