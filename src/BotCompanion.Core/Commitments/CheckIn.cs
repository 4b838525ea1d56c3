using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Commitments;

/// <summary>
/// The session-opening check-in: what was answered since the last session, the follow-up question on a commitment
/// answered "partly" or "not yet", and the executive's answer to it read into an outcome.
/// </summary>
internal static partial class CheckIn
{
    /// <summary>
    /// The latest answer (done, partly, not yet, dropped) on each commitment given since the last session ended,
    /// oldest first. A commitment talked about within the idle timeout is left out: that conversation is still going
    /// on, and the follow-up question on its answer has only just been asked.
    /// </summary>
    public static List<Answer> SinceLastSession(TurnContext turn, TimeSpan idleTimeout)
    {
        var since = turn.State.LastSessionEndedAt ?? DateTimeOffset.MinValue;
        var answers = new List<Answer>();
        foreach (var commitment in turn.State.Commitments.Where(c => !JustTalkedAbout(turn, c, idleTimeout)))
        {
            if (commitment.Outcomes.LastOrDefault(o => o.Outcome != "rescheduled") is { } answer && answer.At > since)
            {
                answers.Add(new Answer(commitment, answer));
            }
        }

        return [.. answers.OrderBy(a => a.Outcome.At)];
    }

    /// <summary>True when the commitment's latest outcome is within the idle timeout, so part of the conversation still going on.</summary>
    public static bool JustTalkedAbout(TurnContext turn, Commitment commitment, TimeSpan idleTimeout) =>
        commitment.Outcomes.Count > 0 && turn.Now - commitment.Outcomes[^1].At < idleTimeout;

    /// <summary>The brief acknowledgement of commitments marked done since the last session; null when there are none.</summary>
    public static string? Acknowledgement(TurnContext turn, IEnumerable<Answer> answers)
    {
        var done = answers.Where(a => a.Outcome.Outcome == "done").Select(a => $"\"{a.Commitment.Action}\"").ToList();
        return done.Count == 0 ? null : turn.Labels["checkInDone", ("actions", done.Count == 1 ? done[0] : $"{string.Join(", ", done.SkipLast(1))} and {done[^1]}")];
    }

    /// <summary>The check-in question on an earlier "partly" or "not yet", in the executive's words; null for a plain check-in.</summary>
    public static string? FollowUp(TurnContext turn, Commitment commitment, string? answer) => answer switch
    {
        "partly" => turn.Labels["checkInPartly", ("action", commitment.Action)],
        "not yet" => turn.Labels["checkInNotYet", ("action", commitment.Action)],
        _ => null,
    };

    public static void Record(TurnContext turn)
    {
        var commitment = turn.State.Commitments.FirstOrDefault(c => c.Id == turn.Session.CheckInCommitmentId);
        if (commitment is null || Classify(turn.Text) is not { } outcome)
        {
            return;
        }

        commitment.Outcomes.Add(new CommitmentOutcome(outcome, turn.Now));
        commitment.Status = outcome switch
        {
            "done" => CommitmentStatus.Done,
            "partly" => CommitmentStatus.Partly,
            "dropped" => CommitmentStatus.Dropped,
            _ => CommitmentStatus.Open,
        };
    }

    /// <summary>done, partly, not yet or dropped; null when the answer doesn't say.</summary>
    public static string? Classify(string text)
    {
        if (Dropped().IsMatch(text))
        {
            return "dropped";
        }

        if (Partly().IsMatch(text))
        {
            return "partly";
        }

        if (NotYet().IsMatch(text))
        {
            return "not yet";
        }

        return Done().IsMatch(text) ? "done" : null;
    }

    [GeneratedRegex(@"\b(drop(ped)?\s+it|no\s+longer\s+(relevant|needed|matters)|(gave|give)\s+(it\s+)?up|abandon\w*|not\s+doing\s+it|lo\s+dejo|ya\s+no\s+(es\s+relevante|hace\s+falta)|lo\s+abandon[ée]|descartad[oa])(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"\b(partly|partially|part\s+of\s+it|half|some\s+of\s+it|started|in\s+progress|a\s+bit|en\s+parte|a\s+medias|parcialmente|empezad[oa]|lo\s+empec[ée]|en\s+marcha)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Partly();

    [GeneratedRegex(@"\b(not\s+yet|didn'?t|did\s+not|haven'?t|have\s+not|no\s+time|couldn'?t|could\s+not|missed|forgot|not\s+really|todav[íi]a\s+no|a[úu]n\s+no|no\s+pude|no\s+lo\s+hice|no\s+me\s+dio\s+tiempo|se\s+me\s+olvid[óo]|no\s+tuve\s+tiempo)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYet();

    [GeneratedRegex(@"\b(done|did\s+it|i\s+did|finished|completed|went\s+(well|great|fine)|yes|nailed|hecho|lo\s+hice|terminad[oa]|fue\s+bien|sali[óo]\s+bien|sí)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();

    /// <summary>An answer the executive gave on one of their commitments.</summary>
    public sealed record Answer(Commitment Commitment, CommitmentOutcome Outcome);
}
