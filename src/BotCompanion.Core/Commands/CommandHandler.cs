using System.Text;
using BotCompanion.Core.Commitments;
using BotCompanion.Core.Conversation;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Rehearsal;
using BotCompanion.Core.Sharing;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Commands;

/// <summary>The slash commands, the same in every channel: each typed command of <see cref="CommandRegistry"/> has one action here.</summary>
internal sealed partial class CommandHandler
{
    private readonly SessionCloser _closer;
    private readonly NudgePlanner _planner;
    private readonly IOptions<StorageOptions> _storage;
    private readonly Dictionary<string, Func<TurnContext, string, CancellationToken, Task>> _actions;

    public CommandHandler(SessionCloser closer, NudgeCommand nudges, NudgePlanner planner, SharingFlow sharing, FocusFlow focus, RehearsalFlow rehearsal, ProgressCommand progress, LanguageCommand language, IOptions<StorageOptions> storage)
    {
        _closer = closer;
        _planner = planner;
        _storage = storage;
        _actions = new(StringComparer.Ordinal)
        {
            ["help"] = Sync(turn => turn.Say(turn.Labels["help"])),
            ["privacy"] = Sync(turn => turn.Say(turn.Labels["privacy", ("retention", Retention(_storage.Value.IdleExpiry))])),
            ["forget"] = Sync(Forget),
            ["mentor"] = Sync(Mentor),
            ["coach"] = Sync(turn =>
            {
                rehearsal.Leave(turn, "coach");
                Coach(turn);
            }),
            ["rehearse"] = rehearsal.StartAsync,
            ["stop"] = Sync(rehearsal.Stop),
            ["done"] = (turn, _, ct) => DoneAsync(turn, ct),
            ["commitments"] = CommitmentsAsync,
            ["nudges"] = nudges.HandleAsync,
            ["coach-link"] = sharing.LinkAsync,
            ["coach-unlink"] = (turn, _, ct) => sharing.UnlinkAsync(turn, ct),
            ["shared"] = (turn, _, ct) => sharing.ListAsync(turn, ct),
            ["share"] = sharing.ShareLaterAsync,
            ["unshare"] = sharing.WithdrawAsync,
            ["coach-notify"] = sharing.NotifyOnAsync,
            ["progress"] = progress.HandleAsync,
            ["focus"] = focus.CommandAsync,
            ["language"] = language.HandleAsync,
        };
        var missing = CommandRegistry.In(CommandChannels.Typed).Select(c => c.Name).Where(name => !_actions.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"CommandRegistry lists typed commands with no action in CommandHandler: {string.Join(", ", missing)}.");
        }
    }

    internal Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var parts = turn.Text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var argument = parts.Length > 1 ? parts[1] : "";
        if (CommandRegistry.Find(parts[0]) is not { } command || !command.Channels.HasFlag(CommandChannels.Typed))
        {
            turn.Say(turn.Labels["unknownCommand", ("command", parts[0].ToLowerInvariant())]);
            return Task.CompletedTask;
        }

        return _actions[command.Name](turn, argument, cancellationToken);
    }

    private static Func<TurnContext, string, CancellationToken, Task> Sync(Action<TurnContext> action) => (turn, _, _) =>
    {
        action(turn);
        return Task.CompletedTask;
    };

    private static void Forget(TurnContext turn)
    {
        turn.State.ForgetPending = true;
        turn.Say(turn.Labels["forgetConfirm"], ReplyMode.Coaching, turn.Labels["forgetYes"], turn.Labels["forgetNo"]);
    }

    private static void Mentor(TurnContext turn)
    {
        turn.Say(turn.Labels[turn.State.Mode == CoachingMode.Mentor ? "mentorAlready" : "mentorEnter"], ReplyMode.Mentor);
        turn.Offer(turn.Labels["backToCoaching"], "/coach");
        turn.Offer(turn.Labels["rehearsalOfferButton"], "/rehearse");
        turn.State.Mode = CoachingMode.Mentor;
    }

    private static void Coach(TurnContext turn)
    {
        turn.Say(turn.Labels[turn.State.Mode == CoachingMode.Coaching ? "coachAlready" : "coachEnter"]);
        turn.State.Mode = CoachingMode.Coaching;
    }

    private async Task DoneAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var summary = await _closer.CloseAsync(turn, "done", cancellationToken);
        turn.Say(summary is null ? turn.Labels["doneEmpty"] : SessionCloser.Render(turn, summary));
        if (summary is not null)
        {
            SharingFlow.Offer(turn, summary);
            OutcomeFlow.AskAtClose(turn, summary);
        }
    }

    private async Task CommitmentsAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        if (Commitments(turn, argument) is { } moved)
        {
            await _planner.ScheduleCommitmentAsync(turn, moved, cancellationToken);
        }
    }

    internal static void ConfirmForget(TurnContext turn, ConversationState state)
    {
        turn.State.ForgetPending = false;
        if (ForgetYes().IsMatch(turn.Text) || turn.Chose("forgetYes"))
        {
            state.EraseRequested = true;
            turn.Say(turn.Labels["forgetDone"]);
            return;
        }

        turn.Say(turn.Labels["forgetCancelled"]);
    }

    /// <summary>Lists or updates commitments; returns a commitment whose date moved (its nudge must move too).</summary>
    private static Commitment? Commitments(TurnContext turn, string argument)
    {
        var open = turn.State.OpenCommitments.OrderBy(c => c.Due).ToList();
        var update = Update().Match(argument);
        if (update.Success)
        {
            var target = update.Groups["n"].Value;
            Commitment? chosen;
            if (target.StartsWith('#'))
            {
                // A button names its commitment by id, so a card clicked after the list changed still acts on the right one.
                chosen = turn.State.Commitments.FirstOrDefault(c => c.Id == target[1..]);
                if (chosen is { Status: not CommitmentStatus.Open })
                {
                    turn.Say(turn.Labels["commitmentAlreadyClosed", ("action", chosen.Action), ("status", chosen.Status.ToString().ToLowerInvariant())]);
                    return null;
                }
            }
            else
            {
                var number = int.Parse(target, CultureInfo.InvariantCulture);
                chosen = number >= 1 && number <= open.Count ? open[number - 1] : null;
            }

            if (chosen is null)
            {
                turn.Say(turn.Labels["commitmentNotFound", ("number", target)]);
                return null;
            }

            return Apply(turn, chosen, update.Groups["verb"].Value.ToLowerInvariant(), update.Groups["rest"].Value) ? chosen : null;
        }

        if (open.Count == 0)
        {
            turn.Say(turn.Labels["noCommitments"]);
            return null;
        }

        var text = new StringBuilder(turn.Labels["commitmentsHeader"]);
        var items = new List<ReplyItem>();
        for (var i = 0; i < open.Count; i++)
        {
            var line = turn.Labels["commitmentsLine", ("action", open[i].Action), ("due", CommitmentFlow.Due(turn, open[i].Due, open[i].HasTime))];
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {line}");
            var n = "#" + open[i].Id;
            items.Add(new ReplyItem(line,
            [
                new ReplyChoice(turn.Labels["commitmentDoneButton"], $"/commitments done {n}"),
                new ReplyChoice(turn.Labels["commitmentRescheduleButton"], $"/commitments move {n} to", InputLabel: turn.Labels["commitmentNewDateInput"]),
                new ReplyChoice(turn.Labels["commitmentDropButton"], $"/commitments drop {n}"),
            ]));
        }

        turn.Replies.Add(new OutgoingReply(text.Append("\n\n").Append(turn.Labels["commitmentsHelp"]).ToString()) { Items = items });
        return null;
    }

    /// <summary>True when the commitment's date moved.</summary>
    private static bool Apply(TurnContext turn, Commitment commitment, string verb, string rest)
    {
        if (verb is "move" or "reschedule")
        {
            if (DueDateParser.Parse(rest, turn.Now, turn.Zone) is not { } due)
            {
                turn.Say(turn.Labels["commitmentDateNotUnderstood", ("text", rest)]);
                return false;
            }

            commitment.Due = due.Due;
            commitment.HasTime = due.HasTime;
            commitment.Outcomes.Add(new CommitmentOutcome("rescheduled", turn.Now));
            turn.Say(turn.Labels["commitmentMoved", ("action", commitment.Action), ("due", CommitmentFlow.Due(turn, due.Due, due.HasTime))]);
            return true;
        }

        var (status, outcome) = verb switch
        {
            "done" or "complete" => (CommitmentStatus.Done, "done"),
            "partly" => (CommitmentStatus.Partly, "partly"),
            _ => (CommitmentStatus.Dropped, "dropped"),
        };
        commitment.Status = status;
        commitment.Outcomes.Add(new CommitmentOutcome(outcome, turn.Now));
        turn.Say(turn.Labels["commitmentUpdated", ("action", commitment.Action), ("status", outcome)]);
        return false;
    }

    private static string Retention(TimeSpan expiry) =>
        expiry.TotalDays >= 1 ? $"{expiry.TotalDays:0} days" : $"{expiry.TotalHours:0} hours";

    [GeneratedRegex(@"^(?<verb>done|complete|partly|drop|move|reschedule)\s+(?<n>\d{1,3}|\#[0-9a-f]{1,32})(\s+(to\s+)?(?<rest>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Update();

    // "yes" or the Spanish "sí" (with its accent: a bare "si" is "if"), or the button's words in the turn's language.
    [GeneratedRegex(@"^\s*(yes|sí)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForgetYes();
}
