using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Bot Connector REST calls (v3/conversations/…/activities), retried with exponential backoff and jitter on
/// 429 (honouring Retry-After), 412, 500, 502, 503 and 504.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ServiceUrlTrust trust,
    IOptions<TeamsOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Activities from generated code; anything else (conversation parameters, invoke answers) by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(TeamsJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>Posts <paramref name="activity"/> to the conversation, as a reply when <paramref name="replyToId"/> is given.</summary>
    public Task<string?> SendAsync(Uri serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return PostAsync(serviceUrl, path, activity, cancellationToken);
    }

    /// <summary>Creates (or finds: Teams returns the existing one) the 1:1 chat between the bot and a user; returns its id.</summary>
    public async Task<string> CreatePersonalConversationAsync(Uri serviceUrl, ChannelAccount bot, ChannelAccount user, string? tenantId, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters(false, bot, [user], tenantId, tenantId is null ? null : new { tenant = new { id = tenantId } });
        return await PostAsync(serviceUrl, "v3/conversations", parameters, cancellationToken)
            ?? throw new ConnectorException(HttpStatusCode.BadGateway, "NoConversationId");
    }

    private async Task<string?> PostAsync<T>(Uri serviceUrl, string path, T body, CancellationToken cancellationToken)
    {
        if (!trust.IsTrusted(serviceUrl))
        {
            // Neither learned from an authenticated activity nor on the allowlist: no token, no request.
            Log.Untrusted(logger, serviceUrl.Host);
            throw new ConnectorException(HttpStatusCode.Forbidden, "UntrustedServiceUrl");
        }

        var url = new Uri(EnsureTrailingSlash(serviceUrl), path);
        using var span = ConnectorTelemetry.Start("teams", path.StartsWith("v3/conversations/", StringComparison.Ordinal) ? "v3/conversations/{id}/activities" : path);
        var token = await tokens.GetTokenAsync(serviceUrl, cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: Json) };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            HttpResponseMessage sent;
            try
            {
                sent = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex) when (NothingWasSent(ex) && attempt < options.Value.MaxRetries)
            {
                // The connection was never made, so the activity cannot have arrived: retrying cannot duplicate it.
                var wait = options.Value.RetryBaseDelay * Math.Pow(2, attempt);
                Log.Unreachable(logger, ex.HttpRequestError.ToString(), wait.TotalMilliseconds, attempt + 1);
                ConnectorTelemetry.Retry(span, "teams", 0);
                await Task.Delay(wait, timeProvider, cancellationToken);
                continue;
            }

            using var response = sent;
            if (response.IsSuccessStatusCode)
            {
                ConnectorTelemetry.Done(span, (int)response.StatusCode, attempt + 1);
                return await ReadIdAsync(response, cancellationToken);
            }

            if (!IsTransient(response.StatusCode) || attempt >= options.Value.MaxRetries)
            {
                ConnectorTelemetry.Done(span, (int)response.StatusCode, attempt + 1);
                var code = await ReadSubCodeAsync(response, cancellationToken);
                Log.SendFailed(logger, (int)response.StatusCode, code ?? "none", attempt + 1);
                throw new ConnectorException(response.StatusCode, code);
            }

            var delay = RetryDelay(response, attempt);
            Log.Retrying(logger, (int)response.StatusCode, delay.TotalMilliseconds, attempt + 1);
            ConnectorTelemetry.Retry(span, "teams", (int)response.StatusCode);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    /// <summary>
    /// A failure before the request left: no connection, no name, no TLS. A reset or a timeout after sending is not
    /// one of these (the connector may have posted the activity); that turn stays in the journal instead.
    /// </summary>
    private static bool NothingWasSent(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < MaxRetryAfter ? delta : MaxRetryAfter;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < MaxRetryAfter ? wait : MaxRetryAfter;
        }

        var backoff = options.Value.RetryBaseDelay * Math.Pow(2, attempt);
        var jitter = backoff * (Random.Shared.NextDouble() * 0.5);
        return backoff + jitter;
    }

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is 0)
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<ResourceResponse>(Json, cancellationToken);
            return body?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadSubCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ConnectorErrorCode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));

    private static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private sealed record ResourceResponse(string? Id);

    private sealed record ConversationParameters(bool IsGroup, ChannelAccount Bot, ChannelAccount[] Members, string? TenantId, object? ChannelData);

    private static partial class Log
    {
        [LoggerMessage(2023, LogLevel.Warning, "Connector unreachable ({Error}); nothing was sent, retrying in {DelayMs} ms (attempt {Attempt})", EventName = "ConnectorUnreachable")]
        public static partial void Unreachable(ILogger logger, string error, double delayMs, int attempt);

        [LoggerMessage(2020, LogLevel.Warning, "Connector answered {Status}; retrying in {DelayMs} ms (attempt {Attempt})", EventName = "ConnectorRetry")]
        public static partial void Retrying(ILogger logger, int status, double delayMs, int attempt);

        [LoggerMessage(2022, LogLevel.Error, "Refused to send to serviceUrl host {Host}: not learned from an authenticated activity and not on Channels:Teams:AllowedServiceUrlHosts", EventName = "ConnectorUntrusted")]
        public static partial void Untrusted(ILogger logger, string host);

        [LoggerMessage(2021, LogLevel.Error, "Connector answered {Status} ({Code}) after {Attempts} attempt(s); giving up", EventName = "ConnectorFailed")]
        public static partial void SendFailed(ILogger logger, int status, string code, int attempts);
    }
}
