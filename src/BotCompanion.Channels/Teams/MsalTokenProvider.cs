using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Client-credentials tokens for the Bot Connector (scope https://api.botframework.com/.default). MSAL caches the
/// token and renews it before expiry. Tokens go only to https service URLs the bot learned from activities.
/// </summary>
internal sealed class MsalTokenProvider : IConnectorTokenProvider
{
    private static readonly string[] Scopes = ["https://api.botframework.com/.default"];
    private readonly IConfidentialClientApplication _app;

    public MsalTokenProvider(IOptions<TeamsOptions> options)
    {
        var settings = options.Value;
        var tenant = string.IsNullOrWhiteSpace(settings.TenantId) ? "botframework.com" : settings.TenantId;
        _app = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.ClientSecret)
            .WithAuthority(new Uri(settings.TokenAuthority, tenant))
            .Build();
    }

    public async Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("Refusing to send a connector token to a non-https serviceUrl.");
        }

        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
