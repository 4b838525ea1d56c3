#!/usr/bin/env python3
"""Writes MIBot counsellor utterances (one per line) and their AutoMISC labels (same order)."""
import glob, json, os, sys

transcripts, utterances_path, labels_path = sys.argv[1:4]
with open(utterances_path, "w", encoding="utf-8") as utterances, open(labels_path, "w", encoding="utf-8") as labels:
    for path in sorted(glob.glob(os.path.join(transcripts, "*.json"))):
        for u in json.load(open(path, encoding="utf-8"))["utterances"]:
            if u["speaker"] == "counsellor":
                utterances.write(u["text"].replace("\n", " ").strip() + "\n")
                labels.write(u["auto_misc_label"] + "\n")
