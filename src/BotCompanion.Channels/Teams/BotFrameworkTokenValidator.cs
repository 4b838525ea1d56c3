using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Validates Bot Framework channel tokens: issuer, audience = our app id, lifetime with 5 minutes of skew, a
/// signature by a key from the OpenID metadata (cached and refreshed), that key endorsed for the activity's
/// channel, and the serviceurl claim equal to the activity's serviceUrl.
/// </summary>
internal sealed class BotFrameworkTokenValidator : IBotTokenValidator
{
    private readonly TeamsOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkTokenValidator(IOptions<TeamsOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(BotFrameworkTokenValidator)))
        {
            RequireHttps = _options.OpenIdMetadataUrl.Scheme == Uri.UriSchemeHttps,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.OpenIdMetadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public async Task<AuthOutcome> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration config;
        try
        {
            config = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return AuthOutcome.Reject(StatusCodes.Status401Unauthorized, "signing keys could not be loaded from the OpenID metadata");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(config));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys may have rolled over since the last fetch: refresh once and retry.
            _metadata.RequestRefresh();
            config = await _metadata.GetConfigurationAsync(cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(config));
        }

        if (!result.IsValid)
        {
            return AuthOutcome.Reject(StatusCodes.Status401Unauthorized, Describe(result.Exception));
        }

        var kid = ((JsonWebToken)result.SecurityToken).Kid;
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (!IsEndorsed(key, activity.ChannelId))
        {
            return AuthOutcome.Reject(StatusCodes.Status403Forbidden, $"signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (!string.Equals(serviceUrl?.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Reject(StatusCodes.Status401Unauthorized, "the token's serviceurl claim does not match the activity's serviceUrl");
        }

        return AuthOutcome.Authenticated;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuer = _options.TokenIssuer,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = config.SigningKeys,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
    };

    private static bool IsEndorsed(JsonWebKey? key, string? channelId)
    {
        if (key is null || string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        if (!key.AdditionalData.TryGetValue("endorsements", out var raw))
        {
            return false;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => e?.ToString() == channelId),
            _ => false,
        };
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found in the OpenID metadata",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenMalformedException => "malformed token",
        null => "invalid token",
        _ => "invalid token (" + exception.GetType().Name + ")",
    };
}
