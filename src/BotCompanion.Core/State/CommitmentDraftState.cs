namespace BotCompanion.Core.State;

/// <summary>A commitment being worded, not yet confirmed (stored only once the executive says yes).</summary>
public sealed class CommitmentDraftState
{
    public required string Action { get; set; }

    public DateTimeOffset? Due { get; set; }

    public bool HasTime { get; set; }

    public string? IfCue { get; set; }

    public string? ThenAction { get; set; }

    public string? Obstacle { get; set; }

    public string? ObstacleResponse { get; set; }

    /// <summary>The read-back was sent; the next message is the confirmation.</summary>
    public bool ReadBack { get; set; }
}
