using Microsoft.Extensions.Logging;

namespace BotCompanion.Core.Coaching;

/// <summary>The engine's log lines. Never user text: only ids, stages, scores and pack references.</summary>
internal static partial class CoachingLog
{
    [LoggerMessage(1200, LogLevel.Warning, "Safety event ({Concern}): coaching stopped and the safety reply was sent", EventName = "SafetyEvent")]
    public static partial void SafetyEvent(ILogger logger, string concern);

    [LoggerMessage(1201, LogLevel.Information, "Guard rejected a coaching draft (score {Score:0.00}); regenerating with a stricter instruction", EventName = "GuardRegenerate")]
    public static partial void GuardRegenerate(ILogger logger, double score);

    [LoggerMessage(1202, LogLevel.Warning, "Guard rejected the regenerated draft too (score {Score:0.00}); sent a question from the pack instead", EventName = "GuardReplaced")]
    public static partial void GuardReplaced(ILogger logger, double score);

    [LoggerMessage(1203, LogLevel.Information, "Turn answered with pack {Pack}: mode {Mode}, stage {Stage}, {ModelCalls} model call(s), {PromptTokens} prompt tokens", EventName = "TurnAnswered")]
    public static partial void TurnAnswered(ILogger logger, string pack, string mode, string stage, int modelCalls, int promptTokens);

    [LoggerMessage(1204, LogLevel.Information, "Session {SessionId} closed with a summary ({Reason})", EventName = "SessionClosed")]
    public static partial void SessionClosed(ILogger logger, string sessionId, string reason);

    [LoggerMessage(1206, LogLevel.Warning, "Unknown time zone '{TimeZone}'; using {Fallback}", EventName = "UnknownTimeZone")]
    public static partial void UnknownTimeZone(ILogger logger, string timeZone, string fallback);
}
