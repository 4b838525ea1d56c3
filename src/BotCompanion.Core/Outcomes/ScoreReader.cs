namespace BotCompanion.Core.Outcomes;

/// <summary>
/// Reads an answer to a rating question: a number on its own ("7", "7/10", "about 7", "8 out of 10.", "6, it helped").
/// Anything else is not an answer, so the conversation simply moves on.
/// </summary>
internal static partial class ScoreReader
{
    internal static int? Read(string text, int min, int max)
    {
        var match = Score().Match(text);
        return match.Success && int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
    }

    internal static bool IsSkip(string text, string skipLabel) =>
        string.Equals(text.Trim().TrimEnd('.', '!'), skipLabel, StringComparison.OrdinalIgnoreCase) || Skip().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:(?:about|around|maybe|probably|roughly|a|an|i'?d\s+say)\s+)?(?<n>\d{1,2})(?:\s*(?:/|out\s+of)\s*10)?\s*(?:[.!,;:\u2013\u2014-].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Score();

    [GeneratedRegex(@"^\s*(skip|pass|no\s+thanks|rather\s+not|not\s+now)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Skip();
}
