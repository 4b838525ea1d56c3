using BotCompanion.Core.State;

namespace BotCompanion.TestKit.State;

/// <summary>
/// What every <see cref="IStateStore"/> promises, run against each store by a subclass that says how to make a
/// fresh, empty one. Store-specific behaviour (expiry mechanics, outages) stays in the store's own tests.
/// </summary>
public abstract class StateStoreContract : IAsyncLifetime
{
    private IStateStore? _store;

    protected IStateStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    /// <summary>A store that holds nothing yet and sees no other test's keys.</summary>
    protected abstract Task<IStateStore> NewStoreAsync();

    public async Task InitializeAsync() => _store = await NewStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetAsync_OfAKeyNeverSaved_ReturnsNothing() => Assert.Null(await Store.GetAsync("missing", default));

    [Fact]
    public async Task TrySaveAsync_WithTheCurrentVersion_SavesAndBumpsTheVersion()
    {
        Assert.True(await Store.TrySaveAsync("k", "{\"a\":1}", 0, default));

        Assert.True(await Store.TrySaveAsync("k", "{\"a\":2}", 1, default));

        Assert.Equal(new StoredDocument("{\"a\":2}", 2), await Store.GetAsync("k", default));
    }

    [Fact]
    public async Task TrySaveAsync_WithAStaleVersion_RefusesAndKeepsTheNewerDocument()
    {
        await Store.TrySaveAsync("k", "first", 0, default);
        await Store.TrySaveAsync("k", "second", 1, default);

        Assert.False(await Store.TrySaveAsync("k", "stale", 1, default));
        Assert.Equal("second", (await Store.GetAsync("k", default))!.Json);
    }

    [Fact]
    public async Task TrySaveAsync_CreatingAKeyThatExists_Refuses()
    {
        await Store.TrySaveAsync("k", "first", 0, default);

        Assert.False(await Store.TrySaveAsync("k", "again", 0, default));
        Assert.Equal("first", (await Store.GetAsync("k", default))!.Json);
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheKey_AndSaysWhetherThereWasOne()
    {
        await Store.TrySaveAsync("k", "x", 0, default);

        Assert.True(await Store.DeleteAsync("k", default));
        Assert.False(await Store.DeleteAsync("k", default));
        Assert.Null(await Store.GetAsync("k", default));
        Assert.True(await Store.TrySaveAsync("k", "new", 0, default));
    }

    [Fact]
    public async Task ListKeysAsync_ReturnsOnlyKeysWithThePrefix_AsTheyWereSaved()
    {
        await Store.TrySaveAsync("conv:a", "{}", 0, default);
        await Store.TrySaveAsync("conv:b", "{}", 0, default);
        await Store.TrySaveAsync("other:a", "{}", 0, default);

        var keys = new List<string>();
        await foreach (var key in Store.ListKeysAsync("conv:", default))
        {
            keys.Add(key);
        }

        Assert.Equal(["conv:a", "conv:b"], keys.Order());
    }

    [Fact]
    public async Task PingAsync_OfAReachableStore_Succeeds() => await Store.PingAsync(default);
}
