namespace BotCompanion.Core.Evals;

/// <summary>What happened in one scenario: every turn's replies and figures, and how many commitments were stored.</summary>
public sealed record Transcript([property: System.Text.Json.Serialization.JsonIgnore] Scenario Scenario, IReadOnlyList<TranscriptTurn> Turns, int CommitmentsConfirmed)
{
    public string Name => Scenario.Name;
}
