namespace BotCompanion.Core.Commitments;

/// <summary>Interim formatter.</summary>
public static class DueDateFormatter
{
    public static string Format(DateTimeOffset due, bool hasTime, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(due, zone);
        return local.ToString(hasTime ? "dddd d MMMM 'at' HH:mm" : "dddd d MMMM", System.Globalization.CultureInfo.InvariantCulture);
    }
}
