using BotCompanion.Core.Sessions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>The loopback redis-server started by ./test.sh. A Redis test never skips: without it, it fails and says why.</summary>
internal static class RedisFixture
{
    public static string Configuration =>
        Environment.GetEnvironmentVariable("BOTCOMPANION_TEST_REDIS") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("BOTCOMPANION_TEST_REDIS is not set: run the tests with ./test.sh, which starts a loopback redis-server.");

    /// <summary>A store in a fresh namespace, so tests never see each other's keys.</summary>
    public static (RedisStateStore Store, RedisConnection Connection) NewStore(string? configuration = null, string? prefix = null, TimeSpan? idleExpiry = null)
    {
        var connection = new RedisConnection(Options.Create(new RedisOptions { Configuration = configuration ?? Configuration }), NullLogger<RedisConnection>.Instance);
        var storage = Options.Create(new StorageOptions { KeyPrefix = prefix ?? "t" + Guid.NewGuid().ToString("N")[..12], IdleExpiry = idleExpiry ?? TimeSpan.FromHours(1) });
        return (new RedisStateStore(connection, storage), connection);
    }
}
