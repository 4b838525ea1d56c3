namespace BotCompanion.Core.Commitments;

/// <summary>A due moment read back in the person's zone: "today at 17:00", "tomorrow at 15:00", "Thursday 26 November".</summary>
public static class DueDateFormatter
{
    public static string Format(DateTimeOffset due, bool hasTime, DateTimeOffset now, TimeZoneInfo zone, string language = "en")
    {
        if (language == "es")
        {
            return SpanishDueDates.Format(due, hasTime, now, zone);
        }

        var local = TimeZoneInfo.ConvertTime(due, zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        var dayText = day == today ? "today"
            : day == today.AddDays(1) ? "tomorrow"
            : local.ToString(day.Year == today.Year ? "dddd d MMMM" : "dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        return hasTime ? $"{dayText} at {local.ToString("H:mm", CultureInfo.InvariantCulture)}" : dayText;
    }
}
