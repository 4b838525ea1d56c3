using System.Net;
using System.Net.Http.Headers;

namespace BotCompanion.Ai;

/// <summary>
/// Lists the server's models (no tokens spent) and caches the verdict for a minute, so readiness probes
/// don't hammer the provider.
/// </summary>
internal sealed class ModelHealth(IHttpClientFactory clients, IOptions<AiOptions> options, TimeProvider time) : IModelHealth, IDisposable
{
    internal const string HttpClientName = "BotCompanion.ModelHealth";
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly AiOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ModelHealthReport Report, DateTimeOffset At)? _last;

    public async Task<ModelHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        if (_options.Provider == AiProvider.Offline)
        {
            return new ModelHealthReport(true, "offline coach");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && time.GetUtcNow() - last.At < CacheFor)
            {
                return last.Report;
            }

            var report = await ProbeAsync(cancellationToken);
            _last = (report, time.GetUtcNow());
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ModelHealthReport> ProbeAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ModelsAddress());
        if (_options.Provider == AiProvider.AzureOpenAI && !string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Add("api-key", _options.ApiKey);
        }
        else if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new(false, $"{_options.Provider} rejected the credentials (HTTP {(int)response.StatusCode}); the offline coach is answering"),
                >= HttpStatusCode.InternalServerError => new(false, $"{_options.Provider} answered HTTP {(int)response.StatusCode}; the offline coach is answering"),
                _ => new(true, $"{_options.Provider} reachable"),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new(false, $"{_options.Provider} unreachable; the offline coach is answering");
        }
    }

    public void Dispose() => _gate.Dispose();

    private Uri ModelsAddress()
    {
        if (_options.Provider == AiProvider.AzureOpenAI)
        {
            return new Uri(AiOptions.WithTrailingSlash(_options.Endpoint!), $"openai/models?api-version={_options.ApiVersion ?? "2024-10-21"}");
        }

        // Same base as chat completions: {endpoint}chat/completions and {endpoint}models.
        return new Uri(AiOptions.WithTrailingSlash(_options.Endpoint ?? new Uri("https://api.openai.com/v1/")), "models");
    }
}
