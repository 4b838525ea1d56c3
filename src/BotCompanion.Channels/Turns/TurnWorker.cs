using System.Diagnostics;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Telemetry;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCompanion.Channels.Turns;

/// <summary>
/// Handles queued turns in the background: turns of one conversation strictly in arrival order,
/// different conversations in parallel up to Turns:MaxConcurrency. On shutdown it drains what was acknowledged.
/// </summary>
public sealed partial class TurnWorker(
    TurnQueue queue,
    TurnProcessor processor,
    IOptions<TurnQueueOptions> options,
    TimeProvider time,
    ILogger<TurnWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrency);
    private readonly TypingClock _typing = new(time, options.Value.TypingGrace);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Acknowledged turns are finished even while the host stops; only the wait for new ones is cancelled.
        try
        {
            await foreach (var turn in queue.Reader.ReadAllAsync(stoppingToken))
            {
                Chain(turn);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            queue.Complete();
            await foreach (var turn in queue.Reader.ReadAllAsync(CancellationToken.None))
            {
                Chain(turn);
            }
        }

        Task[] remaining;
        lock (_lanes)
        {
            remaining = [.. _lanes.Values.Select(lane => lane.Tail)];
        }

        await Task.WhenAll(remaining);
    }

    private void Chain(InboundTurn turn)
    {
        var key = turn.Message.Conversation.ToString();
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(key, out var lane))
            {
                lane = new Lane();
                _lanes[key] = lane;
            }

            lane.Pending++;
            lane.Tail = RunAfterAsync(lane.Tail, turn, key);
        }
    }

    private async Task RunAfterAsync(Task previous, InboundTurn turn, string key)
    {
        await previous;
        await _slots.WaitAsync();
        try
        {
            await HandleAsync(turn);
        }
        finally
        {
            _slots.Release();
            queue.MarkDone();
            lock (_lanes)
            {
                if (--_lanes[key].Pending == 0)
                {
                    _lanes.Remove(key);
                }
            }
        }
    }

    private async Task HandleAsync(InboundTurn turn)
    {
        // A child of the request that queued it: the turn, its typing indicators and its replies in one trace.
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnProcessSpan, ActivityKind.Consumer, turn.Origin);
        span?.SetTag("botcompanion.channel", turn.Message.Conversation.ChannelId);
        try
        {
            TurnResult result;
            // A person who wrote sees the bot typing if the reply takes longer than the grace, however long the model takes.
            var typing = turn.Message.Kind == IncomingKind.Message ? _typing.Watch(turn.ReplyChannel) : null;
            try
            {
                result = await processor.ProcessAsync(turn.Message, CancellationToken.None);
            }
            finally
            {
                if (typing is not null)
                {
                    _typing.Forget(typing);
                    await typing.StopAsync();
                    typing.Dispose();
                }
            }

            if (result.Replies.Count > 0)
            {
                await turn.ReplyChannel.SendAsync(result.Replies, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            // The processor never throws; this is the channel failing to deliver after its own retries.
            Log.DeliveryFailed(logger, turn.Message.Conversation.ToString(), ex);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        _typing.Dispose();
        base.Dispose();
    }

    /// <summary>The turns of one conversation: the last one queued, and how many are not finished.</summary>
    private sealed class Lane
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        public int Pending { get; set; }
    }

    private static partial class Log
    {
        [LoggerMessage(2000, LogLevel.Error, "Could not deliver the replies of a turn in {ConversationKey}", EventName = "DeliveryFailed")]
        public static partial void DeliveryFailed(ILogger logger, string conversationKey, Exception exception);
    }
}
