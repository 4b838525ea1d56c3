namespace BotCompanion.Storage.Redis.Tests;

/// <summary>Stores on the test redis-server (<see cref="TestRedis"/>).</summary>
internal static class RedisFixture
{
    public static string Configuration => TestRedis.Configuration;

    /// <summary>A store in a fresh namespace, so tests never see each other's keys.</summary>
    public static (RedisStateStore Store, RedisConnection Connection) NewStore(string? configuration = null, string? prefix = null, TimeSpan? idleExpiry = null)
    {
        var connection = new RedisConnection(Options.Create(new RedisOptions { Configuration = configuration ?? Configuration }), NullLogger<RedisConnection>.Instance);
        var storage = Options.Create(new StorageOptions { KeyPrefix = prefix ?? "t" + Guid.NewGuid().ToString("N")[..12], IdleExpiry = idleExpiry ?? TimeSpan.FromHours(1) });
        return (new RedisStateStore(connection, storage), connection);
    }
}
