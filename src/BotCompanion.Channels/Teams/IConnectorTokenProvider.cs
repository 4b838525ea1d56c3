namespace BotCompanion.Channels.Teams;

/// <summary>Bearer tokens for calls to the Bot Connector; null in anonymous development mode.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
