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

    /// <summary>The language the executive writes in ("es"), reported as the message's locale; empty = the pack's first language.</summary>
    public string Language { get; set; } = "";

    public List<ScenarioTurn> Turns { get; set; } = [];

    public ScenarioExpectation Expect { get; set; } = new();
}
