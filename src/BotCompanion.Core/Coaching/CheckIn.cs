using System.Text.RegularExpressions;
using BotCompanion.Core.Coaching.State;

namespace BotCompanion.Core.Coaching;

/// <summary>Reads the executive's answer to "how has it gone?" into an outcome for the commitment checked in on.</summary>
internal static partial class CheckIn
{
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

    [GeneratedRegex(@"\b(drop(ped)?\s+it|no\s+longer\s+(relevant|needed|matters)|(gave|give)\s+(it\s+)?up|abandon\w*|not\s+doing\s+it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"\b(partly|partially|part\s+of\s+it|half|some\s+of\s+it|started|in\s+progress|a\s+bit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Partly();

    [GeneratedRegex(@"\b(not\s+yet|didn'?t|did\s+not|haven'?t|have\s+not|no\s+time|couldn'?t|could\s+not|missed|forgot|not\s+really)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYet();

    [GeneratedRegex(@"\b(done|did\s+it|i\s+did|finished|completed|went\s+(well|great|fine)|yes|nailed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();
}
