using BotCompanion.Core.Messages;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Nudges;

/// <summary>/forget and uninstall remove scheduled nudges too.</summary>
internal sealed class NudgeEraser(INudgeQueue queue) : IPersonalDataEraser
{
    public Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken) =>
        queue.RemoveConversationAsync(conversation, cancellationToken);
}
