using System.Diagnostics;
using System.Globalization;
using BotCompanion.Ai.Tests.Support;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Activity = System.Diagnostics.Activity;

namespace BotCompanion.Web.Tests.Operations;

/// <summary>
/// The host's OpenTelemetry wiring, read through the in-memory exporters: a Teams turn is one trace from the inbound
/// request across the 202 to the model, guard, store and connector calls, and the product's metrics are recorded.
/// The model is the OpenAI connector talking to a local OpenAI-compatible stub; an OTLP endpoint (closed) turns it on.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string UserText = "I keep putting off the budget talk with Priya";
    private readonly TelemetryCapture _telemetry = new();
    private OpenAiStub _model = null!;
    private ConnectorStub _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _model = await OpenAiStub.StartAsync();
        _connector = await ConnectorStub.StartAsync();
        _host = Host();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task TeamsTurn_IsOneTrace_FromTheRequestAcrossThe202_ToTheTurnAndItsCalls()
    {
        var (trace, caller) = (ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());

        await PostAsync(UserText, trace, caller);
        var spans = await _telemetry.WaitForAsync(trace, BotTelemetry.TurnProcessSpan);

        // The connector stub's own server spans join the trace too (the replies carry it on): the bot's is the caller's child.
        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server && s.ParentSpanId == caller);
        Assert.Equal("POST /api/messages", request.DisplayName);
        var process = Assert.Single(spans, s => s.OperationName == BotTelemetry.TurnProcessSpan);
        Assert.Equal(request.SpanId, process.ParentSpanId);
        Assert.Equal(ActivityKind.Consumer, process.Kind);
        var turn = Assert.Single(spans, s => s.OperationName == BotTelemetry.TurnSpan);
        Assert.Equal(process.SpanId, turn.ParentSpanId);
        Assert.Equal("replied", turn.GetTagItem("botcompanion.turn.outcome"));
        foreach (var name in new[] { BotTelemetry.StoreGetSpan, BotTelemetry.StoreSaveSpan, BotTelemetry.GuardSpan, BotTelemetry.ModelSpan })
        {
            Assert.Contains(spans, s => s.OperationName == name && Descends(s, turn, spans));
        }

        Assert.Contains(spans, s => s.OperationName == BotTelemetry.ConnectorSpan && s.ParentSpanId == process.SpanId && (string?)s.GetTagItem("botcompanion.connector") == "teams");
        Assert.Contains(spans, s => s.Source.Name.StartsWith("Microsoft.SemanticKernel", StringComparison.Ordinal) && Descends(s, turn, spans));
    }

    [Fact]
    public async Task ModelSpan_CarriesTheTokenCountsTheModelReported()
    {
        var trace = ActivityTraceId.CreateRandom();

        await PostAsync(UserText, trace, ActivitySpanId.CreateRandom());
        var spans = await _telemetry.WaitForAsync(trace, BotTelemetry.TurnProcessSpan);

        var model = Assert.Single(spans, s => s.OperationName == BotTelemetry.ModelSpan);
        Assert.Equal(ActivityKind.Client, model.Kind);
        Assert.Equal(10, model.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(5, model.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal("Coach.Reply", model.GetTagItem("botcompanion.prompt"));
    }

    [Fact]
    public async Task NoSpan_CarriesWhatThePersonWrote_OrWhatTheModelAnswered()
    {
        _model.Default = StubResponse.Text("What feels hardest about starting that conversation?");
        var trace = ActivityTraceId.CreateRandom();

        await PostAsync(UserText, trace, ActivitySpanId.CreateRandom());
        var spans = await _telemetry.WaitForAsync(trace, BotTelemetry.TurnProcessSpan);

        var values = spans.SelectMany(s => s.TagObjects.Select(t => Convert.ToString(t.Value, CultureInfo.InvariantCulture) ?? "")
            .Concat(s.Events.SelectMany(e => e.Tags.Select(t => Convert.ToString(t.Value, CultureInfo.InvariantCulture) ?? "")))
            .Append(s.DisplayName).Append(s.StatusDescription ?? "")).ToList();
        Assert.True(values.Count > 20);
        Assert.DoesNotContain(values, v => v.Contains("budget talk", StringComparison.OrdinalIgnoreCase) || v.Contains("Priya", StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("feels hardest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_CountTurnsAndTheirDuration_QueueDepth_ModelLatencyAndTokens()
    {
        await PostAsync(UserText, ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());
        await _connector.NextMessageAsync();
        await _connector.NextMessageAsync();

        var metrics = await MetricsWhenAsync(m => m.GetValueOrDefault("botcompanion.turns") >= 1);
        var drained = await MetricsWhenAsync(m => m.GetValueOrDefault("botcompanion.turn.queue.depth", -1) == 0);

        Assert.True(metrics["botcompanion.turn.duration"] >= 1);
        Assert.InRange(metrics["botcompanion.turn.queue.depth"], 0, 1);
        Assert.Equal(0, drained["botcompanion.turn.queue.depth"]);
        Assert.True(metrics["botcompanion.model.duration"] >= 1);
        Assert.True(metrics["botcompanion.model.tokens.prompt"] >= 10);
        Assert.True(metrics["botcompanion.model.tokens.completion"] >= 5);
        Assert.Contains(metrics.Keys, name => name.StartsWith("http.server.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_CountGuardRewrites_SafetyReplies_AndConnectorRetries()
    {
        // Every draft gives advice: the guard regenerates it once, then replaces it with a pack question.
        _model.Default = StubResponse.Text("You should delegate the budget review to your deputy.");
        _connector.FailNext(503);

        await PostAsync("I have too much on my plate this week", ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), "a:conv-guard");
        await _connector.NextMessageAsync();
        await _connector.NextMessageAsync();
        await PostAsync("honestly I want to die", ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), "a:conv-safety");
        await _connector.NextMessageAsync();

        var metrics = await MetricsWhenAsync(m => m.GetValueOrDefault("botcompanion.safety.replies") >= 1);

        Assert.True(metrics["botcompanion.guard.rewrites"] >= 2);
        Assert.True(metrics["botcompanion.connector.retries"] >= 1);
    }

    [Fact]
    public async Task Metrics_CountDeliveredCheckIns_AndTheirLateness()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T10:00:00Z", CultureInfo.InvariantCulture));
        await _host.DisposeAsync();
        _host = Host(new() { ["Nudges:Enabled"] = "false", ["Ai:Provider"] = "Offline" }, services => services.AddSingleton<TimeProvider>(time));
        foreach (var said in new[] { "I want to sort out the budget question with my CFO.", "I'll call the CFO by Thursday.", "yes", "yes" })
        {
            var message = Activities.Message(_connector.ServiceUrl, said, "a:personal-chat-1");
            message["conversation"]!["tenantId"] = "tenant-1";
            message["deliveryMode"] = "expectReplies";
            using var client = _host.NewClient();
            (await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Activities.Json(message))).EnsureSuccessStatusCode();
        }

        var scheduler = _host.Services.GetServices<IHostedService>().OfType<NudgeScheduler>().Single();
        for (var step = 0; step < 4 * 24 * 4; step++)
        {
            time.Advance(TimeSpan.FromMinutes(15));
            while (await scheduler.RunOnceAsync(default) > 0)
            {
            }
        }

        await _connector.NextMessageAsync();
        var metrics = _telemetry.Metrics(_host.Services);

        Assert.Equal(1, metrics["botcompanion.nudges.delivered"]);
        Assert.Equal(1, metrics["botcompanion.nudges.lateness"]);
    }

    [Fact]
    public async Task WithoutAnExporter_NoTelemetryPipelineIsRegistered()
    {
        await using var plain = new BotHost();

        Assert.Null(plain.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(plain.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.NotNull(_host.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }

    private BotHost Host(Dictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = _model.Settings();
        // An OTLP endpoint switches telemetry on; nothing listens there, the in-memory exporters are what is read.
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{Ports.Unused()}";
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new BotHost(settings, s =>
        {
            _telemetry.AddTo(s);
            services?.Invoke(s);
        });
    }

    /// <summary>Posts a Teams message as a caller in <paramref name="trace"/> would (W3C traceparent); answers 202.</summary>
    private async Task PostAsync(string text, ActivityTraceId trace, ActivitySpanId caller, string conversation = "a:conv-1")
    {
        // Propagation off on this side: the test and the host share a process, and the header is the outside caller's.
        using var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = Activities.Json(Activities.Message(_connector.ServiceUrl, text, conversation)),
        };
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{caller.ToHexString()}-01");

        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<Dictionary<string, double>> MetricsWhenAsync(Func<Dictionary<string, double>, bool> ready)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var metrics = _telemetry.Metrics(_host.Services);
            if (ready(metrics))
            {
                return metrics;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static bool Descends(Activity span, Activity ancestor, IReadOnlyList<Activity> spans)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = spans.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? default;
        }

        return false;
    }
}
