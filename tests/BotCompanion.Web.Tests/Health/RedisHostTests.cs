namespace BotCompanion.Web.Tests.Health;

/// <summary>The host on the real redis-server that ./test.sh starts: ready, and a conversation survives a restart.</summary>
public sealed class RedisHostTests
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Storage:Redis:Configuration"] = TestRedis.Configuration,
        ["Storage:KeyPrefix"] = "hosttest" + Guid.NewGuid().ToString("N")[..8],
    };

    [Fact]
    public async Task WithRedis_TheHostIsReady()
    {
        using var host = new BotHost(_settings);

        var (status, health) = await host.ReadinessAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", health);
    }

    [Fact]
    public async Task ACommitmentMadeBeforeARestart_IsStillThereAfterIt()
    {
        using (var before = new BotHost(_settings))
        {
            using var client = before.NewClient();
            foreach (var text in new[] { "I want to get better at delegating.", "I'll hand the weekly report to Priya by Friday.", "Confirm", "no thanks" })
            {
                (await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "restart-chat", text })).EnsureSuccessStatusCode();
            }
        }

        using var after = new BotHost(_settings);
        using var again = after.NewClient();
        using var response = await again.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "restart-chat", text = "/commitments" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var replies = string.Join("\n", body.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        Assert.Contains("hand the weekly report to Priya", replies, StringComparison.Ordinal);
    }
}
