#!/usr/bin/env bash
# Precision, recall and false-positive rates of the directiveness guard on MIBot counsellor utterances
# (AutoMISC labels: MIIN = advice without permission / direct / confront / warn). Data: ../shared/data/mibot
# (override with MIBOT_DIR); it is read in place, never copied into this repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${MIBOT_DIR:-../shared/data/mibot}
[ -d "$data/transcripts" ] || { echo "MIBot transcripts not found under $data (set MIBOT_DIR)"; exit 2; }
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo >/dev/null
work=$(mktemp -d)
python3 bench/guard/extract.py "$data/transcripts" "$work/utterances.txt" "$work/labels.txt"
start=$(date +%s.%N)
dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll guard score --file "$work/utterances.txt" > "$work/verdicts.tsv"
end=$(date +%s.%N)
python3 bench/guard/metrics.py "$work/labels.txt" "$work/verdicts.tsv" "$start" "$end"
rm -rf "$work"
