using System.Collections.Concurrent;
using System.Globalization;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// Discord's per-route buckets, learned from X-RateLimit-* headers: a route whose bucket is exhausted waits for
/// its reset; a global 429 pauses every route. Keys are route template plus major parameter (channel, webhook).
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);
    private DateTimeOffset _globalUntil;

    /// <summary>How long to wait before calling <paramref name="route"/> (zero when it may go now).</summary>
    public TimeSpan WaitFor(string route, string major)
    {
        var now = time.GetUtcNow();
        var until = _globalUntil;
        if (_blockedUntil.TryGetValue(Key(route, major), out var bucketUntil) && bucketUntil > until)
        {
            until = bucketUntil;
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Records what the response said about the route's bucket.</summary>
    public void Observe(string route, string major, HttpResponseMessage response)
    {
        if (Header(response, "X-RateLimit-Bucket") is { } bucket)
        {
            _bucketOfRoute[route] = bucket;
        }

        var now = time.GetUtcNow();
        if (Header(response, "X-RateLimit-Remaining") == "0" && Seconds(Header(response, "X-RateLimit-Reset-After")) is { } resetAfter)
        {
            _blockedUntil[Key(route, major)] = now + resetAfter;
        }
    }

    /// <summary>A 429: the bucket (or, when global, everything) waits <paramref name="retryAfter"/>.</summary>
    public void Limited(string route, string major, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            _globalUntil = until;
        }
        else
        {
            _blockedUntil[Key(route, major)] = until;
        }
    }

    private string Key(string route, string major) => (_bucketOfRoute.TryGetValue(route, out var bucket) ? bucket : route) + "|" + major;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    internal static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
}
