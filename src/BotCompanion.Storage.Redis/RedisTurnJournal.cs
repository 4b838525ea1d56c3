using BotCompanion.Core.Messages;
using BotCompanion.Core.Turns;

namespace BotCompanion.Storage.Redis;

/// <summary>
/// The turn journal on a Redis Stream read through one consumer group by every instance. Finished entries are
/// deleted, so the stream holds only unfinished turns and its length is the capacity check; a per-conversation list
/// of entry ids keeps each conversation's turns in arrival order across instances.
/// </summary>
internal sealed partial class RedisTurnJournal(RedisConnection connection, IOptions<StorageOptions> options, ILogger<RedisTurnJournal> logger)
    : ITurnJournal, IPersonalDataEraser
{
    internal const string Group = "turns";
    private const int DeadLetterCapacity = 10_000;

    private readonly string _prefix = options.Value.KeyPrefix + ":";
    private string _claimCursor = "0-0";
    private bool _recovered;

    private RedisKey Stream => _prefix + StateKeys.TurnJournal("stream");

    private RedisKey Deliveries => _prefix + StateKeys.TurnJournal("deliveries");

    private RedisKey Sent => _prefix + StateKeys.TurnJournal("sent");

    private RedisKey Dead => _prefix + StateKeys.TurnJournal("dead");

    private RedisKey Lane(string conversationKey) => _prefix + StateKeys.TurnJournal("lane:" + conversationKey);

    public async Task<bool> AppendAsync(string conversationKey, string payload, int capacity, CancellationToken cancellationToken)
    {
        var id = await EvaluateAsync(RedisTurnScripts.Append, [Stream, Deliveries, Sent, Lane(conversationKey)], [capacity, conversationKey, payload]);
        return !id.IsNull;
    }

    public async Task<IReadOnlyList<JournalEntry>> TakeAsync(string consumer, int max, TimeSpan lease, bool claimAbandoned, CancellationToken cancellationToken)
    {
        RedisResult result;
        try
        {
            result = await EvaluateAsync(RedisTurnScripts.Take, [Stream, Deliveries, Sent], [Group, consumer, (long)lease.TotalMilliseconds, _claimCursor, max, _recovered ? "0" : "1", claimAbandoned ? "1" : "0", (string)Lane(string.Empty)!]);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("NOGROUP", StringComparison.Ordinal))
        {
            // First use of this Redis (or it was emptied): the group reads the stream from its start, so nothing written before is skipped.
            await CreateGroupAsync();
            return [];
        }

        _recovered = true;
        var values = (RedisResult[])result!;
        _claimCursor = (string)values[0]!;
        var entries = new List<JournalEntry>((values.Length - 1) / 6);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i + 5 < values.Length; i += 6)
        {
            var id = (string)values[i]!;
            if (seen.Add(id))
            {
                entries.Add(new JournalEntry(id, (string)values[i + 1]!, (string)values[i + 2]!, (int)values[i + 3], (int)values[i + 4], (int)values[i + 5] == 1));
            }
        }

        return entries;
    }

    public async Task<bool> IsNextAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        var head = await connection.ExecuteAsync(db => db.ListGetByIndexAsync(Lane(entry.ConversationKey), 0));
        return head.IsNull || head == entry.Id;
    }

    public async Task RenewAsync(string consumer, IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count > 0)
        {
            await EvaluateAsync(RedisTurnScripts.Renew, [Stream], [Group, consumer, .. entryIds.Select(id => (RedisValue)id)]);
        }
    }

    public Task ReleaseAsync(string consumer, string entryId, TimeSpan lease, TimeSpan retryAfter, bool counted, CancellationToken cancellationToken)
    {
        var idle = (long)Math.Max(0, (lease - retryAfter).TotalMilliseconds);
        return EvaluateAsync(RedisTurnScripts.Release, [Stream, Deliveries], [Group, consumer, entryId, idle, counted ? "1" : "0"]);
    }

    public async Task<bool> MarkSentAsync(string consumer, string entryId, int count, CancellationToken cancellationToken) =>
        (int)await EvaluateAsync(RedisTurnScripts.MarkSent, [Stream, Deliveries, Sent], [Group, consumer, entryId, count]) == 1;

    public Task CompleteAsync(JournalEntry entry, CancellationToken cancellationToken) =>
        EvaluateAsync(RedisTurnScripts.Complete, [Stream, Deliveries, Sent, Lane(entry.ConversationKey)], [Group, entry.Id]);

    public async Task<bool> CompleteSentAsync(string consumer, JournalEntry entry, CancellationToken cancellationToken) =>
        (int)await EvaluateAsync(RedisTurnScripts.CompleteHeld, [Stream, Deliveries, Sent, Lane(entry.ConversationKey)], [Group, consumer, entry.Id]) == 1;

    public async Task DeadLetterAsync(JournalEntry entry, string reason, CancellationToken cancellationToken)
    {
        await EvaluateAsync(
            RedisTurnScripts.DeadLetter,
            [Stream, Deliveries, Sent, Lane(entry.ConversationKey), Dead],
            [Group, entry.Id, entry.ConversationKey, entry.Payload, reason, entry.Deliveries, DeadLetterCapacity]);
        Log.DeadLettered(logger, entry.Id, entry.Deliveries, reason);
    }

    public async Task ForgetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var removed = await EvaluateAsync(RedisTurnScripts.Forget, [Dead], [conversationKey]);
        if ((int)removed > 0)
        {
            Log.DeadLettersForgotten(logger, (int)removed);
        }
    }

    Task IPersonalDataEraser.EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken) =>
        ForgetAsync(conversation.ToString(), cancellationToken);

    private async Task CreateGroupAsync()
    {
        try
        {
            await connection.ExecuteAsync(db => db.StreamCreateConsumerGroupAsync(Stream, Group, "0-0", createStream: true));
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another instance created it first.
        }
    }

    private Task<RedisResult> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values) =>
        connection.ExecuteAsync(db => db.ScriptEvaluateAsync(script, keys, values));

    private static partial class Log
    {
        [LoggerMessage(5020, LogLevel.Error, "Turn {EntryId} failed {Deliveries} times and was set aside in the dead-letter stream: {Reason}", EventName = "TurnDeadLettered")]
        public static partial void DeadLettered(ILogger logger, string entryId, int deliveries, string reason);

        [LoggerMessage(5021, LogLevel.Information, "{Count} set-aside turns of a forgotten conversation were deleted", EventName = "DeadLettersForgotten")]
        public static partial void DeadLettersForgotten(ILogger logger, int count);
    }
}
