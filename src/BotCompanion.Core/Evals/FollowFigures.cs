namespace BotCompanion.Core.Evals;

/// <summary>Adds the follow figures to the fidelity figures.</summary>
internal static class FollowFigures
{
    public static EvalFigures With(EvalFigures figures, FollowTally t) => figures with
    {
        ComplexReflectionShare = Rate(t.Complex, t.Said),
        RepeatedQuestions = t.RepeatedQuestions,
        WillQuestionsBeforeChoice = t.WillBeforeChoice,
        ReflectedNonStatements = t.ReflectedNonStatements,
        PronounErrors = t.PronounErrors,
        DirectionRequests = t.Requests,
        DirectionRequestsRecognised = Rate(t.RequestsRecognised, t.Requests),
        FeelingTurns = t.Feelings,
        FeelingsAcknowledged = Rate(t.FeelingsAcknowledged, t.Feelings),
        WordsPerReply = t.Replies == 0 ? 0 : Math.Round((double)t.Words / t.Replies, 1),
        GoalScenarios = t.GoalScenarios,
        StatedGoalInSummary = Rate(t.GoalsStated, t.GoalScenarios),
    };

    private static double? Rate(int part, int whole) => whole <= 0 ? null : Math.Round((double)part / whole, 2);
}
