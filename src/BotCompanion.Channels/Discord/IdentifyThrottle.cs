namespace BotCompanion.Channels.Discord;

/// <summary>
/// Discord allows one Identify per 5 seconds per shard (max_concurrency 1), and a daily number of session starts;
/// faster or further ones are refused and count against the bot. Both waits happen before connecting, so that once
/// Hello arrives, heartbeats and their ACKs can flow.
/// </summary>
internal sealed class IdentifyThrottle(TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private DateTimeOffset? _last;

    /// <summary>Waits out the rest of the 5 seconds since the last Identify.</summary>
    public async Task WaitForSpacingAsync(CancellationToken cancellationToken)
    {
        if (_last is { } last && last + Spacing - time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Waits for the daily limit's reset when GET /gateway/bot says no session starts are left.</summary>
    public async Task WaitForDailyLimitAsync(JsonElement gatewayBot, CancellationToken cancellationToken)
    {
        if (gatewayBot.TryGetProperty("session_start_limit", out var limit) && limit.GetProperty("remaining").GetInt32() == 0)
        {
            var wait = TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble());
            DiscordGatewayLog.IdentifyLimit(logger, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>An Identify is being sent now.</summary>
    public void Record() => _last = time.GetUtcNow();
}
