namespace BotCompanion.Cli;

/// <summary>
/// The [LoggerMessage] event ids this assembly owns (see BotCompanion.Core.LogEventIds for the whole map); none are
/// used yet: the CLI writes to the console.
/// </summary>
internal static class LogEventIds
{
    internal const int First = 6000;
    internal const int Last = 6999;
}
