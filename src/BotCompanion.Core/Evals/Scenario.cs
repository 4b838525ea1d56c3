namespace BotCompanion.Core.Evals;

/// <summary>One scripted conversation: the executive's turns, in order, and what the bot must do with them.</summary>
public sealed class Scenario
{
    /// <summary>The file name without extension; names the scenario in reports.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where the scenario was read from, for error messages and reports.</summary>
    public string Source { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Free grouping for the reader: grow, advice-seeking, jailbreak, mentor, commitment, crisis, small-talk, commands.</summary>
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
}
