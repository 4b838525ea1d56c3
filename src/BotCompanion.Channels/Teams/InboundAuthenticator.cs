using Microsoft.AspNetCore.Http;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Decides whether a POST to /api/messages may be acted on. With no app id configured only loopback callers are
/// accepted (anonymous development mode, for the Agents Playground and local tests); otherwise the bearer token
/// must pass <see cref="IBotTokenValidator"/>.
/// </summary>
internal sealed partial class InboundAuthenticator(
    IOptions<TeamsOptions> options,
    IBotTokenValidator tokenValidator,
    ILogger<InboundAuthenticator> logger)
{
    /// <summary>Checks that need no body: run before the body is parsed, so strangers learn nothing from our parser.</summary>
    public AuthOutcome? PreAuthenticate(HttpContext context)
    {
        if (options.Value.IsAnonymous)
        {
            var remote = context.Connection.RemoteIpAddress;
            if (remote is not null && IPAddress.IsLoopback(remote))
            {
                return null;
            }

            Log.AnonymousRefused(logger);
            return AuthOutcome.Reject(StatusCodes.Status401Unauthorized, "no app id configured and the caller is not on loopback");
        }

        if (BearerToken(context) is null)
        {
            Log.Rejected(logger, "missing bearer token");
            return AuthOutcome.Reject(StatusCodes.Status401Unauthorized, "missing bearer token");
        }

        return null;
    }

    /// <summary>Validates the token against the parsed activity (audience, issuer, endorsements, serviceUrl).</summary>
    public async Task<AuthOutcome> AuthenticateAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            return AuthOutcome.Anonymous;
        }

        var outcome = await tokenValidator.ValidateAsync(BearerToken(context)!, activity, cancellationToken);
        if (!outcome.Allowed)
        {
            Log.Rejected(logger, outcome.Reason ?? "invalid token");
        }

        return outcome;
    }

    private static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private static partial class Log
    {
        [LoggerMessage(2010, LogLevel.Warning, "Refused /api/messages from a non-loopback caller: no Channels:Teams:AppId is configured, so only local development traffic is accepted", EventName = "AnonymousRefused")]
        public static partial void AnonymousRefused(ILogger logger);

        [LoggerMessage(2011, LogLevel.Warning, "Refused /api/messages: {Reason}", EventName = "AuthRejected")]
        public static partial void Rejected(ILogger logger, string reason);
    }
}
