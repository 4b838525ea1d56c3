namespace BotCompanion.Storage.Redis;

/// <summary>
/// The [LoggerMessage] event ids this assembly owns (see BotCompanion.Core.LogEventIds for the whole map).
/// <list type="bullet">
/// <item>5000–5009: the Redis connection (lost, restored, down at start)</item>
/// <item>5010–5019: which store is in use at start-up</item>
/// <item>5020–5029: the turn journal (dead letters, forgotten entries)</item>
/// <item>5030–5999: free</item>
/// </list>
/// </summary>
internal static class LogEventIds
{
    internal const int First = 5000;
    internal const int Last = 5999;
}
