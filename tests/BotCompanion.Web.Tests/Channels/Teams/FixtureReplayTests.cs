namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>
/// Every inbound Teams payload we have (Fixtures/teams, provenance in SOURCES.md) through the real HTTP endpoint of a
/// bot with an app id, each with a valid Bot Framework token minted for it (serviceurl claim = its serviceUrl, key
/// endorsed for its channel) and its serviceUrl moved onto a connector stub (same path, so /amer/ stays /amer/):
/// accepted, and answered sensibly, with the outbound token, or deliberately left alone.
/// </summary>
public sealed class FixtureReplayTests : IAsyncLifetime
{
    private BotFrameworkChannel _channel = null!;
    private ConnectorStub _connector = null!;
    private BotHost _host = null!;

    public static TheoryData<string, HttpStatusCode, string> Fixtures => new()
    {
        { "docs-teams-conversationupdate-bot-added-personal-2019.json", HttpStatusCode.Accepted, "welcome" },
        { "teams-conversationupdate-personal-bot-installed-2018.json", HttpStatusCode.Accepted, "welcome" },
        { "docs-teams-conversationupdate-bot-added-to-team-2021.json", HttpStatusCode.Accepted, "invite" },
        { "docs-teams-message-channel-mention-image-attachment.json", HttpStatusCode.Accepted, "invite" },
        { "teams-message-channel-at-mention-2017.json", HttpStatusCode.Accepted, "invite" },
        { "teams-message-channel-two-mentions-2017.json", HttpStatusCode.Accepted, "invite" },
        { "playground-message-personal-expectreplies.json", HttpStatusCode.Accepted, "question" },
        { "docs-teams-conversationupdate-teamarchived.json", HttpStatusCode.OK, "silence" },
        { "docs-teams-messagereaction-added-channel.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-channelcreated-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-teammemberadded-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-teammemberremoved-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-teamrenamed-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-invoke-composeextension-query-2017.json", HttpStatusCode.NotImplemented, "silence" },
        { "teams-invoke-signin-verifystate-2017.json", HttpStatusCode.NotImplemented, "silence" },
    };

    public async Task InitializeAsync()
    {
        _channel = await BotFrameworkChannel.StartAsync();
        _connector = await ConnectorStub.StartAsync();
        _host = _channel.Host();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task RealPayload_IsAcceptedAndAnsweredSensibly(string file, HttpStatusCode status, string answer)
    {
        var (activity, serviceUrl) = await FixtureAsync(file);

        using var response = await _channel.PostAsync(_host, activity);

        Assert.Equal(status, response.StatusCode);
        switch (answer)
        {
            case "welcome":
                var welcome = await NextReplyAsync(serviceUrl);
                Assert.Contains("AI coaching companion", welcome.Text, StringComparison.Ordinal);
                break;
            case "invite":
                var invite = (await NextReplyAsync(serviceUrl)).Text;
                Assert.Contains("one-to-one chat", invite, StringComparison.Ordinal);
                Assert.DoesNotContain("?", invite, StringComparison.Ordinal);
                break;
            case "question":
                var replies = new List<string>();
                while (replies.Count == 0 || !replies[^1].EndsWith('?'))
                {
                    replies.Add((await NextReplyAsync(serviceUrl)).Text);
                }

                Assert.Contains("AI coaching companion", replies[0], StringComparison.Ordinal);
                break;
            default:
                await Task.Delay(300);
                Assert.False(_connector.TryReadAny(out var unexpected), $"no reply expected, got: {unexpected?.Activity}");
                break;
        }
    }

    [Fact]
    public async Task PartialFileConsentInvoke_InAPersonalInvokeEnvelope_Gets501AndNoMessage()
    {
        var partial = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", "teams-invoke-fileconsent-accept-partial.json")))!.AsObject();
        var invoke = Activities.Message(_connector.ServiceUrl, "", "a:personal-1");
        invoke["type"] = "invoke";
        invoke["name"] = partial["name"]!.DeepClone();
        invoke["value"] = partial["value"]!.DeepClone();

        using var response = await _channel.PostAsync(_host, invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.False(_connector.TryPeek());
    }

    [Fact]
    public async Task FileSentInAPersonalChatWithoutText_IsAnsweredWithAnOpenQuestion()
    {
        var attachment = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", "teams-attachment-file-download-info.json")))!;
        var message = Activities.Message(_connector.ServiceUrl, "", "a:personal-2");
        message["attachments"] = new JsonArray(attachment);

        using var response = await _channel.PostAsync(_host, message);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var replies = new List<string>();
        while (replies.Count == 0 || !replies[^1].EndsWith('?'))
        {
            replies.Add((await NextReplyAsync(_connector.ServiceUrl)).Text);
        }

        Assert.Contains("didn't catch any text", replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixtureWithAServiceUrlItsTokenDoesNotName_Gets401_AndNothingIsSentAnywhere()
    {
        var (activity, _) = await FixtureAsync("teams-conversationupdate-personal-bot-installed-2018.json");
        var token = _channel.TokenFor(activity);
        activity["serviceUrl"] = _connector.ServiceUrlAt("emea").ToString();
        using var client = _host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Activities.Json(activity) };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _connector.Requests);
    }

    [Fact]
    public async Task ServiceUrlsLearnedFromValidTokens_AreTheOnlyOnesTheConnectorTokenGoesTo()
    {
        var (activity, learned) = await FixtureAsync("teams-conversationupdate-personal-bot-installed-2018.json");
        using (var response = await _channel.PostAsync(_host, activity))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await NextReplyAsync(learned);
        var connector = _host.Services.GetRequiredService<ConnectorClient>();
        var requests = _connector.Requests;
        var neverAuthenticated = _connector.ServiceUrlAt("emea");
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Hello again" };

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => connector.SendAsync(neverAuthenticated, "a:uniqueID", null, reply, default));
        await connector.SendAsync(learned, "a:uniqueID", null, reply, default);

        Assert.Equal("UntrustedServiceUrl", refused.SubCode);
        var sent = await NextReplyAsync(learned);
        Assert.Equal("Hello again", sent.Text);
        Assert.Equal(requests + 1, _connector.Requests);
    }

    /// <summary>A fixture with its serviceUrl moved onto the connector stub, keeping its path.</summary>
    private async Task<(JsonObject Activity, Uri ServiceUrl)> FixtureAsync(string file)
    {
        var activity = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", file)))!.AsObject();
        var serviceUrl = _connector.ServiceUrlAt(new Uri(activity["serviceUrl"]!.GetValue<string>()).AbsolutePath);
        activity["serviceUrl"] = serviceUrl.ToString();
        return (activity, serviceUrl);
    }

    /// <summary>The next message posted to the stub: it went to the activity's serviceUrl, with the connector token.</summary>
    private async Task<ConnectorStub.Received> NextReplyAsync(Uri serviceUrl)
    {
        var reply = await _connector.NextMessageAsync();
        Assert.StartsWith(serviceUrl.AbsolutePath + "v3/conversations/", reply.Path, StringComparison.Ordinal);
        Assert.Equal("Bearer " + BotFrameworkChannel.OutboundToken, reply.Authorization);
        return reply;
    }
}
