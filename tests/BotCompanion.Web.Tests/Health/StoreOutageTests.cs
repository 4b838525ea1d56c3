using BotCompanion.Core.Prompts;

namespace BotCompanion.Web.Tests.Health;

/// <summary>Redis configured but not reachable, over real HTTP: alive, not ready, and every message answered plainly.</summary>
public sealed class StoreOutageTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();
    private readonly BotHost _host;

    public StoreOutageTests() =>
        _host = new(
            new() { ["Storage:Redis:Configuration"] = $"127.0.0.1:{Ports.Unused()},connectTimeout=500,syncTimeout=500" },
            services => services.AddSingleton<ILoggerProvider>(_logs));

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task RedisDown_TheProcessIsAlive_ButNotReady()
    {
        using var client = _host.NewClient();

        using var alive = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        var startup = Assert.Single(_logs.Entries, e => e.Event.Name == "RedisNotConnectedAtStart");
        Assert.Equal(LogLevel.Error, startup.Level);
        Assert.Contains("Storage:Redis:Configuration", startup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedisDown_AMessageIsAnsweredWithWhatHappened_AndTheHostKeepsServing()
    {
        using var client = _host.NewClient();

        using var response = await client.PostAsJsonAsync("/api/webchat/messages", new { conversationId = "outage-chat", text = "I want to prepare for the board meeting." });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var alive = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(body.GetProperty("replies").EnumerateArray());
        Assert.Equal(PromptPackLoader.Load(RepoPaths.DefaultPack).Labels["storeDown"], reply.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task RedisDown_ATeamsMessageIsRefusedWith503AndRetryAfter_SoTheChannelMayDeliverItAgain()
    {
        using var client = _host.NewClient();

        using var response = await client.PostAsync("/api/messages", Activities.Json(Activities.Message(new Uri("http://127.0.0.1:9/"), "Hello there", id: "outage-teams-1")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Contains(_logs.Entries, e => e.Event.Name == "TurnJournalDown");
    }
}
