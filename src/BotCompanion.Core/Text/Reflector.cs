namespace BotCompanion.Core.Text;

/// <summary>
/// An honest, simple paraphrase: the person's own words with first and second person swapped, shortened.
/// It adds no feelings and no interpretation.
/// </summary>
public static partial class Reflector
{
    private const int MaxWords = 22;

    /// <summary>First person to second ("I'm" → "you're", "my" → "your"): what every say-back of their words needs.</summary>
    private static readonly (Regex Pattern, string Replacement)[] FirstPersonSwaps =
    [
        (new Regex(@"\bI am\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you are"),
        (new Regex(@"\bI was\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you were"),
        (new Regex(@"\bI'm\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you're"),
        (new Regex(@"\bI've\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you've"),
        (new Regex(@"\bI'll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you'll"),
        (new Regex(@"\bI'd\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you'd"),
        (new Regex(@"\bmyself\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "yourself"),
        (new Regex(@"\bmine\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "yours"),
        (new Regex(@"\bmy\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "your"),
        (new Regex(@"\bme\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you"),
        (new Regex(@"\bI\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you"),
    ];

    // "you" (the bot, in their words) is parked first so that it is not swapped back by the I → you rules.
    private static readonly (Regex Pattern, string Replacement)[] Swaps =
    [
        (new Regex(@"\byou're\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "\u0001'm"),
        (new Regex(@"^you\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "\u0001"),
        (new Regex(@"\byour\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "\u0002"),
        (new Regex(@"\byou\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "\u0003"),
        .. FirstPersonSwaps,
        (new Regex(@"\bour\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "your"),
        (new Regex(@"\bwe're\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you're"),
        (new Regex(@"\bwe\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "you"),
        (new Regex(@"\bus\b", RegexOptions.CultureInvariant), "you"),
        (new Regex("\u0001", RegexOptions.CultureInvariant), "I"),
        (new Regex("\u0002", RegexOptions.CultureInvariant), "my"),
        (new Regex("\u0003", RegexOptions.CultureInvariant), "me"),
        (new Regex(@"^(and|or|but|so|well|also|then|plus)\b[,\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), ""),
    ];

    // The same turn in Spanish: "hablar con mi equipo" → "hablar con tu equipo", "reunirme" → "reunirte".
    private static readonly (Regex Pattern, string Replacement)[] SpanishSwaps =
    [
        (new Regex(@"\bmis\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "tus"),
        (new Regex(@"\bmi\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "tu"),
        (new Regex(@"\bmí\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "ti"),
        (new Regex(@"\bconmigo\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "contigo"),
        (new Regex(@"\bme\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "te"),
        (new Regex(@"(?<=\p{L}[aei]r)me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "te"),
        (new Regex(@"^(y|o|pero|pues|bueno|vale|también|entonces)\b[,\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), ""),
    ];

    // Every opener is one the directiveness guard knows as a reflection: a reflected "we have to cut costs" must not
    // read as the bot telling them what they have to do (a bare "So you have to…" did, and lost the reflection).
    private static readonly string[] Openers = ["You said {0}.", "You mentioned {0}.", "You're saying {0}.", "What I hear is that {0}."];

    /// <summary>
    /// Their words as the bot says them back: "write the rules for my managers" becomes "write the rules for your
    /// managers", so a read-back after "you'll" does not put their managers in the bot's mouth.
    /// </summary>
    public static string SecondPerson(string text) =>
        Swaps.Aggregate(text, (current, swap) => swap.Pattern.Replace(current, swap.Replacement));

    /// <summary><see cref="SecondPerson(string)"/> in the language the turn is spoken in.</summary>
    public static string SecondPerson(string text, string language) =>
        language == "es" ? SpanishSwaps.Aggregate(text, (current, swap) => swap.Pattern.Replace(current, swap.Replacement)) : SecondPerson(text);

    /// <summary>Only the first-person words of <paramref name="text"/> turned into the second person; "you" stays as it is.</summary>
    public static string ToSecondPerson(string text) =>
        FirstPersonSwaps.Aggregate(text, (current, swap) => swap.Pattern.Replace(current, swap.Replacement));

    /// <summary>A one-sentence reflection of <paramref name="text"/>, or null when there is nothing to reflect.</summary>
    public static string? Reflect(string text, int variant)
    {
        var sentence = PickSentence(text);
        if (sentence is null)
        {
            return null;
        }

        var swapped = SecondPerson(sentence);
        var words = swapped.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var body = words.Length > MaxWords ? string.Join(' ', words.Take(MaxWords)) + "…" : string.Join(' ', words);
        body = LowerFirst(body.TrimEnd('.', '!', ',', ';', ':'));
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, Openers[Math.Abs(variant) % Openers.Length], body);
    }

    /// <summary>The most telling sentence: the last statement of at least four words (people often end with what matters).</summary>
    private static string? PickSentence(string text)
    {
        var sentences = SentenceSplit().Split(text.Trim())
            .Select(s => Whitespace().Replace(s, " ").Trim())
            .Where(s => s.Length > 0 && !s.EndsWith('?'))
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
            .ToList();
        return sentences.Count == 0 ? null : sentences[^1];
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
