namespace BotCompanion.Web.Tests.Channels.Turns;

/// <summary>
/// SIGKILL of the host process while acknowledged turns wait: a restarted instance, or another one, answers each of
/// them. The built host runs as its container runs it; the journal is on the test Redis.
/// </summary>
public sealed class KillDrillTests : IAsyncLifetime
{
    private const int Conversations = 60;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly JournalBed _journal = new();
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _journal.DisposeAsync();
    }

    [Fact]
    public async Task KilledWithTurnsWaiting_TheRestartedInstanceAnswersEachOnce()
    {
        await using (var first = await StartAsync("drill-a"))
        {
            await SendAllAsync(first);
            await first.KillAsync();
        }

        var waiting = await _journal.UnfinishedAsync();
        await using var restarted = await StartAsync("drill-a");

        await AssertEachAnsweredOnceAsync(waiting);
    }

    [Fact]
    public async Task OneOfTwoInstancesKilled_TheOtherFinishesItsTurns()
    {
        await using var survivor = await StartAsync("drill-survivor");
        await using (var victim = await StartAsync("drill-victim"))
        {
            await SendAllAsync(victim);
            await victim.KillAsync();
        }

        var waiting = await _journal.UnfinishedAsync();

        await AssertEachAnsweredOnceAsync(waiting);
    }

    private async Task<PublishedHost> StartAsync(string instance)
    {
        var environment = _journal.HostSettings(instance).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        environment["DOTNET_ENVIRONMENT"] = "Development";
        // One turn at a time, so the kill finds most of them still waiting.
        environment["Turns__MaxConcurrency"] = "1";
        var host = PublishedHost.Start(environment);
        await host.WaitListeningAsync(StartTimeout);
        return host;
    }

    private async Task SendAllAsync(PublishedHost host)
    {
        using var client = new HttpClient { BaseAddress = host.Address };
        for (var i = 0; i < Conversations; i++)
        {
            var activity = Activities.Message(_connector.ServiceUrl, "I keep putting off a hard conversation with my CFO.", conversationId: $"a:drill-{i}", id: $"drill-{i}");
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Activities.Json(activity));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
    }

    /// <summary>
    /// Every message gets its two replies (the disclosure and the coach's answer). A reply whose post was in flight at
    /// the kill may arrive twice: the Bot Connector has no idempotency key, so the one turn running then may repeat it.
    /// </summary>
    private async Task AssertEachAnsweredOnceAsync(long waitingAtKill)
    {
        Assert.True(waitingAtKill > 0, "the kill came after every turn was finished; the drill tested nothing");
        var replies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (replies.Count < Conversations || replies.Values.Any(r => r.Count < 2))
        {
            var received = await _connector.NextMessageAsync(TimeSpan.FromSeconds(60));
            var to = received.Activity.GetProperty("replyToId").GetString()!;
            (replies.TryGetValue(to, out var list) ? list : replies[to] = []).Add(received.Text);
        }

        await DurableTurnsTests.WaitUntilAsync(async () => await _journal.UnfinishedAsync() == 0);
        while (_connector.TryReadAny(out var late))
        {
            if (late!.Activity.GetProperty("type").GetString() == "message")
            {
                replies[late.Activity.GetProperty("replyToId").GetString()!].Add(late.Text);
            }
        }

        Assert.Equal(Conversations, replies.Count);
        Assert.All(replies.Values, r => Assert.Equal(2, r.Distinct(StringComparer.Ordinal).Count()));
        Assert.True(replies.Values.Sum(r => r.Count) <= (2 * Conversations) + 1, "more than the one in-flight reply was repeated");
    }
}
