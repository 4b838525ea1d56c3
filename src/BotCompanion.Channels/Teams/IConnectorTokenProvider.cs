namespace BotCompanion.Channels.Teams;

/// <summary>Bearer tokens for calls to the Bot Connector; null in anonymous development mode.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken);
}

internal sealed class AnonymousTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
