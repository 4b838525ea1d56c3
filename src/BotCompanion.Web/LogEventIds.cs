namespace BotCompanion.Web;

/// <summary>
/// The [LoggerMessage] event ids this assembly owns (see BotCompanion.Core.LogEventIds for the whole map).
/// <list type="bullet">
/// <item>4000–4009: start-up and the portal</item>
/// <item>4010–4099: operations (rate limits, telemetry)</item>
/// <item>4100–4999: free</item>
/// </list>
/// </summary>
internal static class LogEventIds
{
    internal const int First = 4000;
    internal const int Last = 4999;
}
