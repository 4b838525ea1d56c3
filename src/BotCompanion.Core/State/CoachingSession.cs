namespace BotCompanion.Core.State;

/// <summary>One reflection session, from its first message until /done or the idle timeout.</summary>
public sealed class CoachingSession
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N")[..12];

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    public GrowStage Stage { get; set; } = GrowStage.Goal;

    /// <summary>User turns spent in the current stage.</summary>
    public int StageTurns { get; set; }

    /// <summary>The goal in the executive's own words.</summary>
    public string? Goal { get; set; }

    /// <summary>Key sentences the executive said, verbatim (the extractive rolling summary).</summary>
    public List<string> Insights { get; set; } = [];

    /// <summary>Options the executive named, verbatim.</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>The questions asked, each once, the most recent last; at most <see cref="StateLimits.AskedQuestions"/>.</summary>
    public List<string> AskedQuestionIds { get; set; } = [];

    /// <summary>How many questions the session has asked in all, repeats included (the list above keeps only the recent ones).</summary>
    public int QuestionsAsked { get; set; }

    /// <summary>The last few coaching turns; mentor turns never enter this list.</summary>
    public List<TurnRecord> RecentTurns { get; set; } = [];

    /// <summary>Mentor-mode turns, kept apart from coaching.</summary>
    public List<TurnRecord> MentorTurns { get; set; } = [];

    public CommitmentDraftState? PendingCommitment { get; set; }

    /// <summary>Id of the commitment the session opened with a check-in on.</summary>
    public string? CheckInCommitmentId { get; set; }

    /// <summary>The answer given on that commitment since the last session (partly, not yet) that the check-in follows up; null for a plain check-in.</summary>
    public string? CheckInAnswer { get; set; }

    /// <summary>True when the session opened with a check-in on the focus the executive accepted from their coach.</summary>
    public bool FocusCheckIn { get; set; }

    public List<string> CommitmentIdsMade { get; set; } = [];

    public int MentorTopicCount { get; set; }

    public int UserWords { get; set; }

    public int CoachWords { get; set; }

    /// <summary>How the conversation has moved so far: what the next question may follow from.</summary>
    public ConversationTrack Track { get; set; } = new();

    /// <summary>Records that the question <paramref name="id"/> was asked: it becomes the most recent, listed once.</summary>
    public void RecordAsked(string id)
    {
        QuestionsAsked = Math.Max(QuestionsAsked, AskedQuestionIds.Count) + 1;
        AskedQuestionIds.Remove(id);
        AskedQuestionIds.Add(id);
        if (AskedQuestionIds.Count > StateLimits.AskedQuestions)
        {
            AskedQuestionIds.RemoveRange(0, AskedQuestionIds.Count - StateLimits.AskedQuestions);
        }
    }
}
