using BotCompanion.Core.Prompts;

namespace BotCompanion.Core.Evals;

/// <summary>
/// The pack's reflection wordings as patterns, so a figure counts a reflection the pack wrote whatever its opener,
/// and knows a complex one (a feeling, fear, value or two sides named) from a simple one.
/// </summary>
public sealed partial class ReplyTemplates
{
    private static readonly string[] ComplexSets =
    [
        PhraseSets.ReflectFeeling, PhraseSets.ReflectImpliedFeeling, PhraseSets.ReflectParts, PhraseSets.ReflectWantButHeld,
        PhraseSets.ReflectFear, PhraseSets.ReflectValue, PhraseSets.ReflectObstacle, PhraseSets.ReflectBelief,
        PhraseSets.ReflectFeelingWith, PhraseSets.ReflectImpliedFeelingWith, PhraseSets.ReflectInsight, PhraseSets.ReflectWondering,
    ];

    // Counted as reflections, but not as complex ones.
    private static readonly string[] SimpleSets =
    [
        PhraseSets.Reflect, PhraseSets.ReflectChoice, PhraseSets.ReflectTopic, PhraseSets.ReflectSituation, PhraseSets.ReflectOptionNamed,
        PhraseSets.AcknowledgeRequest, PhraseSets.ContingencyAdded,
    ];

    private readonly IReadOnlyList<Regex> _complex;
    private readonly IReadOnlyList<Regex> _all;
    private readonly IReadOnlySet<string> _acknowledgements;

    private ReplyTemplates(IReadOnlyList<Regex> complex, IReadOnlyList<Regex> all, IReadOnlySet<string> acknowledgements)
    {
        _complex = complex;
        _all = all;
        _acknowledgements = acknowledgements;
    }

    public static ReplyTemplates For(PhraseBank phrases)
    {
        var complex = ComplexSets.SelectMany(phrases.For).Select(Pattern).ToList();
        var all = complex.Concat(SimpleSets.SelectMany(phrases.For).Select(Pattern)).ToList();
        return new ReplyTemplates(complex, all, phrases.For(PhraseSets.AcknowledgeRequest).Select(p => p.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The acknowledgement of a request for direction: counted as a reflection, never as one of their words said back.</summary>
    public bool IsAcknowledgement(string sentence) => _acknowledgements.Contains(sentence.Trim());

    public bool IsReflection(string sentence) => _all.Any(p => p.IsMatch(sentence.Trim()));

    /// <summary>A complex reflection: one of the pack's, or (from a network model) one that names a feeling or both sides.</summary>
    public bool IsComplex(string sentence) =>
        _complex.Any(p => p.IsMatch(sentence.Trim())) || ComplexWording().IsMatch(sentence);

    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template.Trim()), @"\\\{[a-z0-9]+}", ".+?") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(part\s+of\s+you|you('re|\s+are)\s+feeling|you\s+feel\s+\w+(ed|ous|ful)\b|left\s+you|worr(y|ies)\s+(you\s+)?that|a\s+fear\s+that|matters\s+to\s+you|important\s+to\s+you|care\s+about)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComplexWording();
}
