namespace BotCompanion.Channels.Teams;

/// <summary>Anonymous development mode (no AppId): connector calls go without a bearer token.</summary>
internal sealed class AnonymousTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
