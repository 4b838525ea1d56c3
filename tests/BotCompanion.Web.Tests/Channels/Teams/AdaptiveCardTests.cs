namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>Cards over real HTTP: buttons render, and clicks (Action.Execute invokes and Action.Submit messages) are turns.</summary>
public sealed class AdaptiveCardTests : ConnectorAndHostTests
{
    private const string Conversation = "a:cards-chat";

    [Fact]
    public async Task CommitmentReadBack_ComesAsAnAccessibleCard_WithConfirmEditDateChangeAndCancelButtons()
    {
        await SayAsync("I want to get better at delegating");

        var card = await CardOfAsync(await SayAsync("I'll agree weekly checkpoints with Priya by Friday 3pm"));

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("agree weekly checkpoints with Priya", card.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        Assert.Contains("agree weekly checkpoints with Priya", card.GetProperty("speak").GetString(), StringComparison.Ordinal);
        var titles = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Confirm", "Edit date", "Change it", "Cancel"], titles);
        Assert.All(card.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Action.Execute", a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task ExecuteClick_IsATurn_AnsweredSynchronouslyWithTheReplacingCard()
    {
        await SayAsync("I want to get better at delegating");
        var readBack = await CardOfAsync(await SayAsync("I'll agree weekly checkpoints with Priya by Friday 3pm"));
        var yes = readBack.GetProperty("actions")[0].GetProperty("data");

        using var response = await PostAsync(Invoke(yes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.Contains("Saved", body.GetProperty("value").GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteClickDeliveredTwice_GetsTheSameUpdatedCardBothTimes_AndChangesStateOnce()
    {
        await SayAsync("I want to get better at delegating");
        var readBack = await CardOfAsync(await SayAsync("I'll agree weekly checkpoints with Priya by Friday 3pm"));
        var click = Invoke(readBack.GetProperty("actions")[0].GetProperty("data"));
        var store = Bot.Services.GetRequiredService<IStateStore>();
        using var first = await PostAsync(click);
        var firstCard = await first.Content.ReadAsStringAsync();
        var afterFirst = await store.GetAsync($"conv:msteams:{Conversation}", default);

        using var repeat = await PostAsync(click);

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var repeatCard = await repeat.Content.ReadAsStringAsync();
        Assert.Equal(firstCard, repeatCard);
        Assert.Contains("Saved", JsonDocument.Parse(repeatCard).RootElement.GetProperty("value").GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        var afterRepeat = await store.GetAsync($"conv:msteams:{Conversation}", default);
        Assert.Equal(afterFirst!.Version, afterRepeat!.Version);
        Assert.Equal(afterFirst.Json, afterRepeat.Json);
        Assert.False(Connector.TryPeek());
    }

    [Fact]
    public async Task CommitmentsList_HasDoneRescheduleAndDropPerCommitment_AndRescheduleTakesTheTypedDate()
    {
        await SayAsync("I want to get better at delegating");
        await SayAsync("I'll agree weekly checkpoints with Priya by Friday 3pm");
        await SayAsync("yes");
        await SayAsync("no thanks");

        var list = await CardOfAsync(await SayAsync("/commitments"));
        var row = list.GetProperty("body").EnumerateArray().First(b => b.GetProperty("type").GetString() == "Container");
        var buttons = row.GetProperty("items").EnumerateArray().First(i => i.GetProperty("type").GetString() == "ActionSet").GetProperty("actions");
        Assert.Equal(["Done", "Reschedule", "Drop"], buttons.EnumerateArray().Select(b => b.GetProperty("title").GetString()));
        var input = row.GetProperty("items").EnumerateArray().First(i => i.GetProperty("type").GetString() == "Input.Text");
        Assert.False(string.IsNullOrEmpty(input.GetProperty("label").GetString()));

        var reschedule = JsonNode.Parse(buttons[1].GetProperty("data").GetRawText())!.AsObject();
        reschedule[input.GetProperty("id").GetString()!] = "next Wednesday";
        using var response = await PostAsync(Invoke(JsonSerializer.SerializeToElement(reschedule)));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains("Wednesday", body.GetProperty("value").GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitClick_ArrivesAsAMessageWithValue_AndIsUnderstoodAsTheButtonsText()
    {
        await SayAsync("I want to get better at delegating");
        var readBack = await CardOfAsync(await SayAsync("I'll agree weekly checkpoints with Priya by Friday 3pm"));
        var submit = Activities.Message(Connector.ServiceUrl, "", Conversation);
        submit.Remove("text");
        submit["value"] = JsonNode.Parse(readBack.GetProperty("actions")[0].GetProperty("fallback").GetProperty("data").GetRawText());

        var replies = await SendAsync(submit);

        Assert.Contains(replies, r => (CardText(r) ?? r.Text).Contains("Saved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdviceRequest_OffersTheMentorModeSwitch_AndMentorRepliesOfferTheWayBack()
    {
        var coaching = await CardOfAsync(await SayAsync("Just tell me what I should do about my team"));
        Assert.Contains(Buttons(coaching), b => b.Title == "Switch to mentor mode" && b.Send == "/mentor");

        var mentor = await CardOfAsync(await SayAsync("/mentor"));

        Assert.Contains(Buttons(mentor), b => b.Title == "Back to coaching" && b.Send == "/coach");
        Assert.Contains("Mentor mode", mentor.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeWithoutActionData_Gets400WithAnAdaptiveCardError()
    {
        using var response = await PostAsync(Invoke(default));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task InvokeWhoseInputIdIsNotAString_IsAnsweredWithTheButtonsText_NotA500()
    {
        using var response = await PostAsync(Invoke(JsonDocument.Parse("{\"botcompanionSend\":\"/help\",\"botcompanionInput\":5}").RootElement));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("5")]
    [InlineData("\"reply\"")]
    [InlineData("false")]
    public async Task InvokeWhoseActionIsNotAnObject_Gets400_NotA500(string action)
    {
        var invoke = Invoke(default);
        invoke["value"] = new JsonObject { ["action"] = JsonNode.Parse(action) };

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task InvokeWhoseDataCannotBeDecoded_Gets400_NotA500()
    {
        var body = Encoding.UTF8.GetBytes(Invoke(JsonDocument.Parse("{\"botcompanionSend\":\"/help\",\"botcompanionInput\":\"note\",\"note\":\"XX\"}").RootElement).ToJsonString());
        var at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xC3;
        body[at + 1] = 0x28;
        using var client = Bot.NewClient();

        using var response = await client.PostAsync("/api/messages", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static IEnumerable<(string? Title, string? Send)> Buttons(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "Container")
            .SelectMany(c => c.GetProperty("items").EnumerateArray())
            .Where(i => i.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(s => s.GetProperty("actions").EnumerateArray())
            .Select(a => (a.GetProperty("title").GetString(), a.GetProperty("data").GetProperty("botcompanionSend").GetString()));

    private static string? CardText(ConnectorStub.Received received) =>
        received.Activity.TryGetProperty("attachments", out var a) ? a[0].GetProperty("content").GetProperty("fallbackText").GetString() : null;

    private static Task<JsonElement> CardOfAsync(IReadOnlyList<ConnectorStub.Received> replies)
    {
        var withCard = replies.Last(r => r.Activity.TryGetProperty("attachments", out _));
        var attachment = withCard.Activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return Task.FromResult(attachment.GetProperty("content"));
    }

    private JsonObject Invoke(JsonElement data)
    {
        var invoke = Activities.Message(Connector.ServiceUrl, "", Conversation);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = data.ValueKind == JsonValueKind.Undefined
            ? new JsonObject()
            : new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "reply", ["data"] = JsonNode.Parse(data.GetRawText()) } };
        return invoke;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var client = Bot.NewClient();
        return await client.PostAsync("/api/messages", Activities.Json(activity));
    }

    private Task<IReadOnlyList<ConnectorStub.Received>> SayAsync(string text) => SendAsync(Activities.Message(Connector.ServiceUrl, text, Conversation));

    /// <summary>Posts a message and collects the turn's replies: it ends with a question or a card.</summary>
    private async Task<IReadOnlyList<ConnectorStub.Received>> SendAsync(JsonObject activity)
    {
        (await PostAsync(activity)).EnsureSuccessStatusCode();
        var replies = new List<ConnectorStub.Received>();
        while (true)
        {
            var next = await Connector.NextMessageAsync();
            replies.Add(next);
            var text = CardText(next) ?? next.Text;
            if (next.Activity.TryGetProperty("attachments", out _) || text.EndsWith('?') || !await MoreComingAsync())
            {
                return replies;
            }
        }
    }

    private async Task<bool> MoreComingAsync()
    {
        await Task.Delay(200);
        return Connector.TryPeek();
    }
}
