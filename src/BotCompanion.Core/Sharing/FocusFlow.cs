using BotCompanion.Core.Messages;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Sharing;

/// <summary>
/// The coach's focus between sessions, on the executive's side: offered once in their chat (Accept / Decline), used
/// only once accepted (it opens each check-in and the pre-session prompt), and ended with <c>/focus end</c>. The coach
/// only writes the proposal; nothing about the answer goes back.
/// </summary>
internal sealed partial class FocusFlow(ICoachDirectory coaches, TimeProvider time)
{
    /// <summary>After a coaching reply: offers a proposal the executive has not been offered yet.</summary>
    internal async Task OfferNewAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await CurrentProposalAsync(turn, cancellationToken) is { } proposal && proposal.Id != turn.State.Focus.SeenId)
        {
            Offer(turn, proposal);
        }
    }

    /// <summary>Answers to the offer; false when no offer is waiting or they moved on, so the turn goes on as usual.</summary>
    internal async Task<bool> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var focus = turn.State.Focus;
        if (focus.OfferedId is not { } offered)
        {
            return false;
        }

        var accepted = Matches(turn.Text, turn.Labels["focusAccept"], "accept", "yes");
        if (!accepted && !Matches(turn.Text, turn.Labels["focusDecline"], "decline", "no"))
        {
            // Moved on without answering: /focus offers it again whenever they want.
            focus.OfferedId = null;
            return false;
        }

        focus.OfferedId = null;
        var proposal = await CurrentProposalAsync(turn, cancellationToken);
        if (proposal is null || proposal.Id != offered)
        {
            turn.Say(turn.Labels["focusWithdrawn"]);
        }
        else if (accepted)
        {
            focus.Text = proposal.Text;
            focus.AcceptedAt = time.GetUtcNow();
            turn.Say(turn.Labels["focusAccepted"]);
        }
        else
        {
            turn.Say(turn.Labels["focusDeclined"]);
        }

        return true;
    }

    /// <summary><c>/focus</c> shows the focus (or a proposal not yet taken up, with its buttons); <c>/focus end</c> ends it.</summary>
    internal async Task CommandAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        var focus = turn.State.Focus;
        if (End().IsMatch(argument))
        {
            var had = focus.Text is not null;
            focus.Text = null;
            focus.AcceptedAt = null;
            turn.Say(turn.Labels[had ? "focusEnded" : "focusNone"]);
            return;
        }

        var proposal = await CurrentProposalAsync(turn, cancellationToken);
        if (focus.Text is { } text && (proposal is null || proposal.Text == text))
        {
            turn.Say(turn.Labels["focusCurrent", ("focus", text)]);
        }
        else if (proposal is not null)
        {
            Offer(turn, proposal);
        }
        else
        {
            turn.Say(turn.Labels["focusNone"]);
        }
    }

    private static void Offer(TurnContext turn, ProposedFocus proposal)
    {
        turn.State.Focus.SeenId = proposal.Id;
        turn.State.Focus.OfferedId = proposal.Id;
        turn.Say(turn.Labels["focusOffer", ("focus", proposal.Text)], ReplyMode.Coaching, turn.Labels["focusAccept"], turn.Labels["focusDecline"]);
    }

    private Task<ProposedFocus?> CurrentProposalAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.State.Coach is { } link ? coaches.ProposedFocusAsync(link.CoachId, link.ExecutiveId, cancellationToken) : Task.FromResult<ProposedFocus?>(null);

    private static bool Matches(string text, params string[] answers) =>
        answers.Any(a => string.Equals(Trailing().Replace(text.Trim(), ""), a, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[.!]+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^\s*(end|stop|off|clear)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex End();
}
