using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// A token issuer on a loopback port: serves an OpenID metadata document and its JWKS (with endorsements, as the
/// Bot Framework does) from locally generated RSA keys, and mints tokens signed with them. It can be made to fail
/// (<see cref="FailWith"/>) or to hold requests unanswered (<see cref="Hold"/>), as an outage would.
/// </summary>
public sealed class OpenIdStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published = [];
    private int _keyRequests;
    private int _metadataRequests;
    private int _failStatus;
    private TaskCompletionSource? _held;

    private OpenIdStub(WebApplication app) => _app = app;

    public Uri MetadataUrl { get; private set; } = null!;

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    /// <summary>Requests for the metadata document, answered or not.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>From now on the metadata document and the keys answer <paramref name="status"/>; 0 = healthy again.</summary>
    public void FailWith(int status) => Volatile.Write(ref _failStatus, status);

    /// <summary>From now on requests wait unanswered until <see cref="Release"/>.</summary>
    public void Hold() => Volatile.Write(ref _held, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Lets held requests go on (with whatever <see cref="FailWith"/> says then).</summary>
    public void Release() => Interlocked.Exchange(ref _held, null)?.TrySetResult();

    public static async Task<OpenIdStub> StartAsync(string issuer)
    {
        var app = LoopbackServer.Create(quiet: false);
        var stub = new OpenIdStub(app);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/.well-known/openidconfiguration")
            {
                Interlocked.Increment(ref stub._metadataRequests);
            }

            if (Volatile.Read(ref stub._held) is { } held)
            {
                await held.Task.WaitAsync(context.RequestAborted);
            }

            if (Volatile.Read(ref stub._failStatus) is > 0 and var status)
            {
                context.Response.StatusCode = status;
                return;
            }

            await next(context);
        });
        app.UseRouting();
        app.MapGet("/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/keys",
            ["authorization_endpoint"] = $"{context.Request.Scheme}://{context.Request.Host}/authorize",
            ["token_endpoint"] = $"{context.Request.Scheme}://{context.Request.Host}/token",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        app.MapGet("/keys", stub.Keys);
        var address = await LoopbackServer.StartAsync(app);
        stub.MetadataUrl = new Uri(address + "/.well-known/openidconfiguration");
        return stub;
    }

    /// <summary>A new RSA key, not yet published: publish it, or sign with it as a forger would.</summary>
    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public void Publish(RsaSecurityKey key, params string[] endorsements)
    {
        lock (_published)
        {
            _published.Add((key, endorsements));
        }
    }

    public static string Mint(RsaSecurityKey key, string issuer, string audience, IDictionary<string, object> claims, DateTime? expires = null, DateTime? notBefore = null, string algorithm = SecurityAlgorithms.RsaSha256) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            IssuedAt = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.DisposeAsync();
    }

    private IResult Keys()
    {
        Interlocked.Increment(ref _keyRequests);
        var keys = new JsonArray();
        lock (_published)
        {
            foreach (var (key, endorsements) in _published)
            {
                var parameters = key.Rsa.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
                });
            }
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }
}
