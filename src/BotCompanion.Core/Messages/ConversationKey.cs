namespace BotCompanion.Core.Messages;

/// <summary>Identifies one conversation across channels, e.g. <c>msteams:a:1xyz</c>.</summary>
public readonly record struct ConversationKey(string ChannelId, string ConversationId)
{
    public override string ToString() => $"{ChannelId}:{ConversationId}";
}
