namespace BotCompanion.Core.Guard.Cues;

/// <summary>Pointing to emergency or crisis support ("please call your local emergency number") is the safety reply's job, not advice.</summary>
internal sealed partial class SafetySignposting() : PatternSoftener(Pattern())
{
    [GeneratedRegex(@"\b(emergency\s+(number|services)|crisis\s+line|samaritans|reach\s+out\s+to\s+someone\s+you\s+trust)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
