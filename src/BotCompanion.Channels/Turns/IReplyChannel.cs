using BotCompanion.Core.Conversations;

namespace BotCompanion.Channels.Turns;

/// <summary>Where one turn's replies go: built by the channel adapter from the inbound message.</summary>
public interface IReplyChannel
{
    Task SendTypingAsync(CancellationToken cancellationToken);

    Task SendAsync(IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken);
}
