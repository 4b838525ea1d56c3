using System.Collections.Concurrent;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Conversation references by conversation and by user, in the shared store so any instance can reach anyone.
/// Written only when something changed (Teams may move a tenant to another serviceUrl), so a busy chat costs no
/// extra writes. Erased on uninstall and on /forget (with the chat's proactive delivery markers); a person's user
/// reference only with their own 1:1 chat.
/// </summary>
public sealed class ConversationReferenceStore(IStateStore store) : IPersonalDataEraser
{
    private readonly ConcurrentDictionary<string, ConversationReference> _saved = new(StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (_saved.TryGetValue(reference.ConversationId, out var known) && known == reference)
        {
            return;
        }

        await PutAsync(ConversationKey(reference.ConversationId), reference, cancellationToken);
        if (reference.User.Id is { Length: > 0 } user)
        {
            await PutAsync(UserKey(user), reference, cancellationToken);
        }

        _saved[reference.ConversationId] = reference;
    }

    public Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        GetAsync(ConversationKey(conversationId), cancellationToken);

    public Task<ConversationReference?> FindByUserAsync(string userId, CancellationToken cancellationToken) =>
        GetAsync(UserKey(userId), cancellationToken);

    public async Task MarkUnreachableAsync(ConversationReference reference, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var marked = reference with { UnreachableSince = since };
        await PutAsync(ConversationKey(reference.ConversationId), marked, cancellationToken);
        if (reference.User.Id is { Length: > 0 } user)
        {
            await PutAsync(UserKey(user), marked, cancellationToken);
        }

        _saved[reference.ConversationId] = marked;
    }

    /// <summary>
    /// Forgets the conversation's reference, and the person's user reference only when it is this conversation's:
    /// the user reference points at their 1:1 chat, so it goes with a personal uninstall or /forget there, while
    /// removing the bot from a group chat or team forgets that conversation alone and check-ins still reach them.
    /// </summary>
    public async Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken)
    {
        // The user reference goes first: once the conversation's reference is gone, nothing of this chat is left.
        if (await FindByUserAsync(userId, cancellationToken) is { } personal
            && string.Equals(personal.ConversationId, conversation.ConversationId, StringComparison.Ordinal))
        {
            await store.DeleteAsync(UserKey(userId), cancellationToken);
        }

        _saved.TryRemove(conversation.ConversationId, out _);
        await store.DeleteAsync(ConversationKey(conversation.ConversationId), cancellationToken);

        // The markers of check-ins posted proactively into this chat go with it.
        var deliveries = new List<string>();
        await foreach (var key in store.ListKeysAsync(StateKeys.TeamsDeliveriesIn(conversation.ConversationId), cancellationToken))
        {
            deliveries.Add(key);
        }

        foreach (var key in deliveries)
        {
            await store.DeleteAsync(key, cancellationToken);
        }
    }

    private async Task PutAsync(string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(reference, StateJson.Options);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = await store.GetAsync(key, cancellationToken);
            if (await store.TrySaveAsync(key, json, current?.Version ?? 0, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException("A conversation reference kept changing during 5 attempts to save it.");
    }

    private async Task<ConversationReference?> GetAsync(string key, CancellationToken cancellationToken) =>
        await store.GetAsync(key, cancellationToken) is { } stored ? JsonSerializer.Deserialize<ConversationReference>(stored.Json, StateJson.Options) : null;

    private static string ConversationKey(string conversationId) => StateKeys.TeamsReference(conversationId);

    private static string UserKey(string userId) => StateKeys.TeamsUser(userId);
}
