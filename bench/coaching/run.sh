#!/usr/bin/env bash
# Fidelity of scripted coaching sessions with the configured model (offline by default), through the real
# engine via `botcompanion chat --jsonl`: reflection-to-question ratio, questions per reply, advice per 100
# coaching replies (judged by the directiveness guard), model calls per turn, and prompt tokens at turns 10 and 60.
# MODEL=stub runs the same sessions against a local OpenAI-compatible server (bench/coaching/stub_model.py) through
# the real OpenAI connector, retries, guard and fallback.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/coaching/model.sh
if [ -n "${port:-}" ]; then echo "model: OpenAI connector -> stub at 127.0.0.1:$port"; fi
dotnet build -c Release src/BotCompanion.Cli -v quiet -nologo >/dev/null
cli="dotnet src/BotCompanion.Cli/bin/Release/net10.0/botcompanion.dll"
out=$(mktemp -d)
for session in bench/coaching/session-*.txt; do
  name=$(basename "$session" .txt)
  cp "$session" "$out/$name.txt"
  $cli chat --jsonl --conversation "bench-$name-$$" --time-zone Europe/London < "$session" > "$out/$name.jsonl" 2>/dev/null
done
# Every coaching reply goes through the guard CLI, one per line.
python3 - "$out" > "$out/coaching-replies.txt" <<'PY'
import json, sys, glob, os
for path in sorted(glob.glob(os.path.join(sys.argv[1], "session-*.jsonl"))):
    inputs = open(path.replace(".jsonl", ".txt")).read().splitlines()
    for user, line in zip(inputs, open(path)):
        if user.startswith("/"): continue
        for r in json.loads(line)["replies"]:
            if r["mode"] == "coaching" and not r["text"].startswith(("I'm BotCompanion", "Welcome back")):
                print(r["text"].replace("\n", " "))
PY
$cli guard score --file "$out/coaching-replies.txt" > "$out/verdicts.tsv"
python3 bench/coaching/analyze.py "$out/verdicts.tsv" "$out"/session-*.jsonl
python3 - "$out/session-long.jsonl" <<'PY'
import json, sys
tokens = [(json.loads(l).get("metrics") or {}).get("promptTokens", 0) for l in open(sys.argv[1])]
print(f"prompt tokens at turn 10:         {tokens[9]}")
print(f"prompt tokens at turn 60:         {tokens[59]}  (ratio {tokens[59] / tokens[9]:.2f})")
PY
rm -rf "$out"
