namespace BotCompanion.Ai;

/// <summary>
/// The [LoggerMessage] event ids this assembly owns (see BotCompanion.Core.LogEventIds for the whole map).
/// <list type="bullet">
/// <item>1500–1599: model providers (selection, fallback, failures)</item>
/// <item>1600–1999: free</item>
/// </list>
/// </summary>
internal static class LogEventIds
{
    internal const int First = 1500;
    internal const int Last = 1999;
}
