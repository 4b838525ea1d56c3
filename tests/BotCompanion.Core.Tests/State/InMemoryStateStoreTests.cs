using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Core.Tests.State;

/// <summary>The in-memory store's own behaviour; what every store promises is in <see cref="InMemoryStateStoreContractTests"/>.</summary>
public class InMemoryStateStoreTests
{
    [Fact]
    public async Task GetAsync_AfterIdleExpiry_ReturnsNothing()
    {
        var (time, store) = await SavedWithAnHourOfIdleExpiryAsync();

        time.Advance(TimeSpan.FromMinutes(61));

        Assert.Null(await store.GetAsync("k", default));
    }

    [Fact]
    public async Task GetAsync_WithinIdleExpiry_RenewsTheEntry()
    {
        var (time, store) = await SavedWithAnHourOfIdleExpiryAsync();

        time.Advance(TimeSpan.FromMinutes(50));
        await store.GetAsync("k", default);
        time.Advance(TimeSpan.FromMinutes(50));

        Assert.NotNull(await store.GetAsync("k", default));
    }

    /// <summary>A store on a fake clock that forgets entries idle for an hour, holding "k".</summary>
    private static async Task<(FakeTimeProvider Time, IStateStore Store)> SavedWithAnHourOfIdleExpiryAsync()
    {
        var time = new FakeTimeProvider();
        var store = TestStores.InMemory(time, TimeSpan.FromHours(1));
        await store.TrySaveAsync("k", "x", 0, default);
        return (time, store);
    }
}
