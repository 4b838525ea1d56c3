using BotCompanion.Core.Prompts;
namespace BotCompanion.Core.Evals;

/// <summary>What a pack did with a set of scenarios: its figures, failed expectations and broken thresholds.</summary>
public sealed record EvalReport
{
    public required string Pack { get; init; }

    public required string PackDirectory { get; init; }

    public required int Scenarios { get; init; }

    public required EvalFigures Figures { get; init; }

    public required PackThresholds Thresholds { get; init; }

    public required IReadOnlyList<ScenarioFailure> Failures { get; init; }

    public required IReadOnlyList<ThresholdViolation> Violations { get; init; }

    /// <summary>Every scenario's turns and replies, for reading why a figure moved.</summary>
    public IReadOnlyList<Transcript> Transcripts { get; init; } = [];

    public bool Passed => Violations.Count == 0;
}
