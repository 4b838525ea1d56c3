namespace BotCompanion.Channels.Turns;

/// <summary>
/// Splits a long reply into messages a channel accepts: at paragraph breaks first, then line breaks, then sentence
/// ends, then spaces, and only as a last resort inside a word. Nothing is dropped; parts keep their order.
/// </summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 16);
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxChars)
        {
            var cut = Cut(rest, maxChars);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int Cut(string text, int max)
    {
        var window = text[..max];
        foreach (var separator in new[] { "\n\n", "\n", ". ", "? ", "! ", " " })
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);

            // A break in the first half would leave a tiny part; look for a later, weaker break instead.
            if (at > max / 2)
            {
                return at + separator.Length;
            }
        }

        // Never cut between the two halves of a surrogate pair.
        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
