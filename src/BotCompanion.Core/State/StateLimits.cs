namespace BotCompanion.Core.State;

/// <summary>
/// Caps on every list in the conversation state that grows with use, so a document stays a few kilobytes however
/// long a session or a relationship lasts: each list keeps its most recent entries. Applied before every save.
/// </summary>
public static class StateLimits
{
    /// <summary>Questions remembered per session, each once; more than any pack's question bank holds.</summary>
    public const int AskedQuestions = 64;

    /// <summary>Closed sessions' summaries kept (about a year of weekly sessions).</summary>
    public const int Summaries = 50;

    /// <summary>Open commitments kept; an older one beyond this is dropped (its nudge finds it gone and is dropped too).</summary>
    public const int OpenCommitments = 50;

    /// <summary>Done, dropped or superseded commitments kept for check-ins and summaries.</summary>
    public const int ClosedCommitments = 50;

    /// <summary>Outcomes (done, partly, rescheduled…) kept per commitment.</summary>
    public const int OutcomesPerCommitment = 16;

    /// <summary>Commitments a session remembers having made.</summary>
    public const int CommitmentsPerSession = 32;

    public static void Apply(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var coaching = state.Coaching;
        if (coaching.Session is { } session)
        {
            KeepLast(session.AskedQuestionIds, AskedQuestions);
            KeepLast(session.CommitmentIdsMade, CommitmentsPerSession);
        }

        KeepLast(coaching.Summaries, Summaries);
        foreach (var commitment in coaching.Commitments)
        {
            KeepLast(commitment.Outcomes, OutcomesPerCommitment);
        }

        var open = coaching.Commitments.Count(c => c.Status == CommitmentStatus.Open);
        var closed = coaching.Commitments.Count - open;
        if (open > OpenCommitments || closed > ClosedCommitments)
        {
            // Commitments are kept in the order they were made: drop the oldest of whichever kind is over its cap.
            var dropOpen = Math.Max(0, open - OpenCommitments);
            var dropClosed = Math.Max(0, closed - ClosedCommitments);
            coaching.Commitments.RemoveAll(c => c.Status == CommitmentStatus.Open ? dropOpen-- > 0 : dropClosed-- > 0);
        }
    }

    private static void KeepLast<T>(List<T> list, int max)
    {
        if (list.Count > max)
        {
            list.RemoveRange(0, list.Count - max);
        }
    }
}
