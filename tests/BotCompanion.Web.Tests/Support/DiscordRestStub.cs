using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotCompanion.Web.Tests.Support;

/// <summary>Discord's REST API on a loopback port: records every call; scripted failures answer first.</summary>
public sealed class DiscordRestStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Body, IReadOnlyDictionary<string, string> Headers)> _failures = new();
    private readonly Channel<RestCall> _calls = Channel.CreateUnbounded<RestCall>();

    private DiscordRestStub(WebApplication app) => _app = app;

    public Uri ApiBaseUrl { get; private set; } = null!;

    /// <summary>The Gateway address GET /gateway/bot hands out.</summary>
    public Uri? GatewayUrl { get; set; }

    public ConcurrentQueue<RestCall> All { get; } = new();

    public static async Task<DiscordRestStub> StartAsync()
    {
        var app = LoopbackServer.Create();
        var stub = new DiscordRestStub(app);
        app.Map("/api/v10/{**path}", stub.HandleAsync);
        stub.ApiBaseUrl = new Uri(await LoopbackServer.StartAsync(app) + "/api/v10/");
        return stub;
    }

    public void FailNext(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        _failures.Enqueue((status, body, headers ?? new Dictionary<string, string>()));

    /// <summary>The next call whose method and path match.</summary>
    public async Task<RestCall> NextAsync(string method, string pathContains, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var call = await _calls.Reader.ReadAsync(cts.Token);
            if (call.Method == method && call.Path.Contains(pathContains, StringComparison.Ordinal))
            {
                return call;
            }
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var call = new RestCall(context.Request.Method, context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), context.Request.Headers.UserAgent.ToString(), body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : default);
        All.Enqueue(call);
        await _calls.Writer.WriteAsync(call);
        if (_failures.TryDequeue(out var failure))
        {
            foreach (var (name, value) in failure.Headers)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.StatusCode = failure.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(failure.Body);
            return;
        }

        var path = context.Request.Path.Value!;
        object? response = path switch
        {
            _ when path.EndsWith("/gateway/bot", StringComparison.Ordinal) => new { url = GatewayUrl?.ToString(), shards = 1, session_start_limit = new { total = 1000, remaining = 999, reset_after = 1000, max_concurrency = 1 } },
            _ when path.EndsWith("/users/@me/channels", StringComparison.Ordinal) => new { id = "dm-" + call.Body.GetProperty("recipient_id").GetString(), type = 1 },
            _ when path.EndsWith("/typing", StringComparison.Ordinal) => null,
            _ when context.Request.Method == "PUT" => call.Body,
            _ when path.EndsWith("/messages", StringComparison.Ordinal) && context.Request.Method == "POST" => new { id = Guid.NewGuid().ToString("N"), content = call.Body.GetProperty("content").GetString() },
            _ => new { id = Guid.NewGuid().ToString("N") },
        };
        if (response is null)
        {
            context.Response.StatusCode = 204;
            return;
        }

        await context.Response.WriteAsJsonAsync(response);
    }

    public sealed record RestCall(string Method, string Path, string Authorization, string UserAgent, JsonElement Body);
}
