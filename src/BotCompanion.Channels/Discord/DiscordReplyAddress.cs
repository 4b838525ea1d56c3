namespace BotCompanion.Channels.Discord;

/// <summary>What a direct-message turn needs to reply after a restart: the DM channel, its person, the message answered.</summary>
internal sealed record DiscordReplyAddress(string ChannelId, string UserId, string MessageId, bool Clickable)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
