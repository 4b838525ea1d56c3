using BotCompanion.Core.Conversations;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Coaching;

/// <summary>/forget and uninstall remove scheduled nudges too.</summary>
internal sealed class NudgeEraser(INudgeQueue queue) : IPersonalDataEraser
{
    public Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken) =>
        queue.RemoveConversationAsync(conversation, cancellationToken);
}
