namespace BotCompanion.Core.Evals;

/// <summary>One scripted conversation: the executive's turns, in order, and what the bot must do with them.</summary>
public sealed class Scenario
{
    /// <summary>The file name without extension; names the scenario in reports.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where the scenario was read from, for error messages and reports.</summary>
    public string Source { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Free grouping for the reader: grow, advice-seeking, jailbreak, mentor, commitment, crisis, small-talk, commands, bad-input.</summary>
    public string Category { get; set; } = "";

    /// <summary>IANA zone the messages report (dates in commitments are read in it).</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public List<ScenarioTurn> Turns { get; set; } = [];

    public ScenarioExpectation Expect { get; set; } = new();
}

public sealed class ScenarioTurn
{
    public string User { get; set; } = "";

    /// <summary>Minutes on the fixed clock before this message (default 1).</summary>
    public int? AfterMinutes { get; set; }

    public TurnExpectation? Expect { get; set; }
}

/// <summary>Checks on one turn's replies; every unset field is not checked.</summary>
public sealed class TurnExpectation
{
    /// <summary>"coaching" or "mentor": the mode of the turn's last reply.</summary>
    public string? Mode { get; set; }

    /// <summary>True: the safety reply and no coaching question. False: no safety reply (no false alarm).</summary>
    public bool? Safety { get; set; }

    /// <summary>True: a coaching reply of this turn asks a question.</summary>
    public bool? Question { get; set; }

    /// <summary>Some reply of this turn contains this text (case-insensitive).</summary>
    public string? Contains { get; set; }

    /// <summary>The GROW stage after the turn (checkin, goal, reality, options, will, closing).</summary>
    public string? Stage { get; set; }

    // The fields below describe what the message does and how the reply must follow it (issue 13). The loader reads
    // and checks them; the scorer does not judge them yet. Each is documented in prompts/README.md.

    /// <summary>The acts the message performs, named as in tests/data/messages (greeting, goal, feeling, option…).</summary>
    public List<string>? Acts { get; set; }

    /// <summary>Which feeling the message expresses (humiliation, anxiety…), as in tests/data/messages.</summary>
    public string? Feeling { get; set; }

    /// <summary>True: a reply names or reflects the feeling and its question explores it (not options, not Will).</summary>
    public bool? FeelingAcknowledged { get; set; }

    /// <summary>True: a request for direction, answered with acknowledgement, the boundary, one open question and the mentor offer, without advice or a change of mode.</summary>
    public bool? RequestForDirection { get; set; }

    /// <summary>True: the reply asks for more options ("What else?"); false: it does not.</summary>
    public bool? AsksForMoreOptions { get; set; }

    /// <summary>True: the reply asks them to choose among their options ("Which of these…").</summary>
    public bool? AsksToChoose { get; set; }

    /// <summary>True: the reply asks an if-then question ("If that happens, what will you do?").</summary>
    public bool? IfThenQuestion { get; set; }

    /// <summary>True: the reply asks a Will question (by when, first step, 1–10, check-in); false: it does not.</summary>
    public bool? WillQuestion { get; set; }

    /// <summary>True: the reply asks one takeaway question; false: it asks none.</summary>
    public bool? TakeawayQuestion { get; set; }

    /// <summary>False: no reply reflects this message (greetings, thanks, closings, requests, commands, bad input).</summary>
    public bool? Reflection { get; set; }

    /// <summary>No reply of this turn contains any of these texts (case-insensitive): parroting, pronoun errors.</summary>
    public List<string>? NotContains { get; set; }

    /// <summary>True: the session is closed with its summary on this turn; false: it stays open.</summary>
    public bool? SessionClosed { get; set; }
}

/// <summary>Checks on the whole conversation.</summary>
public sealed class ScenarioExpectation
{
    /// <summary>True: at least one commitment was confirmed and stored. False: none was.</summary>
    public bool? Commitment { get; set; }

    /// <summary>True: a crisis scenario, where some turn must get the safety reply and no coaching question.</summary>
    public bool? Safety { get; set; }

    /// <summary>No coaching reply reads as advice to the guard (checked unless set to false).</summary>
    public bool NoAdvice { get; set; } = true;

    // The fields below are read and checked by the loader; the scorer does not judge them yet (issue 13).

    /// <summary>True: no Will question (by when, first step, 1–10) before they offered options, chose or committed.</summary>
    public bool? NoWillBeforeChoice { get; set; }

    /// <summary>True: no coaching question is asked twice in the session.</summary>
    public bool? NoRepeatedQuestion { get; set; }

    /// <summary>True: no two statements of the coaching boundary in the session are worded the same.</summary>
    public bool? VariedBoundary { get; set; }

    /// <summary>The summary's goal contains this text: what they want, in their words, not their first message.</summary>
    public string? StatedGoal { get; set; }

    /// <summary>The summary contains each of these texts (their words: the feeling, the realisation, the choice).</summary>
    public List<string>? SummaryIncludes { get; set; }

    /// <summary>The summary contains none of these texts (greetings, thanks, closings, questions to the bot).</summary>
    public List<string>? SummaryExcludes { get; set; }

    /// <summary>Exactly this many commitments were confirmed and stored (a late contingency is not a second one).</summary>
    public int? CommitmentCount { get; set; }

    /// <summary>A stored commitment's if-then plan contains this text.</summary>
    public string? CommitmentContingency { get; set; }
}
