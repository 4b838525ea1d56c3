namespace BotCompanion.Core.Evals;

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
