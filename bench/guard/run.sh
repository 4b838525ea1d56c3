#!/usr/bin/env bash
# Precision, recall and false-positive rates of the directiveness guard, per label family and per language, on the
# team-written data (bench/guard/data, dev and held-out test splits) and on MIBot counsellor utterances (AutoMISC
# labels: MIIN = advice without permission / direct / confront / warn), for the rules alone and for rules OR the
# trained classifier; then the threshold, per-reply p50/p99 latency and throughput. MIBot is read in place from
# ../shared/data/mibot (override with MIBOT_DIR), never copied into this repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${MIBOT_DIR:-../shared/data/mibot}
[ -d "$data/transcripts" ] || { echo "MIBot transcripts not found under $data (set MIBOT_DIR)"; exit 2; }
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo -m:1 >/dev/null
dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll guard bench --team bench/guard/data/team.jsonl --mibot "$data"
