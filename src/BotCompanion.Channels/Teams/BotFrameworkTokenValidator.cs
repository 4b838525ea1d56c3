using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Validates the tokens channels send, by issuer profile. Bot Framework tokens: issuer, audience = our app id,
/// lifetime with 5 minutes of skew, a signature by a key from the OpenID metadata, that key endorsed for the
/// activity's channel, and the serviceurl claim equal to the activity's serviceUrl. Entra tokens (single-tenant
/// and managed-identity bots): issuer and tid of our tenant, audience = our app id, a signature by a tenant key,
/// and a serviceUrl on the allowlist (these tokens carry no serviceurl claim).
/// </summary>
internal sealed class BotFrameworkTokenValidator : IBotTokenValidator, IDisposable
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly TeamsOptions _options;
    private readonly ServiceUrlTrust _trust;
    private readonly SigningKeys _botFramework;
    private readonly SigningKeys? _entra;
    private readonly string[] _entraIssuers = [];
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkTokenValidator(IOptions<TeamsOptions> options, IHttpClientFactory httpClients, ServiceUrlTrust trust, TimeProvider time, ILogger<BotFrameworkTokenValidator> logger)
    {
        _options = options.Value;
        _trust = trust;
        var http = httpClients.CreateClient(nameof(BotFrameworkTokenValidator));
        _botFramework = new SigningKeys(_options.OpenIdMetadataUrl, http, time, logger);
        if (_options.AppType != TeamsAppType.MultiTenant && !string.IsNullOrWhiteSpace(_options.TenantId))
        {
            var tenant = _options.TenantId;
            _entraIssuers = [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
            _entra = new SigningKeys(_options.EntraOpenIdMetadataUrl ?? new Uri($"https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration"), http, time, logger);
        }
    }

    public async Task<AuthOutcome> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        string issuer;
        try
        {
            issuer = new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return Reject("malformed token");
        }

        if (issuer == _options.TokenIssuer)
        {
            return await ValidateBotFrameworkAsync(token, activity, cancellationToken);
        }

        if (_entra is not null && _entraIssuers.Contains(issuer, StringComparer.Ordinal))
        {
            return await ValidateEntraAsync(token, activity, cancellationToken);
        }

        return Reject("issuer not accepted");
    }

    private async Task<AuthOutcome> ValidateBotFrameworkAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, config) = await ValidateSignedAsync(_botFramework, token, [_options.TokenIssuer], cancellationToken);
        if (result is null || !result.IsValid)
        {
            return Reject(result is null ? "signing keys could not be loaded from the OpenID metadata" : Describe(result.Exception));
        }

        var kid = ((JsonWebToken)result.SecurityToken).Kid;
        var key = config!.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (!IsEndorsed(key, activity.ChannelId))
        {
            return AuthOutcome.Reject(StatusCodes.Status403Forbidden, $"signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (serviceUrl is null)
        {
            return Reject("the token has no serviceurl claim");
        }

        if (!string.Equals(serviceUrl.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return Reject("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        // A serviceUrl that is not an http(s) URL is refused by the adapter's checks (400); it is never trusted.
        if (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            _trust.Learn(url);
        }

        return AuthOutcome.Authenticated;
    }

    private async Task<AuthOutcome> ValidateEntraAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateSignedAsync(_entra!, token, _entraIssuers, cancellationToken);
        if (result is null || !result.IsValid)
        {
            return Reject(result is null ? "signing keys could not be loaded from the Entra OpenID metadata" : Describe(result.Exception));
        }

        var tenant = result.Claims.TryGetValue("tid", out var tid) ? tid as string : null;
        if (!string.Equals(tenant, _options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("the token's tid claim is not our tenant");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !_trust.IsTrusted(serviceUrl))
        {
            return Reject("the activity's serviceUrl is not on the allowlist (Entra tokens carry no serviceurl claim)");
        }

        return AuthOutcome.Authenticated;
    }

    private async Task<(TokenValidationResult? Result, OpenIdConnectConfiguration? Config)> ValidateSignedAsync(
        SigningKeys keys, string token, string[] issuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration config;
        try
        {
            config = await keys.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return (null, null);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(config, issuers));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys may have rolled over since the last fetch: refresh (rate-limited) and retry once.
            try
            {
                config = await keys.RefreshAsync(cancellationToken);
            }
            catch (InvalidOperationException)
            {
                return (result, config);
            }

            result = await _handler.ValidateTokenAsync(token, Parameters(config, issuers));
        }

        return (result, config);
    }

    public void Dispose()
    {
        _botFramework.Dispose();
        _entra?.Dispose();
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config, string[] issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = config.SigningKeys,
        ValidAlgorithms = Algorithms,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
    };

    private static AuthOutcome Reject(string reason) => AuthOutcome.Reject(StatusCodes.Status401Unauthorized, reason);

    private static bool IsEndorsed(JsonWebKey? key, string? channelId)
    {
        if (key is null || string.IsNullOrEmpty(channelId) || !key.AdditionalData.TryGetValue("endorsements", out var raw))
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
        SecurityTokenInvalidAlgorithmException => "signing algorithm not accepted",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenMalformedException => "malformed token",
        null => "invalid token",
        _ => "invalid token (" + exception.GetType().Name + ")",
    };
}
