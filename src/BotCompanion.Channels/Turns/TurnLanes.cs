namespace BotCompanion.Channels.Turns;

/// <summary>
/// Runs work of one conversation strictly in the order it was given, different conversations in parallel up to a
/// number of slots.
/// </summary>
internal sealed class TurnLanes(int slots) : IDisposable
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(slots);

    public void Run(string conversationKey, Func<Task> work)
    {
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(conversationKey, out var lane))
            {
                lane = new Lane();
                _lanes[conversationKey] = lane;
            }

            lane.Pending++;
            lane.Tail = RunAfterAsync(lane.Tail, conversationKey, work);
        }
    }

    /// <summary>Completes when everything given so far has run.</summary>
    public Task DrainAsync()
    {
        lock (_lanes)
        {
            return Task.WhenAll([.. _lanes.Values.Select(lane => lane.Tail)]);
        }
    }

    private async Task RunAfterAsync(Task previous, string key, Func<Task> work)
    {
        await previous;
        await _slots.WaitAsync();
        try
        {
            await work();
        }
        finally
        {
            _slots.Release();
            lock (_lanes)
            {
                if (--_lanes[key].Pending == 0)
                {
                    _lanes.Remove(key);
                }
            }
        }
    }

    public void Dispose() => _slots.Dispose();

    /// <summary>The work of one conversation: the last given, and how many are not finished.</summary>
    private sealed class Lane
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        public int Pending { get; set; }
    }
}
