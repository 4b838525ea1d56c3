using BotCompanion.Core.Messages;
using BotCompanion.Core.Nudges;

namespace BotCompanion.Web.Tests.Channels.WebChat;

/// <summary>The development chat page over real HTTP: messages answered at once, check-ins waiting in an inbox.</summary>
public class WebChatTests
{
    [Fact]
    public async Task Message_IsAnsweredWithOneCoachingReply_ThatAsksAQuestion()
    {
        using var host = new BotHost();
        using var client = host.NewClient();

        var replies = await PostAsync(client, "chat-1", "I want to prepare for the board meeting");

        var last = replies[^1];
        Assert.Equal("coaching", last.GetProperty("mode").GetString());
        Assert.EndsWith("?", last.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("../../etc")]
    public async Task MalformedConversationId_IsRejectedWith400(string id)
    {
        using var host = new BotHost();
        using var client = host.NewClient();

        using var post = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = id, text = "hello" });
        using var inbox = await client.GetAsync($"/api/webchat/inbox/{Uri.EscapeDataString(id)}");

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, inbox.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"conversationId\":\"chat-9\",\"text\":")]
    [InlineData("{\"conversationId\":\"chat-9\",\"text\":5}")]
    [InlineData("{\"conversationId\":{\"a\":1},\"text\":\"hi\"}")]
    [InlineData("[]")]
    public async Task UnreadableBody_Gets400_EvenInDevelopment(string body)
    {
        using var host = new BotHost();
        using var client = host.NewClient();

        using var response = await client.PostAsync("/api/webchat/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CheckIn_SentWhileThePageIsAway_IsServedOnceAtTheNextPoll_EvenIfDeliveredTwice()
    {
        using var host = new BotHost();
        using var client = host.NewClient();
        var sender = WebChatSender(host);
        var checkIn = new OutgoingReply("You said you'd call the CFO. How did it go?") { SuggestedActions = ["Done", "Not yet"] };

        await sender.SendAsync(new ConversationKey("webchat", "chat-2"), [checkIn], "nudge-1", default);
        await sender.SendAsync(new ConversationKey("webchat", "chat-2"), [checkIn], "nudge-1", default);

        var first = await InboxAsync(client, "chat-2");
        var reply = Assert.Single(first);
        Assert.Equal(checkIn.Text, reply.GetProperty("text").GetString());
        Assert.Equal(["Done", "Not yet"], reply.GetProperty("suggestedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(await InboxAsync(client, "chat-2"));
        Assert.Empty(await InboxAsync(client, "chat-other"));
    }

    [Fact]
    public async Task Forget_AlsoErasesCheckInsStillWaitingInTheInbox()
    {
        using var host = new BotHost();
        using var client = host.NewClient();
        await PostAsync(client, "chat-3", "I want to delegate more");
        await WebChatSender(host).SendAsync(new ConversationKey("webchat", "chat-3"), [new OutgoingReply("How did it go?")], "nudge-2", default);

        await PostAsync(client, "chat-3", "/forget");
        await PostAsync(client, "chat-3", "yes");

        var store = host.Services.GetRequiredService<IStateStore>();
        Assert.Null(await store.GetAsync("webchat-inbox:chat-3", default));
        Assert.Empty(await InboxAsync(client, "chat-3"));
    }

    private static IProactiveSender WebChatSender(BotHost host) =>
        host.Services.GetServices<IProactiveSender>().Single(s => s.Channels.Contains("webchat"));

    private static async Task<JsonElement[]> PostAsync(HttpClient client, string conversationId, string text)
    {
        using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId, text });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("replies").EnumerateArray()];
    }

    private static async Task<JsonElement[]> InboxAsync(HttpClient client, string conversationId)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/webchat/inbox/{conversationId}");
        return [.. body.GetProperty("replies").EnumerateArray()];
    }
}
