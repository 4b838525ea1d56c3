#!/usr/bin/env bash
# Outage drills for durable turns (issue: no acknowledged message lost, none answered twice). Builds the Release
# host, then runs each drill on real processes and a redis-server with AOF (fsync always):
#   burst: 300 turns acknowledged, then SIGKILL (one instance; one of two);  kill: TURNS (5,000) on two, KILLS (20) kills
#   redis: redis-server killed for 30 s under load;  connector: the Bot Connector failing for 60 s under load
# Prints one line of figures per drill. Needs redis-server (./test.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
turns=${TURNS:-5000}
kills=${KILLS:-20}
dotnet build -c Release src/BotCompanion.Web -v quiet -nologo >/dev/null
dotnet build -c Release bench/Durability -v quiet -nologo >/dev/null
web=src/BotCompanion.Web/bin/Release/net10.0/BotCompanion.Web.dll
drill() { dotnet bench/Durability/bin/Release/net10.0/Durability.dll "$web" "$@"; }
drill burst 300 1
drill burst 300 2
drill kill "$turns" 2 "$kills" 1500
drill redis 1500 2 0 0 30
drill connector 1500 2 0 0 60
