namespace BotCompanion.Web.Tests.Operations;

/// <summary>Behind a TLS-terminating proxy (simulated on loopback), the portal builds https:// addresses.</summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private OpenIdStub _provider = null!;

    public async Task InitializeAsync() => _provider = await OpenIdStub.StartAsync("https://login.example.test/tenant/v2.0");

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    private Dictionary<string, string?> Oidc(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Oidc:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Portal:Oidc:ClientId"] = "portal-client-id",
            ["Portal:Oidc:MetadataAddress"] = _provider.MetadataUrl.ToString(),
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task OidcChallenge_BehindATlsProxy_CarriesAnHttpsRedirectUri()
    {
        using var host = new BotHost(Oidc());

        var authorize = await ChallengeAsync(host, proto: "https", forwardedHost: "bot.example.com");

        Assert.Contains("redirect_uri=" + Uri.EscapeDataString("https://bot.example.com/coach/signin-oidc"), authorize.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeaders_FromAProxyThatIsNotTrusted_AreIgnored()
    {
        using var host = new BotHost(Oidc(new()
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.20.30.40",
            ["ForwardedHeaders:TrustLoopback"] = "false",
        }));

        var authorize = await ChallengeAsync(host, proto: "https", forwardedHost: "bot.example.com");

        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(host.BaseAddress + "coach/signin-oidc"), authorize.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_WithAProxyThatIsNotAnAddress_RefusesToStartNamingTheKey()
    {
        var ex = Assert.ThrowsAny<Exception>(() => new BotHost(new() { ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/99" }).Dispose());

        Assert.Contains("ForwardedHeaders:KnownNetworks:0", ex.ToString(), StringComparison.Ordinal);
    }

    private static async Task<Uri> ChallengeAsync(BotHost host, string proto, string forwardedHost)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/coach/signin/sso");
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-Host", forwardedHost);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var sso = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, sso.StatusCode);
        return sso.Headers.Location!;
    }
}
