namespace BotCompanion.Web.Tests.Channels.Turns;

/// <summary>
/// With Redis, an acknowledged Teams message is journaled before its 202 and removed only once answered: a failed
/// delivery stays in the journal and is finished later, sending only the replies not delivered yet.
/// </summary>
public sealed class DurableTurnsTests : IAsyncLifetime
{
    private readonly JournalBed _journal = new();
    private TeamsBed _bed = null!;
    private HttpClient _client = null!;

    private ConnectorStub Connector => _bed.Connector;

    public async Task InitializeAsync()
    {
        var settings = _journal.HostSettings("only");
        settings["Turns:MaxDeliveries"] = "3";
        _bed = await TeamsBed.StartAsync(settings);
        _client = _bed.Host.NewClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bed.DisposeAsync();
        await _journal.DisposeAsync();
    }

    [Fact]
    public async Task AnAnsweredMessage_LeavesNothingInTheJournal()
    {
        using var response = await SendAsync("Hello there", "durable-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Connector.NextMessageAsync();
        await Connector.NextMessageAsync();
        await WaitUntilAsync(async () => await _journal.UnfinishedAsync() == 0);
        Assert.Empty(await _journal.KeysAsync("turns:lane"));
        Assert.Empty(await _journal.KeysAsync("turns:sent"));
    }

    [Fact]
    public async Task AReplyTheConnectorRefused_IsSentLater_WithoutRepeatingTheOneDeliveredBeforeIt()
    {
        Connector.FailNext(0);
        Connector.FailNext(500);

        using var response = await SendAsync("Hello there", "durable-2");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var disclosure = await Connector.NextMessageAsync();
        var reply = await Connector.NextMessageAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("AI coaching companion", disclosure.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AI coaching companion", reply.Text, StringComparison.Ordinal);
        await WaitUntilAsync(async () => await _journal.UnfinishedAsync() == 0);
        Assert.Equal(3, Connector.Requests);
        Assert.False(Connector.TryPeek());
    }

    [Fact]
    public async Task ATurnThatNeverGetsDelivered_IsSetAsideAfterMaxDeliveries_AndTheConversationGoesOn()
    {
        for (var i = 0; i < 3; i++)
        {
            Connector.FailNext(500);
        }

        using var first = await SendAsync("Hello there", "poison-1");
        await WaitUntilAsync(async () => (await _journal.DeadLettersAsync()).Length == 1, TimeSpan.FromSeconds(60));
        using var second = await SendAsync("I want to talk about my team.", "poison-2");

        var dead = Assert.Single(await _journal.DeadLettersAsync());
        Assert.Equal("3", dead["deliveries"].ToString());
        Assert.Contains("poison-1", dead["payload"].ToString(), StringComparison.Ordinal);
        var answer = await Connector.NextMessageAsync(TimeSpan.FromSeconds(30));
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

    /// <summary>Posts a Teams message with its activity id, as the channel would.</summary>
    private Task<HttpResponseMessage> SendAsync(string text, string id) =>
        _client.PostAsync("/api/messages", Activities.Json(Activities.Message(Connector.ServiceUrl, text, id: id)));
}
