namespace BotCompanion.Web.Tests.Channels.WebChat;

/// <summary>The coach's focus over the web chat's HTTP API, through the real host: offered with buttons, accepted, then used.</summary>
public class WebChatFocusTests
{
    private const string Focus = "notice when you step in on your directors' decisions";

    [Fact]
    public async Task ProposedFocus_IsOfferedWithButtons_AndOnceAcceptedFocusShowsIt()
    {
        using var host = new BotHost();
        using var client = host.NewClient();
        var coaches = host.Services.GetRequiredService<ICoachDirectory>();
        var sam = await coaches.CreateCoachAsync("sam@coaching.example", "Sam", default);
        await PostAsync(client, $"/coach-link {sam.InviteCode} Dana");
        var dana = Assert.Single(await coaches.ExecutivesOfAsync(sam.Id, default));
        await coaches.ProposeFocusAsync(sam.Id, dana.Id, Focus, default);

        var offered = await PostAsync(client, "I want to get better at delegating to my leadership team");
        var accepted = await PostAsync(client, "Accept");
        var shown = await PostAsync(client, "/focus");

        var offer = offered[^1];
        Assert.Contains(Focus, offer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Accept", "Decline"], offer.GetProperty("suggestedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("It's your focus now", Assert.Single(accepted).GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal($"Your focus, suggested by your coach: \"{Focus}\". Type /focus end to end it.", Assert.Single(shown).GetProperty("text").GetString());
    }

    private static async Task<JsonElement[]> PostAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "focus-1", text });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("replies").EnumerateArray()];
    }
}
