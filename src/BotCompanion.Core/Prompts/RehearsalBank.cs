namespace BotCompanion.Core.Prompts;

/// <summary>
/// offline/rehearsal.json: the rehearsal's words. The kinds of resistance (each with its cues and the offline
/// counterpart's lines), the words that step out of a role-play, and the cues that make mentor mode offer one.
/// </summary>
public sealed class RehearsalBank
{
    /// <summary>The kinds every pack plays, in the order they are offered and recognised.</summary>
    public static IReadOnlyList<string> RequiredKinds { get; } = ["interrupts", "dismisses", "numbers", "defensive", "agrees"];

    /// <summary>Offline lines each kind needs, so a rehearsal can run a while without a line said twice.</summary>
    public const int MinLines = 6;

    /// <summary>The placeholder a line may carry: the executive's own words, as the counterpart says them back.</summary>
    public const string Echo = "{echo}";

    /// <summary>Whole messages that step out of the role-play ("pause"), lower case, without end punctuation.</summary>
    public List<string> StopWords { get; set; } = [];

    /// <summary>Words in a mentor-mode question that make a rehearsal worth offering ("conversation with").</summary>
    public List<string> OfferCues { get; set; } = [];

    public Dictionary<string, RehearsalResistance> Resistances { get; set; } = [];

    /// <summary>The kinds in the order they are offered: the required ones first, then any the pack adds.</summary>
    public IEnumerable<string> Kinds => RequiredKinds.Where(Resistances.ContainsKey).Concat(Resistances.Keys.Except(RequiredKinds, StringComparer.Ordinal));

    /// <summary>The kind of resistance <paramref name="text"/> describes ("she always cuts me off": interrupts), or null.</summary>
    public string? Infer(string text)
    {
        var words = Words(text);
        return Kinds.FirstOrDefault(kind =>
            string.Equals(words, Words(Resistances[kind].Button), StringComparison.Ordinal)
            || Resistances[kind].Cues.Any(cue => StartsAWord(words, cue)));
    }

    /// <summary>True when the whole message asks to step out ("pause", "Stop.").</summary>
    public bool IsStop(string text) => StopWords.Any(w => string.Equals(Words(text), Words(w), StringComparison.Ordinal));

    /// <summary>True when a mentor-mode message is about a conversation with someone, so a rehearsal is worth offering.</summary>
    public bool Offers(string text)
    {
        var words = Words(text);
        return OfferCues.Any(cue => StartsAWord(words, cue));
    }

    /// <summary>A cue is found where a word begins: "interrupt" in "interrupts", never "roi" in "heroic".</summary>
    private static bool StartsAWord(string words, string cue) => words.Contains(Words(cue).TrimEnd(), StringComparison.Ordinal);

    /// <summary>Lower case, with everything but letters and digits as single spaces, and a space in front.</summary>
    private static string Words(string text)
    {
        var builder = new System.Text.StringBuilder(" ");
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter || builder[^1] != ' ')
            {
                builder.Append(letter ? c : ' ');
            }
        }

        return builder.ToString().TrimEnd() + " ";
    }
}
