#!/usr/bin/env bash
# Retrains the guard's hashed n-gram classifier (the one the web host runs) on the dev split: English team items
# (team.jsonl and team-extra.jsonl, dev only), MIBot's even-numbered transcripts (MIIN vs R and Q) and the default
# pack's own questions and phrases as not advice. Writes src/BotCompanion.Core/Guard/Ngrams/guard-ngrams.v1.json;
# rebuild to embed it. Deterministic: the same data gives the same file. MIBot is CC BY-SA 4.0.
# Extra arguments go to the command, e.g. `--out-of-fold /tmp/oof.jsonl` (each dev item's out-of-fold probability).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${MIBOT_DIR:-../shared/data/mibot}
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo -m:1 >/dev/null
dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll guard train-ngrams --team bench/guard/data/team.jsonl --mibot "$data" \
  --pack prompts/default --out src/BotCompanion.Core/Guard/Ngrams/guard-ngrams.v1.json "$@"
