using BotCompanion.Core.Nudges;

namespace BotCompanion.Channels.WebChat;

/// <summary>
/// Proactive messages for the web chat page, which has no push channel: they wait in the store until the page
/// polls. Kept in the shared store so any instance can take a nudge and any instance can serve the page.
/// </summary>
public sealed class WebChatInbox(IStateStore store) : IProactiveSender, IPersonalDataEraser
{
    internal const string ChannelId = "webchat";
    private const int RememberedDeliveries = 200;

    public IReadOnlyCollection<string> Channels { get; } = [ChannelId];

    public async Task SendAsync(ConversationKey conversation, IReadOnlyList<OutgoingReply> replies, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        await UpdateAsync(conversation.ConversationId, inbox =>
        {
            if (inbox.Delivered.Contains(deliveryId, StringComparer.Ordinal))
            {
                return false;
            }

            inbox.Pending.AddRange(replies.Select(WebChatReply.From));
            inbox.Delivered.Add(deliveryId);
            if (inbox.Delivered.Count > RememberedDeliveries)
            {
                inbox.Delivered.RemoveRange(0, inbox.Delivered.Count - RememberedDeliveries);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>Hands out what is waiting, once.</summary>
    public async Task<IReadOnlyList<WebChatReply>> TakeAsync(string conversationId, CancellationToken cancellationToken)
    {
        List<WebChatReply> taken = [];
        await UpdateAsync(conversationId, inbox =>
        {
            taken = [.. inbox.Pending];
            inbox.Pending.Clear();
            return taken.Count > 0;
        }, cancellationToken);
        return taken;
    }

    public async Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken)
    {
        if (conversation.ChannelId == ChannelId)
        {
            await store.DeleteAsync(Key(conversation.ConversationId), cancellationToken);
        }
    }

    private async Task UpdateAsync(string conversationId, Func<InboxDocument, bool> change, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var stored = await store.GetAsync(key, cancellationToken);
            var inbox = stored is null ? new InboxDocument() : JsonSerializer.Deserialize<InboxDocument>(stored.Json, StateJson.Options) ?? new InboxDocument();
            if (!change(inbox) || await store.TrySaveAsync(key, JsonSerializer.Serialize(inbox, StateJson.Options), stored?.Version ?? 0, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException("A web chat inbox kept changing during 20 attempts to update it.");
    }

    private static string Key(string conversationId) => StateKeys.WebChatInbox(conversationId);

    private sealed class InboxDocument
    {
        public List<WebChatReply> Pending { get; set; } = [];

        public List<string> Delivered { get; set; } = [];
    }
}
