#!/usr/bin/env bash
# The one test command: installs what the tests need, starts a throwaway redis-server on a free loopback port,
# runs every test in the solution, prints "N passed, N failed, N skipped" and stops what it started.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '[test.sh] %s\n' "$*" >&2; }

apt_install() {
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing $* from Debian packages"
    if [ ! -f /tmp/.botcompanion-apt-updated ]; then apt-get update -qq >/dev/null && touch /tmp/.botcompanion-apt-updated; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    say "cannot install $* (needs root and apt-get). Install it yourself: sudo apt-get install $*"
    exit 2
  fi
}

command -v redis-server >/dev/null || apt_install redis-server
command -v redis-server >/dev/null || { say "redis-server is still missing after install"; exit 2; }

# A real browser for the coach portal tests (Playwright drives Debian's Chromium; no browser download).
[ -x /usr/bin/chromium ] || apt_install chromium
[ -x /usr/bin/chromium ] || { say "chromium is still missing after install"; exit 2; }

# Agents Playground (a real Teams-like client) for the end-to-end test, when node is present.
if command -v node >/dev/null && command -v npm >/dev/null; then
  playground_dir="${BOTCOMPANION_TOOLS:-$HOME/.cache/botcompanion}/playground"
  playground_cli="$playground_dir/node_modules/@microsoft/m365agentsplayground/cli.js"
  if [ ! -f "$playground_cli" ]; then
    say "installing @microsoft/m365agentsplayground@0.2.28 into $playground_dir"
    mkdir -p "$playground_dir"
    npm install --silent --no-audit --no-fund --prefix "$playground_dir" @microsoft/m365agentsplayground@0.2.28 >/dev/null 2>&1 \
      || say "could not install the Agents Playground from npm; its test will fail and say so"
  fi
  export BOTCOMPANION_TEST_PLAYGROUND="$playground_cli"
fi

pids=()
cleanup() { for pid in "${pids[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  say "no free loopback port found"; exit 2
}

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no --loglevel warning >/tmp/botcompanion-test-redis.log 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  if redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG; then break; fi
  sleep 0.1
done
redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG || { say "redis-server did not start on port $redis_port"; cat /tmp/botcompanion-test-redis.log >&2; exit 2; }
export BOTCOMPANION_TEST_REDIS="127.0.0.1:$redis_port"
say "redis-server on $BOTCOMPANION_TEST_REDIS (pid ${pids[0]})"

results="$root/TestResults"
rm -rf "$results"
status=0
dotnet test "$root/BotCompanion.sln" --nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0; total=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  t=$(get total); e=$(get executed); p=$(get passed); f=$(get failed)
  total=$((total + t)); passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
done
if [ "$total" -eq 0 ]; then
  say "no test results were produced"
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ]; then status=1; fi
exit "$status"
