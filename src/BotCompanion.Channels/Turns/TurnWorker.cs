using Microsoft.Extensions.Hosting;

namespace BotCompanion.Channels.Turns;

/// <summary>
/// Handles acknowledged turns in the background: turns of one conversation strictly in arrival order, different
/// conversations in parallel up to Turns:MaxConcurrency. With the durable journal the turns come from Redis
/// (<see cref="JournalPump"/>); without it, from memory. On shutdown it finishes what it has taken.
/// </summary>
public sealed partial class TurnWorker(
    TurnQueue queue,
    TurnProcessor processor,
    IOptions<TurnQueueOptions> options,
    IOptions<TurnJournalOptions> journalOptions,
    IEnumerable<IReplyChannelRestorer> restorers,
    TimeProvider time,
    ILogger<TurnWorker> logger) : BackgroundService
{
    private readonly TurnLanes _lanes = new(options.Value.MaxConcurrency);
    private readonly TypingClock _typing = new(time, options.Value.TypingGrace);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runner = new TurnRunner(processor, _typing);
        if (queue.Journal is { } journal)
        {
            var pump = new JournalPump(journal, queue, _lanes, runner, restorers.ToDictionary(r => r.Kind, StringComparer.Ordinal),
                journalOptions.Value, options.Value.MaxConcurrency * 2, time, logger);
            await pump.RunAsync(stoppingToken);
            return;
        }

        // Acknowledged turns are finished even while the host stops; only the wait for new ones is cancelled.
        try
        {
            await foreach (var turn in queue.Reader.ReadAllAsync(stoppingToken))
            {
                _lanes.Run(turn.Message.Conversation.ToString(), () => HandleAsync(runner, turn));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Complete();
            await foreach (var turn in queue.Reader.ReadAllAsync(CancellationToken.None))
            {
                _lanes.Run(turn.Message.Conversation.ToString(), () => HandleAsync(runner, turn));
            }
        }

        await _lanes.DrainAsync();
    }

    private async Task HandleAsync(TurnRunner runner, InboundTurn turn)
    {
        using var span = TurnRunner.StartSpan(turn);
        try
        {
            var result = await runner.ProcessAsync(turn);
            if (result.Replies.Count > 0)
            {
                await turn.ReplyChannel.SendAllAsync(result.Replies, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            // The processor never throws; this is the channel failing to deliver after its own retries.
            Log.DeliveryFailed(logger, turn.Message.Conversation.ToString(), ex);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
        }
        finally
        {
            queue.MarkDone();
        }
    }

    public override void Dispose()
    {
        _lanes.Dispose();
        _typing.Dispose();
        base.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(2000, LogLevel.Error, "Could not deliver the replies of a turn in {ConversationKey}", EventName = "DeliveryFailed")]
        public static partial void DeliveryFailed(ILogger logger, string conversationKey, Exception exception);
    }
}
