namespace BotCompanion.Core.Text;

internal static class Sentences
{
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
}
