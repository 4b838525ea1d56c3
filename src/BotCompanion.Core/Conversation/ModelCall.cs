using System.Diagnostics;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Telemetry;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// One call of a prompt function, measured: a client span named after the function, its latency and its token
/// counts (the model's own usage figures when it reports them, else the prompt as counted locally). No text.
/// </summary>
internal sealed class ModelCall : IDisposable
{
    private readonly string _function;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Activity? _span;
    private string _outcome = "error";

    private ModelCall(string function, TimeProvider time)
    {
        _function = function;
        _time = time;
        _started = time.GetTimestamp();
        _span = BotTelemetry.Source.StartActivity(BotTelemetry.ModelSpan, ActivityKind.Client);
        _span?.SetTag("gen_ai.operation.name", "chat");
        _span?.SetTag("botcompanion.prompt", function);
    }

    public static ModelCall Start(string function, TimeProvider time) => new(function, time);

    public void Finish(Kernel kernel, IReadOnlyDictionary<string, object?>? metadata)
    {
        _outcome = "ok";
        var usage = metadata is not null && metadata.TryGetValue("Usage", out var u) ? u : null;
        var prompt = Count(usage, "InputTokenCount")
            ?? (kernel.Data.TryGetValue(PromptAuditFilter.TokensKey, out var counted) && counted is int c ? c : null);
        var completion = Count(usage, "OutputTokenCount");
        var function = new KeyValuePair<string, object?>("botcompanion.prompt", _function);
        if (prompt is { } p)
        {
            _span?.SetTag("gen_ai.usage.input_tokens", p);
            BotMetrics.PromptTokens.Add(p, function);
        }

        if (completion is { } o)
        {
            _span?.SetTag("gen_ai.usage.output_tokens", o);
            BotMetrics.CompletionTokens.Add(o, function);
        }
    }

    public void Dispose()
    {
        if (_outcome != "ok")
        {
            _span?.SetStatus(ActivityStatusCode.Error);
        }

        BotMetrics.ModelLatency.Record(
            _time.GetElapsedTime(_started).TotalSeconds,
            new KeyValuePair<string, object?>("botcompanion.prompt", _function),
            new KeyValuePair<string, object?>("botcompanion.model.outcome", _outcome));
        _span?.Dispose();
    }

    /// <summary>A token count from the connector's usage object (OpenAI's ChatTokenUsage), read by name: Core knows no connector types.</summary>
    private static int? Count(object? usage, string property) =>
        usage?.GetType().GetProperty(property)?.GetValue(usage) is int value ? value : null;
}
