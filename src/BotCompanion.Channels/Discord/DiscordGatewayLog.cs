namespace BotCompanion.Channels.Discord;

/// <summary>Log lines of the Discord Gateway worker and its parts (category: <see cref="DiscordGateway"/>).</summary>
internal static partial class DiscordGatewayLog
{
    [LoggerMessage(3040, LogLevel.Information, "Discord Gateway ready", EventName = "DiscordReady")]
    internal static partial void Ready(ILogger logger);

    [LoggerMessage(3041, LogLevel.Information, "Discord Gateway session resumed", EventName = "DiscordResumed")]
    internal static partial void Resumed(ILogger logger);

    [LoggerMessage(3042, LogLevel.Warning, "Discord Gateway heartbeat not acknowledged: zombie connection, reconnecting to resume", EventName = "DiscordZombie")]
    internal static partial void Zombie(ILogger logger);

    [LoggerMessage(3043, LogLevel.Information, "Discord asked the bot to reconnect (op 7); resuming", EventName = "DiscordReconnect")]
    internal static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(3044, LogLevel.Warning, "Discord invalidated the session (op 9, resumable: {Resumable})", EventName = "DiscordInvalidSession")]
    internal static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(3045, LogLevel.Critical, "Discord closed the Gateway with {Code} ({Reason}): this will not fix itself (bad token, intents or version). The Discord channel is stopped; fix Channels:Discord settings or the Developer Portal and restart", EventName = "DiscordFatal")]
    internal static partial void Fatal(ILogger logger, int code, string reason);

    [LoggerMessage(3046, LogLevel.Warning, "Discord Gateway connection lost ({Error}); reconnecting", EventName = "DiscordConnectionLost")]
    internal static partial void ConnectionLost(ILogger logger, string error);

    [LoggerMessage(3047, LogLevel.Warning, "Discord identify limit reached; waiting {Seconds:0} s", EventName = "DiscordIdentifyLimit")]
    internal static partial void IdentifyLimit(ILogger logger, double seconds);

    [LoggerMessage(3048, LogLevel.Error, "Turn queue is full; a Discord message was not taken", EventName = "DiscordQueueFull")]
    internal static partial void QueueFull(ILogger logger);

    [LoggerMessage(3049, LogLevel.Warning, "Gateway send budget spent (110 events a minute); next send in {Seconds:0.0} s", EventName = "DiscordSendThrottled")]
    internal static partial void SendThrottled(ILogger logger, double seconds);
}
