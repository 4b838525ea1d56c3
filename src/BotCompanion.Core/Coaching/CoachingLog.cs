namespace BotCompanion.Core.Coaching;

/// <summary>The engine's log lines. Never user text: only ids, stages, scores and pack references.</summary>
internal static partial class CoachingLog
{
    [LoggerMessage(1200, LogLevel.Warning, "Safety event ({Concern}): coaching stopped and the safety reply was sent", EventName = "SafetyEvent")]
    public static partial void SafetyEvent(ILogger logger, string concern);

    [LoggerMessage(1203, LogLevel.Debug, "Turn answered with pack {Pack}: mode {Mode}, stage {Stage}, {ModelCalls} model call(s), {PromptTokens} prompt tokens", EventName = "TurnAnswered")]
    public static partial void TurnAnswered(ILogger logger, string pack, string mode, string stage, int modelCalls, int promptTokens);
}
