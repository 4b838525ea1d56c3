using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Sharing;

/// <summary>Where a coach wants to hear that an executive shared something: a channel and their user id there.</summary>
public sealed record NotifyTarget(string ChannelId, string UserId);

/// <summary>Sends a coach a short notice in a channel. Implemented by channels that can message a user unprompted.</summary>
public interface ICoachNotifier
{
    bool CanReach(string channelId);

    Task NotifyAsync(NotifyTarget target, OutgoingReply notice, CancellationToken cancellationToken);
}

/// <summary>The coach portal's public address, when the host serves it; notices then carry a link to it.</summary>
public sealed record CoachPortalAddress(Uri? Url);

/// <summary>No channel can notify coaches (the web chat and terminal cannot reach a user unprompted).</summary>
internal sealed class NoCoachNotifier : ICoachNotifier
{
    public bool CanReach(string channelId) => false;

    public Task NotifyAsync(NotifyTarget target, OutgoingReply notice, CancellationToken cancellationToken) => Task.CompletedTask;
}
