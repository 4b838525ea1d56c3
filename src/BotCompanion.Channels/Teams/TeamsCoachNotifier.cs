using BotCompanion.Core.Sharing;

namespace BotCompanion.Channels.Teams;

/// <summary>Share notices for coaches who use Teams: a small card in their 1:1 chat with the bot, created if needed.</summary>
internal sealed class TeamsCoachNotifier(TeamsProactiveSender sender) : ICoachNotifier
{
    public bool CanReach(string channelId) => channelId == "msteams";

    public Task NotifyAsync(NotifyTarget target, OutgoingReply notice, CancellationToken cancellationToken) =>
        sender.SendToUserAsync(target.UserId, [notice], cancellationToken);
}
