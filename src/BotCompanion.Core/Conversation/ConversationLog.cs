namespace BotCompanion.Core.Conversation;

/// <summary>The coaching conversation's log lines. Never user text: only ids, scores and reasons.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(1201, LogLevel.Information, "Guard rejected a coaching draft (score {Score:0.00}); regenerating with a stricter instruction", EventName = "GuardRegenerate")]
    public static partial void GuardRegenerate(ILogger logger, double score);

    [LoggerMessage(1202, LogLevel.Warning, "Guard rejected the regenerated draft too (score {Score:0.00}); sent a question from the pack instead", EventName = "GuardReplaced")]
    public static partial void GuardReplaced(ILogger logger, double score);

    [LoggerMessage(1204, LogLevel.Information, "Session {SessionId} closed with a summary ({Reason})", EventName = "SessionClosed")]
    public static partial void SessionClosed(ILogger logger, string sessionId, string reason);
}
