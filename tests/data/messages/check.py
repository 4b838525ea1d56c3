#!/usr/bin/env python3
"""Checks tests/data/messages/messages.jsonl and prints how many messages carry each act, per split.

    python3 tests/data/messages/check.py                  # validate, print counts; exit 1 on any problem
    python3 tests/data/messages/check.py --assign-splits  # rewrite every "split" by the rule below, then validate

Split rule (deterministic, balanced per act): messages are taken in id order; a message goes to "test" when,
summed over its acts, the test share so far is below 40% of that act's messages (counting this one), else "dev".
Appending messages with new ids never changes the split of earlier ones.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ACTS = [
    "greeting", "goal", "success_criterion", "situation", "feeling", "belief", "fear", "value", "option",
    "choice", "commitment", "contingency", "obstacle", "what_if", "question_to_bot", "request_for_direction",
    "closing", "thanks", "off_topic",
]
EXTRA_SPANS = {"commitment_date": "commitment"}  # span key -> act it belongs to
SPLITS = ("dev", "test")
TEST_SHARE = 0.4
PATH = Path(__file__).with_name("messages.jsonl")


def load(path):
    records, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"line {number}: empty line")
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON: {error}")
    return records, problems


def validate(records):
    problems, seen = [], set()
    for number, r in records:
        where = f"line {number} ({r.get('id', '?')})"
        def bad(message):
            problems.append(f"{where}: {message}")
        unknown = set(r) - {"id", "text", "acts", "spans", "feeling", "split", "meta"}
        if unknown:
            bad(f"unknown fields {sorted(unknown)}")
        if not isinstance(r.get("id"), str) or not re.fullmatch(r"m\d{4,}", r["id"]):
            bad("'id' must look like m0001")
        elif r["id"] in seen:
            bad("duplicate id")
        else:
            seen.add(r["id"])
        text = r.get("text")
        if not isinstance(text, str) or not text.strip():
            bad("'text' must be a non-empty string")
            continue
        acts = r.get("acts")
        if not isinstance(acts, list) or not acts:
            bad("'acts' must be a non-empty list")
            acts = []
        for act in acts:
            if act not in ACTS:
                bad(f"unknown act '{act}'")
        if len(set(acts)) != len(acts):
            bad("an act is listed twice")
        spans = r.get("spans")
        if not isinstance(spans, dict):
            bad("'spans' must be an object")
            spans = {}
        for key, span in spans.items():
            owner = EXTRA_SPANS.get(key, key)
            if owner not in ACTS:
                bad(f"span key '{key}' is neither an act nor one of {sorted(EXTRA_SPANS)}")
            elif owner not in acts:
                bad(f"span '{key}' given but act '{owner}' is not in 'acts'")
            if not isinstance(span, str) or not span:
                bad(f"span '{key}' must be a non-empty string")
            elif span not in text:
                bad(f"span '{key}' is not a substring of the text: {span!r}")
        for act in acts:
            if act not in spans:
                bad(f"act '{act}' has no span")
        if "feeling" in r:
            if not isinstance(r["feeling"], str) or not r["feeling"]:
                bad("'feeling' must be a non-empty string")
            if "feeling" not in acts:
                bad("'feeling' names a feeling but 'feeling' is not in 'acts'")
        if r.get("split") not in SPLITS:
            bad(f"'split' must be one of {SPLITS}")
        meta = r.get("meta")
        if not isinstance(meta, dict) or not all(isinstance(meta.get(k), str) and meta.get(k) for k in ("role", "industry", "style")):
            bad("'meta' must hold non-empty 'role', 'industry' and 'style'")
    return problems


def assign_splits(records):
    """The split rule from the module docstring; returns {id: split}."""
    seen, tested, result = Counter(), Counter(), {}
    for _, r in sorted(records, key=lambda nr: int(nr[1]["id"][1:])):
        acts = [a for a in r.get("acts", []) if a in ACTS]
        for act in acts:
            seen[act] += 1
        deficit = sum(TEST_SHARE * seen[a] - tested[a] for a in acts)
        split = "test" if deficit > 0 else "dev"
        if split == "test":
            for act in acts:
                tested[act] += 1
        result[r["id"]] = split
    return result


def report(records):
    counts = {s: Counter() for s in SPLITS}
    totals = Counter()
    for _, r in records:
        split = r.get("split")
        if split in counts:
            totals[split] += 1
            counts[split].update(r["acts"])
    print(f"{'act':<24}{'dev':>6}{'test':>6}{'all':>6}{'test %':>8}")
    for act in ACTS:
        dev, test = counts["dev"][act], counts["test"][act]
        share = f"{100 * test / (dev + test):.0f}" if dev + test else "-"
        print(f"{act:<24}{dev:>6}{test:>6}{dev + test:>6}{share:>8}")
    all_ = totals["dev"] + totals["test"]
    print(f"{'messages':<24}{totals['dev']:>6}{totals['test']:>6}{all_:>6}{100 * totals['test'] / max(all_, 1):>8.0f}")
    feelings = Counter(r["feeling"] for _, r in records if r.get("feeling"))
    styles = Counter(tag for _, r in records for tag in r["meta"]["style"].split(","))
    roles = Counter(r["meta"]["role"] for _, r in records)
    languages = Counter(r["meta"].get("l1") for _, r in records if r["meta"].get("l1"))
    print(f"feelings: {len(feelings)} kinds, {sum(feelings.values())} messages: " + ", ".join(f"{k} {v}" for k, v in feelings.most_common()))
    print("styles: " + ", ".join(f"{k} {v}" for k, v in styles.most_common()))
    print(f"roles: {len(roles)}; first languages other than English: " + ", ".join(f"{k} {v}" for k, v in languages.most_common()))


def main():
    records, problems = load(PATH)
    if "--assign-splits" in sys.argv[1:] and not problems:
        splits = assign_splits(records)
        for _, r in records:
            r["split"] = splits[r["id"]]
        PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in records), encoding="utf-8")
    problems += validate(records)
    if not problems:
        expected = assign_splits(records)
        problems += [f"{r['id']}: split '{r['split']}' differs from the split rule ('{expected[r['id']]}'); run with --assign-splits"
                     for _, r in records if r["split"] != expected[r["id"]]]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s) in {PATH.name}", file=sys.stderr)
        return 1
    report(records)
    print(f"{PATH.name}: {len(records)} messages, schema ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
