using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Client-credentials tokens for the Bot Connector (scope https://api.botframework.com/.default), with a secret or
/// a certificate, from the authority the app type calls for. MSAL caches the token and renews it before expiry.
/// </summary>
internal sealed class MsalTokenProvider : IConnectorTokenProvider
{
    internal static readonly string[] Scopes = ["https://api.botframework.com/.default"];
    private readonly IConfidentialClientApplication _app;

    public MsalTokenProvider(IOptions<TeamsOptions> options)
    {
        var settings = options.Value;
        var builder = ConfidentialClientApplicationBuilder.Create(settings.AppId).WithAuthority(Authority(settings));
        builder = string.IsNullOrWhiteSpace(settings.CertificatePath)
            ? builder.WithClientSecret(settings.ClientSecret)
            : builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword), sendX5C: true);
        _app = builder.Build();
    }

    /// <summary>botframework.com for multi-tenant apps, the bot's own tenant otherwise.</summary>
    internal static Uri Authority(TeamsOptions settings) =>
        new(settings.TokenAuthority, settings.AppType == TeamsAppType.MultiTenant || string.IsNullOrWhiteSpace(settings.TenantId) ? "botframework.com" : settings.TenantId);

    public async Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
