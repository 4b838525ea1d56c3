namespace BotCompanion.Channels.Tests.Teams;

/// <summary>The connector token only goes where the Bot Framework lives, or where an authenticated activity pointed.</summary>
public class ServiceUrlTrustTests
{
    private static ServiceUrlTrust Trust(params string[] extraHosts)
    {
        var options = new TeamsOptions { AppId = "5a1b2c3d-0000-4000-8000-00000000a11d", ClientSecret = "x" };
        foreach (var host in extraHosts)
        {
            options.AllowedServiceUrlHosts.Add(host);
        }

        return new ServiceUrlTrust(Options.Create(options));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://canary.botapi.skype.teams.microsoft.com/", true)]
    [InlineData("https://evil-trafficmanager.net/", false)]
    [InlineData("https://evil.trafficmanager.net/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("http://127.0.0.1:5000/", false)]
    public void AllowlistedHttpsHostsAreTrusted_OthersAreNot(string url, bool trusted)
    {
        Assert.Equal(trusted, Trust().IsTrusted(new Uri(url)));
    }

    [Fact]
    public void ServiceUrlLearnedFromAnAuthenticatedActivity_IsTrusted()
    {
        var trust = Trust();
        var learned = new Uri("https://tenant-region.example.net/amer/");

        Assert.False(trust.IsTrusted(learned));
        trust.Learn(learned);

        Assert.True(trust.IsTrusted(learned));
        Assert.True(trust.IsTrusted(new Uri("https://tenant-region.example.net/amer")));
        Assert.False(trust.IsTrusted(new Uri("https://tenant-region.example.net/other/")));
    }

    [Fact]
    public void ConfiguredLoopbackHost_AllowsPlainHttp_ButConfiguredRemoteHostsNeedHttps()
    {
        var trust = Trust("127.0.0.1", "connector.example.org");

        Assert.True(trust.IsTrusted(new Uri("http://127.0.0.1:5000/")));
        Assert.True(trust.IsTrusted(new Uri("https://connector.example.org/")));
        Assert.False(trust.IsTrusted(new Uri("http://connector.example.org/")));
    }

    [Fact]
    public void AnonymousDevelopmentMode_TrustsOnlyLoopback()
    {
        var trust = new ServiceUrlTrust(Options.Create(new TeamsOptions()));

        Assert.True(trust.IsTrusted(new Uri("http://localhost:56150/_connector")));
        Assert.False(trust.IsTrusted(new Uri("https://smba.trafficmanager.net/emea/")));
    }
}
