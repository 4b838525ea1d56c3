using BotCompanion.Core.Commitments;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Nudges;

/// <summary><c>/nudges</c>: shows and changes every proactive setting; the executive is in charge of all of them.</summary>
internal sealed partial class NudgeCommand(NudgePlanner planner)
{
    /// <summary>
    /// "My next session is on the 3rd": notes the date of their next session with their human coach, for the
    /// reflection prompt the day before. Says so, and lets the coaching conversation go on.
    /// </summary>
    internal async Task NoteNextSessionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (NextSession().Match(turn.Text) is not { Success: true } match
            || DueDateParser.Parse(match.Groups["when"].Value, turn.Now, turn.Zone) is not { } when)
        {
            return;
        }

        var settings = turn.State.Nudges;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(when.Due, turn.Zone).DateTime);
        settings.NextCoachSession = day;
        var date = day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        if (settings.Consented)
        {
            await planner.ScheduleRhythmAsync(turn, NudgeKind.PreSession, cancellationToken);
            turn.Say(turn.Labels["sessionNotedWithPrompt", ("date", date)]);
            return;
        }

        turn.Say(turn.Labels["sessionNoted", ("date", date)]);
    }

    internal async Task HandleAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        var settings = turn.State.Nudges;
        var words = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        var rest = words.Length > 1 ? words[1] : "";
        switch (verb)
        {
            case "":
                turn.Say(Status(turn));
                return;
            case "on":
                settings.Consented = true;
                settings.Paused = false;
                await planner.ScheduleAllAsync(turn, cancellationToken);
                break;
            case "off":
                settings.Consented = false;
                await planner.CancelAllAsync(turn, cancellationToken);
                break;
            case "pause":
                settings.Paused = true;
                break;
            case "resume":
                settings.Paused = false;
                settings.SnoozedUntil = null;
                break;
            case "snooze" when DueDateParser.Parse(Regex.IsMatch(rest, @"^\d") ? "in " + rest : rest, turn.Now, turn.Zone) is { } until:
                settings.SnoozedUntil = until.Due;
                break;
            case "quiet" when Quiet().Match(rest) is { Success: true } quiet:
                settings.QuietStart = TimeOnly.Parse(quiet.Groups[1].Value, CultureInfo.InvariantCulture);
                settings.QuietEnd = TimeOnly.Parse(quiet.Groups[2].Value, CultureInfo.InvariantCulture);
                break;
            case "max" when int.TryParse(rest, CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= 5:
                settings.MaxPerDay = max;
                break;
            case "weekly" when rest.Equals("off", StringComparison.OrdinalIgnoreCase):
                settings.WeeklyDay = null;
                break;
            case "weekly" when Weekly().Match(rest) is { Success: true } weekly:
                settings.WeeklyDay = Enum.Parse<DayOfWeek>(weekly.Groups[1].Value, ignoreCase: true);
                if (weekly.Groups[2].Success)
                {
                    settings.WeeklyTime = TimeOnly.Parse(weekly.Groups[2].Value, CultureInfo.InvariantCulture);
                }

                await planner.ScheduleRhythmAsync(turn, NudgeKind.WeeklyReflection, cancellationToken);
                break;
            case "session" when DueDateParser.Parse(rest, turn.Now, turn.Zone) is { } session:
                settings.NextCoachSession = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.Due, turn.Zone).DateTime);
                await planner.ScheduleRhythmAsync(turn, NudgeKind.PreSession, cancellationToken);
                break;
            case "review" when rest.Equals("off", StringComparison.OrdinalIgnoreCase):
                settings.ReviewEveryWeeks = null;
                break;
            case "review" when int.TryParse(rest, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 1 and <= 26:
                settings.ReviewEveryWeeks = weeks;
                await planner.ScheduleRhythmAsync(turn, NudgeKind.PeriodicReview, cancellationToken);
                break;
            case "tz" when TimeZones.TryFind(rest, out _):
                turn.TimeZoneChangedTo = rest;
                break;
            default:
                turn.Say(turn.Labels["nudgesHelp"]);
                return;
        }

        turn.Say(turn.Labels["nudgesUpdated"] + "\n" + Status(turn));
    }

    private static string Status(TurnContext turn)
    {
        var s = turn.State.Nudges;
        var state = !s.Consented ? "off" : s.Paused ? "paused" : s.SnoozedUntil > turn.Now ? $"snoozed until {CommitmentFlow.Due(turn, s.SnoozedUntil.Value, true)}" : "on";
        return turn.Labels[
            "nudgesStatus",
            ("state", state),
            ("quiet", $"{s.QuietStart:HH\\:mm}–{s.QuietEnd:HH\\:mm}"),
            ("max", s.MaxPerDay.ToString(CultureInfo.InvariantCulture)),
            ("weekly", s.WeeklyDay is { } day ? $"{day} {s.WeeklyTime:HH\\:mm}" : "off"),
            ("session", s.NextCoachSession?.ToString("d MMMM", CultureInfo.InvariantCulture) ?? "not set"),
            ("review", s.ReviewEveryWeeks is { } weeks ? $"every {weeks} weeks" : "off"),
            ("zone", turn.Zone.Id)];
    }

    [GeneratedRegex(@"^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$")]
    private static partial Regex Quiet();

    [GeneratedRegex(@"\bnext\s+(coaching\s+)?(session|call|meeting)(\s+with\s+(my\s+)?coach|\s+with\s+[\w'-]+)?\s+(is|will\s+be|falls)\s+(?<when>.+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextSession();

    [GeneratedRegex(@"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(\d{1,2}:\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekly();
}
