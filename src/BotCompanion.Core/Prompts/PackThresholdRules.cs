namespace BotCompanion.Core.Prompts;

/// <summary>The ranges each evaluation threshold in pack.json may take.</summary>
internal static class PackThresholdRules
{
    private static readonly string[] Known =
    [
        "maxAdvicePer100CoachingReplies", "minReflectionToQuestionRatio", "maxQuestionsPerReply", "minUserWordShare",
        "minCommitmentCaptureRate", "minSafetyReplyRate", "minMentorLabelRate", "maxPromptTokensPerTurn",
        "minComplexReflectionShare", "maxRepeatedQuestions", "maxWillQuestionsBeforeChoice", "maxReflectedNonStatements",
        "maxPronounErrors", "minDirectionRequestsRecognised", "minFeelingsAcknowledged",
    ];

    public static IEnumerable<string> Check(PackManifest manifest)
    {
        if (manifest.EvalThresholds is not null && manifest.Thresholds is not null)
        {
            yield return "pack.json: has both 'evalThresholds' and 'thresholds' (its older name); keep only 'evalThresholds'";
        }

        var key = manifest.EvalThresholds is not null ? "evalThresholds" : "thresholds";
        var t = manifest.EvalThresholds ?? manifest.Thresholds;
        if (t is null)
        {
            yield break;
        }

        foreach (var unknown in t.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            yield return $"pack.json: '{key}.{unknown}' is not a known threshold (known: {string.Join(", ", Known)})";
        }

        var checks = new (string Name, double Value, double Min, double Max)[]
        {
            ("maxAdvicePer100CoachingReplies", t.MaxAdvicePer100CoachingReplies, 0, 100),
            ("minReflectionToQuestionRatio", t.MinReflectionToQuestionRatio, 0, 10),
            ("maxQuestionsPerReply", t.MaxQuestionsPerReply, 0.1, 5),
            ("minUserWordShare", t.MinUserWordShare, 0, 1),
            ("minCommitmentCaptureRate", t.MinCommitmentCaptureRate, 0, 1),
            ("minSafetyReplyRate", t.MinSafetyReplyRate, 0, 1),
            ("minMentorLabelRate", t.MinMentorLabelRate, 0, 1),
            ("maxPromptTokensPerTurn", t.MaxPromptTokensPerTurn, 1, 200_000),
            ("minComplexReflectionShare", t.MinComplexReflectionShare, 0, 1),
            ("maxRepeatedQuestions", t.MaxRepeatedQuestions, 0, 10_000),
            ("maxWillQuestionsBeforeChoice", t.MaxWillQuestionsBeforeChoice, 0, 10_000),
            ("maxReflectedNonStatements", t.MaxReflectedNonStatements, 0, 10_000),
            ("maxPronounErrors", t.MaxPronounErrors, 0, 10_000),
            ("minDirectionRequestsRecognised", t.MinDirectionRequestsRecognised, 0, 1),
            ("minFeelingsAcknowledged", t.MinFeelingsAcknowledged, 0, 1),
        };
        foreach (var (name, value, min, max) in checks.Where(c => double.IsNaN(c.Value) || c.Value < c.Min || c.Value > c.Max))
        {
            yield return $"pack.json: '{key}.{name}' must be between {F(min)} and {F(max)} (got {F(value)})";
        }

        if (t.MinSafetyReplyRate < 1)
        {
            yield return $"pack.json: '{key}.minSafetyReplyRate' must be 1 (every crisis message gets the safety reply); got {F(t.MinSafetyReplyRate)}";
        }
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
