namespace BotCompanion.Web.Tests.Portal;

/// <summary>A coach who also uses Teams gets a short notice there when an executive shares; never the summary itself.</summary>
public sealed class CoachNotificationTests : IAsyncLifetime
{
    private TeamsBed _bed = null!;

    public async Task InitializeAsync() => _bed = await TeamsBed.StartAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task ShareByAnExecutive_NotifiesTheCoachInTeams_WithoutTheSummary()
    {
        var coaches = _bed.Host.Services.GetRequiredService<ICoachDirectory>();
        var sam = await coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        var code = await coaches.IssueNotifyCodeAsync(sam.Id, TimeSpan.FromMinutes(15), default);

        var confirmation = await CoachSaysInTeamsAsync($"/coach-notify {code}");
        Assert.Contains("short notice", confirmation, StringComparison.Ordinal);
        Assert.Contains("didn't work", await CoachSaysInTeamsAsync($"/coach-notify {code}"), StringComparison.Ordinal);

        using var web = _bed.Host.NewClient();
        foreach (var text in new[] { $"/coach-link {sam.InviteCode} Dana", "I want to get better at delegating to my leadership team", "/done", "Share as is" })
        {
            (await web.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "dana-chat", text })).EnsureSuccessStatusCode();
        }

        var notice = await _bed.Connector.NextMessageAsync();
        var card = notice.Activity.GetProperty("attachments")[0].GetProperty("content");
        var cardText = card.GetRawText();
        Assert.Contains("Dana shared a reflection summary", card.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("delegating", cardText, StringComparison.Ordinal);
        var open = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.OpenUrl", open.GetProperty("type").GetString());
        Assert.EndsWith("/coach", open.GetProperty("url").GetString(), StringComparison.Ordinal);
        var created = Assert.Single(_bed.Connector.CreatedConversations);
        Assert.Equal("29:coach-sam", created.GetProperty("members")[0].GetProperty("id").GetString());
    }

    private async Task<string> CoachSaysInTeamsAsync(string text)
    {
        var message = Activities.Message(_bed.Connector.ServiceUrl, text, "a:coach-chat");
        message["from"]!["id"] = "29:coach-sam";
        using var client = _bed.Host.NewClient();
        (await client.PostAsync("/api/messages", Activities.Json(message))).EnsureSuccessStatusCode();
        string reply;
        do
        {
            reply = (await _bed.Connector.NextMessageAsync()).Text;
        }
        while (reply.StartsWith("Hi, I'm BotCompanion", StringComparison.Ordinal) || reply.StartsWith("I'm BotCompanion", StringComparison.Ordinal));

        return reply;
    }
}
