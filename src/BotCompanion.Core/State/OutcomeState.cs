namespace BotCompanion.Core.State;

/// <summary>
/// The outcome measures the executive gave (usefulness of sessions, goal self-ratings), the sessions held and the
/// engagement phase in progress. Part of the conversation's state, so /forget erases it with everything else.
/// </summary>
public sealed class OutcomeState
{
    /// <summary>When each session that held something closed (most recent last, capped).</summary>
    public List<DateTimeOffset> SessionsClosedAt { get; set; } = [];

    public List<UsefulnessRating> Usefulness { get; set; } = [];

    public List<GoalRating> GoalRatings { get; set; } = [];

    /// <summary>The question asked at the last close and not answered yet; null when none is waiting.</summary>
    public OutcomeQuestion? Pending { get; set; }

    /// <summary>The session the waiting question is about.</summary>
    public string? PendingSessionId { get; set; }

    public DateTimeOffset? PendingAt { get; set; }

    /// <summary>The goal, in their words, that a waiting goal self-rating is about.</summary>
    public string? PendingGoal { get; set; }

    /// <summary>A closed session whose usefulness question waits until the share offer is answered.</summary>
    public string? AskAfterShareSessionId { get; set; }

    /// <summary>The last session asked about its usefulness, and about the goal: each is asked at most once a session.</summary>
    public string? UsefulnessAskedSessionId { get; set; }

    public string? GoalAskedSessionId { get; set; }

    /// <summary>When the engagement phase in progress began (its first closed session).</summary>
    public DateTimeOffset? PhaseStartedAt { get; set; }

    /// <summary>The goal named first in this phase, in the executive's words: what the phase's self-rating asks about.</summary>
    public string? PhaseGoal { get; set; }

    /// <summary>Sessions closed in this phase.</summary>
    public int PhaseSessions { get; set; }

    /// <summary>The coach the executive chose to share their progress figures with (<c>/progress share</c>); null: private.</summary>
    public string? SharedWithCoachId { get; set; }
}
