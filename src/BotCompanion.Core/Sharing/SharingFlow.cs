using System.Security.Cryptography;
using System.Text;
using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Sharing;

/// <summary>
/// The executive shares on their terms: linking to a coach with the coach's invite code, being offered each session
/// summary (share as is, edit first, or keep private), seeing and withdrawing what the coach can see. Nothing
/// reaches the coach without an explicit "share"; transcripts and mentor advice never do.
/// </summary>
internal sealed partial class SharingFlow(
    ICoachDirectory coaches,
    SharingEraser links,
    ICoachNotifier notifier,
    CoachPortalAddress portal,
    TimeProvider time,
    ILogger<SharingFlow> logger)
{
    /// <summary><c>/coach-unlink</c>: ends the link to the coach; what was shared stays until withdrawn.</summary>
    internal async Task UnlinkAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Coach is not { } link)
        {
            turn.Say(turn.Labels["coachNotLinked"]);
            return;
        }

        await coaches.UnlinkAsync(link.CoachId, link.ExecutiveId, cancellationToken);
        turn.State.Coach = null;
        turn.Say(turn.Labels["coachUnlinked"]);
    }

    /// <summary><c>/coach-notify CODE</c>, typed by a coach: share notices reach them in this chat from now on.</summary>
    internal async Task NotifyOnAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        var target = new NotifyTarget(turn.Message.Conversation.ChannelId, turn.Message.UserId);
        turn.Say(turn.Labels[notifier.CanReach(target.ChannelId) && await coaches.RedeemNotifyCodeAsync(argument, target, cancellationToken) ? "coachNotifyOn" : "coachNotifyFailed"]);
    }

    /// <summary>After a summary is written: offers it to the linked coach, or does nothing when there is no coach.</summary>
    internal static void Offer(TurnContext turn, SessionSummary summary)
    {
        if (turn.State.Coach is null)
        {
            return;
        }

        turn.State.ShareOfferSummaryId = summary.Id;
        turn.Say(turn.Labels["shareOffer"], ReplyMode.Coaching, turn.Labels["shareAsIs"], turn.Labels["shareEdit"], turn.Labels["shareKeepPrivate"]);
    }

    /// <summary>Answers to the offer; false when no offer is waiting, so the turn goes on as usual.</summary>
    internal async Task<bool> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        if (state.ShareOfferSummaryId is not { } id || state.Coach is not { } link || state.Summaries.FirstOrDefault(s => s.Id == id) is not { } summary)
        {
            state.ShareOfferSummaryId = null;
            state.ShareEditPending = false;
            return false;
        }

        if (state.ShareEditPending)
        {
            state.ShareEditPending = false;
            state.ShareOfferSummaryId = null;
            summary.Narrative = turn.Text.Trim();
            summary.Insights = [];
            await ShareAsync(turn, link, summary, cancellationToken);
            return true;
        }

        if (Matches(turn.Text, turn.Labels["shareAsIs"], "share", "yes"))
        {
            state.ShareOfferSummaryId = null;
            await ShareAsync(turn, link, summary, cancellationToken);
        }
        else if (Matches(turn.Text, turn.Labels["shareEdit"], "edit it"))
        {
            state.ShareEditPending = true;
            turn.Say(turn.Labels["shareEditPrompt"]);
        }
        else if (Matches(turn.Text, turn.Labels["shareKeepPrivate"], "no", "private"))
        {
            state.ShareOfferSummaryId = null;
            turn.Say(turn.Labels["shareKept"]);
        }
        else
        {
            // They moved on without answering: the summary stays private and the conversation continues.
            state.ShareOfferSummaryId = null;
            return false;
        }

        return true;
    }

    internal async Task LinkAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        var words = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || await coaches.FindCoachByInviteCodeAsync(words[0], cancellationToken) is not { } coach)
        {
            turn.Say(turn.Labels["coachCodeUnknown"]);
            return;
        }

        if (turn.State.Coach is { } previous && previous.CoachId != coach.Id)
        {
            await coaches.UnlinkAsync(previous.CoachId, previous.ExecutiveId, cancellationToken);
        }

        var executiveId = turn.State.Coach?.ExecutiveId ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var name = words.Length > 1 ? words[1] : $"Executive {executiveId[..4]}";
        await coaches.LinkAsync(coach.Id, new LinkedExecutive(executiveId, name, time.GetUtcNow()), cancellationToken);
        turn.State.Coach = new CoachLink(coach.Id, executiveId);
        await links.RememberAsync(turn.Message.Conversation, turn.State.Coach, cancellationToken);
        turn.Say(turn.Labels["coachLinked", ("coach", coach.DisplayName), ("name", name)]);
    }

    private async Task ShareAsync(TurnContext turn, CoachLink link, SessionSummary summary, CancellationToken cancellationToken)
    {
        summary.Share = ShareState.Shared;
        summary.SharedAt = time.GetUtcNow();
        // Each commitment line already carries its latest outcome, as the executive saw it in their summary.
        await coaches.ShareAsync(link.CoachId, link.ExecutiveId, new SharedSummary(summary.Id, summary.SharedAt.Value, summary.CreatedAt, summary.Goal, summary.Insights, [.. summary.Commitments], summary.Narrative), cancellationToken);
        turn.Say(turn.Labels["shared"]);
        await NotifyCoachAsync(turn, link, cancellationToken);
    }

    /// <summary>A short notice, never the summary itself: the coach reads it in the portal, signed in.</summary>
    private async Task NotifyCoachAsync(TurnContext turn, CoachLink link, CancellationToken cancellationToken)
    {
        if (await coaches.NotifyTargetAsync(link.CoachId, cancellationToken) is not { } target || !notifier.CanReach(target.ChannelId))
        {
            return;
        }

        if ((await coaches.ExecutivesOfAsync(link.CoachId, cancellationToken)).FirstOrDefault(e => e.Id == link.ExecutiveId) is not { } executive)
        {
            return;
        }

        var notice = new OutgoingReply(turn.Labels["coachShareNotice", ("name", executive.DisplayName)])
        {
            Link = portal.Url is { } url ? new ReplyLink(turn.Labels["coachPortalLink"], url) : null,
        };
        try
        {
            await notifier.NotifyAsync(target, notice, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The share itself succeeded; a missed notice only means the coach sees it at their next visit.
            Log.NoticeFailed(logger, target.ChannelId, ex.GetType().Name);
        }
    }

    internal async Task ListAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Coach is not { } link)
        {
            turn.Say(turn.Labels["coachNotLinked"]);
            return;
        }

        var shared = await coaches.SharedWithAsync(link.CoachId, link.ExecutiveId, cancellationToken);
        if (shared.Count == 0)
        {
            turn.Say(turn.Labels["sharedNone"]);
            return;
        }

        var text = new StringBuilder(turn.Labels["sharedHeader"]);
        for (var i = 0; i < shared.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {shared[i].SessionDate:d MMMM}: {shared[i].Goal ?? turn.Labels["noGoalStated"]}");
        }

        turn.Say(text.ToString());
    }

    /// <summary>
    /// <c>/share</c> lists the summaries only they can see (a session closed while they were away is one); <c>/share N</c>
    /// shares that one. Nothing is shared without the number: the choice stays summary by summary.
    /// </summary>
    internal async Task ShareLaterAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        if (turn.State.Coach is not { } link)
        {
            turn.Say(turn.Labels["coachNotLinked"]);
            return;
        }

        var unshared = turn.State.Summaries.Where(s => s.Share != ShareState.Shared).OrderByDescending(s => s.CreatedAt).ToList();
        if (unshared.Count == 0)
        {
            turn.Say(turn.Labels["privateSummariesNone"]);
            return;
        }

        if (argument.Length == 0)
        {
            var text = new StringBuilder(turn.Labels["privateSummariesHeader"]);
            for (var i = 0; i < unshared.Count; i++)
            {
                var date = TimeZoneInfo.ConvertTime(unshared[i].CreatedAt, turn.Zone);
                text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {date:d MMMM}: {unshared[i].Goal ?? turn.Labels["noGoalStated"]}");
            }

            turn.Say(text.Append('\n').Append(turn.Labels["shareWhich"]).ToString());
            return;
        }

        if (!int.TryParse(argument, CultureInfo.InvariantCulture, out var number) || number < 1 || number > unshared.Count)
        {
            turn.Say(turn.Labels["shareWhich"]);
            return;
        }

        await ShareAsync(turn, link, unshared[number - 1], cancellationToken);
    }

    internal async Task WithdrawAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        if (turn.State.Coach is not { } link)
        {
            turn.Say(turn.Labels["coachNotLinked"]);
            return;
        }

        var shared = await coaches.SharedWithAsync(link.CoachId, link.ExecutiveId, cancellationToken);
        if (!int.TryParse(argument, CultureInfo.InvariantCulture, out var number) || number < 1 || number > shared.Count)
        {
            turn.Say(turn.Labels["unshareWhich"]);
            return;
        }

        var summary = shared[number - 1];
        await coaches.WithdrawAsync(link.CoachId, link.ExecutiveId, summary.SummaryId, cancellationToken);
        if (turn.State.Summaries.FirstOrDefault(s => s.Id == summary.SummaryId) is { } own)
        {
            own.Share = ShareState.Withdrawn;
        }

        turn.Say(turn.Labels["unshared"]);
    }

    private static bool Matches(string text, params string[] answers) =>
        answers.Any(a => string.Equals(Trailing().Replace(text.Trim(), ""), a, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[.!]+$")]
    private static partial Regex Trailing();

    private static partial class Log
    {
        [LoggerMessage(1310, LogLevel.Warning, "A share notice to a coach in '{ChannelId}' was not delivered ({Error}); the summary is shared and waits in the portal", EventName = "CoachNoticeFailed")]
        public static partial void NoticeFailed(ILogger logger, string channelId, string error);
    }
}
