using System.Text;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Outcomes;

/// <summary>The <c>/progress</c> reply, every sentence from the pack's labels.</summary>
internal static class ProgressText
{
    internal static string Render(TurnContext turn, ProgressFigures figures)
    {
        var labels = turn.Labels;
        if (figures.IsEmpty)
        {
            return labels["progressEmpty"];
        }

        var text = new StringBuilder(labels["progressHeader"]).Append("\n\n").Append(labels["progressSessions", ("count", Number(figures.SessionsHeld))]);
        if (figures.Months.Any(m => m.Made + m.Kept + m.Partly + m.Dropped > 0))
        {
            text.Append("\n\n").Append(labels["progressMonthsHeader"]);
            foreach (var month in figures.Months)
            {
                text.Append("\n- ").Append(labels["progressMonthLine",
                    ("month", month.First.ToString("MMMM yyyy", CultureInfo.InvariantCulture)),
                    ("made", Number(month.Made)), ("kept", Number(month.Kept)), ("partly", Number(month.Partly)), ("dropped", Number(month.Dropped)),
                    ("sessions", Number(month.Sessions))]);
            }
        }

        text.Append("\n\n").Append(labels["progressGoalHeader"]);
        foreach (var rating in figures.GoalRatings)
        {
            text.Append("\n- ").Append(labels["progressGoalLine", ("date", Date(turn, rating.At)), ("score", Number(rating.Score)), ("goal", rating.Goal)]);
        }

        if (figures.GoalRatings.Count == 0)
        {
            text.Append(' ').Append(labels["progressNoRatings"]);
        }

        text.Append("\n\n").Append(labels["progressUsefulnessHeader"]);
        foreach (var rating in figures.Usefulness)
        {
            text.Append("\n- ").Append(labels["progressUsefulnessLine", ("date", Date(turn, rating.At)), ("score", Number(rating.Score))]);
        }

        if (figures.Usefulness.Count == 0)
        {
            text.Append(' ').Append(labels["progressNoRatings"]);
        }

        return text.Append("\n\n").Append(labels[ProgressSharing.IsShared(turn.State) ? "progressSharingOn" : "progressSharingOff"]).ToString();
    }

    private static string Date(TurnContext turn, DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, turn.Zone).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
