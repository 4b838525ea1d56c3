namespace BotCompanion.Core.State;

/// <summary>
/// A closed session, summarised. The coaching part and the mentor part are kept apart. Private until the executive
/// explicitly shares it.
/// </summary>
public sealed class SessionSummary
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];

    public required string SessionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Goal { get; set; }

    public List<string> Insights { get; set; } = [];

    public List<string> Commitments { get; set; } = [];

    /// <summary>The model's short narrative of the coaching part.</summary>
    public string Narrative { get; set; } = "";

    /// <summary>What was asked and advised in mentor mode; never mixed into the coaching part.</summary>
    public List<string> MentorTopics { get; set; } = [];

    public ShareState Share { get; set; } = ShareState.Private;

    public DateTimeOffset? SharedAt { get; set; }

    public string? Pack { get; set; }
}
