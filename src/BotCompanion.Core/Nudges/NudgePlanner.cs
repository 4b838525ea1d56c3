using BotCompanion.Core.Commitments;
using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Nudges;

/// <summary>
/// Decides, at the moment a nudge falls due, whether it goes out now, later or never, by the executive's own
/// settings (consent, pause, snooze, quiet hours, daily cap), and words it in their own words. Checking in, not
/// checking up: one short message, four easy answers.
/// </summary>
internal sealed class NudgePlanner(INudgeQueue queue) : ICommitmentFollowUp
{
    internal static readonly string[] Answers = ["Done", "Partly", "Not yet", "Drop"];

    internal async Task<NudgeDecision> PlanAsync(TurnContext turn, Nudge nudge, CancellationToken cancellationToken)
    {
        var settings = turn.State.Nudges;
        if (!settings.Consented || settings.Unreachable)
        {
            return NudgeDecision.Drop(settings.Unreachable ? "recipient unreachable" : "no consent");
        }

        var commitment = nudge.CommitmentId is null ? null : turn.State.Commitments.FirstOrDefault(c => c.Id == nudge.CommitmentId);
        if (nudge.Kind == NudgeKind.CommitmentDue && (commitment is null || commitment.Status != CommitmentStatus.Open || commitment.Due != nudge.DueAt))
        {
            return NudgeDecision.Drop(commitment is null ? "commitment no longer exists" : commitment.Status != CommitmentStatus.Open ? $"commitment is {commitment.Status}" : $"commitment rescheduled ({commitment.Due:O} vs {nudge.DueAt:O})");
        }

        if (nudge.Kind != NudgeKind.CommitmentDue && !IsCurrentRhythm(settings, nudge))
        {
            return NudgeDecision.Drop("rhythm switched off or rescheduled");
        }

        if (Hold(turn, settings, nudge.Id) is { } until)
        {
            return NudgeDecision.Defer(until, "paused, snoozed, quiet hours or daily cap");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(turn.Now, turn.Zone).DateTime);
        if (settings.LastNudgeId != nudge.Id)
        {
            settings.SentThatDay = settings.SentOn == today ? settings.SentThatDay + 1 : 1;
            settings.SentOn = today;
            settings.LastNudgeId = nudge.Id;
        }

        if (commitment is not null)
        {
            settings.AwaitingCommitmentId = commitment.Id;
            turn.Say(Wording(turn, commitment), ReplyMode.Coaching, Answers);
        }
        else
        {
            turn.Say(nudge.Kind == NudgeKind.PreSession && turn.State.Focus.Text is { } focus
                ? turn.Labels["nudgePreSessionFocus", ("focus", focus)]
                : turn.Labels[RhythmLabel(nudge.Kind)]);
            await ScheduleRhythmAsync(turn, nudge.Kind, cancellationToken);
        }

        return NudgeDecision.Deliver;
    }

    /// <summary>When a nudge must wait: the moment it may go out, or null to send now.</summary>
    internal static DateTimeOffset? Hold(TurnContext turn, NudgeSettings settings, string nudgeId)
    {
        if (settings.Paused)
        {
            return turn.Now.AddDays(1);
        }

        if (settings.SnoozedUntil is { } snoozed && snoozed > turn.Now)
        {
            return snoozed;
        }

        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var quiet = settings.QuietStart <= settings.QuietEnd
            ? time >= settings.QuietStart && time < settings.QuietEnd
            : time >= settings.QuietStart || time < settings.QuietEnd;
        var today = DateOnly.FromDateTime(local.DateTime);
        // A retry of the nudge already counted today is not a new message.
        var capped = settings.SentOn == today && settings.SentThatDay >= settings.MaxPerDay && settings.LastNudgeId != nudgeId;
        if (!quiet && !capped)
        {
            return null;
        }

        // Next quiet end that is not today (when capped) or the end of this quiet spell.
        var day = capped || time >= settings.QuietEnd ? today.AddDays(1) : today;
        return LocalMoment(day, settings.QuietEnd, turn.Zone);
    }

