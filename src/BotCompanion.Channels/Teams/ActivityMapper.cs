using System.Globalization;
using System.Text.RegularExpressions;

namespace BotCompanion.Channels.Teams;

/// <summary>Turns an inbound Activity into the channel-neutral message the core understands.</summary>
internal static partial class ActivityMapper
{
    public static IncomingMessage ToIncoming(Activity activity, IncomingKind kind) => new()
    {
        Conversation = new ConversationKey(activity.ChannelId ?? "msteams", activity.Conversation!.Id!),
        UserId = activity.From?.Id ?? "unknown",
        Text = kind == IncomingKind.Message ? CleanText(activity) : "",
        Kind = kind,
        Timestamp = ParseTimestamp(activity.Timestamp),
        TimeZone = activity.LocalTimezone,
        MessageId = activity.Id,
        IsPersonal = IsPersonal(activity.Conversation),
        TenantId = TenantOf(activity),
        Locale = activity.Locale,
    };

    /// <summary>The tenant, from the conversation or (older payloads) channelData.tenant.id.</summary>
    public static string? TenantOf(Activity activity) =>
        activity.Conversation?.TenantId
        ?? (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null);

    /// <summary>
    /// A 1:1 chat. Older payloads carry no conversationType: Teams channel and group-chat thread ids start with "19:".
    /// </summary>
    public static bool IsPersonal(ConversationAccount conversation) =>
        conversation.IsGroup != true && conversation.ConversationType switch
        {
            "personal" => true,
            null => conversation.Id?.StartsWith("19:", StringComparison.Ordinal) != true,
            _ => false,
        };

    /// <summary>The message text without the bot's own @mention (Teams includes "&lt;at&gt;Bot&lt;/at&gt;" in group chats).</summary>
    internal static string CleanText(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { } value && AdaptiveCards.TextOf(value) is { } submitted)
        {
            // Action.Submit: a message with the button's data and no text.
            return submitted;
        }

        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueEquals("mention")
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.GetString() == activity.Recipient?.Id
                && entity.TryGetProperty("text", out var mentionText) && mentionText.GetString() is { Length: > 0 } raw)
            {
                text = text.Replace(raw, "", StringComparison.Ordinal);
            }
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    private static DateTimeOffset ParseTimestamp(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : DateTimeOffset.UtcNow;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
