namespace BotCompanion.Core.Text;

internal static partial class Sentences
{
    /// <summary>The sentences of a message: broken after ".", "!", "?" or "…" and at line breaks, whitespace-normalised.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        [.. SentenceBreak().Split(text.Trim()).Select(s => Whitespace().Replace(s, " ").Trim()).Where(s => s.Length > 0)];

    /// <summary>Words as the fidelity figures count them: runs of non-whitespace.</summary>
    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The text, whitespace-normalised and cut at a word boundary to at most <paramref name="max"/> characters.</summary>
    public static string Lead(string text, int max)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (normalised.Length <= max)
        {
            return normalised;
        }

        var cut = normalised.LastIndexOf(' ', max - 1);
        return normalised[..(cut > max / 2 ? cut : max - 1)] + "…";
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
