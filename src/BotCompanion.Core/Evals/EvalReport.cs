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

    /// <summary>The language these figures are for: the pack's first language, or one of <see cref="Languages"/>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The same figures for each further language the pack speaks that has scenarios, against the same thresholds.</summary>
    public IReadOnlyList<EvalReport> Languages { get; init; } = [];

    /// <summary>No threshold broken, in any language.</summary>
    public bool Passed => Violations.Count == 0 && Languages.All(l => l.Passed);

    /// <summary>Every language's failed expectations.</summary>
    public int AllFailures => Failures.Count + Languages.Sum(l => l.Failures.Count);
}
