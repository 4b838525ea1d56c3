using System.Threading.Channels;
using BotCompanion.Core.Telemetry;

namespace BotCompanion.Channels.Turns;

/// <summary>
/// Acknowledged turns waiting for the worker. With a durable journal (Redis), a turn is written there before it is
/// acknowledged and survives a crash; without one, it waits in memory. Bounded either way, so an overload is refused
/// at the door, not lost inside.
/// </summary>
public sealed class TurnQueue(IOptions<TurnQueueOptions> options, ITurnJournal? journal = null) : IDisposable
{
    private readonly Channel<InboundTurn> _channel = Channel.CreateBounded<InboundTurn>(
        new BoundedChannelOptions(options.Value.Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly SemaphoreSlim _appended = new(0, 1);
    private int _pending;

    /// <summary>The durable journal, when Redis is configured.</summary>
    internal ITurnJournal? Journal => journal;

    /// <summary>Takes the turn, or says why not; only an accepted turn may be acknowledged to the channel.</summary>
    public async Task<TurnAcceptance> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // The 202 ends the request's span; the turn's work joins the same trace through the context kept here.
        turn = turn with { Origin = Activity.Current?.Context ?? turn.Origin };
        if (journal is null)
        {
            if (!_channel.Writer.TryWrite(turn))
            {
                return TurnAcceptance.Full;
            }

            Interlocked.Increment(ref _pending);
            BotMetrics.QueueDepth.Add(1);
            return TurnAcceptance.Accepted;
        }

        try
        {
            if (!await journal.AppendAsync(turn.Message.Conversation.ToString(), TurnEnvelope.Write(turn), options.Value.Capacity, cancellationToken))
            {
                return TurnAcceptance.Full;
            }
        }
        catch (StoreUnavailableException)
        {
            return TurnAcceptance.Unavailable;
        }

        // Wakes this instance's reader at once instead of at its next poll.
        if (_appended.CurrentCount == 0)
        {
            try
            {
                _appended.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }

        return TurnAcceptance.Accepted;
    }

    /// <summary>Turns accepted in memory but not finished yet (queued or in progress).</summary>
    public int Pending => Volatile.Read(ref _pending);

    internal ChannelReader<InboundTurn> Reader => _channel.Reader;

    /// <summary>Waits until a turn was appended here or <paramref name="timeout"/> passed.</summary>
    internal Task WaitForAppendAsync(TimeSpan timeout, CancellationToken cancellationToken) => _appended.WaitAsync(timeout, cancellationToken);

    internal void Complete() => _channel.Writer.TryComplete();

    public void Dispose() => _appended.Dispose();

    internal void MarkDone()
    {
        Interlocked.Decrement(ref _pending);
        BotMetrics.QueueDepth.Add(-1);
    }
}
