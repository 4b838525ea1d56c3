using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Nudges;

/// <summary>The same claim-and-lease behaviour as the Redis queue, within one process.</summary>
public sealed class InMemoryNudgeQueue : INudgeQueue
{
    private readonly Lock _gate = new();
    // Nudge → when it may be handed out; a deferred nudge keeps its own DueAt (the moment it is about).
    private readonly Dictionary<string, (Nudge Nudge, DateTimeOffset ReadyAt)> _due = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClaimedNudge> _leased = new(StringComparer.Ordinal);

    public Task ScheduleAsync(Nudge nudge, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_leased.ContainsKey(nudge.Id))
            {
                _due[nudge.Id] = (nudge, nudge.DueAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task CancelAsync(string nudgeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _due.Remove(nudgeId);
            _leased.Remove(nudgeId);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ClaimedNudge>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var expired in _leased.Values.Where(c => c.LeaseUntil <= now).ToList())
            {
                _leased.Remove(expired.Nudge.Id);
                _due[expired.Nudge.Id] = (expired.Nudge, now);
            }

            var claimed = _due.Values.Where(n => n.ReadyAt <= now).OrderBy(n => n.ReadyAt).Take(max)
                .Select(n => new ClaimedNudge(n.Nudge, now + lease)).ToList();
            foreach (var claim in claimed)
            {
                _due.Remove(claim.Nudge.Id);
                _leased[claim.Nudge.Id] = claim;
            }

            return Task.FromResult<IReadOnlyList<ClaimedNudge>>(claimed);
        }
    }

    public Task CompleteAsync(Nudge nudge, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _leased.Remove(nudge.Id);
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(Nudge nudge, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_leased.Remove(nudge.Id))
            {
                _due[nudge.Id] = (nudge, dueAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task RemoveConversationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var id in _due.Where(kv => kv.Value.Nudge.Conversation == conversation).Select(kv => kv.Key).ToList())
            {
                _due.Remove(id);
            }

            foreach (var id in _leased.Where(kv => kv.Value.Nudge.Conversation == conversation).Select(kv => kv.Key).ToList())
            {
                _leased.Remove(id);
            }
        }

        return Task.CompletedTask;
    }

    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _due.Count + _leased.Count;
            }
        }
    }
}
