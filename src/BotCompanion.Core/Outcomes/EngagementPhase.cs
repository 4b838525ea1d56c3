using BotCompanion.Core.State;

namespace BotCompanion.Core.Outcomes;

/// <summary>
/// An engagement phase runs from the first session closed after the last goal self-rating (or ever) until either
/// <see cref="SessionsPerPhase"/> sessions have closed, or, after at least <see cref="MinSessionsToResolve"/>, every
/// commitment made in the phase is resolved (done, partly or dropped; at least one made). Its goal is the first goal
/// the executive named in the phase, in their words; a phase with no goal named asks nothing.
/// </summary>
internal static class EngagementPhase
{
    internal const int SessionsPerPhase = 4;

    internal const int MinSessionsToResolve = 2;

    /// <summary>Counts a closed session that held something into the phase (and into the sessions held).</summary>
    internal static void NoteClosed(CoachingState state, CoachingSession session, SessionSummary summary, DateTimeOffset end)
    {
        var outcomes = state.Outcomes;
        outcomes.SessionsClosedAt.Add(end);
        if (outcomes.SessionsClosedAt.Count > OutcomeFlow.MaxRecords)
        {
            outcomes.SessionsClosedAt.RemoveAt(0);
        }

        outcomes.PhaseStartedAt ??= session.StartedAt;
        outcomes.PhaseGoal ??= summary.Goal;
        outcomes.PhaseSessions++;
    }

    /// <summary>True when the phase in progress has ended and has a goal to rate.</summary>
    internal static bool Ended(CoachingState state)
    {
        var outcomes = state.Outcomes;
        if (outcomes.PhaseGoal is null || outcomes.PhaseStartedAt is not { } start)
        {
            return false;
        }

        if (outcomes.PhaseSessions >= SessionsPerPhase)
        {
            return true;
        }

        var made = state.Commitments.Where(c => c.CreatedAt >= start).ToList();
        return outcomes.PhaseSessions >= MinSessionsToResolve && made.Count > 0 && made.All(c => c.Status != CommitmentStatus.Open);
    }

    /// <summary>The rating was asked (answered or skipped): the next phase starts with the next closed session.</summary>
    internal static void Restart(OutcomeState outcomes)
    {
        outcomes.PhaseStartedAt = null;
        outcomes.PhaseGoal = null;
        outcomes.PhaseSessions = 0;
    }
}
