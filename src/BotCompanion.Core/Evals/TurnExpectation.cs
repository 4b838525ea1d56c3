namespace BotCompanion.Core.Evals;

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

    /// <summary>
    /// No reply of this turn contains any of these texts (parroting, pronoun errors): case-insensitive, except a phrase
    /// written wholly in capitals, which bans the shouted words exactly.
    /// </summary>
    public List<string>? NotContains { get; set; }

    /// <summary>True: the session is closed with its summary on this turn; false: it stays open.</summary>
    public bool? SessionClosed { get; set; }
}
