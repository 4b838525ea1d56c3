namespace BotCompanion.Core.Guard;

/// <summary>
/// The language a reply is written in, as far as the guard needs to know it: English (rules and classifier), Spanish,
/// French or German (per-language rules), or <see cref="Uncovered"/> when it reads as another language or script,
/// which no rule set can judge. Counts each language's common function words; ties and short texts stay English,
/// so "OK" or a name is never taken for a foreign reply.
/// </summary>
internal static partial class ReplyLanguage
{
    public const string English = "en";

    public const string Uncovered = "other";

    private const int MinimumForeignWords = 2;

    public static string Of(string text)
    {
        if (OtherScript().Count(text) > LatinLetter().Count(text))
        {
            return Uncovered;
        }

        var covered = Others.Max(r => r.Words.Count(text));
        var uncovered = UncoveredWords().Count(text);
        var english = EnglishWords().Count(text);
        if (uncovered >= MinimumForeignWords && uncovered > covered && uncovered > english)
        {
            return Uncovered;
        }

        return english >= covered ? English : Others.MaxBy(r => r.Words.Count(text)).Language;
    }

    private static readonly (string Language, Regex Words)[] Others = [("es", SpanishWords()), ("fr", FrenchWords()), ("de", GermanWords())];

    [GeneratedRegex(@"\b(the|you|your|to|and|of|is|it|that|what|this|a|in|for|with|be|are|do|can|could|would|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\b(el|la|los|las|que|de|en|es|para|con|por|tu|tus|te|usted|qué|le|les|una|un|más|cómo|deberías|puedes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishWords();

    [GeneratedRegex(@"\b(le|la|les|des|du|et|vous|pour|avec|est|une|un|que|qui|tu|ton|ta|tes|votre|vos|pas|je)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"\b(der|die|das|und|sie|ist|zu|mit|ich|nicht|ein|eine|ihnen|ihr|du|dein|deine|sollten|sollst|wie|was)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanWords();

    // Italian, Portuguese and Dutch words that none of the covered languages use.
    [GeneratedRegex(@"\b(di|che|della|delle|degli|gli|nel|nella|sono|anche|questo|questa|molto|dovresti|potresti|tue|tuoi|perché|não|você|vocês|uma|são|também|isso|muito|pelo|pela|nós|então|deveria|het|een|niet|jij|jouw|zijn|ik|wat|voor|ook|maar|naar|moet|moeten|kunt|deze|bij|hebt|jezelf|van)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UncoveredWords();

    [GeneratedRegex(@"[A-Za-z\u00C0-\u024F]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"[\p{IsCyrillic}\p{IsGreek}\p{IsArabic}\p{IsHebrew}\p{IsDevanagari}\p{IsThai}\p{IsHangulSyllables}\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex OtherScript();
}
