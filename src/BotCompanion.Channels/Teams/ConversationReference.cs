namespace BotCompanion.Channels.Teams;

/// <summary>What the bot needs to message a person later, captured from their authenticated activities.</summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    public required string ChannelId { get; init; }

    public string? TenantId { get; init; }

    public required ChannelAccount Bot { get; init; }

    public required ChannelAccount User { get; init; }

    /// <summary>Set when Teams answered that the person blocked or removed the bot; nothing more is sent.</summary>
    public DateTimeOffset? UnreachableSince { get; init; }

    public static ConversationReference From(Activity activity) => new()
    {
        ServiceUrl = activity.ServiceUrl!,
        ConversationId = activity.Conversation!.Id!,
        ChannelId = activity.ChannelId ?? "msteams",
        TenantId = ActivityMapper.TenantOf(activity),
        Bot = activity.Recipient ?? new ChannelAccount(null),
        User = activity.From ?? new ChannelAccount(null),
    };
}
