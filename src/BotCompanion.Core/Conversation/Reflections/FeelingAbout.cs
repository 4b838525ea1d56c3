using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// A named feeling with what it is about, in their words: "I'm angry with him more than with the chair" is said back
/// as "angry with him more than with the chair", not as a bare "angry".
/// </summary>
internal static partial class FeelingAbout
{
    private const int MaxWords = 9;

    /// <summary>The feeling's name and what it is about, in the second person; the bare name when nothing follows it.</summary>
    public static string Of(MessageReading reading, Feeling feeling)
    {
        if (feeling.Implied || reading.Span(MessageAct.Feeling) is not { } sentence)
        {
            return feeling.Name;
        }

        var at = sentence.IndexOf(feeling.Words, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || About().Match(sentence[(at + feeling.Words.Length)..]) is not { Success: true } about)
        {
            return feeling.Name;
        }

        // Their own word for it when it is one ("fed up with being the referee"), else its plain name.
        var word = OwnWord().IsMatch(feeling.Words) ? feeling.Words.ToLowerInvariant() : feeling.Name;
        var what = Reflector.SecondPerson(about.Value.Trim());
        return Sentences.Words(what) <= MaxWords && !TheBot().IsMatch(what) ? $"{word} {what}" : feeling.Name;
    }

    // What follows the feeling word up to the end of its clause: "with him more than with the chair", "about the launch".
    [GeneratedRegex(@"^\s+(with|about|at|over|towards?|for)\s+[^.,;:!?]{2,60}?(?=\s*(?:[.,;:!?]|\s-\s|$|\s+(?:and|but|because)\s))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex About();

    [GeneratedRegex(@"^(fed\s+up|[a-z]+(ed|ous|ful|ry|nt|ive))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnWord();

    [GeneratedRegex(@"\b(me|my|i|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheBot();
}
