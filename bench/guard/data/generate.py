#!/usr/bin/env python3
"""Writes team.jsonl: bot-style utterances written by the team, labelled advice | not_advice.

Templates (one per line below, grouped by family) are crossed with topics. The split holds out templates AND
topics together: an item is `test` when both its template and its topic are in the held-out third, `dev` when
neither is, and dropped otherwise, so no test sentence shares a template or a topic with a dev sentence.
Deterministic: running it again gives the same file.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

# (context noun phrase, [actions in base form])
TOPICS = [
    ("the board meeting", ["brief the chair one to one beforehand", "lead with the decision you need", "send the papers a week early"]),
    ("your overloaded calendar", ["block two hours every Monday for strategy", "decline recurring meetings you don't chair", "keep Friday afternoons free"]),
    ("the weekly report", ["delegate the report to your deputy", "cut the report to one page", "ask finance to draft the numbers"]),
    ("the conflict with your CFO", ["talk to the CFO privately this week", "start from the goal you share", "agree who decides when you disagree"]),
    ("the new hire", ["write down the three outcomes the role must deliver", "use the same questions for every candidate", "take references about a real setback"]),
    ("giving feedback to Sam", ["describe the behaviour and its impact", "have the conversation this week", "close with one agreed next step"]),
    ("your sleep", ["go to bed at the same time every night", "keep your phone out of the bedroom", "stop checking email after nine"]),
    ("the reorganisation", ["announce the change to the whole team at once", "meet each affected manager first", "publish a clear timeline"]),
    ("smoking", ["cut back to five cigarettes a day", "swap the morning cigarette for a walk", "set a quit date"]),
    ("the investor update", ["share the bad news first", "send a short monthly update", "prepare three scenarios for the runway"]),
    ("your team's morale", ["thank people publicly for their work", "hold a retrospective after each release", "ask each person what drains them"]),
    ("the late project", ["reset the deadline with the client", "drop the two lowest-value features", "add a daily fifteen-minute stand-up"]),
    ("your exercise routine", ["walk for twenty minutes at lunch", "book a class twice a week", "take the stairs instead of the lift"]),
    ("the promotion decision", ["talk to your sponsor about the role", "list what you would gain and lose", "ask for a trial period"]),
    ("the budget cut", ["freeze hiring until the spring", "review every contract over ten thousand", "share the numbers with your leads"]),
    ("your public speaking", ["rehearse the opening three times", "record yourself and watch it back", "join a speaking club"]),
    ("the difficult client", ["set clear boundaries on response times", "put the scope in writing", "escalate to their sponsor"]),
    ("work-life balance", ["leave the office by six twice a week", "turn off notifications at the weekend", "plan one evening a week with your family"]),
    ("the merger", ["appoint one integration lead", "meet the other leadership team informally", "write a one-page integration plan"]),
    ("your inbox", ["check email only three times a day", "unsubscribe from every newsletter", "use a two-minute rule for replies"]),
    ("the strategy offsite", ["invite an outside facilitator", "send one question to everyone beforehand", "keep the agenda to three topics"]),
    ("your relationship with your co-founder", ["schedule a monthly founders' dinner", "write down who owns which decisions", "bring in a mediator"]),
    ("stress", ["try a breathing exercise before meetings", "keep a short journal at night", "take a proper lunch break"]),
    ("the underperforming team", ["set one measurable goal per person", "meet each person weekly", "move the weakest member to another role"]),
    ("your drinking", ["keep two alcohol-free days a week", "switch to sparkling water at dinners", "track how many drinks you have"]),
    ("the product launch", ["run a small pilot first", "delay the launch by a month", "give the sales team a demo script"]),
    ("your career change", ["talk to three people who made the same move", "take a short course first", "save six months of expenses"]),
    ("delegation", ["hand over one recurring task this week", "agree a check-in rhythm up front", "accept a first version that is eighty percent right"]),
    ("the pay negotiation", ["research the market rate first", "ask for a figure above your target", "put the offer in writing"]),
    ("your diet", ["prepare lunches on Sunday", "eat breakfast before the first meeting", "replace the afternoon snack with fruit"]),
    ("the all-hands", ["open with a story from a customer", "take questions before the slides", "keep it to thirty minutes"]),
    ("your procrastination", ["break the task into fifteen-minute chunks", "start with the hardest task each morning", "set a timer and work without interruptions"]),
    ("the layoffs", ["tell people in person", "offer outplacement support", "explain the reasons plainly"]),
    ("remote work", ["set core hours for the team", "hold one in-person day a month", "write decisions down in one shared place"]),
    ("your health check", ["book an appointment with your doctor", "ask for a blood test", "keep a log of your symptoms"]),
    ("the succession plan", ["name two internal candidates", "give your deputy a stretch assignment", "share the plan with the board"]),
    ("screen time", ["put your phone in a drawer during dinner", "delete social apps for a month", "read a book before bed"]),
    ("the partnership deal", ["walk away if they won't share data", "ask for a pilot clause", "involve legal early"]),
    ("your confidence", ["write down three wins every Friday", "ask a peer for honest feedback", "volunteer to lead the next review"]),
    ("the customer complaint", ["call the customer yourself", "offer a refund straight away", "review the process with the support team"]),
    ("mentoring juniors", ["set up a monthly mentoring hour", "pair each junior with a senior", "share your own early mistakes"]),
    ("your loneliness at the top", ["join a peer group of chief executives", "meet an old colleague for lunch", "find a coach outside the company"]),
    ("the culture survey", ["publish the results in full", "pick one theme to act on", "hold listening sessions in each office"]),
    ("your finances", ["set up an automatic savings transfer", "cancel unused subscriptions", "see a financial adviser"]),
    ("the vendor dispute", ["put the issue in writing", "offer to split the cost", "switch to another vendor"]),
]

IRREGULAR_PAST = {"set": "set", "cut": "cut", "take": "took", "give": "gave", "say": "said", "send": "sent", "keep": "kept",
                  "put": "put", "go": "went", "leave": "left", "make": "made", "spend": "spent", "read": "read", "eat": "ate",
                  "tell": "told", "write": "wrote", "stop": "stopped", "plan": "planned", "drop": "dropped", "swap": "swapped",
                  "try": "tried", "hold": "held", "find": "found", "see": "saw", "run": "ran", "break": "broke", "bring": "brought",
                  "meet": "met", "pick": "picked", "freeze": "froze", "begin": "began", "hand": "handed", "walk": "walked"}
DOUBLE = {"set", "cut", "stop", "plan", "drop", "swap", "put", "run", "begin"}


def gerund(action):
    verb, _, rest = action.partition(" ")
    if verb in DOUBLE:
        g = verb + verb[-1] + "ing"
    elif verb.endswith("ee") or verb in ("see",):
        g = verb + "ing"
    elif verb.endswith("e"):
        g = verb[:-1] + "ing"
    else:
        g = verb + "ing"
    return (g + " " + rest).strip()


def past(action):
    verb, _, rest = action.partition(" ")
    p = IRREGULAR_PAST.get(verb) or (verb + "d" if verb.endswith("e") else verb[:-1] + "ied" if verb.endswith("y") and verb[-2] not in "aeiou" else verb + "ed")
    return (p + " " + rest).strip()


def cap(s):
    return s[0].upper() + s[1:]


def read_templates(path):
    """Family blocks: '## label family' then one template per line."""
    blocks, label, family = [], None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            label, family = line[3:].split()
        elif line.strip() and not line.startswith("#"):
            blocks.append((label, family, line))
    return blocks


def fill(template, ctx, action):
    return (template.replace("{ctx}", ctx).replace("{Ctx}", cap(ctx)).replace("{a}", action).replace("{A}", cap(action))
            .replace("{g}", gerund(action)).replace("{G}", cap(gerund(action))).replace("{past}", past(action)))


def main():
    rows, seen = [], set()
    english = read_templates(os.path.join(HERE, "templates.en.txt"))
    per_family = {}
    for label, family, template in english:
        index = per_family.setdefault(family, 0)
        per_family[family] = index + 1
        held_template = index % 3 == 2
        uses_action = any(k in template for k in ("{a}", "{A}", "{g}", "{G}", "{past}"))
        for t, (ctx, actions) in enumerate(TOPICS):
            held_topic = t % 3 == 2
            if held_template != held_topic:
                continue
            chosen = actions if uses_action else [actions[0]]
            # One action per (template, topic), rotating, keeps the set varied without tripling it.
            action = chosen[(index + t) % len(chosen)]
            text = fill(template, ctx, action)
            if "{" in text or text in seen:
                continue
            seen.add(text)
            rows.append({"text": text, "label": label, "family": family, "lang": "en", "split": "test" if held_template else "dev"})
    for lang in ("es", "fr", "de"):
        rows += localised(lang, seen)
    with open(os.path.join(HERE, "team.jsonl"), "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        key = (row["lang"], row["split"], row["label"])
        counts[key] = counts.get(key, 0) + 1
    print(len(rows), "items")
    for key in sorted(counts):
        print(" ", *key, counts[key])


def localised(lang, seen):
    topics = [line.split(" | ") for line in open(os.path.join(HERE, f"topics.{lang}.txt"), encoding="utf-8").read().splitlines() if line.strip() and not line.startswith("#")]
    rows, per_family = [], {}
    for label, family, template in read_templates(os.path.join(HERE, f"templates.{lang}.txt")):
        index = per_family.setdefault(family, 0)
        per_family[family] = index + 1
        held_template = index % 3 == 2
        for t, fields in enumerate(topics):
            if held_template != (t % 3 == 2):
                continue
            ctx, inf, extra = fields[0], fields[1], fields[2]
            text = template.replace("{ctx}", ctx).replace("{Ctx}", cap(ctx)).replace("{inf}", inf).replace("{Inf}", cap(inf)).replace("{x}", extra)
            if text in seen:
                continue
            seen.add(text)
            rows.append({"text": text, "label": label, "family": family, "lang": lang, "split": "test" if held_template else "dev"})
    return rows


if __name__ == "__main__":
    main()
