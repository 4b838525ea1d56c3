using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Telemetry;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Hosting;

namespace BotCompanion.Core.Nudges;

/// <summary>
/// Polls the shared nudge queue (interval plus jitter), claims due nudges under a lease, runs each as a turn so the
/// engine decides with the person's current settings, and delivers through the channel's proactive sender. A
/// delivered nudge id is recorded, so a nudge re-claimed after a crash is never posted twice. On shutdown, nudges
/// in hand are finished or given back; none is lost.
/// </summary>
public sealed partial class NudgeScheduler(
    INudgeQueue queue,
    TurnProcessor processor,
    IStateStore store,
    IEnumerable<IProactiveSender> senders,
    IOptions<NudgeOptions> options,
    TimeProvider time,
    ILogger<NudgeScheduler> logger) : BackgroundService
{
    private readonly NudgeOptions _options = options.Value;
    private readonly Dictionary<string, IProactiveSender> _senders = senders
        .SelectMany(s => s.Channels.Select(c => (Channel: c, Sender: s)))
        .ToDictionary(x => x.Channel, x => x.Sender, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) >= _options.BatchSize)
                {
                    // A full batch means more is due now: drain before sleeping, or a backlog waits a poll per batch.
                    continue;
                }
            }
            catch (StoreUnavailableException ex)
            {
                Log.QueueUnavailable(logger, ex.Message);
            }

            var jitter = _options.PollJitter * Random.Shared.NextDouble();
            try
            {
                await Task.Delay(_options.PollInterval + jitter, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One poll: claims what is due and handles it. Returns how many nudges were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken stoppingToken)
    {
        var claimed = await queue.ClaimDueAsync(time.GetUtcNow(), _options.BatchSize, _options.Lease, CancellationToken.None);

        // Each nudge is a turn of its own conversation (serialised per conversation by the turn processor), so
        // nudges of different people are handled side by side.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency };
        await Parallel.ForEachAsync(claimed, parallel, async (claim, _) =>
        {
            if (stoppingToken.IsCancellationRequested)
            {
                // Stopping: give back what was not started, due at once, for another instance.
                await queue.ReleaseAsync(claim.Nudge, claim.Nudge.DueAt, CancellationToken.None);
                return;
            }

            await HandleAsync(claim.Nudge);
        });

        return claimed.Count;
    }

    private async Task HandleAsync(Nudge nudge)
    {
        var deliveredKey = StateKeys.Delivered(nudge.Conversation, nudge.Id);
        if (await store.GetAsync(deliveredKey, CancellationToken.None) is not null)
        {
            await queue.CompleteAsync(nudge, CancellationToken.None);
            return;
        }

        var result = await processor.ProcessAsync(Turn(nudge), CancellationToken.None);
        var decision = result.Nudge ?? NudgeDecision.Drop("no decision");
        switch (decision.Action)
        {
            case NudgeAction.Defer:
                Log.Deferred(logger, nudge.Id, decision.RetryAt ?? default, decision.Reason ?? "");
                await queue.ReleaseAsync(nudge, decision.RetryAt ?? time.GetUtcNow().AddHours(1), CancellationToken.None);
                return;
            case NudgeAction.Drop:
                Log.Dropped(logger, nudge.Id, decision.Reason ?? "");
                await queue.CompleteAsync(nudge, CancellationToken.None);
                return;
        }

        if (!_senders.TryGetValue(nudge.Conversation.ChannelId, out var sender))
        {
            // Another instance sharing the queue (the web host, say) may serve this channel: leave it for them.
            var wait = RetryDelay(nudge.Attempt + 1);
            Log.NoSender(logger, nudge.Conversation.ChannelId, wait.TotalSeconds);
            await queue.ReleaseAsync(nudge with { Attempt = nudge.Attempt + 1 }, time.GetUtcNow() + wait, CancellationToken.None);
            return;
        }

        try
        {
            await sender.SendAsync(nudge.Conversation, result.Replies, nudge.Id, CancellationToken.None);
            await store.TrySaveAsync(deliveredKey, "{}", 0, CancellationToken.None);
            await queue.CompleteAsync(nudge, CancellationToken.None);
            var lateness = time.GetUtcNow() - nudge.DueAt;
            Log.Delivered(logger, nudge.Id, lateness.TotalMilliseconds);
            BotMetrics.NudgesDelivered.Add(1);
            BotMetrics.NudgeLateness.Record(Math.Max(0, lateness.TotalSeconds));
        }
        catch (RecipientUnreachableException)
        {
            Log.Unreachable(logger, nudge.Id);
            await queue.CompleteAsync(nudge, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempt = nudge.Attempt + 1;
            var capped = RetryDelay(attempt);
            Log.Retrying(logger, nudge.Id, attempt, capped.TotalSeconds, ex.GetType().Name);
            await queue.ReleaseAsync(nudge with { Attempt = attempt }, time.GetUtcNow() + capped, CancellationToken.None);
        }
    }

    private TimeSpan RetryDelay(int attempt)
    {
        var delay = _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempt - 1, 10));
        return delay > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : delay;
    }

    private IncomingMessage Turn(Nudge nudge) => new()
    {
        Conversation = nudge.Conversation,
        UserId = nudge.UserId,
        Kind = IncomingKind.Nudge,
        Nudge = nudge,
        Timestamp = time.GetUtcNow(),
    };

    private static partial class Log
    {
        [LoggerMessage(1300, LogLevel.Information, "Nudge {NudgeId} delivered, {LatenessMs:0} ms after it fell due", EventName = "NudgeDelivered")]
        public static partial void Delivered(ILogger logger, string nudgeId, double latenessMs);

        [LoggerMessage(1306, LogLevel.Debug, "Nudge {NudgeId} deferred until {Until:O}: {Reason}", EventName = "NudgeDeferred")]
        public static partial void Deferred(ILogger logger, string nudgeId, DateTimeOffset until, string reason);

        [LoggerMessage(1301, LogLevel.Information, "Nudge {NudgeId} dropped: {Reason}", EventName = "NudgeDropped")]
        public static partial void Dropped(ILogger logger, string nudgeId, string reason);

        [LoggerMessage(1302, LogLevel.Warning, "Nudge {NudgeId} delivery failed (attempt {Attempt}, {Error}); retrying in {DelaySeconds:0} s", EventName = "NudgeRetry")]
        public static partial void Retrying(ILogger logger, string nudgeId, int attempt, double delaySeconds, string error);

        [LoggerMessage(1303, LogLevel.Warning, "Nudge {NudgeId} not delivered: the person blocked or removed the bot; not retried", EventName = "NudgeUnreachable")]
        public static partial void Unreachable(ILogger logger, string nudgeId);

        [LoggerMessage(1304, LogLevel.Warning, "No proactive sender for channel '{ChannelId}' in this instance; nudge left for another instance, back in {DelaySeconds:0} s", EventName = "NudgeNoSender")]
        public static partial void NoSender(ILogger logger, string channelId, double delaySeconds);

        [LoggerMessage(1305, LogLevel.Error, "Nudge queue unavailable: {Reason}; polling continues", EventName = "NudgeQueueUnavailable")]
        public static partial void QueueUnavailable(ILogger logger, string reason);
    }
}
