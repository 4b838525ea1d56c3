using BotCompanion.Core.Prompts;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Rehearsal;

/// <summary>
/// The executive's own words as the counterpart says them back ("I want to move the decision to the directors"
/// becomes "you want to move the decision to the directors"), so an offline line can pick up their topic.
/// </summary>
internal static partial class CounterpartEcho
{
    private const int MinWords = 4;
    private const int MaxWords = 12;

    /// <summary>
    /// A short statement of theirs, in the second person; null when there is none that reads well back (a question,
    /// too short or too long, a greeting, or one addressed to the counterpart, whose "you" would have to become "I").
    /// A name of the counterpart's (<paramref name="counterpart"/>, their words) keeps its capital, and is dropped where
    /// it only addresses them ("Margaret, we need…").
    /// </summary>
    public static string? From(string message, string counterpart)
    {
        var names = counterpart.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);
        var sentence = Sentences.Split(message.Replace('\u2019', '\''))
            .Select(s => s.TrimEnd('.', '!', ',', ';', ':', '…').Trim())
            .Select(s => Vocative().Match(s) is { Success: true } v && names.Contains(v.Groups[1].Value) ? s[v.Length..] : s)
            .LastOrDefault(s => !s.EndsWith('?') && Sentences.Words(s) is >= MinWords and <= MaxWords && !Addressed().IsMatch(s) && !Greeting().IsMatch(s));
        if (sentence is null)
        {
            return null;
        }

        var swapped = Lead().Replace(Reflector.ToSecondPerson(sentence), "");
        var first = swapped.Split(' ', 2)[0].TrimEnd(',');
        first = first.EndsWith("'s", StringComparison.Ordinal) ? first[..^2] : first;
        return swapped.Length > 1 && char.IsUpper(swapped[0]) && !char.IsUpper(swapped[1]) && !names.Contains(first)
            ? char.ToLowerInvariant(swapped[0]) + swapped[1..]
            : swapped;
    }

    /// <summary>The line with <c>{echo}</c> replaced, capitalised where it opens the line.</summary>
    public static string Into(string line, string echo)
    {
        var text = line.Replace(RehearsalBank.Echo, echo, StringComparison.Ordinal);
        return line.StartsWith(RehearsalBank.Echo, StringComparison.Ordinal) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    [GeneratedRegex(@"\b(you|your|yours|yourself|you're|you've|you'll|you'd)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Addressed();

    [GeneratedRegex(@"^([A-Z][a-z]+),\s+")]
    private static partial Regex Vocative();

    [GeneratedRegex(@"^(thanks|thank\s+you|hi|hello|hey|good\s+(morning|afternoon|evening)|nice\s+to|great\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(and|or|but|so|well|also|then|look|listen|ok|okay)\b[,\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
