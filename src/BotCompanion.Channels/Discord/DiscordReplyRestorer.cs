namespace BotCompanion.Channels.Discord;

internal sealed class DiscordReplyRestorer(DiscordRestClient rest) : IReplyChannelRestorer
{
    public string Kind => DiscordReplyChannel.Kind;

    public IReplyChannel Restore(string json)
    {
        var address = JsonSerializer.Deserialize<DiscordReplyAddress>(json, DiscordReplyAddress.Json)
            ?? throw new JsonException("A Discord reply address was null.");
        return new DiscordReplyChannel(rest, address.ChannelId, address.UserId, address.MessageId, address.Clickable);
    }
}
