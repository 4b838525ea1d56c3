namespace BotCompanion.Core.Turns;

/// <summary>Log lines of the turn context that are not the processor's own.</summary>
internal static partial class TurnsLog
{
    [LoggerMessage(1206, LogLevel.Warning, "Unknown time zone '{TimeZone}'; using {Fallback}", EventName = "UnknownTimeZone")]
    public static partial void UnknownTimeZone(ILogger logger, string timeZone, string fallback);
}
