using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Tests.Turns;

public class KeyedLockTests
{
    [Fact]
    public async Task AcquireAsync_SameKey_WaitsForTheHolder()
    {
        var locks = new KeyedLock();
        var held = await locks.AcquireAsync("a", default);

        var second = locks.AcquireAsync("a", default);
        Assert.False(second.IsCompleted);

        held.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_DifferentKeys_DoNotBlockEachOther()
    {
        var locks = new KeyedLock();
        using var a = await locks.AcquireAsync("a", default);

        var b = locks.AcquireAsync("b", default);

        Assert.True(b.IsCompleted);
        (await b).Dispose();
    }

    [Fact]
    public async Task Dispose_LastHolder_ForgetsTheKey()
    {
        var locks = new KeyedLock();

        (await locks.AcquireAsync("a", default)).Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }
}
