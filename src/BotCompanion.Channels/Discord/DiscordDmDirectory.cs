namespace BotCompanion.Channels.Discord;

/// <summary>Whose DM channel is whose: recorded when a person writes, used to address check-in buttons; erased on /forget.</summary>
public sealed class DiscordDmDirectory(IStateStore store) : IPersonalDataEraser
{
    public async Task RecordAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var key = Key(channelId);
        var current = await store.GetAsync(key, cancellationToken);
        if (current is null || Owner(current.Json) != userId)
        {
            await store.TrySaveAsync(key, JsonSerializer.Serialize(new { user = userId }), current?.Version ?? 0, cancellationToken);
        }
    }

    public async Task<string?> OwnerAsync(string channelId, CancellationToken cancellationToken) =>
        await store.GetAsync(Key(channelId), cancellationToken) is { } stored ? Owner(stored.Json) : null;

    public async Task EraseAsync(ConversationKey conversation, string userId, CancellationToken cancellationToken)
    {
        if (conversation.ChannelId == "discord")
        {
            await store.DeleteAsync(Key(conversation.ConversationId), cancellationToken);
            await store.DeleteAsync(StateKeys.DiscordUnreachable(conversation.ConversationId), cancellationToken);
        }
    }

    private static string? Owner(string json) => JsonDocument.Parse(json).RootElement.TryGetProperty("user", out var user) ? user.GetString() : null;

    private static string Key(string channelId) => StateKeys.DiscordDm(channelId);
}
