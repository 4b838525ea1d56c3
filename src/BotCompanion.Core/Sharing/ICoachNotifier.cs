using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Sharing;

/// <summary>Sends a coach a short notice in a channel. Implemented by channels that can message a user unprompted.</summary>
public interface ICoachNotifier
{
    bool CanReach(string channelId);

    Task NotifyAsync(NotifyTarget target, OutgoingReply notice, CancellationToken cancellationToken);
}
