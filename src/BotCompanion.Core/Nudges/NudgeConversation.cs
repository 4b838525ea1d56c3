using BotCompanion.Core.Commitments;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Nudges;

/// <summary>
/// The executive's side of nudges: agreeing to check-ins, answering one (Done / Partly / Not yet / Drop), and after
/// a miss, a short look at the obstacle and an optional new date. Never streaks, never shaming.
/// </summary>
internal sealed partial class NudgeConversation(NudgePlanner planner)
{
    /// <summary>True when the message was an answer this class handled.</summary>
    internal async Task<bool> TryHandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var settings = turn.State.Nudges;
        if (settings.ConsentPending)
        {
            settings.ConsentPending = false;
            if (turn.Chose("nudgeConsentYesButton") || Yes().IsMatch(turn.Text))
            {
                settings.Consented = true;
                foreach (var open in turn.State.OpenCommitments)
                {
                    await planner.ScheduleCommitmentAsync(turn, open, cancellationToken);
                }

                var consent = turn.Labels["nudgeConsentYes", ("max", settings.MaxPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("quietStart", settings.QuietStart.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)), ("quietEnd", settings.QuietEnd.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))];

                // Their channel did not say where they are: the times above are a guess until they confirm it.
                turn.Say(!turn.ZoneKnown ? consent + " " + turn.Labels["askTimeZone", ("zone", turn.Zone.Id)] : consent);
                return true;
            }

            if (turn.Chose("nudgeConsentNoButton") || No().IsMatch(turn.Text))
            {
                turn.Say(turn.Labels["nudgeConsentNo"]);
                return true;
            }
        }

        if (settings.ReschedulingCommitmentId is { } rescheduling)
        {
            settings.ReschedulingCommitmentId = null;
            var commitment = turn.State.Commitments.FirstOrDefault(c => c.Id == rescheduling && c.Status == CommitmentStatus.Open);
            if (commitment is not null && DueDateParser.Parse(turn.Text, turn.Now, turn.Zone) is { } due)
            {
                commitment.Due = due.Due;
                commitment.HasTime = due.HasTime;
                commitment.Outcomes.Add(new CommitmentOutcome("rescheduled", turn.Now));
                await planner.ScheduleCommitmentAsync(turn, commitment, cancellationToken);
                turn.Say(turn.Labels["commitmentMoved", ("action", commitment.Action), ("due", CommitmentFlow.Due(turn, due.Due, due.HasTime))]);
                return true;
            }
        }

        if (settings.AwaitingCommitmentId is not { } awaiting)
        {
            return false;
        }

        settings.AwaitingCommitmentId = null;
        var asked = turn.State.Commitments.FirstOrDefault(c => c.Id == awaiting);
        var outcome = Outcome(turn.Text);
        if (asked is null || outcome is null)
        {
            return false;
        }

        asked.Outcomes.Add(new CommitmentOutcome(outcome, turn.Now));
        switch (outcome)
        {
            case "done":
                asked.Status = CommitmentStatus.Done;
                turn.Say(turn.Labels["nudgeDone"]);
                break;
            case "partly":
                asked.Status = CommitmentStatus.Partly;
                turn.Say(turn.Labels["nudgePartly"]);
                break;
            case "dropped":
                asked.Status = CommitmentStatus.Dropped;
                turn.Say(turn.Labels["nudgeDropped"]);
                break;
            default:
                settings.ReschedulingCommitmentId = asked.Id;
                turn.Say(turn.Labels["nudgeNotYet"]);
                break;
        }

        return true;
    }

    private static string? Outcome(string text) => text.Trim().ToLowerInvariant() switch
    {
        "done" => "done",
        "partly" => "partly",
        "not yet" => "not yet",
        "drop" or "drop it" => "dropped",
        _ => CheckIn.Classify(text),
    };

    // A bare "ok" agrees; "ok that's it, thanks" is a goodbye, not a yes to check-ins.
    [GeneratedRegex(@"^\s*(yes|yep|yeah|sure|ok(ay)?(?=\s*([.!,]|$|\s+(please|sure|yes|go|do|check|remind)))|please|go\s+ahead|remind\s+me|sí|vale|claro|por\s+favor|pregúntame|recuérdamelo)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^\s*(no|nope|no\s+thanks|don'?t|not\s+now|no,?\s+gracias|ahora\s+no)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex No();
}
