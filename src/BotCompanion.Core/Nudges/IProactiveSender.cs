using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Nudges;

/// <summary>
/// Sends a message the person did not just ask for, into their existing conversation. Implemented per channel.
/// Throws <see cref="RecipientUnreachableException"/> when the person blocked or removed the bot; other exceptions
/// are treated as transient.
/// </summary>
public interface IProactiveSender
{
    /// <summary>The channel ids this sender serves, e.g. "msteams", "webchat".</summary>
    IReadOnlyCollection<string> Channels { get; }

    /// <summary>Delivers <paramref name="replies"/>; a repeated <paramref name="deliveryId"/> must not post twice.</summary>
    Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken);
}
