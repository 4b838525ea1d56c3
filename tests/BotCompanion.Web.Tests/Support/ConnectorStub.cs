using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// A Bot Connector on a real loopback port: records every activity posted to it; can be told to fail first. It answers
/// under any path prefix too (<see cref="ServiceUrlAt"/>), as Teams serviceUrls carry one (/amer/, /emea/, …).
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Received> _received = Channel.CreateUnbounded<Received>();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Body)> _failures = new();

    private ConnectorStub(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<ConnectorStub> StartAsync()
    {
        var app = LoopbackServer.Create();
        var stub = new ConnectorStub(app);
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            var v3 = path.IndexOf("/v3/", StringComparison.Ordinal);
            if (v3 > 0)
            {
                context.Request.PathBase = path[..v3];
                context.Request.Path = path[v3..];
            }

            return next(context);
        });
        app.UseRouting();
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", (Delegate)stub.HandleAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)stub.HandleAsync);
        app.MapPost("/v3/conversations", (Delegate)stub.CreateConversationAsync);
        var address = await LoopbackServer.StartAsync(app);
        stub.ServiceUrl = new Uri(address + "/");
        return stub;
    }

    /// <summary>This connector under a path prefix, e.g. "amer/" for a serviceUrl like https://smba.trafficmanager.net/amer/.</summary>
    public Uri ServiceUrlAt(string path)
    {
        var prefix = path.Trim('/');
        return prefix.Length == 0 ? ServiceUrl : new Uri(ServiceUrl, prefix + "/");
    }

    /// <summary>The next calls (posts and conversation creations alike) answer with these statuses before succeeding; 0 lets one call through.</summary>
    public void FailNext(int status, string? retryAfter = null, string? body = null) => _failures.Enqueue((status, retryAfter, body));

    /// <summary>Bodies of POST v3/conversations (create conversation) requests.</summary>
    public ConcurrentQueue<JsonElement> CreatedConversations { get; } = new();

    public async Task<Received> NextMessageAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var item = await _received.Reader.ReadAsync(cts.Token);
            if (item.Activity.GetProperty("type").GetString() == "message")
            {
                return item;
            }
        }
    }

    public bool TryReadAny(out Received? received) => _received.Reader.TryRead(out received);

    /// <summary>The next activity of any type (typing included).</summary>
    public async Task<Received> NextAnyAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await _received.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Whether something posted is waiting to be read.</summary>
    public bool TryPeek() => _received.Reader.TryPeek(out _);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Failure(context) is { } failed)
        {
            return failed;
        }

        var json = await JsonDocument.ParseAsync(context.Request.Body);
        await _received.Writer.WriteAsync(new Received(context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, context.Request.Headers.Authorization.ToString(), json.RootElement.Clone(), DateTimeOffset.UtcNow));
        return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
    }

    private IResult? Failure(HttpContext context)
    {
        if (!_failures.TryDequeue(out var failure) || failure.Status == 0)
        {
            return null;
        }

        if (failure.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = failure.RetryAfter;
        }

        return failure.Body is null ? Results.StatusCode(failure.Status) : Results.Content(failure.Body, "application/json", statusCode: failure.Status);
    }

    private async Task<IResult> CreateConversationAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Failure(context) is { } failed)
        {
            return failed;
        }
        var json = await JsonDocument.ParseAsync(context.Request.Body);
        CreatedConversations.Enqueue(json.RootElement.Clone());
        return Results.Json(new { id = "a:created-personal-chat", serviceUrl = ServiceUrl.ToString() }, statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string Path, string Authorization, JsonElement Activity, DateTimeOffset At)
    {
        public string Text => Activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
    }
}
