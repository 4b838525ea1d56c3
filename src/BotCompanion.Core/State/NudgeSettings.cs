namespace BotCompanion.Core.State;

/// <summary>The executive's choices about proactive messages. Nothing proactive is sent until they agree.</summary>
public sealed class NudgeSettings
{
    /// <summary>They agreed to check-ins (asked once, after their first commitment; changeable with /nudges).</summary>
    public bool Consented { get; set; }

    /// <summary>True while the "shall I check in?" question is waiting for an answer.</summary>
    public bool ConsentPending { get; set; }

    public bool Paused { get; set; }

    public DateTimeOffset? SnoozedUntil { get; set; }

    public TimeOnly QuietStart { get; set; } = new(21, 0);

    public TimeOnly QuietEnd { get; set; } = new(8, 0);

    public int MaxPerDay { get; set; } = 1;

    /// <summary>Day of the weekly progress reflection; null = off.</summary>
    public DayOfWeek? WeeklyDay { get; set; }

    public TimeOnly WeeklyTime { get; set; } = new(16, 0);

    /// <summary>Date of their next human coaching session, for the reflection prompt 24–48 h before it.</summary>
    public DateOnly? NextCoachSession { get; set; }

    /// <summary>Periodic review every N weeks; null = off.</summary>
    public int? ReviewEveryWeeks { get; set; }

    public DateOnly? SentOn { get; set; }

    public int SentThatDay { get; set; }

    public string? LastNudgeId { get; set; }

    /// <summary>The commitment the last nudge asked about; the next message answers it.</summary>
    public string? AwaitingCommitmentId { get; set; }

    /// <summary>After "not yet": the commitment whose obstacle is being explored and may get a new date.</summary>
    public string? ReschedulingCommitmentId { get; set; }

    public bool Unreachable { get; set; }

    /// <summary>
    /// The one scheduled nudge of each rhythm (weekly, pre-session, review), by kind. A queued rhythm nudge whose id
    /// is not here was switched off or replaced by a later choice, and is dropped when it falls due.
    /// </summary>
    public Dictionary<string, string> RhythmNudges { get; set; } = [];
}
