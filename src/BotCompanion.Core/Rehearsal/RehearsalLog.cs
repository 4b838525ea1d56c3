namespace BotCompanion.Core.Rehearsal;

/// <summary>The rehearsal's log lines: kinds, stages and counts only, never what anyone said or who the counterpart is.</summary>
internal static partial class RehearsalLog
{
    [LoggerMessage(1260, LogLevel.Information, "Rehearsal started", EventName = "RehearsalStarted")]
    public static partial void Started(ILogger logger);

    [LoggerMessage(1261, LogLevel.Information, "Rehearsal role-play began: resistance {Resistance}", EventName = "RehearsalPlaying")]
    public static partial void Playing(ILogger logger, string resistance);

    [LoggerMessage(1262, LogLevel.Information, "Rehearsal ended ({Reason}) at stage {Stage} after {Exchanges} exchange(s)", EventName = "RehearsalEnded")]
    public static partial void Ended(ILogger logger, string reason, string stage, int exchanges);
}
