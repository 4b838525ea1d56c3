using BotCompanion.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Core.Tests.State;

public class InMemoryStateStoreTests
{
    [Fact]
    public async Task TrySaveAsync_WithCurrentVersion_SavesAndBumpsVersion()
    {
        var store = TestStores.InMemory();
        Assert.True(await store.TrySaveAsync("k", "{\"a\":1}", 0, default));

        Assert.True(await store.TrySaveAsync("k", "{\"a\":2}", 1, default));

        var doc = await store.GetAsync("k", default);
        Assert.Equal("{\"a\":2}", doc!.Json);
        Assert.Equal(2, doc.Version);
    }

    [Fact]
    public async Task TrySaveAsync_WithStaleVersion_RefusesAndKeepsTheNewerDocument()
    {
        var store = TestStores.InMemory();
        await store.TrySaveAsync("k", "first", 0, default);
        await store.TrySaveAsync("k", "second", 1, default);

        var saved = await store.TrySaveAsync("k", "stale", 1, default);

        Assert.False(saved);
        Assert.Equal("second", (await store.GetAsync("k", default))!.Json);
    }

    [Fact]
    public async Task TrySaveAsync_CreateWhenKeyExists_Refuses()
    {
        var store = TestStores.InMemory();
        await store.TrySaveAsync("k", "first", 0, default);

        Assert.False(await store.TrySaveAsync("k", "again", 0, default));
    }

    [Fact]
    public async Task GetAsync_AfterIdleExpiry_ReturnsNothing()
    {
        var time = new FakeTimeProvider();
        var store = TestStores.InMemory(time, TimeSpan.FromHours(1));
        await store.TrySaveAsync("k", "x", 0, default);

        time.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(await store.GetAsync("k", default));
    }

    [Fact]
    public async Task GetAsync_WithinIdleExpiry_RenewsTheEntry()
    {
        var time = new FakeTimeProvider();
        var store = TestStores.InMemory(time, TimeSpan.FromHours(1));
        await store.TrySaveAsync("k", "x", 0, default);

        time.Advance(TimeSpan.FromMinutes(50));
        await store.GetAsync("k", default);
        time.Advance(TimeSpan.FromMinutes(50));

        Assert.NotNull(await store.GetAsync("k", default));
    }

    [Fact]
    public async Task ListKeysAsync_ReturnsOnlyKeysWithThePrefix()
    {
        var store = TestStores.InMemory();
        await store.TrySaveAsync("conv:a", "x", 0, default);
        await store.TrySaveAsync("conv:b", "x", 0, default);
        await store.TrySaveAsync("other", "x", 0, default);

        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync("conv:", default))
        {
            keys.Add(key);
        }

        Assert.Equal(["conv:a", "conv:b"], keys.Order());
    }
}
