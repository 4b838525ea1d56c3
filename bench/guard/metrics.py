#!/usr/bin/env python3
"""Precision/recall/F1 for MIIN (advice) vs the rest, and the rate of 'advice' verdicts per label."""
import collections, sys

labels = open(sys.argv[1], encoding="utf-8").read().splitlines()
verdicts = [line.split("\t")[0] for line in open(sys.argv[2], encoding="utf-8").read().splitlines()]
seconds = float(sys.argv[4]) - float(sys.argv[3])
assert len(labels) == len(verdicts), (len(labels), len(verdicts))
tp = sum(1 for l, v in zip(labels, verdicts) if l == "MIIN" and v == "advice")
fp = sum(1 for l, v in zip(labels, verdicts) if l != "MIIN" and v == "advice")
fn = sum(1 for l, v in zip(labels, verdicts) if l == "MIIN" and v != "advice")
precision = tp / max(tp + fp, 1)
recall = tp / max(tp + fn, 1)
f1 = 2 * precision * recall / max(precision + recall, 1e-9)
print(f"utterances: {len(labels)}  (MIIN {labels.count('MIIN')})")
print(f"MIIN as advice:  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
counts = collections.Counter(labels)
flagged = collections.Counter(l for l, v in zip(labels, verdicts) if v == "advice")
for label in ["R", "Q", "MICO", "Other", "MIIN"]:
    print(f"  'advice' verdicts on {label:5}: {flagged[label]:4} / {counts[label]:4} = {flagged[label] / max(counts[label], 1):.3%}")
print(f"throughput: {len(labels) / seconds:,.0f} utterances/s including process start ({seconds:.2f} s)")
