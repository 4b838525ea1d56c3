namespace BotCompanion.Web.Tests.Channels;

/// <summary>
/// Drives the Microsoft 365 Agents Playground (a real Teams-like client and connector, from npm) headlessly through
/// its HTTP API against the real host. ./test.sh installs it when node is present; without node the test is skipped
/// and counted as such.
/// </summary>
public sealed class AgentsPlaygroundTests
{
    [PlaygroundFact]
    public async Task PlaygroundUserMessage_GetsTheBotsReplyThroughThePlaygroundConnector()
    {
        await using var chat = await PlaygroundChat.StartAsync();

        var sent = await chat.Http.PostAsJsonAsync($"/_conversation/v1/conversations/{chat.Id}/messages", new { from = new { id = "user-id-0" }, text = "I want to get better at delegating.", textFormat = "plain" });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var reply = await WaitForAsync(() => chat.Recorder.Calls.FirstOrDefault(c => c.Body.Contains("\"type\":\"message\"", StringComparison.Ordinal) && c.Body.Contains("delegating", StringComparison.OrdinalIgnoreCase) && c.Uri.AbsolutePath.Contains("/_connector/v3/conversations/", StringComparison.Ordinal)));
        Assert.InRange(reply.Status, 200, 299);
        Assert.Contains(chat.Recorder.Calls, c => c.Body.Contains("AI coaching companion", StringComparison.Ordinal) && c.Status is >= 200 and < 300);
    }

    [PlaygroundFact]
    public async Task PlaygroundCoachingConversation_EndsWithACommitmentConfirmedByACardButton()
    {
        await using var chat = await PlaygroundChat.StartAsync();
        await chat.SayAsync("I want to get better at delegating.");
        await WaitForAsync(() => chat.Recorder.Calls.FirstOrDefault(c => c.Body.Contains("delegating", StringComparison.OrdinalIgnoreCase) && c.Body.Contains("\"type\":\"message\"", StringComparison.Ordinal)).Body);
        await chat.SayAsync("I'll agree weekly checkpoints with Priya by Friday 3pm");
        var readBack = await WaitForAsync(() => chat.Recorder.Calls.FirstOrDefault(c => c.Body.Contains(AdaptiveCards.ContentType, StringComparison.Ordinal) && c.Body.Contains("weekly checkpoints", StringComparison.Ordinal) && c.Status is >= 200 and < 300).Answer);
        var card = JsonDocument.Parse(chat.Recorder.Calls.First(c => c.Answer == readBack).Body).RootElement.GetProperty("attachments")[0].GetProperty("content");
        var confirm = card.GetProperty("actions")[0];
        Assert.Equal("Confirm", confirm.GetProperty("title").GetString());

        // The Playground's own endpoint for an Action.Execute click: it sends the adaptiveCard/action invoke to the bot.
        var clicked = await chat.Http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            from = new { id = "user-id-0" },
            conversation = new { id = chat.Id },
            replyToId = JsonDocument.Parse(readBack).RootElement.GetProperty("id").GetString(),
            value = new { action = new { type = "Action.Execute", verb = "send", data = confirm.GetProperty("data") } },
        });

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        var answer = await clicked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AdaptiveCards.ContentType, answer.GetProperty("type").GetString());
        Assert.Contains("Saved", answer.GetProperty("value").GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
    {
        for (var i = 0; i < 200; i++)
        {
            if (probe() is { } found && !EqualityComparer<T>.Default.Equals(found, default))
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No reply reached the Playground within 20 s.");
    }

}
