namespace BotCompanion.Core.Sharing;

/// <summary>
/// A focus a coach proposes for the weeks until the next session, in one sentence. It is the only thing the coach
/// writes about an executive; whether the executive took it up stays with the executive.
/// </summary>
public sealed record ProposedFocus(string Id, string Text, DateTimeOffset ProposedAt)
{
    /// <summary>The longest focus a coach can propose, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The focus as it is stored: trimmed, one line; null when it is empty, too long or more than one line.</summary>
    public static string? Normalise(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.Contains('\r', StringComparison.Ordinal)
            ? null
            : trimmed;
    }
}
