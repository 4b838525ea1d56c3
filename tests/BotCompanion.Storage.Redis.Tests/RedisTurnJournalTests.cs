namespace BotCompanion.Storage.Redis.Tests;

/// <summary>The turn journal on the real redis-server: two consumers stand for two instances.</summary>
public sealed class RedisTurnJournalTests : IAsyncDisposable
{
    // Long enough that a renewal a quarter-lease late on a loaded machine still lands inside the lease.
    private static readonly TimeSpan Lease = TimeSpan.FromMilliseconds(800);
    private readonly RedisConnection _connection = new(Options.Create(new RedisOptions { Configuration = RedisFixture.Configuration }), NullLogger<RedisConnection>.Instance);
    private readonly string _prefix = "j" + Guid.NewGuid().ToString("N")[..12];
    private readonly RedisTurnJournal _first;
    private readonly RedisTurnJournal _second;

    public RedisTurnJournalTests()
    {
        var storage = Options.Create(new StorageOptions { KeyPrefix = _prefix });
        _first = new RedisTurnJournal(_connection, storage, NullLogger<RedisTurnJournal>.Instance);
        _second = new RedisTurnJournal(_connection, storage, NullLogger<RedisTurnJournal>.Instance);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task AnEntryTakenByOneInstance_IsNotGivenToTheOther_WhileItsLeaseIsRenewed()
    {
        await TakeAsync(_first, "a");
        await _first.AppendAsync("msteams:c1", "one", 100, default);
        var taken = await TakeAsync(_first, "a");

        // Renewed for longer than one lease in all, so the entry outlives the lease it was taken with.
        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(Lease / 4);
            await _first.RenewAsync("a", [taken[0].Id], default);
            Assert.Empty(await TakeAsync(_second, "b"));
        }
    }

    [Fact]
    public async Task AnEntryWhoseOwnerStoppedRenewing_IsClaimedByTheOther_AsASecondDelivery_WithItsSentCount()
    {
        await TakeAsync(_first, "a");
        await _first.AppendAsync("msteams:c1", "one", 100, default);
        var taken = Assert.Single(await TakeAsync(_first, "a"));
        Assert.True(await _first.MarkSentAsync("a", taken.Id, 1, default));

        await Task.Delay(Lease * 2);
        var claimed = Assert.Single(await TakeAsync(_second, "b"));

        Assert.Equal(taken.Id, claimed.Id);
        Assert.Equal(2, claimed.Deliveries);
        Assert.Equal(1, claimed.Sent);
        Assert.Equal("one", claimed.Payload);
        Assert.False(await _first.MarkSentAsync("a", taken.Id, 2, default));
    }

    [Fact]
    public async Task TheSecondTurnOfAConversation_IsNotNext_UntilTheFirstIsComplete()
    {
        await TakeAsync(_first, "a");
        await _first.AppendAsync("msteams:c1", "one", 100, default);
        await _first.AppendAsync("msteams:c1", "two", 100, default);
        var first = Assert.Single(await TakeAsync(_first, "a", max: 1));
        var second = Assert.Single(await TakeAsync(_second, "b", max: 1));

        Assert.False(await _second.IsNextAsync(second, default));
        await _first.CompleteAsync(first, default);
        Assert.True(await _second.IsNextAsync(second, default));
    }

    [Fact]
    public async Task ATakenTurn_SaysWhetherItHeadsItsConversation_SoTheFirstNeedsNoSecondLook()
    {
        await TakeAsync(_first, "a");
        await _first.AppendAsync("msteams:c1", "one", 100, default);
        await _first.AppendAsync("msteams:c1", "two", 100, default);
        await _first.AppendAsync("msteams:c2", "other", 100, default);

        var taken = await TakeAsync(_first, "a");

        Assert.Equal([true, false, true], taken.Select(e => e.WasNext));
        Assert.Equal(["one", "two", "other"], taken.Select(e => e.Payload));
    }

    [Fact]
    public async Task CompletingAfterTheLastReply_RemovesTheTurn_OnlyForTheInstanceThatStillHoldsIt()
    {
        await TakeAsync(_first, "a");
        await _first.AppendAsync("msteams:c1", "one", 100, default);
        await _first.AppendAsync("msteams:c2", "two", 100, default);
        var taken = await TakeAsync(_first, "a");

        Assert.True(await _first.CompleteSentAsync("a", taken[0], default));
        await Task.Delay(Lease * 2);
        var claimed = Assert.Single(await TakeAsync(_second, "b"));
        Assert.Equal(taken[1].Id, claimed.Id);
        Assert.False(await _first.CompleteSentAsync("a", taken[1], default));
        Assert.True(await _second.IsNextAsync(claimed, default));
        Assert.True(await _second.CompleteSentAsync("b", claimed, default));
        Assert.Empty(await TakeAsync(_second, "b"));
    }

    [Fact]
    public async Task AFullJournal_RefusesTheAppend_AndACompletedEntryMakesRoom()
    {
        await TakeAsync(_first, "a");
        Assert.True(await _first.AppendAsync("msteams:c1", "one", 1, default));
        Assert.False(await _first.AppendAsync("msteams:c2", "two", 1, default));

        await _first.CompleteAsync(Assert.Single(await TakeAsync(_first, "a")), default);

        Assert.True(await _first.AppendAsync("msteams:c2", "two", 1, default));
    }

    [Fact]
    public async Task ADeadLetter_IsNeverTakenAgain_AndForgettingTheConversationDeletesIt()
    {
        await TakeAsync(_first, "a");
        await _first.AppendAsync("msteams:c1", "their words", 100, default);
        var taken = Assert.Single(await TakeAsync(_first, "a"));

        await _first.DeadLetterAsync(taken, "test", default);
        await Task.Delay(Lease * 2);
        Assert.Empty(await TakeAsync(_second, "b"));

        var db = (await _connection.GetAsync()).GetDatabase();
        var dead = _prefix + ":turns:dead";
        Assert.Equal(1, await db.StreamLengthAsync(dead));
        await _first.ForgetAsync("msteams:c1", default);
        Assert.Equal(0, await db.StreamLengthAsync(dead));
    }

    private static Task<IReadOnlyList<Core.Turns.JournalEntry>> TakeAsync(RedisTurnJournal journal, string consumer, int max = 10) =>
        journal.TakeAsync(consumer, max, Lease, claimAbandoned: true, default);
}
