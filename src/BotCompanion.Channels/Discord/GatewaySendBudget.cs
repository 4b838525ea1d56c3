namespace BotCompanion.Channels.Discord;

/// <summary>
/// Discord closes a Gateway connection that sends more than 120 events a minute (close code 4008). This keeps a
/// connection under <see cref="MaxPerWindow"/> per <see cref="Window"/>, heartbeats included. Not thread-safe: the
/// caller serialises sends.
/// </summary>
internal sealed class GatewaySendBudget
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    public const int MaxPerWindow = 110;
    private readonly Queue<DateTimeOffset> _sentAt = new();

    /// <summary>How long to wait before sending at <paramref name="now"/>; the send is counted as made after that wait.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        while (_sentAt.Count > 0 && now - _sentAt.Peek() >= Window)
        {
            _sentAt.Dequeue();
        }

        var wait = _sentAt.Count >= MaxPerWindow ? _sentAt.Dequeue() + Window - now : TimeSpan.Zero;
        _sentAt.Enqueue(now + wait);
        return wait;
    }
}
