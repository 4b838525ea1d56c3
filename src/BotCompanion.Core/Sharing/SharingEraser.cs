using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Sharing;

/// <summary>
/// /forget (and uninstall) also remove the link to the coach and every copy the coach could see. The link is
/// remembered by conversation, because erasure runs without the conversation's state.
/// </summary>
public sealed class SharingEraser(IStateStore store, ICoachDirectory coaches) : IPersonalDataEraser
{
    public async Task RememberAsync(ConversationKey conversation, CoachLink link, CancellationToken cancellationToken)
    {
        var key = Key(conversation);
        var current = await store.GetAsync(key, cancellationToken);
        await store.TrySaveAsync(key, JsonSerializer.Serialize(link, StateJson.Options), current?.Version ?? 0, cancellationToken);
    }

    public async Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken)
    {
        var key = Key(conversation);
        if (await store.GetAsync(key, cancellationToken) is { } stored && JsonSerializer.Deserialize<CoachLink>(stored.Json, StateJson.Options) is { } link)
        {
            await coaches.UnlinkAsync(link.CoachId, link.ExecutiveId, cancellationToken);
            await store.DeleteAsync(key, cancellationToken);
        }
    }

    private static string Key(ConversationKey conversation) => StateKeys.CoachLink(conversation);
}
