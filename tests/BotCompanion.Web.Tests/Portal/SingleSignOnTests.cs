namespace BotCompanion.Web.Tests.Portal;

/// <summary>With Portal:Oidc set, portal visits go to the identity provider (a local OpenID metadata stub here).</summary>
public sealed class SingleSignOnTests : IAsyncLifetime
{
    private OpenIdStub _provider = null!;

    public async Task InitializeAsync() => _provider = await OpenIdStub.StartAsync("https://login.example.test/tenant/v2.0");

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task UnauthenticatedPortalVisit_IsSentToTheProvidersAuthorizeEndpoint_WithOurClientId()
    {
        using var host = new BotHost(new()
        {
            ["Portal:Oidc:Authority"] = "https://login.example.test/tenant/v2.0",
            ["Portal:Oidc:ClientId"] = "portal-client-id",
            ["Portal:Oidc:MetadataAddress"] = _provider.MetadataUrl.ToString(),
        });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var portal = await client.GetAsync("/coach");
        Assert.Equal(HttpStatusCode.Redirect, portal.StatusCode);
        Assert.Equal("/coach/signin/sso?returnUrl=%2Fcoach", portal.Headers.Location!.OriginalString);

        using var sso = await client.GetAsync(portal.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, sso.StatusCode);
        var authorize = sso.Headers.Location!;
        Assert.Equal(new Uri(_provider.MetadataUrl, "/authorize").GetLeftPart(UriPartial.Path), authorize.GetLeftPart(UriPartial.Path));
        Assert.Contains("client_id=portal-client-id", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(host.BaseAddress + "coach/signin-oidc"), authorize.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutOidcSettings_PortalVisitsGoToTheSignInLinkPage()
    {
        using var host = new BotHost();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

        using var portal = await client.GetAsync("/coach");

        Assert.StartsWith("/coach/signin", portal.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/coach/signin/sso")).StatusCode);
    }
}
