#!/usr/bin/env bash
# Fidelity figures of a prompt pack on the shipped eval scenarios (prompts/evals/), through the real engine with the
# configured model (offline by default): `botcompanion prompts eval PACK --json`. Usage: bench/coaching/eval.sh [PACK].
# MODEL=stub runs against a local OpenAI-compatible stub (bench/coaching/stub_model.py), as run.sh does.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${MODEL:-offline}" = stub ]; then
  port=$(( (RANDOM % 20000) + 30000 ))
  python3 bench/coaching/stub_model.py "$port" &
  stub_pid=$!
  trap 'kill $stub_pid 2>/dev/null || true' EXIT
  export BOTCOMPANION_Ai__Provider=OpenAI BOTCOMPANION_Ai__Model=stub BOTCOMPANION_Ai__Endpoint="http://127.0.0.1:$port/v1" BOTCOMPANION_Ai__ApiKey=bench
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/v1/models" >/dev/null && break; sleep 0.1; done
fi
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo >/dev/null
dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll prompts eval "prompts/${1:-default}" --scenarios prompts/evals --json "${TMPDIR:-/tmp}/eval-${1:-default}.json"
