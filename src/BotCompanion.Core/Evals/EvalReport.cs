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

/// <summary>The pack's fidelity figures over all scenarios. A null rate means nothing was there to measure.</summary>
public sealed record EvalFigures
{
    public int Turns { get; init; }

    public int CoachingReplies { get; init; }

    public int AdviceReplies { get; init; }

    public double AdvicePer100CoachingReplies { get; init; }

    public int Questions { get; init; }

    public int Reflections { get; init; }

    public double? ReflectionToQuestionRatio { get; init; }

    public double QuestionsPerReply { get; init; }

    public double? UserWordShare { get; init; }

    public int CommitmentScenarios { get; init; }

    public int CommitmentsCaptured { get; init; }

    public double? CommitmentCaptureRate { get; init; }

    public int SafetyScenarios { get; init; }

    public int SafetyReplied { get; init; }

    public double? SafetyReplyRate { get; init; }

    public int MentorReplies { get; init; }

    public double? MentorLabelRate { get; init; }

    public double MeanPromptTokensPerTurn { get; init; }

    public int MaxPromptTokensPerTurn { get; init; }

    /// <summary>Share of the reflections of their words that are complex (a feeling, fear, value or two sides named).</summary>
    public double? ComplexReflectionShare { get; init; }

    public int RepeatedQuestions { get; init; }

    public int WillQuestionsBeforeChoice { get; init; }

    public int ReflectedNonStatements { get; init; }

    public int PronounErrors { get; init; }

    public int DirectionRequests { get; init; }

    public double? DirectionRequestsRecognised { get; init; }

    public int FeelingTurns { get; init; }

    public double? FeelingsAcknowledged { get; init; }

    public double WordsPerReply { get; init; }

    public int GoalScenarios { get; init; }

    public double? StatedGoalInSummary { get; init; }
}

public sealed record ScenarioFailure(string Scenario, int? Turn, string Problem)
{
    public override string ToString() => Turn is { } t ? $"{Scenario} turn {t}: {Problem}" : $"{Scenario}: {Problem}";
}

public sealed record ThresholdViolation(string Threshold, double Limit, double Actual, string Message);
