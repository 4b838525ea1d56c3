using System.Net;

namespace BotCompanion.Ai;

/// <summary>
/// Each attempt gets <see cref="AiOptions.Timeout"/>; 429 and 5xx answers are retried (Retry-After honoured up to
/// <see cref="AiOptions.MaxRetryAfter"/>, otherwise jittered doubling). The connectors' own retries are off when
/// they are given an HttpClient, so this is the only retry layer.
/// </summary>
internal sealed class ModelRetryHandler(IOptions<AiOptions> options, TimeProvider time, ILogger<ModelRetryHandler> logger) : DelegatingHandler
{
    private readonly AiOptions _options = options.Value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentHeaders = request.Content?.Headers.ToList();
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0 && body is not null)
            {
                // A sent HttpContent cannot be sent again: rebuild it from the buffered bytes.
                request.Content = new ByteArrayContent(body);
                foreach (var (name, values) in contentHeaders!)
                {
                    request.Content.Headers.TryAddWithoutValidation(name, values);
                }
            }

            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(_options.Timeout);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, attemptTimeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                ModelLog.AttemptTimedOut(logger, attempt + 1, _options.Timeout.TotalMilliseconds);
                throw new TimeoutException($"The model did not answer within {_options.Timeout.TotalSeconds:0.###} s (Ai:Timeout).");
            }

            if (!IsTransient(response.StatusCode) || attempt >= _options.MaxRetries)
            {
                return response;
            }

            var wait = Wait(response, attempt);
            if (wait > _options.MaxRetryAfter)
            {
                // Waiting longer than this would keep the executive waiting: let the fallback answer instead.
                return response;
            }

            ModelLog.Retrying(logger, (int)response.StatusCode, attempt + 1, wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private TimeSpan Wait(HttpResponseMessage response, int attempt)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                var until = date - time.GetUtcNow();
                return until > TimeSpan.Zero ? until : TimeSpan.Zero;
            }
        }

        var backoff = _options.RetryBaseDelay * Math.Pow(2, attempt);
        return backoff * (0.5 + (Random.Shared.NextDouble() / 2));
    }
}
