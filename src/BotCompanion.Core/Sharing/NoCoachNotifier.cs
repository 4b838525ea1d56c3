using BotCompanion.Core.Messages;

namespace BotCompanion.Core.Sharing;

/// <summary>No channel can notify coaches (the web chat and terminal cannot reach a user unprompted).</summary>
internal sealed class NoCoachNotifier : ICoachNotifier
{
    public bool CanReach(string channelId) => false;

    public Task NotifyAsync(NotifyTarget target, OutgoingReply notice, CancellationToken cancellationToken) => Task.CompletedTask;
}
