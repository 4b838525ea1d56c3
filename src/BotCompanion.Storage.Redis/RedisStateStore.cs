using System.Runtime.CompilerServices;

namespace BotCompanion.Storage.Redis;

/// <summary>
/// Documents live in a hash {v: version, d: json}. Reads and compare-and-set writes are single Lua scripts,
/// so a turn costs one round trip to read and one to write, and concurrent writers cannot interleave.
/// </summary>
internal sealed class RedisStateStore(RedisConnection connection, IOptions<StorageOptions> options) : IStateStore
{
    private readonly string _prefix = options.Value.KeyPrefix + ":";
    private readonly long _expiryMs = (long)options.Value.IdleExpiry.TotalMilliseconds;

    private static readonly LuaScript GetScript = LuaScript.Prepare(
        """
        local r = redis.call('HMGET', @key, 'v', 'd')
        if r[1] then redis.call('PEXPIRE', @key, @ttl) end
        return r
        """);

    private static readonly LuaScript SaveScript = LuaScript.Prepare(
        """
        local v = redis.call('HGET', @key, 'v')
        if (not v and @expected == '0') or v == @expected then
          redis.call('HSET', @key, 'v', tonumber(@expected) + 1, 'd', @json)
          redis.call('PEXPIRE', @key, @ttl)
          return 1
        end
        return 0
        """);

    public async Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var result = await connection.ExecuteAsync(db => db.ScriptEvaluateAsync(GetScript, new { key = (RedisKey)(_prefix + key), ttl = _expiryMs }));
        var values = (RedisResult[])result!;
        if (values[0].IsNull || values[1].IsNull)
        {
            return null;
        }

        return new StoredDocument((string)values[1]!, (long)values[0]);
    }

    public async Task<bool> TrySaveAsync(string key, string json, long expectedVersion, CancellationToken cancellationToken)
    {
        var args = new { key = (RedisKey)(_prefix + key), expected = expectedVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), json, ttl = _expiryMs };
        var result = await connection.ExecuteAsync(db => db.ScriptEvaluateAsync(SaveScript, args));
        return (long)result == 1;
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(db => db.KeyDeleteAsync(_prefix + key));

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var multiplexer = await connection.GetAsync();
        foreach (var endpoint in multiplexer.GetEndPoints())
        {
            var server = multiplexer.GetServer(endpoint);
            if (server.IsReplica)
            {
                continue;
            }

            await foreach (var key in server.KeysAsync(pattern: EscapeGlob(_prefix + prefix) + "*").WithCancellation(cancellationToken))
            {
                yield return ((string)key!)[_prefix.Length..];
            }
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) => connection.ExecuteAsync(db => db.PingAsync());

    private static string EscapeGlob(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal)
            .Replace("?", "\\?", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
