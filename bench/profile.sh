#!/usr/bin/env bash
# A CPU profile of BotCompanion's turn: the published Release build with Redis, driven closed-loop on its replies by
# the load driver of ../shared/peers (coaching texts, concurrency $CONC) while dotnet-trace samples it; prints the
# top methods by exclusive and inclusive samples (dotnet-trace report topN).
# Needs: dotnet-trace (dotnet tool install --tool-path "$TOOLS" dotnet-trace), redis-server, bench/peers.sh's $WORK
# (the harness built there: stub and driver). Knobs: CONC (16), SECONDS_ (15), REDIS_PORT (7311), WORK, TOOLS, BC_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-/tmp/botcompanion-peers}
tools=${TOOLS:-$work/tools}
bc=${BC_DIR:-$work/bc}
peers=$work/peers
conc=${CONC:-16}
secs=${SECONDS_:-15}
redis_port=${REDIS_PORT:-7311}; stub_port=${STUB_PORT:-7312}; bot_port=${BOT_PORT:-7314}
[ -x "$tools/dotnet-trace" ] || dotnet tool install --tool-path "$tools" dotnet-trace >/dev/null
[ -f "$bc/BotCompanion.Web.dll" ] || dotnet publish src/BotCompanion.Web -c Release -o "$bc" --use-current-runtime --self-contained false -p:PublishReadyToRun=true -nologo -v quiet >/dev/null
for f in "$peers/tools/stub/bin/Release/net10.0/ConnectorStub.dll" "$peers/tools/driver/bin/Release/net10.0/LoadDriver.dll"; do
  [ -f "$f" ] || { echo "missing $f: run bench/peers.sh first" >&2; exit 1; }
done

source bench/processes.sh
start_redis "$redis_port"
dotnet "$peers/tools/stub/bin/Release/net10.0/ConnectorStub.dll" --port "$stub_port" >"$work/profile-stub.log" 2>&1 & pids+=($!)
(cd "$bc" && exec env BOTCOMPANION_RateLimits__Enabled=false ASPNETCORE_URLS="http://127.0.0.1:$bot_port" ASPNETCORE_ENVIRONMENT=Production BOTCOMPANION_Channels__WebChat__Enabled=false \
  BOTCOMPANION_Storage__Redis__Configuration="127.0.0.1:$redis_port" dotnet BotCompanion.Web.dll >"$work/profile-bot.log" 2>&1) &
bot_pid=$!; pids+=($bot_pid)
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$bot_port/healthz" && break; sleep 0.1; done
driver=(dotnet "$peers/tools/driver/bin/Release/net10.0/LoadDriver.dll" --url "http://127.0.0.1:$bot_port/api/messages"
  --stub "http://127.0.0.1:$stub_port" --pid "$bot_pid" --await-reply --coach-texts --channel msteams)
"${driver[@]}" --concurrency "$conc" --duration 1 --warmup 5 --label warm >/dev/null 2>&1   # JIT tiering before sampling
"$tools/dotnet-trace" collect -p "$bot_pid" --profile dotnet-sampled-thread-time -o "$work/turn.nettrace" --duration "00:00:00:$((secs + 2))" >/dev/null 2>&1 &
trace=$!
sleep 1
redis-cli -p "$redis_port" config resetstat >/dev/null
"${driver[@]}" --concurrency "$conc" --duration "$secs" --warmup 0 --label profiled 2>&1 | head -2 | tee "$work/profile-driver.txt"
# Redis commands per turn: every command since the reset over the replies the stub saw in the window (a slight
# overestimate: the window's last turns may have reached Redis but not the stub yet).
calls=$(redis-cli -p "$redis_port" info commandstats | grep -o 'calls=[0-9]*' | cut -d= -f2 | paste -sd+ | bc)
replies=$(grep -o 'replyTo=[0-9]*' "$work/profile-driver.txt" | cut -d= -f2)
echo "redis: $calls commands for $replies turns ($(echo "scale=2; $calls / $replies" | bc) per turn)"
redis-cli -p "$redis_port" info commandstats | grep cmdstat
wait $trace || true
"$tools/dotnet-trace" report "$work/turn.nettrace" topN -n 25
"$tools/dotnet-trace" report "$work/turn.nettrace" topN -n 40 --inclusive
