using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Core.Tests.Support;

internal static class TestStores
{
    public static InMemoryStateStore InMemory(TimeProvider? time = null, TimeSpan? idleExpiry = null) =>
        new(Options.Create(new StorageOptions { IdleExpiry = idleExpiry ?? TimeSpan.FromDays(90) }), time ?? new FakeTimeProvider());
}
