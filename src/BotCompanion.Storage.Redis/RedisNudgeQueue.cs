using System.Text.Json;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Nudges;

namespace BotCompanion.Storage.Redis;

/// <summary>
/// Due nudges in Redis, shared by every instance: a sorted set of nudges ready to hand out (score = when), a sorted
/// set of leased ones (score = lease end), their JSON in a hash, and an index per conversation. Claims are one Lua
/// script, so two instances can never hold the same nudge, and an expired lease is handed out again.
/// </summary>
internal sealed class RedisNudgeQueue(RedisConnection connection, IOptions<StorageOptions> options) : INudgeQueue
{
    private readonly string _prefix = options.Value.KeyPrefix + ":";

    private static readonly LuaScript ScheduleScript = LuaScript.Prepare(
        """
        if redis.call('ZSCORE', @leased, @id) then return 0 end
        redis.call('HSET', @data, @id, @json)
        redis.call('ZADD', @ready, @at, @id)
        redis.call('SADD', @conv, @id)
        return 1
        """);

    private static readonly LuaScript ClaimScript = LuaScript.Prepare(
        """
        local expired = redis.call('ZRANGEBYSCORE', @leased, '-inf', @now)
        for _, id in ipairs(expired) do
          redis.call('ZREM', @leased, id)
          redis.call('ZADD', @ready, @now, id)
        end
        local ids = redis.call('ZRANGEBYSCORE', @ready, '-inf', @now, 'LIMIT', 0, @max)
        local out = {}
        for _, id in ipairs(ids) do
          redis.call('ZREM', @ready, id)
          local json = redis.call('HGET', @data, id)
          if json then
            redis.call('ZADD', @leased, @until, id)
            table.insert(out, json)
          end
        end
        return out
        """);

    private static readonly LuaScript ReleaseScript = LuaScript.Prepare(
        """
        if redis.call('ZREM', @leased, @id) == 0 then return 0 end
        redis.call('HSET', @data, @id, @json)
        redis.call('ZADD', @ready, @at, @id)
        return 1
        """);

    private static readonly LuaScript RemoveScript = LuaScript.Prepare(
        """
        redis.call('ZREM', @ready, @id)
        redis.call('ZREM', @leased, @id)
        redis.call('HDEL', @data, @id)
        redis.call('SREM', @conv, @id)
        return 1
        """);

    private RedisKey Ready => _prefix + StateKeys.NudgeQueue("ready");

    private RedisKey Leased => _prefix + StateKeys.NudgeQueue("leased");

    private RedisKey Data => _prefix + StateKeys.NudgeQueue("data");

    public Task ScheduleAsync(Nudge nudge, CancellationToken cancellationToken) =>
        RunAsync(ScheduleScript, new { ready = Ready, leased = Leased, data = Data, conv = Conversation(nudge.Conversation), id = nudge.Id, json = Serialize(nudge), at = nudge.DueAt.ToUnixTimeMilliseconds() });

    public Task CancelAsync(string nudgeId, CancellationToken cancellationToken) =>
        RemoveAsync(nudgeId, null);

    public async Task<IReadOnlyList<ClaimedNudge>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = now + lease;
        var result = await RunAsync(ClaimScript, new { ready = Ready, leased = Leased, data = Data, now = now.ToUnixTimeMilliseconds(), max, until = until.ToUnixTimeMilliseconds() });
        return [.. ((RedisResult[])result!).Select(json => new ClaimedNudge(Deserialize((string)json!), until))];
    }

    public Task CompleteAsync(Nudge nudge, CancellationToken cancellationToken) => RemoveAsync(nudge.Id, nudge.Conversation);

    public Task ReleaseAsync(Nudge nudge, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        RunAsync(ReleaseScript, new { ready = Ready, leased = Leased, data = Data, id = nudge.Id, json = Serialize(nudge), at = dueAt.ToUnixTimeMilliseconds() });

    public async Task RemoveConversationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var ids = await connection.ExecuteAsync(db => db.SetMembersAsync(Conversation(conversation)));
        foreach (var id in ids)
        {
            await RemoveAsync(id!, conversation);
        }

        await connection.ExecuteAsync(db => db.KeyDeleteAsync(Conversation(conversation)));
    }

    private async Task RemoveAsync(string id, ConversationKey? conversation)
    {
        // Cancel by id alone does not know the conversation; its index entry is cleaned up with the conversation.
        var conv = conversation is { } key ? Conversation(key) : (RedisKey)(_prefix + StateKeys.NudgeQueue("orphans"));
        await RunAsync(RemoveScript, new { ready = Ready, leased = Leased, data = Data, conv, id });
    }

    private RedisKey Conversation(ConversationKey conversation) => _prefix + StateKeys.NudgeQueue(StateKeys.Conversation(conversation));

    private Task<RedisResult> RunAsync(LuaScript script, object parameters) =>
        connection.ExecuteAsync(db => db.ScriptEvaluateAsync(script, parameters));

    private static string Serialize(Nudge nudge) => JsonSerializer.Serialize(nudge, StateJson.Options);

    private static Nudge Deserialize(string json) =>
        JsonSerializer.Deserialize<Nudge>(json, StateJson.Options) ?? throw new InvalidOperationException("A stored nudge was null.");
}
