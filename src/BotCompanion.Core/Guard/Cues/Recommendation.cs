namespace BotCompanion.Core.Guard.Cues;

/// <summary>Advice named as such: "I recommend…", "my advice…", "make sure…", "it would be best to…".</summary>
internal sealed partial class Recommendation() : PatternCue(0.9, Pattern())
{
    [GeneratedRegex(@"\b((?<!\bbefore\s)i'd\s+(suggest|recommend|advise|urge)|(?<!\bbefore\s)i\s+(would\s+|'d\s+|strongly\s+|really\s+)?(recommend|suggest|advise|urge|encourage\s+you)|my\s+(advice|recommendation|suggestion|tip)|it'?s\s+(important|essential|crucial|vital|best|wise|better)\s+for\s+you\s+to|it\s+is\s+(important|essential|crucial|vital|best|wise|better)\s+for\s+you\s+to|it\s+would\s+be\s+(best|wise|good|better|helpful|a\s+good\s+idea)\s+(for\s+you\s+)?to|the\s+best\s+(thing|way|approach|option)\s+(is|would\s+be)|(?<!\b(want|wanting|wanted|trying|try|like|help|helps)\s+to\s+)make\s+sure|be\s+sure\s+to|don't\s+forget\s+to|do\s+not\s+forget\s+to)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
