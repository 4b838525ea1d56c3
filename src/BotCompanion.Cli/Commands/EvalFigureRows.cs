using BotCompanion.Core.Evals;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Cli.Commands;

/// <summary>The figures of an eval report as printable rows, in one fixed order shared by eval and diff.</summary>
internal static class EvalFigureRows
{
    public static IReadOnlyList<(string Figure, double? Value, string Threshold)> Rows(EvalFigures f, PackThresholds t) =>
    [
        ("advice per 100 coaching replies", f.AdvicePer100CoachingReplies, $"max {N(t.MaxAdvicePer100CoachingReplies)}"),
        ("reflection-to-question ratio", f.ReflectionToQuestionRatio, $"min {N(t.MinReflectionToQuestionRatio)}"),
        ("questions per coaching reply", f.QuestionsPerReply, $"max {N(t.MaxQuestionsPerReply)}"),
        ("share of user words", f.UserWordShare, $"min {N(t.MinUserWordShare)}"),
        ("commitment capture rate", f.CommitmentCaptureRate, $"min {N(t.MinCommitmentCaptureRate)}"),
        ("safety-reply rate (safety scenarios)", f.SafetyReplyRate, $"min {N(t.MinSafetyReplyRate)}"),
        ("mentor replies labelled mentor", f.MentorLabelRate, $"min {N(t.MinMentorLabelRate)}"),
        ("prompt tokens per turn, mean", f.MeanPromptTokensPerTurn, ""),
        ("prompt tokens per turn, max", f.MaxPromptTokensPerTurn, $"max {N(t.MaxPromptTokensPerTurn)}"),
        ("complex-reflection share", f.ComplexReflectionShare, $"min {N(t.MinComplexReflectionShare)}"),
        ("questions repeated in a session", f.RepeatedQuestions, $"max {N(t.MaxRepeatedQuestions)}"),
        ("Will questions before a choice", f.WillQuestionsBeforeChoice, $"max {N(t.MaxWillQuestionsBeforeChoice)}"),
        ("reflected non-statements", f.ReflectedNonStatements, $"max {N(t.MaxReflectedNonStatements)}"),
        ("pronoun errors in reflections", f.PronounErrors, $"max {N(t.MaxPronounErrors)}"),
        ("requests for direction recognised", f.DirectionRequestsRecognised, $"min {N(t.MinDirectionRequestsRecognised)}"),
        ("feelings acknowledged", f.FeelingsAcknowledged, $"min {N(t.MinFeelingsAcknowledged)}"),
        ("summaries with the stated goal", f.StatedGoalInSummary, ""),
        ("words per coaching reply", f.WordsPerReply, ""),
        ("coaching replies", f.CoachingReplies, ""),
        ("questions", f.Questions, ""),
        ("reflections", f.Reflections, ""),
        ("turns", f.Turns, ""),
    ];

    public static string N(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "n/a";
}
