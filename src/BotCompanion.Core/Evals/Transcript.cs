namespace BotCompanion.Core.Evals;

/// <summary>What happened in one scenario: every turn's replies and figures, and how many commitments were stored.</summary>
public sealed record Transcript([property: System.Text.Json.Serialization.JsonIgnore] Scenario Scenario, IReadOnlyList<TranscriptTurn> Turns, int CommitmentsConfirmed)
{
    public string Name => Scenario.Name;

    /// <summary>The goal of the last session summary stored, if any.</summary>
    public string? Goal { get; init; }

    /// <summary>The last session summary's goal, insights, commitments and narrative as one text.</summary>
    public string? Summary { get; init; }

    /// <summary>Each stored commitment's if-then and obstacle plans, as text.</summary>
    public IReadOnlyList<string> Plans { get; init; } = [];
}
