namespace BotCompanion.Core.Evals;

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
