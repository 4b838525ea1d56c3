using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BotCompanion.Ai.Tests.Support;

/// <summary>
/// An OpenAI-compatible server on a loopback port: answers chat completions (JSON or SSE streaming) from a script
/// of responses, and records every request it gets.
/// </summary>
internal sealed class OpenAiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubResponse> _script = new();

    private OpenAiStub(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>What to answer once the script is used up.</summary>
    public StubResponse Default { get; set; } = StubResponse.Text("What matters most to you about it?");

    /// <summary>
    /// The Ai settings that point the OpenAI provider at this stub, written as an Ollama or vLLM address is: version
    /// segment, no trailing slash.
    /// </summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Ai:Provider"] = "OpenAI",
        ["Ai:Model"] = "stub-model",
        ["Ai:Endpoint"] = BaseAddress + "v1",
        ["Ai:ApiKey"] = "test-key-not-a-secret",
    };

    /// <summary>Starts the stub on a loopback port; <paramref name="answering"/>, when given, becomes its <see cref="Default"/>.</summary>
    public static async Task<OpenAiStub> StartAsync(StubResponse? answering = null)
    {
        var app = LoopbackServer.Create();
        var stub = new OpenAiStub(app);
        if (answering is not null)
        {
            stub.Default = answering;
        }

        app.MapPost("/{**path}", stub.ChatAsync);
        app.MapGet("/{**path}", (HttpContext context) =>
        {
            stub.Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, Headers(context.Request), ""));
            return Results.Json(new { @object = "list", data = new[] { new { id = "stub-model", @object = "model" } } });
        });
        stub.BaseAddress = new Uri(await LoopbackServer.StartAsync(app) + "/");
        return stub;
    }

    public void Enqueue(params StubResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public IReadOnlyList<RecordedRequest> Completions => [.. Requests.Where(r => r.Path.Contains("chat/completions", StringComparison.Ordinal))];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ChatAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, Headers(context.Request), body));
        var response = _script.TryDequeue(out var next) ? next : Default;
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Status != 200)
        {
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }

        var streaming = JsonDocument.Parse(body).RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        if (streaming)
        {
            context.Response.ContentType = "text/event-stream";
            foreach (var piece in Pieces(response.Content))
            {
                var chunk = new { id = "chatcmpl-stub", @object = "chat.completion.chunk", created = 1_700_000_000, model = "stub-model", choices = new[] { new { index = 0, delta = new { role = "assistant", content = piece }, finish_reason = (string?)null } } };
                await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n");
                await context.Response.Body.FlushAsync();
            }

            await context.Response.WriteAsync("data: [DONE]\n\n");
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-stub",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "stub-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = response.Content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
        });
    }

    private static IEnumerable<string> Pieces(string text)
    {
        for (var i = 0; i < text.Length; i += 7)
        {
            yield return text.Substring(i, Math.Min(7, text.Length - i));
        }
    }

    private static Dictionary<string, string> Headers(HttpRequest request) =>
        request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
}

internal sealed record StubResponse(int Status, string Content, TimeSpan Delay, IReadOnlyDictionary<string, string> Headers)
{
    public static StubResponse Text(string content) => new(200, content, TimeSpan.Zero, new Dictionary<string, string>());

    public static StubResponse Fail(int status, string? retryAfter = null) =>
        new(status, "", TimeSpan.Zero, retryAfter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static StubResponse Slow(TimeSpan delay, string content) => new(200, content, delay, new Dictionary<string, string>());
}

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
