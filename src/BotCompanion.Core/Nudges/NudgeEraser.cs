using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Nudges;

/// <summary>/forget and uninstall remove scheduled nudges too, and the markers of those already delivered.</summary>
internal sealed class NudgeEraser(INudgeQueue queue, IStateStore store) : IPersonalDataEraser
{
    public async Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken)
    {
        await queue.RemoveConversationAsync(conversation, cancellationToken);
        var delivered = new List<string>();
        await foreach (var key in store.ListKeysAsync(StateKeys.DeliveredIn(conversation), cancellationToken))
        {
            delivered.Add(key);
        }

        foreach (var key in delivered)
        {
            await store.DeleteAsync(key, cancellationToken);
        }
    }
}
