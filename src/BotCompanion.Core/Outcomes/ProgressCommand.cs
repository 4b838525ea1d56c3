using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Outcomes;

/// <summary><c>/progress</c> shows the figures; <c>/progress share</c> lets the linked coach see them, <c>/progress private</c> stops it.</summary>
internal sealed class ProgressCommand(ProgressSharing sharing)
{
    internal async Task HandleAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        switch (argument.Trim().ToLowerInvariant())
        {
            case "":
                await sharing.RefreshAsync(turn, cancellationToken);
                turn.Say(ProgressText.Render(turn, ProgressCalculator.Compute(turn.State, turn.Zone, turn.Now)));
                return;
            case "share":
                if (turn.State.Coach is not { } link)
                {
                    turn.Say(turn.Labels["progressNeedsCoach"]);
                    return;
                }

                turn.State.Outcomes.SharedWithCoachId = link.CoachId;
                await sharing.RefreshAsync(turn, cancellationToken);
                turn.Say(turn.Labels["progressShared"]);
                return;
            case "private" or "stop" or "unshare":
                turn.State.Outcomes.SharedWithCoachId = null;
                if (turn.State.Coach is { } linked)
                {
                    await sharing.WithdrawAsync(linked, cancellationToken);
                }

                turn.Say(turn.Labels["progressPrivate"]);
                return;
            default:
                turn.Say(turn.Labels["progressHelp"]);
                return;
        }
    }
}
