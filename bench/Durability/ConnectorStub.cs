using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Durability;

/// <summary>The Bot Connector: records every reply by the activity it answers; can be told to fail for a while.</summary>
internal sealed class ConnectorStub
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Text, long At)>> _replies = new(StringComparer.Ordinal);
    private long _failUntil;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyDictionary<string, ConcurrentQueue<(string Text, long At)>> Replies => _replies;

    /// <summary>Every post answers 503 for <paramref name="duration"/>.</summary>
    public void FailFor(TimeSpan duration) => Volatile.Write(ref _failUntil, Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency));

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (Delegate)HandleAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)HandleAsync);
        await app.StartAsync();
        ServiceUrl = app.Urls.First() + "/";
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _failUntil))
        {
            return Results.StatusCode(503);
        }

        using var json = await JsonDocument.ParseAsync(context.Request.Body);
        var root = json.RootElement;
        if (root.GetProperty("type").GetString() == "message" && root.TryGetProperty("replyToId", out var to))
        {
            _replies.GetOrAdd(to.GetString()!, _ => new()).Enqueue((root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "", Stopwatch.GetTimestamp()));
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
    }
}
