namespace BotCompanion.Web.Tests.Support;

/// <summary>An outbound connector token that needs no token endpoint: lets tests see where the token is (and is not) sent.</summary>
internal sealed class FixedConnectorToken(string token) : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}
