using System.Collections.Concurrent;

namespace BotCompanion.Channels.Turns;

/// <summary>
/// Reads the durable turn journal for this instance: takes new turns and those a dead instance left, keeps the lease
/// of what it holds, runs each in its conversation's lane once it is that conversation's oldest, sends only the
/// replies not delivered yet, and removes the entry only after that. A turn that fails is given back with a backoff;
/// one taken more than Turns:MaxDeliveries times is set aside.
/// </summary>
internal sealed partial class JournalPump(
    ITurnJournal journal,
    TurnQueue queue,
    TurnLanes lanes,
    TurnRunner runner,
    IReadOnlyDictionary<string, IReplyChannelRestorer> restorers,
    TurnJournalOptions options,
    int maxHeld,
    TimeProvider time,
    ILogger logger)
{
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);
    private bool _unavailable;
    private DateTimeOffset _claimFrom;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        Log.Reading(logger, options.InstanceName);
        using var renewing = new CancellationTokenSource();
        var renewal = RenewAsync(renewing.Token);
        while (!stoppingToken.IsCancellationRequested)
        {
            var taken = await TakeAsync();
            foreach (var entry in taken)
            {
                _held[entry.Id] = 0;
                lanes.Run(entry.ConversationKey, () => RunAsync(entry));
            }

            if (taken.Count == 0)
            {
                try
                {
                    await queue.WaitForAppendAsync(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }

        // What was taken is finished (and its lease kept) before the process ends; the rest waits in Redis.
        await lanes.DrainAsync();
        await renewing.CancelAsync();
        await renewal;
    }

    private async Task<IReadOnlyList<JournalEntry>> TakeAsync()
    {
        var room = maxHeld - _held.Count;
        if (room <= 0)
        {
            return [];
        }

        try
        {
            // After an outage every held turn looks idle; their owners get one lease to renew and finish them first.
            var claim = time.GetUtcNow() >= _claimFrom;
            var taken = await journal.TakeAsync(options.InstanceName, room, options.Lease, claim, CancellationToken.None);
            if (_unavailable)
            {
                _unavailable = false;
                _claimFrom = time.GetUtcNow() + options.Lease;
                Log.JournalBack(logger);
                await TryAsync(() => journal.RenewAsync(options.InstanceName, [.. _held.Keys], CancellationToken.None));
            }

            return taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!_unavailable)
            {
                _unavailable = true;
                Log.JournalUnavailable(logger, ex.Message);
            }

            await Task.Delay(TimeSpan.FromSeconds(1), time);
            return [];
        }
    }

    private async Task RunAsync(JournalEntry entry)
    {
        Activity? span = null;
        try
        {
            if (entry.Deliveries > options.MaxDeliveries)
            {
                var attempts = entry.Deliveries - 1;
                await journal.DeadLetterAsync(entry with { Deliveries = attempts }, $"not finished after {attempts} deliveries", CancellationToken.None);
                return;
            }

            if (!entry.WasNext && !await journal.IsNextAsync(entry, CancellationToken.None))
            {
                // An older turn of this conversation is held elsewhere (or was taken back by a live instance after a
                // crash): waiting for it here could block it behind this one, so this one is given back for a moment.
                await journal.ReleaseAsync(options.InstanceName, entry.Id, options.Lease, options.PollInterval, counted: false, CancellationToken.None);
                return;
            }

            var turn = TurnEnvelope.Read(entry.Id, entry.Payload, restorers);
            span = TurnRunner.StartSpan(turn);
            span?.SetTag("botcompanion.turn.deliveries", entry.Deliveries);
            var result = await runner.ProcessAsync(turn);
            if (result.Unrecorded)
            {
                // The store is down: nothing was recorded, so the turn is run again later rather than answered with "resend".
                throw new StoreUnavailableException("The state store was unavailable for the turn.");
            }

            // A repeat produced by this entry is a re-run: what was not sent yet goes now. A repeat produced by another
            // entry is a message the channel sent twice: that entry sends the replies (or did).
            var from = !result.IsRepeat ? 0 : result.RepeatOf == entry.Id ? Math.Min(entry.Sent, result.Replies.Count) : result.Replies.Count;
            if (from >= result.Replies.Count)
            {
                Log.NothingToSend(logger, entry.Id, entry.Deliveries, result.IsRepeat, result.Replies.Count, entry.Sent);
                await PersistAsync(() => journal.CompleteAsync(entry, CancellationToken.None));
            }
            else
            {
                // A turn whose lease ran out (this process was starved, say) belongs to whoever took it: it sends, not this one.
                // After the last reply the entry is removed in the same call that checks the lease, instead of a mark then a removal.
                await HoldOrStopAsync(entry, 0);
                var total = result.Replies.Count;
                await turn.ReplyChannel.SendAsync(result.Replies, from, sent => sent < total ? HoldOrStopAsync(entry, sent) : FinishOrStopAsync(entry), CancellationToken.None);
            }
        }
        catch (LeaseLostException)
        {
            Log.LeaseLost(logger, entry.Id);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException)
        {
            Log.Unreadable(logger, entry.Id, ex.GetType().Name);
            await TryAsync(() => journal.DeadLetterAsync(entry, "unreadable: " + ex.GetType().Name, CancellationToken.None));
        }
        catch (Exception ex)
        {
            var retryAfter = Backoff(entry.Deliveries);
            Log.TurnRetried(logger, entry.Id, entry.Deliveries, retryAfter.TotalSeconds, ex);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            await TryAsync(() => journal.ReleaseAsync(options.InstanceName, entry.Id, options.Lease, retryAfter, counted: true, CancellationToken.None));
        }
        finally
        {
            span?.Dispose();
            _held.TryRemove(entry.Id, out _);
        }
    }

    /// <summary>
    /// Records what was delivered, waiting out a journal outage: a reply that went out but is not recorded would be
    /// sent again by whoever runs the turn next.
    /// </summary>
    private Task HoldOrStopAsync(JournalEntry entry, int sent) =>
        StopUnlessHeldAsync(() => journal.MarkSentAsync(options.InstanceName, entry.Id, sent, CancellationToken.None));

    /// <summary>Removes the entry once its last reply is out, if this instance still holds it (else whoever took it finishes it).</summary>
    private Task FinishOrStopAsync(JournalEntry entry) =>
        StopUnlessHeldAsync(() => journal.CompleteSentAsync(options.InstanceName, entry, CancellationToken.None));

    /// <summary>Runs a journal write that checks the lease (waiting out an outage); a lost lease stops the turn here.</summary>
    private async Task StopUnlessHeldAsync(Func<Task<bool>> write)
    {
        var held = false;
        await PersistAsync(async () => held = await write());
        if (!held)
        {
            throw new LeaseLostException();
        }
    }

    private async Task PersistAsync(Func<Task> write)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await write();
                return;
            }
            catch (StoreUnavailableException) when (attempt < 1200)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), time);
            }
        }
    }

    /// <summary>2, 4, 8… seconds, never longer than the lease (after which anybody may take it anyway).</summary>
    private TimeSpan Backoff(int deliveries)
    {
        var backoff = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(deliveries, 10)));
        return backoff < options.Lease ? backoff : options.Lease;
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await TryAsync(() => journal.RenewAsync(options.InstanceName, [.. _held.Keys], CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped after the last turn finished.
        }
    }

    /// <summary>A journal call whose failure changes nothing: an entry not renewed or given back is taken again after its lease.</summary>
    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex)
        {
            Log.JournalCallFailed(logger, ex.GetType().Name, ex.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2100, LogLevel.Information, "Acknowledged turns are journaled in Redis; reading them as '{InstanceName}'", EventName = "JournalReading")]
        public static partial void Reading(ILogger logger, string instanceName);

        [LoggerMessage(2101, LogLevel.Error, "The turn journal is unavailable; new turns are refused with 503 and taken turns wait until it returns: {Reason}", EventName = "JournalUnavailable")]
        public static partial void JournalUnavailable(ILogger logger, string reason);

        [LoggerMessage(2102, LogLevel.Information, "The turn journal is available again", EventName = "JournalBack")]
        public static partial void JournalBack(ILogger logger);

        [LoggerMessage(2103, LogLevel.Warning, "Turn {EntryId} failed on delivery {Deliveries}; it stays in the journal and is retried in {RetrySeconds} s", EventName = "TurnRetried")]
        public static partial void TurnRetried(ILogger logger, string entryId, int deliveries, double retrySeconds, Exception exception);

        [LoggerMessage(2104, LogLevel.Error, "Turn {EntryId} cannot be read ({Error}); it is set aside", EventName = "TurnUnreadable")]
        public static partial void Unreadable(ILogger logger, string entryId, string error);

        [LoggerMessage(2107, LogLevel.Debug, "Turn {EntryId} (delivery {Deliveries}) has nothing left to send: repeat {IsRepeat}, {Replies} replies, {Sent} sent before", EventName = "TurnNothingToSend")]
        public static partial void NothingToSend(ILogger logger, string entryId, int deliveries, bool isRepeat, int replies, int sent);

        [LoggerMessage(2106, LogLevel.Warning, "Turn {EntryId} was taken over by another instance after its lease ran out; this one sends nothing more of it", EventName = "TurnLeaseLost")]
        public static partial void LeaseLost(ILogger logger, string entryId);

        [LoggerMessage(2105, LogLevel.Warning, "A turn journal call failed ({Error}); the lease takes care of it: {Reason}", EventName = "JournalCallFailed")]
        public static partial void JournalCallFailed(ILogger logger, string error, string reason);
    }
}
