using StackExchange.Redis;

namespace BotCompanion.Web.Tests.Channels.Turns;

/// <summary>A deployment's key prefix on the test Redis, with a look at its turn journal.</summary>
internal sealed class JournalBed : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _redis = ConnectionMultiplexer.Connect(TestRedis.Configuration);

    public string Prefix { get; } = "journal" + Guid.NewGuid().ToString("N")[..10];

    private IDatabase Db => _redis.GetDatabase();

    public Task<long> UnfinishedAsync() => Db.StreamLengthAsync(Prefix + ":turns:stream");

    public async Task<StreamEntry[]> DeadLettersAsync() => await Db.StreamRangeAsync(Prefix + ":turns:dead");

    /// <summary>Every key of this deployment whose name contains <paramref name="part"/>.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string part)
    {
        var server = _redis.GetServer(_redis.GetEndPoints()[0]);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: Prefix + ":*"))
        {
            if (((string)key!).Contains(part, StringComparison.Ordinal))
            {
                keys.Add(key!);
            }
        }

        return keys;
    }

    public Dictionary<string, string?> HostSettings(string instance) => new()
    {
        ["Storage:Redis:Configuration"] = TestRedis.Configuration,
        ["Storage:KeyPrefix"] = Prefix,
        ["Turns:InstanceName"] = instance,
        ["Turns:Lease"] = "00:00:02",
        ["Turns:PollInterval"] = "00:00:00.050",
        // No typing indicators: the connector sees replies only, so its scripted failures hit the replies.
        ["Turns:TypingGrace"] = "00:00:30",
        ["Channels:Teams:MaxRetries"] = "0",
    };

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();
}
