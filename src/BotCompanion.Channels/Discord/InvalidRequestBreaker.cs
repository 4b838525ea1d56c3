using System.Collections.Concurrent;

namespace BotCompanion.Channels.Discord;

/// <summary>
/// Counts 401, 403 and (non-shared) 429 answers over a sliding 10 minutes. Discord bans an IP at 10,000; past the
/// configured budget the client stops calling until the window has room again, and says so.
/// </summary>
internal sealed class InvalidRequestBreaker(int budget, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentQueue<DateTimeOffset> _invalid = new();

    public bool IsOpen
    {
        get
        {
            Trim();
            return _invalid.Count >= budget;
        }
    }

    public void Record() => _invalid.Enqueue(time.GetUtcNow());

    private void Trim()
    {
        var horizon = time.GetUtcNow() - Window;
        while (_invalid.TryPeek(out var oldest) && oldest < horizon)
        {
            _invalid.TryDequeue(out _);
        }
    }
}
