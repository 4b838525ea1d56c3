#!/usr/bin/env python3
"""Fidelity figures of scripted sessions run through `botcompanion chat --jsonl`.

Usage: analyze.py <guard-verdicts-file> <transcript.jsonl>...
A coaching reply is a coaching-mode reply to a non-command message, other than the session-opening disclosure.
"""
import json, re, sys

REFLECTION_LEADS = re.compile(r"^(You said|So |You.re saying|What I hear is|I hear that|It sounds like|Let me read that back|You )", re.I)

def main():
    verdicts = [l.split("\t")[0] for l in open(sys.argv[1], encoding="utf-8").read().splitlines()]
    replies = questions = reflections = 0
    turns = model_calls = 0
    tokens = []
    coaching_texts = []
    for path in sys.argv[2:]:
        inputs = open(path.replace(".jsonl", ".txt"), encoding="utf-8").read().splitlines()
        for user, line in zip(inputs, open(path, encoding="utf-8")):
            out = json.loads(line)
            metrics = out.get("metrics") or {}
            turns += 1
            model_calls += metrics.get("modelCalls", 0)
            tokens.append(metrics.get("promptTokens", 0))
            if user.startswith("/"):
                continue
            for reply in out["replies"]:
                text = reply["text"]
                if reply["mode"] != "coaching" or text.startswith("I'm BotCompanion") or text.startswith("Welcome back"):
                    continue
                replies += 1
                coaching_texts.append(text)
                questions += text.count("?")
                lead = text.split("?")[0]
                if REFLECTION_LEADS.match(lead) and "." in lead:
                    reflections += 1
    advice = sum(1 for v in verdicts if v == "advice")
    print(f"coaching replies:                 {replies}")
    print(f"questions per reply:              {questions / replies:.2f}")
    print(f"reflections:                      {reflections}")
    print(f"reflection-to-question ratio:     {reflections / max(questions, 1):.2f}")
    print(f"advice per 100 coaching replies:  {100 * advice / max(len(verdicts), 1):.1f}  ({advice} judged advice by the guard)")
    print(f"model calls per turn:             {model_calls / turns:.2f}  ({model_calls} calls, {turns} turns)")

if __name__ == "__main__":
    main()
