namespace BotCompanion.Core.State;

public sealed class CoachingState
{
    public CoachingMode Mode { get; set; } = CoachingMode.Coaching;

    public CoachingSession? Session { get; set; }

    public List<Commitment> Commitments { get; set; } = [];

    public List<SessionSummary> Summaries { get; set; } = [];

    /// <summary>
    /// When the last closed session ended (its last message when it went idle, the close itself after /done).
    /// Outcomes recorded after it are new to the next session's check-in and summary.
    /// </summary>
    public DateTimeOffset? LastSessionEndedAt { get; set; }

    /// <summary>True between "/forget" and the person's answer to the confirmation.</summary>
    public bool ForgetPending { get; set; }

    public bool Welcomed { get; set; }

    /// <summary>The language the person fixed with /language ("es"); null follows the tenant's setting, then the channel.</summary>
    public string? Language { get; set; }

    /// <summary>The locale the channel last reported ("es-ES"), so a check-in speaks the language the person last wrote in.</summary>
    public string? Locale { get; set; }

    /// <summary>The coach this executive linked to, if any.</summary>
    public Sharing.CoachLink? Coach { get; set; }

    /// <summary>The summary waiting for "Share as is / Edit / Keep private".</summary>
    public string? ShareOfferSummaryId { get; set; }

    /// <summary>True while the next message is the executive's own wording of that summary.</summary>
    public bool ShareEditPending { get; set; }

    public CoachingCounters Counters { get; set; } = new();

    public NudgeSettings Nudges { get; set; } = new();

    /// <summary>The latest rehearsal (mentor mode), kept apart from the coaching sessions.</summary>
    public RehearsalState? Rehearsal { get; set; }

    /// <summary>Usefulness scores, goal self-ratings, sessions held and the progress-sharing choice.</summary>
    public OutcomeState Outcomes { get; set; } = new();

    /// <summary>The focus the coach proposed, once offered: accepted, it opens each check-in until the executive ends it.</summary>
    public FocusState Focus { get; set; } = new();

    public IEnumerable<Commitment> OpenCommitments => Commitments.Where(c => c.Status == CommitmentStatus.Open);
}
