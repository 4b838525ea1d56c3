using BotCompanion.Core.Messages;

namespace BotCompanion.Web.Tests.Channels;

/// <summary>POST /api/messages end to end: the real host on a real port replying through a connector stub over HTTP.</summary>
public sealed class MessagesEndpointTests : ConnectorAndHostTests
{
    private HttpClient? _client;

    private HttpClient Client => _client ??= Bot.NewClient();

    /// <summary>Posts <paramref name="activity"/> to /api/messages as JSON, as the channel would.</summary>
    private Task<HttpResponseMessage> PostAsync(JsonNode activity) => Client.PostAsync("/api/messages", Activities.Json(activity));

    [Fact]
    public async Task Message_IsAcknowledgedWith202_AndTheReplyArrivesAtTheConnector()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "Hello there", id: "act-1");

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var disclosure = await Connector.NextMessageAsync();
        var reply = await Connector.NextMessageAsync();
        Assert.Contains("AI coaching companion", disclosure.Text, StringComparison.Ordinal);
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/act-1", reply.Path);
        Assert.Contains("?", reply.Text, StringComparison.Ordinal);
        Assert.Equal("29:user-1", reply.Activity.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("act-1", reply.Activity.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task ActivityWithASpanishLocale_IsAnsweredInSpanish_UntilLanguageEnSwitchesBack()
    {
        var spanish = Activities.Message(Connector.ServiceUrl, "Quiero aprender a delegar más en mi equipo.", id: "es-1");
        spanish["locale"] = "es-ES";

        await PostAsync(spanish);
        var disclosure = await Connector.NextMessageAsync();
        var question = await Connector.NextMessageAsync();
        var switchBack = Activities.Message(Connector.ServiceUrl, "/language en", id: "es-2");
        switchBack["locale"] = "es-ES";
        await PostAsync(switchBack);
        var switched = await Connector.NextMessageAsync();

        Assert.Contains("acompañante de coaching", disclosure.Text, StringComparison.Ordinal);
        Assert.Contains("¿", question.Text, StringComparison.Ordinal);
        Assert.StartsWith("From now on I'll speak English", switched.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectorAnswers429ThenSucceeds_ReplyIsRetriedHonouringRetryAfter()
    {
        Connector.FailNext(429, retryAfter: "1");
        Connector.FailNext(500);
        var before = DateTimeOffset.UtcNow;

        await PostAsync(Activities.Message(Connector.ServiceUrl, "Hi"));

        var reply = await Connector.NextMessageAsync();
        Assert.True(reply.At - before >= TimeSpan.FromSeconds(1), "the retry came before Retry-After elapsed");
        Assert.NotEmpty(reply.Text);
    }

    [Fact]
    public async Task MalformedJson_Gets400()
    {
        var response = await Client.PostAsync("/api/messages", Activities.Raw("{\"type\": \"message\", "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid Activity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channelData")]
    [InlineData("text")]
    public async Task TextThatIsNotUtf8_Gets400_NotA500(string field)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "hi");
        activity[field] = field == "text" ? "XX" : new JsonObject { ["tenant"] = new JsonObject { ["id"] = "XX" } };
        var body = System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xC3;
        body[at + 1] = 0x28;

        var response = await Client.PostAsync("/api/messages", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LoneSurrogateEscapeInChannelData_Gets400_NotA500()
    {
        var body = Activities.Message(Connector.ServiceUrl, "hi").ToJsonString().Replace("\"channelId\"", "\"channelData\":{\"tenant\":{\"id\":\"\\ud800\"}},\"channelId\"", StringComparison.Ordinal);

        var response = await Client.PostAsync("/api/messages", Activities.Raw(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("conversation", "conversation.id")]
    [InlineData("serviceUrl", "serviceUrl")]
    public async Task MissingRequiredField_Gets400NamingIt(string field, string named)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "hi").WithoutProperty(field);

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.test/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public async Task ServiceUrlThatIsNotHttp_Gets400(string serviceUrl)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "hi");
        activity["serviceUrl"] = serviceUrl;

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>An unknown type is ignored; typing gets no reply.</summary>
    [Theory]
    [InlineData("somethingNew", "hi")]
    [InlineData("typing", "")]
    public async Task ActivityThatIsNotAMessage_IsAcknowledgedWithoutATurn(string type, string text)
    {
        var activity = Activities.Message(Connector.ServiceUrl, text);
        activity["type"] = type;

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OneMegabyteMessage_Gets413AndTheHostKeepsServing()
    {
        var activity = Activities.Message(Connector.ServiceUrl, new string('x', 1024 * 1024));

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var next = await PostAsync(Activities.Message(Connector.ServiceUrl, "still there?"));
        Assert.Equal(HttpStatusCode.Accepted, next.StatusCode);
        Assert.NotEmpty((await Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task BotAddedToConversation_SendsTheWelcomeWithTheAiDisclosure()
    {
        var activity = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = "f:1",
            ["serviceUrl"] = Connector.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:user-1" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:welcome", ["conversationType"] = "personal" },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }),
        };

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("AI", (await Connector.NextMessageAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheResponse()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "hello");
        activity["deliveryMode"] = "expectReplies";

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(body["activities"]!.AsArray());
    }

    [Fact]
    public async Task TurnsOfOneConversation_AreAnsweredInOrder()
    {
        for (var i = 0; i < 5; i++)
        {
            await PostAsync(Activities.Message(Connector.ServiceUrl, $"message {i}", id: $"order-{i}"));
        }

        // The first turn also carries the AI disclosure: six messages for five turns.
        var replyTo = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            replyTo.Add((await Connector.NextMessageAsync()).Activity.GetProperty("replyToId").GetString()!);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"order-{i}"), replyTo.Distinct());
        Assert.Equal(replyTo.Order(StringComparer.Ordinal), replyTo);
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_GetsOneReply_AndIsRecordedOnce()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "I keep postponing the reorganisation memo", id: "dup-1");
        await PostAsync(activity);
        var first = await RepliesUntilAsync("dup-1");
        var state = Bot.Services.GetRequiredService<IStateStore>();
        var before = await state.GetAsync(StateKeys.Conversation(new ConversationKey("msteams", "a:conv-1")), default);

        var again = await PostAsync(activity);
        await PostAsync(Activities.Message(Connector.ServiceUrl, "It feels political", id: "after-1"));
        var next = await RepliesUntilAsync("after-1");

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.DoesNotContain(next, m => m.Activity.GetProperty("replyToId").GetString() == "dup-1");
        Assert.NotEmpty(first);
        var after = await state.GetAsync(StateKeys.Conversation(new ConversationKey("msteams", "a:conv-1")), default);
        Assert.Equal(CountOf(before!.Json, "reorganisation memo"), CountOf(after!.Json, "reorganisation memo"));
    }

    [Fact]
    public async Task SameActivityDeliveredTwiceWithExpectReplies_SecondGetsNoReplies_AndLeavesTheStateAlone()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "I want to delegate more", id: "dup-2");
        activity["deliveryMode"] = "expectReplies";
        var state = Bot.Services.GetRequiredService<IStateStore>();
        var key = StateKeys.Conversation(new ConversationKey("msteams", "a:conv-1"));
        var first = JsonNode.Parse(await (await PostAsync(activity)).Content.ReadAsStringAsync())!;
        var version = (await state.GetAsync(key, default))!.Version;

        var second = JsonNode.Parse(await (await PostAsync(activity)).Content.ReadAsStringAsync())!;

        Assert.NotEmpty(first["activities"]!.AsArray());
        Assert.Empty(second["activities"]!.AsArray());
        Assert.Equal(version, (await state.GetAsync(key, default))!.Version);
    }

    [Fact]
    public async Task GroupChatMention_GetsTheInviteToAOneToOneChat_AndNothingOfThePersonsReflections()
    {
        await PostAsync(Activities.Message(Connector.ServiceUrl, "I am worried Priya will resign", id: "p-1"));
        await RepliesUntilAsync("p-1");
        var group = Activities.Message(Connector.ServiceUrl, "<at>BotCompanion</at> what did I tell you about Priya?", "19:group@thread.v2", id: "g-1");
        group["conversation"]!["conversationType"] = "groupChat";
        group["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:bot" }, ["text"] = "<at>BotCompanion</at>" });

        await PostAsync(group);

        var reply = await Connector.NextMessageAsync();
        Assert.Equal("/v3/conversations/19%3Agroup%40thread.v2/activities/g-1", reply.Path);
        Assert.Contains("one-to-one chat", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", reply.Activity.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("resign", reply.Activity.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_AReplyReadyWithinTheTypingGrace_IsPostedWithoutATypingIndicator()
    {
        await PostAsync(Activities.Message(Connector.ServiceUrl, "Hello there", id: "t-1"));

        var first = await Connector.NextAnyAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(500);
        var posted = new List<ConnectorStub.Received> { first };
        while (Connector.TryReadAny(out var received))
        {
            posted.Add(received!);
        }

        Assert.All(posted, p => Assert.Equal("message", p.Activity.GetProperty("type").GetString()));
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/t-1", posted[0].Path);
    }

    private async Task<List<ConnectorStub.Received>> RepliesUntilAsync(string replyToId)
    {
        var received = new List<ConnectorStub.Received>();
        do
        {
            received.Add(await Connector.NextMessageAsync());
        }
        while (!(received[^1].Activity.GetProperty("replyToId").GetString() == replyToId && received[^1].Text.EndsWith('?')));

        return received;
    }

    private static int CountOf(string json, string text) =>
        (json.Length - json.Replace(text, "", StringComparison.Ordinal).Length) / text.Length;
}
