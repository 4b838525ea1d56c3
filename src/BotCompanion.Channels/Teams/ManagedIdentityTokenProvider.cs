using Azure.Core;
using Azure.Identity;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Connector tokens for a bot that runs as a user-assigned managed identity (its client id is the app id): no
/// secret anywhere. Azure.Identity caches the token and renews it before expiry.
/// </summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<TeamsOptions> options) : IConnectorTokenProvider
{
    private readonly ManagedIdentityCredential _credential = new(ManagedIdentityId.FromUserAssignedClientId(options.Value.AppId!));

    public async Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) =>
        (await _credential.GetTokenAsync(new TokenRequestContext(MsalTokenProvider.Scopes), cancellationToken)).Token;
}
