using System.Collections.Concurrent;

namespace BotCompanion.Channels.Turns;

/// <summary>
/// Shows the typing indicator only for turns whose reply is not ready within Turns:TypingGrace. One timer, created
/// on the first turn and shared by all of them, checks the turns in flight; a turn that ends before its grace is up
/// starts no timer and sends no indicator. Once shown, the indicator is refreshed until the reply goes.
/// </summary>
internal sealed class TypingClock(TimeProvider time, TimeSpan grace) : IDisposable
{
    private readonly ConcurrentDictionary<TypingWatch, byte> _waiting = new();
    private readonly Lock _gate = new();
    private ITimer? _timer;

    /// <summary>Starts watching one turn; dispose the watch (awaiting it) when its reply is ready.</summary>
    public TypingWatch Watch(IReplyChannel channel)
    {
        var watch = new TypingWatch(channel, time, time.GetTimestamp() + (long)(grace.TotalSeconds * time.TimestampFrequency));
        if (grace <= TimeSpan.Zero)
        {
            watch.Fire();
            return watch;
        }

        _waiting.TryAdd(watch, 0);
        EnsureTimer();
        return watch;
    }

    public void Forget(TypingWatch watch) => _waiting.TryRemove(watch, out _);

    private void EnsureTimer()
    {
        if (_timer is not null)
        {
            return;
        }

        lock (_gate)
        {
            // A quarter of the grace: the indicator shows at most 25% late, and an idle worker ticks a few times a second.
            var period = TimeSpan.FromTicks(Math.Max(grace.Ticks / 4, TimeSpan.TicksPerMillisecond * 10));
            _timer ??= time.CreateTimer(_ => Tick(), null, period, period);
        }
    }

    private void Tick()
    {
        var now = time.GetTimestamp();
        // Enumerating the dictionary itself takes no snapshot: a tick allocates nothing.
        foreach (var (watch, _) in _waiting)
        {
            if (watch.Due <= now && _waiting.TryRemove(watch, out _))
            {
                watch.Fire();
            }
        }
    }

    public void Dispose() => _timer?.Dispose();
}
