using System.Text.RegularExpressions;
using BotCompanion.Core.Guard.Cues;

namespace BotCompanion.Core.Guard;

/// <summary>
/// A local, deterministic classifier for advice and direction in one bot utterance. Each sentence is matched against
/// named cue families (<see cref="RuleSet"/>: modal advice, hedged suggestions, social proof, benefit claims, leading
/// questions, warnings, confronting, persuading, imperatives), softened when it reflects the person's own words,
/// asks permission or asks for their ideas; the utterance scores as its most directive sentence. Topic words play no
/// part, so it carries across domains.
/// </summary>
public sealed partial class DirectivenessGuard : IDirectivenessGuard
{
    public const double Threshold = 0.5;

    public GuardVerdict Score(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GuardVerdict(false, 0);
        }

        var best = Sentences(text).Select(RuleSet.English.Score).MaxBy(s => s.Score);
        var score = Math.Round(best.Score, 2);
        return new GuardVerdict(score >= Threshold, score, score >= Threshold ? best.Cue : null);
    }

    internal static IEnumerable<GuardSentence> Sentences(string text) =>
        Splitter().Split(text.Trim()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(GuardSentence.From).DefaultIfEmpty(GuardSentence.From(text));

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+|;\s+")]
    private static partial Regex Splitter();
}
