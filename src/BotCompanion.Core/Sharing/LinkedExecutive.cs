namespace BotCompanion.Core.Sharing;

/// <summary>An executive linked to a coach: an opaque id (never a channel id or name in a URL) and the name they chose to show.</summary>
public sealed record LinkedExecutive(string Id, string DisplayName, DateTimeOffset LinkedAt)
{
    /// <summary>The day the coach last recorded a session with them; the pre-session brief starts there.</summary>
    public DateOnly? LastSessionOn { get; init; }
}
