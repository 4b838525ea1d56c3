namespace BotCompanion.Channels.Turns;

/// <summary>One turn's typing indicator: nothing until it is due, then sent and refreshed until the turn stops it.</summary>
internal sealed class TypingWatch(IReplyChannel channel, TimeProvider time, long due) : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _refresh;
    private Task _loop = Task.CompletedTask;
    private bool _stopped;

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> after which the indicator is shown.</summary>
    public long Due => due;

    /// <summary>True once the indicator was started (the reply was not ready within the grace).</summary>
    public bool Shown => _refresh is not null;

    public void Fire()
    {
        lock (_gate)
        {
            if (_stopped || _refresh is not null)
            {
                return;
            }

            _refresh = new CancellationTokenSource();
            _loop = KeepTypingAsync(_refresh.Token);
        }
    }

    /// <summary>Stops the indicator; when this completes, no typing activity is in flight, so none trails the reply.</summary>
    public async Task StopAsync()
    {
        Task loop;
        lock (_gate)
        {
            _stopped = true;
            _refresh?.Cancel();
            loop = _loop;
        }

        await loop;
    }

    public void Dispose() => _refresh?.Dispose();

    private async Task KeepTypingAsync(CancellationToken stop)
    {
        // Off the caller's thread: the clock's tick (or the turn) never waits for a connector round trip.
        await Task.Yield();
        try
        {
            // Once fired, the indicator is sent at least once, even when the reply became ready meanwhile: the
            // grace decided it was due, and StopAsync waits for it, so it still lands before the reply.
            do
            {
                if (!channel.IsStreaming)
                {
                    // Not cancelled mid-flight: the indicator must land before the reply, never after it.
                    await channel.SendTypingAsync(CancellationToken.None);
                }

                await Task.Delay(channel.TypingRefresh, time, stop);
            }
            while (!stop.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The reply is ready; the indicator stops by itself on the client.
        }
    }
}
