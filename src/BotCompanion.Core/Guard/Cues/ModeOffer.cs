namespace BotCompanion.Core.Guard.Cues;

/// <summary>The bot's own offer of mentor mode ("You can switch to mentor mode with /mentor…") is a boundary, not advice.</summary>
internal sealed partial class ModeOffer() : PatternSoftener(Pattern())
{
    [GeneratedRegex(@"(^|\s)/mentor\b|\bmentor\s+mode\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
