using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// Discord's REST API as this bot uses it: Bot authorization and a proper User-Agent on every call, per-route
/// buckets and 429 handling (retry_after, global flag), retries on 5xx, and a breaker that stops before the
/// invalid-request limit. Failures surface as <see cref="DiscordApiException"/>.
/// </summary>
public sealed partial class DiscordRestClient
{
    internal const string UserAgent = "DiscordBot (https://github.com/botcompanion/botcompanion, 1.0)";
    private const int MaxAttempts = 4;
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly RateLimitBuckets _buckets;
    private readonly InvalidRequestBreaker _breaker;

    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _buckets = new RateLimitBuckets(time);
        _breaker = new InvalidRequestBreaker(_options.InvalidRequestBudget, time);
    }

    public Task<JsonElement> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "gateway/bot", "gateway/bot", "", null, cancellationToken);

    /// <summary>Opens (or finds: Discord returns the existing one) the DM channel with a user; returns its id.</summary>
    public async Task<string> CreateDmAsync(string userId, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, "users/@me/channels", "users/@me/channels", "", new JsonObject { ["recipient_id"] = userId }, cancellationToken))
            .GetProperty("id").GetString()!;

    /// <summary>Posts a message; <paramref name="nonce"/> with enforce_nonce makes a retried send return the first message instead of a second one.</summary>
    public async Task<string> CreateMessageAsync(string channelId, JsonObject message, string nonce, CancellationToken cancellationToken)
    {
        message["nonce"] = nonce;
        message["enforce_nonce"] = true;
        message["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
        var created = await SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", "channels/{id}/messages", channelId, message, cancellationToken);
        return created.GetProperty("id").GetString()!;
    }

    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/typing", "channels/{id}/typing", channelId, null, cancellationToken);

    public Task EditOriginalResponseAsync(string token, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{_options.ApplicationId}/{token}/messages/@original", "webhooks/{app}/{token}/messages/@original", token, message, cancellationToken, bot: false);

    public Task CreateFollowupAsync(string token, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{_options.ApplicationId}/{token}", "webhooks/{app}/{token}", token, message, cancellationToken, bot: false);

    /// <summary>Bulk-overwrites the application's global commands.</summary>
    public Task<JsonElement> PutGlobalCommandsAsync(string applicationId, JsonArray commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/commands", "applications/{app}/commands", applicationId, commands, cancellationToken);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string route, string major, JsonNode? body, CancellationToken cancellationToken, bool bot = true)
    {
        var routeKey = method.Method + " " + route;
        using var span = ConnectorTelemetry.Start("discord", routeKey);
        for (var attempt = 1; ; attempt++)
        {
            if (_breaker.IsOpen)
            {
                Log.BreakerOpen(_logger, _options.InvalidRequestBudget);
                throw new DiscordApiException(HttpStatusCode.TooManyRequests, null, "Too many refused Discord requests in the last 10 minutes; calls are paused to avoid an IP ban.");
            }

            var wait = _buckets.WaitFor(routeKey, major);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken);
            }

            using var request = new HttpRequestMessage(method, new Uri(_options.ApiBaseUrl, path));
            request.Headers.UserAgent.ParseAdd(UserAgent);
            if (bot)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await _http.SendAsync(request, cancellationToken);
            _buckets.Observe(routeKey, major, response);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                ConnectorTelemetry.Done(span, (int)response.StatusCode, attempt);
                return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            }

            var error = Parse(text);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.TooManyRequests && Header(response, "X-RateLimit-Scope") != "shared"))
            {
                _breaker.Record();
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                var blocked = Header(response, "X-RateLimit-Limit") is null && Header(response, "X-RateLimit-Scope") is null && error.RetryAfter is null;

                // A 429 without rate-limit headers is Cloudflare blocking the IP: back off for a long while.
                var retryAfter = blocked ? TimeSpan.FromSeconds(60) : error.RetryAfter ?? RateLimitBuckets.Seconds(Header(response, "Retry-After")) ?? TimeSpan.FromSeconds(1);
                var global = error.Global || Header(response, "X-RateLimit-Global") == "true" || blocked;
                _buckets.Limited(routeKey, major, retryAfter, global);
                Log.RateLimited(_logger, routeKey, retryAfter.TotalMilliseconds, global);
                ConnectorTelemetry.Retry(span, "discord", (int)response.StatusCode);
                continue;
            }

            if ((int)response.StatusCode >= 500 && attempt < MaxAttempts)
            {
                var backoff = TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble()));
                ConnectorTelemetry.Retry(span, "discord", (int)response.StatusCode);
                await Task.Delay(backoff, _time, cancellationToken);
                continue;
            }

            ConnectorTelemetry.Done(span, (int)response.StatusCode, attempt);
            Log.Failed(_logger, routeKey, (int)response.StatusCode, error.Code ?? 0);
            throw new DiscordApiException(response.StatusCode, error.Code, error.Message ?? $"Discord answered {(int)response.StatusCode}.");
        }
    }

    private static (int? Code, string? Message, TimeSpan? RetryAfter, bool Global) Parse(string text)
    {
        try
        {
            var json = JsonDocument.Parse(text).RootElement;
            if (json.ValueKind != JsonValueKind.Object)
            {
                return default;
            }

            return (
                json.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null,
                json.TryGetProperty("message", out var message) ? message.GetString() : null,
                json.TryGetProperty("retry_after", out var retry) && retry.ValueKind == JsonValueKind.Number ? TimeSpan.FromSeconds(retry.GetDouble()) : null,
                json.TryGetProperty("global", out var global) && global.ValueKind == JsonValueKind.True);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static partial class Log
    {
        [LoggerMessage(3001, LogLevel.Warning, "Discord rate limit on {Route}: waiting {DelayMs:0} ms (global: {Global})", EventName = "DiscordRateLimited")]
        public static partial void RateLimited(ILogger logger, string route, double delayMs, bool global);

        [LoggerMessage(3002, LogLevel.Warning, "Discord {Route} failed with {Status} (code {Code})", EventName = "DiscordRequestFailed")]
        public static partial void Failed(ILogger logger, string route, int status, int code);

        [LoggerMessage(3003, LogLevel.Critical, "Discord calls paused: {Budget} refused requests (401/403/429) in 10 minutes; Discord bans the IP at 10,000", EventName = "DiscordBreakerOpen")]
        public static partial void BreakerOpen(ILogger logger, int budget);
    }
}
