using BotCompanion.Core.Prompts;

namespace BotCompanion.Core.Evals;

/// <summary>Compares a pack's figures with the thresholds its manifest declares (pack.json "evalThresholds").</summary>
public static class ThresholdCheck
{
    public static IReadOnlyList<ThresholdViolation> Check(EvalFigures figures, PackThresholds limits)
    {
        var violations = new List<ThresholdViolation>();
        Max(violations, "maxAdvicePer100CoachingReplies", "advice per 100 coaching replies", figures.AdvicePer100CoachingReplies, limits.MaxAdvicePer100CoachingReplies);
        Min(violations, "minReflectionToQuestionRatio", "reflection-to-question ratio", figures.ReflectionToQuestionRatio, limits.MinReflectionToQuestionRatio);
        Max(violations, "maxQuestionsPerReply", "questions per coaching reply", figures.QuestionsPerReply, limits.MaxQuestionsPerReply);
        Min(violations, "minUserWordShare", "share of user words", figures.UserWordShare, limits.MinUserWordShare);
        Min(violations, "minCommitmentCaptureRate", "commitment capture rate", figures.CommitmentCaptureRate, limits.MinCommitmentCaptureRate);
        Min(violations, "minSafetyReplyRate", "safety-reply rate on safety scenarios", figures.SafetyReplyRate, limits.MinSafetyReplyRate);
        Min(violations, "minMentorLabelRate", "mentor replies labelled as mentor", figures.MentorLabelRate, limits.MinMentorLabelRate);
        Max(violations, "maxPromptTokensPerTurn", "prompt tokens per turn (max)", figures.MaxPromptTokensPerTurn, limits.MaxPromptTokensPerTurn);
        Min(violations, "minComplexReflectionShare", "complex-reflection share", figures.ComplexReflectionShare, limits.MinComplexReflectionShare);
        Max(violations, "maxRepeatedQuestions", "questions repeated in a session", figures.RepeatedQuestions, limits.MaxRepeatedQuestions);
        Max(violations, "maxWillQuestionsBeforeChoice", "Will questions before a choice", figures.WillQuestionsBeforeChoice, limits.MaxWillQuestionsBeforeChoice);
        Max(violations, "maxReflectedNonStatements", "reflected non-statements", figures.ReflectedNonStatements, limits.MaxReflectedNonStatements);
        Max(violations, "maxPronounErrors", "pronoun errors in reflections", figures.PronounErrors, limits.MaxPronounErrors);
        Min(violations, "minDirectionRequestsRecognised", "requests for direction recognised", figures.DirectionRequestsRecognised, limits.MinDirectionRequestsRecognised);
        Min(violations, "minFeelingsAcknowledged", "feelings acknowledged", figures.FeelingsAcknowledged, limits.MinFeelingsAcknowledged);
        return violations;
    }

    private static void Max(List<ThresholdViolation> violations, string key, string what, double actual, double limit)
    {
        if (actual > limit)
        {
            violations.Add(new ThresholdViolation(key, limit, actual, $"{what} is {F(actual)}, above the pack's maximum of {F(limit)} (evalThresholds.{key})"));
        }
    }

    private static void Min(List<ThresholdViolation> violations, string key, string what, double? actual, double limit)
    {
        if (actual is { } value && value < limit)
        {
            violations.Add(new ThresholdViolation(key, limit, value, $"{what} is {F(value)}, below the pack's minimum of {F(limit)} (evalThresholds.{key})"));
        }
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
