using System.Threading.Channels;
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
        if (!_channel.Writer.TryWrite(turn))
        {
            return false;
        }

        Interlocked.Increment(ref _pending);
        return true;
    }

    /// <summary>Turns accepted but not finished yet (queued or in progress).</summary>
    public int Pending => Volatile.Read(ref _pending);

    internal ChannelReader<InboundTurn> Reader => _channel.Reader;

    internal void Complete() => _channel.Writer.TryComplete();

    internal void MarkDone() => Interlocked.Decrement(ref _pending);
}
