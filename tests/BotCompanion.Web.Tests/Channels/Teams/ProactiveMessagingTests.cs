using System.Globalization;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Nudges;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>Messages the bot sends on its own, over real HTTP to a connector stub, from references it captured.</summary>
public sealed class ProactiveMessagingTests : ConnectorAndHostTests
{
    private const string Conversation = "a:personal-chat-1";

    private TeamsProactiveSender Sender => Bot.Services.GetRequiredService<TeamsProactiveSender>();

    private ConversationReferenceStore References => Bot.Services.GetRequiredService<ConversationReferenceStore>();

    [Fact]
    public async Task CheckIn_ReachesThePersonsChat_FromTheReferenceCapturedOnTheirLastMessage()
    {
        await ChatAsync("I want to prepare for the board meeting");

        await Sender.SendAsync(new ConversationKey("msteams", Conversation), [new OutgoingReply("You said you'd call the CFO. How did it go?") { SuggestedActions = ["Done", "Not yet"] }], "nudge-1", default);

        var sent = await Connector.NextMessageAsync();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", sent.Path);
        var card = sent.Activity.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("You said you'd call the CFO. How did it go?", card.GetProperty("fallbackText").GetString());
        Assert.Equal(["Done", "Not yet"], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("29:user-1", sent.Activity.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Contains("AIGeneratedContent", sent.Activity.GetProperty("entities").GetRawText(), StringComparison.Ordinal);
    }

    public static TheoryData<int, string> GoneAnswers => new()
    {
        { 403, """{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked from message writes\"}"}""" },
        { 403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""" },
        { 403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""" },
        { 404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""" },
    };

    [Theory]
    [MemberData(nameof(GoneAnswers))]
    public async Task BlockedUninstalledOrRemoved_IsRecordedUnreachable_AndNothingMoreIsSent(int status, string body)
    {
        await ChatAsync("I want to prepare for the board meeting");
        Connector.FailNext(status, body: body);
        var key = new ConversationKey("msteams", Conversation);

        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendAsync(key, [new OutgoingReply("How did it go?")], "nudge-1", default));
        var requests = Connector.Requests;
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendAsync(key, [new OutgoingReply("How did it go?")], "nudge-2", default));
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendToUserAsync("29:user-1", [new OutgoingReply("A note from your coach.")], default));

        Assert.Equal(requests, Connector.Requests);
        Assert.NotNull((await References.FindByConversationAsync(Conversation, default))!.UnreachableSince);
    }

    public static TheoryData<int, string?> PassingRefusals => new()
    {
        { 403, """{"error":{"code":"ContentStreamNotAllowed","message":"Content stream is not allowed"}}""" },
        { 403, """{"error":{"code":"NotEnoughPermissions","message":"Bot does not have required permissions to perform the requested action"}}""" },
        { 403, """{"error":{"code":"BotDisabledByAdmin","message":"The tenant admin disabled this bot"}}""" },
        { 403, """{"error":{"code":"Forbidden","message":"Operation not allowed (see MessageWritesBlocked in the docs)"}}""" },
        { 403, null },
        { 404, null },
        { 404, """{"error":{"code":"ActivityNotFoundInConversation","message":"Conversation not found."}}""" },
    };

    [Theory]
    [MemberData(nameof(PassingRefusals))]
    public async Task OtherRefusals_FailThatDeliveryOnly_AndThePersonStaysReachable(int status, string? body)
    {
        await ChatAsync("I want to prepare for the board meeting");
        Connector.FailNext(status, body: body);
        var key = new ConversationKey("msteams", Conversation);

        var refused = await Assert.ThrowsAsync<ConnectorException>(() => Sender.SendAsync(key, [new OutgoingReply("How did it go?")], "nudge-1", default));
        await Sender.SendAsync(key, [new OutgoingReply("How did it go?")], "nudge-1", default);

        Assert.Equal(status, (int)refused.Status);
        Assert.Null((await References.FindByConversationAsync(Conversation, default))!.UnreachableSince);
        Assert.Equal("How did it go?", (await Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task SendToUser_RefusedWhileCreatingTheChatBecauseTheyBlockedTheBot_IsRecordedUnreachable()
    {
        await ChatAsync("hello");
        Connector.FailNext(403, body: """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""");

        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendToUserAsync("29:user-1", [new OutgoingReply("A note from your coach.")], default));

        Assert.NotNull((await References.FindByUserAsync("29:user-1", default))!.UnreachableSince);
    }

    [Fact]
    public async Task SendToUser_RefusedWhileCreatingTheChatForAnotherReason_LeavesThemReachable()
    {
        await ChatAsync("hello");
        Connector.FailNext(403, body: """{"error":{"code":"NotEnoughPermissions","message":"Bot does not have required permissions to perform the requested action"}}""");

        await Assert.ThrowsAsync<ConnectorException>(() => Sender.SendToUserAsync("29:user-1", [new OutgoingReply("A note from your coach.")], default));
        await Sender.SendToUserAsync("29:user-1", [new OutgoingReply("A note from your coach.")], default);

        Assert.Null((await References.FindByUserAsync("29:user-1", default))!.UnreachableSince);
        Assert.Equal("A note from your coach.", (await Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task SameDeliveryIdTwice_IsPostedOnce()
    {
        await ChatAsync("I want to prepare for the board meeting");
        var key = new ConversationKey("msteams", Conversation);
        await Sender.SendAsync(key, [new OutgoingReply("How did the call go?")], "nudge-7", default);
        await Connector.NextMessageAsync();
        var requests = Connector.Requests;

        await Sender.SendAsync(key, [new OutgoingReply("How did the call go?")], "nudge-7", default);

        Assert.Equal(requests, Connector.Requests);
    }

    [Fact]
    public async Task DeliveryThatFailed_CanBeRetriedWithTheSameId()
    {
        await ChatAsync("I want to prepare for the board meeting");
        var key = new ConversationKey("msteams", Conversation);
        Connector.FailNext(400);
        await Assert.ThrowsAsync<ConnectorException>(() => Sender.SendAsync(key, [new OutgoingReply("How did the call go?")], "nudge-8", default));

        await Sender.SendAsync(key, [new OutgoingReply("How did the call go?")], "nudge-8", default);

        Assert.Equal("How did the call go?", (await Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task SendToUser_CreatesTheirPersonalChatWithTheTenant_ThenPostsIntoIt()
    {
        await ChatAsync("hello");

        await Sender.SendToUserAsync("29:user-1", [new OutgoingReply("Your coach asked me to pass on a note.")], default);

        var created = Assert.Single(Connector.CreatedConversations);
        Assert.False(created.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user-1", created.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", created.GetProperty("tenantId").GetString());
        var sent = await Connector.NextMessageAsync();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:created-personal-chat")}/activities", sent.Path);
    }

    [Fact]
    public async Task AfterUninstall_TheReferenceIsForgotten_AndCheckInsAreNotSent()
    {
        await ChatAsync("hello");
        var store = Bot.Services.GetRequiredService<IStateStore>();
        Assert.NotNull(await store.GetAsync($"teams-ref:{Conversation}", default));

        var uninstall = Activities.Message(Connector.ServiceUrl, "", Conversation);
        uninstall["type"] = "installationUpdate";
        uninstall["action"] = "remove";
        using var client = Bot.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(uninstall))).EnsureSuccessStatusCode();
        for (var i = 0; i < 500 && (await store.GetAsync($"teams-ref:{Conversation}", default) is not null
            || await store.GetAsync("teams-user:29:user-1", default) is not null); i++)
        {
            await Task.Delay(20);
        }

        Assert.Null(await store.GetAsync($"teams-ref:{Conversation}", default));
        Assert.Null(await store.GetAsync("teams-user:29:user-1", default));
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendAsync(new ConversationKey("msteams", Conversation), [new OutgoingReply("How did it go?")], "nudge-1", default));
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendToUserAsync("29:user-1", [new OutgoingReply("A note from your coach.")], default));
    }

    [Fact]
    public async Task ForgetInTheirOwnChat_ErasesTheirUserReference()
    {
        await ChatAsync("hello");
        var store = Bot.Services.GetRequiredService<IStateStore>();
        Assert.NotNull(await store.GetAsync("teams-user:29:user-1", default));

        await ExpectRepliesAsync(Activities.Message(Connector.ServiceUrl, "/forget", Conversation));
        await ExpectRepliesAsync(Activities.Message(Connector.ServiceUrl, "yes, forget me", Conversation));

        Assert.Null(await store.GetAsync("teams-user:29:user-1", default));
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => Sender.SendToUserAsync("29:user-1", [new OutgoingReply("A note from your coach.")], default));
    }

    public static TheoryData<string, string, string> GroupRemovals => new()
    {
        { "conversationUpdate", "19:group-chat@thread.v2", "groupChat" },
        { "installationUpdate", "19:group-chat@thread.v2", "groupChat" },
        { "conversationUpdate", "19:general@thread.tacv2", "channel" },
        { "installationUpdate", "19:general@thread.tacv2", "channel" },
    };

    [Theory]
    [MemberData(nameof(GroupRemovals))]
    public async Task RemovedFromAGroupOrTeamByThePerson_ForgetsThatConversationOnly_AndTheirOwnChatStillGetsMessages(string type, string conversationId, string conversationType)
    {
        await ChatAsync("hello");
        var store = Bot.Services.GetRequiredService<IStateStore>();
        var mention = Activities.Message(Connector.ServiceUrl, "<at>BotCompanion</at> hello", conversationId);
        mention["conversation"]!["conversationType"] = conversationType;
        await ExpectRepliesAsync(mention);
        Assert.NotNull(await store.GetAsync($"conv:msteams:{conversationId}", default));

        var removal = Activities.Message(Connector.ServiceUrl, "", conversationId);
        removal.Remove("text");
        removal["type"] = type;
        removal["conversation"]!["conversationType"] = conversationType;
        if (type == "installationUpdate")
        {
            removal["action"] = "remove";
        }
        else
        {
            removal["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        }

        await ExpectRepliesAsync(removal);

        Assert.Null(await store.GetAsync($"conv:msteams:{conversationId}", default));
        Assert.NotNull(await store.GetAsync($"conv:msteams:{Conversation}", default));
        Assert.NotNull(await store.GetAsync("teams-user:29:user-1", default));
        await Sender.SendToUserAsync("29:user-1", [new OutgoingReply("Your coach asked me to pass on a note.")], default);
        Assert.Equal("Your coach asked me to pass on a note.", (await Connector.NextMessageAsync()).Text);
        await Sender.SendAsync(new ConversationKey("msteams", Conversation), [new OutgoingReply("How did the call go?")], "nudge-9", default);
        Assert.Equal("How did the call go?", (await Connector.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task GroupChat_LeavesNoReference_BecauseCheckInsArePersonal()
    {
        var group = Activities.Message(Connector.ServiceUrl, "hello", "19:group-chat");
        group["conversation"]!["conversationType"] = "groupChat";
        using var client = Bot.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(group))).EnsureSuccessStatusCode();
        await Connector.NextMessageAsync();

        Assert.Null(await Bot.Services.GetRequiredService<IStateStore>().GetAsync("teams-ref:19:group-chat", default));
    }

    [Fact]
    public async Task CommitmentCheckIn_TheSchedulerDeliversItIntoThePersonsTeamsChat_Once()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-24T10:00:00Z", CultureInfo.InvariantCulture));
        Bot.Dispose();
        Bot = new BotHost(new() { ["Nudges:Enabled"] = "false" }, services => services.AddSingleton<TimeProvider>(time));
        foreach (var said in new[] { "I want to sort out the budget question with my CFO.", "I'll call the CFO by Thursday.", "yes", "yes" })
        {
            // expectReplies: the turn's replies come back in the response, so each step is finished before the next.
            var message = Activities.Message(Connector.ServiceUrl, said, Conversation);
            message["conversation"]!["tenantId"] = "tenant-1";
            message["deliveryMode"] = "expectReplies";
            using var client = Bot.NewClient();
            (await client.PostAsync("/api/messages", Activities.Json(message))).EnsureSuccessStatusCode();
        }

        var scheduler = Bot.Services.GetServices<IHostedService>().OfType<NudgeScheduler>().Single();
        for (var step = 0; step < 4 * 24 * 4; step++)
        {
            time.Advance(TimeSpan.FromMinutes(15));
            while (await scheduler.RunOnceAsync(default) > 0)
            {
            }
        }

        var checkIn = await Connector.NextMessageAsync();
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", checkIn.Path);
        Assert.Contains("call the CFO", checkIn.Activity.GetRawText(), StringComparison.Ordinal);
        Assert.False(Connector.TryPeek());
    }

    /// <summary>Posts with deliveryMode expectReplies: the turn has run (and its replies came back inline) when this returns.</summary>
    private async Task ExpectRepliesAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var client = Bot.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(activity))).EnsureSuccessStatusCode();
    }

    private async Task ChatAsync(string text)
    {
        var message = Activities.Message(Connector.ServiceUrl, text, Conversation);
        message["conversation"]!["tenantId"] = "tenant-1";
        using var client = Bot.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(message))).EnsureSuccessStatusCode();

        // The turn ends with its one question; everything before it (the disclosure) is part of the same turn.
        while (!(await Connector.NextMessageAsync()).Text.EndsWith('?'))
        {
        }
    }
}
