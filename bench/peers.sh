#!/usr/bin/env bash
# BotCompanion beside the peer bots of ../shared/peers (Agents SDK JS, botbuilder-js, bare ASP.NET Core), in one run
# per setting: a published Release build driven closed-loop on its replies (BOT_AWAIT_REPLY=1), Redis for everyone.
#   1. connector answering at once: concurrency 1, 16, 64
#   2. connector answering after 50 ms (STUB_LATENCY_MS=50): concurrency 64, 256
# The host is published as the container image publishes it (ReadyToRun for this machine's architecture).
# Prints the harness' tables: per bot and level req/s (turns/s for the product), bot CPU us/req (per turn), e2e
# (message→reply) p50/p99 ms, connector calls per turn, errors and state errors.
# Knobs: REPEAT (1), DURATION (10 s), PEERS / PEERS_SLOW (peer lists), SKIP_PEERS=1 (the product alone),
#        REDIS_PORT / STUB_PORT / PEER_PORT / BOT_PORT (7311-7314), WORK (/tmp/botcompanion-peers).
# The machine is shared: the harness pins the bot to CPU 0 and the load side to CPU 1; compare rows of one run only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
src=${PEERS_SRC:-}
for candidate in "$root/../shared/peers" "$root/../../shared/peers" /work/shared/peers; do
  [ -z "$src" ] && [ -x "$candidate/run-all.sh" ] && src=$(cd "$candidate" && pwd)
done
[ -n "$src" ] || { echo "../shared/peers not found (set PEERS_SRC)" >&2; exit 1; }
work=${WORK:-/tmp/botcompanion-peers}
mkdir -p "$work"

echo "publishing src/BotCompanion.Web (Release) to $work/bc" >&2
dotnet publish src/BotCompanion.Web -c Release -o "$work/bc" --use-current-runtime --self-contained false -p:PublishReadyToRun=true -nologo -v quiet >"$work/publish.log" 2>&1 \
  || { tail -20 "$work/publish.log" >&2; exit 1; }
# A fresh copy: the harness writes node_modules and results/ beside itself.
rm -rf "$work/peers" && cp -r "$src" "$work/peers" && rm -rf "$work/peers/results"

peers=${PEERS-agents-redis botbuilder-redis floor-redis}
peers_slow=${PEERS_SLOW-agents-redis floor-redis}
if [ "${SKIP_PEERS:-0}" = 1 ]; then peers=""; peers_slow=""; fi
# The driver is one caller sending thousands of turns a minute: the per-caller rate limit would answer most with 429.
export BOTCOMPANION_RateLimits__Enabled=false
common=(BC_DIR="$work/bc" BOT_CMD="$work/peers/bots/botcompanion-run.sh" BOT_NAME=botcompanion-redis BOT_REDIS=1
  BOT_AWAIT_REPLY=1 REPEAT="${REPEAT:-1}" DURATION="${DURATION:-10}" REDIS_PORT="${REDIS_PORT:-7311}"
  STUB_PORT="${STUB_PORT:-7312}" PEER_PORT="${PEER_PORT:-7313}" BOT_PORT="${BOT_PORT:-7314}")

echo "== run 1: Redis, connector at once, concurrency 1 16 64 ==" >&2
(cd "$work/peers" && env "${common[@]}" PEERS="$peers" LEVELS="1 16 64" OUT_DIR="$work/run-fast" ./run-all.sh) >"$work/run-fast.log" 2>&1 \
  || { tail -30 "$work/run-fast.log" >&2; exit 1; }
echo "== run 2: Redis, connector +50 ms, concurrency 64 256 ==" >&2
(cd "$work/peers" && env "${common[@]}" PEERS="$peers_slow" LEVELS="64 256" STUB_LATENCY_MS=50 SKIP_INSTALL=1 OUT_DIR="$work/run-slow" ./run-all.sh) >"$work/run-slow.log" 2>&1 \
  || { tail -30 "$work/run-slow.log" >&2; exit 1; }

for run in fast slow; do
  echo
  echo "## $run ($work/run-$run/table.md)"
  cat "$work/run-$run/table.md"
done
