namespace BotCompanion.Channels.Turns;

/// <summary>Where one turn's replies go: built by the channel adapter from the inbound message.</summary>
public interface IReplyChannel
{
    /// <summary>This channel's destination, kept with a journaled turn so that another process can still reply.</summary>
    ReplyAddress Address { get; }

    Task SendTypingAsync(CancellationToken cancellationToken);

    /// <summary>How often the typing indicator is sent again while a reply is being produced (clients drop it after a few seconds).</summary>
    TimeSpan TypingRefresh => TimeSpan.FromSeconds(3);

    /// <summary>True while a reply is being streamed: the stream itself shows that the bot is writing.</summary>
    bool IsStreaming => false;

    /// <summary>
    /// Sends <paramref name="replies"/> from index <paramref name="from"/> on (the earlier ones were delivered by an
    /// earlier run of the turn), calling <paramref name="sent"/> with the count delivered so far after each one.
    /// </summary>
    Task SendAsync(IReadOnlyList<OutgoingReply> replies, int from, Func<int, Task> sent, CancellationToken cancellationToken);
}
