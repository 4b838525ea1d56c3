using BotCompanion.Core.Guard.Cues;

namespace BotCompanion.Core.Guard;

/// <summary>
/// A local, deterministic classifier for advice and direction in one bot utterance. Each sentence is matched against
/// named cue families (<see cref="RuleSet"/>: modal advice, hedged suggestions, social proof, benefit claims, leading
/// questions, warnings, confronting, persuading, imperatives), softened when it reflects the person's own words,
/// asks permission or asks for their ideas; the utterance scores as its most directive sentence. When the rules find
/// nothing, the optional trained <see cref="IAdviceClassifier"/> may still call it advice, never the other way round.
/// </summary>
public sealed partial class DirectivenessGuard(IAdviceClassifier classifier) : IDirectivenessGuard
{
    public const double Threshold = 0.5;

    public const string ClassifierReason = "Classifier";

    public const string UncoveredLanguageReason = "UncoveredLanguage";

    /// <summary>Rules only.</summary>
    public DirectivenessGuard()
        : this(NoAdviceClassifier.Instance)
    {
    }

    public GuardVerdict Score(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GuardVerdict(false, 0);
        }

        var rules = ScoreRules(text);
        if (rules.IsAdvice)
        {
            return rules;
        }

        var language = ReplyLanguage.Of(text);
        if (language == ReplyLanguage.Uncovered)
        {
            // No rule set reads it and the classifier reads English only: it cannot be shown to be free of advice.
            return new GuardVerdict(true, 1, UncoveredLanguageReason);
        }

        if (language != ReplyLanguage.English)
        {
            // The classifier reads English only; in Spanish, French or German the per-language rules are the floor.
            return rules;
        }

        var model = classifier.Classify(text);
        return model.IsAdvice ? new GuardVerdict(true, Math.Round(Math.Max(model.Probability, Threshold), 2), ClassifierReason) : rules;
    }

    /// <summary>The rules alone, whatever classifier is wired in.</summary>
    public static GuardVerdict ScoreRules(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GuardVerdict(false, 0);
        }

        var best = Sentences(text).SelectMany(s => RuleSet.Others.Select(r => r.Score(s)).Prepend(RuleSet.English.Score(s))).MaxBy(s => s.Score);
        var score = Math.Round(best.Score, 2);
        return new GuardVerdict(score >= Threshold, score, score >= Threshold ? best.Cue : null);
    }

    internal static IEnumerable<GuardSentence> Sentences(string text) =>
        Splitter().Split(text.Trim()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(GuardSentence.From).DefaultIfEmpty(GuardSentence.From(text));

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+|;\s+")]
    private static partial Regex Splitter();
}
