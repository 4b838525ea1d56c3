using BotCompanion.Core.Messages;

namespace BotCompanion.Channels.Turns;

/// <summary>Where one turn's replies go: built by the channel adapter from the inbound message.</summary>
public interface IReplyChannel
{
    Task SendTypingAsync(CancellationToken cancellationToken);

    /// <summary>How often the typing indicator is sent again while a reply is being produced (clients drop it after a few seconds).</summary>
    TimeSpan TypingRefresh => TimeSpan.FromSeconds(3);

    /// <summary>True while a reply is being streamed: the stream itself shows that the bot is writing.</summary>
    bool IsStreaming => false;

    Task SendAsync(IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken);
}
