namespace BotCompanion.Channels.Teams;

/// <summary>Whether an inbound request may be acted on; when not, the status to answer and why (no token content).</summary>
public sealed record AuthOutcome(bool Allowed, int StatusCode, string? Reason)
{
    public static AuthOutcome Anonymous { get; } = new(true, 200, null);

    public static AuthOutcome Authenticated { get; } = new(true, 200, null);

    public static AuthOutcome Reject(int statusCode, string reason) => new(false, statusCode, reason);
}
