namespace BotCompanion.Core.Sharing;

/// <summary>A human coach with a portal account; executives link to them with <see cref="InviteCode"/>.</summary>
public sealed record Coach(string Id, string Email, string DisplayName, string InviteCode, DateTimeOffset CreatedAt);

/// <summary>An executive linked to a coach: an opaque id (never a channel id or name in a URL) and the name they chose to show.</summary>
public sealed record LinkedExecutive(string Id, string DisplayName, DateTimeOffset LinkedAt)
{
    /// <summary>The day the coach last recorded a session with them; the pre-session brief starts there.</summary>
    public DateOnly? LastSessionOn { get; init; }
}

/// <summary>A summary as the executive shared it: the coaching part only, never the conversation or mentor advice.</summary>
public sealed record SharedSummary(string SummaryId, DateTimeOffset SharedAt, DateTimeOffset SessionDate, string? Goal, IReadOnlyList<string> Insights, IReadOnlyList<string> Commitments, string Narrative);

/// <summary>Where an executive's link points, kept beside their conversation so /forget and unlink can find it.</summary>
public sealed record CoachLink(string CoachId, string ExecutiveId);
