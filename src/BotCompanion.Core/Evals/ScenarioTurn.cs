namespace BotCompanion.Core.Evals;

public sealed class ScenarioTurn
{
    public string User { get; set; } = "";

    /// <summary>Minutes on the fixed clock before this message (default 1).</summary>
    public int? AfterMinutes { get; set; }

    public TurnExpectation? Expect { get; set; }
}
