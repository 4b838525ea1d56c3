using System.Diagnostics.Metrics;

namespace BotCompanion.Core.Telemetry;

/// <summary>The product's instruments, all on <see cref="BotTelemetry.Meter"/>. Tags are kinds and outcomes, never text.</summary>
public static class BotMetrics
{
    public static readonly Counter<long> Turns =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.turns", "{turn}", "Turns handled, by channel, kind and outcome.");

    public static readonly Histogram<double> TurnDuration =
        BotTelemetry.Meter.CreateHistogram<double>("botcompanion.turn.duration", "s", "Time from taking a turn's lock to its result.");

    public static readonly UpDownCounter<long> QueueDepth =
        BotTelemetry.Meter.CreateUpDownCounter<long>("botcompanion.turn.queue.depth", "{turn}", "Acknowledged turns not finished yet (queued or running).");

    public static readonly Histogram<double> ModelLatency =
        BotTelemetry.Meter.CreateHistogram<double>("botcompanion.model.duration", "s", "Duration of one model call, by prompt function.");

    public static readonly Counter<long> PromptTokens =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.model.tokens.prompt", "{token}", "Prompt tokens sent (as reported by the model, else counted locally).");

    public static readonly Counter<long> CompletionTokens =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.model.tokens.completion", "{token}", "Completion tokens received, when the model reports them.");

    public static readonly Counter<long> GuardRewrites =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.guard.rewrites", "{reply}", "Coaching drafts judged directive: regenerated, or replaced by a pack question.");

    public static readonly Counter<long> SafetyReplies =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.safety.replies", "{reply}", "Safety replies sent instead of coaching, by concern.");

    public static readonly Counter<long> NudgesDelivered =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.nudges.delivered", "{nudge}", "Commitment check-ins delivered.");

    public static readonly Histogram<double> NudgeLateness =
        BotTelemetry.Meter.CreateHistogram<double>("botcompanion.nudges.lateness", "s", "How long after falling due a check-in was delivered.");

    public static readonly Counter<long> ConnectorRetries =
        BotTelemetry.Meter.CreateCounter<long>("botcompanion.connector.retries", "{retry}", "Outbound channel calls retried, by connector and status.");
}
