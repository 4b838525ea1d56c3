using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Outcomes;

/// <summary>
/// The outcome questions at the close of a session: "How useful was this, 0–10?" once a session, and at the end of an
/// engagement phase (<see cref="EngagementPhase"/>) "Where are you now on …, 1–10?" after it. Both are optional: a
/// number answers, "Skip" is acknowledged in a word, and anything else (a new topic, a command) moves on without
/// asking again. A session that closed while they were away asks nothing.
/// </summary>
internal sealed class OutcomeFlow(ProgressSharing sharing)
{
    /// <summary>Ratings and session dates kept (years of weekly sessions).</summary>
    internal const int MaxRecords = 500;

    /// <summary>An answer later than this after the question is a new message, not a rating.</summary>
    internal static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(12);

    /// <summary>After a session closed at their request: asks how useful it was, or waits for the share offer's answer first.</summary>
    internal static void AskAtClose(TurnContext turn, SessionSummary summary)
    {
        var outcomes = turn.State.Outcomes;
        if (turn.State.ShareOfferSummaryId is not null)
        {
            outcomes.AskAfterShareSessionId = summary.SessionId;
            return;
        }

        AskUsefulness(turn, summary.SessionId);
    }

    /// <summary>The share offer was answered this turn: the usefulness question that waited for it comes now.</summary>
    internal static void AfterShareAnswer(TurnContext turn)
    {
        var outcomes = turn.State.Outcomes;
        if (outcomes.AskAfterShareSessionId is { } sessionId && turn.State.ShareOfferSummaryId is null && !turn.State.ShareEditPending)
        {
            outcomes.AskAfterShareSessionId = null;
            AskUsefulness(turn, sessionId);
        }
    }

    /// <summary>An answer to the waiting question; false when the message is something else and the turn goes on as usual.</summary>
    internal async Task<bool> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var outcomes = turn.State.Outcomes;

        // Reached only when no share offer took this message: they moved on, so the question that waited is not asked.
        outcomes.AskAfterShareSessionId = null;
        if (outcomes.Pending is not { } question || outcomes.PendingSessionId is not { } sessionId)
        {
            return false;
        }

        var askedAt = outcomes.PendingAt ?? DateTimeOffset.MinValue;
        var goal = outcomes.PendingGoal;
        outcomes.Pending = null;
        outcomes.PendingSessionId = null;
        outcomes.PendingAt = null;
        outcomes.PendingGoal = null;
        if (turn.Now - askedAt > AnswerWindow)
        {
            return false;
        }

        var score = question == OutcomeQuestion.Usefulness ? ScoreReader.Read(turn.Text, 0, 10) : ScoreReader.Read(turn.Text, 1, 10);
        if (score is not { } value)
        {
            if (!ScoreReader.IsSkip(turn.Text, turn.Labels["outcomeSkip"]))
            {
                return false;
            }

            turn.Say(turn.Labels["outcomeSkipped"]);
            return true;
        }

        if (question == OutcomeQuestion.GoalRating && goal is not null)
        {
            Keep(outcomes.GoalRatings, new GoalRating(goal, value, turn.Now, sessionId));
            turn.Say(turn.Labels["outcomeGoalThanks", ("score", Number(value))]);
        }
        else if (question == OutcomeQuestion.Usefulness)
        {
            Keep(outcomes.Usefulness, new UsefulnessRating(sessionId, value, turn.Now));
            AskGoalOrThank(turn, sessionId, value);
        }

        await sharing.RefreshAsync(turn, cancellationToken);
        return true;
    }

    private static void AskUsefulness(TurnContext turn, string sessionId)
    {
        var outcomes = turn.State.Outcomes;
        if (outcomes.UsefulnessAskedSessionId == sessionId)
        {
            return;
        }

        outcomes.UsefulnessAskedSessionId = sessionId;
        Wait(turn, OutcomeQuestion.Usefulness, sessionId);
        turn.Say(turn.Labels["outcomeUsefulness"], Messages.ReplyMode.Coaching, turn.Labels["outcomeSkip"]);
    }

    /// <summary>At the end of a phase, the goal self-rating follows the usefulness answer; otherwise a word of thanks.</summary>
    private static void AskGoalOrThank(TurnContext turn, string sessionId, int score)
    {
        var outcomes = turn.State.Outcomes;
        var thanks = turn.Labels["outcomeThanks", ("score", Number(score))];
        if (outcomes.GoalAskedSessionId == sessionId || !EngagementPhase.Ended(turn.State) || outcomes.PhaseGoal?.Trim().TrimEnd('.', '!') is not { Length: > 0 } goal)
        {
            turn.Say(thanks);
            return;
        }

        // Asked once a phase, answered or not: the next phase starts with the next closed session.
        outcomes.GoalAskedSessionId = sessionId;
        Wait(turn, OutcomeQuestion.GoalRating, sessionId);
        outcomes.PendingGoal = goal;
        EngagementPhase.Restart(outcomes);
        turn.Say($"{thanks} {turn.Labels["outcomeGoal", ("goal", goal)]}", Messages.ReplyMode.Coaching, turn.Labels["outcomeSkip"]);
    }

    private static void Wait(TurnContext turn, OutcomeQuestion question, string sessionId)
    {
        var outcomes = turn.State.Outcomes;
        outcomes.Pending = question;
        outcomes.PendingSessionId = sessionId;
        outcomes.PendingAt = turn.Now;
    }

    private static void Keep<T>(List<T> list, T item)
    {
        list.Add(item);
        if (list.Count > MaxRecords)
        {
            list.RemoveAt(0);
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
