namespace BotCompanion.Web.Tests.Operations;

/// <summary>
/// Per-caller limits, answered 429 with Retry-After. Teams traffic all comes from Bot Framework addresses, so
/// /api/messages is limited per conversation: one busy conversation never holds back another.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task TeamsConversation_OverItsLimit_Gets429WithRetryAfter_WhileAnotherConversationIsAccepted()
    {
        using var host = new BotHost(new() { ["RateLimits:Teams:PermitLimit"] = "2", ["RateLimits:Teams:Window"] = "00:01:00" });
        using var client = host.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hi", conversationId: "a:busy")));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            }
        }

        using var other = await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hi", conversationId: "a:quiet")));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task ARefusedActivity_WasNeverQueued_AndTheEndpointStillReadsTheWholeBody()
    {
        using var host = new BotHost(new() { ["RateLimits:Teams:PermitLimit"] = "1" });
        using var client = host.NewClient();

        using var first = await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hello there", conversationId: "a:once", id: "m-1")));
        using var second = await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hello again", conversationId: "a:once", id: "m-2")));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var disclosure = await _connector.NextMessageAsync();
        Assert.Contains("AI coaching companion", disclosure.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChat_IsLimitedPerClientAddress()
    {
        using var host = new BotHost(new() { ["RateLimits:WebChat:PermitLimit"] = "1" });
        using var client = host.NewClient();

        using var first = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "limited", text = "hello" });
        using var second = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "other", text = "hello" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter is not null);
    }

    [Fact]
    public async Task PortalSignIn_IsLimitedPerClientAddress()
    {
        using var host = new BotHost(new() { ["RateLimits:SignIn:PermitLimit"] = "2" });
        using var client = host.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/coach/signin");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ByDefault_TheLimitsAreOn_AndFarAboveWhatAPersonTypes()
    {
        using var host = new BotHost();
        using var client = host.NewClient();

        for (var i = 0; i < 20; i++)
        {
            using var response = await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hi", conversationId: "a:chatty")));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var options = host.Services.GetService(typeof(Microsoft.Extensions.Options.IOptions<BotCompanion.Web.Operations.RateLimitOptions>)) as Microsoft.Extensions.Options.IOptions<BotCompanion.Web.Operations.RateLimitOptions>;
        Assert.True(options!.Value.Enabled);
        Assert.True(options.Value.Teams.PermitLimit >= 60 && options.Value.Teams.Window <= TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Host_WithAZeroLimit_RefusesToStartNamingTheKey()
    {
        var ex = Assert.ThrowsAny<Exception>(() => new BotHost(new() { ["RateLimits:Discord:PermitLimit"] = "0" }).Dispose());

        Assert.Contains("RateLimits:Discord:PermitLimit", ex.ToString(), StringComparison.Ordinal);
    }
}
