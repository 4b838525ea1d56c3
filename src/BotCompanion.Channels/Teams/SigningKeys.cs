using System.Globalization;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// One OpenID metadata document and its key set, cached for a day. A refresh for an unknown key id happens at
/// once the first time, then at most every five minutes, so forged key ids cannot make the bot hammer the
/// metadata endpoint. When the endpoint is down the cached keys keep being served: one request at a time tries
/// the fetch (the others go on with the cached keys instead of queuing behind it), and after a failure no routine
/// refresh is tried for 30 seconds, then a minute, until one succeeds; only an unknown key id, within the
/// five-minute limit, tries sooner.
/// </summary>
internal sealed partial class SigningKeys(Uri metadataUrl, HttpClient http, TimeProvider time, ILogger logger) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan RefreshFloor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private readonly HttpDocumentRetriever _retriever = new(http) { RequireHttps = metadataUrl.Scheme == Uri.UriSchemeHttps };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;

    // Written under _gate only.
    private DateTimeOffset? _lastForced;
    private DateTimeOffset _retryAfter = DateTimeOffset.MinValue;
    private int _failures;

    /// <summary>The cached document, fetched when missing or a day old. Throws <see cref="InvalidOperationException"/> when it cannot be loaded.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        LoadAsync(force: false, cancellationToken);

    /// <summary>Fetches again now unless that was done less than five minutes ago; returns what is current.</summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken) =>
        LoadAsync(force: true, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<OpenIdConnectConfiguration> LoadAsync(bool force, CancellationToken cancellationToken)
    {
        var cached = _current;
        if (!force && cached is not null && !IsStale(cached))
        {
            return cached.Config;
        }

        if (!force && cached is not null)
        {
            // Stale but usable: whoever gets the gate refreshes; nobody waits behind a slow or failing fetch.
            if (!await _gate.WaitAsync(0, cancellationToken))
            {
                return cached.Config;
            }
        }
        else
        {
            await _gate.WaitAsync(cancellationToken);
        }

        try
        {
            var now = time.GetUtcNow();
            var current = _current;
            if (force && current is not null && current != cached)
            {
                // Someone else fetched while this caller waited: that is as fresh as it gets.
                return current.Config;
            }

            if (ShouldFetch(force, current, now))
            {
                if (force)
                {
                    _lastForced = now;
                }

                current = await FetchAsync(current, now, cancellationToken) ?? current;
            }

            return current?.Config ?? throw new InvalidOperationException("The OpenID metadata could not be loaded.");
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool ShouldFetch(bool force, Snapshot? current, DateTimeOffset now)
    {
        if (force)
        {
            // An unknown key id: the five-minute limit decides, even while failed refreshes are backing off.
            return _lastForced is null || now - _lastForced >= RefreshFloor;
        }

        return (current is null || IsStale(current)) && now >= _retryAfter;
    }

    private async Task<Snapshot?> FetchAsync(Snapshot? current, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var config = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, _retriever, cancellationToken);
            var fresh = new Snapshot(config, now);
            _current = fresh;
            if (_failures > 0)
            {
                Log.Recovered(logger, metadataUrl.Host, _failures);
            }

            _failures = 0;
            _retryAfter = DateTimeOffset.MinValue;
            return fresh;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ArgumentException or InvalidOperationException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _failures++;
            var backoff = _failures == 1 ? FirstBackoff : MaxBackoff;
            _retryAfter = now + backoff;
            var retryIn = ((int)backoff.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            if (current is null)
            {
                Log.LoadFailed(logger, metadataUrl.Host, Reason(ex), retryIn);
            }
            else
            {
                Log.RefreshFailed(logger, metadataUrl.Host, Reason(ex), current.FetchedAt, retryIn);
            }

            return null;
        }
    }

    private bool IsStale(Snapshot snapshot) => time.GetUtcNow() - snapshot.FetchedAt > MaxAge;

    /// <summary>Why a fetch failed, from the HTTP status or the innermost error (a metadata fetch carries no token).</summary>
    private static string Reason(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e.Data.Contains(HttpDocumentRetriever.StatusCode) && e.Data[HttpDocumentRetriever.StatusCode] is HttpStatusCode status)
            {
                return $"HTTP {(int)status} {status}";
            }
        }

        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return $"{innermost.GetType().Name}: {innermost.Message}";
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Config, DateTimeOffset FetchedAt);

    private static partial class Log
    {
        [LoggerMessage(2012, LogLevel.Warning, "Could not refresh the signing keys from {Host} ({Reason}); still using the keys fetched at {FetchedAt:u}, next attempt in {RetryInSeconds} s unless an unknown key id needs one sooner", EventName = "SigningKeysRefreshFailed")]
        public static partial void RefreshFailed(ILogger logger, string host, string reason, DateTimeOffset fetchedAt, string retryInSeconds);

        [LoggerMessage(2013, LogLevel.Error, "Could not load the signing keys from {Host} ({Reason}); tokens are refused until they load, next attempt in {RetryInSeconds} s", EventName = "SigningKeysLoadFailed")]
        public static partial void LoadFailed(ILogger logger, string host, string reason, string retryInSeconds);

        [LoggerMessage(2014, LogLevel.Information, "Signing keys from {Host} loaded again after {Failures} failed attempt(s)", EventName = "SigningKeysRecovered")]
        public static partial void Recovered(ILogger logger, string host, int failures);
    }
}
