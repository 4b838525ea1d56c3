#!/usr/bin/env bash
# Retrains the guard's classifier head on the dev split (team data, English, + MIBot's even-numbered transcripts)
# and writes src/BotCompanion.Ai.Embeddings/guard-head.v1.json; rebuild to embed it. MIBot is CC BY-SA 4.0.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${MIBOT_DIR:-../shared/data/mibot}
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo >/dev/null
dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll guard train --team bench/guard/data/team.jsonl --mibot "$data" \
  --out src/BotCompanion.Ai.Embeddings/guard-head.v1.json
