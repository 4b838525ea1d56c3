namespace BotCompanion.Core.Outcomes;

/// <summary>
/// One calendar month in the executive's time zone: commitments made in it, commitments resolved in it (kept, partly
/// kept, dropped: counted in the month of that outcome) and the sessions that closed in it.
/// </summary>
public sealed record MonthFigures(int Year, int Month, int Made, int Kept, int Partly, int Dropped, int Sessions)
{
    /// <summary>The first day of the month, for display.</summary>
    public DateOnly First => new(Year, Month, 1);
}
