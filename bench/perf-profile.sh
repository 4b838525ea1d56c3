#!/usr/bin/env bash
# A CPU profile of BotCompanion's turn with perf (no managed profiler): the published build (bench/peers.sh's $WORK/bc)
# with Redis, driven closed-loop on its replies by the peers load driver, while `perf record` samples the bot with the
# runtime's perf map on. Prints turns/s and CPU per turn, the Redis EVALSHA count of the window, and leaves the top
# symbols in /tmp/pp-self.txt (self) and /tmp/pp-incl.txt (inclusive). JIT share: perf report --sort dso.
# Knobs: CONC (16), SECS (10, profiled window), WARM (3, seconds of load before it: the JIT tiers up in the first
# minute, so WARM=60 shows the steady state), INMEM=1 (no Redis), BC_DIR, JITSUM=1 (every JIT compile in /tmp/jit.txt).
# Needs: perf (Debian linux-perf), redis-server, and bench/peers.sh run once (publish, stub and driver built).
set -euo pipefail
work=${WORK:-/tmp/botcompanion-peers}; bc=${BC_DIR:-$work/bc}; peers=$work/peers
conc=${CONC:-16}; secs=${SECS:-10}
redis_port=7411; stub_port=7412; bot_port=7414
source "$(dirname "$0")/processes.sh"
start_redis $redis_port
dotnet "$peers/tools/stub/bin/Release/net10.0/ConnectorStub.dll" --port $stub_port >/tmp/pp-stub.log 2>&1 & pids+=($!)
extra=()
[ "${INMEM:-0}" = 1 ] || extra=(BOTCOMPANION_Storage__Redis__Configuration="127.0.0.1:$redis_port")
(cd "$bc" && exec env DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 ${JITSUM:+DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile=/tmp/jit.txt} BOTCOMPANION_RateLimits__Enabled=false ASPNETCORE_URLS="http://127.0.0.1:$bot_port" ASPNETCORE_ENVIRONMENT=Production BOTCOMPANION_Channels__WebChat__Enabled=false \
  "${extra[@]}" dotnet BotCompanion.Web.dll >/tmp/pp-bot.log 2>&1) &
bot_pid=$!; pids+=($bot_pid)
for _ in $(seq 1 200); do curl -s -o /dev/null "http://127.0.0.1:$bot_port/healthz" && break; sleep 0.1; done
driver=(dotnet "$peers/tools/driver/bin/Release/net10.0/LoadDriver.dll" --url "http://127.0.0.1:$bot_port/api/messages"
  --stub "http://127.0.0.1:$stub_port" --pid "$bot_pid" --await-reply --coach-texts --channel msteams)
"${driver[@]}" --concurrency "$conc" --duration ${WARM:-3} --warmup 5 --label warm >/dev/null 2>&1
botpid=$(pgrep -f "dotnet BotCompanion.Web.dll" | head -1)
redis-cli -p $redis_port config resetstat >/dev/null
perf record -F 999 -g -p "$botpid" -o /tmp/pp.data -- sleep $((secs)) >/dev/null 2>&1 &
rec=$!
"${driver[@]}" --concurrency "$conc" --duration "$secs" --warmup 0 --label profiled 2>&1 | head -1
wait $rec || true
calls=$(redis-cli -p $redis_port info commandstats | grep -o 'calls=[0-9]*' | cut -d= -f2 | paste -sd+ | bc)
echo "redis commands: $calls"; redis-cli -p $redis_port info commandstats | grep -E "evalsha|lindex" | cut -d, -f1
perf report -i /tmp/pp.data --no-children --sort dso,symbol --stdio 2>/dev/null | grep -v '^#' | grep '%' | head -${TOP:-60} > /tmp/pp-self.txt
perf report -i /tmp/pp.data --children --sort symbol --stdio -g none 2>/dev/null | grep -v '^#' | grep '%' | head -${TOPI:-120} > /tmp/pp-incl.txt
