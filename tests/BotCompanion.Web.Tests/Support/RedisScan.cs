using StackExchange.Redis;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// Everything a Redis database holds under a key pattern, read whatever the key's type: a string's value, a hash's
/// fields and values, a list's, set's and sorted set's members, a stream's entry ids, fields and values. For the
/// tests that prove nothing about a person (or a refused request) is left behind.
/// </summary>
public static class RedisScan
{
    /// <summary>Each key under <paramref name="pattern"/> (SCAN) with its type and all it holds, as text.</summary>
    public static async IAsyncEnumerable<(string Key, RedisType Type, string Content)> AllAsync(IConnectionMultiplexer redis, string pattern)
    {
        var db = redis.GetDatabase();
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: pattern, pageSize: 500))
            {
                var type = await db.KeyTypeAsync(key);
                yield return (key.ToString(), type, await ContentAsync(db, key, type));
            }
        }
    }

    private static async Task<string> ContentAsync(IDatabase db, RedisKey key, RedisType type)
    {
        var text = new StringBuilder();
        switch (type)
        {
            case RedisType.String:
                text.Append((string?)await db.StringGetAsync(key));
                break;
            case RedisType.Hash:
                foreach (var entry in await db.HashGetAllAsync(key))
                {
                    text.Append(entry.Name).Append('=').Append(entry.Value).Append('\n');
                }

                break;
            case RedisType.List:
                text.AppendJoin('\n', await db.ListRangeAsync(key));
                break;
            case RedisType.Set:
                text.AppendJoin('\n', await db.SetMembersAsync(key));
                break;
            case RedisType.SortedSet:
                text.AppendJoin('\n', (await db.SortedSetRangeByRankWithScoresAsync(key)).Select(e => $"{e.Element} {e.Score}"));
                break;
            case RedisType.Stream:
                foreach (var entry in await db.StreamRangeAsync(key))
                {
                    text.Append(entry.Id).Append(' ').AppendJoin(' ', entry.Values.Select(v => $"{v.Name}={v.Value}")).Append('\n');
                }

                break;
            default:
                text.Append("(type ").Append(type).Append(" not read)");
                break;
        }

        return text.ToString();
    }
}
