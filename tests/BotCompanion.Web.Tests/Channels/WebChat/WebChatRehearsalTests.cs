using BotCompanion.Core.Messages;

namespace BotCompanion.Web.Tests.Channels.WebChat;

/// <summary>A rehearsal over the web chat's HTTP API, through the real host: labelled role-play, debrief, safety, /forget.</summary>
public class WebChatRehearsalTests
{
    private static readonly string Key = StateKeys.Conversation(new ConversationKey("webchat", "rh-2"));

    [Fact]
    public async Task ARehearsal_IsSetUpPlayedLabelledAndDebriefed_InMentorMode()
    {
        using var host = new BotHost();
        using var client = host.NewClient();
        await PostAsync(client, "rh-1", "/mentor");
        await PostAsync(client, "rh-1", "/rehearse Margaret, my board chair");
        var ready = await PostAsync(client, "rh-1", "I need another quarter for the turnaround and she always cuts me off.");

        var roleplay = await PostAsync(client, "rh-1", "The headline is we need one more quarter.");
        var debrief = await PostAsync(client, "rh-1", "pause");

        Assert.Contains("cuts in before you finish", Text(ready[^1]), StringComparison.Ordinal);
        var line = Assert.Single(roleplay);
        Assert.Equal("mentor", line.GetProperty("mode").GetString());
        Assert.StartsWith("[Role-play, mentor mode: I'm playing Margaret, your board chair.", Text(line), StringComparison.Ordinal);
        Assert.StartsWith("[Rehearsal debrief, mentor mode]", Text(debrief[^1]), StringComparison.Ordinal);
        Assert.Contains("What worked for you", Text(debrief[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACrisisMessage_MidRolePlay_GetsTheSafetyReply_AndForgetErasesTheRehearsal()
    {
        using var host = new BotHost();
        using var client = host.NewClient();
        await PostAsync(client, "rh-2", "/mentor");
        await PostAsync(client, "rh-2", "/rehearse Dev, our CFO");
        await PostAsync(client, "rh-2", "He always wants the numbers first.");
        await PostAsync(client, "rh-2", "Dev, I want two more engineers.");

        var safety = await PostAsync(client, "rh-2", "I don't want to be alive anymore.");
        var store = host.Services.GetRequiredService<IStateStore>();
        var during = await store.GetAsync(Key, default);
        await PostAsync(client, "rh-2", "/forget");
        await PostAsync(client, "rh-2", "yes, forget me");

        Assert.DoesNotContain("Role-play", Text(Assert.Single(safety)), StringComparison.Ordinal);
        Assert.Equal("coaching", Assert.Single(safety).GetProperty("mode").GetString());
        var state = JsonSerializer.Deserialize<ConversationState>(during!.Json, StateJson.Options)!;
        Assert.Equal(RehearsalStage.Ended, state.Coaching.Rehearsal!.Stage);
        Assert.Contains(state.Coaching.Rehearsal.Turns, t => t.Text == "Dev, I want two more engineers.");
        Assert.Null(await store.GetAsync(Key, default));
    }

    private static string Text(JsonElement reply) => reply.GetProperty("text").GetString()!;

    private static async Task<JsonElement[]> PostAsync(HttpClient client, string conversationId, string text)
    {
        using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId, text });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("replies").EnumerateArray()];
    }
}