    internal async Task ScheduleRhythmAsync(TurnContext turn, NudgeKind kind, CancellationToken cancellationToken)
    {
        var settings = turn.State.Nudges;
        var local = TimeZoneInfo.ConvertTime(turn.Now, turn.Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        DateTimeOffset? next = kind switch
        {
            NudgeKind.WeeklyReflection when settings.WeeklyDay is { } day => NextWeekday(turn, today, day, settings.WeeklyTime),
            NudgeKind.PeriodicReview when settings.ReviewEveryWeeks is { } weeks => LocalMoment(today.AddDays(7 * weeks), new TimeOnly(9, 0), turn.Zone),
            NudgeKind.PreSession when settings.NextCoachSession is { } session && session.AddDays(-1) >= today =>
                LocalMoment(session.AddDays(-1), new TimeOnly(9, 0), turn.Zone) is var before && before > turn.Now ? before : null,
            _ => null,
        };
        if (next is { } at)
        {
            var nudge = Nudge.Rhythm(turn.Message.Conversation, turn.Message.UserId, kind, at);
            settings.RhythmNudges[kind.ToString()] = nudge.Id;
            await queue.ScheduleAsync(nudge, cancellationToken);
        }
        else
        {
            settings.RhythmNudges.Remove(kind.ToString());
        }
    }

    /// <summary>After <c>/nudges on</c>: every open commitment and every rhythm the executive has chosen.</summary>
    internal async Task ScheduleAllAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var open in turn.State.OpenCommitments)
        {
            await ScheduleCommitmentAsync(turn, open, cancellationToken);
        }

        foreach (var kind in (NudgeKind[])[NudgeKind.WeeklyReflection, NudgeKind.PreSession, NudgeKind.PeriodicReview])
        {
            await ScheduleRhythmAsync(turn, kind, cancellationToken);
        }
    }

    /// <summary>Whether this rhythm nudge is still the one the executive's current choices call for.</summary>
    private static bool IsCurrentRhythm(NudgeSettings settings, Nudge nudge)
    {
        var chosen = nudge.Kind switch
        {
            NudgeKind.WeeklyReflection => settings.WeeklyDay is not null,
            NudgeKind.PeriodicReview => settings.ReviewEveryWeeks is not null,
            NudgeKind.PreSession => settings.NextCoachSession is not null,
            _ => false,
        };

        // State saved before slots were recorded has none: its queued nudge is taken as the current one.
        return chosen && (!settings.RhythmNudges.TryGetValue(nudge.Kind.ToString(), out var current) || current == nudge.Id);
    }

    internal Task ScheduleCommitmentAsync(TurnContext turn, Commitment commitment, CancellationToken cancellationToken) =>
        turn.State.Nudges.Consented
            ? queue.ScheduleAsync(Nudge.ForCommitment(turn.Message.Conversation, turn.Message.UserId, commitment.Id, commitment.Due), cancellationToken)
            : Task.CompletedTask;

    Task ICommitmentFollowUp.ScheduleAsync(TurnContext turn, Commitment commitment, CancellationToken cancellationToken) =>
        ScheduleCommitmentAsync(turn, commitment, cancellationToken);

    internal Task CancelAllAsync(TurnContext turn, CancellationToken cancellationToken) =>
        queue.RemoveConversationAsync(turn.Message.Conversation, cancellationToken);

    private static string Wording(TurnContext turn, Commitment commitment) =>
        commitment.IfCue is not null && commitment.ThenAction is not null
            ? turn.Labels["nudgeIfThen", ("cue", commitment.IfCue), ("then", commitment.ThenAction)]
            : turn.Labels["nudgeCommitment", ("action", Reflector.SecondPerson(commitment.Action, turn.Pack.Language)), ("due", CommitmentFlow.Due(turn, commitment.Due, commitment.HasTime))];

    private static string RhythmLabel(NudgeKind kind) => kind switch
    {
        NudgeKind.WeeklyReflection => "nudgeWeekly",
        NudgeKind.PreSession => "nudgePreSession",
        _ => "nudgeReview",
    };

    private static DateTimeOffset NextWeekday(TurnContext turn, DateOnly today, DayOfWeek day, TimeOnly time)
    {
        var days = ((int)day - (int)today.DayOfWeek + 7) % 7;
        var candidate = LocalMoment(today.AddDays(days), time, turn.Zone);
        return candidate > turn.Now ? candidate : LocalMoment(today.AddDays(days + 7), time, turn.Zone);
    }

    /// <summary>A wall-clock moment in the person's zone; a time skipped by a DST change moves forward by an hour.</summary>
    internal static DateTimeOffset LocalMoment(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
