namespace BotCompanion.Core.State;

/// <summary>A commitment in the executive's words, with a due date and optionally an if-then plan.</summary>
public sealed class Commitment
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];

    public required string Action { get; set; }

    public DateTimeOffset Due { get; set; }

    public bool HasTime { get; set; }

    public string? IfCue { get; set; }

    public string? ThenAction { get; set; }

    public string? Obstacle { get; set; }

    public string? ObstacleResponse { get; set; }

    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;

    public DateTimeOffset CreatedAt { get; set; }

    public string? SessionId { get; set; }

    public List<CommitmentOutcome> Outcomes { get; set; } = [];
}
