using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// A want with what it must not cost or turn into, which is the part that matters: "I want to walk into the next board
/// in December and not freeze when he comes at me" is said back whole ("you walk into the next board in December and
/// not freeze"), never cut before the "and not".
/// </summary>
internal static partial class HeldWant
{
    private const int MaxWords = 14;

    /// <summary>"you {act} and not {what}" / "you {act} without {what}", or null when the want holds no such part.</summary>
    public static string? Of(string goal)
    {
        var text = Reflector.SecondPerson(goal.Trim().TrimEnd('.', '!', ';', ' '));
        if (Want().Match(text) is not { Success: true } want)
        {
            return null;
        }

        // "be able to disagree" after "you" reads "you can disagree"; "be more present", "you're more present".
        var act = Be().Replace(want.Groups["act"].Value.Trim().TrimEnd(','), m => m.Groups["able"].Success ? "can " : "are ", 1);
        var held = want.Groups["held"].Value.Trim();
        var phrase = $"you {act} {want.Groups["joint"].Value.ToLowerInvariant()} {held}";
        if (Sentences.Words(phrase) > MaxWords && Trailing().Match(held) is { Success: true } tail)
        {
            // "…and not freeze when he comes at you": the fear is in "not freeze"; the "when…" can go.
            phrase = $"you {act} {want.Groups["joint"].Value.ToLowerInvariant()} {held[..tail.Index].Trim()}";
        }

        return Sentences.Words(phrase) <= MaxWords && !TheBot().IsMatch(phrase) ? phrase : null;
    }

    [GeneratedRegex(@"^(?:[\w']+[,.]?\s+){0,3}?you\s+(?:really\s+)?(?:want|need|'d\s+like|would\s+like)\s+to\s+(?<act>.{3,70}?)\s+(?<joint>and\s+not|without)\s+(?<held>.{3,60})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Want();

    [GeneratedRegex(@"^be\s+(?<able>able\s+to\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Be();

    [GeneratedRegex(@"\s+(when|if|whenever|because|in\s+front\s+of)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\b(me|my|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheBot();
}
