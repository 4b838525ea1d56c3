using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// One OpenID metadata document and its key set, cached for a day. A refresh for an unknown key id happens at
/// once the first time, then at most every five minutes, so forged key ids cannot make the bot hammer the
/// metadata endpoint.
/// </summary>
internal sealed class SigningKeys(Uri metadataUrl, HttpClient http, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan RefreshFloor = TimeSpan.FromMinutes(5);
    private readonly HttpDocumentRetriever _retriever = new(http) { RequireHttps = metadataUrl.Scheme == Uri.UriSchemeHttps };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset? _lastForced;

    /// <summary>The cached document, fetched when missing or a day old. Throws <see cref="InvalidOperationException"/> when it cannot be loaded.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        LoadAsync(force: false, cancellationToken);

    /// <summary>Fetches again now unless that was done less than five minutes ago; returns what is current.</summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken) =>
        LoadAsync(force: true, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<OpenIdConnectConfiguration> LoadAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var stale = _current is null || now - _fetchedAt > MaxAge;
            var forced = force && (_lastForced is null || now - _lastForced >= RefreshFloor);
            if (stale || forced)
            {
                if (forced)
                {
                    _lastForced = now;
                }

                try
                {
                    _current = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, _retriever, cancellationToken);
                    _fetchedAt = now;
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException or ArgumentException or InvalidOperationException && _current is not null)
                {
                    // Keep the keys we have when a refresh fails; only a first load failure is fatal.
                }
            }

            return _current ?? throw new InvalidOperationException("The OpenID metadata could not be loaded.");
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ArgumentException)
        {
            throw new InvalidOperationException("The OpenID metadata could not be loaded.", ex);
        }
        finally
        {
            _gate.Release();
        }
    }
}
