namespace BotCompanion.Core.Turns;

/// <summary>IANA time zone look-ups that never throw.</summary>
internal static class TimeZones
{
    public static bool TryFind(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    public static TimeZoneInfo Resolve(string? preferred, string fallback, ILogger logger)
    {
        if (preferred is not null && TryFind(preferred, out var zone))
        {
            return zone;
        }

        if (TryFind(fallback, out var configured))
        {
            return configured;
        }

        TurnsLog.UnknownTimeZone(logger, fallback, "UTC");
        return TimeZoneInfo.Utc;
    }
}
