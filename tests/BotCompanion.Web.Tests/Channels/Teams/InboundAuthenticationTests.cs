using Microsoft.IdentityModel.Tokens;

namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>
/// POST /api/messages with tokens minted from locally generated RSA keys, served by local OpenID metadata stubs:
/// Bot Framework tokens and Entra tokens of our tenant, and every reason to refuse one.
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5a1b2c3d-0000-4000-8000-00000000a11d";
    private const string Tenant = "7e57e57e-0000-4000-8000-00000007e7a7";
    private const string BotFramework = "https://api.botframework.com";
    private static readonly string EntraV1 = $"https://sts.windows.net/{Tenant}/";
    private static readonly string EntraV2 = $"https://login.microsoftonline.com/{Tenant}/v2.0";

    private readonly RsaSecurityKey _teamsKey = OpenIdStub.NewKey("bf-key-1");
    private readonly RsaSecurityKey _entraKey = OpenIdStub.NewKey("entra-key-1");
    private OpenIdStub _botFramework = null!;
    private OpenIdStub _entra = null!;
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync()
    {
        _botFramework = await OpenIdStub.StartAsync(BotFramework);
        _botFramework.Publish(_teamsKey, "msteams", "emulator");
        _entra = await OpenIdStub.StartAsync(EntraV2);
        _entra.Publish(_entraKey);
        _connector = await ConnectorStub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _botFramework.DisposeAsync();
        await _entra.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ValidBotFrameworkToken_IsAccepted_AndTheReplyCarriesTheOutboundToken()
    {
        using var host = Host();

        var status = await PostAsync(host, TeamsToken());

        Assert.Equal(HttpStatusCode.Accepted, status);
        var reply = await _connector.NextMessageAsync();
        Assert.Equal("Bearer outbound-token", reply.Authorization);
    }

    [Fact]
    public async Task ValidTokenForAServiceUrlThatIsNotAUrl_Gets400_NotA500()
    {
        using var host = Host();
        var activity = Activities.Message(_connector.ServiceUrl, "hello");
        activity["serviceUrl"] = "http://127.0.0.1:38{67/";
        using var client = host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity) };
        request.Headers.Authorization = new("Bearer", Mint(_teamsKey, BotFramework, serviceUrl: "http://127.0.0.1:38{67/"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TokenExpiredWithinTheFiveMinuteClockSkew_IsStillAccepted()
    {
        using var host = Host();

        var token = Mint(_teamsKey, BotFramework, expires: DateTime.UtcNow.AddMinutes(-3), notBefore: DateTime.UtcNow.AddMinutes(-63));

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, token));
    }

    public static TheoryData<string, string> Rejections => new()
    {
        { "expired", "token expired" },
        { "not-yet-valid", "token not yet valid" },
        { "wrong-audience", "wrong audience" },
        { "unknown-issuer", "issuer not accepted" },
        { "forged-signature", "invalid signature" },
        { "unknown-key", "signing key not found" },
        { "serviceurl-mismatch", "serviceurl claim does not match" },
        { "no-serviceurl", "no serviceurl claim" },
        { "malformed", "malformed token" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task BadToken_Gets401_AndTheLogNamesTheFailedCheckButNotTheToken(string defect, string logged)
    {
        var logs = new RecordingLoggerProvider();
        using var host = Host(logs: logs);
        var token = defect switch
        {
            "expired" => Mint(_teamsKey, BotFramework, expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-70)),
            "not-yet-valid" => Mint(_teamsKey, BotFramework, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddMinutes(70)),
            "wrong-audience" => Mint(_teamsKey, BotFramework, audience: "00000000-0000-0000-0000-000000000bad"),
            "unknown-issuer" => Mint(_teamsKey, "https://evil.example.com"),
            "forged-signature" => Mint(OpenIdStub.NewKey("bf-key-1"), BotFramework),
            "unknown-key" => Mint(OpenIdStub.NewKey("never-published"), BotFramework),
            "serviceurl-mismatch" => Mint(_teamsKey, BotFramework, serviceUrl: "https://smba.trafficmanager.net/emea/"),
            "no-serviceurl" => Mint(_teamsKey, BotFramework, serviceUrl: null),
            _ => "not.a.jwt",
        };

        var status = await PostAsync(host, token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var line = Assert.Single(logs.Entries, e => e.Event.Name == "AuthRejected");
        Assert.Contains(logged, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, string.Join("\n", logs.Entries.Select(e => e.Message)), StringComparison.Ordinal);
        Assert.Equal(0, _connector.Requests);
    }

    [Fact]
    public async Task MissingBearerToken_Gets401()
    {
        using var host = Host();

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, token: null));
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannel_Gets403()
    {
        var skypeOnly = OpenIdStub.NewKey("bf-key-skype");
        _botFramework.Publish(skypeOnly, "skype");
        using var host = Host();

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(host, Mint(skypeOnly, BotFramework)));
    }

    [Fact]
    public async Task KeyRollover_NewKidIsFetched_AndItsTokensAccepted()
    {
        using var host = Host();
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, TeamsToken()));
        var fetches = _botFramework.KeyRequests;

        var rolled = OpenIdStub.NewKey("bf-key-2");
        _botFramework.Publish(rolled, "msteams");

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, Mint(rolled, BotFramework)));
        Assert.True(_botFramework.KeyRequests > fetches);
    }

    [Fact]
    public async Task MetadataOutage_TokensSignedWithCachedKeysAreStillAccepted_AndEachFailedRefreshIsLoggedOnceWithoutTheToken()
    {
        var logs = new RecordingLoggerProvider();
        using var host = Host(logs: logs);
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, TeamsToken()));
        _botFramework.FailWith(500);
        var unknownKid = Mint(OpenIdStub.NewKey("bf-key-unknown"), BotFramework);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, unknownKid));
        var attempts = _botFramework.MetadataRequests;
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, unknownKid));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, TeamsToken()));
        }

        Assert.Equal(attempts, _botFramework.MetadataRequests);
        var failure = Assert.Single(logs.Entries, e => e.Event.Name == "SigningKeysRefreshFailed");
        Assert.Contains("HTTP 500", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(unknownKid, string.Join("\n", logs.Entries.Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task EntraTokenOfOurTenant_IsAccepted_ForASingleTenantBot(string version)
    {
        using var host = Host(allowLoopbackConnector: true);

        var token = Mint(_entraKey, version == "v1" ? EntraV1 : EntraV2, serviceUrl: null, tenant: Tenant);

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, token));
        await _connector.NextMessageAsync();
    }

    public static TheoryData<string, string> EntraRejections => new()
    {
        { "expired", "token expired" },
        { "wrong-audience", "wrong audience" },
        { "forged-signature", "invalid signature" },
        { "issuer-of-another-tenant", "issuer not accepted" },
    };

    [Theory]
    [MemberData(nameof(EntraRejections))]
    public async Task BadEntraToken_Gets401_AndTheLogNamesTheFailedCheck(string defect, string logged)
    {
        var logs = new RecordingLoggerProvider();
        using var host = Host(allowLoopbackConnector: true, logs: logs);
        var token = defect switch
        {
            "expired" => Mint(_entraKey, EntraV2, serviceUrl: null, tenant: Tenant, expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-70)),
            "wrong-audience" => Mint(_entraKey, EntraV2, audience: "00000000-0000-0000-0000-000000000bad", serviceUrl: null, tenant: Tenant),
            "forged-signature" => Mint(OpenIdStub.NewKey(_entraKey.KeyId), EntraV2, serviceUrl: null, tenant: Tenant),
            _ => Mint(_entraKey, "https://login.microsoftonline.com/0bad0bad-0000-4000-8000-000000000000/v2.0", serviceUrl: null, tenant: "0bad0bad-0000-4000-8000-000000000000"),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, token));
        Assert.Contains(logged, Assert.Single(logs.Entries, e => e.Event.Name == "AuthRejected").Message, StringComparison.Ordinal);
        Assert.Equal(0, _connector.Requests);
    }

    [Fact]
    public async Task EntraTokenOfOurTenant_IsAccepted_ForAManagedIdentityBot()
    {
        using var host = Host(appType: TeamsAppType.UserAssignedMSI, allowLoopbackConnector: true);

        var token = Mint(_entraKey, EntraV1, serviceUrl: null, tenant: Tenant);

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(host, token));
        await _connector.NextMessageAsync();
    }

    [Fact]
    public async Task EntraTokenOfAnotherTenant_Gets401()
    {
        using var host = Host(allowLoopbackConnector: true);

        var token = Mint(_entraKey, EntraV2, serviceUrl: null, tenant: "0bad0bad-0000-4000-8000-000000000000");

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, token));
    }

    [Fact]
    public async Task EntraToken_WithAServiceUrlOffTheAllowlist_Gets401()
    {
        using var host = Host(allowLoopbackConnector: false);

        var token = Mint(_entraKey, EntraV2, serviceUrl: null, tenant: Tenant);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, token));
    }

    [Fact]
    public async Task EntraToken_ForAMultiTenantBot_Gets401()
    {
        using var host = Host(appType: TeamsAppType.MultiTenant, allowLoopbackConnector: true);

        var token = Mint(_entraKey, EntraV2, serviceUrl: null, tenant: Tenant);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(host, token));
    }

    private BotHost Host(TeamsAppType appType = TeamsAppType.SingleTenant, bool allowLoopbackConnector = false, RecordingLoggerProvider? logs = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Teams:AppId"] = AppId,
            ["Channels:Teams:AppType"] = appType.ToString(),
            ["Channels:Teams:TenantId"] = Tenant,
            ["Channels:Teams:ClientSecret"] = "unused-in-tests",
            ["Channels:Teams:OpenIdMetadataUrl"] = _botFramework.MetadataUrl.ToString(),
            ["Channels:Teams:EntraOpenIdMetadataUrl"] = _entra.MetadataUrl.ToString(),
        };
        if (allowLoopbackConnector)
        {
            settings["Channels:Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1";
        }

        return new BotHost(settings, services =>
        {
            services.AddSingleton<IConnectorTokenProvider>(new FixedConnectorToken("outbound-token"));
            if (logs is not null)
            {
                services.AddSingleton<ILoggerProvider>(logs);
            }
        });
    }

    private string TeamsToken() => Mint(_teamsKey, BotFramework);

    private string Mint(RsaSecurityKey key, string issuer, string audience = AppId, string? serviceUrl = "stub", string? tenant = null, DateTime? expires = null, DateTime? notBefore = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl == "stub" ? _connector.ServiceUrl.ToString() : serviceUrl;
        }

        if (tenant is not null)
        {
            claims["tid"] = tenant;
        }

        return OpenIdStub.Mint(key, issuer, audience, claims, expires, notBefore);
    }

    private async Task<HttpStatusCode> PostAsync(BotHost host, string? token)
    {
        using var client = host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(Activities.Message(_connector.ServiceUrl, "I want to prepare for my board meeting")) };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
