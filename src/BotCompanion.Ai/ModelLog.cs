namespace BotCompanion.Ai;

/// <summary>Model call events. Never the prompt, the reply or the key.</summary>
internal static partial class ModelLog
{
    [LoggerMessage(1500, LogLevel.Warning, "Model call failed ({Reason}); the offline coach answered this turn", EventName = "ModelFallback")]
    public static partial void Fallback(ILogger logger, string reason);

    [LoggerMessage(1501, LogLevel.Information, "Model answered {Status}; retry {Attempt} in {DelayMs:0} ms", EventName = "ModelRetry")]
    public static partial void Retrying(ILogger logger, int status, int attempt, double delayMs);

    [LoggerMessage(1502, LogLevel.Warning, "Model attempt {Attempt} timed out after {TimeoutMs:0} ms", EventName = "ModelTimeout")]
    public static partial void AttemptTimedOut(ILogger logger, int attempt, double timeoutMs);

    [LoggerMessage(1503, LogLevel.Information, "Model: {Provider} {Model} at {Endpoint}; the offline coach answers when it fails", EventName = "ModelConfigured")]
    public static partial void Configured(ILogger logger, AiProvider provider, string model, string endpoint);
}
