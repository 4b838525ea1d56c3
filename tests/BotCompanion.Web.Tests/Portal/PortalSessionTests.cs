namespace BotCompanion.Web.Tests.Portal;

/// <summary>
/// Two hosts on the real redis-server, as two instances behind a load balancer: the Data Protection key ring and
/// the portal sessions live in Redis, so a coach moves freely between instances and across restarts, and signing
/// out (or the coach's removal) ends the session everywhere.
/// </summary>
public sealed class PortalSessionTests : IDisposable
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Redis:Configuration"] = TestRedis.Configuration,
        ["Storage:KeyPrefix"] = "portal" + Guid.NewGuid().ToString("N")[..8],
    };

    private readonly PortalBrowser _browser = new();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task CoachSignedInOnOneHost_PostsAFormOnTheOther()
    {
        using var first = new BotHost(_settings);
        using var second = new BotHost(_settings);
        var coach = await NewCoachAsync(first);

        await _browser.SignInAsync(first.BaseAddress, await TokenAsync(first, coach));
        var formToken = await _browser.FormTokenAsync(first.BaseAddress, "coach");
        using var posted = await _browser.PostAsync(second.BaseAddress, "coach?handler=Notify", formToken);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("/coach-notify", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostRestart_KeepsTheCoachSignedIn()
    {
        using (var before = new BotHost(_settings))
        {
            var coach = await NewCoachAsync(before);
            await _browser.SignInAsync(before.BaseAddress, await TokenAsync(before, coach));
        }

        using var after = new BotHost(_settings);

        Assert.True(await _browser.IsSignedInAsync(after.BaseAddress));
    }

    [Fact]
    public async Task SigningOutOnOneHost_EndsTheSessionOnBoth_EvenForAKeptCopyOfTheCookie()
    {
        using var first = new BotHost(_settings);
        using var second = new BotHost(_settings);
        await _browser.SignInAsync(first.BaseAddress, await TokenAsync(first, await NewCoachAsync(first)));
        Assert.True(await _browser.IsSignedInAsync(second.BaseAddress));
        var kept = _browser.Cookies.GetAllCookies().Single(c => c.Name == "botcompanion.coach").Value;

        using var signedOut = await _browser.PostAsync(second.BaseAddress, "coach/signout", await _browser.FormTokenAsync(second.BaseAddress, "coach"));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        Assert.False(await _browser.IsSignedInAsync(first.BaseAddress));
        Assert.False(await _browser.IsSignedInAsync(second.BaseAddress));
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(first.BaseAddress, "coach")) { Headers = { { "Cookie", $"botcompanion.coach={kept}" } } };
        Assert.Equal(HttpStatusCode.Redirect, (await replay.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task RemovedCoach_IsSignedOutOnEveryHost()
    {
        using var first = new BotHost(_settings);
        using var second = new BotHost(_settings);
        var coach = await NewCoachAsync(first);
        await _browser.SignInAsync(first.BaseAddress, await TokenAsync(first, coach));

        await first.Services.GetRequiredService<IStateStore>().DeleteAsync($"coach:{coach.Id}", default);

        Assert.False(await _browser.IsSignedInAsync(second.BaseAddress));
        Assert.False(await _browser.IsSignedInAsync(first.BaseAddress));
    }

    [Fact]
    public async Task PortalCookie_CarriesOnlyASessionId_TheTicketIsInRedis()
    {
        using var host = new BotHost(_settings);
        await _browser.SignInAsync(host.BaseAddress, await TokenAsync(host, await NewCoachAsync(host)));

        var cookie = _browser.Cookies.GetAllCookies().Single(c => c.Name == "botcompanion.coach");

        Assert.InRange(cookie.Value.Length, 1, 600);
        var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(TestRedis.Configuration);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        Assert.Single(server.Keys(pattern: $"{_settings["Storage:KeyPrefix"]}:portal:session:*"));
        Assert.Single(server.Keys(pattern: $"{_settings["Storage:KeyPrefix"]}:dataprotection:keys"));
        await redis.DisposeAsync();
    }

    private static Task<Coach> NewCoachAsync(BotHost host) =>
        host.Services.GetRequiredService<ICoachDirectory>().CreateCoachAsync($"sam-{Guid.NewGuid():N}@coaching.example", "Sam", default);

    private static Task<string> TokenAsync(BotHost host, Coach coach) =>
        host.Services.GetRequiredService<ICoachDirectory>().IssueSignInTokenAsync(coach.Id, TimeSpan.FromHours(1), default);
}
