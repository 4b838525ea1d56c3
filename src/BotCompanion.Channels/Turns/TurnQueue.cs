using System.Diagnostics;
using System.Threading.Channels;
using BotCompanion.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace BotCompanion.Channels.Turns;

/// <summary>Acknowledged turns waiting for the worker. Bounded, so an overload is refused at the door, not lost inside.</summary>
public sealed class TurnQueue(IOptions<TurnQueueOptions> options)
{
    private readonly Channel<InboundTurn> _channel = Channel.CreateBounded<InboundTurn>(
        new BoundedChannelOptions(options.Value.Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private int _pending;

    /// <summary>False when the queue is full; the caller must refuse the turn (nothing was accepted).</summary>
    public bool TryEnqueue(InboundTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // The 202 ends the request's span; the turn's work joins the same trace through the context kept here.
        if (!_channel.Writer.TryWrite(turn with { Origin = Activity.Current?.Context ?? turn.Origin }))
        {
            return false;
        }

        Interlocked.Increment(ref _pending);
        BotMetrics.QueueDepth.Add(1);
        return true;
    }

    /// <summary>Turns accepted but not finished yet (queued or in progress).</summary>
    public int Pending => Volatile.Read(ref _pending);

    internal ChannelReader<InboundTurn> Reader => _channel.Reader;

    internal void Complete() => _channel.Writer.TryComplete();

    internal void MarkDone()
    {
        Interlocked.Decrement(ref _pending);
        BotMetrics.QueueDepth.Add(-1);
    }
}
