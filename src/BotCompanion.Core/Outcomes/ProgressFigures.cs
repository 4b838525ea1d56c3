using System.Text.Json.Serialization;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Outcomes;

/// <summary>
/// What <c>/progress</c> shows and, when the executive shares it, what their coach's portal page shows: figures and
/// the executive's own ratings, never a conversation, a summary or a commitment's wording.
/// </summary>
public sealed record ProgressFigures(
    DateTimeOffset AsOf,
    int SessionsHeld,
    IReadOnlyList<MonthFigures> Months,
    IReadOnlyList<GoalRating> GoalRatings,
    IReadOnlyList<UsefulnessRating> Usefulness)
{
    [JsonIgnore]
    public bool IsEmpty => SessionsHeld == 0 && Months.Count == 0 && GoalRatings.Count == 0 && Usefulness.Count == 0;

    /// <summary>The largest count in any month, for scaling a chart (at least 1).</summary>
    [JsonIgnore]
    public int LargestMonthCount => Months.Select(m => Math.Max(Math.Max(m.Made, m.Kept), Math.Max(m.Partly, m.Dropped))).DefaultIfEmpty(0).Max() is var max && max > 0 ? max : 1;
}
