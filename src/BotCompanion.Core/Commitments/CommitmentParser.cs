using System.Text.RegularExpressions;

namespace BotCompanion.Core.Commitments;

public sealed record CommitmentDraft(string Action, DateTimeOffset? Due, bool HasTime, string? IfCue, string? ThenAction, string? Obstacle, string? ObstacleResponse);

/// <summary>Interim parser.</summary>
public static partial class CommitmentParser
{
    public static bool LooksLikeCommitment(string text) => Intent().IsMatch(text);

    public static CommitmentDraft Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var due = DueDateParser.Parse(text, now, zone);
        var action = due is null ? text : text.Remove(due.Start, due.Length);
        action = Intent().Replace(action, "").Trim().TrimEnd('.', '!').Trim();
        return new CommitmentDraft(action, due?.Due, due?.HasTime ?? false, null, null, null, null);
    }

    [GeneratedRegex(@"^\s*(i'?ll|i\s+will|i'?m\s+going\s+to|i\s+commit\s+to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Intent();
}
