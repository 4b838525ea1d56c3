using BotCompanion.Core.State;

namespace BotCompanion.Core.Outcomes;

/// <summary>Works out the progress figures from what the conversation state holds, by month in the executive's zone.</summary>
public static class ProgressCalculator
{
    public static ProgressFigures Compute(CoachingState state, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var months = new SortedDictionary<(int Year, int Month), int[]>();
        int[] Month(DateTimeOffset at)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var key = (local.Year, local.Month);
            return months.TryGetValue(key, out var counts) ? counts : months[key] = new int[5];
        }

        foreach (var commitment in state.Commitments)
        {
            Month(commitment.CreatedAt)[0]++;
            if (Resolution(commitment) is { } resolved)
            {
                Month(resolved.At)[resolved.Column]++;
            }
        }

        foreach (var closed in state.Outcomes.SessionsClosedAt)
        {
            Month(closed)[4]++;
        }

        return new ProgressFigures(
            now,
            state.Outcomes.SessionsClosedAt.Count,
            [.. months.Select(m => new MonthFigures(m.Key.Year, m.Key.Month, m.Value[0], m.Value[1], m.Value[2], m.Value[3], m.Value[4]))],
            [.. state.Outcomes.GoalRatings.OrderBy(r => r.At)],
            [.. state.Outcomes.Usefulness.OrderBy(r => r.At)]);
    }

    /// <summary>Kept (1), partly kept (2) or dropped (3), dated by the outcome that closed it; null while it is open.</summary>
    private static (int Column, DateTimeOffset At)? Resolution(Commitment commitment)
    {
        var (column, word) = commitment.Status switch
        {
            CommitmentStatus.Done => (1, "done"),
            CommitmentStatus.Partly => (2, "partly"),
            CommitmentStatus.Dropped => (3, "dropped"),
            _ => (0, ""),
        };
        if (column == 0)
        {
            return null;
        }

        var outcome = commitment.Outcomes.LastOrDefault(o => o.Outcome == word);
        return (column, outcome?.At ?? commitment.CreatedAt);
    }
}
