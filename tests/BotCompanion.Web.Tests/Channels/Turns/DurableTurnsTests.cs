namespace BotCompanion.Web.Tests.Channels.Turns;

/// <summary>
/// With Redis, an acknowledged Teams message is journaled before its 202 and removed only once answered: a failed
/// delivery stays in the journal and is finished later, sending only the replies not delivered yet.
/// </summary>
public sealed class DurableTurnsTests : IAsyncLifetime
{
    private readonly JournalBed _journal = new();
    private ConnectorStub _connector = null!;
    private BotHost _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        var settings = _journal.HostSettings("only");
        settings["Turns:MaxDeliveries"] = "3";
        _bot = new BotHost(settings);
        _client = _bot.NewClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _journal.DisposeAsync();
    }

    [Fact]
    public async Task AnAnsweredMessage_LeavesNothingInTheJournal()
    {
        using var response = await _client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hello there", id: "durable-1")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await _connector.NextMessageAsync();
        await _connector.NextMessageAsync();
        await WaitUntilAsync(async () => await _journal.UnfinishedAsync() == 0);
        Assert.Empty(await _journal.KeysAsync("turns:lane"));
        Assert.Empty(await _journal.KeysAsync("turns:sent"));
    }

    [Fact]
    public async Task AReplyTheConnectorRefused_IsSentLater_WithoutRepeatingTheOneDeliveredBeforeIt()
    {
        _connector.FailNext(0);
        _connector.FailNext(500);

        using var response = await _client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hello there", id: "durable-2")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var disclosure = await _connector.NextMessageAsync();
        var reply = await _connector.NextMessageAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("AI coaching companion", disclosure.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AI coaching companion", reply.Text, StringComparison.Ordinal);
        await WaitUntilAsync(async () => await _journal.UnfinishedAsync() == 0);
        Assert.Equal(3, _connector.Requests);
        Assert.False(_connector.TryPeek());
    }

    [Fact]
    public async Task ATurnThatNeverGetsDelivered_IsSetAsideAfterMaxDeliveries_AndTheConversationGoesOn()
    {
        for (var i = 0; i < 3; i++)
        {
            _connector.FailNext(500);
        }

        using var first = await _client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hello there", id: "poison-1")));
        await WaitUntilAsync(async () => (await _journal.DeadLettersAsync()).Length == 1, TimeSpan.FromSeconds(60));
        using var second = await _client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "I want to talk about my team.", id: "poison-2")));

        var dead = Assert.Single(await _journal.DeadLettersAsync());
        Assert.Equal("3", dead["deliveries"].ToString());
        Assert.Contains("poison-1", dead["payload"].ToString(), StringComparison.Ordinal);
        var answer = await _connector.NextMessageAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("poison-2", answer.Activity.GetProperty("replyToId").GetString());
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(50, cts.Token);
        }
    }
}
