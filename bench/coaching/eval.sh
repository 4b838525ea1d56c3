#!/usr/bin/env bash
# Fidelity figures of a prompt pack on the shipped eval scenarios (prompts/evals/), through the real engine with the
# configured model (offline by default): `botcompanion prompts eval PACK --json`. Usage: bench/coaching/eval.sh [PACK].
# MODEL=stub runs against a local OpenAI-compatible stub (bench/coaching/stub_model.py), as run.sh does.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/coaching/model.sh
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo >/dev/null
dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll prompts eval "prompts/${1:-default}" --scenarios prompts/evals --json "${TMPDIR:-/tmp}/eval-${1:-default}.json"
